/* Differential: blocks whose operands are all run-time values produce the
 * same bytes as the standalone assembler given the same values as
 * constants (generated list: every value edge x every register). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jas.h>
#include "standalone.h"

static int passed, failed;

typedef void (*emit_fn)(jas_State *J, int64_t a, int64_t d, int r, int s);
static void e0(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | add rax, {a}
}
static void e1(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | add eax, {a}
}
static void e2(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | add ax, {a}
}
static void e3(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | add al, {a}
}
static void e4(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | sub rcx, {a}
}
static void e5(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | cmp r9, {a}
}
static void e6(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | and edx, {a}
}
static void e7(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | xor r15d, {a}
}
static void e8(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | or sil, {a}
}
static void e9(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | adc r11w, {a}
}
static void e10(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov rax, {a}
}
static void e11(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov ecx, {a}
}
static void e12(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov r10b, {a}
}
static void e13(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov WORD PTR [rbx], {a}
}
static void e14(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov QWORD PTR [rsp+8], {a}
}
static void e15(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | imul rax, rcx, {a}
}
static void e16(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | imul r12d, DWORD PTR [r13], {a}
}
static void e17(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | push {a}
}
static void e18(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | test eax, {a}
}
static void e19(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | test al, {a}
}
static void e20(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | test rbx, {a}
}
static void e21(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | shl rdx, {a}
}
static void e22(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | ret {a}
}
static void e23(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov rax, [rbx+{d}]
}
static void e24(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov [rbp+{d}], ecx
}
static void e25(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov [r12+{d}], r8
}
static void e26(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | lea rax, [rsp+{d}]
}
static void e27(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov eax, [rax+rcx*4+{d}]
}
static void e28(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov [r13+r14*8+{d}], al
}
static void e29(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | movzx ecx, BYTE PTR [rdi+{d}]
}
static void e30(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | lea rdx, [rcx*8+{d}]
}
static void e31(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov rax, [rip+{d}]
}
static void e32(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | add QWORD PTR [rdi+{d}], {a}
}
static void e33(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | cmp BYTE PTR [rsi+{d}], {a}
}
static void e34(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov DWORD PTR [r9+{d}], {a}
}
static void e35(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov reg64{r}, rax
}
static void e36(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov rax, reg64{r}
}
static void e37(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | add reg32{r}, {a}
}
static void e38(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov reg64{r}, {a}
}
static void e39(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov rax, [reg64{r}+{d}]
}
static void e40(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov [reg64{r}+reg64{s}*2+8], edx
}
static void e41(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | lea reg32{s}, [reg64{r}+reg64{s}]
}
static void e42(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | push reg64{r}
}
static void e43(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | pop reg64{s}
}
static void e44(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | inc reg8{r}
}
static void e45(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | xchg reg16{r}, reg16{s}
}
static void e46(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | imul reg64{r}, reg64{s}, {a}
}
static void e47(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | shl reg32{r}, cl
}
static void e48(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | cmovne reg64{s}, QWORD PTR [reg64{r}+{d}]
}
static void e49(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | call reg64{r}
}
static void e50(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | jmp QWORD PTR [reg64{r}*8+{d}]
}
/* Literal bytes before a run-time form: the preprocessor folds them into
 * each of its variants (tpl.c, fuse_lit). */
