# Gathers and scatters (VSIB memory) GNU as rejects too: no write mask, a
# zeroing or k0 mask, an index register of the wrong width, the element
# size keyword wrong, a rip base, an index 16-31 on a VEX gather, a vector
# index on an instruction without VSIB
# expect: 16:12: default mask isn't allowed for `vpgatherdd'
# expect: 17:13: default mask isn't allowed for `vpscatterdd'
# expect: 18:12: unsupported masking for `vpgatherdd'
# expect: 19:12: `k0' can't be used for write mask
# expect: 20:18: invalid VSIB address for `vpgatherdd'
# expect: 21:18: operand size mismatch for `vpgatherdq'
# expect: 22:18,23: rip-relative address cannot have an index
# expect: 23:18,27: not encodable without EVEX
# expect: 24:10: unsupported vector index register for `mov'
# expect: 25:20: unsupported vector index register for `vpaddd'
.intel_syntax noprefix
vpgatherdd zmm1, [rax+zmm2*4]
vpscatterdd [rax+zmm2*4], zmm1
vpgatherdd zmm1{k1}{z}, [rax+zmm2*4]
vpgatherdd zmm1{k0}, [rax+zmm2*4]
vpgatherdd xmm1, [rax+ymm2*4], xmm3
vpgatherdq xmm1, DWORD PTR [rax+xmm2], xmm3
vpgatherdd xmm1, [rip+xmm2], xmm3
vpgatherdd xmm1, [rax+xmm18*4], xmm3
mov eax, [rax+xmm1]
vpaddd xmm1, xmm2, [rax+xmm3*2]
