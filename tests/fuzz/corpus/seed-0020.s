.intel_syntax noprefix
cmp r15b, BYTE PTR [rip]
sub al, bh
and ax, 65535
lock sub DWORD PTR [rax], 255
add ecx, -128
movabs eax, [rsp+0x8]
add rcx, 2147483648
sar BYTE PTR [r13+rax*2+0x80], -0x1
mov dil, r15b
imul r9w, ax, 32768
mov rsp, 0x7fffffff
cmovpo rax, QWORD PTR [r8-0x80000000]