static void e51(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | nop
    | add rax, {a}
}
static void e52(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | push rbx
    | imul rdx, rsi
    | mov r8, [rdi+{d}]
}
static void e53(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | lea r9, [rbx+rcx*4+16]
    | sub rcx, {a}
    | mov [rbx+{d}], rax
}
/* riz, "no index" with a SIB byte kept, beside a run-time base */
static void e54(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | mov eax, [reg64{r}+riz*2+{d}]
}
static void e55(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | lea rsi, [riz+reg64{r}]
}
static void e56(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | addsd xmm{r}, xmm{s}
}
static void e57(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | movq reg64{s}, xmm{r}
}
static void e58(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | movd xmm{r}, reg32{s}
}
static void e59(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | movaps [reg64{s}+{d}], xmm{r}
}
static void e60(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | movdqu xmm{r}, XMMWORD PTR [reg64{s}+rax*4+0x10]
}
static void e61(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | cvtsi2sd xmm{r}, reg64{s}
}
static void e62(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | cvttsd2si reg32{s}, xmm{r}
}
static void e63(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | cmpltsd xmm{r}, QWORD PTR [rax+{d}]
}
static void e64(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | pshufd xmm{r}, xmm{s}, {a}
}
static void e65(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | psrlq xmm{r}, {a}
}
static void e66(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | pextrw reg32{s}, xmm{r}, 3
}
static void e67(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | vpxor ymm{r}, ymm{s}, ymm{r}
}
static void e68(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | vmovaps xmm{r}, xmm{s}
}
static void e69(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | vmovdqu YMMWORD PTR [reg64{r}+{d}], ymm{s}
}
static void e70(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | vblendvps xmm{s}, xmm{r}, xmm{s}, xmm{r}
}
static void e71(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | vpsrld ymm{s}, ymm{r}, {a}
}
/* x87: static st(i) registers beside run-time bases and displacements
 * (an st(i) register itself cannot be a run-time value) */
static void e72(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | fld TBYTE PTR [reg64{r}+{d}]
}
static void e73(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | fstp QWORD PTR [rsp+{d}]
}
static void e74(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | fild DWORD PTR [rbp+{d}]
    | fdivr st(2), st
    | fsub st, st(3)
    | fsubrp st(1), st
    | fucomip st, st(1)
}
static void e75(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | fstcw WORD PTR [reg64{r}+8]
    | fldcw WORD PTR [reg64{s}]
}
static void e76(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | fnstsw ax
    | fcmovnbe st, st(5)
    | fisttp QWORD PTR [reg64{r}+rax*8+{d}]
}
static void e77(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | fld st
    | fxch st(7)
    | faddp
    | fstp st(0)
    | fsave [reg64{r}]
    | fxsave64 [reg64{s}+{d}]
}
/* AVX-512 (EVEX): run-time xmm registers (0..15) in an EVEX-only
 * mnemonic, static zmm registers and decorations beside run-time bases
 * (a run-time displacement in an EVEX memory operand is a build-time
 * error: disp8*N depends on the exact value, not only its size) */
static void e78(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | vpxorq xmm{r}, xmm{s}, xmm{r}
}
static void e79(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | vmovdqu64 zmm17{k1}{z}, ZMMWORD PTR [reg64{r}+0x40]
    | vpcmpnequb k2{k3}, zmm31, ZMMWORD PTR [reg64{s}]
}
static void e80(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | vpaddd zmm0, zmm16, ZMMWORD PTR [reg64{r}+0x1fc0]
    | vpaddd zmm0{k1}, zmm16, DWORD BCST [reg64{s}+rax*4+4]
}
static void e81(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)d; (void)r; (void)s;
    | vpbroadcastd xmm{r}, reg32{s}
    | kmovq k1, reg64{r}
}
/* a 32-bit address: the displacement wraps at 32 bits ([ebx+0xffffffff]
 * is [ebx-1], as GNU encodes it) */
static void e85(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    | mov DWORD PTR [reg32{r}+reg32{s}*2+{d}], {a}
}
static void e86(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a; (void)s;
    | lea eax, [reg32{r}+{d}]
}
/* a register written twice (imul r, imm is imul r, r, imm); pushw's
 * immediate is 16 bits (0xffff is pushw -1, 6A FF) */
static void e87(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)d; (void)s;
    | imul reg64{r}, {a}
}
static void e88(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)d; (void)s;
    | imul reg16{r}, {a}
}
static void e89(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)d; (void)r; (void)s;
    | pushw {a}
}
/* four run-time operands: base x index x displacement x immediate, whose
 * encodings do not form one product (rbp/r13 with a zero displacement) */
