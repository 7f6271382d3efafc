# A branch or call whose operand is a label alone takes a shortcut past the
# expression parser: its messages must be the general parser's.
# expect: 8:5: undefined local label '3b' \(no earlier '3:'\)
# expect: 9:6: undefined symbol 'nowhere_fn'
# expect: 10:5: undefined local label '7f'
# expect: 11:5: expected 'PTR' after 'qword'
.intel_syntax noprefix
jmp 3b
call nowhere_fn
jne 7f
jmp qword
start:
jmp start	# comment
1: jmp 1b
.set konst, 0x10
jmp konst
