void f(void *J)
{
    | mov eax, 1
    | movv eax, 2
// expect: 4:7: unknown mnemonic
}
