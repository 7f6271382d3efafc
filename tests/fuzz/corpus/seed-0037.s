.intel_syntax noprefix
bsf r12, [rax]
sbb ax, 255
mov ax, WORD PTR [r13+rax*2+0x80]
lock sub QWORD PTR [eax+ecx*4], -0x80000001
rol rsi
rol WORD PTR [rbp], 0x100
and eax, 0x100
lock sbb WORD PTR [rax], ax
lock or QWORD PTR [rsp+0x8], 65535
bts r11d, 0x80
cmp r15, QWORD PTR [rax*1-0x80]
mov rcx, 0x100000000
