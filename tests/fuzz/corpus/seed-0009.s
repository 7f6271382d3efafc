.intel_syntax noprefix
sar [rax], 1
setg r11b
shr eax, -0x80
sub QWORD PTR [rax], r11
adc eax, -0x80000001
xor sp, 0x10000
sub eax, -32769
movzx eax, ax
sbb esp, DWORD PTR [rbp*1+0x1]
shl r9d, 0x100
rol WORD PTR [rcx*4-0x80], 1
movzx ecx, cx
