/* tests/rvjit/c/check.h - shared helpers for the rvjit libc test programs.
 *
 * Each CHECK is one case and prints "ok <name>" or "FAIL <name> ...".
 * Programs end with `return check_done();` which exits 1 if anything
 * failed.  Output must be identical under qemu-riscv64 and rvjit, so
 * nothing that legitimately differs between runs (pids, times, addresses)
 * is ever printed: print derived invariants instead.                      */
#ifndef RVJIT_CHECK_H
#define RVJIT_CHECK_H
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static int check_fails;
static int check_count;

static void check_report(int ok, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void check_report(int ok, const char *file, int line, const char *fmt, ...)
{
    char name[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(name, sizeof name, fmt, ap);
    va_end(ap);
    check_count++;
    if (ok) {
        printf("ok %s\n", name);
    } else {
        check_fails++;
        printf("FAIL %s (%s:%d)\n", name, file, line);
    }
}

/* CHECK(cond, "name fmt", args...) */
#define CHECK(cond, ...) check_report(!!(cond), __FILE__, __LINE__, __VA_ARGS__)

/* string equality with both values shown on failure */
#define CHECK_STR(got, want, ...) do {                                       \
        const char *g_ = (got), *w_ = (want);                                \
        int ok_ = g_ && strcmp(g_, w_) == 0;                                 \
        check_report(ok_, __FILE__, __LINE__, __VA_ARGS__);                  \
        if (!ok_) printf("    got  \"%s\"\n    want \"%s\"\n", g_ ? g_ : "(null)", w_); \
    } while (0)

#define CHECK_EQ(got, want, ...) do {                                        \
        long long g_ = (long long)(got), w_ = (long long)(want);             \
        check_report(g_ == w_, __FILE__, __LINE__, __VA_ARGS__);             \
        if (g_ != w_) printf("    got %lld want %lld\n", g_, w_);            \
    } while (0)

static int check_done(void)
{
    printf("%d cases, %d failed\n", check_count, check_fails);
    fflush(stdout);
    return check_fails ? 1 : 0;
}

/* a small deterministic PRNG (splitmix64) */
static unsigned long long check_rng_state = 0x243f6a8885a308d3ULL;
static unsigned long long rng(void)
{
    unsigned long long z = (check_rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
#endif
