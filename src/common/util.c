/* Small utilities, see util.h. */
#include "common/util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static void oom(size_t n)
{
    fprintf(stderr, "jas: out of memory (%zu bytes)\n", n);
    exit(2);
}

/* Big blocks (tables, section data, the source text) are probed at random
 * or touched once each: on transparent huge pages they cost ~1/500 of the
 * page faults and TLB misses.  Only advice: ignored where unsupported. */
static void *advise_huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
    const uintptr_t hp = (uintptr_t)2 << 20;
    if (p && n >= hp) {
        uintptr_t lo = ((uintptr_t)p + hp - 1) & ~(hp - 1);
        uintptr_t hi = ((uintptr_t)p + n) & ~(hp - 1);
        if (hi > lo)
            (void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
    }
#else
    (void)n;
#endif
    return p;
}

void *jas_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom(n);
    return advise_huge(p, n);
}

void *jas_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom(n * size);
    return advise_huge(p, n * size);
}

void *jas_xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        oom(n);
    return advise_huge(p, n);
}

char *jas_xstrndup(const char *s, size_t n)
{
    char *r = jas_xmalloc(n + 1);
    memcpy(r, s, n);
    r[n] = 0;
    return r;
}

/* ---- arena --------------------------------------------------------------*/
struct jas_arena_blk {
    jas_arena_blk *prev;
    size_t size;
    char *end;
    int mapped;          /* from blk_huge_new(): munmap, not free */
    /* data follows, 16-byte aligned */
};
#define BLK_HDR ((sizeof(jas_arena_blk) + 15) & ~(size_t)15)
#define BLK_MIN (256 * 1024)
#define HUGE_PAGE ((size_t)2 << 20)
#if defined(MAP_ANONYMOUS) && defined(MADV_HUGEPAGE)
#define HAVE_HUGE_MAP 1
#else
#define HAVE_HUGE_MAP 0
#endif

/* `size` bytes (a multiple of HUGE_PAGE) of zero memory at a HUGE_PAGE
 * boundary, advised as huge pages: a big arena or table then costs one
 * page fault per 2 MB instead of one per 4 KB, while malloc's blocks start
 * just after a page boundary and would be huge only in their aligned
 * interior.  NULL if mmap fails. */
