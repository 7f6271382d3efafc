# expect: 6:12,14: expression|expected|syntax|junk|missing|operand
# expect: 7:7,11: expression|expected|syntax|junk|missing|parenthes|\)
# expect: 8:9,10: expression|expected|syntax|junk|missing|operand
.intel_syntax noprefix
mov eax, 1+2
mov eax, 1 + * 3
.long (1+2
.quad 5 *
