# expect: 6:7,8,9: division by zero|divide by zero|zero
# expect: 7:7,11,13,15: division by zero|divide by zero|zero
# expect: 8:10,11,12,13: division by zero|divide by zero|zero
.intel_syntax noprefix
.long 10/5
.long 1/0
.quad 5 + 7 % 0
mov eax, 3/(2-2)
