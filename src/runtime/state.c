/* jas_State lifetime, buffer growth and the sticky error. */
#include "runtime/state.h"

#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One freed state is kept for the next jas_new (a JIT creates and frees
 * states in a loop).  One per process, taken and given back atomically:
 * one per thread was lost with every thread that exited. */
static _Atomic(jas_State *) spare;

jas_State *jas_new(const jas_options *opt)
{
    jas_State *J = atomic_load_explicit(&spare, memory_order_relaxed)
                       ? atomic_exchange(&spare, NULL) : NULL;
    if (!J && !(J = malloc(sizeof *J)))
        return NULL;
    /* the scalars only (the state is large): the numeric label tables are
     * cleared per id on first use, the initial buffers need no clearing */
    memset(J, 0, offsetof(jas_State, numback));
    J->sec[0] = (jas_sec){J->inl_code, 0, sizeof J->inl_code, 1};
    J->sec[1].align = 1;
    J->fix = J->inl_fix;
    J->capfix = JAS_INL_FIX;
    J->slot = J->inl_slot;
    J->capslot = JAS_INL_SLOT;
    J->shrink = J->inl_shrink;
    J->capshrink = JAS_INL_FIX + 1;
    J->patch = J->inl_patch;
    J->cappatch = JAS_INL_FIX;
    if (opt)
        J->opt = *opt;
    return J;
}

void jas_reset(jas_State *J)
{
    J->sec[0].len = J->sec[1].len = 0;
    J->sec[0].align = J->sec[1].align = 1;
    J->cur = 0;
    J->nfix = J->nslot = 0;
    if (J->nglob)
        memset(J->glob, 0, J->nglob * sizeof *J->glob);
    if (J->ndyn)
        memset(J->dyn, 0, J->ndyn * sizeof *J->dyn);
    J->numdirty[0] = J->numdirty[1] = 0; /* the tables: cleared per id on use */
    J->linked = 0;
    J->published = NULL; /* label addresses name the next publish's code */
    J->failed = 0;
}

/* A buffer that is not one of J's initial ones. */
static int outside(const jas_State *J, const void *p)
{
    uintptr_t a = (uintptr_t)p, j = (uintptr_t)J;
    return a - j >= sizeof *J;
}

void jas_free(jas_State *J)
{
    if (!J)
        return;
    /* the buffers that may have moved to the heap */
    static const uint16_t at[] = {
        offsetof(jas_State, sec[0].buf), offsetof(jas_State, sec[1].buf),
        offsetof(jas_State, fix),        offsetof(jas_State, slot),
        offsetof(jas_State, glob),       offsetof(jas_State, dyn),
        offsetof(jas_State, shrink),     offsetof(jas_State, patch)};
    for (unsigned i = 0; J->grown && i < sizeof at / sizeof *at; i++) {
        void *p = *(void **)((char *)J + at[i]);
        if (outside(J, p))
            free(p); /* NULL too: free ignores it */
    }
    free(atomic_exchange(&spare, J)); /* NULL, or the one kept before */
}

const char *jas_error(const jas_State *J)
{
    return J->failed ? J->err : NULL;
}

void jas__fail(jas_State *J, const char *fmt, long long x, const char *s)
{
    if (J->failed)
        return; /* keep the first error: later ones are usually fallout */
    snprintf(J->err, sizeof J->err, fmt, x, s);
    J->failed = 1;
}

void jas__oom(jas_State *J) { jas__fail(J, "error: out of memory", 0, NULL); }

void jas__bad(jas_State *J, const char *file, uint32_t line, int64_t v, int why)
{
    static const char what[][37] = {
        "does not fit its field",
        "does not fit the operand size",
        "is not a register number (0..31)",
        "fits no encoding of this instruction",
    };
    if (J->failed)
        return;
    snprintf(J->err, sizeof J->err, "%s:%u: error: run-time value %lld (0x%llx) %s", file, line,
             (long long)v, (unsigned long long)v,
             what[(unsigned)why <= JAS__NOENC ? why : JAS__NOENC]);
    J->failed = 1;
}

/* Grow *p (holding *cap elements) to hold at least `need`; doubles.  A
 * buffer inside J (an initial one) moves out to the heap. */
int jas__grow_in(jas_State *J, void **p, uint32_t *cap, uint32_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    uint64_t n = *cap > 32 ? *cap : 32;
    while (n < need)
        n *= 2;
    if (n > UINT32_MAX || n * elem > ((uint64_t)1 << 40))
        return -1;
    /* NULL is outside J too: realloc(NULL) allocates */
    void *old = *p, *in = outside(J, old) ? NULL : old, *q = realloc(in ? NULL : old, (size_t)n * elem);
    if (!q)
        return -1;
    if (in)
        memcpy(q, in, (size_t)*cap * elem);
    J->grown = 1;
    *p = q;
    *cap = (uint32_t)n;
    return 0;
}

/* jas__open's slow path: grow what does not fit (or fail). */
unsigned char *jas__grow_block(jas_State *J, uint32_t max_bytes, uint32_t max_fixes,
                               uint32_t nlocals, uint32_t *locbase)
{
    if (J->failed)
        return NULL;
    jas_sec *s = &J->sec[J->cur];
    if (jas__grow_in(J, (void **)&s->buf, &s->cap, s->len + max_bytes + JAS_PAD, 1) ||
        jas__grow_in(J, (void **)&J->fix, &J->capfix, J->nfix + max_fixes, sizeof *J->fix) ||
        jas__grow_in(J, (void **)&J->slot, &J->capslot, J->nslot + nlocals, sizeof *J->slot)) {
        jas__oom(J);
        return NULL;
    }
    uint32_t n = J->nslot;
    if (locbase)
        *locbase = n;
    J->nslot = n + nlocals;
    memset(J->slot + n, 0, nlocals * sizeof *J->slot);
    return s->buf + s->len;
}

