movdqu xmm4,XMMWORD PTR [rdi+0x8]
movdqa xmm1,XMMWORD PTR [rip+0x52420]
movups XMMWORD PTR [rsp+0xb8],xmm2
vdivsd xmm0,xmm0,xmm0
movss  xmm0,DWORD PTR [rip+0x41f2c]
movsd  xmm5,QWORD PTR [rip+0x56709]
palignr xmm1,xmm2,0xe
fld    TBYTE PTR [rip+0x63a20]
vmovsd xmm3,QWORD PTR [rip+0x1e241]
movhps xmm0,QWORD PTR [rip+0x13ea18]
movdqa xmm3,XMMWORD PTR [rsp+0x90]
movups XMMWORD PTR [rsp],xmm2
vdivsd xmm4,xmm4,xmm5
movss  xmm0,DWORD PTR [rip+0x5292f]
movsd  xmm7,QWORD PTR [rsp]
pxor   xmm0,XMMWORD PTR [rip+0x2f27a]
fld    TBYTE PTR [rip+0x64d88]
vmovsd xmm3,QWORD PTR [rip+0x32ebd]
movq   QWORD PTR [rsp-0x8],xmm0
movdqu XMMWORD PTR [rdi+rcx*1],xmm3
movups xmm0,XMMWORD PTR [rsi+rdx*1]
vfmadd132sd xmm0,xmm1,QWORD PTR [rip+0x21d26]
movss  xmm0,DWORD PTR [rip+0x5c3ff]
movss  xmm0,DWORD PTR [rcx+rdx*4]
ucomisd xmm7,QWORD PTR [rip+0x4d7e2]
