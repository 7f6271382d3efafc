/* The entry points of blocks compiled to C (`jas --emit=code`): room for a
 * block, label definitions and link-time fixups.  jas_put() (put.c) does
 * the same through the same inline steps (state.h) for its common actions
 * and calls these for the rare ones (REL32, ADDR, ALIGN, SECT), so both
 * modes share one implementation.  Each takes the write position and
 * returns the position after what it appended, or NULL after an error. */
#include "runtime/state.h"

#include <string.h>

unsigned char *jas__begin(jas_State *J, uint32_t max_bytes, uint32_t max_fixes,
                          uint32_t nlocals, uint32_t *locbase)
{
    return jas__open(J, max_bytes, max_fixes, nlocals, locbase);
}

void jas__end(jas_State *J, unsigned char *p)
{
    jas_sec *s = &J->sec[J->cur];
    s->len = (uint32_t)(p - s->buf);
}

unsigned char *jas__label(jas_State *J, unsigned char *p, int kind, int64_t id, uint32_t locbase)
{
    return jas__define(J, p, kind, id, locbase);
}

unsigned char *jas__branch(jas_State *J, unsigned char *p, int op, int kind, int64_t id,
                           uint32_t locbase)
{
    uint32_t s = jas__slot_of(J, kind, id, locbase, 0);
    if (s == UINT32_MAX)
        return NULL;
    return jas__branch_at(J, p, (uint32_t)(p - J->sec[J->cur].buf), J->cur, op, s);
}

unsigned char *jas__absbr(jas_State *J, unsigned char *p, int op, int64_t target)
{
    return jas__absbr_at(J, p, (uint32_t)(p - J->sec[J->cur].buf), J->cur, op, target);
}

/* A REL32 or ADDR fixup to a label; NULL (reported) for a bad label. */
static jas_fix *ref(jas_State *J, unsigned char *p, int fk, int kind, int64_t id, uint32_t locbase)
{
    uint32_t s = jas__slot(J, kind, id, locbase, 0);
    if (s == UINT32_MAX)
        return NULL;
    jas_fix *f = jas__add_fix(J, fk, p);
    f->slot = s;
    return f;
}

unsigned char *jas__rel32(jas_State *J, unsigned char *p, int kind, int64_t id, uint32_t locbase,
                          int tail, int32_t addend)
{
    jas_fix *f = ref(J, p, FIX_REL32, kind, id, locbase);
    if (!f)
        return NULL;
    f->aux = (uint8_t)tail;
    f->addend = addend;
    return p + 4;
}

unsigned char *jas__addr(jas_State *J, unsigned char *p, int kind, int64_t id, uint32_t locbase)
{
    return ref(J, p, FIX_ADDR, kind, id, locbase) ? p + 8 : NULL;
}

unsigned char *jas__align(jas_State *J, unsigned char *p, int log2)
{
    jas_sec *s = &J->sec[J->cur];
    uint32_t al = 1u << log2;
    if (al > s->align)
        s->align = al;
    if (J->cur == 0) { /* code: padding depends on relaxation */
        jas__add_fix(J, FIX_ALIGN, p)->addend = (int32_t)al;
        return p + al - 1;
    }
    uint32_t n = (uint32_t)(-(p - s->buf)) & (al - 1);
    memset(p, 0, n);
    return p + n;
}

unsigned char *jas__sect(jas_State *J, unsigned char *p, int sect, uint32_t max_bytes)
{
    jas__end(J, p);
    J->cur = sect & 1;
    /* max_bytes bounds the whole block, so it bounds this section too */
    return jas__open(J, max_bytes, 0, 0, NULL);
}
