/* tests/rvjit/asm/test.h - a tiny self-checking harness for the rvjit
 * instruction tests (GNU as syntax, riscv64, run through cpp as .S).
 *
 * Every check is one "case": it prints one line to stdout
 *     ok <name>                                  on success
 *     FAIL <name> got 0x... expected 0x...       on failure
 * and the program exits 0 when every case passed, 1 otherwise.
 *
 * Register convention: the harness owns s9, s10, s11 (x25-x27) and needs a
 * valid sp.  A CHECK clobbers ra and s9-s11 only; every other integer
 * register, every f register and fcsr survive it.
 */
    .option nopic

#define SYS_write      64
#define SYS_exit_group 94
#define SYS_munmap     215
#define SYS_mmap       222
#define SYS_mprotect   226

#define PROT_READ  1
#define PROT_WRITE 2
#define PROT_EXEC  4
#define MAP_PRIVATE   0x02
#define MAP_ANONYMOUS 0x20

/* fflags bits */
#define NX 0x01
#define UF 0x02
#define OF 0x04
#define DZ 0x08
#define NV 0x10

/* frequently used float / double bit patterns */
#define S_ONE     0x3f800000
#define S_MONE    0xbf800000
#define S_TWO     0x40000000
#define S_HALF    0x3f000000
#define S_PZERO   0x00000000
#define S_NZERO   0x80000000
#define S_PINF    0x7f800000
#define S_NINF    0xff800000
#define S_QNAN    0x7fc00000
#define S_SNAN    0x7f800001
#define S_MAX     0x7f7fffff
#define S_MINNORM 0x00800000
#define S_MINSUB  0x00000001
#define D_ONE     0x3ff0000000000000
#define D_MONE    0xbff0000000000000
#define D_TWO     0x4000000000000000
#define D_HALF    0x3fe0000000000000
#define D_PZERO   0x0000000000000000
#define D_NZERO   0x8000000000000000
#define D_PINF    0x7ff0000000000000
#define D_NINF    0xfff0000000000000
#define D_QNAN    0x7ff8000000000000
#define D_SNAN    0x7ff0000000000001
#define D_MAX     0x7fefffffffffffff
#define D_MINNORM 0x0010000000000000
#define D_MINSUB  0x0000000000000001
/* a NaN-boxed single: upper 32 bits all ones */
#define BOX(x)    (0xffffffff00000000 | (x))

/* ---- harness ------------------------------------------------------------ */

.macro TEST_BEGIN
    .text
    .globl _start
_start:
    j   .Ltest_body
.Ltest_body:
.endm

/* Name string for the current expansion -> s9 */
.macro T_NAME name
    .pushsection .rodata.tnames, "a"
.Ltn\@: .asciz "\name"
    .popsection
    la  s9, .Ltn\@
.endm

/* one case: integer register \reg must equal the 64-bit constant \expect */
.macro CHECK name, reg, expect
    mv  s10, \reg
    li  s11, \expect
    T_NAME \name
    call t_check
.endm

/* one case: two register/constant pairs (the second one is reported with a
 * "/2" suffix when the first matched but the second did not) */
.macro CHECK2 name, reg1, expect1, reg2, expect2
    mv  s10, \reg2
    addi sp, sp, -16
    sd  s10, 0(sp)
    mv  s10, \reg1
    li  s11, \expect1
    T_NAME \name
    bne s10, s11, .Lc2f\@
    ld  s10, 0(sp)
    li  s11, \expect2
    .pushsection .rodata.tnames, "a"
.Lcn\@: .asciz "\name/2"
    .popsection
    la  s9, .Lcn\@
    bne s10, s11, .Lc2f\@
    T_NAME \name
.Lc2f\@:
    addi sp, sp, 16
    call t_check
.endm

/* one case from a condition computed by the test: \reg must be non-zero */
.macro CHECK_TRUE name, reg
    snez s10, \reg
    li  s11, 1
    T_NAME \name
    call t_check
.endm

.macro TEST_END
    la  t0, t_fails
    ld  a0, 0(t0)
    snez a0, a0
    li  a7, SYS_exit_group
    ecall

/* t_check: s9 = name, s10 = got, s11 = expected; prints the result line */
t_check:
    addi sp, sp, -80
    sd  ra, 0(sp)
    sd  a0, 8(sp)
    sd  a1, 16(sp)
    sd  a2, 24(sp)
    sd  a7, 32(sp)
    sd  t0, 40(sp)
    sd  t1, 48(sp)
    sd  t2, 56(sp)
    la  a1, t_buf
    beq s10, s11, .Ltc_ok
    la  t0, t_fails
    ld  t1, 0(t0)
    addi t1, t1, 1
    sd  t1, 0(t0)
    la  a0, t_str_fail
    call t_puts
    mv  a0, s9
    call t_puts
    la  a0, t_str_got
    call t_puts
    mv  a0, s10
    call t_hex
    la  a0, t_str_exp
    call t_puts
    mv  a0, s11
    call t_hex
    j   .Ltc_nl
.Ltc_ok:
    la  a0, t_str_ok
    call t_puts
    mv  a0, s9
    call t_puts
