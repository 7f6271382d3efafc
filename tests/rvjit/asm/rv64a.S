/* RV64A: lr/sc success and failure, every amo*.w / amo*.d (signed and
 * unsigned min/max, the .w forms ignore the upper half of rs2, sign-extend
 * the old value and leave the neighbouring word alone), aq/rl variants.  */
#include "test.h"

#define HOT_A0 0x00000000075a68fd
#define HOT_A1 0x00000000054f70c0

/* 32-bit AMO on the low word of a dword whose high word is a guard */
.macro T_AMOW n, inst, mem, rs2, expect_rd, expect_mem
    la  a1, abuf
    li  t0, 0x5a5a5a5a00000000 | \mem
    sd  t0, 0(a1)
    li  a2, \rs2
    \inst a3, a2, (a1)
    ld  a4, 0(a1)
    CHECK2 "\inst\()_\n", a3, \expect_rd, a4, 0x5a5a5a5a00000000 | \expect_mem
.endm
/* 32-bit AMO on the high word of a dword */
.macro T_AMOW4 n, inst, mem, rs2, expect_rd, expect_mem
    la  a1, abuf
    li  t0, (\mem << 32) | 0x5a5a5a5a
    sd  t0, 0(a1)
    addi a5, a1, 4
    li  a2, \rs2
    \inst a3, a2, (a5)
    ld  a4, 0(a1)
    CHECK2 "\inst\()_\n", a3, \expect_rd, a4, (\expect_mem << 32) | 0x5a5a5a5a
.endm
.macro T_AMOD n, inst, mem, rs2, expect_rd, expect_mem
    la  a1, abuf + 8
    li  t0, \mem
    sd  t0, 0(a1)
    li  a2, \rs2
    \inst a3, a2, (a1)
    ld  a4, 0(a1)
    CHECK2 "\inst\()_\n", a3, \expect_rd, a4, \expect_mem
.endm

