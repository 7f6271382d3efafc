# expect: 5:10,14: \]|bracket|expected|unterminated|missing|syntax|expression
# expect: 6:13: \]|bracket|expected|junk|syntax|unexpected|extra
.intel_syntax noprefix
mov eax, [rbx]
mov eax, [rax
mov eax, rax]
