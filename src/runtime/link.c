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

#define INLINE JAS_HOT /* the relaxation and copy loops stay fast */

/* Linked, and nothing emitted since: the link results describe the code
 * (a block appended after jas_link needs another link). */
static JAS_NOINLINE int linked_now(const jas_State *J)
{
    return J->linked && J->nfix == J->link_nfix && J->sec[0].len == J->link_len[0] &&
           J->sec[1].len == J->link_len[1];
}

static JAS_NOINLINE void set_linked(jas_State *J)
{
    J->linked = 1;
    J->link_nfix = J->nfix;
    J->link_len[0] = J->sec[0].len;
    J->link_len[1] = J->sec[1].len;
}

/* Bytes reserved while emitting. */
INLINE uint32_t reserved(const jas_fix *f)
{
    static const uint8_t size[] = {0, 6, 0, 4, 8}; /* FIX_* */
    if (f->kind == FIX_BRANCH)
        return jas_x64_branch_long(f->op);
    if (f->kind == FIX_ALIGN)
        return (uint32_t)f->addend - 1;
    return size[f->kind];
}

static uint32_t align_up(uint32_t v, uint32_t a) { return (v + a - 1) & ~(a - 1); }

/* Final offset of a label from the start of the output. */
INLINE int64_t slot_final(const jas_State *J, uint32_t s)
{
    const jas_slot *l = &J->slot[s];
    if (l->sec)
        return (int64_t)J->data_base + l->pos;
    return (int64_t)l->pos - J->shrink[l->fixidx];
}

/* The layout after a pass that removed `acc` bytes from the code and sent
 * npool calls through the literal pool: code, pool (8-aligned), data. */
static void set_layout(jas_State *J, int32_t acc, uint32_t npool)
{
    J->shrink[J->nfix] = acc;
    J->code_size = J->sec[0].len - (uint32_t)acc;
    J->pool_size = npool * 8;
    uint32_t dalign = J->sec[1].align > 16 ? J->sec[1].align : 16;
    uint32_t end = npool ? align_up(J->code_size, 8) + J->pool_size : J->code_size;
    J->data_base = J->sec[1].len ? align_up(end, dalign) : end;
    J->total = J->data_base + J->sec[1].len;
}

/* One relaxation pass over the code's fixups; -1 on an undefined label.
 * Pass 1 (first) returns whether it left a branch long although its
 * target lies ahead (judged with an estimate, so a later pass may still
 * shrink it); a later pass whether a state or a padding changed (shrink[]
 * follows from them).  Every pass is the same code: pass 1 is a later pass
 * from the start state (branches LONG, shrink[] zero, the data section out
 * of reach), which `later` masks in rather than a walk storing it. */
static int relax_pass(jas_State *J, int first)
{
    int32_t acc = 0, *shrink = J->shrink;
    uint32_t npool = 0, n = J->nfix, flags = 0; /* 1: unc, 2: changed */
    uint32_t later = first ? 0 : ~0u;
    jas_fix *f = J->fix;
    for (uint32_t i = 0; i < n; i++, f++) {
        int32_t old_i = shrink[i];
        shrink[i] = acc;
        if (f->kind == FIX_ALIGN) { /* only in code */
            uint32_t al = (uint32_t)f->addend, pad = (uint32_t)(acc - f->pos) & (al - 1);
            flags |= (pad != f->slot) << 1;
            f->slot = pad; /* for jas_encode */
            acc += (int32_t)(al - 1 - pad);
            continue;
        }
        const jas_slot *l = &J->slot[f->slot];
        if (f->kind != FIX_ABSBR && !l->defined) {
            jas__fail(J, "error: undefined label (referenced by fixup %lld)", i, NULL);
            return -1;
        }
        if (f->sec) /* data: nothing changes size */
            continue;
        int64_t here = (int64_t)f->pos - acc, t;
        uint32_t save, st = f->aux & later;
        int ok, ahead = 0;
        if (f->kind == FIX_BRANCH) {
            save = jas_x64_branch_long(f->op) - 2;
            if (l->sec || l->fixidx <= i) {
                /* behind: shrink[] of this pass; data: where the last pass
                 * put it (pass 1: out of reach, long for now) */
                t = slot_final(J, f->slot);
                ahead = l->sec;
            } else {
                /* ahead: what lies between shrank by shrink[k] - old_i in the
                 * last pass, and everything before by acc in this one; the
                 * target moves when this branch shrinks: judge the short
                 * form with the target where it would then be */
                t = (int64_t)l->pos - acc - (int32_t)((uint32_t)(shrink[l->fixidx] - old_i) & later);
                if (st != ST_SHORT)
                    t -= save;
                ahead = 1;
            }
            t -= here + 2;
            ok = t >= -128 && t <= 127;
        } else if (f->kind == FIX_ABSBR) { /* rel32 from where the code will live */
            t = f->abs - (int64_t)(J->base + (uint64_t)here + 5);
            ok = t >= INT32_MIN && t <= INT32_MAX;
            save = 1; /* what rel32 saves on the indirect call */
        } else {
            continue;
        }
        /* LONG -> SHORT when the short form reaches, SHORT -> FORCED (long
         * for good) when it no longer does */
        if (st != ST_FORCED && st != (unsigned)ok) {
            st = ok ? ST_SHORT : ST_FORCED;
            flags |= 2;
        }
        f->aux = (uint8_t)st;
        if (st == ST_SHORT)
            acc += (int32_t)save;
        else if (f->kind == FIX_ABSBR)
            npool++;
        else if (st == ST_LONG)
            flags |= (uint32_t)ahead;
    }
    set_layout(J, acc, npool);
    return (int)(flags >> !first) & 1;
}

