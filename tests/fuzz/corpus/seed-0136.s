.intel_syntax noprefix
.text
nop
ret
.data
.byte 1, 2, 3
.p2align 3
.quad 0x1122334455667788
.word 0xabcd
.ascii "data"
.balign 16
.long 0xdeadbeef
.text
int3
.data
.asciz "more"
.text
mov eax, 1
