.intel_syntax noprefix
cmovng ebp, ecx
cmovl r15w, WORD PTR fs:0x28
rcr r11b
imul r9, rsp, -9223372036854775808
rol r15, 0x7f
and DWORD PTR [rbp], 0x7fffffff
sbb spl, 0x7f
lzcnt r12, r14
div r11d
cmovz eax, DWORD PTR [r15*4-0x1]
add sp, 32768
xor BYTE PTR [rbp], al
