/* Zydis side of the emission benchmark (the stream: stream.h).
 *
 * Zydis is an encoder only: one ZydisEncoderRequest per instruction, no
 * labels.  This file adds the minimal label/patch layer a user needs: a
 * label is an offset once bound; a jump to a label not bound yet is encoded
 * rel32 and remembered, and patched when the label is bound; a jump to a
 * bound label gets the shortest form (Zydis picks it from the absolute
 * target).  Calls to an absolute address use ZydisEncoderEncodeInstruction-
 * Absolute with the final address, so the bytes are written straight into
 * the output buffer (no copy). */
#include <Zydis/Zydis.h>

#include <stdlib.h>
#include <string.h>

#include "stream.h"

typedef struct zy_ref { uint32_t pos, next; } zy_ref; /* rel32 field at pos */

typedef struct zy {
    uint8_t *buf, *p, *end;
    uint64_t base;           /* run-time address of buf */
    int failed;
    uint32_t *lab;           /* label: offset+1 when bound, 0 when not */
    uint32_t *pend;          /* label: first pending ref + 1 (0: none) */
    size_t nlab, caplab;
    zy_ref *ref;
    size_t nref, capref;
} zy;

static int zy_init(zy *z, uint8_t *buf, size_t cap, size_t nlabels)
{
    z->buf = z->p = buf;
    z->end = buf + cap;
    z->base = (uint64_t)(uintptr_t)buf;
    z->failed = 0;
    z->nref = 0;
    if (nlabels > z->caplab) {
        free(z->lab);
        free(z->pend);
        z->lab = malloc(nlabels * sizeof *z->lab);
        z->pend = malloc(nlabels * sizeof *z->pend);
        z->caplab = nlabels;
        if (!z->lab || !z->pend) {
            z->caplab = 0;
            return -1;
        }
    }
    z->nlab = nlabels;
    memset(z->lab, 0, nlabels * sizeof *z->lab);
    memset(z->pend, 0, nlabels * sizeof *z->pend);
    return 0;
}

static void zy_fini(zy *z)
{
    free(z->lab);
    free(z->pend);
    free(z->ref);
}

static void zy_bind(zy *z, uint32_t l)
{
    uint32_t at = (uint32_t)(z->p - z->buf);
    z->lab[l] = at + 1;
    for (uint32_t r = z->pend[l]; r; r = z->ref[r - 1].next) {
        uint32_t pos = z->ref[r - 1].pos;
        int32_t rel = (int32_t)(at - (pos + 4));
        memcpy(z->buf + pos, &rel, 4);
    }
    z->pend[l] = 0;
}

static void req_init(ZydisEncoderRequest *q, ZydisMnemonic m, int nops)
{
    memset(q, 0, sizeof *q);
    q->machine_mode = ZYDIS_MACHINE_MODE_LONG_64;
    q->mnemonic = m;
    q->operand_count = (ZyanU8)nops;
}

static void op_reg(ZydisEncoderOperand *o, ZydisRegister r)
{
    o->type = ZYDIS_OPERAND_TYPE_REGISTER;
    o->reg.value = r;
}

static void op_imm(ZydisEncoderOperand *o, int64_t v)
{
    o->type = ZYDIS_OPERAND_TYPE_IMMEDIATE;
    o->imm.s = v;
}

static void op_mem(ZydisEncoderOperand *o, ZydisRegister base, ZydisRegister index,
                   int scale, int64_t disp, int size)
{
    o->type = ZYDIS_OPERAND_TYPE_MEMORY;
    o->mem.base = base;
    o->mem.index = index;
    o->mem.scale = (ZyanU8)scale;
    o->mem.displacement = disp;
    o->mem.size = (ZyanU16)size;
}

static void put(zy *z, ZydisEncoderRequest *q)
{
    ZyanUSize len = (ZyanUSize)(z->end - z->p);
    if (ZYAN_FAILED(ZydisEncoderEncodeInstruction(q, z->p, &len))) {
        z->failed = 1;
        return;
    }
    z->p += len;
}

static void put_abs(zy *z, ZydisEncoderRequest *q)
{
    ZyanUSize len = (ZyanUSize)(z->end - z->p);
    if (ZYAN_FAILED(ZydisEncoderEncodeInstructionAbsolute(q, z->p, &len,
                                                          z->base + (uint64_t)(z->p - z->buf)))) {
        z->failed = 1;
        return;
    }
    z->p += len;
}

/* jcc / jmp / call to label l */
static void zy_branch(zy *z, ZydisMnemonic m, uint32_t l)
{
    ZydisEncoderRequest q;
    req_init(&q, m, 1);
    if (z->lab[l]) { /* bound: absolute target, shortest form */
        op_imm(&q.operands[0], (int64_t)(z->base + z->lab[l] - 1));
        put_abs(z, &q);
        return;
    }
    q.branch_type = ZYDIS_BRANCH_TYPE_NEAR;
    q.branch_width = ZYDIS_BRANCH_WIDTH_32;
    op_imm(&q.operands[0], 0);
    put(z, &q);
    if (z->failed)
        return;
    if (z->nref == z->capref) {
        size_t n = z->capref ? 2 * z->capref : 1024;
        zy_ref *r = realloc(z->ref, n * sizeof *r);
        if (!r) {
            z->failed = 1;
            return;
        }
        z->ref = r;
        z->capref = n;
    }
    z->ref[z->nref].pos = (uint32_t)(z->p - z->buf) - 4;
    z->ref[z->nref].next = z->pend[l];
    z->pend[l] = (uint32_t)++z->nref;
}

