# regressions (fuzz): a data directive whose expression is followed by junk
# left a dangling fixup (heap-use-after-free / NULL expression at finish)
# expect: 7:7: junk|expected|unexpected|syntax
# allow: 7:6: undefined
# expect: 8:7: junk|expected|unexpected|syntax
# expect: 9:1: operand
.int e:
.int .?
jl
nop
