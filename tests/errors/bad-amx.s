# AMX operands GNU as rejects too: a tile register twice in a dot
# product, rip-relative or sized tile memory, a tile where a general
# register goes
# expect: 9:23: all tmm registers must be distinct for `tdpbf16ps'
# expect: 10:17,26: rip|cannot be used
# expect: 11:17: operand (size|type) mismatch for `tileloadd'
# expect: 12:10: operand type mismatch for `mov'|tmm
.intel_syntax noprefix
tdpbf16ps tmm1, tmm2, tmm2
tileloadd tmm1, [rip+0x10]
tileloadd tmm1, ZMMWORD PTR [rax]
mov eax, tmm1