static void e82(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    | cmp BYTE PTR [reg64{r}+reg64{s}*8+{d}], {a}
}
static void e83(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    | mov DWORD PTR [reg64{r}+reg64{s}*4+{d}], {a}
}
static void e84(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    | add QWORD PTR [reg64{s}+reg64{r}+{d}], {a}
}
/* AVX-512 memory operands with run-time displacements: disp8*N (N = 64
 * for a full zmm, 4 with a dword broadcast, 32 for ymm, 1 for a byte),
 * masks beside them; and registers 16..31 */
static void e90(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a;
    | vpaddd zmm{r}{k1}{z}, zmm{s}, ZMMWORD PTR [reg64{s}+{d}]
    | vpaddd zmm{s}, zmm{r}, DWORD BCST [reg64{r}+{d}]
}
static void e91(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a;
    | vmovdqu64 YMMWORD PTR [reg64{r}+reg64{s}*8+{d}]{k2}, ymm{s}
    | vpbroadcastb xmm{r}, BYTE PTR [rbp+{d}]
}
static void e92(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a;
    int64_t hr = r + 16, hs = 31 - s;
    | vfmadd231ps ymm{hr}, ymm{s}, DWORD BCST [rax+{d}]
    | vmovss xmm{hs}{k1}, DWORD PTR [reg64{r}+{d}]
    | vaddps zmm{hs}{k3}, zmm{hr}, zmm{r}
}
/* VEX for registers 0..15, EVEX for 16..31: the displacement is classified
 * both ways (plain and disp8*N) */
static void e93(jas_State *J, int64_t a, int64_t d, int r, int s)
{
    (void)a;
    int64_t hr = r + 16, x = (r * 7 + s) & 31;
    | vfmadd231ps ymm{hr}, ymm{s}, YMMWORD PTR [rax+{d}]
    | vmovss xmm{x}, DWORD PTR [reg64{r}+{d}]
    | vmovaps XMMWORD PTR [reg64{s}+{d}], xmm{r}
}

/* SSE/AVX: run-time xmm/ymm registers (xmm{r}, ymm{r}), %X/%Y xmm r/s,
 * %V/%W ymm r/s */
