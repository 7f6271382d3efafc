.intel_syntax noprefix
xchg rax, r10
or rax, QWORD PTR [rax]
movabs r13, 0x7fff
cmovns rbp, QWORD PTR [rax]
or DWORD PTR [rax], 0x100000000
test QWORD PTR [rbp], 128
xor di, 65536
cmovle r9w, [rsp+0x8]
xor eax, 32768
tzcnt sp, WORD PTR [rax]
cmpsq
lock or QWORD PTR [eax+ecx*4], 0x100
