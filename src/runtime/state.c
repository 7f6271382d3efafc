/* jas_State lifetime, buffer growth and the sticky error. */
#include "runtime/state.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

jas_State *jas_new(const jas_options *opt)
{
    jas_State *J = calloc(1, sizeof *J);
    if (!J)
        return NULL;
    if (opt)
        J->opt = *opt;
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
    memset(J->numback, 0, sizeof J->numback);
    memset(J->numfwd, 0, sizeof J->numfwd);
    J->linked = 0;
    J->failed = 0;
    J->err[0] = 0;
}

void jas_free(jas_State *J)
{
    if (!J)
        return;
    free(J->sec[0].buf);
    free(J->sec[1].buf);
    free(J->fix);
    free(J->slot);
    free(J->glob);
    free(J->dyn);
    free(J->shrink);
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

/* Make room for one template's worth of output; the hot path calls this once
 * per jas_put so that appending needs no further checks. */
int jas__reserve(jas_State *J, uint32_t bytes, uint32_t fixes)
{
    jas_sec *s = &J->sec[J->cur];
    if ((s->cap - s->len < bytes &&
         jas__grow((void **)&s->buf, &s->cap, s->len + bytes, 1)) ||
        (J->capfix - J->nfix < fixes &&
         jas__grow((void **)&J->fix, &J->capfix, J->nfix + fixes, sizeof *J->fix))) {
        jas__fail(J, "error: out of memory");
        return -1;
    }
    return 0;
}
