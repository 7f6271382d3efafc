.intel_syntax noprefix
andn r15d, r15d, r11d
sal QWORD PTR [r8+rdi], cl
test QWORD PTR [r12+0x7f], 0x7f
sbb rax, 4294967296
cmove r9, r11
lock sbb DWORD PTR fs:[r12-0x80], -0x8001
shr r15b, cl
imul ax, WORD PTR [rax], -0x81
cmovnge r8w, WORD PTR [r13+rax*2+0x80]
rol ch, cl
rcl BYTE PTR [rbp+r15*1], -1
cmovle rsp, r10
