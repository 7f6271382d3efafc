/* PROPOSAL PROTOTYPE (not part of jas; built only by measure.sh): the C
 * that the `jas` preprocessor could generate for the benchmark's 16-
 * instruction block if it emitted straight-line C per template instead of
 * an action string for jas_put() to interpret:
 *   - the variant of an instruction with a run-time value is chosen by
 *     range compares on the value (what the VAR classes encode);
 *   - literal bytes are stores of constants (8 bytes at a time: the buffer
 *     has JAS_PAD bytes of slack), run-time fields plain stores;
 *   - labels and fixups are appended inline, the runtime's own structures.
 * It replaces bench/emit/emit_jas.jas.c's emit_stream for the full blocks
 * (the partial tail and the final `ret` still go through jas_put), and
 * links with the runtime's jas_link/jas_encode unchanged, so the same
 * honesty check and timings apply.  It needs the private runtime header
 * (runtime/state.h) as generated code would get an internal header. */
#include <string.h>
#include "runtime/state.h"
#include "stream.h"

static inline void st8(uint8_t *p, uint64_t v) { memcpy(p, &v, 8); }

static inline uint32_t new_slot_fast(jas_State *J)
{
    if (J->nslot == J->capslot &&
        jas__grow_in(J, (void **)&J->slot, &J->capslot, J->nslot + 1, sizeof *J->slot))
        return UINT32_MAX;
    J->slot[J->nslot] = (jas_slot){0, 0, 0, 0};
    return J->nslot++;
}

/* numeric label 1: its pending forward slot, created on demand */
static inline uint32_t num1_fwd(jas_State *J)
{
    jas__num_touch(J, 1);
    if (!J->numfwd[1]) {
        uint32_t s = new_slot_fast(J);
        if (s == UINT32_MAX)
            return s;
        J->numfwd[1] = s + 1;
    }
    return J->numfwd[1] - 1;
}

static inline void define(jas_State *J, uint32_t s, uint32_t pos)
{
    jas_slot *l = &J->slot[s];
    l->defined = 1;
    l->sec = 0;
    l->pos = pos;
    l->fixidx = J->nfix;
}

static inline void fix(jas_State *J, int kind, uint32_t pos, uint8_t op, uint32_t slot, int64_t abs)
{
    jas_fix *f = &J->fix[J->nfix++];
    f->pos = pos;
    f->kind = (uint8_t)kind;
    f->sec = 0;
    f->op = op;
    f->aux = 0;
    f->slot = slot;
    f->abs = abs;
}

static void blk(jas_State *J, int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f, int64_t g)
{
    if (J->failed || J->cur)
        return;
    jas_sec *s = &J->sec[0];
    if ((s->cap - s->len < 80 + JAS_PAD || J->capfix - J->nfix < 3) && jas__reserve(J, 80 + JAS_PAD, 3))
        return;
    /* 1: */
    uint32_t top = num1_fwd(J);
    if (top == UINT32_MAX)
        return;
    J->numback[1] = top + 1;
    J->numfwd[1] = 0;
    define(J, top, s->len);
    uint8_t *base = s->buf, *p = base + s->len;
    /* mov rax, {a} */
    if ((uint64_t)a <= 0xffffffffu) { p[0] = 0xb8; st8(p + 1, (uint64_t)a); p += 5; }
    else if (a >= INT32_MIN && a <= INT32_MAX) { st8(p, 0xc0c748); st8(p + 3, (uint64_t)a); p += 7; }
    else { p[0] = 0x48; p[1] = 0xb8; st8(p + 2, (uint64_t)a); p += 10; }
    /* mov rcx, {b} */
    if ((uint64_t)b <= 0xffffffffu) { p[0] = 0xb9; st8(p + 1, (uint64_t)b); p += 5; }
    else if (b >= INT32_MIN && b <= INT32_MAX) { st8(p, 0xc1c748); st8(p + 3, (uint64_t)b); p += 7; }
    else { p[0] = 0x48; p[1] = 0xb9; st8(p + 2, (uint64_t)b); p += 10; }
    /* add rax, rcx */
    st8(p, 0xc80148); p += 3;
    /* sub rdx, {c} */
    if (c >= -128 && c <= 127) { st8(p, 0xea8348); p[3] = (uint8_t)c; p += 4; }
    else if (c >= INT32_MIN && c <= INT32_MAX) { st8(p, 0xea8148); st8(p + 3, (uint64_t)c); p += 7; }
    else { jas__fail(J, "bad value"); return; }
    /* imul rdx, rsi */
    st8(p, 0xd6af0f48); p += 4;
    /* mov r8, [rdi + {d}] */
    if (d == 0) { st8(p, 0x078b4c); p += 3; }
    else if (d >= -128 && d <= 127) { st8(p, 0x478b4c); p[3] = (uint8_t)d; p += 4; }
    else if (d >= INT32_MIN && d <= INT32_MAX) { st8(p, 0x878b4c); st8(p + 3, (uint64_t)d); p += 7; }
    else { jas__fail(J, "bad value"); return; }
    /* mov [rbx + {e}], rax */
    if (e == 0) { st8(p, 0x038948); p += 3; }
    else if (e >= -128 && e <= 127) { st8(p, 0x438948); p[3] = (uint8_t)e; p += 4; }
    else if (e >= INT32_MIN && e <= INT32_MAX) { st8(p, 0x838948); st8(p + 3, (uint64_t)e); p += 7; }
    else { jas__fail(J, "bad value"); return; }
    /* lea r9, [rbx + rcx*4 + 16] */
    st8(p, 0x108b4c8d4cull); p += 5;
    /* cmp rax, {f} */
    if (f >= -128 && f <= 127) { st8(p, 0xf88348); p[3] = (uint8_t)f; p += 4; }
    else if (f >= INT32_MIN && f <= INT32_MAX) { st8(p, 0x3d48); st8(p + 2, (uint64_t)f); p += 6; }
    else { jas__fail(J, "bad value"); return; }
    /* je 1f */
    uint32_t next = num1_fwd(J);
    if (next == UINT32_MAX)
        return;
    fix(J, FIX_BRANCH, (uint32_t)(p - base), 0x74, next, 0); p += 6;
    /* jne 1b */
    fix(J, FIX_BRANCH, (uint32_t)(p - base), 0x75, top, 0); p += 6;
    /* call {g} */
    fix(J, FIX_ABSBR, (uint32_t)(p - base), 0xe8, 0, g); p += 6;
    /* push rbx; pop rbx; xor eax, eax; add r10, r8 */
    st8(p, 0xc2014dc0315b53ull); p += 7;
    s->len = (uint32_t)(p - base);
}

