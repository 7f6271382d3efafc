void f(void *J)
{
    /* each definition is substituted into the next: the text doubles at
     * every line, an error past 64 KB instead of gigabytes */
    | .define A0 nop
    | .define A1 A0 A0
    | .define A2 A1 A1
    | .define A3 A2 A2
    | .define A4 A3 A3
    | .define A5 A4 A4
    | .define A6 A5 A5
    | .define A7 A6 A6
    | .define A8 A7 A7
    | .define A9 A8 A8
    | .define A10 A9 A9
    | .define A11 A10 A10
    | .define A12 A11 A11
    | .define A13 A12 A12
    | .define A14 A13 A13
    | mov eax, A14
// expect: 19:7: statement longer than 65536 bytes after .define substitution
}
