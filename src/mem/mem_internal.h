/* Private to src/mem: the arena's data structures and the interfaces between
 * its files.
 *
 *   mem_arena.c    create/destroy, options, stats, error strings, write_ptr
 *   mem_pool.c     placement: chunks, page states, jas_mem_alloc/free
 *   mem_publish.c  jas_mem_publish(_batch): sealing, icache, perf map lines
 *   mem_blocks.c   exec address -> block hash table
 *   mem_pages.c    OS / hook backend: reserve, protect, discard, release
 *   mem_dualmap.c  one memory object mapped twice (memfd, shm, temp file)
 *   mem_perfmap.c  /tmp/perf-<pid>.map writer
 * (File names carry a mem_ prefix: libjas.a members must be unique.)
 */
#ifndef JAS_MEM_INTERNAL_H
#define JAS_MEM_INTERNAL_H

#include "jas_mem.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

/* Page states.  Single mapping keeps, for every page:
 *   FREE    live == 0                   RW, no block, may be reused
 *   OPEN    pending > 0                 RW, being written
 *   SEALED  live > 0 && pending == 0    RX, never written again
 * With dual mapping pages are only FREE or OPEN (the views never change). */
enum { PG_FREE = 0, PG_OPEN = 1, PG_SEALED = 2 };

typedef struct jas_mem_page {
    uint32_t live;    /* live blocks touching this page */
    uint32_t pending; /* of those, not yet published */
    uint32_t scratch; /* publish: blocks of the current batch on this page */
    uint8_t state;    /* PG_* */
} jas_mem_page;

/* One reservation from the OS or the reserve hook. */
typedef struct jas_mem_chunk {
    struct jas_mem_chunk *next;
    unsigned char *rw;   /* write view */
    unsigned char *rx;   /* exec view (== rw with single mapping) */
    size_t size;         /* bytes, whole pages */
    size_t npages;
    size_t used_pages;   /* pages with live > 0 */
    jas_mem_page *pages;
} jas_mem_chunk;

typedef struct jas_mem_block {
    struct jas_mem_block *next; /* hash chain */
    jas_mem_chunk *chunk;
    size_t off;                 /* from the chunk start */
    size_t size;
    uint8_t published;
    uint8_t in_batch;           /* publish: duplicate detection */
} jas_mem_block;

/* Blocks by exec address (chained hash table). */
typedef struct jas_mem_btab {
    jas_mem_block **bucket;
    size_t nbucket;  /* power of two, 0 before the first insert */
    size_t count;
} jas_mem_btab;

int jas_mem__btab_insert(jas_mem_btab *t, jas_mem_block *b);
jas_mem_block *jas_mem__btab_find(const jas_mem_btab *t, uintptr_t exec);
void jas_mem__btab_remove(jas_mem_btab *t, jas_mem_block *b);
void jas_mem__btab_clear(jas_mem_btab *t); /* frees the blocks too */

static inline uintptr_t jas_mem__block_exec(const jas_mem_block *b)
{
    return (uintptr_t)b->chunk->rx + b->off;
}

/* Perf map writer, one per arena.  Each line is one write() to a file
 * opened with O_APPEND, so arenas (and threads) sharing the file never
 * interleave within a line and nothing is left in a buffer. */
typedef struct jas_perfmap {
    int fd;          /* -1 until the first line */
    long pid;        /* process that opened fd (reopened after fork) */
    char *path;      /* explicit path, or NULL for /tmp/perf-<pid>.map */
    int broken;      /* open failed: stop trying */
} jas_perfmap;

void jas_mem__perfmap_line(jas_perfmap *pm, const void *start, size_t size,
                           const char *name);
void jas_mem__perfmap_close(jas_perfmap *pm);

struct jas_mem {
    pthread_mutex_t lock;
    unsigned flags;           /* JAS_MEM_* */
    int perf;                 /* write perf map lines */
    size_t page;              /* page size */
    size_t chunk_size;
    int has_hooks;
    jas_mem_hooks hooks;
    int dual_backend;         /* backend of the last dual chunk (stats) */

    jas_mem_chunk *chunks;
    size_t nchunks, reserved;

    /* The cursor: new blocks are bump-allocated in [cur_off, cur_end) of
     * chunk `cur`.  Pages of that range after the page holding cur_off are
     * FREE; blocks before cur_off on its page may be live. */
    jas_mem_chunk *cur;
    size_t cur_off, cur_end;
    /* Single mapping: the thread whose pending blocks are on the cursor's
     * page.  Other threads start on the next page, so threads compiling in
     * parallel never make each other's publish fail with EBUSY. */
    pthread_t cur_owner;

    jas_mem_btab blocks;
    size_t live_bytes, used_pages, sealed_pages;
    size_t protect_calls;
    jas_perfmap perfmap;
};

/* ---- mem_pages.c: the memory backend ------------------------------------ */
size_t jas_mem__os_page_size(void);
/* Reserve `size` bytes (whole pages): RW in single mapping; two views in
 * dual mapping.  0 or JAS_MEM_E*. */
int jas_mem__map(jas_mem *m, size_t size, unsigned char **rw, unsigned char **rx);
void jas_mem__unmap(jas_mem *m, unsigned char *rw, unsigned char *rx, size_t size);
/* Change the protection of whole pages (single mapping). */
int jas_mem__protect(jas_mem *m, void *addr, size_t size, int prot);
/* Give the physical memory of free pages back (best effort). */
void jas_mem__discard(jas_mem *m, unsigned char *rw, size_t size);

/* ---- mem_dualmap.c ------------------------------------------------------ */
enum {
    JAS_MEM__DUAL_AUTO = 0,
    JAS_MEM__DUAL_MEMFD = 1,
    JAS_MEM__DUAL_SHM = 2,
    JAS_MEM__DUAL_TMPFILE = 3,
};
/* Map `size` bytes twice: *rw readable+writable, *rx readable+executable.
 * `backend` AUTO tries memfd, shm, tmpfile in turn.  Returns the backend
 * used (> 0) or JAS_MEM_EOS / JAS_MEM_ENOMEM. */
int jas_mem__dual_map(size_t size, int backend, void **rw, void **rx);
void jas_mem__dual_unmap(void *rw, void *rx, size_t size);

/* ---- mem_pool.c --------------------------------------------------------- */
jas_mem_chunk *jas_mem__chunk_of(const jas_mem *m, uintptr_t exec);
/* Look up the live block starting at `exec`; 0, EFOREIGN or ENOTLIVE. */
int jas_mem__lookup(jas_mem *m, const void *exec, jas_mem_block **out);
/* Bring pages p0..p1 of `c` to the state their counters call for: change
 * protections (one call per run of pages; none when `prot_done`, the
 * caller having done it), discard pages that became free, keep the page
 * statistics.  0 or JAS_MEM_EOS (then the failing pages keep their state). */
int jas_mem__settle(jas_mem *m, jas_mem_chunk *c, size_t p0, size_t p1, int prot_done);
/* A chunk may have become empty: keep at most one empty chunk. */
void jas_mem__trim_chunks(jas_mem *m);
void jas_mem__release_all(jas_mem *m);

static inline size_t jas_mem__first_page(const jas_mem *m, size_t off)
{
    return off / m->page;
}
static inline size_t jas_mem__last_page(const jas_mem *m, size_t off, size_t size)
{
    return (off + size - 1) / m->page;
}

#endif
