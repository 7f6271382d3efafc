# expect: 6:1: already defined|duplicate|redefin
.intel_syntax noprefix
dup:
nop
other: nop
dup:
ret
