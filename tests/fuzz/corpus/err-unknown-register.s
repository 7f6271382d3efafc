# expect: 4:10,15: register
.intel_syntax noprefix
mov eax, [rax+rcx*4]
mov eax, [rax+rcz*4]
