.intel_syntax noprefix
lock add DWORD PTR ds:0x1000, 0x10000
lock sbb DWORD PTR ds:0x1000, 0x80
ror BYTE PTR [rsp+0x8], 127
cmovpo r13, QWORD PTR [rbp]
sbb DWORD PTR [rax], 65535
lock sbb QWORD PTR fs:[r12-0x80], 0xffffffff
shlx r10, rsp, rax
sub cl, -0x80
sbb BYTE PTR [r14], 0x100
xor WORD PTR [r12+0x1234], 0x100
lock sbb BYTE PTR fs:[r12-0x80], -0x80
imul eax, -0x8000
