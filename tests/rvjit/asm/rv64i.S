/* RV64I base integer instructions: every opcode with edge values, register
 * aliasing (rd = rs1, rd = rs2, x0 as source and destination), every
 * register as an operand, control transfer and memory access.            */
#include "test.h"

#define XS_STATE 0x39b8c099aa39786d
#define XS_SUM   0x2c7784d6b5c98873

/* conditional branch: forward, \taken is 1 or 0 */
.macro T_BR n, inst, taken, v1, v2
    li  a1, \v1
    li  a2, \v2
    li  a3, 1
    \inst a1, a2, .Lbt\@
    li  a3, 0
.Lbt\@:
    CHECK "\inst\()_\n", a3, \taken
.endm
/* conditional branch: backward target */
.macro T_BRB n, inst, taken, v1, v2
    li  a3, 0
    j   .Lbs\@
.Lbb\@:
    li  a3, 1
    j   .Lbe\@
.Lbs\@:
    li  a1, \v1
    li  a2, \v2
    \inst a1, a2, .Lbb\@
    li  a3, 0
.Lbe\@:
    CHECK "\inst\()_back\n", a3, \taken
.endm
/* load \inst at \off from tdat */
.macro T_LD n, inst, off, expect
    la  a1, tdat
    \inst a3, \off(a1)
    CHECK "\inst\()_\n", a3, \expect
.endm
/* load with a base pointing past the data (negative offsets) */
.macro T_LDN n, inst, off, expect
    la  a1, tdat + 16
    \inst a3, \off(a1)
    CHECK "\inst\()_\n", a3, \expect
.endm
/* store \val with \inst at sbuf+\off over a 0xaa pattern; check both dwords */
.macro T_ST n, inst, val, off, expect0, expect1
    la  a1, sbuf
    li  t0, 0xaaaaaaaaaaaaaaaa
    sd  t0, 0(a1)
    sd  t0, 8(a1)
    sd  t0, 16(a1)
    li  a2, \val
    \inst a2, \off(a1)
    ld  a3, 0(a1)
    ld  a4, 8(a1)
    CHECK2 "\inst\()_\n", a3, \expect0, a4, \expect1
.endm

TEST_BEGIN

/* ---- lui / auipc --------------------------------------------------------- */
    lui a0, 0
    CHECK lui_1, a0, 0
    lui a0, 0xfffff
    CHECK lui_2, a0, 0xfffffffffffff000
    lui a0, 0x7ffff
    CHECK lui_3, a0, 0x7ffff000
    lui a0, 0x80000
    CHECK lui_4, a0, 0xffffffff80000000
    lui a0, 0x12345
    addi a0, a0, 0x678
    CHECK lui_5, a0, 0x12345678
    lui x0, 0x12345
    CHECK lui_6, x0, 0
    lui t6, 0x00001
    CHECK lui_7, t6, 0x1000

1:  auipc a0, 0
    la  a1, 1b
    sub a0, a0, a1
    CHECK auipc_1, a0, 0
1:  auipc a0, 1
    la  a1, 1b
    sub a0, a0, a1
    CHECK auipc_2, a0, 0x1000
1:  auipc a0, 0xfffff
    la  a1, 1b
    sub a0, a0, a1
    CHECK auipc_3, a0, -0x1000
1:  auipc a0, 0x80000
    la  a1, 1b
    sub a0, a0, a1
    CHECK auipc_4, a0, 0xffffffff80000000

