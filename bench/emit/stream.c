/* Stream values (see stream.h): a xorshift generator seeded at run time. */
#include "stream.h"

#include <stdlib.h>
#include <sys/mman.h>

/* Never called: only their addresses go into the stream.  Two of them, and
 * not static, so that the call targets are run-time values too. */
void bs_callee0(void) {}
void bs_callee1(void) { bs_callee0(); }

static uint64_t next(uint64_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

int bs_stream_init(bs_stream *s, size_t n, uint64_t seed)
{
    size_t nb = (n + BS_BLOCK - 1) / BS_BLOCK;
    s->n = n;
    s->nblocks = nb;
    int64_t **arr[] = {&s->imm32, &s->imm64, &s->sub8, &s->ld, &s->st, &s->cmp8};
    for (size_t k = 0; k < sizeof arr / sizeof *arr; k++)
        if (!(*arr[k] = calloc(nb + 1, sizeof(int64_t))))
            return -1;
    if (!(s->fn = calloc(nb + 1, sizeof(uint64_t))))
        return -1;
    uint64_t x = seed | 1;
    for (size_t i = 0; i < nb; i++) {
        uint64_t r = next(&x);
        /* mov r64, imm32: negative, so that every library picks the
         * sign-extended imm32 form (a positive one becomes mov r32, imm32 in
         * AsmJit and Xbyak, movabs in GNU as and jas) */
        s->imm32[i] = -1 - (int64_t)(r & 0x7fffffff);
        r = next(&x);
        s->imm64[i] = (int64_t)(r | 0x100000000ull) & ~(int64_t)0x8000000000000000ull;
        if (i & 1)
            s->imm64[i] = -s->imm64[i];
        r = next(&x);
        s->sub8[i] = (int64_t)(r & 0xff) - 128;      /* -128 .. 127 */
        s->cmp8[i] = (int64_t)((r >> 8) & 0xff) - 128;
        switch (i % 3) {                               /* disp 0, 8-bit, 32-bit */
        case 0: s->ld[i] = 0; break;
        case 1: s->ld[i] = 8 * (int64_t)((r >> 16) & 15) - 64; if (!s->ld[i]) s->ld[i] = 8; break;
        default: s->ld[i] = 0x1000 + 8 * (int64_t)((r >> 20) & 0xfff); break;
        }
        s->st[i] = 0x10000 + 8 * (int64_t)((r >> 32) & 0xffff);
        s->fn[i] = (uint64_t)(uintptr_t)((r >> 48) & 1 ? (void (*)(void))bs_callee1 : bs_callee0);
    }
    return 0;
}

void bs_stream_free(bs_stream *s)
{
    free(s->imm32); free(s->imm64); free(s->sub8);
    free(s->ld); free(s->st); free(s->cmp8); free(s->fn);
}

size_t bs_stream_bound(const bs_stream *s)
{
    /* longest forms: 10 (movabs) + 7 + 7 + 6 (jcc rel32) + 6 + ... < 96 per
     * block; plus slack for pools and alignment */
    return (s->nblocks + 1) * 96 + 4096;
}

void *bs_map_near(size_t size)
{
    /* below the program's own code: within rel32 reach of bs_callee0/1,
     * and out of the way of the heap, which grows up after .bss */
    uintptr_t anchor = (uintptr_t)bs_callee0 & ~(uintptr_t)0xfffff;
    for (uintptr_t k = 1; k <= 64; k++) {
        if (anchor < k * (16u << 20))
            break;
        void *p = mmap((void *)(anchor - k * (16u << 20)), size, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
        if (p != MAP_FAILED)
            return p;
    }
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

void *bs_publish_page(size_t (*cold)(const bs_stream *s, uint8_t *out, size_t cap),
                      const bs_stream *s, size_t *size)
{
    void *m = bs_map_near(4096);
    if (!m)
        return NULL;
    *size = cold(s, m, 4096);
    if (!*size || mprotect(m, 4096, PROT_READ | PROT_EXEC)) {
        munmap(m, 4096);
        return NULL;
    }
    return m;
}

void bs_release_page(void *code, size_t size)
{
    (void)size;
    munmap(code, 4096);
}
