void f(void *J)
{
    | .macro m a
    | mov eax, \a
// expect: 3:1: unterminated .macro 'm'
}