/* ---- add / sub ----------------------------------------------------------- */
    T_RR 1, add, 0, 0, 0
    T_RR 2, add, 2, 1, 1
    T_RR 3, add, 10, 3, 7
    T_RR 4, add, 0xffffffffffff8000, 0xffffffffffff8000, 0
    T_RR 5, add, 0x7fffffffffffffff, 0x8000000000000000, -1
    T_RR 6, add, 0x8000000000000000, 0x7fffffffffffffff, 1
    T_RR 7, add, 0, -1, 1
    T_RR 8, add, 0x100000000, 0xffffffff, 1
    T_RR_D1 9, add, 24, 13, 11
    T_RR_D2 10, add, 25, 14, 11
    T_RR_SAME 11, add, 26, 13
    T_RR_Z1 12, add, 5, 5
    T_RR_Z2 13, add, 6, 6
    T_RR_ZD 14, add, 1, 2
    T_RRr 15, add, 0x1111111111111110, 0x0123456789abcdef, 0x0fedcba987654321, t6, t5, t4
    T_RRr 16, add, 3, 1, 2, s8, s7, s2

    T_RR 1, sub, 0, 0, 0
    T_RR 2, sub, 0, 1, 1
    T_RR 3, sub, 0xfffffffffffffffc, 3, 7
    T_RR 4, sub, 0x8000000000000000, 0, 0x8000000000000000
    T_RR 5, sub, 0x7fffffffffffffff, 0x8000000000000000, 1
    T_RR 6, sub, 0x8000000000000000, 0x7fffffffffffffff, -1
    T_RR 7, sub, 0xffffffff00000001, 0, 0xffffffff
    T_RR_D1 8, sub, 2, 13, 11
    T_RR_D2 9, sub, 3, 14, 11
    T_RR_SAME 10, sub, 0, 13
    T_RR_Z1 11, sub, -5, 5
    T_RR_Z2 12, sub, 5, 5
    T_RR_ZD 13, sub, 9, 2
    T_RRr 14, sub, 0x0123456789abcdef, 0x1111111111111110, 0x0fedcba987654321, t3, t3, t4

/* ---- logic --------------------------------------------------------------- */
    T_RR 1, xor, 0xf00ff00ff00ff00f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f
    T_RR 2, xor, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0, 0xf0f0f0f0f0f0f0f0
    T_RR_D1 3, xor, 0xf00ff00ff00ff00f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f
    T_RR_D2 4, xor, 0xf00ff00ff00ff00f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f
    T_RR_SAME 5, xor, 0, 0x123456789
    T_RR_Z1 6, xor, 0x1234, 0x1234
    T_RR_ZD 7, xor, 1, 2
    T_RR 1, or, 0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f
    T_RR 2, or, 0xfff0fff0fff0fff0, 0x0ff00ff00ff00ff0, 0xf0f0f0f0f0f0f0f0
    T_RR_D1 3, or, 0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f
    T_RR_D2 4, or, 0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f
    T_RR_SAME 5, or, 0x123456789, 0x123456789
    T_RR_Z2 6, or, 0x8000000000000000, 0x8000000000000000
    T_RR_ZD 7, or, 1, 2
    T_RR 1, and, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f
    T_RR 2, and, 0x00f000f000f000f0, 0x0ff00ff00ff00ff0, 0xf0f0f0f0f0f0f0f0
    T_RR_D1 3, and, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f
    T_RR_D2 4, and, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f
    T_RR_SAME 5, and, 0x123456789, 0x123456789
    T_RR_Z1 6, and, 0, -1
    T_RR_ZD 7, and, -1, -1

/* ---- set less than ------------------------------------------------------- */
    T_RR 1, slt, 0, 0, 0
    T_RR 2, slt, 0, 1, 1
    T_RR 3, slt, 1, 3, 7
    T_RR 4, slt, 0, 7, 3
    T_RR 5, slt, 1, 0x8000000000000000, 0
    T_RR 6, slt, 0, 0, 0x8000000000000000
    T_RR 7, slt, 1, -1, 1
    T_RR 8, slt, 0, 0x7fffffffffffffff, 0x8000000000000000
    T_RR 9, slt, 1, 0xffffffff, 0x100000000
    T_RR_SAME 10, slt, 0, -5
    T_RR_Z1 11, slt, 1, 5
    T_RR_Z2 12, slt, 1, -5
    T_RR_D1 13, slt, 1, -2, -1
    T_RR 1, sltu, 0, 0, 0
    T_RR 2, sltu, 1, 3, 7
    T_RR 3, sltu, 0, 7, 3
    T_RR 4, sltu, 0, 0x8000000000000000, 0
    T_RR 5, sltu, 1, 0, 0x8000000000000000
    T_RR 6, sltu, 0, -1, 1
    T_RR 7, sltu, 1, 1, -1
    T_RR 8, sltu, 1, 0x7fffffffffffffff, 0x8000000000000000
    T_RR 9, sltu, 1, 0xffffffff, 0x100000000
    T_RR_SAME 10, sltu, 0, -5
    T_RR_Z1 11, sltu, 1, 5
    T_RR_Z1 12, sltu, 0, 0
    T_RR_D2 13, sltu, 1, -2, -1

