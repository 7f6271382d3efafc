.intel_syntax noprefix
adox r10d, DWORD PTR [rbp]
cmp rsp, r15
popcnt ebp, DWORD PTR ds:0x0
cmovae r13w, WORD PTR [rbp]
add WORD PTR [r9*1+0x7f], cx
cmovge r10d, DWORD PTR [rsp+0x8]
movbe QWORD PTR [rip+0x10], r14
rol ch, 1
neg rsi
sbb ecx, 0xffffffff
shlx r9d, DWORD PTR [r9+r15*8], ebp
cmovae r9, rcx
