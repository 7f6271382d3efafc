# expect: 12:10: does not fit in 64 bits
# expect: 13:10: does not fit in 64 bits
# expect: 14:10: does not fit in 64 bits
# expect: 15:10: does not fit in 64 bits
# expect: 16:10: invalid number
# Numbers on the edge of 64 bits: the largest hex and decimal values and
# leading zeros assemble, one more does not (the lexer reads the first 16
# hex / 19 decimal digits without overflow checks).
.intel_syntax noprefix
mov rax, 0xffffffffffffffff
mov rax, 18446744073709551615
mov rax, 0x10000000000000000
mov rax, 18446744073709551616
mov rax, 99999999999999999999
mov rax, 0x1ffffffffffffffff
mov rax, 0x12g4
mov rax, 0x000000000000000000001
mov rax, 00000000000000000000012
mov rax, 9999999999999999999
