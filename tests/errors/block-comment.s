# A /* */ comment over several lines ends the statement it follows, as in
# GNU as: the `nop` on each side are two instructions, and `+ 2` after the
# comment does not join `mov eax, 1` (which once assembled as mov eax, 3).
# expect: 9:4: expected a label, directive or instruction before '\+'
.intel_syntax noprefix
nop /* a comment
that ends */ nop
mov eax, 1 /* x
*/ + 2
/* a comment alone
over lines */ ret
