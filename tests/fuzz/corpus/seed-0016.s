.intel_syntax noprefix
cmovnge rsp, [rax]
cmovnle sp, WORD PTR [rbp]
rorx r15d, eax, 0x1
sal QWORD PTR [rax], 0x1
and QWORD PTR [r8+0x1], -0x80000000
prefetch [rax+0x80]
sbb ax, 32768
rol dl, -0x80
sal rsp
cmovb esp, DWORD PTR [rsp-0x1]
shld r13, rcx
adc cx, -0x8001
