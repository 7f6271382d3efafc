/* jas_link / jas_encode: branch relaxation, label resolution and the final
 * copy.  While emitting, every size-variable item in code (branches to
 * labels, calls to absolute addresses, alignment) reserved its largest size.
 * Linking shrinks them:
 *
 *   - each relaxable branch starts LONG; a pass makes it SHORT when rel8
 *     reaches its target, and FORCED (long for good) if a later pass finds
 *     the short form no longer reaches (alignment padding can grow);
 *   - a call/jmp to an absolute address is a direct rel32 when it reaches
 *     from where the code will live, else an indirect call through a
 *     literal pool placed after the code;
 *   - padding is recomputed from the final position.
 * Each item changes state at most twice, so the passes terminate; the
 * positions of labels come from shrink[] in O(1) (a label remembers how
 * many fixups came before it). */
#include "runtime/state.h"
#include "x64/rt_x64.h"

#include <string.h>

static uint32_t reserved(const jas_fix *f)
{
    switch (f->kind) {
    case FIX_BRANCH: return jas_x64_branch_long(f->op);
    case FIX_ABSBR: return 6;
    case FIX_ALIGN: return (uint32_t)f->abs - 1;
    case FIX_REL32: return 4;
    default: return 8; /* FIX_ADDR */
    }
}

static uint32_t align_up(uint32_t v, uint32_t a) { return (v + a - 1) & ~(a - 1); }

/* Final offset of a label from the start of the output. */
static int64_t slot_final(const jas_State *J, uint32_t s)
{
    const jas_slot *l = &J->slot[s];
    if (l->sec)
        return (int64_t)J->data_base + l->pos;
    return (int64_t)l->pos - J->shrink[l->fixidx];
}

static int fits8(int64_t v) { return v >= -128 && v <= 127; }
static int fits32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

/* One relaxation pass; returns nonzero if anything changed.  *uncertain:
 * set when a branch stays long although its target lies ahead (judged with
 * an estimate, so a later pass may still shrink it). */
static int relax_pass(jas_State *J, int first, int *uncertain)
{
    int changed = 0;
    *uncertain = 0;
    int32_t acc = 0;
    uint32_t npool = 0;
    for (uint32_t i = 0; i < J->nfix; i++) {
        int32_t old_i = first ? 0 : J->shrink[i];
        if (old_i != acc)
            changed = 1;
        J->shrink[i] = acc;
        jas_fix *f = &J->fix[i];
        if (first) { /* the checks and resets of a new link, folded in */
            if (f->kind != FIX_ABSBR && f->kind != FIX_ALIGN && !J->slot[f->slot].defined) {
                jas__fail(J, "error: undefined label (referenced by fixup %u)", i);
                return 0;
            }
            if (f->kind != FIX_REL32)
                f->aux = ST_LONG;
        }
        if (f->sec)
            continue;
        int64_t here = (int64_t)f->pos - acc;
        uint32_t longsz = reserved(f), size = longsz;
        if (f->kind == FIX_BRANCH) {
            const jas_slot *l = &J->slot[f->slot];
            int64_t t;
            if (l->sec || l->fixidx <= i) {
                t = slot_final(J, f->slot); /* behind: shrink[] of this pass */
            } else {
                /* ahead: what lies between shrank by shrink[k] - old_i in the
                 * last pass, and everything before by acc in this one */
                t = (int64_t)l->pos - acc - (first ? 0 : J->shrink[l->fixidx] - old_i);
                /* the target moves when this branch shrinks: judge the short
                 * form with the target where it would then be */
                if (f->aux != ST_SHORT)
                    t -= longsz - 2;
            }
            int ok = fits8(t - (here + 2));
            if (f->aux == ST_LONG && ok) { f->aux = ST_SHORT; changed = 1; }
            else if (f->aux == ST_SHORT && !ok) { f->aux = ST_FORCED; changed = 1; }
            if (f->aux == ST_SHORT)
                size = 2;
            else if (f->aux == ST_LONG && !(l->sec || l->fixidx <= i))
                *uncertain = 1;
        } else if (f->kind == FIX_ABSBR) {
            int ok = fits32(f->abs - (int64_t)(J->base + (uint64_t)here + 5));
            if (f->aux == ST_LONG && ok) { f->aux = ST_SHORT; changed = 1; }
            else if (f->aux == ST_SHORT && !ok) { f->aux = ST_FORCED; changed = 1; }
            if (f->aux == ST_SHORT)
                size = 5;
            else
                npool++;
        } else if (f->kind == FIX_ALIGN) {
            size = (uint32_t)(-here) & ((uint32_t)f->abs - 1);
            f->slot = size; /* the pad, for jas_encode */
        }
        acc += (int32_t)(longsz - size);
    }
    if ((first ? 0 : J->shrink[J->nfix]) != acc)
        changed = 1;
    J->shrink[J->nfix] = acc;
    J->code_size = J->sec[0].len - (uint32_t)acc;
    J->pool_size = npool * 8;
    uint32_t dalign = J->sec[1].align > 16 ? J->sec[1].align : 16;
    uint32_t end = npool ? align_up(J->code_size, 8) + J->pool_size : J->code_size;
    J->data_base = J->sec[1].len ? align_up(end, dalign) : end;
    J->total = J->data_base + J->sec[1].len;
    return changed;
}

size_t jas_size_bound(jas_State *J)
{
    /* Every item at its reserved size, plus a pool entry per absolute call
     * and the alignment gaps. */
    uint32_t npool = 0;
    for (uint32_t i = 0; i < J->nfix; i++)
        npool += J->fix[i].kind == FIX_ABSBR;
    uint32_t dalign = J->sec[1].align > 16 ? J->sec[1].align : 16;
    return (size_t)J->sec[0].len + 8 + npool * 8 + dalign + J->sec[1].len;
}

