.intel_syntax noprefix
lock xadd BYTE PTR [rbp], ah
sbb DWORD PTR [r13+rax*2+0x80], 0x80000000
sbb sp, bp
and bh, dh
xchg rax, rsp
lock or QWORD PTR [rbp], 0x100
not [rax]
add DWORD PTR gs:[r12], 0x1
sub WORD PTR [rax], -1
xor esp, 0x0
mov r13, -0x80000001
cmovna r14, QWORD PTR [r13+rax*2+0x80]
