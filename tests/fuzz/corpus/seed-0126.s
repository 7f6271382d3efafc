.intel_syntax noprefix
.p2align 6
.p2align 1
ret
.p2align 6
.byte 0x90
.p2align 1
ret
.p2align 6
.byte 0x90, 0x90
.p2align 1
ret
