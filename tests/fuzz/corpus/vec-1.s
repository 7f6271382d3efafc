vaddsd xmm6,xmm0,xmm6
movsd  xmm2,QWORD PTR [rdi+rcx*8]
movdqa xmm1,XMMWORD PTR [rip+0x505e2]
vsubss xmm0,xmm2,xmm0
divss  xmm7,xmm3
vmovq  xmm6,QWORD PTR [rip+0x8590]
movdqa xmm1,XMMWORD PTR [rip+0x47483]
vxorpd xmm1,xmm1,XMMWORD PTR [rip+0x1670c]
movups XMMWORD PTR [r13+0xb0],xmm3
vaddsd xmm7,xmm7,xmm0
movsd  xmm2,QWORD PTR [rip+0x553d5]
movdqa xmm1,XMMWORD PTR [rip+0x51253]
addsd  xmm6,xmm2
fld    DWORD PTR [rip+0x9f2d4]
vmovsd QWORD PTR [rsp+0x8],xmm1
movdqa xmm1,XMMWORD PTR [rip+0x4a87e]
addsd  xmm1,QWORD PTR [rip+0x65f87]
movups XMMWORD PTR [rdi+0x50],xmm0
vandnpd xmm0,xmm6,xmm0
movsd  xmm2,QWORD PTR [rip+0x64db9]
movdqa xmm1,XMMWORD PTR [rip+0x52c68]
andps  xmm5,xmm4
fld    QWORD PTR [rip+0x68065]
vmovsd xmm0,QWORD PTR [rip+0x14a44]
movdqa xmm1,XMMWORD PTR [rip+0x4e69c]
