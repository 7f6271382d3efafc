/* Differential test for runtime changes (see bench/README.md): random
 * programs of forward/backward branches to dynamic labels, alignment, calls
 * to near and far absolute addresses and instructions whose size depends on
 * run-time values; prints one line per seed (size and a hash of the final
 * bytes).  Two runtimes are equivalent when their outputs are identical.
 *   relax_diff [SEEDS] */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <jas.h>

static uint64_t x;

static uint64_t rnd(void)
{
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
}

static uint8_t buf[1 << 22];

/* linked for this address (a number only: the bytes go to buf) */
#define BASE 0x7f0000000000ull

static void program(jas_State *J)
{
    int nl = 2 + (int)(rnd() % 60), next = 0; /* labels defined in order */
    jas_grow_dynlabels(J, (uint32_t)nl);
    int items = 20 + (int)(rnd() % 400);
    for (int k = 0; k < items; k++) {
        int r = (int)(rnd() % 100);
        uint64_t r1 = rnd(), r2 = rnd(), r3 = rnd();
        int64_t v = (int64_t)(r1 >> (r2 % 64));
        if (r3 & 1)
            v = -v;
        int64_t v32 = (int32_t)v;
        int64_t L = (int64_t)(rnd() % (uint64_t)nl);
        if (r < 10 && next < nl) {
            L = next++;
            | {L}:
        } else if (r < 25) {
            | jmp {L}f
        } else if (r < 35) {
            | jne {L}f
        } else if (r < 45 && next > 0) {
            L %= next;
            | je {L}b
        } else if (r < 48) {
            | .align 16
        } else if (r < 50) {
            | .align 8
        } else if (r < 70) {
            | add rax, {v32}
        } else if (r < 85) {
            | mov rcx, {v}
        } else if (r < 90) { /* near (rel32) or far (through the pool) */
            int64_t f = (int64_t)BASE + 0x100000 + (int64_t)(r1 % 64) * (r2 & 2 ? 0x1000000000 : 1);
            | call {f}
        } else {
            | nop
        }
    }
    while (next < nl) { /* define the rest: every forward reference resolves */
        int64_t L = next++;
        | {L}:
    }
    | ret
}

int main(int argc, char **argv)
{
    int seeds = argc > 1 ? atoi(argv[1]) : 2000;
    jas_State *J = jas_new(NULL);
    if (!J)
        return 1;
    for (int seed = 1; seed <= seeds; seed++) {
        x = 0x9e3779b97f4a7c15ull * (uint64_t)seed;
        jas_reset(J);
        program(J);
        size_t size = 0;
        if (jas_link(J, BASE, &size) || size > sizeof buf || jas_encode(J, buf)) {
            printf("%d error %s\n", seed, jas_error(J));
            continue;
        }
        uint64_t h = 1469598103934665603ull;
        for (size_t i = 0; i < size; i++)
            h = (h ^ buf[i]) * 1099511628211ull;
        printf("%d %zu %016llx\n", seed, size, (unsigned long long)h);
    }
    jas_free(J);
    return 0;
}
