/* JIT memory layer, single mapping: alloc / publish / call, page sharing,
 * free and reuse, error paths, and W^X (checked three ways: /proc/self/maps,
 * every mprotect call made by the process, and page states). */
#include "jas_mem.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Each test function is one case; a case fails if any CHECK in it fails. */
static int npass, nfail, case_fail;
#define CHECK(c) do { if (!(c)) { case_fail++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); } } while (0)
#define CHECK_EQ(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); \
    if (a_ != b_) { case_fail++; printf("FAIL %s:%d: %s == %s (%lld vs %lld)\n", \
    __FILE__, __LINE__, #a, #b, a_, b_); } } while (0)
#define RUN(call) do { case_fail = 0; call; if (case_fail) nfail++; else npass++; \
    printf("%s %s\n", case_fail ? "FAIL" : "ok  ", #call); } while (0)

/* Every mprotect of the process comes through here (the executable's
 * definition wins over libc's for libjas.a): none may ask for W+X. */
static long mprotect_calls, wx_requests;
int mprotect(void *addr, size_t len, int prot)
{
    mprotect_calls++;
    if ((prot & PROT_WRITE) && (prot & PROT_EXEC))
        wx_requests++;
    return (int)syscall(SYS_mprotect, addr, len, prot);
}

static size_t PAGE;

/* mov eax, imm32; ret */
static void emit_ret(void *w, int32_t v)
{
    unsigned char *p = w;
    p[0] = 0xb8;
    memcpy(p + 1, &v, 4);
    p[5] = 0xc3;
}

static int call(void *x)
{
    int (*f)(void);
    memcpy(&f, &x, sizeof f);
    return f();
}

/* Mappings that are writable and executable at once (printed). */
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

/* Permissions of the mapping holding addr, e.g. "r-xp" ("" if none). */
static void perms_of(const void *addr, char out[8])
{
    out[0] = 0;
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f)
        return;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        uintptr_t lo, hi;
        char perms[8];
        if (sscanf(line, "%" SCNxPTR "-%" SCNxPTR " %7s", &lo, &hi, perms) == 3 &&
            (uintptr_t)addr >= lo && (uintptr_t)addr < hi) {
            strcpy(out, perms);
            break;
        }
    }
    fclose(f);
}

static jas_mem *mk(unsigned flags, size_t chunk)
{
    jas_mem *m = NULL;
    jas_mem_opts o = {.flags = flags, .chunk_size = chunk};
    int err = jas_mem_create(&m, &o);
    CHECK_EQ(err, 0);
    return m;
}

static jas_mem_stats stats(jas_mem *m)
{
    jas_mem_stats st;
    jas_mem_get_stats(m, &st);
    return st;
}

static void test_basic(void)
{
    jas_mem *m = mk(0, 0);
    CHECK_EQ(stats(m).chunks, 0); /* nothing reserved before the first alloc */
    void *w, *x;
    CHECK_EQ(jas_mem_alloc(m, 16, 16, &w, &x), 0);
    CHECK(w == x);
    CHECK_EQ((uintptr_t)x % 16, 0);
    char p[8];
    perms_of(x, p);
    CHECK(strcmp(p, "rw-p") == 0); /* pending: writable, not executable */
    CHECK(jas_mem_write_ptr(m, x) == x);
    emit_ret(w, 42);
    CHECK_EQ(jas_mem_publish(m, x, 6, "answer"), 0);
    perms_of(x, p);
    CHECK(strcmp(p, "r-xp") == 0); /* published: executable, not writable */
    CHECK(jas_mem_write_ptr(m, x) == NULL);
    CHECK_EQ(call(x), 42);
    jas_mem_stats st = stats(m);
    CHECK_EQ(st.live_blocks, 1);
    CHECK_EQ(st.live_bytes, 6); /* trimmed to the published size */
    CHECK_EQ(st.sealed_pages, 1);
    CHECK_EQ(st.dual_backend, 0);
    CHECK_EQ(wx_mappings(), 0);
    CHECK_EQ(jas_mem_free(m, x), 0);
    perms_of(x, p);
    CHECK(strchr(p, 'x') == NULL); /* freed code is no longer executable */
    st = stats(m);
    CHECK_EQ(st.live_blocks, 0);
    CHECK_EQ(st.used_pages, 0);
    CHECK_EQ(st.sealed_pages, 0);
    jas_mem_destroy(m);
}

/* Blocks written before one publish share pages: one mprotect for all. */
static void test_batch_shares_pages(void)
{
    enum { N = 200 };
    jas_mem *m = mk(0, 0);
    void *x[N];
    jas_mem_pub pub[N];
    for (int i = 0; i < N; i++) {
        void *w;
        CHECK_EQ(jas_mem_alloc(m, 16, 16, &w, &x[i]), 0);
        emit_ret(w, i * 7);
        pub[i] = (jas_mem_pub){x[i], 6, NULL};
    }
    CHECK_EQ(stats(m).used_pages, (N * 16 + PAGE - 1) / PAGE);
    size_t before = stats(m).protect_calls;
    CHECK_EQ(jas_mem_publish_batch(m, pub, N), 0);
    jas_mem_stats st = stats(m);
    CHECK_EQ(st.protect_calls - before, 1); /* one run of pages, one call */
    CHECK_EQ(st.sealed_pages, (N * 16 + PAGE - 1) / PAGE);
    int ok = 1;
    for (int i = 0; i < N; i++)
        ok &= call(x[i]) == i * 7;
    CHECK(ok);
    CHECK_EQ(wx_mappings(), 0);
    jas_mem_destroy(m);
}

/* Publishing one block at a time: each starts on a fresh page (the old page
 * is sealed); the tail pages are not lost when the blocks are freed. */
static void test_sequential_strict(void)
{
    jas_mem *m = mk(0, 0);
    void *x[10];
    for (int i = 0; i < 10; i++) {
        void *w;
        CHECK_EQ(jas_mem_alloc(m, 64, 16, &w, &x[i]), 0);
        emit_ret(w, 100 + i);
        CHECK_EQ(jas_mem_publish(m, x[i], 6, NULL), 0);
        if (i)
            CHECK_EQ((uintptr_t)x[i] % PAGE, 0);
    }
    CHECK_EQ(stats(m).used_pages, 10);
    int ok = 1;
    for (int i = 0; i < 10; i++)
        ok &= call(x[i]) == 100 + i;
    CHECK(ok);
    jas_mem_destroy(m);
}

/* A publish that would seal a page under a block still being written fails
 * with EBUSY and changes nothing. */
static void test_ebusy(void)
{
    jas_mem *m = mk(0, 0);
    void *wa, *xa, *wb, *xb;
    CHECK_EQ(jas_mem_alloc(m, 32, 16, &wa, &xa), 0);
    CHECK_EQ(jas_mem_alloc(m, 32, 16, &wb, &xb), 0);
    emit_ret(wa, 1);
    size_t pc = stats(m).protect_calls;
    CHECK_EQ(jas_mem_publish(m, xa, 0, "a"), JAS_MEM_EBUSY);
    CHECK_EQ(stats(m).protect_calls, pc);
    emit_ret(wb, 2); /* still writable: no crash */
    emit_ret(wa, 3);
    jas_mem_pub both[2] = {{xb, 6, "b"}, {xa, 6, "a"}};
    CHECK_EQ(jas_mem_publish_batch(m, both, 2), 0);
    CHECK_EQ(call(xa), 3);
    CHECK_EQ(call(xb), 2);
    /* freeing a pending neighbour makes the publish possible */
    void *wc, *xc, *wd, *xd;
    CHECK_EQ(jas_mem_alloc(m, 32, 16, &wc, &xc), 0);
    CHECK_EQ(jas_mem_alloc(m, 32, 16, &wd, &xd), 0);
    emit_ret(wc, 4);
    CHECK_EQ(jas_mem_publish(m, xc, 0, NULL), JAS_MEM_EBUSY);
    CHECK_EQ(jas_mem_free(m, xd), 0);
    CHECK_EQ(jas_mem_publish(m, xc, 0, NULL), 0);
    CHECK_EQ(call(xc), 4);
    /* a trimmed tail that spans pages still counts as in the batch */
    void *we, *xe, *wf, *xf;
    CHECK_EQ(jas_mem_alloc(m, 2 * PAGE, 16, &we, &xe), 0);
    CHECK_EQ(jas_mem_alloc(m, 16, 16, &wf, &xf), 0);
    emit_ret(we, 5);
    emit_ret(wf, 6);
    jas_mem_pub ef[2] = {{xe, 6, NULL}, {xf, 6, NULL}};
    CHECK_EQ(jas_mem_publish_batch(m, ef, 2), 0);
    CHECK_EQ(call(xe), 5);
    CHECK_EQ(call(xf), 6);
    jas_mem_destroy(m);
}

/* JAS_MEM_REOPEN packs sequentially published functions onto one page. */
static void test_reopen(void)
{
    enum { N = 100 };
    jas_mem *m = mk(JAS_MEM_REOPEN, 0);
    void *x[N];
    size_t pc = stats(m).protect_calls;
    for (int i = 0; i < N; i++) {
        void *w;
        CHECK_EQ(jas_mem_alloc(m, 64, 16, &w, &x[i]), 0);
        emit_ret(w, i);
        CHECK_EQ(jas_mem_publish(m, x[i], 6, NULL), 0);
        if (i)
            CHECK_EQ((uintptr_t)x[i] - (uintptr_t)x[i - 1], 16); /* trimmed, packed */
    }
    jas_mem_stats st = stats(m);
    CHECK_EQ(st.used_pages, 1);
    CHECK_EQ(st.sealed_pages, 1);
    CHECK_EQ(st.protect_calls - pc, 2 * N - 1); /* RX->RW + RW->RX, first only RX */
    int ok = 1;
    for (int i = 0; i < N; i++)
        ok &= call(x[i]) == i;
    CHECK(ok);
    /* a pending block freed on a reopened page: the page is resealed */
    void *w, *y;
    CHECK_EQ(jas_mem_alloc(m, 64, 16, &w, &y), 0);
    char p[8];
    perms_of(x[0], p);
    CHECK(strcmp(p, "rw-p") == 0);
    CHECK_EQ(jas_mem_free(m, y), 0);
    perms_of(x[0], p);
    CHECK(strcmp(p, "r-xp") == 0);
    CHECK_EQ(call(x[N - 1]), N - 1);
    CHECK_EQ(wx_mappings(), 0);
    jas_mem_destroy(m);
}

/* alloc / publish / call / free in a loop reuses the same memory. */
static void test_free_reuse(void)
{
    jas_mem *m = mk(0, 0);
    void *w, *x, *first = NULL;
    int ok = 1, same = 1;
    for (int i = 0; i < 1000; i++) {
        if (jas_mem_alloc(m, 100, 16, &w, &x) != 0) {
            ok = 0;
            break;
        }
        if (!first)
            first = x;
        same &= x == first;
        emit_ret(w, i);
        ok &= jas_mem_publish(m, x, 6, NULL) == 0;
        ok &= call(x) == i;
        ok &= jas_mem_free(m, x) == 0;
    }
    CHECK(ok);
    CHECK(same);
    jas_mem_stats st = stats(m);
    CHECK_EQ(st.chunks, 1);
    CHECK_EQ(st.live_blocks, 0);
    CHECK_EQ(st.used_pages, 0);

    /* The last block freed gives its bytes back at once; a page emptied
     * under the cursor is started over. */
    void *xa, *xb, *xc;
    CHECK_EQ(jas_mem_alloc(m, 64, 16, &w, &xa), 0);
    CHECK_EQ(jas_mem_alloc(m, 64, 16, &w, &xb), 0);
    CHECK_EQ(jas_mem_free(m, xb), 0);
    CHECK_EQ(jas_mem_alloc(m, 64, 16, &w, &xc), 0);
    CHECK(xc == xb);
    jas_mem_pub ab[2] = {{xa, 0, NULL}, {xc, 0, NULL}};
    CHECK_EQ(jas_mem_publish_batch(m, ab, 2), 0);
    CHECK_EQ(jas_mem_free(m, xa), 0);
    CHECK_EQ(jas_mem_free(m, xc), 0);
    CHECK_EQ(jas_mem_alloc(m, 64, 16, &w, &xc), 0);
    CHECK(xc == xa);
    CHECK_EQ(jas_mem_free(m, xc), 0);

    /* A page freed while the cursor is elsewhere is found again. */
    CHECK_EQ(jas_mem_alloc(m, 64, 16, &w, &xa), 0);
    emit_ret(w, 1);
    CHECK_EQ(jas_mem_publish(m, xa, 6, NULL), 0);
    CHECK_EQ(jas_mem_alloc(m, 64, 16, &w, &xb), 0); /* next page */
    emit_ret(w, 2);
    CHECK_EQ(jas_mem_publish(m, xb, 6, NULL), 0);
    CHECK_EQ(jas_mem_free(m, xa), 0); /* its page is now free */
    size_t used = stats(m).used_pages;
    CHECK_EQ(used, 1);
    /* Fill the rest of the chunk with whole pages, then one more: it must
     * take xa's page, not a new chunk. */
    size_t left = stats(m).reserved_bytes / PAGE - 2;
    void **xs = calloc(left + 1, sizeof *xs);
    for (size_t i = 0; i < left; i++)
        CHECK_EQ(jas_mem_alloc(m, PAGE, 16, &w, &xs[i]), 0);
    CHECK_EQ(jas_mem_alloc(m, 64, 16, &w, &xc), 0);
    CHECK(xc == xa);
    CHECK_EQ(stats(m).chunks, 1);
    for (size_t i = 0; i < left; i++)
        CHECK_EQ(jas_mem_free(m, xs[i]), 0);
    free(xs);
    CHECK_EQ(call(xb), 2);
    jas_mem_destroy(m);
}

/* Chunks: big blocks get their own; empty chunks are unmapped but one. */
static void test_chunks(void)
{
    jas_mem *m = mk(0, 4 * PAGE);
    void *w, *x[8];
    for (int i = 0; i < 8; i++) {
        CHECK_EQ(jas_mem_alloc(m, 3 * PAGE, 16, &w, &x[i]), 0);
        emit_ret((char *)w + 3 * PAGE - 6, i); /* at the very end */
        CHECK_EQ(jas_mem_publish(m, x[i], 0, NULL), 0);
    }
    CHECK_EQ(stats(m).chunks, 8);
    int ok = 1;
    for (int i = 0; i < 8; i++)
        ok &= call((char *)x[i] + 3 * PAGE - 6) == i;
    CHECK(ok);
    for (int i = 0; i < 8; i++)
        CHECK_EQ(jas_mem_free(m, x[i]), 0);
    jas_mem_stats st = stats(m);
    CHECK_EQ(st.chunks, 1);
    CHECK_EQ(st.reserved_bytes, 4 * PAGE);

    /* A block larger than a chunk. */
    size_t big = 1 << 20;
    CHECK_EQ(jas_mem_alloc(m, big, 4096, &w, &x[0]), 0);
    CHECK_EQ((uintptr_t)x[0] % 4096, 0);
    memset(w, 0x90, big - 6); /* nop sled to the end */
    emit_ret((char *)w + big - 6, 77);
    CHECK_EQ(jas_mem_publish(m, x[0], 0, "big"), 0);
    CHECK_EQ(call(x[0]), 77);
    CHECK_EQ(stats(m).sealed_pages, big / PAGE);
    CHECK_EQ(jas_mem_free(m, x[0]), 0);
    CHECK_EQ(stats(m).chunks, 1);
    jas_mem_destroy(m);
}

static void test_errors(void)
{
    jas_mem *m;
    CHECK_EQ(jas_mem_create(NULL, NULL), JAS_MEM_EINVAL);
    jas_mem_opts bad = {.flags = 1u << 20};
    CHECK_EQ(jas_mem_create(&m, &bad), JAS_MEM_EINVAL);
    CHECK(m == NULL);
    bad = (jas_mem_opts){.chunk_size = (size_t)1 << 40};
    CHECK_EQ(jas_mem_create(&m, &bad), JAS_MEM_EINVAL);

    m = mk(0, 0);
    void *w = (void *)1, *x = (void *)1;
    CHECK_EQ(jas_mem_alloc(m, 0, 16, &w, &x), JAS_MEM_EINVAL);
    CHECK(w == NULL && x == NULL);
    CHECK_EQ(jas_mem_alloc(m, 16, 3, &w, &x), JAS_MEM_EINVAL);
    CHECK_EQ(jas_mem_alloc(m, 16, 2 * PAGE, &w, &x), JAS_MEM_EINVAL);
    CHECK_EQ(jas_mem_alloc(m, SIZE_MAX, 16, &w, &x), JAS_MEM_ENOMEM);
    CHECK_EQ(jas_mem_alloc(m, SIZE_MAX - PAGE, 16, &w, &x), JAS_MEM_ENOMEM);
    CHECK_EQ(jas_mem_alloc(m, ((size_t)1 << 30) + 1, 16, &w, &x), JAS_MEM_ENOMEM);
    CHECK_EQ(jas_mem_alloc(m, 16, 16, NULL, &x), JAS_MEM_EINVAL);
    CHECK_EQ(jas_mem_alloc(NULL, 16, 16, &w, &x), JAS_MEM_EINVAL);
    CHECK_EQ(stats(m).live_blocks, 0);

    CHECK_EQ(jas_mem_alloc(m, 32, 0, &w, &x), 0); /* align 0 = 16 */
    emit_ret(w, 9);
    int local = 0;
    void *heap = malloc(16);
    CHECK_EQ(jas_mem_publish(m, &local, 0, NULL), JAS_MEM_EFOREIGN);
    CHECK_EQ(jas_mem_publish(m, (char *)x + 1, 0, NULL), JAS_MEM_ENOTLIVE);
    CHECK_EQ(jas_mem_publish(m, x, 33, NULL), JAS_MEM_EINVAL);
    jas_mem_pub dup[2] = {{x, 0, NULL}, {x, 0, NULL}};
    CHECK_EQ(jas_mem_publish_batch(m, dup, 2), JAS_MEM_EINVAL);
    CHECK_EQ(jas_mem_publish_batch(m, NULL, 1), JAS_MEM_EINVAL);
    CHECK_EQ(jas_mem_publish_batch(m, NULL, 0), 0);
    CHECK_EQ(jas_mem_publish(NULL, x, 0, NULL), JAS_MEM_EINVAL);
    CHECK(jas_mem_write_ptr(m, x) == x); /* still pending after all that */
    CHECK_EQ(jas_mem_publish(m, x, 0, NULL), 0);
    CHECK_EQ(jas_mem_publish(m, x, 0, NULL), JAS_MEM_ESTATE);
    CHECK_EQ(call(x), 9);

    /* batch: all or nothing */
    void *w2, *x2;
    CHECK_EQ(jas_mem_alloc(m, 32, 16, &w2, &x2), 0);
    emit_ret(w2, 10);
    jas_mem_pub mixed[2] = {{x2, 0, NULL}, {x, 0, NULL}};
    CHECK_EQ(jas_mem_publish_batch(m, mixed, 2), JAS_MEM_ESTATE);
    CHECK(jas_mem_write_ptr(m, x2) == x2);
    CHECK_EQ(jas_mem_publish(m, x2, 0, NULL), 0);
    CHECK_EQ(call(x2), 10);

    CHECK_EQ(jas_mem_free(m, &local), JAS_MEM_EFOREIGN);
    CHECK_EQ(jas_mem_free(m, heap), JAS_MEM_EFOREIGN);
    CHECK_EQ(jas_mem_free(m, (char *)x + 4), JAS_MEM_ENOTLIVE);
    CHECK_EQ(jas_mem_free(m, NULL), 0);
    CHECK_EQ(jas_mem_free(NULL, x), JAS_MEM_EINVAL);
    CHECK_EQ(jas_mem_free(m, x), 0);
    CHECK_EQ(jas_mem_free(m, x), JAS_MEM_ENOTLIVE); /* double free */
    CHECK_EQ(call(x2), 10); /* the neighbour is untouched */
    CHECK_EQ(jas_mem_free(m, x2), 0);
    CHECK_EQ(jas_mem_free(m, x2), JAS_MEM_ENOTLIVE);
    CHECK(jas_mem_write_ptr(m, &local) == NULL);
    CHECK(jas_mem_write_ptr(NULL, x) == NULL);
    free(heap);

    CHECK(strcmp(jas_mem_strerror(JAS_MEM_EBUSY), "unknown error") != 0);
    CHECK(strcmp(jas_mem_strerror(12345), "unknown error") == 0);
    for (int e = 0; e >= JAS_MEM_EOS; e--)
        CHECK(jas_mem_strerror(e) != NULL);
    jas_mem_get_stats(NULL, NULL);
    jas_mem_destroy(NULL);
    jas_mem_destroy(m);

    /* destroy with live blocks, pending and published */
    m = mk(0, 0);
    CHECK_EQ(jas_mem_alloc(m, 32, 16, &w, &x), 0);
    emit_ret(w, 1);
    CHECK_EQ(jas_mem_publish(m, x, 0, NULL), 0);
    CHECK_EQ(jas_mem_alloc(m, 32, 16, &w, &x), 0);
    jas_mem_destroy(m);
}

/* Lots of code alive in every mode at once: nothing is W+X. */
static void test_wx_everywhere(void)
{
    jas_mem *ms[3] = {mk(0, 0), mk(JAS_MEM_REOPEN, 0), mk(JAS_MEM_DUAL_MAP, 0)};
    for (int k = 0; k < 3; k++) {
        for (int i = 0; i < 55; i++) {
            void *w, *x;
            CHECK_EQ(jas_mem_alloc(ms[k], 40, 16, &w, &x), 0);
            emit_ret(w, i);
            if (i < 50) /* the last ones stay pending */
                CHECK_EQ(jas_mem_publish(ms[k], x, 0, NULL), 0);
        }
    }
    CHECK_EQ(wx_mappings(), 0);
    for (int k = 0; k < 3; k++)
        jas_mem_destroy(ms[k]);
    CHECK_EQ(wx_requests, 0);
    CHECK(mprotect_calls > 0); /* the interposer did see libjas's calls */
}

/* Threads compiling in parallel into one arena, one function at a time:
 * each thread's pending block never shares a page with another thread's,
 * so no publish fails with EBUSY. */
static jas_mem *shared;
static void *worker(void *arg)
{
    long id = (long)arg, bad = 0;
    void *keep[16];
    int nkeep = 0;
    for (int i = 0; i < 3000; i++) {
        void *w, *x;
        size_t size = 16 + (size_t)((i * 7 + id) % 13) * 8;
        if (jas_mem_alloc(shared, size, 16, &w, &x) != 0) {
            bad++;
            continue;
        }
        int32_t v = (int32_t)(id * 100000 + i);
        emit_ret(w, v);
        int err = jas_mem_publish(shared, x, i % 3 ? 6 : 0, "t");
        if (err) {
            printf("thread %ld: publish: %s\n", id, jas_mem_strerror(err));
            bad++;
            jas_mem_free(shared, x);
            continue;
        }
        bad += call(x) != v;
        if (nkeep == 16) {
            for (int k = 0; k < nkeep; k++)
                bad += jas_mem_free(shared, keep[k]) != 0;
            nkeep = 0;
        }
        if (i % 2)
            keep[nkeep++] = x;
        else
            bad += jas_mem_free(shared, x) != 0;
    }
    for (int k = 0; k < nkeep; k++)
        bad += jas_mem_free(shared, keep[k]) != 0;
    return (void *)bad;
}

static void test_threads(void)
{
    shared = mk(0, 0);
    pthread_t t[4];
    for (long i = 0; i < 4; i++)
        CHECK_EQ(pthread_create(&t[i], NULL, worker, (void *)i), 0);
    long bad = 0;
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(t[i], &r);
        bad += (long)r;
    }
    CHECK_EQ(bad, 0);
    jas_mem_stats st = stats(shared);
    CHECK_EQ(st.live_blocks, 0);
    CHECK_EQ(st.used_pages, 0);
    jas_mem_destroy(shared);
}

int main(void)
{
    PAGE = (size_t)sysconf(_SC_PAGESIZE);
    RUN(test_basic());
    RUN(test_batch_shares_pages());
    RUN(test_sequential_strict());
    RUN(test_ebusy());
    RUN(test_reopen());
    RUN(test_free_reuse());
    RUN(test_chunks());
    RUN(test_errors());
    RUN(test_threads());
    RUN(test_wx_everywhere());
    printf("%d passed, %d failed\n", npass, nfail);
    return nfail != 0;
}
