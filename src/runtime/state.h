/* libjas internal state.  Everything here is private to src/runtime. */
#ifndef JAS_STATE_H
#define JAS_STATE_H

#include "jas.h"
#include "runtime/actions.h"

#include <stdint.h>

/* Slow paths kept out of line, so that the fast path they branch off stays
 * a leaf (no registers to save) and the code small. */
#if defined(__GNUC__)
#define JAS_NOINLINE __attribute__((noinline))
#else
#define JAS_NOINLINE
#endif

/* A section being emitted: code (0) or data (1). */
typedef struct jas_sec {
    uint8_t *buf;
    uint32_t len, cap;
    uint32_t align; /* largest alignment asked for in it */
} jas_sec;

/* Link-time fixup, in emission order.  Only code-section fixups can change
 * size (branches, absolute calls, alignment); their bytes are reserved at
 * the pessimistic size while emitting and shrunk by jas_link(). */
enum { FIX_BRANCH, FIX_ABSBR, FIX_ALIGN, FIX_REL32, FIX_ADDR };
enum { ST_LONG, ST_SHORT, ST_FORCED }; /* relaxation states */

typedef struct jas_fix {
    uint32_t pos;   /* offset in its section of the reserved bytes */
    uint8_t kind;   /* FIX_* */
    uint8_t sec;
    uint8_t op;     /* BRANCH: 0xEB or 0x70|cc; ABSBR: 0xE8/0xE9 */
    uint8_t aux;    /* REL32: tail bytes; BRANCH/ABSBR: ST_* */
    union {
        struct {
            uint32_t slot;  /* target label slot; ALIGN: the pad (set by jas_link) */
            int32_t addend; /* REL32: addend; ALIGN: the alignment */
        };
        int64_t abs;        /* ABSBR: the target address */
    };
} jas_fix;

/* A label: where it is, and how many fixups were emitted before it (so its
 * final position is pos + shrink of those fixups, found in O(1)). */
typedef struct jas_slot {
    uint32_t pos;
    uint32_t fixidx;
    uint8_t sec;
    uint8_t defined;
} jas_slot;

#define JAS_NUMLABELS 100
/* Initial buffers inside the state: a small function needs no allocation
 * beyond the state itself. */
#define JAS_INL_CODE 240
#define JAS_INL_FIX 16
#define JAS_INL_SLOT 16

/* The scalars first, the hot ones within 128 bytes of the start (one-byte
 * displacements: smaller code); jas_new zeroes everything up to numback
 * and sets the few nonzero fields. */
struct jas_State {
    jas_sec sec[2];
    jas_fix *fix;
    jas_slot *slot;
    uint32_t nfix, capfix;
    uint32_t nslot, capslot;
    int cur;                 /* current section */
    int failed;
    uint64_t numdirty[2];    /* numeric labels touched since jas_reset */
    /* link results */
    int32_t *shrink;         /* shrink[i]: bytes removed by fixups < i */
    uint32_t *patch;         /* jas_link_encode: fixups written last */
    uint32_t capshrink, cappatch;
    uint32_t code_size, pool_size, data_base, total;
    uint64_t base;
    int linked;
    uint32_t link_len[2], link_nfix; /* what was linked (jas__linked) */
    int grown;               /* some buffer is on the heap */
    uint32_t *glob, nglob;   /* global id -> slot+1 (0: none yet) */
    uint32_t *dyn, ndyn;     /* dynamic label -> slot+1 */
    void *published;         /* code returned by the last jas_publish */
    jas_options opt;
    uint32_t numback[JAS_NUMLABELS], numfwd[JAS_NUMLABELS]; /* slot+1 */
    uint8_t inl_code[JAS_INL_CODE + JAS_PAD];
    jas_fix inl_fix[JAS_INL_FIX];
    jas_slot inl_slot[JAS_INL_SLOT];
    int32_t inl_shrink[JAS_INL_FIX + 1];
    uint32_t inl_patch[JAS_INL_FIX];
    char err[256];
};

