.intel_syntax noprefix
imul r9, -2147483649
imul r13, QWORD PTR [rbp], -1
movbe WORD PTR [rax], r13w
adc DWORD PTR [r13+rax*2+0x80], 256
sub DWORD PTR [rbp], 2147483648
xor QWORD PTR [r13+rax*2+0x80], 9223372036854775807
sub bh, 0x80
shld WORD PTR [rsp+0x8], ax, 0x0
adc QWORD PTR [rbp], -0x80000000
call WORD PTR [r8-0x1]
ror QWORD PTR [rbp], 0x80
add WORD PTR [rsp+0x8], 0x7fff
