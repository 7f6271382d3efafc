.intel_syntax noprefix
xadd ax, r11w
imul sp, sp, 0x80
xor QWORD PTR [rsp+0x8], 2147483648
blsmsk rcx, r12
bt bp, 128
setno sil
ror r9b
test QWORD PTR [rax], 0xff
test DWORD PTR [rbp], 4294967296
xor QWORD PTR [rax], -0x81
test sp, -0x80
adc WORD PTR [r13+rax*2+0x80], 1
