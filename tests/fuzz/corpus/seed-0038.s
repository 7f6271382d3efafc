.intel_syntax noprefix
sub ax, 0
popcnt r9w, WORD PTR [rbp]
bt rcx, 0x1
sarx r9d, ebx, r9d
sub QWORD PTR [rsp+0x8], 0xffffffffffffffff
lock sbb QWORD PTR [rsp+0x8], 128
sal r10w, 0x7f
sbb WORD PTR [rsp+0x8], 32768
xchg r15b, spl
sbb edi, 0xff
mov eax, [rax]
lock or BYTE PTR [rbp], 0x80
