# expect: 5:5: undefined|unknown symbol|not defined
# expect: 7:10,15: undefined|unknown symbol|not defined
.intel_syntax noprefix
here:
jmp nowhere
jne here
lea rax, [rip+missing_too]
