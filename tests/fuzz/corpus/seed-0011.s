.intel_syntax noprefix
rol rdx, 256
adc r8d, ebp
not DWORD PTR [rbx+rax*4]
neg cl
add DWORD PTR [rsp+0x8], -32768
mov r14d, cs
rdseed r8w
setnbe [rbp]
imul esp, DWORD PTR [rax*4-0x80]
rcl DWORD PTR [rsp+0x8], -0x81
andn eax, ecx, ebp
imul r12, -0x80000000
