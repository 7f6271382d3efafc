.intel_syntax noprefix
test bp, r15w
xchg DWORD PTR [r12-0x80000000], ecx
push [rsp+0x8]
xchg al, ch
adc [rbp], -0x1
cmp WORD PTR [rax], 0x8000
imul r12, QWORD PTR [rbp], 0xffff
shrd QWORD PTR [rsp+0x8], r12, -0x81
and [rsp+0x8], 0x7f
rol r13, 0xff
rcr sp, -1
test DWORD PTR [rbp], 0x7f