/* ---- shifts -------------------------------------------------------------- */
    T_RR 1, sll, 1, 1, 0
    T_RR 2, sll, 2, 1, 1
    T_RR 3, sll, 0x80, 1, 7
    T_RR 4, sll, 0x80000000, 1, 31
    T_RR 5, sll, 0x8000000000000000, 1, 63
    T_RR 6, sll, 0xffffffff00000000, -1, 32
    T_RR 7, sll, 1, 1, 64
    T_RR 8, sll, 2, 1, 0xffffffffffffffc1
    T_RR 9, sll, 0x2121212100000000, 0x21212121, 0xffffffffffffffe0
    T_RR_D1 10, sll, 0x4567890abcdef000, 0x1234567890abcdef, 12
    T_RR_D2 11, sll, 0x4567890abcdef000, 0x1234567890abcdef, 12
    T_RR_SAME 12, sll, 0x18, 3
    T_RR_Z1 13, sll, 0, 5
    T_RR 1, srl, 0x8000000000000000, 0x8000000000000000, 0
    T_RR 2, srl, 0x4000000000000000, 0x8000000000000000, 1
    T_RR 3, srl, 1, 0x8000000000000000, 63
    T_RR 4, srl, 0xffffffff, -1, 32
    T_RR 5, srl, 0x1090909090909090, 0x2121212121212121, 65
    T_RR 6, srl, 0x123, 0x1234567890abcdef, 0xfffffffffffffff4
    T_RR_D1 7, srl, 0x7fffffffffffffff, -1, 1
    T_RR_D2 8, srl, 0x7fffffffffffffff, -1, 1
    T_RR_SAME 9, srl, 0, 7
    T_RR 1, sra, 0xc000000000000000, 0x8000000000000000, 1
    T_RR 2, sra, -1, 0x8000000000000000, 63
    T_RR 3, sra, 0, 0x7fffffffffffffff, 63
    T_RR 4, sra, 0xffffffff80000000, 0x8000000000000000, 32
    T_RR 5, sra, -1, 0x8000000000000000, 0xffffffffffffffff
    T_RR 6, sra, 0x0000000012345678, 0x1234567800000000, 32
    T_RR 7, sra, 0xfff0000000000000, 0x8000000000000000, 0x4b
    T_RR_D1 8, sra, 0xfffffffffedcba98, 0xfedcba9876543210, 32
    T_RR_D2 9, sra, 0xfffffffffedcba98, 0xfedcba9876543210, 32
    T_RR 10, sra, 0x8000000000000000, 0x8000000000000000, 0
    T_RI 1, slli, 1, 1, 0
    T_RI 2, slli, 0x80000000, 1, 31
    T_RI 3, slli, 0x8000000000000000, 1, 63
    T_RI 4, slli, 0xffffffff00000000, -1, 32
    T_RI_D 5, slli, 0x4567890abcdef000, 0x1234567890abcdef, 12
    T_RIr 6, slli, 0x100000000, 1, 32, s5, s6
    T_RI 1, srli, 0x8000000000000000, 0x8000000000000000, 0
    T_RI 2, srli, 1, 0x8000000000000000, 63
    T_RI 3, srli, 0xffffffff, -1, 32
    T_RI_D 4, srli, 0x01234567890abcde, 0x1234567890abcdef, 4
    T_RIr 5, srli, 0x7fffffffffffffff, -1, 1, t3, t3
    T_RI 1, srai, 0xc000000000000000, 0x8000000000000000, 1
    T_RI 2, srai, -1, 0x8000000000000000, 63
    T_RI 3, srai, 0, 0x7fffffffffffffff, 63
    T_RI 4, srai, 0xffffffff80000000, 0x8000000000000000, 32
    T_RI_D 5, srai, 0xfffffffffedcba98, 0xfedcba9876543210, 32
    T_RI 6, srai, 0x0123456789abcdef, 0x0123456789abcdef, 0

