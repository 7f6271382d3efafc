# .local+.comm and .lcomm go after everything .bss itself holds (GNU as:
# .bss subsection 1), .lcomm without an alignment gets GNU's implicit one
# (size >= 8: 8, >= 4: 4, >= 2: 2); code and data refer to them.
	.intel_syntax noprefix
	.text
	lea	rax, [rip+a]
	mov	ecx, DWORD PTR b[rip]
	mov	QWORD PTR c[rip], rdx
	lea	rsi, [rip+x]
	mov	BYTE PTR y[rip], 1
	lea	rdi, [rip+p]
	ret
	.local	a
	.comm	a,3,1
	.bss
x:	.zero	5
	.lcomm	b,6
	.data
d:	.byte	1
	.quad	a, b, c, e, x, y, j, k, l, m, n, o, p
	.local	c
	.comm	c,8,16
	.bss
	.align	4
y:	.zero	3
	.lcomm	e,2
	.lcomm	j,4
	.lcomm	k,2
	.lcomm	l,1
	.lcomm	m,8
	.lcomm	n,100
	.lcomm	o,1
	.lcomm	p,3
	.section .bss.more,"aw",@nobits
	.align	8
z:	.zero	9
