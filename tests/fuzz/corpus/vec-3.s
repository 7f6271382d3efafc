vmovsd xmm0,QWORD PTR [rip+0x21b91]
movdqa xmm1,XMMWORD PTR [rip+0x51053]
divss  xmm4,xmm6
movups XMMWORD PTR [rdx+0x10],xmm7
vandpd xmm1,xmm3,xmm1
movsd  xmm3,QWORD PTR [rip+0x66c0d]
movdqu xmm0,XMMWORD PTR [rdi+0x38]
movaps xmm6,xmm0
fld    TBYTE PTR [rip+0x15783a]
vmovsd xmm0,QWORD PTR [rip+0xfee4]
movdqa xmm1,XMMWORD PTR [rip+0x51917]
fld    TBYTE PTR [rip+0x157ac0]
movups XMMWORD PTR [rdx+0x40],xmm6
vandpd xmm2,xmm2,xmm1
movsd  xmm4,QWORD PTR [rdx+rcx*8]
movdqu xmm4,XMMWORD PTR [rdi+0x1]
movdqa xmm1,XMMWORD PTR [rip+0x339f7]
fld    TBYTE PTR [rip+0x193cd]
vmovsd xmm1,QWORD PTR [rip+0x158e8]
movdqa xmm1,XMMWORD PTR [rip+0x5290d]
fld    TBYTE PTR [rip+0x6aa70]
movups XMMWORD PTR [rdx+0x90],xmm7
vandpd xmm4,xmm5,xmm4
movsd  xmm4,QWORD PTR [rip+0x64877]
movq   QWORD PTR [rbx+0x2c],xmm0
