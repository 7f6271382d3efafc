.intel_syntax noprefix
test ebx, DWORD PTR [rbp]
adc esp, 0xffff
shld edi, r15d, cl
imul ecx, ecx, 0x100000000
or DWORD PTR [r13+rax*2+0x80], 65535
imul rcx, rax, 0x100
sub sp, 0x1
cmp eax, 0x8000
add eax, -32768
mov sp, 0x7f
shrd WORD PTR [rax], ax, 0x0
sub ax, -129
