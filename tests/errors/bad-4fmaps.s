# AVX512_4FMAPS / 4VNNIW operands GNU as rejects too: a register or
# memory of another size where the 128-bit memory goes, the SDM's
# `zmm4+3' register-group spelling (GNU 2.40 writes the first register)
# expect: 9:23: operand type mismatch for `v4fmaddps'
# expect: 10:23: operand size mismatch for `v4fmaddss'
# expect: 11:23: operand size mismatch for `vp4dpwssd'
# expect: 12:17: register|index|invalid
.intel_syntax noprefix
v4fmaddps zmm0, zmm4, zmm1
v4fmaddss xmm0, xmm4, DWORD PTR [rax]
vp4dpwssd zmm0, zmm4, ZMMWORD PTR [rax]
v4fmaddps zmm0, zmm4+3, [rax]
