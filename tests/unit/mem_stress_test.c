/* JIT memory layer, randomized: long random sequences of alloc / write /
 * publish / batch publish / free / bad calls in every mode, checked against
 * a model: blocks never overlap, published code runs and returns its value,
 * pending blocks stay writable, EBUSY exactly when the model says a pending
 * block shares a page, statistics add up, and nothing is ever W+X. */
#include "jas_mem.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Each test function is one case; a case fails if any CHECK in it fails. */
static int npass, nfail, case_fail;
#define CHECK(c) do { if (!(c)) { case_fail++; \
    printf("FAIL %s:%d: %s (mode %d, op %d)\n", __FILE__, __LINE__, #c, g_mode, g_op); } } while (0)
#define CHECK_EQ(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); \
    if (a_ != b_) { case_fail++; printf("FAIL %s:%d: %s == %s (%lld vs %lld) (mode %d, op %d)\n", \
    __FILE__, __LINE__, #a, #b, a_, b_, g_mode, g_op); } } while (0)
#define RUN(call) do { case_fail = 0; call; if (case_fail) nfail++; else npass++; \
    printf("%s %s\n", case_fail ? "FAIL" : "ok  ", #call); } while (0)

static int g_mode, g_op;
static size_t PAGE;

static uint64_t rng = 0x12345678u;
static uint32_t rnd(uint32_t n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng % n);
}

static void emit_ret(void *w, int32_t v)
{
    unsigned char *p = w;
    p[0] = 0xb8;
    memcpy(p + 1, &v, 4);
    p[5] = 0xc3;
}

static int call(uintptr_t x)
{
    int (*f)(void);
    void *p = (void *)x;
    memcpy(&f, &p, sizeof f);
    return f();
}

typedef struct blk {
    uintptr_t x;
    unsigned char *w;
    size_t size;     /* current (trimmed after publish) */
    int published;
    int32_t value;
} blk;

enum { MAXB = 600 };
static blk B[MAXB];
static int nb;
static uintptr_t freed[64];
static long n_busy, n_pub, n_calls;
static size_t max_chunks;
static int nfreed;

static int pages_meet(uintptr_t a, size_t as, uintptr_t b, size_t bs)
{
    return a / PAGE <= (b + bs - 1) / PAGE && b / PAGE <= (a + as - 1) / PAGE;
}

/* Would publishing these (index, used size) pairs hit a pending outsider? */
static int model_busy(const int *idx, const size_t *used, int n)
{
    for (int j = 0; j < nb; j++) {
        if (B[j].published)
            continue;
        int inside = 0;
        for (int k = 0; k < n; k++)
            inside |= idx[k] == j;
        if (inside)
            continue;
        for (int k = 0; k < n; k++)
            if (pages_meet(B[idx[k]].x, used[k], B[j].x, B[j].size))
                return 1;
    }
    return 0;
}

static int wx_mappings(void)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f)
        return -1;
    char line[512];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        char perms[8] = "";
        if (sscanf(line, "%*[0-9a-f]-%*[0-9a-f] %7s", perms) == 1 &&
            strchr(perms, 'w') && strchr(perms, 'x')) {
            printf("W+X mapping: %s", line);
            n++;
        }
    }
    fclose(f);
    return n;
}

static void do_alloc(jas_mem *m)
{
    if (nb == MAXB)
        return;
    size_t size;
    uint32_t r = rnd(100);
    size = r < 70 ? 1 + rnd(120) : r < 95 ? 1 + rnd((uint32_t)PAGE * 2) : 1 + rnd((uint32_t)PAGE * 9);
    size_t align = r % 10 == 0 ? PAGE : (size_t)1 << rnd(7);
    void *w, *x;
    int err = jas_mem_alloc(m, size, align, &w, &x);
    CHECK_EQ(err, 0);
    if (err)
        return;
    CHECK_EQ((uintptr_t)x % align, 0);
    int overlap = 0;
    for (int j = 0; j < nb; j++) /* no overlap with any live block */
        overlap |= (uintptr_t)x < B[j].x + B[j].size && B[j].x < (uintptr_t)x + size;
    CHECK(!overlap);
    memset(w, 0xcc, size); /* every byte must be writable */
    blk b = {(uintptr_t)x, w, size, 0, (int32_t)rnd(1000000)};
    if (size >= 6)
        emit_ret(w, b.value);
    B[nb++] = b;
}

static void forget(int i)
{
    if (nfreed < 64)
        freed[nfreed++] = B[i].x;
    B[i] = B[--nb];
}

