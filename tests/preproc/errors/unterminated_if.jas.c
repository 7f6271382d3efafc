void f(void *J, int x)
{
    | .if {x}
    | nop
// expect: 4:1: unterminated .if
}