TEST_BEGIN
    T_AMOW 1, amoswap.w, 0x00000001, 0xdead000000000002, 0x0000000000000001, 0x00000002
    T_AMOW 2, amoswap.w, 0x7fffffff, 0xdead000000000001, 0x000000007fffffff, 0x00000001
    T_AMOW 3, amoswap.w, 0x80000000, 0xdead00007fffffff, 0xffffffff80000000, 0x7fffffff
    T_AMOW 4, amoswap.w, 0xffffffff, 0xdead000000000001, 0xffffffffffffffff, 0x00000001
    T_AMOW 5, amoswap.w, 0xff00ff00, 0xdead00000ff00ff0, 0xffffffffff00ff00, 0x0ff00ff0
    T_AMOW 6, amoswap.w, 0x80000000, 0xdead000080000000, 0xffffffff80000000, 0x80000000
    T_AMOW 7, amoswap.w, 0x00000005, 0xdead0000fffffffb, 0x0000000000000005, 0xfffffffb
    T_AMOD 1, amoswap.d, 0x0000000000000001, 0x2, 0x0000000000000001, 0x0000000000000002
    T_AMOD 2, amoswap.d, 0x7fffffffffffffff, 0x1, 0x7fffffffffffffff, 0x0000000000000001
    T_AMOD 3, amoswap.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff
    T_AMOD 4, amoswap.d, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0x0000000000000001
    T_AMOD 5, amoswap.d, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0
    T_AMOD 6, amoswap.d, 0x0000000080000000, 0xffffffff80000000, 0x0000000080000000, 0xffffffff80000000
    T_AMOD 7, amoswap.d, 0x0000000000000005, 0xfffffffffffffffb, 0x0000000000000005, 0xfffffffffffffffb
    T_AMOW aq, amoswap.w.aq, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x7ffffffe
    T_AMOD aq, amoswap.d.aq, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x00000000fffffffe
    T_AMOW rl, amoswap.w.rl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x7ffffffe
    T_AMOD rl, amoswap.d.rl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x00000000fffffffe
    T_AMOW aqrl, amoswap.w.aqrl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x7ffffffe
    T_AMOD aqrl, amoswap.d.aqrl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x00000000fffffffe
    T_AMOW4 hi, amoswap.w, 0x12345678, 0x80000000, 0x0000000012345678, 0x80000000
    T_AMOW 1, amoadd.w, 0x00000001, 0xdead000000000002, 0x0000000000000001, 0x00000003
    T_AMOW 2, amoadd.w, 0x7fffffff, 0xdead000000000001, 0x000000007fffffff, 0x80000000
    T_AMOW 3, amoadd.w, 0x80000000, 0xdead00007fffffff, 0xffffffff80000000, 0xffffffff
    T_AMOW 4, amoadd.w, 0xffffffff, 0xdead000000000001, 0xffffffffffffffff, 0x00000000
    T_AMOW 5, amoadd.w, 0xff00ff00, 0xdead00000ff00ff0, 0xffffffffff00ff00, 0x0ef10ef0
    T_AMOW 6, amoadd.w, 0x80000000, 0xdead000080000000, 0xffffffff80000000, 0x00000000
    T_AMOW 7, amoadd.w, 0x00000005, 0xdead0000fffffffb, 0x0000000000000005, 0x00000000
    T_AMOD 1, amoadd.d, 0x0000000000000001, 0x2, 0x0000000000000001, 0x0000000000000003
    T_AMOD 2, amoadd.d, 0x7fffffffffffffff, 0x1, 0x7fffffffffffffff, 0x8000000000000000
    T_AMOD 3, amoadd.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff
    T_AMOD 4, amoadd.d, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0x0000000000000000
    T_AMOD 5, amoadd.d, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0, 0xff00ff00ff00ff00, 0x0ef10ef10ef10ef0
    T_AMOD 6, amoadd.d, 0x0000000080000000, 0xffffffff80000000, 0x0000000080000000, 0x0000000000000000
    T_AMOD 7, amoadd.d, 0x0000000000000005, 0xfffffffffffffffb, 0x0000000000000005, 0x0000000000000000
    T_AMOW aq, amoadd.w.aq, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0xffffffff
    T_AMOD aq, amoadd.d.aq, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x80000000ffffffff
    T_AMOW rl, amoadd.w.rl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0xffffffff
    T_AMOD rl, amoadd.d.rl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x80000000ffffffff
    T_AMOW aqrl, amoadd.w.aqrl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0xffffffff
    T_AMOD aqrl, amoadd.d.aqrl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x80000000ffffffff
    T_AMOW4 hi, amoadd.w, 0x12345678, 0x80000000, 0x0000000012345678, 0x92345678
    T_AMOW 1, amoxor.w, 0x00000001, 0xdead000000000002, 0x0000000000000001, 0x00000003
    T_AMOW 2, amoxor.w, 0x7fffffff, 0xdead000000000001, 0x000000007fffffff, 0x7ffffffe
    T_AMOW 3, amoxor.w, 0x80000000, 0xdead00007fffffff, 0xffffffff80000000, 0xffffffff
    T_AMOW 4, amoxor.w, 0xffffffff, 0xdead000000000001, 0xffffffffffffffff, 0xfffffffe
    T_AMOW 5, amoxor.w, 0xff00ff00, 0xdead00000ff00ff0, 0xffffffffff00ff00, 0xf0f0f0f0
    T_AMOW 6, amoxor.w, 0x80000000, 0xdead000080000000, 0xffffffff80000000, 0x00000000
    T_AMOW 7, amoxor.w, 0x00000005, 0xdead0000fffffffb, 0x0000000000000005, 0xfffffffe
    T_AMOD 1, amoxor.d, 0x0000000000000001, 0x2, 0x0000000000000001, 0x0000000000000003
    T_AMOD 2, amoxor.d, 0x7fffffffffffffff, 0x1, 0x7fffffffffffffff, 0x7ffffffffffffffe
    T_AMOD 3, amoxor.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff
    T_AMOD 4, amoxor.d, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0xfffffffffffffffe
    T_AMOD 5, amoxor.d, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0, 0xff00ff00ff00ff00, 0xf0f0f0f0f0f0f0f0
    T_AMOD 6, amoxor.d, 0x0000000080000000, 0xffffffff80000000, 0x0000000080000000, 0xffffffff00000000
    T_AMOD 7, amoxor.d, 0x0000000000000005, 0xfffffffffffffffb, 0x0000000000000005, 0xfffffffffffffffe
    T_AMOW aq, amoxor.w.aq, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0xffffffff
    T_AMOD aq, amoxor.d.aq, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x80000000ffffffff
    T_AMOW rl, amoxor.w.rl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0xffffffff
    T_AMOD rl, amoxor.d.rl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x80000000ffffffff
    T_AMOW aqrl, amoxor.w.aqrl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0xffffffff
    T_AMOD aqrl, amoxor.d.aqrl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x80000000ffffffff
    T_AMOW4 hi, amoxor.w, 0x12345678, 0x80000000, 0x0000000012345678, 0x92345678
    T_AMOW 1, amoand.w, 0x00000001, 0xdead000000000002, 0x0000000000000001, 0x00000000
    T_AMOW 2, amoand.w, 0x7fffffff, 0xdead000000000001, 0x000000007fffffff, 0x00000001
    T_AMOW 3, amoand.w, 0x80000000, 0xdead00007fffffff, 0xffffffff80000000, 0x00000000
    T_AMOW 4, amoand.w, 0xffffffff, 0xdead000000000001, 0xffffffffffffffff, 0x00000001
    T_AMOW 5, amoand.w, 0xff00ff00, 0xdead00000ff00ff0, 0xffffffffff00ff00, 0x0f000f00
    T_AMOW 6, amoand.w, 0x80000000, 0xdead000080000000, 0xffffffff80000000, 0x80000000
    T_AMOW 7, amoand.w, 0x00000005, 0xdead0000fffffffb, 0x0000000000000005, 0x00000001
    T_AMOD 1, amoand.d, 0x0000000000000001, 0x2, 0x0000000000000001, 0x0000000000000000
    T_AMOD 2, amoand.d, 0x7fffffffffffffff, 0x1, 0x7fffffffffffffff, 0x0000000000000001
    T_AMOD 3, amoand.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x0000000000000000
    T_AMOD 4, amoand.d, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0x0000000000000001
    T_AMOD 5, amoand.d, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0, 0xff00ff00ff00ff00, 0x0f000f000f000f00
    T_AMOD 6, amoand.d, 0x0000000080000000, 0xffffffff80000000, 0x0000000080000000, 0x0000000080000000
    T_AMOD 7, amoand.d, 0x0000000000000005, 0xfffffffffffffffb, 0x0000000000000005, 0x0000000000000001
    T_AMOW aq, amoand.w.aq, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x00000000
    T_AMOD aq, amoand.d.aq, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x0000000000000000
    T_AMOW rl, amoand.w.rl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x00000000
    T_AMOD rl, amoand.d.rl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x0000000000000000
    T_AMOW aqrl, amoand.w.aqrl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x00000000
    T_AMOD aqrl, amoand.d.aqrl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x0000000000000000
    T_AMOW4 hi, amoand.w, 0x12345678, 0x80000000, 0x0000000012345678, 0x00000000
    T_AMOW 1, amoor.w, 0x00000001, 0xdead000000000002, 0x0000000000000001, 0x00000003
    T_AMOW 2, amoor.w, 0x7fffffff, 0xdead000000000001, 0x000000007fffffff, 0x7fffffff
    T_AMOW 3, amoor.w, 0x80000000, 0xdead00007fffffff, 0xffffffff80000000, 0xffffffff
    T_AMOW 4, amoor.w, 0xffffffff, 0xdead000000000001, 0xffffffffffffffff, 0xffffffff
    T_AMOW 5, amoor.w, 0xff00ff00, 0xdead00000ff00ff0, 0xffffffffff00ff00, 0xfff0fff0
    T_AMOW 6, amoor.w, 0x80000000, 0xdead000080000000, 0xffffffff80000000, 0x80000000
    T_AMOW 7, amoor.w, 0x00000005, 0xdead0000fffffffb, 0x0000000000000005, 0xffffffff
    T_AMOD 1, amoor.d, 0x0000000000000001, 0x2, 0x0000000000000001, 0x0000000000000003
    T_AMOD 2, amoor.d, 0x7fffffffffffffff, 0x1, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_AMOD 3, amoor.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff
    T_AMOD 4, amoor.d, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0xffffffffffffffff
    T_AMOD 5, amoor.d, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0, 0xff00ff00ff00ff00, 0xfff0fff0fff0fff0
    T_AMOD 6, amoor.d, 0x0000000080000000, 0xffffffff80000000, 0x0000000080000000, 0xffffffff80000000
    T_AMOD 7, amoor.d, 0x0000000000000005, 0xfffffffffffffffb, 0x0000000000000005, 0xffffffffffffffff
    T_AMOW aq, amoor.w.aq, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0xffffffff
    T_AMOD aq, amoor.d.aq, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x80000000ffffffff
    T_AMOW rl, amoor.w.rl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0xffffffff
    T_AMOD rl, amoor.d.rl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x80000000ffffffff
    T_AMOW aqrl, amoor.w.aqrl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0xffffffff
    T_AMOD aqrl, amoor.d.aqrl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x80000000ffffffff
    T_AMOW4 hi, amoor.w, 0x12345678, 0x80000000, 0x0000000012345678, 0x92345678
    T_AMOW 1, amomin.w, 0x00000001, 0xdead000000000002, 0x0000000000000001, 0x00000001
    T_AMOW 2, amomin.w, 0x7fffffff, 0xdead000000000001, 0x000000007fffffff, 0x00000001
    T_AMOW 3, amomin.w, 0x80000000, 0xdead00007fffffff, 0xffffffff80000000, 0x80000000
    T_AMOW 4, amomin.w, 0xffffffff, 0xdead000000000001, 0xffffffffffffffff, 0xffffffff
    T_AMOW 5, amomin.w, 0xff00ff00, 0xdead00000ff00ff0, 0xffffffffff00ff00, 0xff00ff00
    T_AMOW 6, amomin.w, 0x80000000, 0xdead000080000000, 0xffffffff80000000, 0x80000000
    T_AMOW 7, amomin.w, 0x00000005, 0xdead0000fffffffb, 0x0000000000000005, 0xfffffffb
    T_AMOD 1, amomin.d, 0x0000000000000001, 0x2, 0x0000000000000001, 0x0000000000000001
    T_AMOD 2, amomin.d, 0x7fffffffffffffff, 0x1, 0x7fffffffffffffff, 0x0000000000000001
    T_AMOD 3, amomin.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000000
    T_AMOD 4, amomin.d, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0xffffffffffffffff
    T_AMOD 5, amomin.d, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0, 0xff00ff00ff00ff00, 0xff00ff00ff00ff00
    T_AMOD 6, amomin.d, 0x0000000080000000, 0xffffffff80000000, 0x0000000080000000, 0xffffffff80000000
    T_AMOD 7, amomin.d, 0x0000000000000005, 0xfffffffffffffffb, 0x0000000000000005, 0xfffffffffffffffb
    T_AMOW aq, amomin.w.aq, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x80000001
    T_AMOD aq, amomin.d.aq, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x8000000000000001
    T_AMOW rl, amomin.w.rl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x80000001
    T_AMOD rl, amomin.d.rl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x8000000000000001
    T_AMOW aqrl, amomin.w.aqrl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x80000001
    T_AMOD aqrl, amomin.d.aqrl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x8000000000000001
    T_AMOW4 hi, amomin.w, 0x12345678, 0x80000000, 0x0000000012345678, 0x80000000
    T_AMOW 1, amomax.w, 0x00000001, 0xdead000000000002, 0x0000000000000001, 0x00000002
    T_AMOW 2, amomax.w, 0x7fffffff, 0xdead000000000001, 0x000000007fffffff, 0x7fffffff
    T_AMOW 3, amomax.w, 0x80000000, 0xdead00007fffffff, 0xffffffff80000000, 0x7fffffff
    T_AMOW 4, amomax.w, 0xffffffff, 0xdead000000000001, 0xffffffffffffffff, 0x00000001
    T_AMOW 5, amomax.w, 0xff00ff00, 0xdead00000ff00ff0, 0xffffffffff00ff00, 0x0ff00ff0
    T_AMOW 6, amomax.w, 0x80000000, 0xdead000080000000, 0xffffffff80000000, 0x80000000
    T_AMOW 7, amomax.w, 0x00000005, 0xdead0000fffffffb, 0x0000000000000005, 0x00000005
    T_AMOD 1, amomax.d, 0x0000000000000001, 0x2, 0x0000000000000001, 0x0000000000000002
    T_AMOD 2, amomax.d, 0x7fffffffffffffff, 0x1, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_AMOD 3, amomax.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff
    T_AMOD 4, amomax.d, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0x0000000000000001
    T_AMOD 5, amomax.d, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0
    T_AMOD 6, amomax.d, 0x0000000080000000, 0xffffffff80000000, 0x0000000080000000, 0x0000000080000000
    T_AMOD 7, amomax.d, 0x0000000000000005, 0xfffffffffffffffb, 0x0000000000000005, 0x0000000000000005
    T_AMOW aq, amomax.w.aq, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x7ffffffe
    T_AMOD aq, amomax.d.aq, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x00000000fffffffe
    T_AMOW rl, amomax.w.rl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x7ffffffe
    T_AMOD rl, amomax.d.rl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x00000000fffffffe
    T_AMOW aqrl, amomax.w.aqrl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x7ffffffe
    T_AMOD aqrl, amomax.d.aqrl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x00000000fffffffe
    T_AMOW4 hi, amomax.w, 0x12345678, 0x80000000, 0x0000000012345678, 0x12345678
    T_AMOW 1, amominu.w, 0x00000001, 0xdead000000000002, 0x0000000000000001, 0x00000001
    T_AMOW 2, amominu.w, 0x7fffffff, 0xdead000000000001, 0x000000007fffffff, 0x00000001
    T_AMOW 3, amominu.w, 0x80000000, 0xdead00007fffffff, 0xffffffff80000000, 0x7fffffff
    T_AMOW 4, amominu.w, 0xffffffff, 0xdead000000000001, 0xffffffffffffffff, 0x00000001
    T_AMOW 5, amominu.w, 0xff00ff00, 0xdead00000ff00ff0, 0xffffffffff00ff00, 0x0ff00ff0
    T_AMOW 6, amominu.w, 0x80000000, 0xdead000080000000, 0xffffffff80000000, 0x80000000
    T_AMOW 7, amominu.w, 0x00000005, 0xdead0000fffffffb, 0x0000000000000005, 0x00000005
    T_AMOD 1, amominu.d, 0x0000000000000001, 0x2, 0x0000000000000001, 0x0000000000000001
    T_AMOD 2, amominu.d, 0x7fffffffffffffff, 0x1, 0x7fffffffffffffff, 0x0000000000000001
    T_AMOD 3, amominu.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff
    T_AMOD 4, amominu.d, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0x0000000000000001
    T_AMOD 5, amominu.d, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0
    T_AMOD 6, amominu.d, 0x0000000080000000, 0xffffffff80000000, 0x0000000080000000, 0x0000000080000000
    T_AMOD 7, amominu.d, 0x0000000000000005, 0xfffffffffffffffb, 0x0000000000000005, 0x0000000000000005
    T_AMOW aq, amominu.w.aq, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x7ffffffe
    T_AMOD aq, amominu.d.aq, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x00000000fffffffe
    T_AMOW rl, amominu.w.rl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x7ffffffe
    T_AMOD rl, amominu.d.rl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x00000000fffffffe
    T_AMOW aqrl, amominu.w.aqrl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x7ffffffe
    T_AMOD aqrl, amominu.d.aqrl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x00000000fffffffe
    T_AMOW4 hi, amominu.w, 0x12345678, 0x80000000, 0x0000000012345678, 0x12345678
    T_AMOW 1, amomaxu.w, 0x00000001, 0xdead000000000002, 0x0000000000000001, 0x00000002
    T_AMOW 2, amomaxu.w, 0x7fffffff, 0xdead000000000001, 0x000000007fffffff, 0x7fffffff
    T_AMOW 3, amomaxu.w, 0x80000000, 0xdead00007fffffff, 0xffffffff80000000, 0x80000000
    T_AMOW 4, amomaxu.w, 0xffffffff, 0xdead000000000001, 0xffffffffffffffff, 0xffffffff
    T_AMOW 5, amomaxu.w, 0xff00ff00, 0xdead00000ff00ff0, 0xffffffffff00ff00, 0xff00ff00
    T_AMOW 6, amomaxu.w, 0x80000000, 0xdead000080000000, 0xffffffff80000000, 0x80000000
    T_AMOW 7, amomaxu.w, 0x00000005, 0xdead0000fffffffb, 0x0000000000000005, 0xfffffffb
    T_AMOD 1, amomaxu.d, 0x0000000000000001, 0x2, 0x0000000000000001, 0x0000000000000002
    T_AMOD 2, amomaxu.d, 0x7fffffffffffffff, 0x1, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_AMOD 3, amomaxu.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000000
    T_AMOD 4, amomaxu.d, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0xffffffffffffffff
    T_AMOD 5, amomaxu.d, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0, 0xff00ff00ff00ff00, 0xff00ff00ff00ff00
    T_AMOD 6, amomaxu.d, 0x0000000080000000, 0xffffffff80000000, 0x0000000080000000, 0xffffffff80000000
    T_AMOD 7, amomaxu.d, 0x0000000000000005, 0xfffffffffffffffb, 0x0000000000000005, 0xfffffffffffffffb
    T_AMOW aq, amomaxu.w.aq, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x80000001
    T_AMOD aq, amomaxu.d.aq, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x8000000000000001
    T_AMOW rl, amomaxu.w.rl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x80000001
    T_AMOD rl, amomaxu.d.rl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x8000000000000001
    T_AMOW aqrl, amomaxu.w.aqrl, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x80000001
    T_AMOD aqrl, amomaxu.d.aqrl, 0x8000000000000001, 0xfffffffe, 0x8000000000000001, 0x8000000000000001
    T_AMOW4 hi, amomaxu.w, 0x12345678, 0x80000000, 0x0000000012345678, 0x80000000

    /* rd = x0: only memory changes */
    la  a1, abuf
    li  t0, 40
    sd  t0, 0(a1)
    li  a2, 2
    amoadd.d x0, a2, (a1)
    ld  a4, 0(a1)
    CHECK amoadd.d_x0, a4, 42
    /* rd = rs2 */
    li  t0, 0x1111
    sd  t0, 0(a1)
    li  a2, 0x2222
    amoswap.d a2, a2, (a1)
    ld  a4, 0(a1)
    CHECK2 amoswap.d_rdrs2, a2, 0x1111, a4, 0x2222
    li  t0, 0x5a5a5a5a00000007
    sd  t0, 0(a1)
    li  a2, -1
    amoadd.w a2, a2, (a1)
    ld  a4, 0(a1)
    CHECK2 amoadd.w_rdrs2, a2, 7, a4, 0x5a5a5a5a00000006

