/* JIT memory layer, dual mapping: RW view + RX view of the same memory,
 * patching code while it stays callable (also while another thread runs
 * it), every backend (memfd, shm, temp file), free/reuse, threads. */
#include "jas_mem.h"
#include "mem/mem_internal.h" /* the backends, to test each one */

#include <glob.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
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

/* nop; nop; nop; mov eax, imm32; ret -- the immediate at offset 4, so a
 * patch is one aligned 4-byte store. */
#define IMM_OFF 4
static void emit_ret(void *w, int32_t v)
{
    unsigned char *p = w;
    p[0] = p[1] = p[2] = 0x90;
    p[3] = 0xb8;
    memcpy(p + IMM_OFF, &v, 4);
    p[8] = 0xc3;
}

static int call(const void *x)
{
    int (*f)(void);
    memcpy(&f, &x, sizeof f);
    return f();
}

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

static jas_mem_stats stats(jas_mem *m)
{
    jas_mem_stats st;
    jas_mem_get_stats(m, &st);
    return st;
}

static jas_mem *mk(void)
{
    jas_mem *m = NULL;
    jas_mem_opts o = {.flags = JAS_MEM_DUAL_MAP | JAS_MEM_REOPEN};
    CHECK_EQ(jas_mem_create(&m, &o), 0);
    return m;
}

static void test_patch(void)
{
    jas_mem *m = mk();
    void *w, *x;
    CHECK_EQ(jas_mem_alloc(m, 16, 16, &w, &x), 0);
    CHECK(w != x);
    char pw[8], px[8];
    perms_of(w, pw);
    perms_of(x, px);
    CHECK(strcmp(pw, "rw-s") == 0);
    CHECK(strcmp(px, "r-xs") == 0);
    emit_ret(w, 42);
    CHECK_EQ(jas_mem_publish(m, x, 9, "dual"), 0);
    CHECK_EQ(call(x), 42);
    CHECK(jas_mem_write_ptr(m, x) == w);
    CHECK(jas_mem_write_ptr(m, (char *)x + IMM_OFF) == (char *)w + IMM_OFF);

    /* patch the immediate through the RW view: no republish needed */
    int32_t v = 1234;
    memcpy((char *)jas_mem_write_ptr(m, x) + IMM_OFF, &v, 4);
    jas_mem_flush_icache((char *)x + IMM_OFF, 4);
    CHECK_EQ(call(x), 1234);
    v = -7;
    memcpy((char *)w + IMM_OFF, &v, 4);
    CHECK_EQ(call(x), -7);
    perms_of(w, pw);
    perms_of(x, px);
    CHECK(strcmp(pw, "rw-s") == 0);
    CHECK(strcmp(px, "r-xs") == 0);
    CHECK_EQ(wx_mappings(), 0);
    jas_mem_stats st = stats(m);
    CHECK_EQ(st.protect_calls, 0);  /* dual mapping never changes protections */
    CHECK(st.dual_backend >= JAS_MEM__DUAL_MEMFD && st.dual_backend <= JAS_MEM__DUAL_TMPFILE);
    printf("dual backend in use: %d\n", st.dual_backend);
    CHECK_EQ(jas_mem_publish(m, x, 0, NULL), JAS_MEM_ESTATE);
    CHECK_EQ(jas_mem_free(m, x), 0);
    CHECK(jas_mem_write_ptr(m, x) == NULL);
    CHECK_EQ(jas_mem_free(m, x), JAS_MEM_ENOTLIVE);
    CHECK_EQ(jas_mem_free(m, w), JAS_MEM_EFOREIGN); /* the write pointer is not the id */
    jas_mem_destroy(m);
}

/* Small functions published one by one share pages freely. */
static void test_sharing(void)
{
    enum { N = 300 };
    jas_mem *m = mk();
    void *x[N];
    for (int i = 0; i < N; i++) {
        void *w;
        CHECK_EQ(jas_mem_alloc(m, 64, 16, &w, &x[i]), 0);
        emit_ret(w, i);
        CHECK_EQ(jas_mem_publish(m, x[i], 9, NULL), 0);
        if (i)
            CHECK_EQ((uintptr_t)x[i] - (uintptr_t)x[i - 1], 16);
        /* an earlier function on the same page keeps running */
        if (i)
            CHECK_EQ(call(x[i - 1]), i - 1);
    }
    jas_mem_stats st = stats(m);
    CHECK_EQ(st.used_pages, (N * 16 + st.page_size - 1) / st.page_size);
    CHECK_EQ(st.sealed_pages, 0);
    int ok = 1;
    for (int i = 0; i < N; i++)
        ok &= call(x[i]) == i;
    CHECK(ok);
    /* interleaved publishes are fine too (no EBUSY in dual mode) */
    void *wa, *xa, *wb, *xb;
    CHECK_EQ(jas_mem_alloc(m, 16, 16, &wa, &xa), 0);
    CHECK_EQ(jas_mem_alloc(m, 16, 16, &wb, &xb), 0);
    emit_ret(wa, 1);
    CHECK_EQ(jas_mem_publish(m, xa, 0, NULL), 0);
    emit_ret(wb, 2);
    CHECK_EQ(jas_mem_publish(m, xb, 0, NULL), 0);
    CHECK_EQ(call(xa) + call(xb), 3);
    jas_mem_destroy(m);
}

