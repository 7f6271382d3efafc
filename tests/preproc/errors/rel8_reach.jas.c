/* loop/jrcxz/jecxz have only a rel8 form: the label must be in the block,
 * at a distance known at build time, and within reach */
void f(void *J, long v)
{
    | loop elsewhere
// expect: 5:1: loop/jrcxz/jecxz reach only a label of the same block with nothing of run-time size in between (no long form)
}
void g(void *J, long v)
{
    | top:
    | add rax, {v}
    | jrcxz top
// expect: 12:1: loop/jrcxz/jecxz reach only a label of the same block with nothing of run-time size in between (no long form)
}
void h(void *J)
{
    | top:
    | .byte 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
    | .byte 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
    | .byte 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
    | .byte 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
    | loop top
// expect: 22:1: label out of rel8 reach (-130 bytes)
}
void k(void *J)
{
    | jecxz 1f
    | nop
    | jmp 1f
// expect: 27:1: loop/jrcxz/jecxz reach only a label of the same block with nothing of run-time size in between (no long form)
}
