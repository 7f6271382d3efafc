.intel_syntax noprefix
imul r11d, DWORD PTR [rbp]
and BYTE PTR [rsp+0x8], -0x81
enterw 0xff, 0x7f
rol [rbp], -0x80
ror DWORD PTR [r13+rax*2+0x80], 0xff
shl rsp, -0x81
rol WORD PTR [rbp], 1
and ah, 0x1
rcl eax, 0x0
shr esp, -1
blsr r13d, DWORD PTR [r13+rax*2+0x80]
shld DWORD PTR [rbp], r9d, 0x80
