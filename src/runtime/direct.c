/* Entry points for blocks compiled to C (`jas --emit=code`): the generated
 * code stores literal bytes and run-time fields itself and calls these for
 * what is not straight-line.  Each does what the matching action of
 * jas_put() (put.c) does, with the write position passed in and out. */
#include "runtime/state.h"

#include <string.h>

unsigned char *jas__begin(jas_State *J, uint32_t max_bytes, uint32_t max_fixes,
                          uint32_t nlocals, uint32_t *locbase)
{
    if (J->failed)
        return NULL;
    jas_sec *s = &J->sec[J->cur];
    if ((s->cap - s->len < max_bytes + JAS_PAD || J->capfix - J->nfix < max_fixes) &&
        jas__reserve(J, max_bytes + JAS_PAD, max_fixes))
        return NULL;
    if (nlocals) {
        if (J->capslot - J->nslot < nlocals &&
            jas__grow_in(J, (void **)&J->slot, &J->capslot, J->nslot + nlocals, sizeof *J->slot)) {
            jas__fail(J, "error: out of memory");
            return NULL;
        }
        for (uint32_t k = 0; k < nlocals; k++)
            J->slot[J->nslot + k] = (jas_slot){0, 0, 0, 0};
        *locbase = J->nslot;
        J->nslot += nlocals;
    }
    return s->buf + s->len;
}

void jas__end(jas_State *J, unsigned char *p)
{
    jas_sec *s = &J->sec[J->cur];
    s->len = (uint32_t)(p - s->buf);
}

static inline uint32_t slot_of(jas_State *J, int kind, int64_t id, uint32_t locbase, int define)
{
    if (kind == JAS_L_LOCAL)
        return locbase + (uint32_t)id;
    /* fast paths: a numeric label already known (as in put.c) */
    if ((kind == JAS_L_NUMBACK || kind == JAS_L_NUMFWD) && (uint64_t)id < JAS_NUMLABELS &&
        jas__num_dirty(J, (uint32_t)id)) {
        uint32_t *t = kind == JAS_L_NUMBACK ? J->numback : J->numfwd;
        if (t[id]) {
            uint32_t s = t[id] - 1;
            if (define && kind == JAS_L_NUMFWD) { /* this definition is now "Nb"; the next Nf is new */
                J->numback[id] = s + 1;
                J->numfwd[id] = 0;
            }
            return s;
        }
    }
    if ((kind == JAS_L_DYN || kind == JAS_L_DYNBACK) && (id < 0 || id > 0x7fffffff)) {
        jas__fail(J, "error: dynamic label %lld out of range", (long long)id);
        return UINT32_MAX;
    }
    return jas__label_slot(J, kind, (uint32_t)id, locbase, define);
}

static uint32_t pos_of(jas_State *J, const unsigned char *p)
{
    return (uint32_t)(p - J->sec[J->cur].buf);
}

static jas_fix *add_fix(jas_State *J, int kind, uint32_t pos)
{
    jas_fix *f = &J->fix[J->nfix++];
    f->pos = pos;
    f->kind = (uint8_t)kind;
    f->sec = (uint8_t)J->cur;
    f->op = 0;
    f->aux = 0;
    f->slot = 0;
    f->abs = 0;
    return f;
}

unsigned char *jas__label(jas_State *J, unsigned char *p, int kind, int64_t id, uint32_t locbase)
{
    jas_sec *s = &J->sec[J->cur];
    s->len = (uint32_t)(p - s->buf);
    uint32_t slot = slot_of(J, kind, id, locbase, 1);
    if (slot == UINT32_MAX)
        return NULL;
    jas_slot *l = &J->slot[slot];
    if (l->defined) {
        jas__define(J, slot); /* reports it */
        return NULL;
    }
    l->defined = 1;
    l->sec = (uint8_t)J->cur;
    l->pos = s->len;
    l->fixidx = J->nfix;
    return p;
}

unsigned char *jas__branch(jas_State *J, unsigned char *p, int op, int kind, int64_t id,
                           uint32_t locbase)
{
    uint32_t slot = slot_of(J, kind, id, locbase, 0);
    if (slot == UINT32_MAX)
        return NULL;
    jas_fix *f = add_fix(J, FIX_BRANCH, pos_of(J, p));
    f->op = (uint8_t)op;
    f->slot = slot;
    return p + (op == 0xEB ? 5 : 6); /* long form reserved; jas_link shrinks */
}

unsigned char *jas__rel32(jas_State *J, unsigned char *p, int kind, int64_t id, uint32_t locbase,
                          int tail, int32_t addend)
{
    uint32_t slot = slot_of(J, kind, id, locbase, 0);
    if (slot == UINT32_MAX)
        return NULL;
    jas_fix *f = add_fix(J, FIX_REL32, pos_of(J, p));
    f->aux = (uint8_t)tail;
    f->slot = slot;
    f->abs = addend;
    return p + 4;
}

unsigned char *jas__absbr(jas_State *J, unsigned char *p, int op, int64_t target)
{
    jas_fix *f = add_fix(J, FIX_ABSBR, pos_of(J, p));
    f->op = (uint8_t)op;
    f->abs = target;
    return p + 6; /* call [rip+pool] size; rel32 is one byte less */
}

unsigned char *jas__addr(jas_State *J, unsigned char *p, int kind, int64_t id, uint32_t locbase)
{
    uint32_t slot = slot_of(J, kind, id, locbase, 0);
    if (slot == UINT32_MAX)
        return NULL;
    jas_fix *f = add_fix(J, FIX_ADDR, pos_of(J, p));
    f->slot = slot;
    return p + 8;
}

unsigned char *jas__align(jas_State *J, unsigned char *p, int log2)
{
    jas_sec *s = &J->sec[J->cur];
    uint32_t al = 1u << log2;
    if (al > s->align)
        s->align = al;
    if (J->cur == 0) { /* code: padding depends on relaxation */
        jas_fix *f = add_fix(J, FIX_ALIGN, pos_of(J, p));
        f->abs = al;
        return p + al - 1;
    }
    uint32_t n = (uint32_t)(-(p - s->buf)) & (al - 1);
    memset(p, 0, n);
    return p + n;
}

unsigned char *jas__sect(jas_State *J, unsigned char *p, int sect, uint32_t max_bytes)
{
    jas_sec *s = &J->sec[J->cur];
    s->len = (uint32_t)(p - s->buf);
    J->cur = sect & 1;
    s = &J->sec[J->cur];
    /* max_bytes bounds the whole block, so it bounds this section too */
    if (s->cap - s->len < max_bytes + JAS_PAD &&
        jas__grow_in(J, (void **)&s->buf, &s->cap, s->len + max_bytes + JAS_PAD, 1)) {
        jas__fail(J, "error: out of memory");
        return NULL;
    }
    return s->buf + s->len;
}

void jas__bad(jas_State *J, const char *file, uint32_t line, int64_t v, int why)
{
    static const char *const what[] = {
        "does not fit its field",
        "does not fit the operand size",
        "is not a register number (0..15)",
        "fits no encoding of this instruction",
    };
    jas__fail(J, "%s:%u: error: run-time value %lld (0x%llx) %s", file, line, (long long)v,
              (unsigned long long)v, what[why >= 0 && why <= JAS__NOENC ? why : JAS__NOENC]);
}
