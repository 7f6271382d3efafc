.intel_syntax noprefix
shrd r14d, eax, -0x80
bts r14, 127
sub cx, cx
and WORD PTR [rbp], 0x8000
cmovc r13d, DWORD PTR [rax]
imul ebp, DWORD PTR [rsp+0x8], 0xffff
sbb cx, r15w
cmovp r12d, DWORD PTR [rbp]
imul r15w, cx, 1
xor QWORD PTR [rax], 0x80000000
lock add DWORD PTR [rax], -0x80000001
imul ebp, 127
