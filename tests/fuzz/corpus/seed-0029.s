.intel_syntax noprefix
popcnt eax, edx
sub al, 0xff
lock add DWORD PTR [r14+rcx], ebp
mov ecx, -1
cmovno r15w, ax
cmp esp, -0x80000000
add r8w, r9w
lock or [rax], r9w
nop rax
pdep r12, rsi, QWORD PTR [rsp+0x8]
sar edi, 1
rol r11w, 1
