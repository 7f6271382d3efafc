/* Publishing: pending blocks become executable.
 *
 * Single mapping: every page the published bytes lie on goes RW -> RX.  That
 * is only allowed when no other pending block (still being written) is on
 * those pages, else its writer would fault: such a publish fails with
 * JAS_MEM_EBUSY.  All protection changes are made before any bookkeeping, so
 * a failing mprotect leaves everything as it was.
 * Dual mapping: the RX view is executable already; publishing only records
 * the state, syncs the instruction cache and names the code. */
#include "mem/mem_internal.h"

#include <stdlib.h>

int jas_mem_publish(jas_mem *m, void *exec_ptr, size_t size, const char *name)
{
    jas_mem_pub one = {exec_ptr, size, name};
    return jas_mem_publish_batch(m, &one, 1);
}

static size_t used_size(const jas_mem_pub *v, const jas_mem_block *b)
{
    return v->size ? v->size : b->size;
}

/* Check the batch: live, pending, sizes, no duplicates; fills bs[]. */
static int validate(jas_mem *m, const jas_mem_pub *v, size_t n, jas_mem_block **bs)
{
    int err = 0;
    size_t i;
    for (i = 0; i < n && !err; i++) {
        jas_mem_block *b;
        err = jas_mem__lookup(m, v[i].exec, &b);
        if (err)
            break;
        if (b->published)
            err = JAS_MEM_ESTATE;
        else if (v[i].size > b->size || b->in_batch)
            err = JAS_MEM_EINVAL;
        else {
            b->in_batch = 1;
            bs[i] = b;
        }
    }
    if (err)
        for (size_t k = 0; k < i; k++)
            if (bs[k])
                bs[k]->in_batch = 0;
    return err;
}

/* Single mapping: is every pending block on the pages to seal in the batch?
 * Batch blocks are counted over their whole current extent, so a block
 * whose tail is being trimmed off a page still counts there. */
static int busy(jas_mem *m, const jas_mem_pub *v, size_t n, jas_mem_block **bs)
{
    int busy = 0;
    for (size_t i = 0; i < n; i++) {
        jas_mem_block *b = bs[i];
        for (size_t p = jas_mem__first_page(m, b->off);
             p <= jas_mem__last_page(m, b->off, b->size); p++)
            b->chunk->pages[p].scratch++;
    }
    for (size_t i = 0; i < n; i++) {
        jas_mem_block *b = bs[i];
        for (size_t p = jas_mem__first_page(m, b->off);
             p <= jas_mem__last_page(m, b->off, used_size(&v[i], b)); p++)
            busy |= b->chunk->pages[p].pending != b->chunk->pages[p].scratch;
    }
    for (size_t i = 0; i < n; i++) {
        jas_mem_block *b = bs[i];
        for (size_t p = jas_mem__first_page(m, b->off);
             p <= jas_mem__last_page(m, b->off, b->size); p++)
            b->chunk->pages[p].scratch = 0;
    }
    return busy;
}

/* Single mapping: make the pages of the published bytes RX, one call per
 * run of pages; scratch marks pages done.  On failure undo and clear. */
static int seal(jas_mem *m, const jas_mem_pub *v, size_t n, jas_mem_block **bs)
{
    int err = 0;
    for (size_t i = 0; i < n && !err; i++) {
        jas_mem_block *b = bs[i];
        jas_mem_chunk *c = b->chunk;
        size_t p = jas_mem__first_page(m, b->off);
        size_t lp = jas_mem__last_page(m, b->off, used_size(&v[i], b));
        while (p <= lp && !err) {
            if (c->pages[p].scratch) {
                p++;
                continue;
            }
            size_t q = p;
            while (q < lp && !c->pages[q + 1].scratch)
                q++;
            err = jas_mem__protect(m, c->rw + p * m->page, (q - p + 1) * m->page,
                                   JAS_MEM_PROT_RX);
            if (!err)
                for (size_t r = p; r <= q; r++)
                    c->pages[r].scratch = 1;
            p = q + 1;
        }
    }
    /* Clear the marks; after a failure, put sealed pages back to RW (they
     * were all RW before: each held a pending block of this batch). */
    for (size_t i = 0; i < n; i++) {
        jas_mem_block *b = bs[i];
        jas_mem_chunk *c = b->chunk;
        size_t lp = jas_mem__last_page(m, b->off, used_size(&v[i], b));
        for (size_t p = jas_mem__first_page(m, b->off); p <= lp; p++) {
            if (err && c->pages[p].scratch)
                jas_mem__protect(m, c->rw + p * m->page, m->page, JAS_MEM_PROT_RW);
            c->pages[p].scratch = 0;
        }
    }
    return err;
}

/* Bookkeeping for one block whose pages are already RX (or dual). */
static void commit(jas_mem *m, const jas_mem_pub *v, jas_mem_block *b)
{
    jas_mem_chunk *c = b->chunk;
    size_t used = used_size(v, b);
    size_t fp = jas_mem__first_page(m, b->off);
    size_t old_lp = jas_mem__last_page(m, b->off, b->size);
    size_t lp = jas_mem__last_page(m, b->off, used);
    if (c == m->cur && b->off + b->size == m->cur_off)
        m->cur_off = b->off + used; /* the trimmed tail goes back to the cursor */
    m->live_bytes -= b->size - used;
    b->size = used;
    b->published = 1;
    b->in_batch = 0;
    for (size_t p = fp; p <= old_lp; p++) {
        c->pages[p].pending--;
        if (p > lp)
            c->pages[p].live--;
    }
    jas_mem__settle(m, c, fp, lp, 1);
    if (old_lp > lp) /* trimmed pages: OPEN -> OPEN or FREE, both RW */
        jas_mem__settle(m, c, lp + 1, old_lp, 0);
}

int jas_mem_publish_batch(jas_mem *m, const jas_mem_pub *v, size_t n)
{
    if (!m || (!v && n))
        return JAS_MEM_EINVAL;
    if (n == 0)
        return 0;
    jas_mem_block *one = NULL, **bs = n == 1 ? &one : calloc(n, sizeof *bs);
    if (!bs)
        return JAS_MEM_ENOMEM;

    pthread_mutex_lock(&m->lock);
    int err = validate(m, v, n, bs);
    if (!err && !(m->flags & JAS_MEM_DUAL_MAP)) {
        if (busy(m, v, n, bs))
            err = JAS_MEM_EBUSY;
        else
            err = seal(m, v, n, bs);
        if (err)
            for (size_t i = 0; i < n; i++)
                bs[i]->in_batch = 0;
    }
    if (!err) {
        for (size_t i = 0; i < n; i++) {
            commit(m, &v[i], bs[i]);
            jas_mem_flush_icache(v[i].exec, bs[i]->size);
            if (m->perf)
                jas_mem__perfmap_line(&m->perfmap, v[i].exec, bs[i]->size, v[i].name);
        }
    }
    pthread_mutex_unlock(&m->lock);
    if (bs != &one)
        free(bs);
    return err;
}
