# .fill with a zero count and a size above 1, first thing in a section:
# reserved 0 bytes of a buffer never allocated (NULL + 0, UBSan)
.fill 0, 6, 0x90
.data
.fill 0, 8, 1
.text
.fill 0&90, 2, 0x06
nop