size_t jas_size_bound(jas_State *J)
{
    /* Every item at its reserved size, plus a pool entry per absolute call
     * and the alignment gaps. */
    uint32_t npool = 0;
    for (uint32_t i = 0; i < J->nfix; i++)
        npool += J->fix[i].kind == FIX_ABSBR && !J->fix[i].sec;
    uint32_t dalign = J->sec[1].align > 16 ? J->sec[1].align : 16;
    return (size_t)J->sec[0].len + 8 + npool * 8 + dalign + J->sec[1].len;
}

int jas_link(jas_State *J, uint64_t base, size_t *size)
{
    if (J->failed)
        return -1;
    if (J->capshrink <= J->nfix &&
        jas__grow_in(J, (void **)&J->shrink, &J->capshrink, J->nfix + 1, sizeof *J->shrink)) {
        jas__oom(J);
        return -1;
    }
    J->base = base;
    J->data_base = UINT32_MAX; /* pass 1: the data section out of reach */
    /* Pass 1 judges a forward branch with everything up to its target at
     * the reserved (largest) size, so each branch it makes short stays in
     * reach, and it computes padding and shrink[] exactly for the states it
     * leaves: when it leaves no forward branch long, they are final.
     * Otherwise until nothing changes.  Bounded: each item changes state at
     * most twice, plus one pass to let padding settle after the last change. */
    for (uint32_t pass = 0;; pass++) {
        int r = relax_pass(J, pass == 0);
        if (r <= 0) {
            if (r < 0)
                return -1;
            break;
        }
        if (pass > 2 * J->nfix + 2) {
            jas__fail(J, "error: branch relaxation did not converge", 0, NULL);
            return -1;
        }
    }
    set_linked(J);
    if (size)
        *size = J->total;
    return 0;
}

/* A label reference: rel32 (from the end of the instruction, `tail` bytes
 * after the field) or the absolute address. */
static void put_ref(const jas_State *J, const jas_fix *f, uint8_t *o, int64_t here)
{
    int64_t t = slot_final(J, f->slot);
    if (f->kind == FIX_REL32) {
        int32_t w = (int32_t)(t + f->addend - (here + 4 + f->aux));
        memcpy(o, &w, 4);
    } else {
        uint64_t a = J->base + (uint64_t)t;
        memcpy(o, &a, 8);
    }
}

/* The final bytes of fixup f, its state decided, at o (`here` bytes from
 * the start of the output); returns how many, -1 after an error (reported).
 * *npool: calls sent through the literal pool so far.  The one writer of a
 * fixup for jas_encode, the data section and what jas_link_encode writes
 * last.  In the data section nothing changes size: a branch stays in the
 * long form it reserved, a call/jmp to an absolute address is rel32 (plus
 * a NOP: it reserved 6 bytes) and must reach. */
static int put_fix(jas_State *J, const jas_fix *f, uint8_t *o, int64_t here, uint32_t *npool)
{
    if (f->kind == FIX_BRANCH) {
        int sh = f->aux == ST_SHORT;
        int n = sh ? 2 : (int)jas_x64_branch_long(f->op);
        jas_x64_branch(o, f->op, sh, (int32_t)(slot_final(J, f->slot) - here - n));
        return n;
    }
    if (f->kind == FIX_ABSBR) {
        int64_t t = f->abs - (int64_t)(J->base + (uint64_t)here + 5);
        if (f->sec || f->aux == ST_SHORT) {
            if (t < INT32_MIN || t > INT32_MAX) { /* only the data section's */
                jas__fail(J, "error: call/jmp to 0x%llx from the data section: out of rel32 reach",
                          f->abs, NULL);
                return -1;
            }
            int32_t w = (int32_t)t;
            o[0] = f->op;
            memcpy(o + 1, &w, 4);
            if (f->sec)
                o[5] = 0x90;
            return 5;
        }
        /* call/jmp qword ptr [rip+pool]: out = o - here */
        uint32_t slot_at = align_up(J->code_size, 8) + 8 * (*npool)++;
        int32_t w = (int32_t)((int64_t)slot_at - (here + 6));
        o[0] = 0xFF;
        o[1] = f->op == 0xE8 ? 0x15 : 0x25;
        memcpy(o + 2, &w, 4);
        memcpy(o - here + slot_at, &f->abs, 8);
        return 6;
    }
    if (f->kind == FIX_ALIGN) {
        jas_x64_nops(o, f->slot);
        return (int)f->slot;
    }
    put_ref(J, f, o, here);
    return f->kind == FIX_REL32 ? 4 : 8;
}

