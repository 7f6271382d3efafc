# AVX-512 operands and decorations GNU as rejects too: masks where the
# form takes none or not on the destination, {k0} as a write mask, {z}
# without a mask or on a memory / opmask destination, broadcasts of the wrong
# size or on forms without one, xmm16+ on a VEX-only mnemonic, register
# classes mixed, and rounding where GNU refuses it too
# expect: 26:10: `k0' can't be used for write mask
# expect: 27:10: unsupported masking for `vmovdqu8'
# expect: 28:10: zeroing\-masking only allowed with write mask
# expect: 29:10: unsupported masking for `vpcmpeqb'
# expect: 30:10: unsupported masking for `vmovntdq'
# expect: 31:11: unsupported masking for `vaddsubps'
# expect: 32:14: mask not on destination operand for `vpaddd'
# expect: 33:8: zeroing\-masking only allowed with write mask
# expect: 34:20: unsupported broadcast for `vpaddd'
# expect: 35:21: unsupported broadcast for `vpminub'
# expect: 36:16: duplicated decoration '\{k2\}'
# expect: 37:11: register not encodable without EVEX
# expect: 38:20: operand size mismatch for `vpaddd'
# expect: 39:11: operand type mismatch for `kmovd'
# expect: 40:14: operand size mismatch for `vpaddd'
# expect: 41:25: operand size mismatch for `vpshufb'
# expect: 42:12: operand type mismatch for `vpcmpnequb'
# expect: 43:9: unsupported masking for `vpsadbw'
# expect: 44:1: unsupported static rounding/sae for `vaddps'
.intel_syntax noprefix
vmovdqu8 zmm0{k0}, ZMMWORD PTR [rdi]
vmovdqu8 ZMMWORD PTR [rdi]{k1}{z}, zmm0
vpcmpeqb k1{z}, zmm0, zmm1
vpcmpeqb k1{k2}{z}, zmm0, zmm1
vmovntdq ZMMWORD PTR [rax]{k1}, zmm0
vaddsubps ymm0{k1}, ymm1, ymm2
vpaddd zmm0, zmm1{k1}, zmm2
vpaddd zmm0{z}, zmm1, zmm2
vpaddd zmm0, zmm1, [rax]{1to8}
vpminub zmm0, zmm1, [rax]{1to16}
vpaddd zmm0{k1}{k2}, zmm1, zmm2
vaddsubps xmm16, xmm1, xmm2
vpaddd zmm0, zmm1, QWORD BCST [rax]
kmovd k1, ymm0
vpaddd zmm0, ymm1, zmm2
vpshufb zmm0{k1}, zmm1, xmm2
vpcmpnequb xmm0, zmm0, zmm1
vpsadbw zmm0{k1}, zmm1, zmm2
vaddps ymm0, ymm1, ymm2, {rn-sae}
