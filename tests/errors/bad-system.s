# System instructions with operands GNU as also rejects in 64-bit mode:
# control/debug registers are 64-bit only (cr16 is a symbol, as in GNU,
# here undefined), the XSAVE area and lgdt's operand take no other size,
# sysret/sysexit need GNU's q suffix (GNU: ambiguous operand size).
# More in bad-system-operands.s (a file stops after 20 errors).
# expect: 25:1,10: operand (size|type) mismatch
# expect: 26:1,10: operand type mismatch
# expect: 27:1,5,10: operand type mismatch
# expect: 28:1,10: operand type mismatch
# expect: 29:1,10: operand type mismatch
# expect: 30:1,10: undefined symbol 'cr16'
# expect: 31:1,7: operand (type|size) mismatch
# expect: 32:1,7: operand size mismatch
# expect: 33:1,10: operand size mismatch
# expect: 34:1,6: lockable
# expect: 35:1,6: operand (type|size) mismatch
# expect: 36:1,6: operand size mismatch
# expect: 37:1: unknown mnemonic|ambiguous
# expect: 38:1: unknown mnemonic|ambiguous
# expect: 39:1,6: operand size mismatch
# expect: 40:1,6: operand size mismatch
# expect: 41:1,5: operand size mismatch
# expect: 42:1,10: operand size mismatch|register type mismatch
.intel_syntax noprefix
mov cr0, eax
mov eax, cr0
mov r9d, dr7
mov cr0, [rax]
mov dr7, 1
mov rax, cr16
xsave rax
xsave QWORD PTR [rax]
xsaves64 ZMMWORD PTR [rax]
lock xsave [rax]
lgdt rax
lgdt QWORD PTR [rax]
sysret
sysexit
lldt eax
lmsw rax
str DWORD PTR [rax]
lar eax, rbx
