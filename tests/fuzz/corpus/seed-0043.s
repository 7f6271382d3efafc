.intel_syntax noprefix
mov rax, QWORD PTR [r13+0x80]
mov [r13+0x80], r9d
add BYTE PTR [r13+0x80], 1
lea rcx, [r13+0x80]
lea r12d, [r13+0x80]
movzx eax, WORD PTR [r13+0x80]
shld QWORD PTR [r13+0x80], r15, 3
imul r8, QWORD PTR [r13+0x80], 0x100
mov DWORD PTR [r13+0x80], 0x7fffffff
andn rax, r14, QWORD PTR [r13+0x80]
mov sil, BYTE PTR [r13+0x80]
push QWORD PTR [r13+0x80]
