addss  xmm0,xmm11
movups XMMWORD PTR [rdi+0x98],xmm1
vandnpd xmm6,xmm6,xmm4
movsd  xmm2,QWORD PTR [rip+0x67ee8]
movdqa xmm2,XMMWORD PTR [rip+0x341e5]
fistp  DWORD PTR [rbp-0x60]
fld    QWORD PTR [rip+0x6ba13]
vmovsd xmm0,QWORD PTR [rip+0x177ab]
movdqa xmm1,XMMWORD PTR [rip+0x4f680]
andpd  xmm4,XMMWORD PTR [rip+0x554ff]
movups XMMWORD PTR [rdi+rdx*1-0x10],xmm1
vandpd xmm0,xmm3,xmm4
movsd  xmm3,QWORD PTR [rdi+rcx*8+0x70]
movdqa xmm4,XMMWORD PTR [rip+0x3bf64]
fld    TBYTE PTR [rip+0x6b596]
fld    QWORD PTR [rsp+0x60]
vmovsd xmm0,QWORD PTR [rip+0x1acdd]
movdqa xmm1,XMMWORD PTR [rip+0x50711]
comiss xmm0,DWORD PTR [rip+0x5c091]
movups XMMWORD PTR [rdi+rdx*1-0x30],xmm6
vandpd xmm1,xmm0,XMMWORD PTR [rip+0xe19f]
movsd  xmm3,QWORD PTR [rip+0x5bd7f]
movdqa xmm6,XMMWORD PTR [rip+0xba23a]
fstp   TBYTE PTR [rsp+0x8]
fld    TBYTE PTR [rdi]
