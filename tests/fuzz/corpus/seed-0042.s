.intel_syntax noprefix
mov rax, QWORD PTR [r13+rax*8+0x7f]
mov [r13+rax*8+0x7f], r9d
add BYTE PTR [r13+rax*8+0x7f], 1
lea rcx, [r13+rax*8+0x7f]
lea r12d, [r13+rax*8+0x7f]
movzx eax, WORD PTR [r13+rax*8+0x7f]
shld QWORD PTR [r13+rax*8+0x7f], r15, 3
imul r8, QWORD PTR [r13+rax*8+0x7f], 0x100
mov DWORD PTR [r13+rax*8+0x7f], 0x7fffffff
andn rax, r14, QWORD PTR [r13+rax*8+0x7f]
mov sil, BYTE PTR [r13+rax*8+0x7f]
push QWORD PTR [r13+rax*8+0x7f]
