movdqa xmm1,XMMWORD PTR [rip+0x4c0a1]
fld    TBYTE PTR [rip+0x42127]
vmovsd xmm1,QWORD PTR [rip+0x1a954]
movdqa xmm1,XMMWORD PTR [rip+0x53d30]
fld    TBYTE PTR [rip+0x6d11b]
movups XMMWORD PTR [rdx],xmm2
vandpd xmm6,xmm5,XMMWORD PTR [rip+0x15b9f]
movsd  xmm5,QWORD PTR [rip+0x584e3]
movq   xmm1,QWORD PTR [rip+0x70ba9]
movdqa xmm1,XMMWORD PTR [rip+0x538ba]
fld    TBYTE PTR [rip+0x4239c]
vmovsd xmm1,QWORD PTR [rip+0x20bda]
movdqa xmm2,XMMWORD PTR [rip+0x37c28]
fstp   TBYTE PTR [rsp+0xe0]
movups XMMWORD PTR [rip+0xaa51a],xmm3
vblendvpd xmm0,xmm5,xmm0,xmm4
movsd  xmm5,QWORD PTR [rip+0x70ca8]
movq   xmm5,QWORD PTR [rip+0x70205]
movdqu xmm0,XMMWORD PTR [rdi]
fld    TBYTE PTR [rip+0x5faf7]
vmovsd xmm1,QWORD PTR [rsp+0x18]
movdqa xmm3,XMMWORD PTR [rip+0x448e8]
movaps XMMWORD PTR [rdi],xmm5
movups XMMWORD PTR [rsi+0x38],xmm1
vblendvpd xmm5,xmm5,xmm2,xmm3
