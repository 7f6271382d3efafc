.intel_syntax noprefix
rcr DWORD PTR [rsp+0x8], -0x80
cmp QWORD PTR [rbp], -0x81
enter -0x80, 0
ud1 r15d, DWORD PTR fs:0x28
btr ax, 0
shl rsp, 0x7f
cmovng r9w, WORD PTR [rbp+rdi*8]
bt esp, r13d
mov WORD PTR [rax], 0x8000
popcnt ecx, r9d
rcl DWORD PTR [rbp+rax*2], cl
xor bh, [rbp]
