/* AVX-512 memory operands scale an 8-bit displacement by the operand size
 * (disp8*N): a run-time displacement has no encoding chosen by size alone */
void f(void *J, int b, long d)
{
    | vpaddd zmm0, zmm1, [reg64{b}+{d}]
// expect: 5:26: a run-time displacement in an AVX-512 (EVEX) memory operand
    | vmovdqu64 zmm17, ZMMWORD PTR [rax+{d}]
// expect: 7:24: a run-time displacement in an AVX-512 (EVEX) memory operand
}
