.intel_syntax noprefix
div [rsp+0x8]
sbb r10d, esp
add esp, 0x0
and di, sp
imul r10d
rorx ecx, DWORD PTR [r13+rax*2+0x80], 0x80
idiv al, r12b
sub WORD PTR [r13+rax*2+0x80], dx
sub DWORD PTR [rbp], -1
sal r8b
imul ecx, ecx, 0x100000000
inc QWORD PTR [r15+r12*8+0x1234]
