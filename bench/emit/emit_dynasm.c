/* DynASM side of the emission benchmark (the stream: stream.h).  Optional:
 * Debian ships LuaJIT without its dynasm/ directory, so this peer is built
 * only when DYNASM_DIR names a copy of it (bench/Makefile; the engine is
 * dasm_x86.h, included from there, nothing of it is in this repository).
 *
 * DynASM users write `| mov rax, imm` lines that dynasm.lua (Lua, at build
 * time) turns into an action list and dasm_put() calls.  Lua is not part of
 * this build, so the action list below is written out by hand the way
 * dynasm.lua lays it out for x64: literal bytes, a run-time immediate as
 * IMM_D (IMM_DB where the operand has an imm8 form: the engine picks 0x83 or
 * 0x81 by the value), a run-time displacement as DISP (the engine picks
 * disp0/8/32), a jump to a local label as REL_LG (relaxed by dasm_link), a
 * call to an absolute address as REL_A, and `mov64` for the 64-bit
 * immediate.  One dasm_put() per 16-instruction block, as dynasm.lua merges
 * consecutive lines.
 *
 * DynASM's local labels keep one slot per number for `<n` and `>n`: once a
 * block refers forward to `>1`, `<1` no longer means its own label.  So the
 * blocks alternate labels 1 and 2 (block i defines 1 + i%2, jumps forward to
 * the other and back to its own). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "stream.h"

#include "dynasm_hooks.h"

/* The action list: for each label parity, the whole block, each
 * instruction alone (a partial last block), a label alone, and the final
 * label + ret.  Built once. */
static unsigned char acts[640];
static int nacts, at_block[2], at_insn[2][BS_BLOCK], at_label[2], at_end[2];

static void put_bytes(const unsigned char *b, size_t n)
{
    memcpy(acts + nacts, b, n);
    nacts += (int)n;
}
#define ACT(...)                                                \
    do {                                                        \
        static const unsigned char b_[] = {__VA_ARGS__};        \
        put_bytes(b_, sizeof b_);                               \
    } while (0)

static void insn(int k, int par)
{
    unsigned char me = (unsigned char)(1 + par), next = (unsigned char)(2 - par);
    switch (k) {
    case 0: ACT(0x48, 0xC7, 0xC0, DASM_IMM_D); break;             /* mov rax, imm32 */
    case 1: ACT(0x48, 0xB9, DASM_IMM_D, DASM_IMM_D); break;       /* mov64 rcx, imm64 */
    case 2: ACT(0x48, 0x01, 0xC8); break;                         /* add rax, rcx */
    case 3: ACT(0x48, 0x81, DASM_ESC, 0xEA, DASM_IMM_DB); break;  /* sub rdx, imm */
    case 4: ACT(0x48, 0x0F, 0xAF, 0xD6); break;                   /* imul rdx, rsi */
    case 5: ACT(0x4C, 0x8B, 0x87, DASM_DISP); break;              /* mov r8, [rdi+d] */
    case 6: ACT(0x48, 0x89, 0x83, DASM_DISP); break;              /* mov [rbx+d], rax */
    case 7: ACT(0x4C, 0x8D, 0x4C, 0x8B, 0x10); break;             /* lea r9, [rbx+rcx*4+16] */
    case 8: ACT(0x48, 0x81, DASM_ESC, 0xF8, DASM_IMM_DB); break;  /* cmp rax, imm */
    case 9: ACT(0x0F, 0x84, DASM_REL_LG); put_bytes(&(unsigned char){246 + next}, 1); break;
    case 10: ACT(0x0F, 0x85, DASM_REL_LG); put_bytes(&me, 1); break;
    case 11: ACT(0xE8, DASM_REL_A); break;                        /* call &fn */
    case 12: ACT(0x53); break;                                    /* push rbx */
    case 13: ACT(0x5B); break;                                    /* pop rbx */
    case 14: ACT(0x31, 0xC0); break;                              /* xor eax, eax */
    default: ACT(0x4D, 0x01, 0xC2); break;                        /* add r10, r8 */
    }
}

