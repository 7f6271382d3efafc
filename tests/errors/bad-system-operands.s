# More system/miscellaneous instructions with operands GNU as also
# rejects: the address register of movdir64b sets the address size, the
# implicit registers of monitor/mwait written out must be GNU's.
# expect: 19:1,7: operand size mismatch
# expect: 20:1,9: operand size mismatch
# expect: 21:1,14: operand size mismatch
# expect: 22:1,10: operand size mismatch
# expect: 23:1,11,16: invalid register operand size
# expect: 24:1,11,16: invalid register operand size
# expect: 25:1,16: operand size mismatch
# expect: 26:1,9: operand (size|type) mismatch
# expect: 27:1,12: operand size mismatch|register type mismatch
# expect: 28:1: number of operands
# expect: 29:1,9: ambiguous operand size
# expect: 30:1,9: operand size mismatch
# expect: 31:1,8: operand size mismatch
# expect: 32:1,8: out of range|operand size mismatch
.intel_syntax noprefix
rdpid eax
incsspq eax
wrssd [rax], rax
rstorssp DWORD PTR [rax]
movdir64b rax, [ecx]
movdir64b eax, [rcx]
movdir64b rax, ZMMWORD PTR [rcx]
monitor rcx, ecx, edx
mwait rax, ecx
umwait eax, edx
ptwrite [rax]
invpcid eax, [rax]
vmread eax, ebx
hreset 256
