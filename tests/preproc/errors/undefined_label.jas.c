void f(void *J)
{
    | jmp nowhere
// expect: 3:11: undefined label 'nowhere'
}
