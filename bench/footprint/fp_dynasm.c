/* DynASM's x86 engine alone (dasm_x86.h from a LuaJIT tree, bench/Makefile
 * DYNASM_DIR=...), compiled -O2 into an object whose .text bench.py reports
 * beside jas's runtime: the engine DynASM users link, with the growth and
 * free hooks dasm_proto.h leaves to them. */
#include <stdlib.h>

typedef struct dasm_State dasm_State;
#define Dst_DECL dasm_State **Dst
#define Dst_REF (*Dst)
#define DASM_M_GROW(ctx, t, p, sz, need)                      \
    do {                                                      \
        size_t sz_ = (sz), need_ = (need);                    \
        if (sz_ < need_) {                                    \
            if (sz_ < 16)                                     \
                sz_ = 16;                                     \
            while (sz_ < need_)                               \
                sz_ += sz_;                                   \
            (p) = (t *)realloc((p), sz_);                     \
            if (!(p))                                         \
                abort();                                      \
            (sz) = sz_;                                       \
        }                                                     \
    } while (0)
#define DASM_M_FREE(ctx, p, sz) free(p)
#include "dasm_x86.h"
