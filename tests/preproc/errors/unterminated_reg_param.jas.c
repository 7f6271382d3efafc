void f(void *J)
{
    | mov reg64{r, rax
// expect: 3:16: unterminated '{'
    | push reg64{
// expect: 5:17: unterminated '{'
}
