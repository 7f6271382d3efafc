/* RV64C: every compressed instruction written explicitly with its c.
 * mnemonic (the test run checks with objdump that they assemble to 16-bit
 * forms), plus 32-bit instructions at 2-mod-4 addresses, an instruction
 * that straddles a page boundary, and compressed jumps / links.
 * Compressed register fields reach x8-x15 (s0, s1, a0-a5) and f8-f15.     */
#include "test.h"

#define C_HOT 0x1a4d989c

TEST_BEGIN
    .option rvc
    /* reserve 512 bytes of stack; the harness only writes below sp */
    addi sp, sp, -512

/* ---- quadrant 0 ----------------------------------------------------------- */
    c.addi4spn a0, sp, 16
    sub a0, a0, sp
    CHECK c.addi4spn_1, a0, 16
    c.addi4spn a5, sp, 1020
    sub a5, a5, sp
    CHECK c.addi4spn_2, a5, 1020
    c.addi4spn s0, sp, 4
    sub s0, s0, sp
    CHECK c.addi4spn_3, s0, 4

    la  s0, cdat
    c.lw a0, 0(s0)
    CHECK c.lw_1, a0, 0xffffffff80000001
    c.lw a1, 4(s0)
    CHECK c.lw_2, a1, 0x7ffffffe
    c.lw s1, 124(s0)
    CHECK c.lw_3, s1, 0xffffffffcafef00d
    c.ld a2, 0(s0)
    CHECK c.ld_1, a2, 0x7ffffffe80000001
    c.ld a3, 248(s0)
    CHECK c.ld_2, a3, 0x0123456789abcdef
    mv  a4, s0
    c.ld a4, 8(a4)
    CHECK c.ld_3, a4, 0x1122334455667788
    c.fld fa0, 8(s0)
    fmv.x.d a0, fa0
    CHECK c.fld_1, a0, 0x1122334455667788
    c.fld fs1, 248(s0)
    fmv.x.d a0, fs1
    CHECK c.fld_2, a0, 0x0123456789abcdef

    la  s1, cbuf
    li  t0, -1
    sd  t0, 0(s1)
    sd  t0, 8(s1)
    li  a0, 0x1234567887654321
    c.sw a0, 4(s1)
    ld  a1, 0(s1)
    CHECK c.sw_1, a1, 0x87654321ffffffff
    c.sd a0, 8(s1)
    ld  a1, 8(s1)
    CHECK c.sd_1, a1, 0x1234567887654321
    li  a2, 0x0badc0ffee
    c.sd a2, 248(s1)
    ld  a1, 248(s1)
    CHECK c.sd_2, a1, 0x0badc0ffee
    c.sw a2, 124(s1)
    lwu a1, 124(s1)
    CHECK c.sw_2, a1, 0xadc0ffee
    li  t0, 0x400921fb54442d18
    fmv.d.x fa5, t0
    c.fsd fa5, 16(s1)
    ld  a1, 16(s1)
    CHECK c.fsd_1, a1, 0x400921fb54442d18
    c.fsd fs0, 240(s1)
    fmv.x.d a3, fs0
    ld  a1, 240(s1)
    sub a1, a1, a3
    CHECK c.fsd_2, a1, 0