static void *huge_map(size_t size)
{
#if HAVE_HUGE_MAP
    char *m = mmap(NULL, size + HUGE_PAGE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return NULL;
    char *p = (char *)(((uintptr_t)m + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
    if (p > m)
        munmap(m, (size_t)(p - m));
    if (p + size < m + size + HUGE_PAGE)
        munmap(p + size, (size_t)(m + size + HUGE_PAGE - (p + size)));
    (void)madvise(p, size, MADV_HUGEPAGE);
    return p;
#else
    (void)size;
    return NULL;
#endif
}

static jas_arena_blk *blk_huge_new(size_t size)
{
    jas_arena_blk *b = huge_map(size);
    if (b)
        b->mapped = 1;
    return b;
}

static void blk_free(jas_arena_blk *b)
{
    if (!b)
        return;
    if (b->mapped)
        munmap(b, b->size);
    else
        free(b);
}

/* A new block for at least `want` bytes; `total` reserved so far.  Blocks
 * grow with the arena (a quarter of it, at most 64 MB); from 2 MB on they
 * are whole huge pages. */
static jas_arena_blk *blk_new(size_t want, size_t total)
{
    size_t size = BLK_MIN;
    if (total > size * 4)
        size = total / 4 < (64u << 20) ? total / 4 : (64u << 20);
    if (size < want)
        size = want;
    jas_arena_blk *b = NULL;
    if (total >= HUGE_PAGE / 2 && size <= SIZE_MAX - HUGE_PAGE * 2) {
        size = (size + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
        b = blk_huge_new(size);
    }
    if (!b) {
        b = jas_xmalloc(size);
        b->mapped = 0;
    }
    b->size = size;
    b->end = (char *)b + size;
    return b;
}

void jas_arena_init(jas_arena *a)
{
    memset(a, 0, sizeof *a);
}

void jas_arena_free(jas_arena *a)
{
    jas_arena_blk *b = a->blk;
    while (b) {
        jas_arena_blk *p = b->prev;
        blk_free(b);
        b = p;
    }
    blk_free(a->spare);
    memset(a, 0, sizeof *a);
}

void *jas_arena_alloc_slow(jas_arena *a, size_t n)
{
    size_t want = n + BLK_HDR;
    jas_arena_blk *b = NULL;
    if (a->spare && a->spare->size >= want) {
        b = a->spare;
        a->spare = NULL;
    } else {
        b = blk_new(want, a->total);
        a->total += b->size;
    }
    b->prev = a->blk;
    a->blk = b;
    a->p = (char *)b + BLK_HDR + n;
    a->end = b->end;
    return (char *)b + BLK_HDR;
}

void jas_arena_release_slow(jas_arena *a, jas_arena_mark m)
{
    /* Drop the blocks added after the mark; keep the biggest as the spare. */
    while (a->blk && a->blk != m.blk) {
        jas_arena_blk *b = a->blk;
        a->blk = b->prev;
        jas_arena_blk *drop = b;
        if (!a->spare || a->spare->size < b->size) {
            drop = a->spare;
            a->spare = b;
        }
        if (drop) {
            a->total -= drop->size;
            blk_free(drop);
        }
    }
    if (a->blk) {
        a->p = m.p;
        a->end = a->blk->end;
    } else {
        a->p = a->end = NULL;
    }
}

char *jas_arena_strndup(jas_arena *a, const char *s, size_t n)
{
    char *r = jas_arena_alloc(a, n + 1);
    memcpy(r, s, n);
    r[n] = 0;
    return r;
}

/* ---- big tables ----------------------------------------------------------*/
static size_t big_size(size_t n)
{
    if (!HAVE_HUGE_MAP || n < HUGE_PAGE || n > SIZE_MAX - HUGE_PAGE * 2)
        return 0;
    return (n + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
}

void *jas_big_calloc(size_t n)
{
    size_t size = big_size(n);
    if (!size)
        return jas_xcalloc(1, n);
    void *p = huge_map(size);
    if (!p)
        oom(n);
    return p;
}

void jas_big_free(void *p, size_t n)
{
    size_t size = big_size(n);
    if (!p)
        return;
    if (size)
        munmap(p, size);
    else
        free(p);
}

/* ---- buffer --------------------------------------------------------------*/
void jas_buf_grow(jas_buf *b, size_t need)
{
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len < need) {
        if (cap > SIZE_MAX / 2)
            oom(SIZE_MAX);
        cap *= 2;
    }
    b->data = jas_xrealloc(b->data, cap);
    b->cap = cap;
}

void jas_buf_printf(jas_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    char *p = (char *)jas_buf_reserve(b, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

int jas_lower(char *dst, size_t cap, const char *s, size_t n)
{
    if (n + 1 > cap) {
        if (cap)
            dst[0] = 0;
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        dst[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    dst[n] = 0;
    return 1;
}

char *jas_read_file(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    struct stat st;
    if (fstat(fileno(f), &st) == 0) {
        if (S_ISDIR(st.st_mode)) { /* fopen accepts a directory; reading it fails */
            if (f != stdin)
                fclose(f);
            errno = EISDIR;
            return NULL;
        }
        if (S_ISREG(st.st_mode) && st.st_size > 0 && (uint64_t)st.st_size < SIZE_MAX / 2)
            cap = (size_t)st.st_size + 1; /* one read; +1 sees the end */
    }
    char *buf = jas_xmalloc(cap + 1);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = jas_xrealloc(buf, cap + 1);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    int err = ferror(f);
    int saved = errno;
    if (f != stdin)
        fclose(f);
    if (err) {
        free(buf);
        errno = saved ? saved : EIO;
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

const char *jas_map_file(const char *path, size_t *len, size_t *map_len)
{
    *map_len = 0;
    if (strcmp(path, "-") != 0) {
        int fd = open(path, O_RDONLY);
        if (fd < 0)
            return NULL;
        struct stat st;
        void *p = MAP_FAILED;
        if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
            (uint64_t)st.st_size <= SIZE_MAX) {
#ifdef MAP_POPULATE
            /* the whole file is read: map every page now, not one fault
             * per 64 KiB */
            p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
#else
            p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
#endif
        }
        close(fd);
        if (p != MAP_FAILED) {
            *len = *map_len = (size_t)st.st_size;
            return p;
        }
    }
    return jas_read_file(path, len);
}

void jas_unmap_file(const char *text, size_t map_len)
{
    if (map_len)
        munmap((void *)(uintptr_t)text, map_len);
    else
        free((void *)(uintptr_t)text);
}
