# EVEX static rounding and SAE operands GNU as rejects too: {sae} on an
# instruction that rounds, rounding where there is only {sae}, with a
# memory operand, at 256 bits, misplaced, twice; masks on the conversions
# to and from general registers; an ambiguous broadcast length
# expect: 16:1: unsupported static rounding/sae for `vaddps'
# expect: 17:1: unsupported static rounding/sae for `vmaxps'
# expect: 18:1: unsupported static rounding/sae for `vaddps'
# expect: 19:1: unsupported static rounding/sae for `vcvtps2pd'
# expect: 20:1: `vaddps': misplaced `\{rn-sae\}'
# expect: 21:1: `vcomiss': misplaced `\{sae\}'
# expect: 22:36: duplicated
# expect: 23:11: unsupported masking for `vcvtsd2si'
# expect: 24:11: unsupported masking for `vcvtsi2sd'
# expect: 25:17: ambiguous broadcast for `vcvtpd2dq'
.intel_syntax noprefix
vaddps zmm0, zmm1, zmm2, {sae}
vmaxps zmm0, zmm1, zmm2, {rn-sae}
vaddps zmm0, zmm1, [rax], {rn-sae}
vcvtps2pd ymm0, xmm1, {sae}
vaddps zmm0{rn-sae}, zmm1, zmm2
vcomiss xmm0, {sae}, xmm1
vaddps zmm0, zmm1, zmm2, {rn-sae}, {rd-sae}
vcvtsd2si eax{k1}, xmm1
vcvtsi2sd xmm1{k1}, xmm2, eax
vcvtpd2dq xmm1, QWORD BCST [rax]
