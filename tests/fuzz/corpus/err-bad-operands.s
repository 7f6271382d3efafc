# one error per bad operand combination; the caret may point at the
# mnemonic or at the operand, both are accepted (col 1 or the operand)
# expect: 9:1,6: operand|invalid combination|mismatch
# expect: 10:1,5,10: operand|invalid combination|mismatch
# expect: 11:1,10: operand|invalid combination|mismatch|memory
# expect: 12:1,12: operand|invalid combination|mismatch
.intel_syntax noprefix
add rax, rbx
push al
mov eax, rbx
lea rax, rbx
movzx eax, eax
nop
