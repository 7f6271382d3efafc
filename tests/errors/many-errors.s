# several errors in one file: every one is reported, in order
# expect: 8:1: unknown mnemonic|no such instruction|unknown instruction
# expect: 10:1,5,10: operand|invalid combination|mismatch
# expect: 11:1,5,9: ah|REX|rex
# expect: 13:1: directive|pseudo-op
# expect: 14:5: undefined|unknown symbol|not defined
.intel_syntax noprefix
badinsn
nop
mov eax, rbx
mov ah, sil
ret
.nosuch 3
jmp never_defined
int3
