/* vfmaddcph and its kin need the destination to differ from the sources
 * (GNU rejects equal ones, the CPU raises #UD): run-time registers could be
 * equal, and the runtime does not compare them.  (One run-time register
 * beside constant ones is fine: a value equal to a constant gets no
 * variant, a run-time error.) */
void f(void *J, int r, int s, int t)
{
    | vfmaddcph xmm{r}, xmm{s}, xmm{t}
// expect: 8:17: run-time registers: some of `vfmaddcph' must differ
    | vfcmulcph zmm{r}, zmm{s}, zmm{t}
// expect: 10:17: run-time registers: some of `vfcmulcph' must differ
}
