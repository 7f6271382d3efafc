# expect: 7:10,15,19: index|base|address|rsp|invalid
# expect: 8:10,15: address|size|mix|base|index|invalid
# expect: 9:10,15: rip|index|address|invalid
# expect: 10:10,21: address|index|base|register|invalid|too many
.intel_syntax noprefix
mov eax, [rax+rbx*4]
mov eax, [rax+rsp*2]
mov eax, [eax+rbx]
mov eax, [rip+rax]
mov eax, [rax+rbx*2+rcx]
