/* libjas internal state.  Everything here is private to src/runtime. */
#ifndef JAS_STATE_H
#define JAS_STATE_H

#include "jas.h"
#include "runtime/actions.h"

#include <stdint.h>

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
    uint8_t op;     /* BRANCH: 0xEB or 0x70|cc; ABSBR: 0xE8/0xE9; ALIGN: n */
    uint8_t aux;    /* REL32: tail bytes; BRANCH/ABSBR: ST_*; ALIGN: pad */
    uint32_t slot;  /* target label slot (BRANCH, REL32, ADDR) */
    int64_t abs;    /* ABSBR target */
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

struct jas_State {
    jas_sec sec[2];
    int cur;                 /* current section */
    jas_fix *fix;
    uint32_t nfix, capfix;
    jas_slot *slot;
    uint32_t nslot, capslot;
    uint32_t *glob, nglob;   /* global id -> slot+1 (0: none yet) */
    uint32_t *dyn, ndyn;     /* dynamic label -> slot+1 */
    uint32_t numback[JAS_NUMLABELS], numfwd[JAS_NUMLABELS]; /* slot+1 */
    /* link results */
    int32_t *shrink;         /* shrink[i]: bytes removed by fixups < i */
    uint32_t capshrink;
    uint32_t code_size, pool_size, data_base, total;
    uint64_t base;
    int linked;
    void *published;         /* code returned by the last jas_publish */
    jas_options opt;
    int failed;
    uint64_t numdirty[2];    /* numeric labels touched since jas_reset */
    uint8_t inl_code[JAS_INL_CODE + JAS_PAD];
    jas_fix inl_fix[JAS_INL_FIX];
    jas_slot inl_slot[JAS_INL_SLOT];
    int32_t inl_shrink[JAS_INL_FIX + 1];
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

/* Internal helpers shared by the runtime files. */
void jas__fail(jas_State *J, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
int jas__grow(void **p, uint32_t *cap, uint32_t need, size_t elem);
/* The same for a buffer that may still be one of J's initial ones. */
int jas__grow_in(jas_State *J, void **p, uint32_t *cap, uint32_t need, size_t elem);
uint32_t jas__label_slot(jas_State *J, int kind, uint32_t id, uint32_t locbase, int define);
void jas__define(jas_State *J, uint32_t slot);
int jas__reserve(jas_State *J, uint32_t bytes, uint32_t fixes);

#endif