static const struct { emit_fn emit; const char *text; int size; } forms[] = { /* size: of the immediate's operand */
    {e0, "add rax, %A", 8},
    {e1, "add eax, %A", 4},
    {e2, "add ax, %A", 2},
    {e3, "add al, %A", 1},
    {e4, "sub rcx, %A", 8},
    {e5, "cmp r9, %A", 8},
    {e6, "and edx, %A", 4},
    {e7, "xor r15d, %A", 4},
    {e8, "or sil, %A", 1},
    {e9, "adc r11w, %A", 2},
    {e10, "mov rax, %A", 8},
    {e11, "mov ecx, %A", 4},
    {e12, "mov r10b, %A", 1},
    {e13, "mov WORD PTR [rbx], %A", 2},
    {e14, "mov QWORD PTR [rsp+8], %A", 8},
    {e15, "imul rax, rcx, %A", 8},
    {e16, "imul r12d, DWORD PTR [r13], %A", 4},
    {e17, "push %A", 8},
    {e18, "test eax, %A", 4},
    {e19, "test al, %A", 1},
    {e20, "test rbx, %A", 8},
    {e21, "shl rdx, %A", 8},
    {e22, "ret %A", 2},
    {e23, "mov rax, [rbx+%D]", 8},
    {e24, "mov [rbp+%D], ecx", 8},
    {e25, "mov [r12+%D], r8", 8},
    {e26, "lea rax, [rsp+%D]", 8},
    {e27, "mov eax, [rax+rcx*4+%D]", 8},
    {e28, "mov [r13+r14*8+%D], al", 8},
    {e29, "movzx ecx, BYTE PTR [rdi+%D]", 8},
    {e30, "lea rdx, [rcx*8+%D]", 8},
    {e31, "mov rax, [rip+%D]", 8},
    {e32, "add QWORD PTR [rdi+%D], %A", 8},
    {e33, "cmp BYTE PTR [rsi+%D], %A", 1},
    {e34, "mov DWORD PTR [r9+%D], %A", 4},
    {e35, "mov %R64, rax", 8},
    {e36, "mov rax, %R64", 8},
    {e37, "add %R32, %A", 4},
    {e38, "mov %R64, %A", 8},
    {e39, "mov rax, [%R64+%D]", 8},
    {e40, "mov [%R64+%S64*2+8], edx", 8},
    {e41, "lea %S32, [%R64+%S64]", 8},
    {e42, "push %R64", 8},
    {e43, "pop %S64", 8},
    {e44, "inc %R8", 8},
    {e45, "xchg %R16, %S16", 8},
    {e46, "imul %R64, %S64, %A", 8},
    {e47, "shl %R32, cl", 8},
    {e48, "cmovne %S64, QWORD PTR [%R64+%D]", 8},
    {e49, "call %R64", 8},
    {e50, "jmp QWORD PTR [%R64*8+%D]", 8},
    {e51, "nop\nadd rax, %A", 8},
    {e52, "push rbx\nimul rdx, rsi\nmov r8, [rdi+%D]", 8},
    {e53, "lea r9, [rbx+rcx*4+16]\nsub rcx, %A\nmov [rbx+%D], rax", 8},
    {e54, "mov eax, [%R64+riz*2+%D]", 8},
    {e55, "lea rsi, [riz+%R64]", 8},
    {e56, "addsd %X, %Y", 1},
    {e57, "movq %S64, %X", 1},
    {e58, "movd %X, %S32", 1},
    {e59, "movaps [%S64+%D], %X", 1},
    {e60, "movdqu %X, XMMWORD PTR [%S64+rax*4+0x10]", 1},
    {e61, "cvtsi2sd %X, %S64", 1},
    {e62, "cvttsd2si %S32, %X", 1},
    {e63, "cmpltsd %X, QWORD PTR [rax+%D]", 1},
    {e64, "pshufd %X, %Y, %A", 1},
    {e65, "psrlq %X, %A", 1},
    {e66, "pextrw %S32, %X, 3", 1},
    {e67, "vpxor %V, %W, %V", 1},
    {e68, "vmovaps %X, %Y", 1},
    {e69, "vmovdqu YMMWORD PTR [%R64+%D], %W", 1},
    {e70, "vblendvps %Y, %X, %Y, %X", 1},
    {e71, "vpsrld %W, %V, %A", 1},
    {e72, "fld TBYTE PTR [%R64+%D]", 8},
    {e73, "fstp QWORD PTR [rsp+%D]", 8},
    {e74, "fild DWORD PTR [rbp+%D]\nfdivr st(2), st\nfsub st, st(3)\nfsubrp st(1), st\nfucomip st, st(1)", 8},
    {e75, "fstcw WORD PTR [%R64+8]\nfldcw WORD PTR [%S64]", 8},
    {e76, "fnstsw ax\nfcmovnbe st, st(5)\nfisttp QWORD PTR [%R64+rax*8+%D]", 8},
    {e77, "fld st\nfxch st(7)\nfaddp\nfstp st(0)\nfsave [%R64]\nfxsave64 [%S64+%D]", 8},
    {e78, "vpxorq %X, %Y, %X", 1},
    {e79, "vmovdqu64 zmm17{k1}{z}, ZMMWORD PTR [%R64+0x40]\nvpcmpnequb k2{k3}, zmm31, ZMMWORD PTR [%S64]", 8},
    {e80, "vpaddd zmm0, zmm16, ZMMWORD PTR [%R64+0x1fc0]\nvpaddd zmm0{k1}, zmm16, DWORD BCST [%S64+rax*4+4]", 8},
    {e81, "vpbroadcastd %X, %S32\nkmovq k1, %R64", 8},
    {e82, "cmp BYTE PTR [%R64+%S64*8+%D], %A", 1},
    {e83, "mov DWORD PTR [%R64+%S64*4+%D], %A", 4},
    {e84, "add QWORD PTR [%S64+%R64+%D], %A", 8},
    {e85, "mov DWORD PTR [%R32+%S32*2+%D], %A", 4},
    {e86, "lea eax, [%R32+%D]", 8},
    {e87, "imul %R64, %A", 8},
    {e88, "imul %R16, %A", 2},
    {e89, "pushw %A", 2},
    {e90, "vpaddd zmm%r{k1}{z}, zmm%s, ZMMWORD PTR [%S64+%D]\nvpaddd zmm%s, zmm%r, DWORD BCST [%R64+%D]", 8},
    {e91, "vmovdqu64 YMMWORD PTR [%R64+%S64*8+%D]{k2}, ymm%s\nvpbroadcastb xmm%r, BYTE PTR [rbp+%D]", 8},
    {e92, "vfmadd231ps ymm%h, ymm%s, DWORD BCST [rax+%D]\nvmovss xmm%H{k1}, DWORD PTR [%R64+%D]\n"
          "vaddps zmm%H{k3}, zmm%h, zmm%r", 8},
    {e93, "vfmadd231ps ymm%h, ymm%s, YMMWORD PTR [rax+%D]\nvmovss xmm%x, DWORD PTR [%R64+%D]\n"
          "vmovaps XMMWORD PTR [%S64+%D], xmm%r", 8},
};

