.intel_syntax noprefix
cmp rcx, 0x7fffffff
bts WORD PTR [rbp], 0x100
xor QWORD PTR [r13+rax*2+0x80], 0x7f
or rcx, 32767
add ax, sp
add QWORD PTR [rbp], 0x10000
bts rsp, -0x81
sbb r15w, [rax]
adc WORD PTR [rax], 0xffff
rol r8d, 1
cmovb r13, r14
lock cmp DWORD PTR ds:0x1000, esp