/* the rest (partial block, final label + ret) through the ordinary runtime:
 * emit_jas.c's code, compiled in with its emit_stream renamed */
#define emit_stream emit_stream_generic
#define bs_jas bs_jas_generic
#include "emit_jas.c"
#undef emit_stream
#undef bs_jas

static void emit_stream2(jas_State *J, const bs_stream *s)
{
    size_t full = s->n / BS_BLOCK;
    for (size_t i = 0; i < full; i++)
        blk(J, s->imm32[i], s->imm64[i], s->sub8[i], s->ld[i], s->st[i], s->cmp8[i], (int64_t)s->fn[i]);
    bs_stream rest = *s; /* tail: generic path, with the block count offset */
    (void)rest;
    int tail = (int)(s->n % BS_BLOCK);
    if (tail) {
        static const unsigned char lab[] = {5, 2, 1, 0, 0};
        static const jas_tpl t = {lab, "genc", 0u, 0u, 0u};
        jas_put(J, &t, (const int64_t *)0);
        for (int k = 0; k < tail; k++)
            emit_one(J, s, full, k);
    }
    static const unsigned char fin[] = {5, 2, 1, 0, 1, 1, 195, 0};
    static const jas_tpl t2 = {fin, "genc", 1u, 0u, 0u};
    jas_put(J, &t2, (const int64_t *)0);
}

static size_t g_run(void *st, const bs_stream *s, uint8_t *out, size_t cap)
{
    jas_State *J = st;
    size_t size = 0;
    jas_reset(J);
    emit_stream2(J, s);
    if (jas_link(J, (uint64_t)(uintptr_t)out, &size) || size > cap || jas_encode(J, out))
        return 0;
    return size;
}

static size_t g_cold(const bs_stream *s, uint8_t *out, size_t cap)
{
    jas_State *J = jas_new(NULL);
    size_t size = 0;
    if (!J)
        return 0;
    emit_stream2(J, s);
    if (jas_link(J, (uint64_t)(uintptr_t)out, &size) || size > cap || jas_encode(J, out))
        size = 0;
    jas_free(J);
    return size;
}

static void *g_pub(const bs_stream *s, size_t *size)
{
    jas_State *J = jas_new(NULL);
    if (!J)
        return NULL;
    emit_stream2(J, s);
    void *code = jas_publish(J, NULL);
    *size = jas_code_size(J);
    jas_free(J);
    return code;
}

const bs_lib bs_jas = {
    "jas", jas_create, g_run, jas_destroy, g_cold, g_pub, jas_rel, "prototype: generated C",
};
