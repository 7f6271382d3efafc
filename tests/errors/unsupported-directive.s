# Every directive jas knows but does not implement is refused by name, not
# as unknown (the directive table is searched by bisection: an entry out of
# order, .incbin, was once reported as unknown).
# expect: 20:1: directive '\.altmacro' is not supported
# expect: 21:1: directive '\.double' is not supported
# expect: 22:1: directive '\.else' is not supported
# expect: 23:1: directive '\.endif' is not supported
# expect: 24:1: directive '\.endm' is not supported
# expect: 25:1: directive '\.endr' is not supported
# expect: 26:1: directive '\.float' is not supported
# expect: 27:1: directive '\.if' is not supported
# expect: 28:1: directive '\.ifdef' is not supported
# expect: 29:1: directive '\.incbin' is not supported
# expect: 30:1: directive '\.include' is not supported
# expect: 31:1: directive '\.irp' is not supported
# expect: 32:1: directive '\.macro' is not supported
# expect: 33:1: directive '\.rept' is not supported
# expect: 34:1: directive '\.single' is not supported
.intel_syntax noprefix
.altmacro
.double 1.0
.else
.endif
.endm
.endr
.float 1.0
.if 1
.ifdef x
.incbin "x"
.include "x"
.irp r, a, b
.macro m
.rept 2
.single 1.0
nop
