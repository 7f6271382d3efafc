# Subsections are not supported: subsection 0 is the section itself, any
# other number is an error (it was ignored, which put the code in another
# order than GNU's).
# expect: 10:7: subsections are not supported
# expect: 12:6: subsections are not supported
.intel_syntax noprefix
.text 0
nop
.data 0
.text 1
nop
.bss 2
