# expect: 5:10,15,19: scale
# expect: 6:10,15,19: scale
.intel_syntax noprefix
mov eax, [rax+rbx*8]
mov eax, [rax+rbx*3]
lea rcx, [rax+rbx*16]
