.intel_syntax noprefix
cmovnz r15d, ebx
cmovnc cx, r12w
xor al, 255
blsr r13, rcx
lock add WORD PTR [rsp+0x8], ax
sub BYTE PTR [rbp], r15b
sbb r15b, r12b
sar cl, 256
cmp DWORD PTR [rbp], 65535
adc DWORD PTR [r14-0x80000000], 0x0
lock sbb DWORD PTR [eax+ecx*4], -0x1
mov DWORD PTR [rax], r14d
