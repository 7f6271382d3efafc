fld    TBYTE PTR [rip+0x66fe6]
vmovsd xmm4,QWORD PTR [rip+0x137b7]
movq   xmm0,r14
movmskpd r12d,xmm0
movups xmm1,XMMWORD PTR [rdi+rdx*1-0x10]
vfmadd132sd xmm0,xmm4,xmm3
movss  xmm0,DWORD PTR [rip+0xe8400]
movss  xmm0,DWORD PTR [rip+0x5cb52]
vcomisd xmm0,xmm9
fld    TBYTE PTR [rip+0x68d82]
vmovsd xmm4,QWORD PTR [rip+0x231c2]
movq   xmm2,QWORD PTR [rsi+0x18]
movq   xmm4,QWORD PTR [rip+0x4e942]
movups xmm1,XMMWORD PTR [rsi+rdx*1-0x30]
vfmadd132sd xmm1,xmm3,QWORD PTR [rip+0x247d2]
movss  xmm1,DWORD PTR [rip+0x3f4f7]
movss  xmm1,DWORD PTR [rip+0x5cc39]
vfmaddsd xmm2,xmm1,xmm6,QWORD PTR [rip+0x1e08e]
fld    TBYTE PTR [rip+0x69ca2]
vmovsd xmm5,QWORD PTR [rcx+rbx*8]
movq   xmm4,rcx
movsd  xmm0,QWORD PTR [rip+0x64d5a]
movups xmm15,XMMWORD PTR [rsi+0x3030]
vfmadd132sd xmm1,xmm8,xmm4
movss  xmm1,DWORD PTR [rip+0x49d40]
