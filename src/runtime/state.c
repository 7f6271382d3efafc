/* jas_State lifetime, buffer growth and the sticky error. */
#include "runtime/state.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One freed state per thread is kept for the next jas_new (a JIT creates
 * and frees states in a loop). */
static _Thread_local jas_State *spare;

jas_State *jas_new(const jas_options *opt)
{
    jas_State *J = spare;
    spare = NULL;
    if (!J && !(J = malloc(sizeof *J)))
        return NULL;
    /* zero the header; the initial buffers need no clearing */
    memset(J, 0, offsetof(jas_State, numback));
    memset(&J->shrink, 0, offsetof(jas_State, inl_code) - offsetof(jas_State, shrink));
    if (opt)
        J->opt = *opt;
    J->sec[0].buf = J->inl_code;
    J->sec[0].cap = sizeof J->inl_code;
    J->fix = J->inl_fix;
    J->capfix = JAS_INL_FIX;
    J->slot = J->inl_slot;
    J->capslot = JAS_INL_SLOT;
    J->shrink = J->inl_shrink;
    J->capshrink = JAS_INL_FIX + 1;
    jas_reset(J);
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
    for (int w = 0; w < 2; w++)
        for (uint64_t d = J->numdirty[w]; d; d &= d - 1) {
            int id = 64 * w + __builtin_ctzll(d);
            J->numback[id] = J->numfwd[id] = 0;
        }
    J->numdirty[0] = J->numdirty[1] = 0;
    J->linked = 0;
    J->failed = 0;
    J->err[0] = 0;
}

void jas_free(jas_State *J)
{
    if (!J)
        return;
    if (J->sec[0].buf != J->inl_code)
        free(J->sec[0].buf);
    free(J->sec[1].buf);
    if (J->fix != J->inl_fix)
        free(J->fix);
    if (J->slot != J->inl_slot)
        free(J->slot);
    free(J->glob);
    free(J->dyn);
    if (J->shrink != J->inl_shrink)
        free(J->shrink);
    if (!spare) {
        spare = J;
        return;
    }
    free(J);
}

const char *jas_error(const jas_State *J)
{
    return J->failed ? J->err : NULL;
}

void jas__fail(jas_State *J, const char *fmt, ...)
{
    if (J->failed)
        return; /* keep the first error: later ones are usually fallout */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(J->err, sizeof J->err, fmt, ap);
    va_end(ap);
    J->failed = 1;
}

/* Grow *p (holding *cap elements) to hold at least `need`; doubles. */
int jas__grow(void **p, uint32_t *cap, uint32_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    uint64_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    if (n > UINT32_MAX || n * elem > ((uint64_t)1 << 40))
        return -1;
    void *q = realloc(*p, (size_t)n * elem);
    if (!q)
        return -1;
    *p = q;
    *cap = (uint32_t)n;
    return 0;
}

int jas__grow_in(jas_State *J, void **p, uint32_t *cap, uint32_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    if ((char *)*p < (char *)J || (char *)*p >= (char *)(J + 1))
        return jas__grow(p, cap, need, elem);
    void *old = *p; /* an initial buffer: move out of the state */
    uint32_t oldcap = *cap;
    *p = NULL;
    *cap = 0;
    if (jas__grow(p, cap, need < 64 ? 64 : need, elem)) {
        *p = old;
        *cap = oldcap;
        return -1;
    }
    memcpy(*p, old, (size_t)oldcap * elem);
    return 0;
}

/* Make room for one template's worth of output; the hot path calls this once
 * per jas_put so that appending needs no further checks. */
int jas__reserve(jas_State *J, uint32_t bytes, uint32_t fixes)
{
    jas_sec *s = &J->sec[J->cur];
    if ((s->cap - s->len < bytes &&
         jas__grow_in(J, (void **)&s->buf, &s->cap, s->len + bytes, 1)) ||
        (J->capfix - J->nfix < fixes &&
         jas__grow_in(J, (void **)&J->fix, &J->capfix, J->nfix + fixes, sizeof *J->fix))) {
        jas__fail(J, "error: out of memory");
        return -1;
    }
    return 0;
}