/* ---- quadrant 1 ----------------------------------------------------------- */
    li  a0, 5
    c.nop
    CHECK c.nop_1, a0, 5
    li  a0, 100
    c.addi a0, -32
    CHECK c.addi_1, a0, 68
    c.addi a0, 31
    CHECK c.addi_2, a0, 99
    li  t6, -1
    c.addi t6, 1
    CHECK c.addi_3, t6, 0
    li  a0, 0x7fffffff
    c.addi a0, 1
    CHECK c.addi_4, a0, 0x80000000
    li  a0, 0x7fffffff
    c.addiw a0, 1
    CHECK c.addiw_1, a0, 0xffffffff80000000
    li  a0, 0x123456789
    c.addiw a0, 0
    CHECK c.addiw_2, a0, 0x23456789
    li  s1, 0
    c.addiw s1, -32
    CHECK c.addiw_3, s1, -32
    li  t5, 0xffffffff
    c.addiw t5, 31
    CHECK c.addiw_4, t5, 30
    c.li a0, -32
    CHECK c.li_1, a0, -32
    c.li a0, 31
    CHECK c.li_2, a0, 31
    li  t4, 7
    c.li t4, 0
    CHECK c.li_3, t4, 0
    mv  a0, sp
    c.addi16sp sp, -512
    sub a1, a0, sp
    c.addi16sp sp, 496
    c.addi16sp sp, 16
    sub a2, a0, sp
    CHECK2 c.addi16sp_1, a1, 512, a2, 0
    c.lui a0, 1
    CHECK c.lui_1, a0, 0x1000
    c.lui a0, 0x1f
    CHECK c.lui_2, a0, 0x1f000
    c.lui a0, 0xfffe0
    CHECK c.lui_3, a0, 0xfffffffffffe0000
    c.lui t3, 0xfffff
    CHECK c.lui_4, t3, 0xfffffffffffff000
    li  a0, 0x8000000000000001
    c.srli a0, 1
    CHECK c.srli_1, a0, 0x4000000000000000
    li  a0, 0x8000000000000001
    c.srli a0, 63
    CHECK c.srli_2, a0, 1
    li  a1, -1
    c.srli a1, 32
    CHECK c.srli_3, a1, 0xffffffff
    li  a0, 0x8000000000000001
    c.srai a0, 1
    CHECK c.srai_1, a0, 0xc000000000000000
    li  a0, 0x8000000000000001
    c.srai a0, 63
    CHECK c.srai_2, a0, -1
    li  a2, 0xfedcba9876543210
    c.srai a2, 32
    CHECK c.srai_3, a2, 0xfffffffffedcba98
    li  a0, 0x123456789abcdef
    c.andi a0, 0x1f
    CHECK c.andi_1, a0, 0x0f
    li  a0, 0x123456789abcdef
    c.andi a0, -32
    CHECK c.andi_2, a0, 0x123456789abcde0
    li  a0, 0x123456789abcdef
    c.andi a0, -1
    CHECK c.andi_3, a0, 0x123456789abcdef
    li  a0, 0x123456789abcdef
    c.andi a0, 0
    CHECK c.andi_4, a0, 0
    li  a0, 10
    li  a1, 25
    c.sub a0, a1
    CHECK c.sub_1, a0, -15
    li  a0, 0x8000000000000000
    li  a1, 1
    c.sub a0, a1
    CHECK c.sub_2, a0, 0x7fffffffffffffff
    li  s0, 0xff00ff00ff00ff00
    li  a5, 0x0f0f0f0f0f0f0f0f
    c.xor s0, a5
    CHECK c.xor_1, s0, 0xf00ff00ff00ff00f
    li  s0, 0xff00ff00ff00ff00
    c.or s0, a5
    CHECK c.or_1, s0, 0xff0fff0fff0fff0f
    li  s0, 0xff00ff00ff00ff00
    c.and s0, a5
    CHECK c.and_1, s0, 0x0f000f000f000f00
    li  a3, 0xffffffff80000000
    li  a4, 1
    c.subw a3, a4
    CHECK c.subw_1, a3, 0x7fffffff
    li  a3, 0x100000005
    li  a4, 0x300000003
    c.subw a3, a4
    CHECK c.subw_2, a3, 2
    li  a3, 0x7fffffff
    li  a4, 1
    c.addw a3, a4
    CHECK c.addw_1, a3, 0xffffffff80000000
    li  a3, 0xffffffff
    c.addw a3, a3
    CHECK c.addw_2, a3, -2
    /* c.j forward and backward */
    li  a0, 0
    c.j 2f
1:  li  a0, 7
    c.j 3f
2:  c.j 1b
    li  a0, 99
3:  CHECK c.j_1, a0, 7
    /* c.beqz / c.bnez: taken and not taken, forward and backward */
    li  a1, 0
    li  a0, 1
    c.beqz a1, 1f
    li  a0, 0
1:  CHECK c.beqz_1, a0, 1
    li  a1, 0x100000000
    li  a0, 1
    c.beqz a1, 1f
    li  a0, 0
1:  CHECK c.beqz_2, a0, 0
    li  a1, 0x100000000
    li  a0, 1
    c.bnez a1, 1f
    li  a0, 0
1:  CHECK c.bnez_1, a0, 1
    li  a1, 0
    li  a0, 1
    c.bnez a1, 1f
    li  a0, 0
1:  CHECK c.bnez_2, a0, 0
    /* backward: count a loop down with c.bnez, sum with c.add */
    li  a2, 50
    li  a3, 0
1:  c.add a3, a2
    c.addi a2, -1
    c.bnez a2, 1b
    CHECK c.bnez_loop, a3, 1275
    li  a2, 3
    li  a3, 0
    j   2f
1:  c.addi a3, 1
    c.addi a2, -1
2:  c.beqz a2, 3f
    c.j 1b
3:  CHECK c.beqz_loop, a3, 3

