movups XMMWORD PTR [rsp+0x28],xmm0
vcomisd xmm2,xmm5
movss  DWORD PTR [rsp+0x18],xmm8
movsd  xmm10,QWORD PTR [rsp+0x30]
movss  xmm1,DWORD PTR [rip+0x4731c]
fld    TBYTE PTR [rip+0x623f3]
vmovsd xmm2,QWORD PTR [rip+0x22e56]
movdqu xmm0,XMMWORD PTR [rax]
movdqa xmm1,XMMWORD PTR [rip+0x464c6]
movups XMMWORD PTR [rsp+0x4],xmm0
vcomiss xmm0,xmm2
movss  DWORD PTR [rsp+0x74],xmm1
movsd  xmm2,QWORD PTR [rip+0x63286]
movss  xmm6,DWORD PTR [rip+0x58d28]
fld    TBYTE PTR [rip+0x63038]
vmovsd xmm2,QWORD PTR [rip+0x8dfc]
movdqu xmm2,XMMWORD PTR [rax+0x10]
movdqa xmm1,XMMWORD PTR [rip+0x4fb3f]
movups XMMWORD PTR [rsp+0x6c],xmm0
vcvtsi2sd xmm2,xmm2,esi
movss  xmm0,DWORD PTR [rip+0x159932]
movsd  xmm3,QWORD PTR [rip+0x62d1f]
mulsd  xmm0,QWORD PTR [rip+0x5c9e1]
fld    TBYTE PTR [rip+0x63446]
vmovsd xmm3,QWORD PTR [rip+0x155d2]
