# expect: 6:1,5: operand
# expect: 7:1,5,15: operand
# expect: 8:1,5: operand
.intel_syntax noprefix
add rax, 1
add rax
add rax, rbx, rcx
nop rax, rbx
