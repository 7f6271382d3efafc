void f(void *J)
{
    /* a macro that calls itself twice: the depth limit alone would still
     * allow 2^32 expansions (a hang); the line budget stops it */
    | .macro twice
    |   nop
    |   twice
    |   twice
    | .endm
    | twice
// expect: 10:4: macros nested more than 32 deep
}