static const char *const r64[] = {"rax","rcx","rdx","rbx","rsp","rbp","rsi","rdi","r8","r9","r10","r11","r12","r13","r14","r15"};
static const char *const r32[] = {"eax","ecx","edx","ebx","esp","ebp","esi","edi","r8d","r9d","r10d","r11d","r12d","r13d","r14d","r15d"};
static const char *const r16[] = {"ax","cx","dx","bx","sp","bp","si","di","r8w","r9w","r10w","r11w","r12w","r13w","r14w","r15w"};
static const char *const r8n[] = {"al","cl","dl","bl","spl","bpl","sil","dil","r8b","r9b","r10b","r11b","r12b","r13b","r14b","r15b"};

static void expand(char *buf, size_t cap, const char *f, int64_t a, int64_t d, int r, int s)
{
    size_t n = 0;
    for (; *f && n + 40 < cap; f++) {
        if (*f != '%') {
            buf[n++] = *f;
            continue;
        }
        f++;
        if (*f == 'A') n += (size_t)snprintf(buf + n, cap - n, "%lld", (long long)a);
        else if (*f == 'D') n += (size_t)snprintf(buf + n, cap - n, "%lld", (long long)d);
        else if (*f == 'X' || *f == 'Y') n += (size_t)snprintf(buf + n, cap - n, "xmm%d", *f == 'X' ? r : s);
        else if (*f == 'V' || *f == 'W') n += (size_t)snprintf(buf + n, cap - n, "ymm%d", *f == 'V' ? r : s);
        else if (*f == 'r' || *f == 's') n += (size_t)snprintf(buf + n, cap - n, "%d", *f == 'r' ? r : s);
        else if (*f == 'h' || *f == 'H') n += (size_t)snprintf(buf + n, cap - n, "%d", *f == 'h' ? r + 16 : 31 - s);
        else if (*f == 'x') n += (size_t)snprintf(buf + n, cap - n, "%d", (r * 7 + s) & 31);
        else {
            int reg = *f == 'R' ? r : s;
            const char *nm = f[1] == '6' ? r64[reg] : f[1] == '3' ? r32[reg] : f[1] == '1' ? r16[reg] : r8n[reg];
            n += (size_t)snprintf(buf + n, cap - n, "%s", nm);
            f += f[1] == '8' ? 1 : 2;
        }
    }
    buf[n] = 0;
}

static const int64_t vals[] = {
    0, 1, -1, 2, 3, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
    0x7fffffff, -0x7fffffffLL - 1, 0x80000000LL, 0xffffffffLL, 0x100000000LL, -0x80000001LL,
    INT64_MAX, INT64_MIN};
#define NV (int)(sizeof vals / sizeof *vals)
/* displacements: the same edges, then AVX-512's disp8*N ones */
static const int64_t dvals[] = {
    0, 1, -1, 2, 3, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
    0x7fffffff, -0x7fffffffLL - 1, 0x80000000LL, 0xffffffffLL, 0x100000000LL, -0x80000001LL,
    INT64_MAX, INT64_MIN, 4, 64, -64, 508, 512, 4064, 4096, 0x1fc0, 0x2000, -0x2000, -0x2040, 96};
