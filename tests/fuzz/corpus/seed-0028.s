.intel_syntax noprefix
cmovpe r8w, WORD PTR [rax]
xor al, cl
sub QWORD PTR [r13+rax*2+0x80], 255
ror WORD PTR [r13+rax*2+0x80], 0x100
ror WORD PTR [rax], 0x1
popcnt r10w, WORD PTR [rbp]
btc DWORD PTR [rbp], 0x100
lock or QWORD PTR [rip+0x10], 65535
imul ax, WORD PTR [r13+rax*2+0x80], -0x81
add bp, 0x0
shld ax, ax, -0x1
mov rcx, -0x80