/* ---- lr / sc ------------------------------------------------------------- */
    la  a1, abuf
    li  t0, 0x1111111180000000
    sd  t0, 0(a1)
    lr.w a3, (a1)
    li  a2, 0x12345678
    sc.w a4, a2, (a1)
    ld  a5, 0(a1)
    CHECK lr.w_sext, a3, 0xffffffff80000000
    CHECK2 sc.w_ok, a4, 0, a5, 0x1111111112345678
    /* the reservation is gone after an sc: a second sc fails */
    li  a2, 0x0badbad0
    sc.w a4, a2, (a1)
    ld  a5, 0(a1)
    snez a4, a4
    CHECK2 sc.w_fail, a4, 1, a5, 0x1111111112345678

    la  a1, abuf + 8
    li  t0, 0x0123456789abcdef
    sd  t0, 0(a1)
    lr.d a3, (a1)
    li  a2, 0xfedcba9876543210
    sc.d a4, a2, (a1)
    ld  a5, 0(a1)
    CHECK lr.d_1, a3, 0x0123456789abcdef
    CHECK2 sc.d_ok, a4, 0, a5, 0xfedcba9876543210
    li  a2, 0x0badbad0
    sc.d a4, a2, (a1)
    ld  a5, 0(a1)
    snez a4, a4
    CHECK2 sc.d_fail, a4, 1, a5, 0xfedcba9876543210

    /* sc to an address other than the reserved one fails */
    la  a1, abuf
    la  a5, abuf + 16
    li  t0, 77
    sd  t0, 0(a5)
    lr.d a3, (a1)
    li  a2, 88
    sc.d a4, a2, (a5)
    ld  a3, 0(a5)
    snez a4, a4
    CHECK2 sc.d_otheraddr, a4, 1, a3, 77

    /* ordering variants */
    la  a1, abuf
    sd  zero, 0(a1)
    lr.w.aq a3, (a1)
    addi a3, a3, 9
    sc.w.rl a4, a3, (a1)
    lw  a5, 0(a1)
    CHECK2 lr.w.aq_sc.w.rl, a4, 0, a5, 9
    lr.d.aqrl a3, (a1)
    addi a3, a3, 1
    sc.d.aqrl a4, a3, (a1)
    ld  a5, 0(a1)
    CHECK2 lr.d.aqrl_sc.d.aqrl, a4, 0, a5, 10

    /* an atomic-increment retry loop, 1000 rounds (w and d) */
    la  a1, abuf
    sd  zero, 0(a1)
    sd  zero, 8(a1)
    addi a2, a1, 8
    li  s0, 1000
    li  s1, 0
1:  lr.w t0, (a1)
    addi t0, t0, 3
    sc.w t1, t0, (a1)
    bnez t1, 1b
2:  lr.d t0, (a2)
    addi t0, t0, -1
    sc.d t1, t0, (a2)
    bnez t1, 2b
    add s1, s1, t1
    addi s0, s0, -1
    bnez s0, 1b
    lw  a3, 0(a1)
    ld  a4, 8(a1)
    CHECK2 lrsc_loop, a3, 3000, a4, -1000

    /* a hot AMO loop: 10000 rounds of mixed AMOs */
    la  a1, abuf
    li  t0, 1
    sd  t0, 0(a1)
    sd  zero, 8(a1)
    addi a2, a1, 8
    li  s0, 10000
1:  amoadd.d t1, s0, (a1)
    amoxor.d t2, t1, (a2)
    amomaxu.w t3, t2, (a1)
    addi s0, s0, -1
    bnez s0, 1b
    ld  a3, 0(a1)
    ld  a4, 8(a1)
    CHECK2 hot_amo, a3, HOT_A0, a4, HOT_A1
TEST_END

    .data
    .balign 16
abuf: .dword 0, 0, 0, 0