#define ND (int)(sizeof dvals / sizeof *dvals)

int main(void)
{
    jas_State *J = jas_new(NULL);
    uint8_t want[64], got[4096];
    char text[256];
    int mismatches = 0;
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
        const char *t = forms[k].text;
        int has_a = strstr(t, "%A") != NULL, has_d = strstr(t, "%D") != NULL;
        int has_r = strstr(t, "%R") || strstr(t, "%X") || strstr(t, "%V") || strstr(t, "%r");
        int has_s = strstr(t, "%S") || strstr(t, "%Y") || strstr(t, "%W") || strstr(t, "%s");
        /* the disp8*N edges (dvals past NV) for the AVX-512 forms */
        int evex = strstr(t, "zmm") || strstr(t, "BCST") || strstr(t, "{k") || strstr(t, "%h");
        int na = has_a ? NV : 1, nd = has_d ? (evex ? ND : NV) : 1, nr = has_r ? 16 : 1, ns = has_s ? 16 : 1;
        int count = 0;
        for (int ia = 0; ia < na; ia++)
            for (int id = 0; id < nd; id++)
                for (int r = 0; r < nr; r++)
                    for (int s = 0; s < ns; s++) {
                        /* keep the product manageable: registers with edge values sampled */
                        if (has_r && (has_a || has_d) && (ia > 3 || id > 3) && (ia + id + r) % 3)
                            continue; /* small values (0, 1, -1, 2) with every register */
                        int64_t a = vals[ia], d = dvals[id];
                        if (has_d && (d > INT32_MAX || d < INT32_MIN) && !strstr(t, "[%R32"))
                            continue; /* GNU rejects or wraps: not comparable */
                        expand(text, sizeof text, t, a, d, r, s);
                        /* the runtime always applies GNU -O1's rule for
                         * mov r64, imm: zero-extendable -> mov r32, imm */
                        if (!strncmp(t, "mov ", 4) && (strstr(t, "rax, %A") || strstr(t, "%R64, %A")) &&
                            a >= 0 && a <= 0xffffffffLL)
                            expand(text, sizeof text, strstr(t, "rax") ? "mov eax, %A" : "mov %R32, %A", a, d, r, s);
                        size_t wl = 0, gl = 0;
                        int ws = standalone(text, want, sizeof want, &wl);
                        jas_reset(J);
                        forms[k].emit(J, a, d, r, s);
                        int gs = jas_link(J, 0, &gl);
                        if (!gs && gl <= sizeof got)
                            gs = jas_encode(J, got);
                        /* GNU silently truncates an immediate wider than its
                         * operand (add eax, -2147483649); jas reports it */
                        int n = forms[k].size;
                        int wide = has_a && n < 8 && (a < -((int64_t)1 << (8 * n - 1)) || a >= (int64_t)1 << (8 * n));
                        /* ... and a 32-bit address's displacement likewise */
                        if (has_d && strstr(t, "[%R32") && (d < INT32_MIN || d > (int64_t)UINT32_MAX))
                            wide = 1;
                        int same = ws == 0 && !wide ? (gs == 0 && gl == wl && !memcmp(want, got, wl)) : gs != 0;
                        count++;
                        if (same) {
                            passed++;
                            continue;
                        }
                        failed++;
                        if (mismatches++ < 40) {
                            printf("FAIL %-40s standalone:", text);
                            if (ws) printf(" error"); else for (size_t i = 0; i < wl; i++) printf(" %02x", want[i]);
                            printf("  runtime:");
                            if (gs) printf(" error (%s)", jas_error(J) ? jas_error(J) : "?");
                            else for (size_t i = 0; i < gl; i++) printf(" %02x", got[i]);
                            printf("\n");
                        }
                    }
        printf("%-44s %5d cases\n", t, count);
    }
    jas_free(J);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
