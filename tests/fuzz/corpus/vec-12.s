vmulsd xmm1,xmm4,xmm1
movsd  xmm2,QWORD PTR [rip+0x64ca0]
mulsd  xmm9,xmm4
mulsd  xmm0,QWORD PTR [rip+0x5996b]
vfmadd213sd xmm1,xmm4,QWORD PTR [rip+0x220ab]
movss  xmm4,DWORD PTR [rip+0x3eb7d]
orpd   xmm3,xmm4
movaps xmm3,xmm0
fld    TBYTE PTR [rip+0x6d012]
vmulsd xmm2,xmm11,xmm3
movsd  xmm3,QWORD PTR [rcx+rax*8]
palignr xmm2,xmm0,0x5
mulsd  xmm0,QWORD PTR [rip+0x5d10f]
vfmadd213sd xmm2,xmm0,QWORD PTR [rip+0x23761]
movss  xmm4,DWORD PTR [rip+0x4735a]
palignr xmm4,xmm3,0x5
movdqa xmm1,XMMWORD PTR [rip+0x3140f]
fld    TBYTE PTR [rip+0x6d059]
vmulsd xmm3,xmm2,xmm1
movsd  xmm3,QWORD PTR [rip+0x66bdd]
pcmpeqd xmm3,XMMWORD PTR [rax-0x20]
mulsd  xmm0,QWORD PTR [rip+0x63b82]
vfmadd213sd xmm2,xmm1,QWORD PTR [rip+0x1e4dc]
movss  xmm5,DWORD PTR [rip+0x3e84d]
pand   xmm6,XMMWORD PTR [rip+0x2e9b9]
