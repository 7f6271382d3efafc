/* call-heavy: naive recursive Fibonacci, Ackermann, and a chain of small
 * non-inlined calls through function pointers.                          */
#include "bench.h"

__attribute__((noinline)) static long fib(int n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

__attribute__((noinline)) static long ack(long m, long n)
{
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

__attribute__((noinline)) static uint64_t f1(uint64_t x) { return x * 3 + 1; }
__attribute__((noinline)) static uint64_t f2(uint64_t x) { return x ^ (x >> 7); }
__attribute__((noinline)) static uint64_t f3(uint64_t x) { return x + 0x9e3779b9; }
__attribute__((noinline)) static uint64_t f4(uint64_t x) { return (x << 5) | (x >> 59); }

int main(int argc, char **argv)
{
    int n = (int)bench_size(argc, argv, 41);
    uint64_t h = 0;
    long f = fib(n);
    printf("fib(%d) = %ld\n", n, f);
    h = mix64(h, (uint64_t)f);
    long a = ack(2, n * 20);
    printf("ack(2, %d) = %ld\n", n * 20, a);
    h = mix64(h, (uint64_t)a);
    uint64_t (*fs[4])(uint64_t) = { f1, f2, f3, f4 };
    uint64_t x = 1;
    long calls = 1L << (n > 16 ? n - 16 : 0);
    for (long i = 0; i < calls; i++) x = fs[(x >> 3) & 3](x);
    h = mix64(h, x);
    bench_checksum(h);
    return 0;
}
