/* jas_mem.h — JIT code memory for libjas: W^X pages, optional dual mapping,
 * perf map output and user allocator hooks.  Design: docs/memory.md.
 *
 * An arena hands out blocks of code memory.  A block is written through its
 * write pointer while it is *pending*, then *published*: from then on it is
 * executable through its exec pointer.  No page is ever writable and
 * executable at the same time:
 *
 *   single mapping (default)  a page is RW while it holds pending blocks and
 *                             RX once they are all published; published code
 *                             is never written again.  write == exec.
 *   dual mapping              the same memory is mapped twice, an RW view and
 *                             an RX view; write != exec; code stays writable
 *                             (through the RW view) while it runs.
 *
 *     jas_mem *m;
 *     if (jas_mem_create(&m, NULL) != 0) ...
 *     void *w, *x;
 *     jas_mem_alloc(m, 64, 16, &w, &x);              // reserve (pending)
 *     memcpy(w, code, n);                            // write
 *     jas_mem_publish(m, x, n, "answer");            // make executable
 *     ((int (*)(void))x)();                          // run
 *     jas_mem_free(m, x);
 *     jas_mem_destroy(m);
 *
 * Every function returns 0 or a negative JAS_MEM_E* code; none of them
 * crashes on a bad pointer passed as `exec`.  An arena is thread-safe: each
 * call takes the arena's mutex.
 */
#ifndef JAS_MEM_H
#define JAS_MEM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct jas_mem jas_mem;

/* Error codes (0 = success). */
enum {
    JAS_MEM_OK = 0,
    JAS_MEM_EINVAL = -1,   /* bad argument: NULL, zero size, bad alignment,
                            * publish size larger than the block, bad option */
    JAS_MEM_ENOMEM = -2,   /* size too large, or the OS / reserve hook refused */
    JAS_MEM_EFOREIGN = -3, /* pointer not inside this arena */
    JAS_MEM_ENOTLIVE = -4, /* pointer inside the arena but not the start of a
                            * live block (double free, interior pointer) */
    JAS_MEM_ESTATE = -5,   /* block already published */
    JAS_MEM_EBUSY = -6,    /* single mapping: publishing would seal a page that
                            * also holds a pending block not in this publish
                            * (one of the same thread: pending blocks of
                            * different threads never share a page); nothing
                            * was changed (see jas_mem_publish_batch) */
    JAS_MEM_EOS = -7,      /* mprotect / memfd / mmap / protect hook failed */
};

/* Short English text for an error code ("invalid argument", ...). */
const char *jas_mem_strerror(int err);

/* Option flags. */
enum {
    /* Map every chunk twice (memfd_create; falls back to shm_open, then to an
     * unlinked temporary file): write through the RW view, call through the
     * RX view.  Blocks share pages freely and published code can be patched
     * while it runs.  Not available with hooks. */
    JAS_MEM_DUAL_MAP = 1u << 0,
    /* Single mapping only: let a new block go on the free tail of a page that
     * already holds published code; that page is flipped RX -> RW at alloc
     * and back to RX at publish.  Packs sequentially published small
     * functions tightly, but while a block is pending, the published code
     * on its page is NOT executable: use only when no thread runs code from
     * this arena between jas_mem_alloc() and jas_mem_publish(). */
    JAS_MEM_REOPEN = 1u << 1,
    /* Append "START SIZE name" to /tmp/perf-<pid>.map for every published
     * block (also enabled for all arenas by the environment variable
     * JAS_PERF_MAP=1). */
    JAS_MEM_PERF_MAP = 1u << 2,
};

/* Protections passed to the protect hook. */
enum {
    JAS_MEM_PROT_RW = 1, /* read + write */
    JAS_MEM_PROT_RX = 2, /* read + execute */
};

/* Bring-your-own-memory: jas calls these instead of mmap/mprotect/munmap.
 * Sizes and addresses are multiples of page_size. */
typedef struct jas_mem_hooks {
    void *ctx;  /* passed back to every callback */
    /* Return `size` bytes of page-aligned memory, readable and writable
     * (never executable), or NULL. */
    void *(*reserve)(void *ctx, size_t size);
    /* Set [addr, addr+size) to JAS_MEM_PROT_RW or JAS_MEM_PROT_RX; 0 on
     * success, anything else is a failure. */
    int (*protect)(void *ctx, void *addr, size_t size, int prot);
    /* Give back a whole reservation (same addr and size as reserved). */
    void (*release)(void *ctx, void *addr, size_t size);
    /* Page size the hooks work in (power of two); 0 = the system's. */
    size_t page_size;
} jas_mem_hooks;

