void f(void *J)
{
    | a:
    | a:
// expect: 4:7: label 'a' defined twice
    | *g:
    | nop
    | *g:
// expect: 8:8: global label 'g' defined twice
}
