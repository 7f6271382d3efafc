# A value known only after layout (a label difference, an address) must fit
# the field chosen before it was known: GNU's fixup rule, an error (never
# truncated bytes) where GNU says "value ... too large for field".
# expect: 12:9: too large for the 1-byte field of `add'
# expect: 13:9: too large for the 2-byte field of `mov'
# expect: 14:9: too large for the 1-byte field of `mov'
# expect: 15:7: too large for a 1-byte field
# expect: 16:7: too large for a 2-byte field
# expect: 17:10: too large for the 4-byte field of `add'
.intel_syntax noprefix
lr_a: jmp lr_b
add al, lr_b-lr_a
mov ax, lr_c-lr_a
mov bl, OFFSET lr_b
.byte lr_b-lr_a
.word lr_c-lr_a
add rax, OFFSET lr_big
ret
.fill 300, 1, 0x90
lr_b: .fill 70000, 1, 0x90
lr_c: ret
lr_big = lr_c + 0x7fff0000
