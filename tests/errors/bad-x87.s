# x87 operands of the wrong kind, register or size: always an error (GNU as
# rejects all of these too), never bytes for another form
# expect: 23:1,13: operand type mismatch
# expect: 24:1,8: number 0..7|junk
# expect: 25:1,6: operand size mismatch
# expect: 26:1,5: operand|mismatch
# expect: 27:1,5: ambiguous operand size
# expect: 28:1,9: operand size mismatch
# expect: 29:1: number of operands
# expect: 30:1: number of operands
# expect: 31:1,11: operand type mismatch
# expect: 32:1,8: operand type mismatch
# expect: 33:1,7: operand size mismatch
# expect: 34:1,8: operand size mismatch
# expect: 35:1,6: lockable
# expect: 36:1: number of operands
# expect: 37:1,5: operand size mismatch
# expect: 38:1,6: operand|mismatch
# expect: 39:1,8: operand size mismatch
# expect: 40:1,8: number 0..7|junk
# expect: 41:1,7: ambiguous operand size
.intel_syntax noprefix
fadd st(1), st(2)
fld st(8)
fild BYTE PTR [rax]
fld xmm0
fld [rax]
fnstenv DWORD PTR [rax]
fxch st(1), st
fcmove st(1)
fsubp st, st(2)
fcomip st(1), st
fiadd QWORD PTR [rax]
fnstsw eax
lock fld st(1)
fld1 st
fst TBYTE PTR [rax]
fadd eax
fxsave QWORD PTR [rax]
fld st(-1)
fistp [rax]