/* ---- immediates ---------------------------------------------------------- */
    T_RI 1, addi, 0, 0, 0
    T_RI 2, addi, 2, 1, 1
    T_RI 3, addi, 10, 3, 7
    T_RI 4, addi, 0xfffffffffffff800, 0, -2048
    T_RI 5, addi, 0x8000000000000000, 0x7fffffffffffffff, 1
    T_RI 6, addi, 0x800007ff, 0x80000000, 2047
    T_RI 7, addi, 0, -1, 1
    T_RI 8, addi, 0x80000000, 0x7fffffff, 1
    T_RI_D 9, addi, 24, 13, 11
    T_RIr 10, addi, 0x7ff, 0, 2047, t6, x0
    addi x0, x0, 5
    CHECK addi_11, x0, 0
    T_RI 1, slti, 0, 0, 0
    T_RI 2, slti, 0, 1, 1
    T_RI 3, slti, 1, 3, 7
    T_RI 4, slti, 0, 7, 3
    T_RI 5, slti, 1, 0x8000000000000000, 0
    T_RI 6, slti, 0, -1, -2048
    T_RI 7, slti, 1, -2049, -2048
    T_RI 8, slti, 0, 0x7fffffffffffffff, -1
    T_RI_D 9, slti, 1, -1, 2047
    T_RI 1, sltiu, 0, 0, 0
    T_RI 2, sltiu, 1, 3, 7
    T_RI 3, sltiu, 0, 7, 3
    T_RI 4, sltiu, 0, 0x8000000000000000, 0x7ff
    T_RI 5, sltiu, 1, 0, -2048
    T_RI 6, sltiu, 0, 0xfffffffffffff801, -2048
    T_RI 7, sltiu, 1, 0xfffffffffffff7ff, -2048
    T_RI 8, sltiu, 0, 1, 1
    T_RI 9, sltiu, 1, 0, 1
    T_RI_D 10, sltiu, 1, 0xfffffffffffffffe, -1
    T_RI 1, xori, 0xff00ff00ff00fff0, 0x00ff00ff00ff00ff, -0xf1
    T_RI 2, xori, 0x00ff080f, 0x00ff0f00, 0x70f
    T_RI 3, xori, 0xffffffffffffedcb, 0x1234, -1
    T_RI_D 4, xori, 0xff00ff00ff00fff0, 0x00ff00ff00ff00ff, -0xf1
    T_RI 1, ori, 0xffffffffffffff0f, 0xff00ff00ff00ff00, -0xf1
    T_RI 2, ori, 0x0ff00ff0, 0x0ff00ff0, 0x0f0
    T_RI 3, ori, 0x00ff00ff00ff07ff, 0x00ff00ff00ff00ff, 0x70f
    T_RI_D 4, ori, 0xffffffffffffff0f, 0xff00ff00ff00ff00, -0xf1
    T_RI 1, andi, 0xff00ff00ff00ff00, 0xff00ff00ff00ff00, -0xf1
    T_RI 2, andi, 0xf0, 0x0ff00ff00ff00ff0, 0x0f0
    T_RI 3, andi, 0x0f, 0x00ff00ff00ff00ff, 0x70f
    T_RI 4, andi, 0x7ff, -1, 0x7ff
    T_RI 5, andi, 0x12345000, 0x12345678, -2048
    T_RI_D 6, andi, 0x0f, 0x00ff00ff00ff00ff, 0x70f

