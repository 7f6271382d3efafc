.intel_syntax noprefix
b81_a:
nop
b81_b:
mov eax, b81_b - b81_a
lea rax, [rip+b81_a]
lea rax, [rip+b81_c]
mov ecx, OFFSET b81_c - b81_a
.byte b81_c - b81_a
.long b81_c - b81_b
jmp b81_c
b81_c:
ret
