.intel_syntax noprefix
cmove r10d, esp
andn eax, esp, r15d
cmovng dx, WORD PTR [r13+rax*2+0x80]
bzhi rsp, rbp, rsp
cmp eax, -0x81
rorx ecx, esp, 0x7f
cmovpo r15d, DWORD PTR [rbp]
lock sbb QWORD PTR ds:0x1000, rax
inc WORD PTR [rdx+rbx*1]
adc bh, BYTE PTR [r13-0x1]
btr DWORD PTR [eax+ecx*2], 0x100
shld QWORD PTR [rbp], r12, 127