int jas_link(jas_State *J, uint64_t base, size_t *size)
{
    if (J->failed)
        return -1;
    if (jas__grow_in(J, (void **)&J->shrink, &J->capshrink, J->nfix + 1, sizeof *J->shrink)) {
        jas__fail(J, "error: out of memory");
        return -1;
    }
    J->base = base;
    /* Pass 1 judges a forward branch with everything up to its target at
     * the reserved (largest) size, so each branch it makes short stays in
     * reach, and it computes padding and shrink[] exactly for the states it
     * leaves: when it leaves no forward branch long, they are final. */
    int uncertain;
    int changed = relax_pass(J, 1, &uncertain);
    if (J->failed)
        return -1;
    if (changed && !uncertain)
        goto done;
    /* Bounded: each item changes state at most twice, plus one pass to let
     * padding settle after the last change. */
    for (uint32_t pass = 0; relax_pass(J, 0, &uncertain); pass++) {
        if (pass > 2 * J->nfix + 2) {
            jas__fail(J, "error: branch relaxation did not converge");
            return -1;
        }
    }
done:
    J->linked = 1;
    if (size)
        *size = J->total;
    return 0;
}

static void put32(uint8_t *p, int64_t v) { int32_t w = (int32_t)v; memcpy(p, &w, 4); }

int jas_encode(jas_State *J, void *dst)
{
    if (J->failed || !J->linked)
        return -1;
    uint8_t *out = dst, *o = out;
    const uint8_t *src = J->sec[0].buf;
    uint32_t prev = 0, pool_at = align_up(J->code_size, 8), npool = 0;
    for (uint32_t i = 0; i < J->nfix; i++) {
        const jas_fix *f = &J->fix[i];
        if (f->sec)
            continue;
        uint32_t gap = f->pos - prev;
        if (o + gap + 16 <= out + J->code_size) {
            /* 16-byte chunks, no call: the source has JAS_PAD bytes of
             * slack, and what lands past the gap is overwritten next */
            for (uint32_t k = 0; k < gap; k += 16)
                memcpy(o + k, src + prev + k, 16);
        } else {
            memcpy(o, src + prev, gap);
        }
        o += gap;
        prev = f->pos + reserved(f);
        int64_t here = o - out;
        switch (f->kind) {
        case FIX_BRANCH: {
            int sh = f->aux == ST_SHORT;
            int64_t end = here + (sh ? 2 : jas_x64_branch_long(f->op));
            jas_x64_branch(o, f->op, sh, (int32_t)(slot_final(J, f->slot) - end));
            o += end - here;
            break;
        }
        case FIX_ABSBR:
            if (f->aux == ST_SHORT) {
                o[0] = f->op;
                put32(o + 1, f->abs - (int64_t)(J->base + (uint64_t)here + 5));
                o += 5;
            } else { /* call/jmp qword ptr [rip+pool] */
                uint32_t slot_at = pool_at + 8 * npool++;
                o[0] = 0xFF;
                o[1] = f->op == 0xE8 ? 0x15 : 0x25;
                put32(o + 2, (int64_t)slot_at - (here + 6));
                memcpy(out + slot_at, &f->abs, 8);
                o += 6;
            }
            break;
        case FIX_ALIGN:
            jas_x64_nops(o, f->slot);
            o += f->slot;
            break;
        case FIX_REL32:
            put32(o, slot_final(J, f->slot) + f->abs - (here + 4 + f->aux));
            o += 4;
            break;
        case FIX_ADDR: {
            uint64_t a = J->base + (uint64_t)slot_final(J, f->slot);
            memcpy(o, &a, 8);
            o += 8;
            break;
        }
        }
    }
    memcpy(o, src + prev, J->sec[0].len - prev);
    o += J->sec[0].len - prev;
    /* int3 between code, pool and data: a stray jump there traps */
    memset(o, 0xCC, pool_at - J->code_size);
    if (J->sec[1].len) {
        uint32_t from = npool ? pool_at + J->pool_size : J->code_size;
        memset(out + from, 0xCC, J->data_base - from);
        uint8_t *d = out + J->data_base;
        memcpy(d, J->sec[1].buf, J->sec[1].len);
        for (uint32_t i = 0; i < J->nfix; i++) {
            const jas_fix *f = &J->fix[i];
            if (!f->sec)
                continue;
            int64_t here = (int64_t)J->data_base + f->pos;
            if (f->kind == FIX_REL32)
                put32(d + f->pos, slot_final(J, f->slot) + f->abs - (here + 4 + f->aux));
            else if (f->kind == FIX_ADDR) {
                uint64_t a = J->base + (uint64_t)slot_final(J, f->slot);
                memcpy(d + f->pos, &a, 8);
            }
        }
    }
    return 0;
}

size_t jas_code_size(const jas_State *J) { return J->linked ? J->total : 0; }

static int64_t label_offset(const jas_State *J, const uint32_t *tab, uint32_t n, uint32_t id)
{
    if (!J->linked || id >= n || !tab[id] || !J->slot[tab[id] - 1].defined)
        return -1;
    return slot_final(J, tab[id] - 1);
}

int64_t jas_global_offset(const jas_State *J, uint32_t id)
{
    return label_offset(J, J->glob, J->nglob, id);
}

int64_t jas_dynlabel_offset(const jas_State *J, uint32_t id)
{
    return label_offset(J, J->dyn, J->ndyn, id);
}
