.intel_syntax noprefix
btc DWORD PTR [rbp], 