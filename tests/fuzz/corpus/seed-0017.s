.intel_syntax noprefix
imul r9w, WORD PTR [rsp+0x8], 0x80
xor WORD PTR [rbp], 0
cmovpe rbp, QWORD PTR [rsp+0x8]
xadd dx, r9w
test WORD PTR [r13+rax*2+0x80], 0x10000
cmovs rax, rcx
or eax, 0x80000000
cmovc r9w, r14w
and rsp, 0x1
pushq 2147483647
rcl r10b, cl
movzx r14d, BYTE PTR [rbp]