/* After the code: int3 up to the literal pool and between it and the data
 * (a stray jump there traps), then the data section and its fixups. */
static int write_tail(jas_State *J, uint8_t *out)
{
    uint32_t from = J->code_size;
    if (J->pool_size) {
        uint32_t pool_at = align_up(J->code_size, 8);
        memset(out + from, 0xCC, pool_at - from);
        from = pool_at + J->pool_size;
    }
    if (J->sec[1].len) {
        memset(out + from, 0xCC, J->data_base - from);
        uint8_t *d = out + J->data_base;
        memcpy(d, J->sec[1].buf, J->sec[1].len);
        for (const jas_fix *f = J->fix, *e = f + J->nfix; f < e; f++)
            if (f->sec && put_fix(J, f, d + f->pos, (int64_t)J->data_base + f->pos, NULL) < 0)
                return -1;
    }
    return 0;
}

/* jas_link_encode's one walk over the fixups: relaxation pass 1 (the rules
 * of relax_pass) and the write.  What lies behind a fixup is final when it
 * is reached, so a backward branch, a direct call and padding are written
 * at once; a forward branch made short, a reference ahead or into the data
 * section and a call through the pool get their bytes at the end (their
 * fixup indices in J->patch).  Returns 1 done, 0 when pass 1 leaves a
 * branch undecided (the caller links and encodes the usual way), 2 when the
 * code does not fit cap bytes; -1: an error, reported.  The source has
 * JAS_PAD bytes of slack; stores may run up to lim + 15. */
static int write_code(jas_State *J, uint8_t *out, uint8_t *lim, size_t cap)
{
    int32_t acc = 0, *shrink = J->shrink;
    uint32_t n = J->nfix, prev = 0, npatch = 0, npool = 0, *patch = J->patch;
    const jas_slot *slots = J->slot;
    const uint8_t *src = J->sec[0].buf;
    uint8_t *o = out;
    jas_fix *f = J->fix;
    for (uint32_t i = 0; i < n; i++, f++) {
        shrink[i] = acc;
        if (f->sec) { /* data: written with the data section */
            if (f->kind != FIX_ABSBR && !slots[f->slot].defined)
                goto undefined;
            continue;
        }
        uint32_t gap = f->pos - prev;
        if (o + gap + 16 <= lim) {
            /* 16-byte chunks, no call: the source has JAS_PAD bytes of
             * slack, and what lands past the gap is overwritten next */
            for (uint32_t k = 0; k < gap; k += 16)
                memcpy(o + k, src + prev + k, 16);
        } else { /* near the end of the code */
            memcpy(o, src + prev, gap);
        }
        o += gap;
        int64_t here = o - out;
        if (f->kind == FIX_BRANCH) {
            const jas_slot *l = &slots[f->slot];
            uint32_t longsz = jas_x64_branch_long(f->op);
            prev = f->pos + longsz;
            if (!l->defined)
                goto undefined;
            if (l->sec)
                return 0; /* judged by a later pass (relax_pass) */
            if (l->fixidx > i) {
                /* ahead, judged as pass 1 does: everything up to the
                 * target at its reserved size, the target moving when
                 * this one shrinks */
                if ((int64_t)l->pos - acc - (longsz - 2) - here - 2 > 127)
                    return 0; /* long for now: a later pass may shrink it */
                o[0] = f->op;
                o += 2;
                acc += (int32_t)longsz - 2;
                f->aux = ST_SHORT;
                patch[npatch++] = i;
                continue;
            }
            int64_t t = slot_final(J, f->slot) - here - 2; /* final */
            if (t >= -128) {
                f->aux = ST_SHORT;
                o[0] = f->op;
                o[1] = (uint8_t)t;
                o += 2;
                acc += (int32_t)longsz - 2;
            } else {
                f->aux = ST_LONG;
                jas_x64_branch(o, f->op, 0, (int32_t)(t + 2 - longsz));
                o += longsz;
            }
        } else if (f->kind == FIX_ABSBR) {
            int64_t t = f->abs - (int64_t)(J->base + (uint64_t)here + 5);
            prev = f->pos + 6;
            if (t >= INT32_MIN && t <= INT32_MAX) {
                int32_t w = (int32_t)t;
                f->aux = ST_SHORT;
                o[0] = f->op;
                memcpy(o + 1, &w, 4);
                o += 5;
                acc += 1;
            } else { /* through the pool, whose place comes last */
                f->aux = ST_LONG;
                patch[npatch++] = i;
                npool++;
                o += 6;
            }
        } else if (f->kind == FIX_ALIGN) {
            uint32_t al = (uint32_t)f->addend;
            f->slot = (uint32_t)(-here) & (al - 1); /* the padding */
            acc += (int32_t)(al - 1 - f->slot);
            jas_x64_nops(o, f->slot);
            o += f->slot;
            prev = f->pos + al - 1;
        } else { /* FIX_REL32, FIX_ADDR */
            const jas_slot *l = &slots[f->slot];
            if (!l->defined)
                goto undefined;
            prev = f->pos + reserved(f);
            if (!l->sec && l->fixidx <= i)
                put_ref(J, f, o, here);
            else
                patch[npatch++] = i;
            o += f->kind == FIX_REL32 ? 4 : 8;
        }
    }
    memcpy(o, src + prev, J->sec[0].len - prev);
    set_layout(J, acc, npool);
    if (J->total > cap)
        return 2; /* too small: the caller says so */
    npool = 0;
    for (uint32_t k = 0; k < npatch; k++) {
        f = &J->fix[patch[k]];
        int64_t here = (int64_t)f->pos - shrink[patch[k]];
        if (f->kind == FIX_BRANCH) /* short, its opcode written */
            out[here + 1] = (uint8_t)(slot_final(J, f->slot) - here - 2);
        else
            put_fix(J, f, out + here, here, &npool);
    }
    return write_tail(J, out) ? -1 : 1;
undefined:
    jas__fail(J, "error: undefined label (referenced by fixup %lld)", f - J->fix, NULL);
    return -1;
}

