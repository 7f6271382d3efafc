# MPX operands GNU as rejects too: rip-relative MIB memory, [rax+rsp]
# (not swapped in MIB), 32-bit addresses and addr32/data16, a general
# register where a bounds register goes, a sized bndmov memory operand
# of the wrong size, bnd4, the bnd prefix on a non-branch
# expect: 16:13: rip|cannot be used
# expect: 17:8: rsp cannot be used as an index
# expect: 18:13: 32-bit address isn't allowed in 64-bit MPX
# expect: 19:1,8: 32-bit address isn't allowed in 64-bit MPX
# expect: 20:1,8: data size prefix invalid with `bndcu'
# expect: 21:14: operand type mismatch for `bndmov'
# expect: 22:14: operand size mismatch for `bndmov'
# expect: 23:7: operand type mismatch for `bndmk'|bnd4|undefined|two memory
# expect: 24:13: operand size mismatch for `bndcl'
# expect: 25:1,5: expecting valid branch instruction after `bnd'
.intel_syntax noprefix
bndmk bnd0, [rip+0x10]
bndstx [rax+rsp], bnd1
bndcl bnd0, [eax]
addr32 bndcn bnd2, rax
data16 bndcu bnd0, [rax]
bndmov bnd0, rax
bndmov bnd0, QWORD PTR [rax]
bndmk bnd4, [rax]
bndcl bnd3, eax
bnd bndcl bnd0, rax
