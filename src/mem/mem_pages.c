/* The memory backend: where chunks come from and how page protections
 * change.  Three sources: the user's hooks, a dual mapping (mem_dualmap.c), or
 * private anonymous mmap.  Protections are only ever read+write or
 * read+execute; no code path here asks for both write and execute. */
#include "mem/mem_internal.h"

#include <sys/mman.h>
#include <unistd.h>

/* The only two protections jas uses for code pages. */
#define PROT_RW_ (PROT_READ | PROT_WRITE)
#define PROT_RX_ (PROT_READ | PROT_EXEC)

size_t jas_mem__os_page_size(void)
{
    long p = sysconf(_SC_PAGESIZE);
    return p > 0 ? (size_t)p : 4096;
}

int jas_mem__map(jas_mem *m, size_t size, unsigned char **rw, unsigned char **rx)
{
    if (m->has_hooks) {
        void *p = m->hooks.reserve(m->hooks.ctx, size);
        if (!p)
            return JAS_MEM_ENOMEM;
        if ((uintptr_t)p % m->page) { /* the hook broke its contract */
            if (m->hooks.release)
                m->hooks.release(m->hooks.ctx, p, size);
            return JAS_MEM_EOS;
        }
        *rw = *rx = p;
        return 0;
    }
    if (m->flags & JAS_MEM_DUAL_MAP) {
        void *a, *b;
        /* Start with the backend that worked last time. */
        int r = jas_mem__dual_map(size, m->dual_backend, &a, &b);
        if (r < 0 && m->dual_backend != JAS_MEM__DUAL_AUTO)
            r = jas_mem__dual_map(size, JAS_MEM__DUAL_AUTO, &a, &b);
        if (r < 0)
            return r;
        m->dual_backend = r;
        *rw = a;
        *rx = b;
        return 0;
    }
    void *p = mmap(NULL, size, PROT_RW_, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return JAS_MEM_ENOMEM;
    *rw = *rx = p;
    return 0;
}

void jas_mem__unmap(jas_mem *m, unsigned char *rw, unsigned char *rx, size_t size)
{
    if (m->has_hooks) {
        if (m->hooks.release)
            m->hooks.release(m->hooks.ctx, rw, size);
    } else if (m->flags & JAS_MEM_DUAL_MAP) {
        jas_mem__dual_unmap(rw, rx, size);
    } else {
        munmap(rw, size);
    }
}

int jas_mem__protect(jas_mem *m, void *addr, size_t size, int prot)
{
    m->protect_calls++;
    if (m->has_hooks)
        return m->hooks.protect(m->hooks.ctx, addr, size, prot) == 0 ? 0 : JAS_MEM_EOS;
    return mprotect(addr, size, prot == JAS_MEM_PROT_RX ? PROT_RX_ : PROT_RW_) == 0
               ? 0 : JAS_MEM_EOS;
}

void jas_mem__discard(jas_mem *m, unsigned char *rw, size_t size)
{
    if (m->has_hooks)
        return; /* the user's memory: leave it alone */
    /* Private anonymous pages read back as zero; shared (dual) pages have
     * their backing store freed, which both views see. */
    (void)madvise(rw, size, (m->flags & JAS_MEM_DUAL_MAP) ? MADV_REMOVE : MADV_DONTNEED);
}
