void f(void *J)
{
    /* 10^5 nops through five levels of ten calls: more lines than one file
     * may take from macros (100,000), an error instead of minutes of work */
    | .macro m5
    |   nop
    |   nop
    |   nop
    |   nop
    |   nop
    |   nop
    |   nop
    |   nop
    |   nop
    |   nop
    | .endm
    | .macro m4
    |   m5
    |   m5
    |   m5
    |   m5
    |   m5
    |   m5
    |   m5
    |   m5
    |   m5
    |   m5
    | .endm
    | .macro m3
    |   m4
    |   m4
    |   m4
    |   m4
    |   m4
    |   m4
    |   m4
    |   m4
    |   m4
    |   m4
    | .endm
    | .macro m2
    |   m3
    |   m3
    |   m3
    |   m3
    |   m3
    |   m3
    |   m3
    |   m3
    |   m3
    |   m3
    | .endm
    | .macro m1
    |   m2
    |   m2
    |   m2
    |   m2
    |   m2
    |   m2
    |   m2
    |   m2
    |   m2
    |   m2
    | .endm
    | m1
// expect: 65:4: macro expansion too large (more than 100000 lines from macros): a macro that calls itself?
}
