.intel_syntax noprefix
.byte 0, 1, 127, 128, 255, -1, -128
.byte 'a', 'z'+1, 0x41
.word 0, 1, 0x7fff, 0x8000, 0xffff, -1, -32768
.short 0x1234
.long 0, 1, 0x7fffffff, 0x80000000, 0xffffffff, -1
.int 0x12345678
.quad 0, 1, 0x7fffffffffffffff, 0x8000000000000000, -1, 0x1122334455667788
.ascii "abc"
.ascii "tab\there\nnl\\bs\"q\x41\101\0end"
.asciz "zero-terminated"
.asciz ""
.ascii "a", "b"
.string "str"
.equ FOO, 0x10
.set BAR, FOO*2+1
BAZ = 7
mov eax, FOO
mov eax, BAR
mov eax, BAZ
add rax, FOO+BAR
mov eax, [rbx+FOO]
.byte FOO, BAR, BAZ
.long (1<<20)|3, 100/7, 100%7, -(5), ~0, 6^3, 12&10, 5-9
.quad 1 << 40
mov eax, 2*3+4
mov eax, (2+3)*4
mov eax, 0x10 >> 2
.byte 1
.p2align 3
ret