/* ---- 32-bit (*w) operations ---------------------------------------------- */
    T_RI 1, addiw, 0xffffffff80000000, 0x7fffffff, 1
    T_RI 2, addiw, -1, 0xffffffff, 0
    T_RI 3, addiw, 0xffffffff80000000, 0x0000000080000000, 0
    T_RI 4, addiw, 0x23456789, 0x123456789, 0
    T_RI 5, addiw, 0xfffffffffffff7ff, -1, -2048
    T_RI 6, addiw, 0x800, 1, 2047
    T_RI 7, addiw, 0x7fffffff, 0xffffffff80000000, -1
    T_RI_D 8, addiw, 0, 0xabcdef00000000, 0
    T_RR 1, addw, 0xffffffff80000000, 0x7fffffff, 1
    T_RR 2, addw, 0, -1, 1
    T_RR 3, addw, 0, 0xffffffff, 1
    T_RR 4, addw, 0, 0x100000000, 0x100000000
    T_RR 5, addw, 0, 0x80000000, 0x80000000
    T_RR 6, addw, 0x12345678, 0x12345678, 0x1111111100000000
    T_RR 7, addw, 0xffffffff80000000, 0x40000000, 0x40000000
    T_RR_D1 8, addw, 0xfffffffffffffffe, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_RR_D2 9, addw, 0xfffffffffffffffe, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_RR_SAME 10, addw, 0xfffffffff0000000, 0x1f8000000
    T_RR_Z1 11, addw, 0xffffffff87654321, 0x1234567887654321
    T_RR 1, subw, -1, 0, 1
    T_RR 2, subw, 0x7fffffff, 0xffffffff80000000, 1
    T_RR 3, subw, 0xffffffff80000000, 0x7fffffff, -1
    T_RR 4, subw, 2, 0x100000005, 3
    T_RR 5, subw, 0, 0x1200000000, 0x3400000000
    T_RR_D1 6, subw, 0xffffffff80000000, 0, 0x80000000
    T_RR_D2 7, subw, 0xffffffff80000000, 0, 0x80000000
    T_RR_SAME 8, subw, 0, 0x123456789
    T_RR 1, sllw, 0xffffffff80000000, 1, 31
    T_RR 2, sllw, 1, 1, 32
    T_RR 3, sllw, 1, 0xffffffff00000001, 0
    T_RR 4, sllw, 0x23456780, 0x12345678, 4
    T_RR 5, sllw, 0x76543210, 0x87654321, 4
    T_RR 6, sllw, 0xffffffff80000000, 1, 0xffffffffffffffff
    T_RR_D1 7, sllw, 0x00000000, 0xff000000, 8
    T_RR_D2 8, sllw, 0xffffffffff000000, 0xff, 24
    T_RR 1, srlw, 0xffffffff80000000, 0x80000000, 0
    T_RR 2, srlw, 0x40000000, 0xffffffff80000000, 1
    T_RR 3, srlw, 1, 0x80000000, 31
    T_RR 4, srlw, 0x0fffffff, -1, 4
    T_RR 5, srlw, 0x7fffffff, 0xffffffff, 33
    T_RR 6, srlw, 0, 0x1234567800000000, 0
    T_RR 7, srlw, 0xffffffffffffffff, 0xffffffff, 32
    T_RR_D1 8, srlw, 0x00000001, 0xffffffff80000000, 31
    T_RR_D2 9, srlw, 0x00000001, 0xffffffff80000000, 31
    T_RR 1, sraw, 0xffffffffc0000000, 0x80000000, 1
    T_RR 2, sraw, 0, 0x7fffffff, 31
    T_RR 3, sraw, -1, 0x80000000, 31
    T_RR 4, sraw, 0xfffffffff8000000, 0x0000000080000000, 4
    T_RR 5, sraw, 0x12345678, 0x12345678, 32
    T_RR 6, sraw, 0x7fffffff, 0xffffffff7fffffff, 0
    T_RR 7, sraw, 0x07ffffff, 0x800000007fffffff, 0x24
    T_RR_D1 8, sraw, -1, 0x80000000, 63
    T_RR_D2 9, sraw, -1, 0x80000000, 63
    T_RI 1, slliw, 0xffffffff80000000, 1, 31
    T_RI 2, slliw, -1, 0xffffffff, 0
    T_RI 3, slliw, 0x34567800, 0x12345678, 8
    T_RI 4, slliw, 2, 0x80000001, 1
    T_RI_D 5, slliw, 0xfffffffff0000000, 0xabcdef, 28
    T_RI 1, srliw, 1, 0xffffffff80000000, 31
    T_RI 2, srliw, 0xffffffff80000000, 0xffffffff80000000, 0
    T_RI 3, srliw, 0x7fffffff, -1, 1
    T_RI 4, srliw, 0, 0xdeadbeef00000000, 4
    T_RI_D 5, srliw, 0x0deadbee, 0x12345678deadbeef, 4
    T_RI 1, sraiw, -1, 0x80000000, 31
    T_RI 2, sraiw, 1, 0x7fffffff, 30
    T_RI 3, sraiw, 0xffffffffff000000, 0xf0000000, 4
    T_RI 4, sraiw, 0, 0x100000000, 0
    T_RI 5, sraiw, 0xffffffff80000000, 0x80000000, 0
    T_RI_D 6, sraiw, 0xfffffffffdeadbee, 0x12345678deadbeef, 4