/* Numeric label id (< JAS_NUMLABELS) touched since jas_reset?  The tables
 * are only cleared for touched ids. */
static inline int jas__num_dirty(const jas_State *J, uint32_t id)
{
    return (int)((J->numdirty[id >> 6] >> (id & 63)) & 1);
}
static inline void jas__num_touch(jas_State *J, uint32_t id)
{
    if (!jas__num_dirty(J, id)) {
        J->numback[id] = J->numfwd[id] = 0;
        J->numdirty[id >> 6] |= 1ull << (id & 63);
    }
}

/* Internal helpers shared by the runtime files.  The first error since
 * jas_new/jas_reset: fmt formatted with x (a long long, if it takes one)
 * then s (a string, if it takes one).  Not variadic: a va_list costs every
 * caller and the callee code for two arguments at most. */
void jas__fail(jas_State *J, const char *fmt, long long x, const char *s);
/* Grow *p (*cap elements, possibly one of J's initial buffers) to at least
 * `need` elements; -1 when out of memory (not reported). */
int jas__grow_in(jas_State *J, void **p, uint32_t *cap, uint32_t need, size_t elem);
/* The slot a label operand names (JAS_L_* kind; define=1 for a definition),
 * or UINT32_MAX with the error set (labels.c; jas__slot_of below takes the
 * common cases inline). */
uint32_t jas__slot(jas_State *J, int kind, int64_t id, uint32_t locbase, int define);
void jas__oom(jas_State *J);

/* The hot steps of emitting, shared by jas_put (put.c) and the entry points
 * of generated code (direct.c), always inlined: put.c is the one file of the
 * runtime built for speed (-O2), the others are built for size (-Os) and
 * keep these steps fast by inlining them. */
#if defined(__GNUC__)
#define JAS_HOT static inline __attribute__((always_inline))
#else
#define JAS_HOT static inline
#endif

/* A label operand's slot: local labels and the common cases of numeric
 * labels (`Nb` defined, `Nf` or a definition with room for a new slot)
 * inline, the rest in jas__slot. */
JAS_HOT uint32_t jas__slot_of(jas_State *J, int kind, int64_t id, uint32_t locbase, int define)
{
    if (kind == JAS_L_LOCAL)
        return locbase + (uint32_t)id;
    if ((unsigned)(kind - JAS_L_NUMBACK) <= JAS_L_NUMFWD - JAS_L_NUMBACK &&
        (uint64_t)id < JAS_NUMLABELS && ((J->numdirty[id >> 6] >> (id & 63)) & 1)) {
        if (kind == JAS_L_NUMBACK) {
            if (J->numback[id])
                return J->numback[id] - 1;
            return jas__slot(J, kind, id, locbase, define); /* the error */
        }
        uint32_t s = J->numfwd[id];
        if (!s && J->nslot < J->capslot) { /* a new slot for Nf */
            J->slot[J->nslot] = (jas_slot){0, 0, 0, 0};
            s = ++J->nslot;
        }
        if (s) {
            J->numfwd[id] = define ? 0 : s; /* defined: the next Nf is new, */
            if (define)                     /* this one is Nb */
                J->numback[id] = s;
            return s - 1;
        }
    }
    return jas__slot(J, kind, id, locbase, define);
}

/* Value classes, JAS_C_* (actions.h).  Compares, not a table on the bit
 * length: the branches are predicted and speculated past, where a table
 * look-up puts a bit scan and a load on the path to the variant's bytes
 * (measured: ~15% slower emission with the table). */
JAS_HOT unsigned jas__value_class(int64_t v)
{
    if (v >= 0) {
        if (v <= 1) return v ? JAS_C_ONE : JAS_C_ZERO;
        if (v <= 0x7f) return JAS_C_P8;
        if (v <= 0xff) return JAS_C_U8;
        if (v <= 0x7fff) return JAS_C_P16;
        if (v <= 0xffff) return JAS_C_U16;
        if (v <= 0x7fffffff) return JAS_C_P32;
        if (v <= 0xffffffffLL) return JAS_C_U32;
        return JAS_C_P64;
    }
    if (v >= -0x80) return JAS_C_N8;
    if (v >= -0x8000) return JAS_C_N16;
    if (v >= -0x80000000LL) return JAS_C_N32;
    return JAS_C_N64;
}

