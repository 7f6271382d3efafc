/* run-time vector registers 0..31, zmm{e}, EVEX displacements (disp8*N) */
void f(jas_State *J, int r, int s, int b, long d)
{
    | vaddps zmm{r}{k1}{z}, zmm{s}, DWORD BCST [reg64{b}+{d}]
    | vmovdqu64 ymm{r}, [reg64{b}+reg64{s}*8+{d}]
    | vmovaps xmm{r}, [rax+{d}]
    | vpbroadcastb xmm{s}, BYTE PTR [rbp+{d}]
    | vpxorq xmm{r}, xmm{s}, xmm{r}
    | ret {d}
}
