void f(void *J, long v)
{
    | mov [rax], [rbx]
// expect: 3:18: operand type mismatch
    | add al, {v}, 3
// expect: 5:7: number of operands mismatch
    | mov rax, {v
// expect: 7:16: unterminated '{'
    | .bogus 3
// expect: 9:7: unknown directive '.bogus'
}
