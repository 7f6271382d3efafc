/* Placement: chunks, page states, jas_mem_alloc and jas_mem_free.
 *
 * New blocks are bump-allocated at the cursor, so blocks allocated one after
 * the other share pages.  With single mapping the cursor never writes to a
 * sealed (RX) page: when its page has been sealed it moves on to the next
 * page (unless JAS_MEM_REOPEN), and it never adds a block to a page holding
 * another thread's pending blocks.  When the cursor's range is used up, the
 * first run of free pages that is long enough becomes the new range, and a
 * new chunk is reserved only when there is none.  Space is recycled by
 * whole pages: a page comes back when every block on it is freed. */
#include "mem/mem_internal.h"

#include <stdlib.h>

#define MAX_BLOCK ((size_t)1 << 30)

static size_t align_up(size_t v, size_t a) { return (v + a - 1) & ~(a - 1); }

jas_mem_chunk *jas_mem__chunk_of(const jas_mem *m, uintptr_t exec)
{
    for (jas_mem_chunk *c = m->chunks; c; c = c->next)
        if (exec >= (uintptr_t)c->rx && exec - (uintptr_t)c->rx < c->size)
            return c;
    return NULL;
}

int jas_mem__lookup(jas_mem *m, const void *exec, jas_mem_block **out)
{
    jas_mem_block *b = jas_mem__btab_find(&m->blocks, (uintptr_t)exec);
    if (b) {
        *out = b;
        return 0;
    }
    return jas_mem__chunk_of(m, (uintptr_t)exec) ? JAS_MEM_ENOTLIVE : JAS_MEM_EFOREIGN;
}

/* ---- page states ---------------------------------------------------------- */

static int wanted_state(const jas_mem *m, const jas_mem_page *pg)
{
    if (pg->live == 0)
        return PG_FREE;
    if (pg->pending || (m->flags & JAS_MEM_DUAL_MAP))
        return PG_OPEN;
    return PG_SEALED;
}

/* Protection change a page needs: 0, JAS_MEM_PROT_RW or JAS_MEM_PROT_RX. */
static int prot_change(const jas_mem *m, const jas_mem_page *pg)
{
    if (m->flags & JAS_MEM_DUAL_MAP)
        return 0;
    int want = wanted_state(m, pg);
    if (want == PG_SEALED && pg->state != PG_SEALED)
        return JAS_MEM_PROT_RX;
    if (want != PG_SEALED && pg->state == PG_SEALED)
        return JAS_MEM_PROT_RW;
    return 0;
}

static int in_cursor_range(const jas_mem *m, const jas_mem_chunk *c, size_t p)
{
    return c == m->cur && p >= m->cur_off / m->page && p * m->page < m->cur_end;
}

/* Record page p's new state (its protection is already right). */
static void set_state(jas_mem *m, jas_mem_chunk *c, size_t p, int want)
{
    jas_mem_page *pg = &c->pages[p];
    int old = pg->state;
    if (old == want)
        return;
    if (old == PG_FREE) {
        c->used_pages++;
        m->used_pages++;
    }
    if (want == PG_FREE) {
        c->used_pages--;
        m->used_pages--;
    }
    if (old == PG_SEALED)
        m->sealed_pages--;
    if (want == PG_SEALED)
        m->sealed_pages++;
    pg->state = (uint8_t)want;
    if (want == PG_FREE) {
        /* The cursor's page emptied: start it over from the page start. */
        if (c == m->cur && p == m->cur_off / m->page)
            m->cur_off = p * m->page;
        /* Pages the cursor is about to fill keep their memory. */
        if (!in_cursor_range(m, c, p))
            jas_mem__discard(m, c->rw + p * m->page, m->page);
    }
}

int jas_mem__settle(jas_mem *m, jas_mem_chunk *c, size_t p0, size_t p1, int prot_done)
{
    int err = 0;
    size_t p = p0;
    while (p <= p1) {
        int prot = prot_done ? 0 : prot_change(m, &c->pages[p]);
        size_t q = p;
        while (q < p1 && (prot_done ? 0 : prot_change(m, &c->pages[q + 1])) == prot)
            q++;
        if (prot && jas_mem__protect(m, c->rw + p * m->page, (q - p + 1) * m->page, prot)) {
            err = JAS_MEM_EOS; /* these pages keep their old state */
        } else {
            for (size_t r = p; r <= q; r++)
                set_state(m, c, r, wanted_state(m, &c->pages[r]));
        }
        p = q + 1;
    }
    return err;
}

