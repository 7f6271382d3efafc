.intel_syntax noprefix
xor ax, -0x80
sal BYTE PTR [r13+rax*2+0x80], -1
cmova r9d, DWORD PTR [rsi+r8*2]
sbb DWORD PTR [rbp], -0x8001
or r9w, WORD PTR [rax]
rorx rbp, QWORD PTR [r13+rax*2+0x80], 0x0
neg BYTE PTR [rbp]
sub DWORD PTR [rsp+0x8], 0x80
shrd r13w, r9w, 0x0
shl [rsp+0x8]
sbb ax, 32768
cmovpo r9, QWORD PTR [r14+r15*2]