static void build_actions(void)
{
    if (nacts)
        return;
    for (int par = 0; par < 2; par++) {
        unsigned char me = (unsigned char)(1 + par);
        at_block[par] = nacts;
        ACT(DASM_LABEL_LG);
        put_bytes(&me, 1);
        for (int k = 0; k < BS_BLOCK; k++)
            insn(k, par);
        ACT(DASM_STOP);
        for (int k = 0; k < BS_BLOCK; k++) {
            at_insn[par][k] = nacts;
            insn(k, par);
            ACT(DASM_STOP);
        }
        at_label[par] = nacts;
        ACT(DASM_LABEL_LG);
        put_bytes(&me, 1);
        ACT(DASM_STOP);
        at_end[par] = nacts;
        ACT(DASM_LABEL_LG);
        put_bytes(&me, 1);
        ACT(0xC3, DASM_STOP);
    }
}

/* dasm_put's run-time arguments are ints (a 64-bit immediate is two). */
static void put_insn(dasm_State **Dst, const bs_stream *s, size_t i, int k)
{
    int at = at_insn[i & 1][k];
    int64_t b = s->imm64[i];
    switch (k) {
    case 0: dasm_put(Dst, at, (int)s->imm32[i]); break;
    case 1: dasm_put(Dst, at, (int)(uint32_t)b, (int)(b >> 32)); break;
    case 3: dasm_put(Dst, at, (int)s->sub8[i]); break;
    case 5: dasm_put(Dst, at, (int)s->ld[i]); break;
    case 6: dasm_put(Dst, at, (int)s->st[i]); break;
    case 8: dasm_put(Dst, at, (int)s->cmp8[i]); break;
    case 11: dasm_put(Dst, at, (int)(uintptr_t)s->fn[i]); break;
    default: dasm_put(Dst, at); break;
    }
}

static void emit_stream(dasm_State **Dst, const bs_stream *s)
{
    size_t full = s->n / BS_BLOCK, rest = s->n % BS_BLOCK;
    dasm_setup(Dst, acts);
    for (size_t i = 0; i < full; i++) {
        int64_t b = s->imm64[i];
        dasm_put(Dst, at_block[i & 1], (int)s->imm32[i], (int)(uint32_t)b, (int)(b >> 32),
                 (int)s->sub8[i], (int)s->ld[i], (int)s->st[i], (int)s->cmp8[i],
                 (int)(uintptr_t)s->fn[i]);
    }
    if (rest) {
        dasm_put(Dst, at_label[full & 1]);
        for (size_t k = 0; k < rest; k++)
            put_insn(Dst, s, full, (int)k);
    }
    dasm_put(Dst, at_end[(full + (rest != 0)) & 1]);
}

typedef struct dy {
    dasm_State *D;
    void *globals[1];
} dy;

static void *dy_create(size_t bound)
{
    (void)bound;
    build_actions();
    dy *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    dasm_init(&d->D, 1);
    dasm_setupglobal(&d->D, d->globals, 0);
    return d;
}

/* REL_A computes a rel32 from the low 32 bits of the target and of the
 * code address: right on x64 whenever the call reaches (the stream's
 * callees are within rel32 reach of the output, stream.h). */
static size_t dy_run(void *st, const bs_stream *s, uint8_t *out, size_t cap)
{
    dy *d = st;
    size_t size;
    emit_stream(&d->D, s);
    if (dasm_link(&d->D, &size) != DASM_S_OK || size > cap)
        return 0;
    if (dasm_encode(&d->D, out) != DASM_S_OK)
        return 0;
    return size;
}

static void dy_destroy(void *st)
{
    dy *d = st;
    dasm_free(&d->D);
    free(d);
}

static size_t dy_cold(const bs_stream *s, uint8_t *out, size_t cap)
{
    void *d = dy_create(0);
    if (!d)
        return 0;
    size_t n = dy_run(d, s, out, cap);
    dy_destroy(d);
    return n;
}

static void *dy_publish(const bs_stream *s, size_t *size)
{
    return bs_publish_page(dy_cold, s, size);
}

const bs_lib bs_dynasm = {
    "DynASM", dy_create, dy_run, dy_destroy, dy_cold, dy_publish, bs_release_page,
    "own code (DynASM has none): mmap RW page (near the callees), encode, mprotect RX, munmap",
};