/* ---- branches ------------------------------------------------------------ */
    T_BR 1, beq, 1, 0, 0
    T_BR 2, beq, 1, 1, 1
    T_BR 3, beq, 1, -1, -1
    T_BR 4, beq, 0, 0, 1
    T_BR 5, beq, 0, 1, 0
    T_BR 6, beq, 0, -1, 1
    T_BR 7, beq, 0, 0x8000000000000000, 0
    T_BR 8, beq, 0, 0x100000000, 0
    T_BRB 9, beq, 1, 5, 5
    T_BRB 10, beq, 0, 5, 6
    T_BR 1, bne, 0, 0, 0
    T_BR 2, bne, 0, 1, 1
    T_BR 3, bne, 0, -1, -1
    T_BR 4, bne, 1, 0, 1
    T_BR 5, bne, 1, 1, 0
    T_BR 6, bne, 1, -1, 1
    T_BR 7, bne, 1, 0x8000000000000000, 0
    T_BR 8, bne, 1, 0x100000000, 0
    T_BRB 9, bne, 1, 5, 6
    T_BRB 10, bne, 0, 5, 5
    T_BR 1, blt, 1, 0, 1
    T_BR 2, blt, 1, -1, 1
    T_BR 3, blt, 1, -2, -1
    T_BR 4, blt, 0, 1, 0
    T_BR 5, blt, 0, 1, -1
    T_BR 6, blt, 0, -1, -2
    T_BR 7, blt, 0, 1, 1
    T_BR 8, blt, 1, 0x8000000000000000, 0x7fffffffffffffff
    T_BR 9, blt, 1, 0xffffffff, 0x100000000
    T_BRB 10, blt, 1, -7, 3
    T_BRB 11, blt, 0, 3, -7
    T_BR 1, bge, 0, 0, 1
    T_BR 2, bge, 0, -1, 1
    T_BR 3, bge, 0, -2, -1
    T_BR 4, bge, 1, 1, 0
    T_BR 5, bge, 1, 1, -1
    T_BR 6, bge, 1, -1, -2
    T_BR 7, bge, 1, 1, 1
    T_BR 8, bge, 0, 0x8000000000000000, 0x7fffffffffffffff
    T_BR 9, bge, 1, -5, -5
    T_BRB 10, bge, 1, 3, -7
    T_BRB 11, bge, 0, -7, 3
    T_BR 1, bltu, 1, 0, 1
    T_BR 2, bltu, 1, 1, -1
    T_BR 3, bltu, 1, -2, -1
    T_BR 4, bltu, 0, 1, 0
    T_BR 5, bltu, 0, -1, 1
    T_BR 6, bltu, 0, 1, 1
    T_BR 7, bltu, 1, 0x7fffffffffffffff, 0x8000000000000000
    T_BR 8, bltu, 0, 0x8000000000000000, 0x7fffffffffffffff
    T_BR 9, bltu, 1, 0xffffffff, 0x100000000
    T_BRB 10, bltu, 1, 3, -7
    T_BRB 11, bltu, 0, -7, 3
    T_BR 1, bgeu, 0, 0, 1
    T_BR 2, bgeu, 0, 1, -1
    T_BR 3, bgeu, 0, -2, -1
    T_BR 4, bgeu, 1, 1, 0
    T_BR 5, bgeu, 1, -1, 1
    T_BR 6, bgeu, 1, 1, 1
    T_BR 7, bgeu, 0, 0x7fffffffffffffff, 0x8000000000000000
    T_BR 8, bgeu, 1, 0x8000000000000000, 0x7fffffffffffffff
    T_BR 9, bgeu, 1, -1, -1
    T_BRB 10, bgeu, 1, -7, 3
    T_BRB 11, bgeu, 0, 3, -7
    /* branches comparing with x0 */
    li  a1, -3
    li  a3, 0
    bltz a1, 1f
    li  a3, 1
1:  CHECK bltz_1, a3, 0
    li  a3, 0
    bgtz a1, 1f
    li  a3, 1
1:  CHECK bgtz_1, a3, 1
    li  a3, 0
    beqz x0, 1f
    li  a3, 1
1:  CHECK beqz_x0, a3, 0
    /* a counted loop: sum 1..100 with a backward bnez */
    li  a1, 100
    li  a3, 0
1:  add a3, a3, a1
    addi a1, a1, -1
    bnez a1, 1b
    CHECK loop_sum, a3, 5050

/* ---- jal / jalr ---------------------------------------------------------- */
    li  a0, 0
    jal ra, 1f
2:  li  a0, 99
1:  la  t1, 2b
    sub a1, ra, t1
    CHECK2 jal_1, a0, 0, a1, 0
    li  a0, 0
    jal a5, 1f
2:  li  a0, 99
1:  la  t1, 2b
    sub a1, a5, t1
    CHECK2 jal_2, a0, 0, a1, 0
    /* backward jal */
    li  a0, 0
    j   2f
1:  li  a0, 7
    j   3f
2:  jal x0, 1b
    li  a0, 99
3:  CHECK jal_3, a0, 7
    /* jal across a large gap (1 MiB range of jal is +-1 MiB) */
    li  a0, 0
    jal t0, far_target
