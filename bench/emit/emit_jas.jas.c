/* jas side of the emission benchmark (the stream: stream.h).
 *
 * The way a jas user writes it: a full block of 16 instructions is one run
 * of `|` lines, hence one template and one jas_put(); the labels are numeric
 * (`1:` at the start of every block, `1f` the next block's, `1b` this
 * block's).  Throughput runs reuse one jas_State (jas_reset keeps every
 * buffer) and write the final bytes with jas_link_encode (link and write in
 * one pass when relaxation settles at once) straight into the output
 * buffer. */
#include <stdlib.h>
#include <string.h>

#include <jas.h>

#include "stream.h"

/* One instruction k of block i, for a partial last block. */
static void emit_one(jas_State *J, const bs_stream *s, size_t i, int k)
{
    int64_t v;
    switch (k) {
    case 0: v = s->imm32[i];
        | mov rax, {v}
        break;
    case 1: v = s->imm64[i];
        | mov rcx, {v}
        break;
    case 2:
        | add rax, rcx
        break;
    case 3: v = s->sub8[i];
        | sub rdx, {v}
        break;
    case 4:
        | imul rdx, rsi
        break;
    case 5: v = s->ld[i];
        | mov r8, [rdi + {v}]
        break;
    case 6: v = s->st[i];
        | mov [rbx + {v}], rax
        break;
    case 7:
        | lea r9, [rbx + rcx*4 + 16]
        break;
    case 8: v = s->cmp8[i];
        | cmp rax, {v}
        break;
    case 9:
        | je 1f
        break;
    case 10:
        | jne 1b
        break;
    case 11: v = (int64_t)s->fn[i];
        | call {v}
        break;
    case 12:
        | push rbx
        break;
    case 13:
        | pop rbx
        break;
    case 14:
        | xor eax, eax
        break;
    default:
        | add r10, r8
        break;
    }
}

static void emit_stream(jas_State *J, const bs_stream *s)
{
    size_t full = s->n / BS_BLOCK;
    for (size_t i = 0; i < full; i++) {
        int64_t a = s->imm32[i], b = s->imm64[i], c = s->sub8[i], d = s->ld[i];
        int64_t e = s->st[i], f = s->cmp8[i], g = (int64_t)s->fn[i];
        |1:
        | mov rax, {a}
        | mov rcx, {b}
        | add rax, rcx
        | sub rdx, {c}
        | imul rdx, rsi
        | mov r8, [rdi + {d}]
        | mov [rbx + {e}], rax
        | lea r9, [rbx + rcx*4 + 16]
        | cmp rax, {f}
        | je 1f
        | jne 1b
        | call {g}
        | push rbx
        | pop rbx
        | xor eax, eax
        | add r10, r8
    }
    int rest = (int)(s->n % BS_BLOCK);
    if (rest) {
        |1:
        for (int k = 0; k < rest; k++)
            emit_one(J, s, full, k);
    }
    |1:
    | ret
}

static void *jas_create(size_t bound)
{
    (void)bound;
    return jas_new(NULL);
}

static size_t jas_run(void *st, const bs_stream *s, uint8_t *out, size_t cap)
{
    jas_State *J = st;
    size_t size = 0;
    jas_reset(J);
    emit_stream(J, s);
    if (jas_link_encode(J, (uint64_t)(uintptr_t)out, out, cap, &size))
        return 0;
    return size;
}

static void jas_destroy(void *st) { jas_free(st); }

static size_t jas_cold(const bs_stream *s, uint8_t *out, size_t cap)
{
    jas_State *J = jas_new(NULL);
    size_t size = 0;
    if (!J)
        return 0;
    emit_stream(J, s);
    if (jas_link_encode(J, (uint64_t)(uintptr_t)out, out, cap, &size))
        size = 0;
    jas_free(J);
    return size;
}

static void *jas_pub(const bs_stream *s, size_t *size)
{
    jas_State *J = jas_new(NULL);
    if (!J)
        return NULL;
    emit_stream(J, s);
    void *code = jas_publish(J, NULL);
    *size = jas_code_size(J);
    jas_free(J);
    return code;
}

static void jas_rel(void *code, size_t size)
{
    (void)size;
    /* any state on the default arena may release: keep one for that */
    static jas_State *R;
    if (!R)
        R = jas_new(NULL);
    jas_release(R, code);
}

const bs_lib bs_jas = {
    "jas", jas_create, jas_run, jas_destroy, jas_cold, jas_pub, jas_rel,
    "jas_publish (default arena: W^X, RW pages sealed RX with mprotect)",
};