/* ---- chunks ----------------------------------------------------------------- */

static jas_mem_chunk *new_chunk(jas_mem *m, size_t size, int *err)
{
    jas_mem_chunk *c = calloc(1, sizeof *c);
    if (!c) {
        *err = JAS_MEM_ENOMEM;
        return NULL;
    }
    c->size = size;
    c->npages = size / m->page;
    c->pages = calloc(c->npages, sizeof *c->pages);
    if (!c->pages) {
        free(c);
        *err = JAS_MEM_ENOMEM;
        return NULL;
    }
    *err = jas_mem__map(m, size, &c->rw, &c->rx);
    if (*err) {
        free(c->pages);
        free(c);
        return NULL;
    }
    /* Append: first-fit then prefers the oldest chunks. */
    jas_mem_chunk **pp = &m->chunks;
    while (*pp)
        pp = &(*pp)->next;
    *pp = c;
    m->nchunks++;
    m->reserved += size;
    return c;
}

static void release_chunk(jas_mem *m, jas_mem_chunk *c)
{
    jas_mem_chunk **pp = &m->chunks;
    while (*pp != c)
        pp = &(*pp)->next;
    *pp = c->next;
    if (m->cur == c)
        m->cur = NULL;
    jas_mem__unmap(m, c->rw, c->rx, c->size);
    m->nchunks--;
    m->reserved -= c->size;
    free(c->pages);
    free(c);
}

void jas_mem__trim_chunks(jas_mem *m)
{
    /* Keep one empty chunk (preferably the cursor's) so that a program that
     * allocates and frees in a loop does not map and unmap every time. */
    size_t empty = 0;
    for (jas_mem_chunk *c = m->chunks; c; c = c->next)
        empty += c->used_pages == 0;
    jas_mem_chunk *c = m->chunks;
    while (empty > 1 && c) {
        jas_mem_chunk *next = c->next;
        if (c->used_pages == 0 && c != m->cur) {
            release_chunk(m, c);
            empty--;
        }
        c = next;
    }
}

void jas_mem__release_all(jas_mem *m)
{
    while (m->chunks)
        release_chunk(m, m->chunks);
}

/* First run of >= np free pages; the cursor range becomes the whole run. */
static int find_free_run(jas_mem *m, size_t np)
{
    for (jas_mem_chunk *c = m->chunks; c; c = c->next) {
        if (c->npages - c->used_pages < np)
            continue;
        size_t run = 0;
        for (size_t p = 0; p < c->npages; p++) {
            run = c->pages[p].state == PG_FREE ? run + 1 : 0;
            if (run == np) {
                size_t end = p + 1;
                while (end < c->npages && c->pages[end].state == PG_FREE)
                    end++;
                m->cur = c;
                m->cur_off = (p + 1 - np) * m->page;
                m->cur_end = end * m->page;
                return 1;
            }
        }
    }
    return 0;
}

/* Where a new block goes: at the cursor, in a free run, or in a new chunk. */
static int place(jas_mem *m, size_t size, size_t align, jas_mem_chunk **cp, size_t *offp)
{
    int single = !(m->flags & JAS_MEM_DUAL_MAP);
    pthread_t self = pthread_self();
    for (int tries = 0; tries < 4; tries++) {
        if (m->cur) {
            jas_mem_chunk *c = m->cur;
            size_t off = align_up(m->cur_off, align);
            while (off + size <= m->cur_end) {
                /* Only the cursor's own page can hold blocks (and so be
                 * sealed, or hold another thread's pending blocks); the
                 * pages after it in its range are free. */
                size_t fp = off / m->page;
                const jas_mem_page *pg = &c->pages[fp];
                if (single && ((pg->state == PG_SEALED && !(m->flags & JAS_MEM_REOPEN)) ||
                               (pg->pending && !pthread_equal(m->cur_owner, self)))) {
                    m->cur_off = (fp + 1) * m->page;
                    off = align_up(m->cur_off, align);
                    continue;
                }
                m->cur_owner = self;
                *cp = c;
                *offp = off;
                return 0;
            }
        }
        size_t np = (size + m->page - 1) / m->page;
        if (find_free_run(m, np))
            continue;
        size_t csize = np * m->page > m->chunk_size ? np * m->page : m->chunk_size;
        int err;
        jas_mem_chunk *c = new_chunk(m, csize, &err);
        if (!c)
            return err ? err : JAS_MEM_ENOMEM;
        m->cur = c;
        m->cur_off = 0;
        m->cur_end = c->size;
    }
    return JAS_MEM_ENOMEM; /* not reached: a fresh run always fits */
}

