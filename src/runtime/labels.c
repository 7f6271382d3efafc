/* Labels.  Every label that the preprocessor could not resolve at build
 * time becomes a slot; fixups refer to slots.  Kinds (actions.h):
 *   local      fresh slots per block, indexed from the block's base
 *   numeric    Nb = the latest definition, Nf = a slot reserved for the next
 *   global     one slot per global id, created on first use
 *   dynamic    one slot per user-numbered label, created on first use */
#include "runtime/state.h"

#include <string.h>

static uint32_t new_slot(jas_State *J)
{
    if (J->nslot == J->capslot && jas__grow_in(J, (void **)&J->slot, &J->capslot, J->nslot + 1, sizeof *J->slot)) {
        jas__oom(J);
        return UINT32_MAX;
    }
    J->slot[J->nslot] = (jas_slot){0, 0, 0, 0};
    return J->nslot++;
}

/* Grow a label table (id -> slot+1) to n entries, the new ones zero. */
static int grow_table(jas_State *J, uint32_t **tab, uint32_t *n, uint32_t need)
{
    uint32_t old = *n;
    if (need <= old)
        return 0;
    if (jas__grow_in(J, (void **)tab, n, need, sizeof **tab))
        return -1;
    memset(*tab + old, 0, (*n - old) * sizeof **tab);
    return 0;
}

int jas_grow_dynlabels(jas_State *J, uint32_t n)
{
    return grow_table(J, &J->dyn, &J->ndyn, n);
}

/* Any label operand; jas__slot_of (state.h) takes the common ones inline. */
uint32_t jas__slot(jas_State *J, int kind, int64_t id, uint32_t locbase, int define)
{
    uint32_t *tab, *n, *e, s;
    const char *msg = "error: numeric label %lld out of range";
    switch (kind) {
    case JAS_L_LOCAL:
        return locbase + (uint32_t)id;
    case JAS_L_NUMBACK:
    case JAS_L_NUMFWD:
        if ((uint64_t)id >= JAS_NUMLABELS)
            break;
        jas__num_touch(J, (uint32_t)id);
        if (kind == JAS_L_NUMBACK) {
            msg = "error: no previous definition of numeric label %lldb";
            e = &J->numback[id];
            if (!*e)
                break;
            return *e - 1;
        }
        e = &J->numfwd[id];
        if (!*e && (s = new_slot(J)) != UINT32_MAX)
            *e = s + 1;
        s = *e - 1;
        if (define) { /* this definition is now "Nb"; the next Nf is new */
            J->numback[id] = *e;
            *e = 0;
        }
        return s;
    case JAS_L_GLOBAL:
    case JAS_L_DYN:
    case JAS_L_DYNBACK:
        tab = kind == JAS_L_GLOBAL ? J->glob : J->dyn;
        n = kind == JAS_L_GLOBAL ? &J->nglob : &J->ndyn;
        msg = "error: dynamic label %lld out of range";
        if ((uint64_t)id > 0x7fffffff)
            break;
        if (id >= *n) {
            if (grow_table(J, kind == JAS_L_GLOBAL ? &J->glob : &J->dyn, n, (uint32_t)id + 1)) {
                jas__oom(J);
                return UINT32_MAX;
            }
            tab = kind == JAS_L_GLOBAL ? J->glob : J->dyn;
        }
        if (!tab[id]) {
            if ((s = new_slot(J)) == UINT32_MAX)
                return s;
            tab[id] = s + 1;
        }
        s = tab[id] - 1;
        msg = "error: dynamic label %lld used backward before its definition";
        if (kind == JAS_L_DYNBACK && !J->slot[s].defined)
            break;
        return s;
    default:
        msg = "error: bad label kind in template (%lld)";
        id = kind;
    }
    jas__fail(J, msg, (long long)id);
    return UINT32_MAX;
}
