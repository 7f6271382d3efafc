# expect: 7:1,10: range|fit|operand|mismatch|too large
# expect: 8:1,10: range|fit|operand|mismatch|too large
# expect: 9:1,6: range|fit|operand|mismatch|too large
.intel_syntax noprefix
add rax, 0x7fffffff
add rax, -0x80000000
add rax, 0x100000000
and rcx, 0x80000000
push 0x80000000
