.intel_syntax noprefix
rcr QWORD PTR [rax-16], 0x80
sbb rax, -0x81
test cx, -0x1
cmp rsp, -0x8000000000000000
mov sil, -0x1
adc WORD PTR [rax], cx
mov QWORD PTR ss:[rsp+8], r15
imul r12, QWORD PTR [rbp], -0x1
cmovb ebp, [rsp+0x8]
cmova rax, rcx
retq 0
cmovnbe dx, WORD PTR [r13+rax*2+0x80]