far_back:
    CHECK jal_far, a0, 0x55
    li  a0, 0
    la  t0, 1f
    jalr a1, 0(t0)
2:  li  a0, 99
1:  la  t1, 2b
    sub a1, a1, t1
    CHECK2 jalr_1, a0, 0, a1, 0
    li  a0, 0
    la  t0, 1f - 4
    jalr a1, 4(t0)
2:  li  a0, 99
1:  la  t1, 2b
    sub a1, a1, t1
    CHECK2 jalr_2, a0, 0, a1, 0
    li  a0, 0
    la  t0, 1f + 8
    jalr a1, -8(t0)
2:  li  a0, 99
1:  la  t1, 2b
    sub a1, a1, t1
    CHECK2 jalr_3, a0, 0, a1, 0
    /* the lowest bit of the target is cleared */
    li  a0, 0
    la  t0, 1f
    addi t0, t0, 1
    jalr a1, 0(t0)
2:  li  a0, 99
1:  la  t1, 2b
    sub a1, a1, t1
    CHECK2 jalr_4, a0, 0, a1, 0
    /* rd == rs1: the target is computed from the old value */
    li  a0, 0
    la  t0, 1f
    jalr t0, 0(t0)
2:  li  a0, 99
1:  la  t1, 2b
    sub a1, t0, t1
    CHECK2 jalr_5, a0, 0, a1, 0
    /* jalr x0 (plain indirect jump) and a call / return pair */
    li  a0, 0
    la  t0, 1f
    jr  t0
    li  a0, 99
1:  CHECK jalr_6, a0, 0
    li  a0, 20
    call leaf_fn
    CHECK jalr_ret, a0, 21
    /* indirect call through a table */
    la  t2, fn_table
    li  a0, 0
    ld  t0, 0(t2)
    jalr t0
    ld  t0, 8(t2)
    jalr t0
    ld  t0, 0(t2)
    jalr t0
    CHECK jalr_table, a0, 12

/* ---- loads --------------------------------------------------------------- */
    T_LD 1, lb, 0, 0x01
    T_LD 2, lb, 1, 0x7f
    T_LD 3, lb, 2, -1
    T_LD 4, lb, 3, 0xffffffffffffff80
    T_LDN 5, lb, -13, 0xffffffffffffff80
    T_LD 1, lbu, 0, 0x01
    T_LD 2, lbu, 2, 0xff
    T_LD 3, lbu, 3, 0x80
    T_LDN 4, lbu, -14, 0xff
    T_LD 1, lh, 0, 0x7f01
    T_LD 2, lh, 2, 0xffffffffffff80ff
    T_LD 3, lh, 4, 0xfffffffffffff00f
    T_LD 4, lh, 6, 0xfffffffffffff00f
    T_LDN 5, lh, -2, 0x0123
    T_LD 1, lhu, 2, 0x80ff
    T_LD 2, lhu, 6, 0xf00f
    T_LDN 3, lhu, -8, 0xcdef
    T_LD 1, lw, 0, 0xffffffff80ff7f01
    T_LD 2, lw, 4, 0xfffffffff00ff00f
    T_LD 3, lw, 8, 0xffffffff89abcdef
    T_LD 4, lw, 12, 0x01234567
    T_LDN 5, lw, -12, 0xfffffffff00ff00f
    T_LD 1, lwu, 0, 0x80ff7f01
    T_LD 2, lwu, 4, 0xf00ff00f
    T_LDN 3, lwu, -8, 0x89abcdef
    T_LD 1, ld, 0, 0xf00ff00f80ff7f01
    T_LD 2, ld, 8, 0x0123456789abcdef
    T_LDN 3, ld, -16, 0xf00ff00f80ff7f01
    la  a1, tdat
    ld  a1, 8(a1)
    CHECK ld_4, a1, 0x0123456789abcdef
    la  t0, tdat
    ld  x0, 0(t0)
    CHECK ld_5, x0, 0
    /* misaligned accesses (allowed by the Linux ABI) */
    T_LD mis1, lh, 1, 0xffffffffffffff7f
    T_LD mis2, lw, 1, 0x0f80ff7f
    T_LD mis3, ld, 3, 0xabcdeff00ff00f80
    T_LD mis4, lhu, 7, 0xeff0
    T_LD mis5, lwu, 6, 0xcdeff00f

