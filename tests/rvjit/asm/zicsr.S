/* Zicsr on the user CSRs (fcsr, frm, fflags: every csrr* and csrr*i form,
 * read-only and write-only forms, aliasing of frm/fflags into fcsr, flag
 * accrual), the counters (rdcycle, rdtime, rdinstret: readable and
 * monotonic) and fence.i.                                                 */
#include "test.h"

TEST_BEGIN
    csrwi fcsr, 0
    li  t0, 0xe5
    csrrw a0, fcsr, t0
    csrr a1, fcsr
    CHECK2 csrrw_fcsr, a0, 0, a1, 0xe5
    frrm a2
    frflags a3
    CHECK2 fcsr_alias, a2, 7, a3, 5
    li  t0, 0xfff
    csrrw a0, fcsr, t0
    csrr a1, fcsr
    CHECK2 csrrw_fcsr_mask, a0, 0xe5, a1, 0xff
    csrrw zero, fcsr, zero
    csrr a1, fcsr
    CHECK csrw_fcsr, a1, 0
    li  t0, 0x12
    csrrs a0, fcsr, t0
    li  t0, 0x81
    csrrs a1, fcsr, t0
    csrr a2, fcsr
    CHECK2 csrrs_fcsr, a1, 0x12, a2, 0x93
    li  t0, 0x82
    csrrc a0, fcsr, t0
    csrr a1, fcsr
    CHECK2 csrrc_fcsr, a0, 0x93, a1, 0x11
    csrrs a0, fcsr, zero
    csrr a1, fcsr
    CHECK2 csrrs_fcsr_x0, a0, 0x11, a1, 0x11
    csrrc a0, fcsr, zero
    CHECK csrrc_fcsr_x0, a0, 0x11

    csrwi fcsr, 0
    csrrwi a0, fflags, 0x1f
    csrr a1, fcsr
    CHECK2 csrrwi_fflags, a0, 0, a1, 0x1f
    csrrci a0, fflags, 0x11
    csrr a1, fflags
    CHECK2 csrrci_fflags, a0, 0x1f, a1, 0x0e
    csrrsi a0, fflags, 0x10
    csrr a1, fflags
    CHECK2 csrrsi_fflags, a0, 0x0e, a1, 0x1e
    li  t0, 0xffffffffffffffe1
    csrrw a0, fflags, t0
    csrr a1, fcsr
    CHECK2 csrrw_fflags, a0, 0x1e, a1, 0x01
    li  t0, 0x08
    csrrs a0, fflags, t0
    li  t0, 0x01
    csrrc a1, fflags, t0
    csrr a2, fflags
    CHECK2 csrrs_csrrc_fflags, a1, 0x09, a2, 0x08

    csrwi fcsr, 0x1f
    csrrwi a0, frm, 3
    csrr a1, fcsr
    CHECK2 csrrwi_frm, a0, 0, a1, 0x7f
    csrrsi a0, frm, 4
    csrr a1, frm
    CHECK2 csrrsi_frm, a0, 3, a1, 7
    csrrci a0, frm, 5
    csrr a1, frm
    CHECK2 csrrci_frm, a0, 7, a1, 2
    li  t0, 0xfd
    csrrw a0, frm, t0
    csrr a1, fcsr
    CHECK2 csrrw_frm, a0, 2, a1, 0xbf
    li  t0, 1
    csrrs a0, frm, t0
    li  t0, 4
    csrrc a1, frm, t0
    csrr a2, frm
    CHECK2 csrrs_csrrc_frm, a1, 5, a2, 1
    csrrsi a0, frm, 0
    CHECK csrrsi_frm_0, a0, 1
    /* pseudo-instructions with a destination */
    li  t0, 2
    fsrm a0, t0
    fsflags a1, zero
    frcsr a2
    CHECK2 fsrm_swap, a0, 1, a2, 0x40
    li  t0, 0x5a
    fscsr a3, t0
    frcsr a4
    CHECK2 fscsr_swap, a3, 0x40, a4, 0x5a

    /* flags accrue: a second exception ORs into fflags */
    csrwi fcsr, 0
    li  t0, 0x3ff0000000000000
    fmv.d.x fa1, t0
    fmv.d.x fa2, zero
    li  t0, 3
    fcvt.d.l fa3, t0
    fdiv.d fa0, fa1, fa3
    frflags a0
    fdiv.d fa0, fa1, fa2
    frflags a1
    CHECK2 fflags_accrue, a0, NX, a1, NX | DZ
    feq.d a2, fa0, fa0
    frflags a1
    CHECK2 fflags_keep, a2, 1, a1, NX | DZ
    /* the dynamic rounding mode comes from frm at the time of the op */
    csrwi frm, 2
    fdiv.d fa0, fa1, fa3
    fmv.x.d a0, fa0
    csrwi frm, 3
    fdiv.d fa0, fa1, fa3
    fmv.x.d a1, fa0
    CHECK2 frm_dynamic, a0, 0x3fd5555555555555, a1, 0x3fd5555555555556
    /* the static mode wins over frm */
    csrwi frm, 3
    fdiv.d fa0, fa1, fa3, rtz
    fmv.x.d a0, fa0
    CHECK frm_static, a0, 0x3fd5555555555555
    /* frm survives a burst of FP work and syscalls */
    csrwi frm, 4
    li  a7, 172
    ecall
    frrm a0
    CHECK frm_syscall, a0, 4
    csrwi fcsr, 0

/* ---- counters ------------------------------------------------------------ */
    rdcycle s0
    rdtime s1
    rdinstret s2
    li  t0, 100000
1:  addi t0, t0, -1
    bnez t0, 1b
    rdcycle s3
    rdtime s4
    rdinstret s5
    sltu a0, s0, s3
    CHECK rdcycle_mono, a0, 1
    sltu a0, s2, s5
    CHECK rdinstret_mono, a0, 1
    sltu a0, s4, s1
    CHECK rdtime_nondecr, a0, 0
    /* time advances across a 2 ms nanosleep */
    la  a0, ts_2ms
    li  a1, 0
    li  a7, 101
    ecall
    rdtime s6
    sltu a0, s1, s6
    CHECK rdtime_sleep, a0, 1
    /* csrr forms of the same counters */
    csrr a0, cycle
    csrr a1, instret
    csrr a2, time
    sltu a0, s3, a0
    sltu a1, s5, a1
    sltu a2, a2, s4
    CHECK2 csrr_counters, a0, 1, a1, 1
    CHECK csrr_time, a2, 0
    /* a thousand back-to-back reads never go backwards */
    li  t0, 1000
    li  a3, 0
    rdinstret s0
    rdcycle s1
1:  rdinstret s2
    rdcycle s3
    sltu t1, s2, s0
    or  a3, a3, t1
    sltu t1, s3, s1
    or  a3, a3, t1
    mv  s0, s2
    mv  s1, s3
    addi t0, t0, -1
    bnez t0, 1b
    CHECK counters_loop, a3, 0

/* ---- fence.i ------------------------------------------------------------- */
    li  a0, 1
    fence.i
    addi a0, a0, 1
    fence.i
    fence.i
    CHECK fence.i_1, a0, 2
TEST_END

    .data
    .balign 8
ts_2ms: .dword 0, 2000000
