.intel_syntax noprefix
push 0
push -1
push 0x7f
push 0x80
push 0x7fffffff
push -0x80000000
push WORD PTR [rax]
pushw 1
push QWORD PTR [rax]
push rsp
pop rsp
push r12
