# expect: 5:1: unknown mnemonic|no such instruction|unknown instruction
# expect: 6:5: unknown mnemonic|no such instruction|unknown instruction
.intel_syntax noprefix
nop
frob rax, 1
    movz eax, bl
ret
