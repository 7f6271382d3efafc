/* What DynASM's dasm_proto.h leaves to its user, for the optional DynASM
 * peer (emit_dynasm.c) and its size (footprint/fp_dynasm.c): the state
 * argument convention and the buffer hooks (growth by doubling, free); then
 * the engine, dasm_x86.h from DYNASM_DIR (bench/Makefile). */
#ifndef BENCH_DYNASM_HOOKS_H
#define BENCH_DYNASM_HOOKS_H

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

/* The engine is not written for -Wall -Wextra -Werror. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wmisleading-indentation"
#include "dasm_x86.h"
#pragma GCC diagnostic pop

#endif
