/* F/D beyond single instructions: all 32 f registers live at once, high
 * register numbers as operands, FP loads/stores with offsets (negative,
 * misaligned), and hot loops (so a JIT compiles them) mixing arithmetic,
 * sqrt and conversions; expected bits come from IEEE arithmetic in Python
 * (no fused operations are used in the loops).                          */
#include "test.h"

TEST_BEGIN
    /* ---- every f register holds its own value at the same time ---------- */
    .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    li  t0, 0x4000000000000000 + (\r << 44) + \r
    fmv.d.x f\r, t0
    .endr
    .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    fmv.x.d t1, f\r
    CHECK "freg_f\r", t1, 0x4000000000000000 + (\r << 44) + \r
    .endr
    /* high register numbers in every operand position */
    li  t0, 0x4008000000000000        /* 3.0 */
    fmv.d.x f29, t0
    li  t0, 0x4010000000000000        /* 4.0 */
    fmv.d.x f30, t0
    fadd.d f31, f30, f29
    fmv.x.d a0, f31
    CHECK fadd.d_f31, a0, 0x401c000000000000
    fmadd.d f28, f31, f30, f29        /* 7*4+3 = 31 */
    fmv.x.d a0, f28
    CHECK fmadd.d_f28, a0, 0x403f000000000000
    fcvt.l.d x31, f28, rtz
    CHECK fcvt.l.d_x31, x31, 31
    li  x30, -5
    fcvt.s.l f27, x30
    fmv.x.w x29, f27
    CHECK fcvt.s.l_f27, x29, 0xffffffffc0a00000
    fsgnjn.d f26, f28, f28
    feq.d x28, f26, f28
    flt.d x27, f26, f28
    CHECK2 fsgnjn_feq_flt_hi, x28, 0, x27, 1
    /* f0 as destination and source */
    fadd.d f0, f29, f30
    fadd.d f0, f0, f0
    fmv.x.d a0, f0
    CHECK fadd.d_f0, a0, 0x402c000000000000

    /* ---- FP memory access --------------------------------------------------- */
    la  s0, fbuf + 64
    li  t0, 0x0123456789abcdef
    sd  t0, -64(s0)
    fld ft0, -64(s0)
    fsd ft0, 2000(s0)
    ld  a0, 2000(s0)
    CHECK fld_fsd_offsets, a0, 0x0123456789abcdef
    flw ft1, -60(s0)
    fmv.x.d a0, ft1
    CHECK flw_negoff_boxed, a0, 0xffffffff01234567
    la  s2, fbuf + 2112
    fsw ft1, -2048(s2)
    lw  a0, -2048(s2)
    CHECK fsw_min_offset, a0, 0x01234567
    /* misaligned FP access */
    la  s1, fbuf + 3
    fsd ft0, 0(s1)
    fld ft2, 0(s1)
    fmv.x.d a0, ft2
    CHECK fld_fsd_misaligned, a0, 0x0123456789abcdef
    flw ft3, 1(s1)
    fmv.x.w a0, ft3
    CHECK flw_misaligned, a0, 0x6789abcd

    /* ---- hot loops ----------------------------------------------------------- */
    /* double: x = x*k + 0.5; y = y/1.5 + x; s += sqrt(x)  (5000 rounds) */
    la  t0, fconst
    fld fa1, 0(t0)                   /* k = 1.0000001 */
    fld fa2, 8(t0)                   /* 0.5 */
    fld fa3, 16(t0)                  /* 1.5 */
    fld fa0, 24(t0)                  /* x = 1.0 */
    fmv.d.x fa4, zero                /* y */
    fmv.d.x fa5, zero                /* s */
    li  a1, 5000