/* After jas_link every state and shrink[] are final: each fixup's bytes
 * where the last pass put them.  Not the hot path (jas_link_encode is):
 * plain copies and one writer per fixup. */
int jas_encode(jas_State *J, void *dst)
{
    if (J->failed)
        return -1;
    if (!linked_now(J)) {
        jas__fail(J, "error: jas_encode without jas_link after the last block", 0, NULL);
        return -1;
    }
    uint8_t *out = dst, *o = out;
    const uint8_t *src = J->sec[0].buf;
    uint32_t prev = 0, npool = 0;
    for (const jas_fix *f = J->fix, *e = f + J->nfix; f < e; f++) {
        if (f->sec)
            continue;
        memcpy(o, src + prev, f->pos - prev);
        o += f->pos - prev;
        o += put_fix(J, f, o, o - out, &npool); /* in code: no error */
        prev = f->pos + reserved(f);
    }
    memcpy(o, src + prev, J->sec[0].len - prev);
    return write_tail(J, out);
}
size_t jas_code_size(const jas_State *J) { return linked_now(J) ? J->total : 0; }

static int64_t label_offset(const jas_State *J, const uint32_t *tab, uint32_t n, uint32_t id)
{
    if (!linked_now(J) || id >= n || !tab[id] || !J->slot[tab[id] - 1].defined)
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

int jas_link_encode(jas_State *J, uint64_t base, void *dst, size_t cap, size_t *size)
{
    if (J->failed)
        return -1;
    if ((J->capshrink <= J->nfix &&
         jas__grow_in(J, (void **)&J->shrink, &J->capshrink, J->nfix + 1, sizeof *J->shrink)) ||
        (J->cappatch < J->nfix &&
         jas__grow_in(J, (void **)&J->patch, &J->cappatch, J->nfix, sizeof *J->patch))) {
        jas__oom(J);
        return -1;
    }
    J->base = base;
    J->linked = 0;
    int r = 0;
    if (cap >= (size_t)J->sec[0].len + JAS_PAD) {
        uint8_t *out = dst;
        r = write_code(J, out, out + J->sec[0].len + JAS_PAD, cap);
        if (r < 0)
            return -1;
    }
    if (r == 0) { /* the usual way: link, then write if it fits */
        if (jas_link(J, base, NULL))
            return -1;
        r = J->total > cap ? 2 : 0;
        if (!r && J->total && jas_encode(J, dst)) /* (dst may be NULL for no code) */
            return -1;
    }
    if (size)
        *size = J->total;
    if (r == 2) { /* not an error of the program: a bigger buffer will do */
        J->linked = 0;
        return 1;
    }
    set_linked(J);
    return 0;
}