/* VAR actions (var.c): the field range rule, and the general case of the
 * action at `a`: returns the end of the action, or NULL (reported);
 * *len = bytes written. */
int jas__fits(int64_t v, unsigned kind);
const uint8_t *jas__put_var(jas_State *J, const jas_tpl *t, const uint8_t *a, const int64_t *args,
                           uint8_t *p, uint32_t *len);

/* Record a fixup of `kind` at offset pos of section sec. */
JAS_HOT jas_fix *jas__add_fix_at(jas_State *J, int kind, uint32_t pos, int sec)
{
    jas_fix *f = &J->fix[J->nfix++];
    *f = (jas_fix){.pos = pos, .kind = (uint8_t)kind, .sec = (uint8_t)sec};
    return f;
}
/* ... at p in the current section. */
JAS_HOT jas_fix *jas__add_fix(jas_State *J, int kind, const unsigned char *p)
{
    return jas__add_fix_at(J, kind, (uint32_t)(p - J->sec[J->cur].buf), J->cur);
}

/* Define a label at p; NULL (reported) if it already is. */
JAS_HOT unsigned char *jas__define(jas_State *J, unsigned char *p, int kind, int64_t id,
                                   uint32_t locbase)
{
    uint32_t s = jas__slot_of(J, kind, id, locbase, 1);
    if (s == UINT32_MAX)
        return NULL;
    jas_slot *l = &J->slot[s];
    if (l->defined) {
        jas__fail(J, "error: label defined twice", 0, NULL);
        return NULL;
    }
    *l = (jas_slot){(uint32_t)(p - J->sec[J->cur].buf), J->nfix, (uint8_t)J->cur, 1};
    return p;
}

/* A relaxable jmp (0xEB) / jcc (0x70|cc) to label slot s, at offset pos
 * of section sec: the long form is reserved, jas_link shrinks it. */
JAS_HOT unsigned char *jas__branch_at(jas_State *J, unsigned char *p, uint32_t pos, int sec, int op,
                                      uint32_t s)
{
    jas_fix *f = jas__add_fix_at(J, FIX_BRANCH, pos, sec);
    f->op = (uint8_t)op;
    f->slot = s;
    return p + (op == 0xEB ? 5 : 6);
}

/* A call (0xE8) / jmp (0xE9) to an absolute address, at offset pos of
 * section sec: jas_link makes it rel32 or an indirect call through a
 * literal pool. */
JAS_HOT unsigned char *jas__absbr_at(jas_State *J, unsigned char *p, uint32_t pos, int sec, int op,
                                     int64_t target)
{
    jas_fix *f = jas__add_fix_at(J, FIX_ABSBR, pos, sec);
    f->op = (uint8_t)op;
    f->abs = target;
    return p + 6; /* call [rip+pool] size; rel32 is one byte less */
}

/* Room for a block (jas__begin): the common case inline, growth in
 * jas__grow_block. */
unsigned char *jas__grow_block(jas_State *J, uint32_t max_bytes, uint32_t max_fixes,
                               uint32_t nlocals, uint32_t *locbase);
JAS_HOT unsigned char *jas__open(jas_State *J, uint32_t max_bytes, uint32_t max_fixes,
                                 uint32_t nlocals, uint32_t *locbase)
{
    jas_sec *s = &J->sec[J->cur];
    uint32_t n = J->nslot;
    if (J->failed || s->cap - s->len < max_bytes + JAS_PAD || J->capfix - J->nfix < max_fixes ||
        J->capslot - n < nlocals)
        return jas__grow_block(J, max_bytes, max_fixes, nlocals, locbase);
    if (locbase)
        *locbase = n;
    J->nslot = n + nlocals;
    for (; nlocals; nlocals--)
        J->slot[n++] = (jas_slot){0, 0, 0, 0};
    return s->buf + s->len;
}

#endif