1:  fmul.d fa0, fa0, fa1
    fadd.d fa0, fa0, fa2
    fdiv.d fa4, fa4, fa3
    fadd.d fa4, fa4, fa0
    fsqrt.d ft0, fa0
    fadd.d fa5, fa5, ft0
    addi a1, a1, -1
    bnez a1, 1b
    fmv.x.d a0, fa0
    fmv.x.d a2, fa4
    CHECK2 hot_double_xy, a0, 0x40a38b403ed0b617, a2, 0x40bd4ddffbe9fcc2
    fmv.x.d a0, fa5
    CHECK hot_double_sqrt, a0, 0x41045c92b910fcd6
    /* single: a = a*1.0001 - 0.25; b += a; c = sqrt(c + 1)  (5000 rounds) */
    la  t0, fconst
    flw fa1, 32(t0)                  /* 1.0001f */
    flw fa2, 36(t0)                  /* 0.25f */
    flw fa3, 40(t0)                  /* 1.0f */
    flw fa0, 40(t0)                  /* a = 1 */
    fmv.w.x fa4, zero                /* b */
    flw fa5, 44(t0)                  /* c = 3 */
    li  a1, 5000
1:  fmul.s fa0, fa0, fa1
    fsub.s fa0, fa0, fa2
    fadd.s fa4, fa4, fa0
    fadd.s fa5, fa5, fa3
    fsqrt.s fa5, fa5
    addi a1, a1, -1
    bnez a1, 1b
    fmv.x.w a0, fa0
    fmv.x.w a2, fa4
    CHECK2 hot_single_ab, a0, 0xffffffffc4ca8402, a2, 0xffffffffca6293da
    fmv.x.w a0, fa5
    CHECK hot_single_sqrt, a0, 0x3fcf1bbd
    /* conversions: acc += (long)(i*0.7) truncating, acc2 += rne(i*0.3) */
    la  t0, fconst
    fld fa1, 48(t0)                  /* 0.7 */
    fld fa2, 56(t0)                  /* 0.3 */
    li  a1, 0
    li  a2, 0
    li  a3, 0
    li  a4, 5000
1:  fcvt.d.l fa0, a1
    fmul.d ft0, fa0, fa1
    fcvt.l.d t1, ft0, rtz
    add a2, a2, t1
    fmul.d ft1, fa0, fa2
    fcvt.l.d t2, ft1, rne
    add a3, a3, t2
    addi a1, a1, 1
    bne a1, a4, 1b
    CHECK2 hot_fcvt, a2, 8745930, a3, 3749250

    /* ---- fields an op does not read -------------------------------------------
     * The rs3 field of fadd/fsub/fmul/fdiv and the rs2 field of fsqrt are
     * part of the opcode (funct5, 0): the registers they name are not
     * operands, and a signaling NaN there must not raise NV.  With rmm
     * (done in wider arithmetic, every register converted once) it did:
     * fsub.d's rs3 field is f1, fsqrt's rs2 field f0. */
    li  t0, D_SNAN
    fmv.d.x f0, t0
    fmv.d.x f1, t0
    li  t0, BOX(S_SNAN)
    fmv.d.x f2, t0
    fmv.d.x f3, t0
    li  t0, D_ONE
    fmv.d.x fa0, t0
    li  t0, D_TWO
    fmv.d.x fa1, t0
    li  t0, BOX(S_ONE)
    fmv.d.x fa2, t0
    fsflags zero
    fsub.d fa3, fa0, fa1, rmm         /* rs3 field: f1 */
    fadd.d fa3, fa3, fa1, rmm         /* f0 */
    fmul.d fa3, fa3, fa1, rmm         /* f2 */
    fdiv.d fa3, fa3, fa1, rmm         /* f3 */
    fsqrt.d fa4, fa1, rmm             /* rs2 field: f0 */
    frflags a1
    fmv.x.d a0, fa3
    CHECK2 rmm_d_unread_snan, a0, D_ONE, a1, NX
    fsflags zero
    fsub.s fa3, fa2, fa2, rmm
    fadd.s fa3, fa3, fa2, rmm
    fmul.s fa3, fa3, fa2, rmm
    fdiv.s fa3, fa3, fa2, rmm
    fsqrt.s fa4, fa2, rmm
    frflags a1
    fmv.x.d a0, fa3
    CHECK2 rmm_s_unread_snan, a0, BOX(S_ONE), a1, 0
TEST_END

    .section .rodata
    .balign 8
fconst:
    .double 1.0000001, 0.5, 1.5, 1.0
    .float 1.0001, 0.25, 1.0, 3.0
    .double 0.7, 0.3
    .bss
    .balign 16
fbuf: .space 4096