/* ---- quadrant 2 ----------------------------------------------------------- */
    li  a0, 1
    c.slli a0, 63
    CHECK c.slli_1, a0, 0x8000000000000000
    li  t6, 0x80000001
    c.slli t6, 1
    CHECK c.slli_2, t6, 0x100000002
    li  ra, 0xff
    c.slli ra, 32
    CHECK c.slli_3, ra, 0xff00000000
    li  t0, 0x1122334455667788
    sd  t0, 504(sp)
    c.ldsp a0, 504(sp)
    CHECK c.ldsp_1, a0, 0x1122334455667788
    c.ldsp t5, 504(sp)
    CHECK c.ldsp_2, t5, 0x1122334455667788
    li  t0, 0x80000000
    sw  t0, 252(sp)
    c.lwsp a1, 252(sp)
    CHECK c.lwsp_1, a1, 0xffffffff80000000
    li  t0, 0x4000000000000000
    sd  t0, 8(sp)
    c.fldsp ft11, 8(sp)
    fmv.x.d a0, ft11
    CHECK c.fldsp_1, a0, 0x4000000000000000
    li  t0, 0x3ff8000000000000
    fmv.d.x ft10, t0
    c.fsdsp ft10, 496(sp)
    ld  a0, 496(sp)
    CHECK c.fsdsp_1, a0, 0x3ff8000000000000
    li  t3, 0xaaaaaaaaaaaaaaaa
    sd  t3, 0(sp)
    li  t4, 0x12345678deadbeef
    c.swsp t4, 4(sp)
    ld  a0, 0(sp)
    CHECK c.swsp_1, a0, 0xdeadbeefaaaaaaaa
    c.sdsp t4, 248(sp)
    ld  a0, 248(sp)
    CHECK c.sdsp_1, a0, 0x12345678deadbeef
    li  a0, 0
    la  t0, 1f
    c.jr t0
    li  a0, 99
1:  CHECK c.jr_1, a0, 0
    li  t6, 0x5555
    c.mv a0, t6
    CHECK c.mv_1, a0, 0x5555
    li  s4, 0
    c.mv t6, s4
    CHECK c.mv_2, t6, 0
    li  a0, 0x7fffffffffffffff
    li  s2, 1
    c.add a0, s2
    CHECK c.add_1, a0, 0x8000000000000000
    li  s3, 40
    c.add s3, s3
    CHECK c.add_2, s3, 80
    /* c.jalr links pc + 2 */
    la  t0, cfn
    c.jalr t0
2:  la  t1, 2b
    sub a1, ra, t1
    CHECK2 c.jalr_1, a0, 0x73, a1, 0
    /* c.jr ra returns from a 32-bit call */
    li  a0, 0
    call cfn
    CHECK c.jr_ret, a0, 0x73

/* ---- mixed 16/32-bit streams ---------------------------------------------- */
    /* 32-bit instructions at addresses that are 2 mod 4 */
    .balign 4
    c.nop
    li  a0, 0x12345678
    lui a1, 0x1
    addi a1, a1, 1
    add a0, a0, a1
    c.nop
    xori a0, a0, -1
    CHECK mix_align2, a0, ~(0x12345678 + 0x1001)
    /* a branch and a jump whose targets are 2 mod 4 */
    li  a0, 0
    li  a1, 1
    .balign 4
    bnez a1, 1f
    li  a0, 9
    .balign 4
    c.nop
1:  addi a0, a0, 3
    CHECK mix_btarget2, a0, 3
    la  t0, 2f
    andi t1, t0, 3
    jalr t0
    .balign 4
    c.nop
2:  nop
    CHECK mix_jtarget2, t1, 2
    /* a 32-bit instruction straddling a page boundary, jumped to and fallen
     * into; 4094 mod 4096 start */
    li  a0, 0
    li  s0, 2
    j   9f
    .balign 4096
    .skip 4090
9:  addi a0, a0, 1
    c.nop
    addi a0, a0, 0x100
    c.nop
    addi s0, s0, -1
    bnez s0, 9b
    la  t0, 9b
    addi t0, t0, 4
    slli t0, t0, 52
    srli t0, t0, 52
    CHECK2 mix_pagestraddle, a0, 0x202, t0, 0xffe

    /* a hot loop made of compressed instructions */
    li  a0, 0
    li  a1, 10000
    li  a2, 0x1234
1:  c.add a0, a2
    c.slli a0, 3
    c.srli a0, 1
    c.xor a0, a1
    c.addiw a0, 7
    c.addi a1, -1
    c.bnez a1, 1b
    CHECK c_hot, a0, C_HOT

    addi sp, sp, 512
    j   cdone

cfn:
    c.li a0, 0
    c.addi a0, 0x1f
    c.slli a0, 2
    c.addi a0, -9
    c.jr ra

cdone:
TEST_END

    .data
    .balign 8
cdat:
    .word 0x80000001, 0x7ffffffe
    .dword 0x1122334455667788
    .org cdat + 124
    .word 0xcafef00d
    .org cdat + 248
    .dword 0x0123456789abcdef
    .bss
    .balign 8
cbuf: .space 256
