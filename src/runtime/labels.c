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

/* Ids below this grow the tables by themselves; a larger one must have been
 * made room for with jas_grow_dynlabels (a stray id such as 2^31 would
 * otherwise allocate and clear 8 GB). */
#define AUTO_IDS (1u << 20)

int jas_grow_dynlabels(jas_State *J, uint32_t n)
{
    return n > 0x80000000u ? -1 : grow_table(J, &J->dyn, &J->ndyn, n);
}

/* Any label operand; jas__slot_of (state.h) takes the common ones inline. */
uint32_t jas__slot(jas_State *J, int kind, int64_t id, uint32_t locbase, int define)
{
    uint32_t *e, s;
    const char *msg;
    if (kind == JAS_L_LOCAL)
        return locbase + (uint32_t)id;
    if (kind <= JAS_L_NUMFWD) {
        msg = "error: numeric label %lld out of range";
        if ((uint64_t)id >= JAS_NUMLABELS)
            goto fail;
        jas__num_touch(J, (uint32_t)id);
        if (kind == JAS_L_NUMBACK) {
            msg = "error: no previous definition of numeric label %lldb";
            if (!J->numback[id])
                goto fail;
            return J->numback[id] - 1;
        }
        e = &J->numfwd[id];
    } else if (kind <= JAS_L_DYNBACK) {
        int g = kind == JAS_L_GLOBAL;
        uint32_t **tab = g ? &J->glob : &J->dyn, *n = g ? &J->nglob : &J->ndyn;
        msg = "error: dynamic label %lld out of range (ids are 0 to 2^31-1; from 2^20 on, jas_grow_dynlabels first)";
        if ((uint64_t)id >= (*n > AUTO_IDS ? *n : AUTO_IDS))
            goto fail;
        if (grow_table(J, tab, n, (uint32_t)id + 1)) {
            jas__oom(J);
            return UINT32_MAX;
        }
        e = *tab + id;
        define = 0;
    } else {
        msg = "error: bad label kind in template (%lld)";
        id = kind;
        goto fail;
    }
    /* Nf, a global or a dynamic label: its slot, new on first use */
    if (!*e) {
        if ((s = new_slot(J)) == UINT32_MAX)
            return s;
        *e = s + 1;
    }
    s = *e - 1;
    if (define) { /* this definition is now "Nb"; the next Nf is new */
        J->numback[id] = *e;
        *e = 0;
    }
    msg = "error: dynamic label %lld used backward before its definition";
    if (kind != JAS_L_DYNBACK || J->slot[s].defined)
        return s;
fail:
    jas__fail(J, msg, id, NULL);
    return UINT32_MAX;
}