.Ltc_nl:
    li  t0, 10
    sb  t0, 0(a1)
    addi a1, a1, 1
    la  t0, t_buf
    sub a2, a1, t0
    mv  a1, t0
    li  a0, 1
    li  a7, SYS_write
    ecall
    ld  ra, 0(sp)
    ld  a0, 8(sp)
    ld  a1, 16(sp)
    ld  a2, 24(sp)
    ld  a7, 32(sp)
    ld  t0, 40(sp)
    ld  t1, 48(sp)
    ld  t2, 56(sp)
    addi sp, sp, 80
    ret

/* t_puts: copy the NUL-terminated string at a0 to the cursor a1 */
t_puts:
    lbu t0, 0(a0)
    beqz t0, 1f
    sb  t0, 0(a1)
    addi a0, a0, 1
    addi a1, a1, 1
    j   t_puts
1:  ret

/* t_hex: 16 hex digits of a0 at the cursor a1 */
t_hex:
    li  t2, 60
1:  srl t0, a0, t2
    andi t0, t0, 15
    li  t1, 10
    blt t0, t1, 2f
    addi t0, t0, 'a' - 10 - '0'
2:  addi t0, t0, '0'
    sb  t0, 0(a1)
    addi a1, a1, 1
    addi t2, t2, -4
    bgez t2, 1b
    ret

    .section .rodata
t_str_ok:   .asciz "ok "
t_str_fail: .asciz "FAIL "
t_str_got:  .asciz " got 0x"
t_str_exp:  .asciz " expected 0x"
    .bss
    .balign 8
t_fails: .dword 0
t_buf:   .space 512
.endm

/* ---- integer operation templates -------------------------------------- */

/* rd = rs1 op rs2 with explicit registers */
.macro T_RRr n, inst, expect, v1, v2, rd, rs1, rs2
    li  \rs1, \v1
    li  \rs2, \v2
    \inst \rd, \rs1, \rs2
    CHECK "\inst\()_\n", \rd, \expect
.endm
/* rd = rs1 op rs2 (distinct registers) */
.macro T_RR n, inst, expect, v1, v2
    T_RRr \n, \inst, \expect, \v1, \v2, a3, a1, a2
.endm
/* rd aliases rs1 */
.macro T_RR_D1 n, inst, expect, v1, v2
    li  a1, \v1
    li  a2, \v2
    \inst a1, a1, a2
    CHECK "\inst\()_\n", a1, \expect
.endm
/* rd aliases rs2 */
.macro T_RR_D2 n, inst, expect, v1, v2
    li  a1, \v1
    li  a2, \v2
    \inst a2, a1, a2
    CHECK "\inst\()_\n", a2, \expect
.endm
/* rd = rs1 = rs2 */
.macro T_RR_SAME n, inst, expect, v1
    li  a1, \v1
    \inst a1, a1, a1
    CHECK "\inst\()_\n", a1, \expect
.endm
/* rs1 = x0 */
.macro T_RR_Z1 n, inst, expect, v2
    li  a2, \v2
    \inst a3, x0, a2
    CHECK "\inst\()_\n", a3, \expect
.endm
/* rs2 = x0 */
.macro T_RR_Z2 n, inst, expect, v1
    li  a1, \v1
    \inst a3, a1, x0
    CHECK "\inst\()_\n", a3, \expect
.endm
/* rd = x0: the write must be dropped */
.macro T_RR_ZD n, inst, v1, v2
    li  a1, \v1
    li  a2, \v2
    \inst x0, a1, a2
    CHECK "\inst\()_\n", x0, 0
.endm
/* rd = rs1 op imm */
.macro T_RI n, inst, expect, v1, imm
    li  a1, \v1
    \inst a3, a1, \imm
    CHECK "\inst\()_\n", a3, \expect
.endm
.macro T_RIr n, inst, expect, v1, imm, rd, rs1
    li  \rs1, \v1
    \inst \rd, \rs1, \imm
    CHECK "\inst\()_\n", \rd, \expect
.endm
.macro T_RI_D n, inst, expect, v1, imm
    li  a1, \v1
    \inst a1, a1, \imm
    CHECK "\inst\()_\n", a1, \expect
.endm

/* ---- floating-point templates (used by the generated rv64f.S / rv64d.S) --
 * a, b, c: 64-bit patterns put in a1/fa1, a2/fa2, a3/fa3 (singles must be
 * given NaN-boxed); frm is written to the frm CSR, fflags cleared, then
 * \insn runs.  T_FPF checks fa0 (all 64 bits), T_FPX checks a0; both
 * check fflags too.                                                       */
.macro FP_SETUP frm, a, b, c
    li  a1, \a
    fmv.d.x fa1, a1
    li  a2, \b
    fmv.d.x fa2, a2
    li  a3, \c
    fmv.d.x fa3, a3
    li  a0, 0x5555555555555555
    fmv.d.x fa0, a0
    fsrmi \frm
    fsflags zero
.endm
.macro T_FPF name, frm, a, b, c, expect, flags, insn:vararg
    FP_SETUP \frm, \a, \b, \c
    \insn
    frflags a4
    fmv.x.d a0, fa0
    CHECK2 "\name", a0, \expect, a4, \flags
.endm
.macro T_FPX name, frm, a, b, c, expect, flags, insn:vararg
    FP_SETUP \frm, \a, \b, \c
    \insn
    frflags a4
    CHECK2 "\name", a0, \expect, a4, \flags
.endm
