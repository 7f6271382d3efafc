.intel_syntax noprefix
sbb rax, -0x8000
rorx rsp, rsp, 0x1
movbe ecx, DWORD PTR [r8+rdi*2+0x1]
shrd QWORD PTR [rbp], r9, 0
mov DWORD PTR [r8-0x1], ebp
movabs rsp, -32768
xor DWORD PTR [r13+rax*2+0x80], 0x80000000
bt r11d, -0x1
btc DWORD PTR [rax], 0x100
imul [rbp]
tzcnt ebp, ecx
shrd WORD PTR [rbp], r13w, cl
