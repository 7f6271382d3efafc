# vpermil2ps/pd (five operands) rejected by GNU as too: the imm4
# selector out of 0..15 or not a constant, two memory operands, mixed
# vector lengths, xmm16+ (no EVEX form), {evex}, a sixth operand
# expect: 12:36: range|fit
# expect: 13:36: range|fit
# expect: 14:31: operand type mismatch|memory
# expect: 15:30: operand size mismatch
# expect: 16:30: EVEX
# expect: 17:8: unsupported instruction
# expect: 18:1,39: operand
.intel_syntax noprefix
vpermil2ps xmm0, xmm1, xmm2, xmm3, 16
vpermil2pd xmm0, xmm1, xmm2, xmm3, -1
vpermil2ps xmm0, xmm1, [rax], [rbx], 1
vpermil2pd ymm0, ymm1, ymm2, xmm3, 1
vpermil2ps xmm0, xmm1, xmm2, xmm16, 1
{evex} vpermil2ps xmm0, xmm1, xmm2, xmm3, 1
vpermil2ps xmm0, xmm1, xmm2, xmm3, 1, 2
