/* rvjit — guest CPU state.
 *
 * The whole architectural state of a guest hart (one per guest thread) lives in ONE
 * struct with fixed, documented offsets so that generated code (the future
 * JIT tier) can address it directly from a base register.  The offsets are
 * checked at compile time below and listed in docs/rvjit.md.
 *
 *   0x000  x[32]      integer registers, x[0] is always 0
 *   0x100  f[32]      FP registers, raw 64-bit patterns (singles NaN-boxed)
 *   0x200  sink       write target for rd == x0 (never read as x0)
 *   0x208  pc         guest pc (valid at block entry, syscalls and faults)
 *   0x210  instret    retired instructions (accounted per basic block)
 *   0x218  resv       LR reservation address, RV_NO_RESV when none
 *   0x220  fflags     accrued FP exception flags, software part (see fp.c)
 *   0x224  frm        dynamic rounding mode (0..7 as written by the guest)
 *   0x228  mem        host address of guest address 0
 *   0x230  cur_op     decoded op executing a memory access (for faults)
 *   0x238  resv_val   the value LR read (SC stores only if memory still holds it)
 *
 * r[] aliases x[], f[] and sink as one array: the decoder turns register
 * numbers into r[] indexes (x: 0..31, f: 32..63, x0-as-destination: 64) so
 * every handler is a plain indexed load/store.
 */
#ifndef RVJIT_CPU_H
#define RVJIT_CPU_H

#include <stddef.h>
#include <stdint.h>

#define RV_RX(n)   (n)          /* r[] index of integer register n */
#define RV_RF(n)   (32 + (n))   /* r[] index of FP register n */
#define RV_SINK    64           /* r[] index that absorbs writes to x0 */
#define RV_NO_RESV UINT64_MAX

typedef struct RvCpu {
    union {
        struct {
            uint64_t x[32];
            uint64_t f[32];
            uint64_t sink;
        };
        uint64_t r[65];
    };
    uint64_t pc;
    uint64_t instret;
    uint64_t resv;
    uint32_t fflags;
    uint32_t frm;
    uint8_t *mem;
    const void *cur_op;
    uint64_t resv_val;
} RvCpu;

#define RV_OFF_X       0x000
#define RV_OFF_F       0x100
#define RV_OFF_SINK    0x200
#define RV_OFF_PC      0x208
#define RV_OFF_INSTRET 0x210
#define RV_OFF_RESV    0x218
#define RV_OFF_FFLAGS  0x220
#define RV_OFF_FRM     0x224
#define RV_OFF_MEM     0x228
#define RV_OFF_CUR_OP  0x230
#define RV_OFF_RESV_VAL 0x238

_Static_assert(offsetof(RvCpu, x) == RV_OFF_X, "x offset");
_Static_assert(offsetof(RvCpu, f) == RV_OFF_F, "f offset");
_Static_assert(offsetof(RvCpu, sink) == RV_OFF_SINK, "sink offset");
_Static_assert(offsetof(RvCpu, r) == 0, "r offset");
_Static_assert(offsetof(RvCpu, pc) == RV_OFF_PC, "pc offset");
_Static_assert(offsetof(RvCpu, instret) == RV_OFF_INSTRET, "instret offset");
_Static_assert(offsetof(RvCpu, resv) == RV_OFF_RESV, "resv offset");
_Static_assert(offsetof(RvCpu, fflags) == RV_OFF_FFLAGS, "fflags offset");
_Static_assert(offsetof(RvCpu, frm) == RV_OFF_FRM, "frm offset");
_Static_assert(offsetof(RvCpu, mem) == RV_OFF_MEM, "mem offset");
_Static_assert(offsetof(RvCpu, cur_op) == RV_OFF_CUR_OP, "cur_op offset");
_Static_assert(offsetof(RvCpu, resv_val) == RV_OFF_RESV_VAL, "resv_val offset");

/* FP exception flag bits (fflags) */
#define RV_NX 0x01
#define RV_UF 0x02
#define RV_OF 0x04
#define RV_DZ 0x08
#define RV_NV 0x10

/* rounding modes */
#define RV_RNE 0
#define RV_RTZ 1
#define RV_RDN 2
#define RV_RUP 3
#define RV_RMM 4
#define RV_DYN 7

#endif
