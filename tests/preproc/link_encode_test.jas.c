/* jas_link_encode against jas_link + jas_encode: random programs (forward
 * and backward branches to dynamic and numeric labels, alignment, calls to
 * near and far absolute addresses, rip-relative and absolute references,
 * code and data in the data section, instructions whose size depends on
 * run-time values) must give the same bytes both ways, with a roomy buffer
 * (one pass when relaxation settles at once), a tight one (the usual way)
 * and one byte short (1 and the size needed, the state still usable).
 *
 * `link_encode_test --hashes N` prints instead one line per program (seed,
 * size, a hash of the bytes of jas_link + jas_encode): built against two
 * runtimes, `diff` of the outputs shows what a runtime change changed
 * (bench/README.md). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jas.h>

static int passed, failed;
#define CHECK(c, ...) do { if (c) passed++; else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

static uint64_t x;
static uint64_t rnd(void)
{
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
}

#define BASE 0x7f0000000000ull
#define CAP (1 << 20)
static uint8_t ref[CAP], out[CAP];

static void program(jas_State *J)
{
    int nl = 2 + (int)(rnd() % 40), next = 0; /* dynamic labels, defined in order */
    jas_grow_dynlabels(J, (uint32_t)nl);
    int items = 5 + (int)(rnd() % (rnd() % 8 ? 60 : 400)), data = 0;
    | 1:
    for (int k = 0; k < items; k++) {
        int r = (int)(rnd() % 100);
        uint64_t r1 = rnd(), r2 = rnd();
        int64_t v = (int64_t)(r1 >> (r2 % 64));
        int64_t L = (int64_t)(rnd() % (uint64_t)nl);
        if (r < 8 && next < nl) {
            L = next++;
            | {L}:
        } else if (r < 20) {
            | jmp {L}f
        } else if (r < 28) {
            | jne {L}f
        } else if (r < 36 && next > 0) {
            L %= next;
            | je {L}b
        } else if (r < 40) {
            | 1:
        } else if (r < 43) {
            | jb 1b
        } else if (r < 46) {
            | jae 1f
        } else if (r < 48) {
            | .align 16
        } else if (r < 50) {
            | .align 4
        } else if (r < 62) {
            int64_t v32 = (int32_t)v;
            | add rax, {v32}
        } else if (r < 72) {
            | mov rcx, {v}
        } else if (r < 78) { /* near (rel32) or far (through the pool; not from data) */
            int64_t f = (int64_t)BASE + 0x100000 + (int64_t)(r1 % 64) * (r2 & 2 && !data ? 0x1000000000 : 1);
            | call {f}
        } else if (r < 81) {
            | lea rdx, [rip + 1b]
        } else if (r < 83) {
            | .qword 1f
        } else if (r < 85 && !data) { /* the rest of the program in the data section */
            data = 1;
            | .data
        } else if (r < 88) {
            int64_t d32 = (int32_t)v;
            | mov rax, [rbx + {d32}]
        } else {
            | nop
        }
    }
    | 1:
    while (next < nl) { /* define the rest: every forward reference resolves */
        int64_t L = next++;
        | {L}:
    }
    | ret
}

/* One line per program: what two runtimes must agree on. */
static int hashes(jas_State *J, int seeds)
{
    for (int seed = 1; seed <= seeds; seed++) {
        x = 0x9e3779b97f4a7c15ull * (uint64_t)seed;
        jas_reset(J);
        program(J);
        size_t size = 0;
        if (jas_link(J, BASE, &size) || size > CAP || jas_encode(J, ref)) {
            printf("%d error %s\n", seed, jas_error(J));
            continue;
        }
        uint64_t h = 1469598103934665603ull;
        for (size_t i = 0; i < size; i++)
            h = (h ^ ref[i]) * 1099511628211ull;
        printf("%d %zu %016llx\n", seed, size, (unsigned long long)h);
    }
    jas_free(J);
    return 0;
}

int main(int argc, char **argv)
{
    int seeds = 3000, fused_ok = 0;
    jas_State *J = jas_new(NULL);
    if (J && argc > 2 && !strcmp(argv[1], "--hashes"))
        return hashes(J, atoi(argv[2]));
    for (int seed = 1; seed <= seeds && J; seed++) {
        x = 0x9e3779b97f4a7c15ull * (uint64_t)seed;
        jas_reset(J);
        program(J);
        size_t size = 0, size2 = 0, bound = jas_size_bound(J);
        int ok = jas_link(J, BASE, &size) == 0 && size <= CAP && jas_encode(J, ref) == 0;
        CHECK(ok, "seed %d: link/encode: %s", seed, jas_error(J) ? jas_error(J) : "");
        if (!ok)
            continue;
        memset(out, 0xAA, sizeof out);
        int rc = jas_link_encode(J, BASE, out, bound, &size2);
        CHECK(rc == 0 && size2 == size && !memcmp(out, ref, size), "seed %d: jas_link_encode, roomy buffer: rc %d, %zu bytes, want %zu",
              seed, rc, size2, size);
        fused_ok += rc == 0;
        memset(out, 0xAA, sizeof out);
        rc = jas_link_encode(J, BASE, out, size, &size2);
        CHECK(rc == 0 && size2 == size && !memcmp(out, ref, size), "seed %d: jas_link_encode, exact buffer: rc %d", seed, rc);
        rc = jas_link_encode(J, BASE, out, size - 1, &size2);
        CHECK(rc == 1 && size2 == size && !jas_error(J), "seed %d: one byte short: rc %d, %zu", seed, rc, size2);
        /* the state stays usable: queries and a new link agree */
        CHECK(jas_link_encode(J, BASE, out, bound, &size2) == 0 && jas_code_size(J) == size &&
                  jas_dynlabel_offset(J, 0) >= 0,
              "seed %d: linked again", seed);
    }
    printf("%d programs, %d through jas_link_encode\n", seeds, fused_ok);
    jas_free(J);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
