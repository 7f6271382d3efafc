.intel_syntax noprefix
sub WORD PTR [rbp], 32768
cmp r10b, 128
and sp, -0x80
and cx, 0x1
