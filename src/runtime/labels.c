/* Labels.  Every label that the preprocessor could not resolve at build
 * time becomes a slot; fixups refer to slots.  Kinds (actions.h):
 *   local      fresh slots per jas_put, indexed from the put's base
 *   numeric    Nb = the latest definition, Nf = a slot reserved for the next
 *   global     one slot per global id, created on first use
 *   dynamic    one slot per user-numbered label, created on first use */
#include "runtime/state.h"

#include <string.h>

static inline uint32_t new_slot(jas_State *J)
{
    if (J->nslot == J->capslot &&
        jas__grow_in(J, (void **)&J->slot, &J->capslot, J->nslot + 1, sizeof *J->slot)) {
        jas__fail(J, "error: out of memory");
        return UINT32_MAX;
    }
    memset(&J->slot[J->nslot], 0, sizeof *J->slot);
    return J->nslot++;
}

/* slot+1 stored in a table entry, created on demand. */
static uint32_t table_slot(jas_State *J, uint32_t **tab, uint32_t *n, uint32_t id)
{
    if (id >= *n) {
        uint32_t old = *n;
        if (jas__grow((void **)tab, n, id + 1, sizeof **tab)) {
            jas__fail(J, "error: out of memory");
            return UINT32_MAX;
        }
        memset(*tab + old, 0, (*n - old) * sizeof **tab);
    }
    if (!(*tab)[id]) {
        uint32_t s = new_slot(J);
        if (s == UINT32_MAX)
            return s;
        (*tab)[id] = s + 1;
    }
    return (*tab)[id] - 1;
}

int jas_grow_dynlabels(jas_State *J, uint32_t n)
{
    uint32_t old = J->ndyn;
    if (n <= old)
        return 0;
    if (jas__grow((void **)&J->dyn, &J->ndyn, n, sizeof *J->dyn))
        return -1;
    memset(J->dyn + old, 0, (J->ndyn - old) * sizeof *J->dyn);
    return 0;
}

/* The slot a reference (define=0) or definition (define=1) names. */
uint32_t jas__label_slot(jas_State *J, int kind, uint32_t id, uint32_t locbase, int define)
{
    uint32_t s;
    switch (kind) {
    case JAS_L_LOCAL:
        return locbase + id;
    case JAS_L_NUMBACK:
        if (id >= JAS_NUMLABELS || !jas__num_dirty(J, id) || !J->numback[id]) {
            jas__fail(J, "error: no previous definition of numeric label %ub", id);
            return UINT32_MAX;
        }
        return J->numback[id] - 1;
    case JAS_L_NUMFWD:
        if (id >= JAS_NUMLABELS) {
            jas__fail(J, "error: numeric label %u out of range", id);
            return UINT32_MAX;
        }
        jas__num_touch(J, id);
        if (!J->numfwd[id]) {
            s = new_slot(J);
            if (s == UINT32_MAX)
                return s;
            J->numfwd[id] = s + 1;
        }
        s = J->numfwd[id] - 1;
        if (define) { /* this definition is now "Nb"; the next Nf is new */
            J->numback[id] = s + 1;
            J->numfwd[id] = 0;
        }
        return s;
    case JAS_L_GLOBAL:
        return table_slot(J, &J->glob, &J->nglob, id);
    case JAS_L_DYN:
    case JAS_L_DYNBACK:
        s = table_slot(J, &J->dyn, &J->ndyn, id);
        if (s != UINT32_MAX && kind == JAS_L_DYNBACK && !J->slot[s].defined) {
            jas__fail(J, "error: dynamic label %u used backward before its definition", id);
            return UINT32_MAX;
        }
        return s;
    }
    jas__fail(J, "error: bad label kind %d in template", kind);
    return UINT32_MAX;
}

void jas__define(jas_State *J, uint32_t s)
{
    jas_slot *l = &J->slot[s];
    if (l->defined) {
        jas__fail(J, "error: label defined twice");
        return;
    }
    l->defined = 1;
    l->sec = (uint8_t)J->cur;
    l->pos = J->sec[J->cur].len;
    l->fixidx = J->nfix;
}
