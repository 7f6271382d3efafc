.intel_syntax noprefix
sbb QWORD PTR [rsp+0x8], 0xffffffff
shld QWORD PTR [rbp], rdx, cl
cmovpe r13w, sp
cmovnz rax, QWORD PTR [rbp-0x1]
adc QWORD PTR [r13+rax*2+0x80], 0xffff
cmp rbp, r8
and QWORD PTR [r14+r15*4], 0x0
xor spl, -0x1
movs QWORD PTR [rdi], QWORD PTR [rsi]
shld WORD PTR [rsp+0x8], ax, 0x7f
add esi, esp
and DWORD PTR [rsp+0x8], -129
