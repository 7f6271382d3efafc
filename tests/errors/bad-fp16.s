# AVX512_FP16 operands GNU as rejects too: the complex multiplies with the
# destination among the sources, a broadcast of the wrong element size or
# count, rounding on a form that only takes {sae}, a mask on vmovw
# expect: 12:11: destination and source registers must be distinct for `vfmaddcph'
# expect: 13:10: destination and source registers must be distinct for `vfmulcsh'
# expect: 14:20: operand size mismatch for `vaddph'
# expect: 15:20: unsupported broadcast for `vaddph'
# expect: 16:1: unsupported static rounding/sae for `vminph'
# expect: 17:7: unsupported masking for `vmovw'
# expect: 18:14: operand (size|type) mismatch for `vaddsh'
.intel_syntax noprefix
vfmaddcph zmm1, zmm1, zmm3
vfmulcsh xmm2, xmm1, xmm2
vaddph zmm1, zmm2, DWORD BCST [rax]
vaddph zmm1, zmm2, [rax]{1to16}
vminph zmm1, zmm2, zmm3, {rn-sae}
vmovw xmm1{k1}, eax
vaddsh xmm1, DWORD PTR [rax], xmm2
