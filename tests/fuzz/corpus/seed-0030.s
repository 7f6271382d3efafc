.intel_syntax noprefix
add eax, 65535
add r11b, 0x1
sarx r9, rsi, rsp
sal [rbp], 0x7f
rorx ebp, r12d, -0x1
rcr QWORD PTR [r13+rax*2+0x80], 0x100
lock xor QWORD PTR [r13+rax*2+0x80], 128
or WORD PTR [rsp+0x8], 0x0
cmovnc eax, DWORD PTR [rbp]
adc rax, -1
bts WORD PTR [r13+rax*2+0x80], -0x1
cmp esp, 2147483648
