.intel_syntax noprefix
imul r15, rax, 255
btc dx, -1
imul r13, -0x8000
adc WORD PTR [rsp+0x8], 0x7f
shr eax, 0x1
shl bp
shr WORD PTR [rsp+0x8], 0x0
cmovnae rcx, r9
shrd DWORD PTR [rbp+0x1234], eax, 256
add sp, WORD PTR [rsi]
xchg esp, eax
rcl r9d, cl
