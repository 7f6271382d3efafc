# expect: 5:1,5,9: ah|REX|rex
# expect: 6:1,5,10: bh|REX|rex
.intel_syntax noprefix
mov ah, bl
mov ah, sil
add r8b, bh
