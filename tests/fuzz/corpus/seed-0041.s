.intel_syntax noprefix
mov eax, -0x1
mov eax, +5
mov eax, ~0
mov eax, 'A'
nop # comment
nop ; comment
mov eax, [rax+rbx*4+0x10] # c
mov byte ptr [rax], 1
mov BYTE PTR [rax], -1
lea rax, [rax+rax]
lea rax, [rax*2]
lea rax, [rax*4]