/* ---- stores -------------------------------------------------------------- */
    T_ST 1, sb, 0x12, 1, 0xaaaaaaaaaaaa12aa, 0xaaaaaaaaaaaaaaaa
    T_ST 2, sb, 0x1234, 0, 0xaaaaaaaaaaaaaa34, 0xaaaaaaaaaaaaaaaa
    T_ST 3, sb, -1, 15, 0xaaaaaaaaaaaaaaaa, 0xffaaaaaaaaaaaaaa
    T_ST 1, sh, 0x3456, 2, 0xaaaaaaaa3456aaaa, 0xaaaaaaaaaaaaaaaa
    T_ST 2, sh, 0x12345678, 14, 0xaaaaaaaaaaaaaaaa, 0x5678aaaaaaaaaaaa
    T_ST 1, sw, 0x789abcde, 4, 0x789abcdeaaaaaaaa, 0xaaaaaaaaaaaaaaaa
    T_ST 2, sw, 0x1122334455667788, 8, 0xaaaaaaaaaaaaaaaa, 0xaaaaaaaa55667788
    T_ST 1, sd, 0x0123456789abcdef, 0, 0x0123456789abcdef, 0xaaaaaaaaaaaaaaaa
    T_ST 2, sd, -2, 8, 0xaaaaaaaaaaaaaaaa, 0xfffffffffffffffe
    T_ST mis3, sd, 0x0123456789abcdef, 4, 0x89abcdefaaaaaaaa, 0xaaaaaaaa01234567
    T_ST mis4, sw, 0x11223344, 6, 0x3344aaaaaaaaaaaa, 0xaaaaaaaaaaaa1122
    T_ST mis5, sh, 0x5566, 7, 0x66aaaaaaaaaaaaaa, 0xaaaaaaaaaaaaaa55
    /* negative offset, and base register == data register */
    la  a1, sbuf + 16
    li  t0, 0
    sd  t0, -16(a1)
    sd  a1, -16(a1)
    la  a2, sbuf
    ld  a3, 0(a2)
    sub a3, a3, a1
    CHECK sd_self, a3, 0
    /* store then load forwarding within one block */
    la  a1, sbuf
    li  a2, 0x1122334455667788
    sd  a2, 0(a1)
    sw  x0, 4(a1)
    lw  a3, 0(a1)
    ld  a4, 0(a1)
    CHECK2 st_ld_fwd, a3, 0x55667788, a4, 0x55667788

/* ---- fence, nop, every register ------------------------------------------ */
    li  a0, 3
    fence
    fence rw, rw
    fence r, r
    fence w, w
    fence.tso
    nop
    addi a0, a0, 1
    CHECK fence_1, a0, 4

    /* every register holds its own value at the same time */
    .irp r, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,28,29,30,31
    li  x\r, (0x0101010101010101 * \r) ^ 0x5a
    .endr
    .irp r, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,28,29,30,31
    CHECK "reg_x\r", x\r, (0x0101010101010101 * \r) ^ 0x5a
    .endr
    /* every register as rd, rs1 and rs2 of one instruction */
    .irp r, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,28,29,30,31
    li  x\r, \r
    add x\r, x\r, x\r
    slli x\r, x\r, 40
    srai x\r, x\r, 39
    CHECK "reg_op_x\r", x\r, \r * 4
    .endr

/* ---- a hot loop: xorshift64 + add/sub/shift mix, 20000 rounds ------------ */
    li  a0, 0x9e3779b97f4a7c15
    li  a1, 20000
    li  a2, 0
1:  slli t0, a0, 13
    xor a0, a0, t0
    srli t0, a0, 7
    xor a0, a0, t0
    slli t0, a0, 17
    xor a0, a0, t0
    add a2, a2, a0
    srai t1, a2, 3
    sub a2, a2, t1
    addw t2, a2, a0
    xor a2, a2, t2
    addi a1, a1, -1
    bnez a1, 1b
    CHECK2 hot_xorshift, a0, XS_STATE, a2, XS_SUM

    j   done

leaf_fn:
    addi a0, a0, 1
    ret
fn_a:
    addi a0, a0, 5
    ret
fn_b:
    addi a0, a0, 2
    jr  ra

    .skip 0x80000
far_target:
    li  a0, 0x55
    jalr x0, 0(t0)

done:
TEST_END

    .data
    .balign 8
tdat:   .dword 0xf00ff00f80ff7f01, 0x0123456789abcdef
sbuf:   .dword 0, 0, 0
fn_table: .dword fn_a, fn_b
