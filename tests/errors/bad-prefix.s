# expect: 5:1,6: lock|prefix
# expect: 6:1,5: rep|prefix
.intel_syntax noprefix
lock add [rax], eax
lock mov [rax], eax
rep add eax, 1
