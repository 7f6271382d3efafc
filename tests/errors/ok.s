# control: a clean file assembles (exit 0, output written)
# expect: ok
.intel_syntax noprefix
start:
    mov eax, 1      # comment
    add rax, [rbx+rcx*4+8]
    jmp start
    .byte 1, 2, 3
    ret
