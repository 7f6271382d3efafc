/* bench/rvjit/bench.h - shared by the rvjit benchmark programs.
 * Every program takes one argument, a size (its default is the full
 * benchmark size), and prints "checksum <hex>"; run.sh compares that line
 * between the native, qemu and rvjit runs.                               */
#ifndef RVJIT_BENCH_H
#define RVJIT_BENCH_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static long bench_size(int argc, char **argv, long dflt)
{
    return argc > 1 ? atol(argv[1]) : dflt;
}

static uint64_t bench_rng_state = 0x9e3779b97f4a7c15ULL;
static inline uint64_t bench_rng(void)
{
    uint64_t x = bench_rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return bench_rng_state = x;
}

static inline uint64_t mix64(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

static void bench_checksum(uint64_t h)
{
    printf("checksum %016llx\n", (unsigned long long)h);
}
#endif