/* ---- alloc / free ------------------------------------------------------------ */

int jas_mem_alloc(jas_mem *m, size_t size, size_t align, void **write_ptr, void **exec_ptr)
{
    if (write_ptr)
        *write_ptr = NULL;
    if (exec_ptr)
        *exec_ptr = NULL;
    if (!m || !write_ptr || !exec_ptr || size == 0)
        return JAS_MEM_EINVAL;
    if (align == 0)
        align = 16;
    if ((align & (align - 1)) || align > m->page)
        return JAS_MEM_EINVAL;
    if (size > MAX_BLOCK)
        return JAS_MEM_ENOMEM;
    jas_mem_block *b = calloc(1, sizeof *b);
    if (!b)
        return JAS_MEM_ENOMEM;

    pthread_mutex_lock(&m->lock);
    jas_mem_chunk *c = NULL;
    size_t off = 0;
    int err = place(m, size, align, &c, &off);
    if (!err) {
        b->chunk = c;
        b->off = off;
        b->size = size;
        err = jas_mem__btab_insert(&m->blocks, b);
    }
    if (!err) {
        size_t fp = jas_mem__first_page(m, off), lp = jas_mem__last_page(m, off, size);
        for (size_t p = fp; p <= lp; p++) {
            c->pages[p].live++;
            c->pages[p].pending++;
        }
        /* FREE -> OPEN needs nothing; a sealed page (JAS_MEM_REOPEN) goes
         * back to RW here. */
        err = jas_mem__settle(m, c, fp, lp, 0);
        if (err) {
            for (size_t p = fp; p <= lp; p++) {
                c->pages[p].live--;
                c->pages[p].pending--;
            }
            jas_mem__settle(m, c, fp, lp, 0);
            jas_mem__btab_remove(&m->blocks, b);
        } else {
            m->cur_off = off + size;
            m->live_bytes += size;
            *write_ptr = c->rw + off;
            *exec_ptr = c->rx + off;
        }
    }
    pthread_mutex_unlock(&m->lock);
    if (err)
        free(b);
    return err;
}

int jas_mem_free(jas_mem *m, void *exec_ptr)
{
    if (!m)
        return JAS_MEM_EINVAL;
    if (!exec_ptr)
        return 0; /* like free(NULL) */
    pthread_mutex_lock(&m->lock);
    jas_mem_block *b;
    int err = jas_mem__lookup(m, exec_ptr, &b);
    if (!err) {
        jas_mem_chunk *c = b->chunk;
        size_t fp = jas_mem__first_page(m, b->off), lp = jas_mem__last_page(m, b->off, b->size);
        /* The last block allocated gives its space back to the cursor. */
        if (c == m->cur && b->off + b->size == m->cur_off)
            m->cur_off = b->off;
        for (size_t p = fp; p <= lp; p++) {
            c->pages[p].live--;
            if (!b->published)
                c->pages[p].pending--;
        }
        /* Emptied pages go RW (not executable) and are discarded; with
         * JAS_MEM_REOPEN a page left with only published code is resealed.
         * A failure leaves a page in its old, still W^X, state. */
        err = jas_mem__settle(m, c, fp, lp, 0);
        m->live_bytes -= b->size;
        jas_mem__btab_remove(&m->blocks, b);
        free(b);
        if (c->used_pages == 0)
            jas_mem__trim_chunks(m);
    }
    pthread_mutex_unlock(&m->lock);
    return err;
}
