# expect: 4:1: unknown directive|unknown pseudo-op|directive
.intel_syntax noprefix
.byte 1
.frobnicate 1, 2
.byte 2
