/* JIT memory layer with the user's allocator hooks: jas must use them (and
 * only them) for reserve / protect / release, pass only RW or RX, and turn
 * their failures into error codes with nothing changed. */
#include "jas_mem.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
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

/* A user allocator built on mmap that counts what jas asks of it. */
typedef struct counter {
    int reserves, protects, releases;
    int rw, rx, bad_prot, unaligned;
    size_t live_bytes;
    int fail_reserve, misalign;
    int fail_protect; /* n > 0: the n-th protect call from now fails */
    size_t page;
} counter;

static void *h_reserve(void *ctx, size_t size)
{
    counter *c = ctx;
    c->reserves++;
    if (c->fail_reserve)
        return NULL;
    if (size % c->page)
        c->unaligned++;
    char *p = mmap(NULL, size + c->page, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    if (c->misalign) /* break the contract: jas must refuse it */
        return p + 8;
    /* keep it page_size-aligned even when page_size > the OS page */
    uintptr_t a = ((uintptr_t)p + c->page - 1) & ~(uintptr_t)(c->page - 1);
    c->live_bytes += size;
    return (void *)a;
}

static int h_protect(void *ctx, void *addr, size_t size, int prot)
{
    counter *c = ctx;
    c->protects++;
    if ((uintptr_t)addr % c->page || size % c->page)
        c->unaligned++;
    if (c->fail_protect && --c->fail_protect == 0)
        return -1;
    int p;
    if (prot == JAS_MEM_PROT_RW) {
        c->rw++;
        p = PROT_READ | PROT_WRITE;
    } else if (prot == JAS_MEM_PROT_RX) {
        c->rx++;
        p = PROT_READ | PROT_EXEC;
    } else {
        c->bad_prot++;
        return -1;
    }
    return mprotect(addr, size, p);
}

static void h_release(void *ctx, void *addr, size_t size)
{
    counter *c = ctx;
    c->releases++;
    if (c->misalign) { /* the misaligned block is handed straight back */
        munmap((char *)addr - 8, size + c->page);
        return;
    }
    c->live_bytes -= size;
    /* the slack page may sit before or after: unmap the block itself only,
     * the test process is short-lived */
    munmap(addr, size);
}

static jas_mem *mk(counter *c, jas_mem_hooks *h, size_t page, size_t chunk)
{
    memset(c, 0, sizeof *c);
    c->page = page ? page : (size_t)sysconf(_SC_PAGESIZE);
    *h = (jas_mem_hooks){c, h_reserve, h_protect, h_release, page};
    jas_mem_opts o = {.hooks = h, .chunk_size = chunk};
    jas_mem *m = NULL;
    CHECK_EQ(jas_mem_create(&m, &o), 0);
    return m;
}

static void test_counts(void)
{
    counter c;
    jas_mem_hooks h;
    jas_mem *m = mk(&c, &h, 0, 0);
    CHECK_EQ(c.reserves, 0);
    void *w, *x[3];
    for (int i = 0; i < 3; i++) {
        CHECK_EQ(jas_mem_alloc(m, 32, 16, &w, &x[i]), 0);
        emit_ret(w, i + 1);
    }
    CHECK_EQ(c.reserves, 1);
    CHECK_EQ(c.protects, 0); /* fresh memory is RW already */
    jas_mem_pub all[3] = {{x[0], 6, "h0"}, {x[1], 6, "h1"}, {x[2], 6, "h2"}};
    CHECK_EQ(jas_mem_publish_batch(m, all, 3), 0);
    CHECK_EQ(c.protects, 1);
    CHECK_EQ(c.rx, 1);
    CHECK_EQ(call(x[0]) + call(x[1]) + call(x[2]), 6);
    for (int i = 0; i < 3; i++)
        CHECK_EQ(jas_mem_free(m, x[i]), 0);
    CHECK_EQ(c.rw, 1); /* the emptied page left RX */
    jas_mem_stats st;
    jas_mem_get_stats(m, &st);
    CHECK_EQ(st.protect_calls, (size_t)c.protects);
    CHECK_EQ(c.releases, 0);
    jas_mem_destroy(m);
    CHECK_EQ(c.releases, 1);
    CHECK_EQ(c.live_bytes, 0);
    CHECK_EQ(c.bad_prot, 0);
    CHECK_EQ(c.unaligned, 0);
}

/* page_size larger than the OS page: every call is in those units. */
static void test_big_pages(void)
{
    counter c;
    jas_mem_hooks h;
    size_t page = 4 * (size_t)sysconf(_SC_PAGESIZE);
    jas_mem *m = mk(&c, &h, page, 5000); /* rounded up to one hook page */
    jas_mem_stats st;
    jas_mem_get_stats(m, &st);
    CHECK_EQ(st.page_size, page);
    void *w, *x, *y;
    CHECK_EQ(jas_mem_alloc(m, 100, 64, &w, &x), 0);
    emit_ret(w, 5);
    CHECK_EQ(jas_mem_publish(m, x, 0, NULL), 0);
    CHECK_EQ(jas_mem_alloc(m, 100, page, &w, &y), 0); /* align up to page_size */
    CHECK_EQ((uintptr_t)y % page, 0);
    emit_ret(w, 6);
    CHECK_EQ(jas_mem_publish(m, y, 0, NULL), 0);
    CHECK_EQ(call(x) * call(y), 30);
    jas_mem_get_stats(m, &st);
    CHECK_EQ(st.chunks, 2);
    CHECK_EQ(st.reserved_bytes, 2 * page);
    jas_mem_destroy(m);
    CHECK_EQ(c.unaligned, 0);
    CHECK_EQ(c.releases, 2);

    jas_mem_hooks odd = h;
    odd.page_size = 3000;
    jas_mem_opts o = {.hooks = &odd};
    CHECK_EQ(jas_mem_create(&m, &o), JAS_MEM_EINVAL);
}

static void test_failures(void)
{
    counter c;
    jas_mem_hooks h;
    jas_mem *m = mk(&c, &h, 0, 0);
    void *w, *x;

    c.fail_reserve = 1;
    CHECK_EQ(jas_mem_alloc(m, 16, 16, &w, &x), JAS_MEM_ENOMEM);
    CHECK(w == NULL && x == NULL);
    c.fail_reserve = 0;
    CHECK_EQ(jas_mem_alloc(m, 16, 16, &w, &x), 0);
    emit_ret(w, 11);

    c.fail_protect = 1;
    CHECK_EQ(jas_mem_publish(m, x, 0, NULL), JAS_MEM_EOS);
    CHECK(jas_mem_write_ptr(m, x) == x); /* still pending and writable */
    emit_ret(w, 12);
    c.fail_protect = 0;
    CHECK_EQ(jas_mem_publish(m, x, 0, NULL), 0);
    CHECK_EQ(call(x), 12);

    /* a multi-page batch failing half way is undone */
    void *w2, *x2, *w3, *x3;
    size_t page = c.page;
    CHECK_EQ(jas_mem_alloc(m, 3 * page, 16, &w2, &x2), 0);
    CHECK_EQ(jas_mem_alloc(m, 16, 16, &w3, &x3), 0);
    emit_ret(w2, 21);
    emit_ret(w3, 22);
    c.fail_protect = 2; /* x2's pages are sealed, then x3's page fails */
    int rx_before = c.rx;
    jas_mem_pub both[2] = {{x2, 0, NULL}, {x3, 0, NULL}};
    CHECK_EQ(jas_mem_publish_batch(m, both, 2), JAS_MEM_EOS);
    CHECK_EQ(c.rx - rx_before, 1);
    c.fail_protect = 0;
    CHECK(jas_mem_write_ptr(m, x2) == x2);
    emit_ret((char *)w2 + 3 * page - 6, 0); /* undone: x2's pages are RW again */
    emit_ret(w3, 23); /* still writable */
    CHECK_EQ(jas_mem_publish_batch(m, both, 2), 0);
    CHECK_EQ(call(x2) + call(x3), 44);

    /* free with a failing protect: an error, but the block is gone */
    c.fail_protect = 1;
    int err = jas_mem_free(m, x);
    CHECK_EQ(err, JAS_MEM_EOS);
    CHECK_EQ(jas_mem_free(m, x), JAS_MEM_ENOTLIVE);
    c.fail_protect = 0;
    jas_mem_destroy(m);
    CHECK_EQ(c.bad_prot, 0);

    /* contract violations and bad combinations */
    m = mk(&c, &h, 0, 0);
    c.misalign = 1;
    CHECK_EQ(jas_mem_alloc(m, 16, 16, &w, &x), JAS_MEM_EOS);
    CHECK_EQ(c.releases, 1);
    jas_mem_destroy(m);

    jas_mem_hooks part = h;
    part.protect = NULL;
    jas_mem_opts o = {.hooks = &part};
    CHECK_EQ(jas_mem_create(&m, &o), JAS_MEM_EINVAL);
    o = (jas_mem_opts){.hooks = &h, .flags = JAS_MEM_DUAL_MAP};
    CHECK_EQ(jas_mem_create(&m, &o), JAS_MEM_EINVAL);
}

int main(void)
{
    RUN(test_counts());
    RUN(test_big_pages());
    RUN(test_failures());
    printf("%d passed, %d failed\n", npass, nfail);
    return nfail != 0;
}