static void do_publish(jas_mem *m, int dual)
{
    static int idx[MAXB];
    static size_t used[MAXB];
    static jas_mem_pub pub[MAXB];
    int n = 0, want = 1 + (rnd(4) == 0 ? (int)rnd(8) : 0);
    for (int tries = 0; tries < 20 && n < want; tries++) {
        int i = (int)rnd((uint32_t)(nb ? nb : 1));
        if (!nb || B[i].published)
            continue;
        int dup = 0;
        for (int k = 0; k < n; k++)
            dup |= idx[k] == i;
        if (!dup)
            idx[n++] = i;
    }
    if (!n)
        return;
    for (int k = 0; k < n; k++) {
        int i = idx[k];
        used[k] = B[i].size >= 6 && rnd(2) ? 6 + rnd((uint32_t)(B[i].size - 5)) : B[i].size;
        if (used[k] > B[i].size)
            used[k] = B[i].size;
    }
    /* Half the time, publish what a careful user would: the chosen blocks
     * plus every pending block sharing a page with them (transitively). */
    if (rnd(2)) {
        for (int k = 0; k < n; k++)
            for (int j = 0; j < nb; j++) {
                if (B[j].published || !pages_meet(B[idx[k]].x, B[idx[k]].size, B[j].x, B[j].size))
                    continue;
                int dup = 0;
                for (int q = 0; q < n; q++)
                    dup |= idx[q] == j;
                if (!dup) {
                    idx[n] = j;
                    used[n++] = B[j].size;
                }
            }
    }
    for (int k = 0; k < n; k++)
        pub[k] = (jas_mem_pub){(void *)B[idx[k]].x,
                               rnd(3) == 0 && used[k] == B[idx[k]].size ? 0 : used[k], "f"};
    int expect = !dual && model_busy(idx, used, n) ? JAS_MEM_EBUSY : 0;
    int err = n == 1 && rnd(2) ? jas_mem_publish(m, pub[0].exec, pub[0].size, "one")
                               : jas_mem_publish_batch(m, pub, (size_t)n);
    CHECK_EQ(err, expect);
    n_busy += err == JAS_MEM_EBUSY;
    if (err)
        return;
    n_pub += n;
    for (int k = 0; k < n; k++) {
        B[idx[k]].published = 1;
        B[idx[k]].size = used[k];
    }
}

static void do_free(jas_mem *m)
{
    if (!nb)
        return;
    int i = (int)rnd((uint32_t)nb);
    CHECK_EQ(jas_mem_free(m, (void *)B[i].x), 0);
    forget(i);
}

static void do_bad(jas_mem *m)
{
    if (nfreed) {
        uintptr_t x = freed[rnd((uint32_t)nfreed)];
        int live = 0;
        for (int j = 0; j < nb; j++)
            live |= B[j].x == x;
        if (!live) {
            int err = jas_mem_free(m, (void *)x);
            CHECK(err == JAS_MEM_ENOTLIVE || err == JAS_MEM_EFOREIGN);
        }
    }
    if (nb) {
        int i = (int)rnd((uint32_t)nb);
        if (B[i].published)
            CHECK_EQ(jas_mem_publish(m, (void *)B[i].x, 0, NULL), JAS_MEM_ESTATE);
        else
            CHECK_EQ(jas_mem_publish(m, (void *)B[i].x, B[i].size + 1, NULL), JAS_MEM_EINVAL);
    }
}

/* Everything the model knows, checked against the arena. */
static void verify(jas_mem *m, int dual, int reopen, int deep)
{
    jas_mem_stats st;
    jas_mem_get_stats(m, &st);
    size_t bytes = 0;
    for (int j = 0; j < nb; j++)
        bytes += B[j].size;
    CHECK_EQ(st.live_blocks, nb);
    CHECK_EQ(st.live_bytes, bytes);
    CHECK(st.sealed_pages <= st.used_pages);
    if (st.chunks > max_chunks)
        max_chunks = st.chunks;
    int ok = 1;
    for (int j = 0; j < nb; j++) {
        void *wp = jas_mem_write_ptr(m, (void *)B[j].x);
        if (!B[j].published) {
            ok &= wp == B[j].w; /* pending: writable through w */
            continue;
        }
        if (dual)
            ok &= wp == B[j].w;
        else if (!reopen)
            ok &= wp == NULL; /* sealed */
        /* With REOPEN a published block on a reopened page is not
         * executable until that page is sealed again. */
        if (B[j].size >= 6 && wp == (dual ? B[j].w : NULL))
            ok &= call(B[j].x) == B[j].value, n_calls++;
    }
    CHECK(ok);
    if (deep)
        CHECK_EQ(wx_mappings(), 0);
}

static void run(unsigned flags, size_t chunk, int ops)
{
    jas_mem *m;
    jas_mem_opts o = {.flags = flags, .chunk_size = chunk};
    CHECK_EQ(jas_mem_create(&m, &o), 0);
    int dual = (flags & JAS_MEM_DUAL_MAP) != 0;
    int reopen = !dual && (flags & JAS_MEM_REOPEN);
    nb = nfreed = 0;
    for (g_op = 0; g_op < ops && !case_fail; g_op++) {
        uint32_t r = rnd(100);
        if (r < 40)
            do_alloc(m);
        else if (r < 70)
            do_publish(m, dual);
        else if (r < 95 || nb > 400)
            do_free(m);
        else
            do_bad(m);
        verify(m, dual, reopen, g_op % 256 == 0);
    }
    /* drain: publish what is pending, run it, free it all */
    while (nb)
        do_free(m);
    jas_mem_stats st;
    jas_mem_get_stats(m, &st);
    CHECK_EQ(st.live_blocks, 0);
    CHECK_EQ(st.used_pages, 0);
    CHECK_EQ(st.sealed_pages, 0);
    CHECK_EQ(st.chunks, 1);
    printf("mode %d chunk %zu: %ld published, %ld EBUSY, %ld calls, %zu chunks at most\n",
           g_mode, chunk, n_pub, n_busy, n_calls, max_chunks);
    n_pub = n_busy = n_calls = 0;
    max_chunks = 0;
    jas_mem_destroy(m);
}

int main(int argc, char **argv)
{
    PAGE = (size_t)sysconf(_SC_PAGESIZE);
    int ops = argc > 1 ? atoi(argv[1]) : 6000;
    static const unsigned modes[] = {0, JAS_MEM_REOPEN, JAS_MEM_DUAL_MAP};
    for (g_mode = 0; g_mode < 3; g_mode++) {
        RUN(run(modes[g_mode], 0, ops));        /* default chunks */
        RUN(run(modes[g_mode], 4 * PAGE, ops)); /* tiny chunks: many of them */
    }
    printf("%d passed, %d failed\n", npass, nfail);
    return nfail != 0;
}
