.intel_syntax noprefix
bt ecx, 1
adc ax, 1
and ax, 0x7f
cmp rcx, 0x1
imul r15w, WORD PTR [rbp], 0x100
imul rcx
test rsp, -129
lock sub QWORD PTR fs:[r12-0x80], 0x7f
rcl BYTE PTR [rsp+0x8], 256
and WORD PTR [rax], 0xff
bts r11w, -0x80
shr bl, 1