typedef struct jas_mem_opts {
    unsigned flags;              /* JAS_MEM_DUAL_MAP | JAS_MEM_REOPEN | ... */
    size_t chunk_size;           /* bytes reserved at a time; 0 = 256 KiB.
                                  * Rounded up to whole pages. */
    const jas_mem_hooks *hooks;  /* NULL: mmap/mprotect.  Copied. */
    const char *perf_map_path;   /* NULL: /tmp/perf-<pid>.map.  Copied. */
} jas_mem_opts;

/* Create an arena (opts may be NULL for the defaults).  No memory is
 * reserved before the first allocation. */
int jas_mem_create(jas_mem **out, const jas_mem_opts *opts);

/* Release every chunk (live blocks included) and the arena itself. */
void jas_mem_destroy(jas_mem *m);

/* Reserve a pending block of `size` bytes (1 .. 1 GiB) aligned to `align`
 * (a power of two up to the page size; 0 = 16).  *write_ptr is where to
 * write the code, *exec_ptr where it will run (equal in single mapping).
 * The block's bytes are unspecified (zero on fresh pages).  The block's
 * pages are writable and not executable until it is published. */
int jas_mem_alloc(jas_mem *m, size_t size, size_t align,
                  void **write_ptr, void **exec_ptr);

/* Publish a pending block: its first `size` bytes (0 = the whole block)
 * become executable at once; the rest of the block is given back.  The
 * instruction cache is synchronised and, with the perf map on, a line
 * naming it `name` (NULL: "jit_<address>") is written.
 * Single mapping: the block's pages become RX and are never written again,
 * so the write pointer of this block (and of any block sharing those pages)
 * must not be used any more.  If one of those pages also holds another
 * pending block the call fails with JAS_MEM_EBUSY and changes nothing:
 * publish such blocks together with jas_mem_publish_batch(). */
int jas_mem_publish(jas_mem *m, void *exec_ptr, size_t size, const char *name);

typedef struct jas_mem_pub {
    void *exec;        /* a pending block */
    size_t size;       /* bytes used, 0 = whole block */
    const char *name;  /* perf map name, may be NULL */
} jas_mem_pub;

/* Publish n blocks at once, all or nothing (on error no block changes
 * state).  Blocks written together share pages and each page costs one
 * protection change. */
int jas_mem_publish_batch(jas_mem *m, const jas_mem_pub *blocks, size_t n);

/* Free a block (pending or published) given its exec pointer.  No thread may
 * be running it.  Space is recycled by whole pages: a page whose blocks are
 * all freed stops being executable (single mapping), its memory is given
 * back to the OS (madvise) and it is reused; of the chunks whose pages are
 * all free, one is kept and the others are unmapped.  NULL: nothing, 0.
 * Errors: JAS_MEM_EFOREIGN (not in this arena), JAS_MEM_ENOTLIVE (double
 * free, interior pointer), JAS_MEM_EOS (freed, but a page could not be
 * re-protected; it keeps its old W^X-valid state). */
int jas_mem_free(jas_mem *m, void *exec_ptr);

/* The address through which the byte at `exec` (any address inside a live
 * block) can be written now: the RW view with dual mapping, `exec` itself
 * while the page is not yet sealed with single mapping; NULL when it cannot
 * be written (sealed page, or not on a page of this arena that holds a
 * live block). */
void *jas_mem_write_ptr(jas_mem *m, const void *exec);

/* Make the instruction cache see new code in [exec, exec+size): needed after
 * patching published code through the RW view (dual mapping).  Publish does
 * it itself.  A no-op on x86-64; required on AArch64. */
void jas_mem_flush_icache(const void *exec, size_t size);

typedef struct jas_mem_stats {
    size_t page_size;
    size_t chunks;          /* reservations currently held */
    size_t reserved_bytes;  /* their total size */
    size_t live_blocks;     /* allocated and not freed */
    size_t live_bytes;      /* sum of their sizes */
    size_t used_pages;      /* pages holding at least one live block */
    size_t sealed_pages;    /* of those, RX pages (single mapping) */
    size_t protect_calls;   /* mprotect / protect-hook calls made so far */
    int dual_backend;       /* 0 single mapping; 1 memfd, 2 shm, 3 tmpfile */
} jas_mem_stats;

void jas_mem_get_stats(jas_mem *m, jas_mem_stats *st);

#ifdef __cplusplus
}
#endif
#endif
