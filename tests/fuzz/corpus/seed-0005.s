.intel_syntax noprefix
sar r14d, 0x1
bt QWORD PTR [eax], 255
sub DWORD PTR [rax], -0x81
cmovle rcx, QWORD PTR [r13+0x7f]
blsmsk esp, DWORD PTR [rbp]
call rsi
or sp, 0
btc rax, 0x1
cmovz r13, rcx
cmovna rbp, r13
shl BYTE PTR [r13+rax*2+0x80], 0x80
rcr r15b, cl
