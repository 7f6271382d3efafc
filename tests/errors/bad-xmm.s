# SSE operands of the wrong register class, size or kind: always an error
# (GNU as rejects all of these too), never bytes for another form
# expect: 19:1,13: operand type mismatch
# expect: 20:1,12: operand|mismatch
# expect: 21:1,13: operand size mismatch
# expect: 22:1,13: operand size mismatch
# expect: 23:1,7: EVEX
# expect: 24:1,14: operand|mismatch
# expect: 25:1,16: ambiguous operand size
# expect: 26:1,8: operand|mismatch
# expect: 27:1,12: operand|mismatch|conflicting
# expect: 28:1,20: range
# expect: 29:1,13: operand type mismatch
# expect: 30:1: number of operands
# expect: 31:1,6: lockable
# expect: 32:1,15: operand|mismatch
# expect: 33:1,11: operand|mismatch
.intel_syntax noprefix
addsd xmm0, rax
movd xmm0, al
addps xmm0, QWORD PTR [rax]
movss xmm0, QWORD PTR [rax]
addps xmm16, xmm1
movaps xmm0, ymm1
cvtsi2sd xmm0, [rax]
pextrw al, xmm0, 1
movq xmm0, DWORD PTR [rax]
pshufd xmm0, xmm1, 256
paddb xmm0, mm1
cmpps xmm0, xmm1
lock addps xmm0, [rax]
movhlps xmm0, [rax]
cvttsd2si ax, xmm0