static void emit_insn(zy *z, const bs_stream *s, size_t i, int k)
{
    ZydisEncoderRequest q;
    switch (k) {
    case 0:
        req_init(&q, ZYDIS_MNEMONIC_MOV, 2);
        op_reg(&q.operands[0], ZYDIS_REGISTER_RAX);
        op_imm(&q.operands[1], s->imm32[i]);
        break;
    case 1:
        req_init(&q, ZYDIS_MNEMONIC_MOV, 2);
        op_reg(&q.operands[0], ZYDIS_REGISTER_RCX);
        op_imm(&q.operands[1], s->imm64[i]);
        break;
    case 2:
        req_init(&q, ZYDIS_MNEMONIC_ADD, 2);
        op_reg(&q.operands[0], ZYDIS_REGISTER_RAX);
        op_reg(&q.operands[1], ZYDIS_REGISTER_RCX);
        break;
    case 3:
        req_init(&q, ZYDIS_MNEMONIC_SUB, 2);
        op_reg(&q.operands[0], ZYDIS_REGISTER_RDX);
        op_imm(&q.operands[1], s->sub8[i]);
        break;
    case 4:
        req_init(&q, ZYDIS_MNEMONIC_IMUL, 2);
        op_reg(&q.operands[0], ZYDIS_REGISTER_RDX);
        op_reg(&q.operands[1], ZYDIS_REGISTER_RSI);
        break;
    case 5:
        req_init(&q, ZYDIS_MNEMONIC_MOV, 2);
        op_reg(&q.operands[0], ZYDIS_REGISTER_R8);
        op_mem(&q.operands[1], ZYDIS_REGISTER_RDI, ZYDIS_REGISTER_NONE, 0, s->ld[i], 8);
        break;
    case 6:
        req_init(&q, ZYDIS_MNEMONIC_MOV, 2);
        op_mem(&q.operands[0], ZYDIS_REGISTER_RBX, ZYDIS_REGISTER_NONE, 0, s->st[i], 8);
        op_reg(&q.operands[1], ZYDIS_REGISTER_RAX);
        break;
    case 7:
        req_init(&q, ZYDIS_MNEMONIC_LEA, 2);
        op_reg(&q.operands[0], ZYDIS_REGISTER_R9);
        op_mem(&q.operands[1], ZYDIS_REGISTER_RBX, ZYDIS_REGISTER_RCX, 4, 16, 8);
        break;
    case 8:
        req_init(&q, ZYDIS_MNEMONIC_CMP, 2);
        op_reg(&q.operands[0], ZYDIS_REGISTER_RAX);
        op_imm(&q.operands[1], s->cmp8[i]);
        break;
    case 9:
        zy_branch(z, ZYDIS_MNEMONIC_JZ, (uint32_t)i + 1);
        return;
    case 10:
        zy_branch(z, ZYDIS_MNEMONIC_JNZ, (uint32_t)i);
        return;
    case 11:
        req_init(&q, ZYDIS_MNEMONIC_CALL, 1);
        op_imm(&q.operands[0], (int64_t)s->fn[i]);
        put_abs(z, &q);
        return;
    case 12:
        req_init(&q, ZYDIS_MNEMONIC_PUSH, 1);
        op_reg(&q.operands[0], ZYDIS_REGISTER_RBX);
        break;
    case 13:
        req_init(&q, ZYDIS_MNEMONIC_POP, 1);
        op_reg(&q.operands[0], ZYDIS_REGISTER_RBX);
        break;
    case 14:
        req_init(&q, ZYDIS_MNEMONIC_XOR, 2);
        op_reg(&q.operands[0], ZYDIS_REGISTER_EAX);
        op_reg(&q.operands[1], ZYDIS_REGISTER_EAX);
        break;
    default:
        req_init(&q, ZYDIS_MNEMONIC_ADD, 2);
        op_reg(&q.operands[0], ZYDIS_REGISTER_R10);
        op_reg(&q.operands[1], ZYDIS_REGISTER_R8);
        break;
    }
    put(z, &q);
}

static size_t emit_stream(zy *z, const bs_stream *s)
{
    for (size_t i = 0; i < s->nblocks; i++) {
        zy_bind(z, (uint32_t)i);
        size_t left = s->n - i * BS_BLOCK;
        int m = left < BS_BLOCK ? (int)left : BS_BLOCK;
        for (int k = 0; k < m; k++)
            emit_insn(z, s, i, k);
    }
    zy_bind(z, (uint32_t)s->nblocks);
    ZydisEncoderRequest q;
    req_init(&q, ZYDIS_MNEMONIC_RET, 0);
    put(z, &q);
    return z->failed ? 0 : (size_t)(z->p - z->buf);
}

static void *zy_create(size_t bound)
{
    (void)bound;
    return calloc(1, sizeof(zy));
}

static size_t zy_run(void *st, const bs_stream *s, uint8_t *out, size_t cap)
{
    zy *z = st;
    if (zy_init(z, out, cap, s->nblocks + 1))
        return 0;
    return emit_stream(z, s);
}

static void zy_destroy(void *st)
{
    zy_fini(st);
    free(st);
}

static size_t zy_cold(const bs_stream *s, uint8_t *out, size_t cap)
{
    zy z = {0};
    size_t n = zy_init(&z, out, cap, s->nblocks + 1) ? 0 : emit_stream(&z, s);
    zy_fini(&z);
    return n;
}

static void *zy_publish(const bs_stream *s, size_t *size)
{
    return bs_publish_page(zy_cold, s, size);
}

const bs_lib bs_zydis = {
    "Zydis", zy_create, zy_run, zy_destroy, zy_cold, zy_publish, bs_release_page,
    "own code: mmap RW page (near the callees), encode in place, mprotect RX, munmap",
};
