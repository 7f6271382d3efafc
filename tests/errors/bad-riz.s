# riz/eiz ("no index") are memory indexes only, of their address size
# expect: 11:14: cannot mix 32-bit and 64-bit
# expect: 12:14: cannot mix 32-bit and 64-bit
# expect: 13:14: rip-relative address cannot have an index
# expect: 14:5: 'riz' can only be a memory index
# expect: 15:6: 'eiz' can only be a memory index
# expect: 16:14: 'riz' cannot be a base register
# expect: 17:16: 'riz' cannot be a base register
# expect: 18:20: too many registers
.intel_syntax noprefix
mov eax,[eax+riz*1]
mov eax,[rax+eiz*1]
mov eax,[rip+riz]
mov riz, rax
push eiz
mov eax,[riz+riz]
mov eax,[rax*2+riz]
mov eax,[rax+riz*1+rbx]
