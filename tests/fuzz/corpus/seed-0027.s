.intel_syntax noprefix
idiv WORD PTR [r10]
add rax, 0x80
shr edi, cl
or r11w, r15w
adc r15, r13
shld WORD PTR [rbp], r9w, 0x80
lock xor QWORD PTR [rip+0x10], -0x1
lock xor BYTE PTR ds:0x1000, 0x1
and sil, cl
mov r9w, WORD PTR [rbp*2]
adc DWORD PTR [rax], ecx
shl r11w, 1
