void f(void *J, int r)
{
    | fld st({r})
// expect: 3:14: st(i) needs a constant 0..7: x87 registers cannot be run-time values
    | fadd st, st{r}
// expect: 5:18: junk '{r}' after operand
    | fxch {r}
// expect: 7:12: operand type mismatch
}