static void test_free_reuse(void)
{
    jas_mem *m = mk();
    void *w, *x, *first = NULL;
    int ok = 1, same = 1;
    for (int i = 0; i < 2000; i++) {
        if (jas_mem_alloc(m, 64, 16, &w, &x) != 0) {
            ok = 0;
            break;
        }
        if (!first)
            first = x;
        same &= x == first;
        emit_ret(w, i);
        ok &= jas_mem_publish(m, x, 0, NULL) == 0;
        ok &= call(x) == i;
        ok &= jas_mem_free(m, x) == 0;
    }
    CHECK(ok);
    CHECK(same);
    CHECK_EQ(stats(m).chunks, 1);
    jas_mem_destroy(m);
}

/* Each backend on its own: both views see the same bytes. */
static void test_backends(void)
{
    static const char *names[] = {"", "memfd", "shm", "tmpfile"};
    size_t size = (size_t)sysconf(_SC_PAGESIZE) * 4;
    int worked = 0;
    for (int k = JAS_MEM__DUAL_MEMFD; k <= JAS_MEM__DUAL_TMPFILE; k++) {
        void *rw, *rx;
        int r = jas_mem__dual_map(size, k, &rw, &rx);
        printf("backend %s: %s\n", names[k], r == k ? "ok" : "unavailable");
        if (r != k)
            continue;
        worked++;
        emit_ret((char *)rw + size - 16, 100 + k);
        CHECK_EQ(call((char *)rx + size - 16), 100 + k);
        char pw[8], px[8];
        perms_of(rw, pw);
        perms_of(rx, px);
        CHECK(strchr(pw, 'x') == NULL && strchr(pw, 'w') != NULL);
        CHECK(strchr(px, 'w') == NULL && strchr(px, 'x') != NULL);
        if (k == JAS_MEM__DUAL_SHM) { /* the object was unlinked at once */
            char pat[64];
            glob_t g;
            snprintf(pat, sizeof pat, "/dev/shm/jas-jit-%ld-*", (long)getpid());
            CHECK(glob(pat, 0, NULL, &g) == GLOB_NOMATCH);
            globfree(&g);
        }
        jas_mem__dual_unmap(rw, rx, size);
    }
    CHECK(worked > 0);
    void *rw, *rx;
    CHECK_EQ(jas_mem__dual_map(size, 99, &rw, &rx), JAS_MEM_EINVAL);
    /* memfd exists on every kernel this project supports */
    int r = jas_mem__dual_map(size, JAS_MEM__DUAL_AUTO, &rw, &rx);
    CHECK_EQ(r, JAS_MEM__DUAL_MEMFD);
    if (r > 0)
        jas_mem__dual_unmap(rw, rx, size);
}

/* A thread keeps calling the function while the main thread patches it. */
static atomic_int stop_flag;
static void *spin(void *arg)
{
    const void *x = arg;
    long seen_new = 0;
    for (long i = 0; i < 200000000 && !atomic_load(&stop_flag); i++) {
        int v = call(x);
        if (v == 2) {
            seen_new = 1;
            break;
        }
        if (v != 1)
            return (void *)-1L; /* torn or garbage */
    }
    return (void *)seen_new;
}

static void test_patch_while_running(void)
{
    jas_mem *m = mk();
    void *w, *x;
    CHECK_EQ(jas_mem_alloc(m, 16, 16, &w, &x), 0);
    emit_ret(w, 1);
    CHECK_EQ(jas_mem_publish(m, x, 0, "spin"), 0);
    pthread_t t;
    atomic_store(&stop_flag, 0);
    CHECK_EQ(pthread_create(&t, NULL, spin, x), 0);
    struct timespec ts = {0, 2000000};
    nanosleep(&ts, NULL);
    int32_t v = 2;
    __atomic_store_n((int32_t *)(void *)((char *)w + IMM_OFF), v, __ATOMIC_SEQ_CST);
    jas_mem_flush_icache((char *)x + IMM_OFF, 4);
    void *res;
    pthread_join(t, &res);
    CHECK_EQ((long)res, 1);
    CHECK_EQ(call(x), 2);
    jas_mem_destroy(m);
}

/* One shared arena, several threads allocating, publishing, freeing. */
static jas_mem *shared;
static void *worker(void *arg)
{
    long id = (long)arg, bad = 0;
    void *keep[64];
    for (int i = 0; i < 4000; i++) {
        void *w, *x;
        if (jas_mem_alloc(shared, 16 + (size_t)(i % 7) * 8, 16, &w, &x) != 0) {
            bad++;
            continue;
        }
        int32_t v = (int32_t)(id * 100000 + i);
        emit_ret(w, v);
        bad += jas_mem_publish(shared, x, 9, "worker") != 0;
        bad += call(x) != v;
        if (i % 64 == 63)
            for (int k = 0; k < 63; k++)
                bad += jas_mem_free(shared, keep[k]) != 0;
        if (i % 64 == 63)
            bad += jas_mem_free(shared, x) != 0;
        else
            keep[i % 64] = x;
    }
    return (void *)bad;
}

static void test_threads(void)
{
    shared = mk();
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
    CHECK_EQ(st.live_blocks, 4 * (4000 % 64)); /* the last, unfinished rounds */
    CHECK_EQ(wx_mappings(), 0);
    jas_mem_destroy(shared);
}

int main(void)
{
    RUN(test_patch());
    RUN(test_sharing());
    RUN(test_free_reuse());
    RUN(test_backends());
    RUN(test_patch_while_running());
    RUN(test_threads());
    printf("%d passed, %d failed\n", npass, nfail);
    return nfail != 0;
}
