.intel_syntax noprefix
cmovnl r15d, r9d
setnbe r14b
adc spl, 1
mov esp, ebp
test BYTE PTR [rax], 256
rol di, 128
or rax, -0x8001
shr [rsp+0x8]
lock cmpxchg DWORD PTR [rbp], eax
tzcnt sp, [rax]
imul rax, QWORD PTR [rsp+0x8], -32769
sbb ecx, 0xff
