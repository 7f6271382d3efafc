# expect: 4:8: unterminated|missing|end quote
.intel_syntax noprefix
.ascii "ok"
.ascii "abc
nop
