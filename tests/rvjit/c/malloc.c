/* malloc / realloc / free under load: many sizes, a random alloc/free
 * pattern with content checks, realloc growth (through mremap for large
 * blocks), large allocations served by mmap, brk, direct mmap/munmap.   */
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include <malloc.h>
#include "check.h"

static volatile size_t big = (size_t)1 << 62;

static void fill(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++) p[i] = (unsigned char)(seed * 31 + i * 7 + (i >> 8));
}
static int verify(const unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != (unsigned char)(seed * 31 + i * 7 + (i >> 8))) return 0;
    return 1;
}

int main(void)
{
    /* every size from 0 to 4096, all live at once */
    {
        static unsigned char *p[4097];
        int bad = 0, misaligned = 0;
        for (size_t n = 0; n <= 4096; n++) {
            p[n] = malloc(n);
            if (!p[n] && n) bad++;
            if (((uintptr_t)p[n] & 15) != 0) misaligned++;
            if (p[n]) fill(p[n], n, (unsigned)n);
        }
        for (size_t n = 0; n <= 4096; n++) {
            if (p[n] && !verify(p[n], n, (unsigned)n)) bad++;
            free(p[n]);
        }
        CHECK(bad == 0, "malloc 0..4096 contents");
        CHECK(misaligned == 0, "malloc 16-byte alignment");
    }
    /* random alloc/free/realloc with content checks */
    {
        enum { SLOTS = 512, OPS = 12000 };
        static unsigned char *p[SLOTS];
        static size_t sz[SLOTS];
        static unsigned seed[SLOTS];
        int bad = 0;
        unsigned long total = 0;
        for (int op = 0; op < OPS; op++) {
            unsigned long long r = rng();
            int i = (int)(r % SLOTS);
            if (p[i]) {
                if (!verify(p[i], sz[i], seed[i])) bad++;
                if ((r >> 20) & 1) {
                    size_t nsz = (size_t)((r >> 24) % ((r >> 40) & 7 ? 600 : 70000));
                    unsigned char *q = realloc(p[i], nsz);
                    if (!q && nsz) { bad++; continue; }
                    size_t keep = nsz < sz[i] ? nsz : sz[i];
                    if (!verify(q, keep, seed[i])) bad++;
                    p[i] = q;
                    sz[i] = nsz;
                    fill(p[i], nsz, seed[i]);
                } else {
                    free(p[i]);
                    p[i] = NULL;
                }
            } else {
                sz[i] = (size_t)((r >> 24) % ((r >> 40) & 15 ? 300 : 100000));
                seed[i] = (unsigned)op;
                p[i] = malloc(sz[i]);
                if (!p[i] && sz[i]) { bad++; continue; }
                fill(p[i], sz[i], seed[i]);
                total += sz[i];
            }
        }
        for (int i = 0; i < SLOTS; i++) {
            if (p[i] && !verify(p[i], sz[i], seed[i])) bad++;
            free(p[i]);
        }
        CHECK(bad == 0, "random alloc/free/realloc (%d ops)", OPS);
        printf("  allocated %lu bytes in total\n", total);
    }
    /* realloc growth 1 byte -> 4 MiB, doubling; contents kept */
    {
        size_t n = 1;
        unsigned char *p = malloc(n);
        int bad = 0;
        p[0] = 0;
        while (n < (4u << 20)) {
            size_t nn = n * 2;
            p = realloc(p, nn);
            if (!p) { bad++; break; }
            for (size_t i = n; i < nn; i++) p[i] = (unsigned char)(i * 131 + (i >> 9));
            n = nn;
        }
        if (p) for (size_t i = 0; i < n; i++)
            if (p[i] != (unsigned char)(i * 131 + (i >> 9))) { bad++; break; }
        /* and shrink back */
        p = realloc(p, 100);
        if (!p || p[99] != (unsigned char)(99 * 131)) bad++;
        free(p);
        CHECK(bad == 0, "realloc doubling to 4 MiB");
    }
    /* large blocks (mmap-backed): 1..64 MiB, touched on every page */
    {
        int bad = 0;
        for (size_t mb = 1; mb <= 64; mb *= 2) {
            size_t n = mb << 20;
            unsigned char *p = malloc(n);
            if (!p) { bad++; continue; }
            for (size_t i = 0; i < n; i += 4096) p[i] = (unsigned char)(i >> 12);
            p[n - 1] = 0x77;
            for (size_t i = 0; i < n; i += 4096) if (p[i] != (unsigned char)(i >> 12)) { bad++; break; }
            if (p[n - 1] != 0x77) bad++;
            free(p);
        }
        CHECK(bad == 0, "large malloc 1..64 MiB");
    }
    /* calloc zeroes, including a large recycled block */
    {
        int bad = 0;
        for (int round = 0; round < 3; round++) {
            unsigned char *p = malloc(300000);
            memset(p, 0xff, 300000);
            free(p);
            unsigned char *q = calloc(300000, 1);
            for (size_t i = 0; i < 300000; i++) if (q[i]) { bad++; break; }
            free(q);
            q = calloc(1000, 7);
            for (size_t i = 0; i < 7000; i++) if (q[i]) { bad++; break; }
            free(q);
        }
        CHECK(bad == 0, "calloc zeroed");

        CHECK(calloc(big, 16) == NULL, "calloc overflow -> NULL");
    }
    /* aligned allocation */
    {
        int bad = 0;
        for (size_t al = 16; al <= 65536; al *= 2) {
            void *p = NULL;
            if (posix_memalign(&p, al, 1000) != 0 || ((uintptr_t)p & (al - 1))) bad++;
            free(p);
            p = aligned_alloc(al, al * 2);
            if (!p || ((uintptr_t)p & (al - 1))) bad++;
            free(p);
        }
        CHECK(bad == 0, "posix_memalign/aligned_alloc");
        free(NULL);
        CHECK(1, "free(NULL)");
        CHECK(malloc(big - 100 + big * 3) == NULL, "malloc huge -> NULL");
    }
    /* brk directly */
    {
        void *b0 = sbrk(0);
        void *b1 = sbrk(65536);
        void *b2 = sbrk(0);
        CHECK(b1 == b0 && (char *)b2 == (char *)b0 + 65536, "sbrk grows");
        memset(b1, 0x3c, 65536);
        CHECK(((unsigned char *)b1)[65535] == 0x3c, "sbrk memory usable");
        sbrk(-65536);
        CHECK(sbrk(0) == b0, "sbrk shrinks");
    }
    /* mmap / mprotect / mremap / munmap directly */
    {
        size_t n = 16 << 20;
        unsigned char *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        CHECK(p != MAP_FAILED, "mmap 16 MiB");
        int zero = 1;
        for (size_t i = 0; i < n; i += 4096) if (p[i]) zero = 0;
        CHECK(zero, "mmap memory is zero");
        for (size_t i = 0; i < n; i += 4096) p[i] = (unsigned char)(i >> 12);
        unsigned char *q = mremap(p, n, 2 * n, MREMAP_MAYMOVE);
        CHECK(q != MAP_FAILED, "mremap grow");
        int ok = 1;
        for (size_t i = 0; i < n; i += 4096) if (q[i] != (unsigned char)(i >> 12)) ok = 0;
        for (size_t i = n; i < 2 * n; i += 4096) if (q[i]) ok = 0;
        CHECK(ok, "mremap keeps contents");
        CHECK(mprotect(q, 4096, PROT_READ) == 0, "mprotect");
        CHECK(munmap(q, 2 * n) == 0, "munmap");
        /* munmap a hole in the middle, map it again */
        p = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        p[0] = 1; p[4096] = 2; p[8192] = 3;
        CHECK(munmap(p + 4096, 4096) == 0, "munmap hole");
        unsigned char *h = mmap(p + 4096, 4096, PROT_READ | PROT_WRITE,
                                MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        CHECK(h == p + 4096 && h[0] == 0 && p[0] == 1 && p[8192] == 3, "mmap fixed in hole");
        munmap(p, 3 * 4096);
    }
    /* a fixed mapping high in the Sv39 user address space (128 GiB) */
    {
        void *want = (void *)0x2000000000UL;
        unsigned char *p = mmap(want, 1 << 20, PROT_READ | PROT_WRITE,
                                MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
        CHECK(p == want, "mmap MAP_FIXED_NOREPLACE at 128 GiB");
        if (p == want) {
            p[0] = 1;
            p[(1 << 20) - 1] = 2;
            CHECK(p[0] == 1 && p[(1 << 20) - 1] == 2, "memory at 128 GiB usable");
            munmap(p, 1 << 20);
        }
    }
    /* malloc_usable_size is at least the request */
    {
        int bad = 0;
        for (size_t n = 1; n < 100000; n = n * 3 + 1) {
            void *p = malloc(n);
            if (malloc_usable_size(p) < n) bad++;
            free(p);
        }
        CHECK(bad == 0, "malloc_usable_size");
    }
    return check_done();
}
