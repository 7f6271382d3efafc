/* Small utilities shared by every front end: checked allocation, an arena
 * (bump allocator with mark/release), a growable byte buffer, a string hash
 * and whole-file reading. */
#ifndef JAS_UTIL_H
#define JAS_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Allocation that never returns NULL (prints and exits on exhaustion). */
void *jas_xmalloc(size_t n);
void *jas_xcalloc(size_t n, size_t size);
void *jas_xrealloc(void *p, size_t n);
char *jas_xstrndup(const char *s, size_t n);
/* n zero bytes for a big table probed at random: from 2 MB on, mapped on
 * huge pages (see util.c); free with jas_big_free(p, n), the same n. */
void *jas_big_calloc(size_t n);
void jas_big_free(void *p, size_t n);

/* ---- arena --------------------------------------------------------------
 * Memory handed out 8-byte aligned from big blocks; freed all at once.
 * jas_arena_mark()/jas_arena_release() give stack-like scratch use: every
 * allocation made after a mark is dropped by releasing to it. */
typedef struct jas_arena_blk jas_arena_blk;
typedef struct jas_arena {
    jas_arena_blk *blk;  /* current block (list of earlier ones behind it) */
    char *p, *end;       /* free space in the current block */
    size_t total;        /* bytes reserved in all blocks */
    jas_arena_blk *spare;/* one released block kept for reuse */
} jas_arena;

typedef struct jas_arena_mark {
    jas_arena_blk *blk;
    char *p;
} jas_arena_mark;

void jas_arena_init(jas_arena *a);
void jas_arena_free(jas_arena *a);
void *jas_arena_alloc_slow(jas_arena *a, size_t n);

static inline void *jas_arena_alloc(jas_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if ((size_t)(a->end - a->p) >= n && a->p) {
        void *r = a->p;
        a->p += n;
        return r;
    }
    return jas_arena_alloc_slow(a, n);
}
static inline void *jas_arena_zalloc(jas_arena *a, size_t n)
{
    void *p = jas_arena_alloc(a, n);
    memset(p, 0, n);
    return p;
}
/* Copy n bytes of s and add a NUL. */
char *jas_arena_strndup(jas_arena *a, const char *s, size_t n);

static inline jas_arena_mark jas_arena_get_mark(const jas_arena *a)
{
    jas_arena_mark m = { a->blk, a->p };
    return m;
}
/* Drop everything allocated since `m`.  Blocks added since are freed,
 * except one kept as a spare so that a mark/alloc/release cycle per
 * statement does not call malloc. */
void jas_arena_release_slow(jas_arena *a, jas_arena_mark m);
static inline void jas_arena_release(jas_arena *a, jas_arena_mark m)
{
    if (a->blk == m.blk) /* the usual case: nothing or a little allocated */
        a->p = m.p;
    else
        jas_arena_release_slow(a, m);
}

/* ---- growable byte buffer ---------------------------------------------- */
typedef struct jas_buf {
    uint8_t *data;
    size_t len, cap;
} jas_buf;

void jas_buf_grow(jas_buf *b, size_t need);
static inline void jas_buf_free(jas_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
static inline uint8_t *jas_buf_reserve(jas_buf *b, size_t n)
{
    if (b->cap - b->len < n)
        jas_buf_grow(b, n);
    return b->data + b->len;
}
static inline void jas_buf_put(jas_buf *b, const void *p, size_t n)
{
    if (!n)
        return;
    memcpy(jas_buf_reserve(b, n), p, n);
    b->len += n;
}
static inline void jas_buf_putc(jas_buf *b, uint8_t c)
{
    *jas_buf_reserve(b, 1) = c;
    b->len++;
}
static inline void jas_buf_fill(jas_buf *b, int c, size_t n)
{
    if (!n)
        return;
    memset(jas_buf_reserve(b, n), c, n);
    b->len += n;
}
void jas_buf_printf(jas_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* ---- hashing ------------------------------------------------------------ */
static inline uint32_t jas_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

/* ASCII lower-case copy of s[0..n) into dst (size cap, NUL-terminated).
 * Returns 0 if it did not fit. */
int jas_lower(char *dst, size_t cap, const char *s, size_t n);

/* Read a whole file ("-" = stdin) into a malloc'd buffer with a NUL after
 * the last byte.  Returns NULL with errno set on failure. */
char *jas_read_file(const char *path, size_t *len);

/* The contents of a file for reading only: a regular file is mapped
 * (no copy, nothing zeroed: the pages are the page cache's), anything
 * else ("-", pipes, empty files) is read with jas_read_file().  Not NUL
 * terminated.  *map_len is what jas_unmap_file() needs (0 = malloc'd).
 * Returns NULL with errno set on failure. */
const char *jas_map_file(const char *path, size_t *len, size_t *map_len);
void jas_unmap_file(const char *text, size_t map_len);

#endif
