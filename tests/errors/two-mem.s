# expect: 5:1,5,12: memory|operand
# expect: 6:1,5,22: memory|operand
.intel_syntax noprefix
mov rax, [rbx]
mov [rax], [rbx]
add DWORD PTR [rax], DWORD PTR [rcx]
