# Pseudo-prefixes and the AVX-512 forms added with them, where GNU as
# rejects them too: {vex} on a form that only EVEX encodes (xmm16+, a
# mask, a broadcast, an EVEX-only mnemonic), {evex} on a VEX-only or
# legacy mnemonic, an unknown or lone pseudo-prefix, masks on the element
# extract/insert forms
# expect: 20:7,14: unsupported instruction `vpaddd'|register not encodable without EVEX
# expect: 21:8: unsupported instruction `vpsignb'
# expect: 22:8: unsupported instruction `add'
# expect: 23:7,16: unsupported masking for `vpdpwssd'
# expect: 24:7,28: unsupported broadcast for `vpdpwssd'
# expect: 25:7: unsupported instruction `vpabsq'
# expect: 26:1: unknown pseudo\-prefix|expected a label
# expect: 27:1: pseudo prefix without instruction
# expect: 28:9: unsupported masking for `vpextrd'
# expect: 29:9: unsupported masking for `vpinsrw'
# expect: 30:9: unsupported masking for `vmovhps'
# expect: 31:12: operand size mismatch for `vshufi32x4'
# expect: 32:23: operand size mismatch for `vbroadcasti32x8'
.intel_syntax noprefix
{vex} vpaddd xmm17, xmm2, xmm3
{evex} vpsignb xmm1, xmm2, xmm3
{evex} add eax, ebx
{vex} vpdpwssd ymm1{k1}, ymm2, [rax]
{vex} vpdpwssd ymm1, ymm2, [rax]{1to8}
{vex} vpabsq xmm1, xmm2
{foo} nop
{evex}
vpextrd eax{k1}, xmm1, 1
vpinsrw xmm1{k1}, xmm1, eax, 1
vmovhps QWORD PTR [rax]{k1}, xmm17
vshufi32x4 xmm1, xmm2, xmm3, 1
vbroadcasti32x8 zmm1, XMMWORD PTR [rax]
