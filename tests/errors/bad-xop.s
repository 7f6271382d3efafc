# FMA4 and XOP operands GNU as rejects too: two memory operands, a
# register 16-31 (no EVEX form), a mask, a vector length the form lacks,
# an immediate where vpcom's predicate name already gives it
# expect: 12:1,22,29: operand (type|size) mismatch for `vfmaddsd'
# expect: 13:1,14: not encodable without EVEX|unsupported instruction
# expect: 14:10: unsupported masking for `vfmaddps'
# expect: 15:8: operand size mismatch for `vprotd'
# expect: 16:1: number of operands mismatch for `vpcomltb'
# expect: 17:20,27: operand (type|size) mismatch for `vpcmov'
# expect: 18:26: operand type mismatch for `vpcomb'
.intel_syntax noprefix
vfmaddsd xmm1, xmm2, [rax], QWORD PTR [rbx]
vprotd xmm1, xmm17, xmm3
vfmaddps xmm1{k1}, xmm2, xmm3, xmm4
vprotd ymm1, ymm2, 1
vpcomltb xmm1, xmm2, xmm3, 1
vpcmov xmm1, xmm2, [rax], [rbx]
vpcomb xmm1, xmm2, xmm3, ymm4
