.intel_syntax noprefix
shrd cx, sp
sbb eax, 0x7f
xadd [rax], cl
or esp, edx
mov ds, r10d
shrx r13, r11, r12
enterw 256, 0x0
cmovnb eax, DWORD PTR [rax]
or esp, 0x80
inc BYTE PTR [rax]
mov [rbp], 0x100
sub QWORD PTR [rax], rsp
