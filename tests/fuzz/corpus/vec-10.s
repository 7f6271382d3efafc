vfmadd132sd xmm4,xmm2,QWORD PTR [rsi+rdi*8]
movss  xmm13,DWORD PTR [rip+0x5ce9e]
movups XMMWORD PTR [r12+0x20],xmm0
vpmovmskb r9d,ymm7
fld    TBYTE PTR [rip+0x6a732]
vmovsd xmm7,QWORD PTR [rip+0x1dc67]
movsd  xmm0,QWORD PTR [rip+0x686f3]
movss  xmm0,DWORD PTR [rip+0x57019]
movups xmm7,XMMWORD PTR [rsi+0x30]
vfmadd213pd xmm0,xmm4,XMMWORD PTR [rip+0x3adbf]
movss  xmm2,DWORD PTR [rip+0x40a3e]
movups XMMWORD PTR [rbp+0x90],xmm0
addsd  xmm2,xmm3
fld    TBYTE PTR [rip+0x6ceaf]
vmovsd xmm7,QWORD PTR [rip+0x243c5]
movsd  xmm0,QWORD PTR [rsp-0x18]
movss  xmm2,DWORD PTR [rip+0x19dd7]
movups xmm9,XMMWORD PTR [rsi+rdx*1-0x30]
vfmadd213sd xmm0,xmm1,QWORD PTR [rip+0x3b340]
movss  xmm2,DWORD PTR [rip+0x592bd]
movups XMMWORD PTR [rip+0x14a343],xmm2
andps  xmm1,XMMWORD PTR [rip+0x4276c]
fld    TBYTE PTR [rip+0x6cee8]
vmovsd xmm9,QWORD PTR [rip+0x198f0]
movsd  xmm1,QWORD PTR [rip+0x5f357]
