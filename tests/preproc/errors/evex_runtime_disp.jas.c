/* AVX-512 memory operands scale an 8-bit displacement by the operand size
 * (disp8*N): a run-time displacement is classified by its quotient by N,
 * in 64-bit addresses; a 32-bit address's displacement wraps at 32 bits,
 * which that does not cover */
void f(void *J, int b, long d)
{
    | vpaddd zmm0, zmm1, [reg32{b}+{d}]
// expect: 7:26: a run-time displacement in an AVX-512 (EVEX) memory operand
    | vmovdqu64 zmm17, ZMMWORD PTR [eax+{d}]
// expect: 9:24: a run-time displacement in an AVX-512 (EVEX) memory operand
}
