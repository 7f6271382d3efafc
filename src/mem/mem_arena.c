/* Arena life cycle, options, statistics and small queries. */
#include "mem/mem_internal.h"

#include <stdlib.h>
#include <string.h>

#define DEFAULT_CHUNK ((size_t)256 << 10)
#define MAX_CHUNK ((size_t)1 << 30)

const char *jas_mem_strerror(int err)
{
    switch (err) {
    case JAS_MEM_OK:       return "success";
    case JAS_MEM_EINVAL:   return "invalid argument";
    case JAS_MEM_ENOMEM:   return "out of memory";
    case JAS_MEM_EFOREIGN: return "pointer not in this arena";
    case JAS_MEM_ENOTLIVE: return "not a live block (double free?)";
    case JAS_MEM_ESTATE:   return "block already published";
    case JAS_MEM_EBUSY:    return "page shared with a pending block";
    case JAS_MEM_EOS:      return "memory protection or mapping failed";
    default:               return "unknown error";
    }
}

static int env_perf_map(void)
{
    const char *e = getenv("JAS_PERF_MAP");
    return e && *e && strcmp(e, "0") != 0;
}

int jas_mem_create(jas_mem **out, const jas_mem_opts *opts)
{
    if (!out)
        return JAS_MEM_EINVAL;
    *out = NULL;
    jas_mem_opts o = {0};
    if (opts)
        o = *opts;
    if (o.flags & ~(unsigned)(JAS_MEM_DUAL_MAP | JAS_MEM_REOPEN | JAS_MEM_PERF_MAP))
        return JAS_MEM_EINVAL;
    if (o.chunk_size > MAX_CHUNK)
        return JAS_MEM_EINVAL;
    size_t page = jas_mem__os_page_size();
    if (o.hooks) {
        const jas_mem_hooks *h = o.hooks;
        if (!h->reserve || !h->protect || !h->release || (o.flags & JAS_MEM_DUAL_MAP))
            return JAS_MEM_EINVAL;
        if (h->page_size) {
            if (h->page_size < 16 || (h->page_size & (h->page_size - 1)) ||
                h->page_size > MAX_CHUNK)
                return JAS_MEM_EINVAL;
            page = h->page_size;
        }
    }

    jas_mem *m = calloc(1, sizeof *m);
    if (!m)
        return JAS_MEM_ENOMEM;
    if (pthread_mutex_init(&m->lock, NULL) != 0) {
        free(m);
        return JAS_MEM_ENOMEM;
    }
    m->flags = o.flags;
    if (m->flags & JAS_MEM_DUAL_MAP)
        m->flags &= ~(unsigned)JAS_MEM_REOPEN; /* pages are never sealed */
    m->page = page;
    size_t cs = o.chunk_size ? o.chunk_size : DEFAULT_CHUNK;
    m->chunk_size = (cs + page - 1) / page * page;
    if (o.hooks) {
        m->has_hooks = 1;
        m->hooks = *o.hooks;
        m->hooks.page_size = page;
    }
    m->perf = (o.flags & JAS_MEM_PERF_MAP) || env_perf_map();
    m->perfmap.fd = -1;
    if (o.perf_map_path) {
        m->perfmap.path = strdup(o.perf_map_path);
        if (!m->perfmap.path) {
            pthread_mutex_destroy(&m->lock);
            free(m);
            return JAS_MEM_ENOMEM;
        }
    }
    *out = m;
    return 0;
}

void jas_mem_destroy(jas_mem *m)
{
    if (!m)
        return;
    jas_mem__release_all(m);
    jas_mem__btab_clear(&m->blocks);
    jas_mem__perfmap_close(&m->perfmap);
    free(m->perfmap.path);
    pthread_mutex_destroy(&m->lock);
    free(m);
}

void *jas_mem_write_ptr(jas_mem *m, const void *exec)
{
    if (!m)
        return NULL;
    void *w = NULL;
    pthread_mutex_lock(&m->lock);
    jas_mem_chunk *c = jas_mem__chunk_of(m, (uintptr_t)exec);
    if (c) {
        size_t off = (size_t)((uintptr_t)exec - (uintptr_t)c->rx);
        const jas_mem_page *pg = &c->pages[off / m->page];
        if (pg->live && pg->state != PG_SEALED)
            w = c->rw + off;
    }
    pthread_mutex_unlock(&m->lock);
    return w;
}

void jas_mem_flush_icache(const void *exec, size_t size)
{
    if (!exec || !size)
        return;
    /* Compiles to nothing on x86-64 (coherent instruction cache); on
     * AArch64 it cleans the data cache and invalidates the instruction
     * cache for the range. */
    char *p = (char *)(uintptr_t)exec;
    __builtin___clear_cache(p, p + size);
}

void jas_mem_get_stats(jas_mem *m, jas_mem_stats *st)
{
    if (!st)
        return;
    memset(st, 0, sizeof *st);
    if (!m)
        return;
    pthread_mutex_lock(&m->lock);
    st->page_size = m->page;
    st->chunks = m->nchunks;
    st->reserved_bytes = m->reserved;
    st->live_blocks = m->blocks.count;
    st->live_bytes = m->live_bytes;
    st->used_pages = m->used_pages;
    st->sealed_pages = m->sealed_pages;
    st->protect_calls = m->protect_calls;
    st->dual_backend = (m->flags & JAS_MEM_DUAL_MAP) ? m->dual_backend : 0;
    pthread_mutex_unlock(&m->lock);
}
