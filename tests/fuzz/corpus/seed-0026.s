.intel_syntax noprefix
movabs rcx, 128
test spl, spl
add rax, 1
rcr BYTE PTR [r13+rax*2+0x80], 0x80
lock or DWORD PTR [r13+rax*2+0x80], r13d
rol rdx, cl
and rcx, 2147483648
mul DWORD PTR [r14+r12*4]
add eax, -0x1
lock and BYTE PTR [rip+0x10], 0x1
shl rsp, -0x1
sar r15b, 1
