movsd  xmm6,QWORD PTR [rip+0x66800]
movsd  xmm0,QWORD PTR [rip+0x15c68d]
movq   xmm4,QWORD PTR [rip+0x4e4dc]
fld    TBYTE PTR [rip+0x607ce]
vmovsd xmm13,QWORD PTR [rdx+rcx*8]
movdqa xmm4,XMMWORD PTR [rsp+0xa0]
movd   r14d,xmm0
movups XMMWORD PTR [rsi+rax*1],xmm1
vcmpnlesd xmm12,xmm0,xmm1
movsd  xmm7,QWORD PTR [rip+0x67f13]
movsd  xmm0,QWORD PTR [rip+0x66dd0]
movsd  xmm1,QWORD PTR [rip+0x6206d]
fld    TBYTE PTR [rip+0x60fd2]
vmovsd xmm2,QWORD PTR [rip+0x14c98]
movdqa xmm6,XMMWORD PTR [rip+0x2e8d3]
movdqa xmm0,XMMWORD PTR [rip+0x51115]
movups XMMWORD PTR [rsp+0x11],xmm4
vcomisd xmm0,xmm6
movsd  xmm9,QWORD PTR [rip+0x672fa]
movsd  xmm1,QWORD PTR [rip+0x4c6a6]
movsd  xmm5,QWORD PTR [rip+0x584f3]
fld    TBYTE PTR [rip+0x61c3a]
vmovsd xmm2,QWORD PTR [rip+0x1ad3e]
movdqa xmm7,XMMWORD PTR [rip+0x4dbd9]
movdqa xmm1,XMMWORD PTR [rip+0x38ba6]
