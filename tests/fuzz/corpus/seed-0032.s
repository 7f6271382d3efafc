.intel_syntax noprefix
or rax, 2147483647
lock sbb BYTE PTR [r13+rax*2+0x80], 0
tzcnt rbx, rax
mov BYTE PTR ds:0x7fffffff, r15b
sbb ecx, 65536
movzx r12w, cl
sub QWORD PTR [r13+rax*2+0x80], 2147483648
sbb BYTE PTR [rax], -0x80
xchg WORD PTR [rax*4-0x80], r9w
or QWORD PTR [rax], 0x8000
cmovb r12, r15
xor r15b, r15b
