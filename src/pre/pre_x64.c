/* The preprocessor's x86-64 instructions: one parsed statement becomes
 * template items.  Constant instructions become bytes; run-time values and
 * registers become variants (x64_variants.c); label references become
 * branch / rel32 items that the template builder or the runtime resolves. */
#include "pre/pre_int.h"
#include "runtime/actions.h"
#include "x64/x64_parse.h"
#include "x64/x64_variants.h"

#include <string.h>

static void op_error(pre_ctx *P, const x64_pinsn *pi, int op, const char *msg)
{
    if (op >= 0 && op < pi->nops && pi->op[op].p)
        jas_perror(&P->pc, pi->op[op].p, pi->op[op].len ? pi->op[op].len : 1, "%s", msg);
    else
        jas_perror(&P->pc, pi->mnem_p, pi->mnem_len ? pi->mnem_len : 1, "%s", msg);
}

/* The single label leaf of an expression, or NULL if it is not exactly one
 * label (SYM or {e}f/{e}b). */
static const jas_expr *label_leaf(const jas_expr *e)
{
    if (!e)
        return NULL;
    if (e->op == JAS_E_SYM || (e->op == JAS_E_PH && e->dir))
        return e;
    return NULL;
}

/* label, label+c, label-c, c+label: the leaf and the constant. */
static const jas_expr *label_plus(const jas_expr *e, int64_t *addend)
{
    *addend = 0;
    const jas_expr *l = label_leaf(e);
    if (l || !e)
        return l;
    if (e->op == JAS_E_ADD || e->op == JAS_E_SUB) {
        const jas_expr *a = e->u.kid[0], *b = e->u.kid[1];
        if (label_leaf(a) && b->op == JAS_E_NUM) {
            *addend = e->op == JAS_E_ADD ? b->u.num : -b->u.num;
            return a;
        }
        if (e->op == JAS_E_ADD && a->op == JAS_E_NUM && label_leaf(b)) {
            *addend = a->u.num;
            return b;
        }
    }
    return NULL;
}

/* Operand size in bytes that run-time immediates are reduced to. */
static unsigned imm_norm(const x64_insn *in)
{
    for (int i = 0; i < in->nops; i++)
        if ((in->op[i].kind == X64_OP_REG || in->op[i].kind == X64_OP_MEM) && in->op[i].size >= 8 &&
            in->op[i].size <= 64)
            return in->op[i].size / 8u;
    /* pushw: the operand size is in the mnemonic (0xffff is pushw -1) */
    return strcmp(in->mnem, "pushw") ? 8 : 2;
}

/* Does the immediate of operand i wrap at the operand size, norm bytes
 * (`add eax, 0xffffffff` is `add eax, -1`), or is it a field of its own
 * that only takes its own range (`bt ecx, 0xffffffff` and `shl ax, 0xffff`
 * are errors in GNU)?  Probed with the encoder: -1 encodes, the largest
 * unsigned value of the operand size must too.  With no operand size
 * (norm 8), an immediate whose 1- or 2-byte field takes -1 and its
 * unsigned twin as the same bytes wraps at the field (`ret 0xffff` is
 * `ret -1`), where push's -1 and 0xff differ (imm8, imm32). */
static unsigned imm_norm_of(const x64_insn *in, int i, unsigned norm, int second)
{
    x64_insn t = *in;
    x64_code c, c2;
    x64_error e;
    t.op[i].sym = 0;
    t.op[i].imm = -1;
    if (x64_encode(&t, 0, 0, &c, &e) != X64_OK)
        return norm;
    if (norm >= 8) {
        unsigned size = second ? c.imm2_size : c.imm_size;
        if (size != 1 && size != 2)
            return norm;
        t.op[i].imm = (int64_t)((1u << (8 * size)) - 1);
        return x64_encode(&t, 0, 0, &c2, &e) == X64_OK && c2.len == c.len &&
                       !memcmp(c2.bytes, c.bytes, c.len) ? size : norm;
    }
    t.op[i].imm = (int64_t)((1ull << (8 * norm)) - 1);
    return x64_encode(&t, 0, 0, &c, &e) == X64_OK ? norm : 8;
}

/* The normalisation of a run-time displacement of operand i: 8, or
 * JAS_N_SCALED | s where the 8-bit form holds disp / 2^s (AVX-512's
 * disp8*N, N learnt from the encoder: the smallest power of two that it
 * writes as one byte).  Probed with the run-time vector registers at 16
 * first: an instruction that is VEX for 0..15 and EVEX for 16..31 gets
 * both kinds of classes (actions.h, JAS_M_PLAIN). */
static unsigned disp_probe(const x64_insn *in, int i)
{
    for (unsigned s = 0; s <= 6; s++) {
        x64_insn t = *in;
        x64_code c;
        x64_error e;
        t.op[i].mem.disp = (int64_t)1 << s;
        if (x64_encode(&t, 0, 0, &c, &e) != X64_OK)
            return 8;
        if (c.disp_size == 1) /* EVEX with N = 1 (bytes) is scaled by 1 */
            return s || x64_is_evex(&c) ? JAS_N_SCALED | s : 8;
    }
    return 8;
}

static unsigned disp_norm(const x64_insn *in, int i, const x64_rtarg *ra, int nra)
{
    x64_insn hi = *in;
    int any = 0;
    for (int k = 0; k < nra; k++) {
        x64_operand *o = &hi.op[ra[k].opidx];
        unsigned cls = ra[k].where == X64_RT_REG ? o->reg.cls : ra[k].where == X64_RT_INDEX ? o->mem.index.cls : 0;
        if (ra[k].norm != JAS_N_REG || (cls != X64_RC_XMM && cls != X64_RC_YMM && cls != X64_RC_ZMM))
            continue;
        if (ra[k].where == X64_RT_REG)
            o->reg.num = 16;
        else
            o->mem.index.num = 16;
        any = 1;
    }
    unsigned n = any ? disp_probe(&hi, i) : 8;
    return n != 8 ? n : disp_probe(in, i);
}

/* Emit `c` with the rel32 field at rel_off as a TI_REL32 to `lab`. */
static void emit_rel32(pre_ctx *P, const x64_code *c, const tpl_label *lab, int64_t addend, int line)
{
    tpl_bytes(&P->tb, c->bytes, c->rel_off, line);
    tpl_item *it = pre_item(P, TI_REL32, line);
    it->label = *lab;
    it->addend = (int32_t)addend;
    it->op = (uint8_t)(c->len - c->rel_off - 4);
    if (c->len > c->rel_off + 4)
        tpl_bytes(&P->tb, c->bytes + c->rel_off + 4, (uint32_t)(c->len - c->rel_off - 4), line);
}

int pre_x64_insn(pre_ctx *P, jas_lexer *lx, jas_tok *t)
{
    static int inited;
    if (!inited) {
        jas_target_x64.init(); /* tables: instructions and registers */
        inited = 1;
    }
    int line = P->pc.line;
    x64_pinsn pi;
    jas_evalctx ev = {0};
    if (x64_parse(&P->pc, lx, t, &ev, &pi))
        return -1;
    if (pi.prefix_only) {
        tpl_bytes(&P->tb, pi.prefix_bytes, pi.nprefix_bytes, line);
        return 0;
    }
    x64_insn in;
    int bad = -1;
    if (x64_resolve(&pi, &ev, 0, &in, &bad)) {
        const jas_expr *at = ev.err_at;
        if (at)
            jas_perror(&P->pc, at->p, at->len, "%s", ev.err);
        else
            op_error(P, &pi, bad, ev.err);
        return -1;
    }

    x64_rtarg ra[8];
    int nra = 0;
    int label_op = -1; /* operand holding a label reference */
    tpl_label lab = {0};
    int64_t addend = 0;
    unsigned norm = imm_norm(&in);

    for (int i = 0; i < pi.nops; i++) {
        const x64_pop *o = &pi.op[i];
        x64_operand *eo = &in.op[i];
        const jas_expr *val = o->val;
        if (o->kind == X64_OP_IMM && o->branch) {
            if (!val || !o->sym)
                continue; /* constant target: handled below */
            const jas_expr *leaf = label_leaf(val);
            if (leaf) {
                if (pre_label_ref(P, leaf, &lab))
                    return -1;
                label_op = i;
                continue;
            }
            if (pre_has_label(val)) {
                op_error(P, &pi, i, "a branch target is a label or a {run-time address}, not label arithmetic");
                return -1;
            }
            /* {address}: run-time absolute target */
            if (strcmp(in.mnem, "call") && strcmp(in.mnem, "jmp")) {
                op_error(P, &pi, i, "only call and jmp can go to a run-time address; use a label");
                return -1;
            }
            int a = pre_arg_expr(P, val);
            if (a < 0)
                return -1;
            tpl_item *it = pre_item(P, TI_ABSBR, line);
            it->op = strcmp(in.mnem, "call") ? 0xE9 : 0xE8;
            it->arg = (uint32_t)a;
            if (pi.nops != 1 || in.prefixes) {
                op_error(P, &pi, i, "prefixes are not supported on a run-time call/jmp");
                return -1;
            }
            return 0;
        }
        if (o->kind == X64_OP_IMM && val && o->sym) {
            if (pre_has_label(val)) {
                op_error(P, &pi, i, "a label's address cannot be an immediate in inline assembly; use lea with [rip+label]");
                return -1;
            }
            if (o->has_ph) {
                int a = pre_arg_expr(P, val);
                if (a < 0)
                    return -1;
                /* the second immediate of an instruction (enter's level,
                 * extrq's index) has a field of its own */
                int second = 0;
                for (int j = 0; j < i; j++)
                    second |= pi.op[j].kind == X64_OP_IMM && !pi.op[j].branch;
                ra[nra++] = (x64_rtarg){second ? X64_RT_IMM2 : X64_RT_IMM, (uint8_t)i, (uint8_t)a,
                                        (uint8_t)imm_norm_of(&in, i, norm, second)};
                eo->sym = 0;
            }
            continue;
        }
        if (o->kind == X64_OP_MEM && val && (o->sym || o->has_ph)) {
            if (pre_has_label(val)) {
                const jas_expr *leaf = label_plus(val, &addend);
                /* ({n}f is a placeholder to the parser, so never pcrel) */
                int rip = o->pcrel || (leaf && leaf->op == JAS_E_PH && o->mem.base.cls == X64_RC_RIP &&
                                       o->mem.index.cls == X64_RC_NONE);
                if (!leaf || !rip || addend != (int32_t)addend) {
                    op_error(P, &pi, i, "a label in memory must be rip-relative: [rip+label], [rip+label+constant]");
                    return -1;
                }
                if (pre_label_ref(P, leaf, &lab))
                    return -1;
                label_op = i;
                continue;
            }
            int a = pre_arg_expr(P, val);
            if (a < 0)
                return -1;
            /* a 32-bit address wraps its displacement at 32 bits, as GNU
             * does: [ebx+0xffffffff] is [ebx-1] */
            const x64_mem *m = &eo->mem;
            int a32 = (in.prefixes & X64_P_ADDR32) || m->base.cls == X64_RC_GPR32 ||
                      m->base.cls == X64_RC_EIP || m->index.cls == X64_RC_GPR32 ||
                      m->index.cls == X64_RC_EIZ;
            ra[nra++] = (x64_rtarg){X64_RT_DISP, (uint8_t)i, (uint8_t)a, (uint8_t)(a32 ? 4 : 8)};
            eo->mem.disp_sym = 0;
            eo->mem.disp_pcrel = 0;
        }
    }
    uint8_t rtext[X64_MAX_PH] = {0};
    int rarg[X64_MAX_PH] = {0};
    for (int k = 0; k < pi.nph; k++) {
        const x64_placeholder *ph = &pi.ph[k];
        int where = ph->role == X64_PH_REG ? X64_RT_REG : ph->role == X64_PH_BASE ? X64_RT_BASE
                    : ph->role == X64_PH_INDEX ? X64_RT_INDEX : -1;
        if (where < 0)
            continue;
        if (nra == 8) {
            op_error(P, &pi, ph->op, "too many run-time operands");
            return -1;
        }
        /* the same {e} twice is one value: [reg64{s}+reg64{s}*2] */
        int a = -1;
        for (int j = 0; j < k; j++)
            if (rtext[j] && pi.ph[j].len == ph->len && !memcmp(pi.ph[j].text, ph->text, ph->len))
                a = rarg[j];
        if (a < 0)
            a = pre_arg(P, ph->text, ph->len, ph->p);
        if (a < 0)
            return -1;
        rtext[k] = 1;
        rarg[k] = a;
        ra[nra++] = (x64_rtarg){(uint8_t)where, ph->op, (uint8_t)a, JAS_N_REG};
    }

    x64_code c;
    x64_error err;
    if (label_op >= 0) {
        if (nra) {
            op_error(P, &pi, label_op, "a label reference and run-time operands in one instruction are not supported");
            return -1;
        }
        x64_operand *eo = &in.op[label_op];
        if (eo->kind == X64_OP_IMM && pi.relax) {
            /* relaxable jmp/jcc: learn the short opcode (target = end) */
            eo->imm = 2;
            eo->sym = 0;
            if (x64_encode(&in, 0, 0, &c, &err) != X64_OK || c.len != 2) {
                op_error(P, &pi, err.op, c.len != 2 ? "prefixes are not supported on a branch to a label" : err.msg);
                return -1;
            }
            tpl_item *it = pre_item(P, TI_BRANCH, line);
            it->op = c.bytes[0];
            it->label = lab;
            return 0;
        }
        if (eo->kind == X64_OP_IMM) {
            eo->imm = 0x1000; /* far enough for the rel32 form */
            eo->sym = 1;
        } else {
            eo->mem.disp = 0x1000;
            eo->mem.disp_sym = 1;
            eo->mem.disp_pcrel = 1;
        }
        if (x64_encode(&in, 0, X64_ENC_LONG_BRANCH, &c, &err) != X64_OK) {
            op_error(P, &pi, err.op, err.msg);
            return -1;
        }
        if (c.rel_size == 1 && eo->kind == X64_OP_IMM) { /* loop, jrcxz, jecxz */
            tpl_bytes(&P->tb, c.bytes, c.rel_off, line);
            tpl_item *it = pre_item(P, TI_REL8, line);
            it->label = lab;
            it->op = (uint8_t)(c.len - c.rel_off - 1);
            if (it->op)
                tpl_bytes(&P->tb, c.bytes + c.rel_off + 1, it->op, line);
            return 0;
        }
        if (c.rel_size != 4) {
            op_error(P, &pi, label_op, "this instruction cannot reach a label (no 32-bit relative form)");
            return -1;
        }
        emit_rel32(P, &c, &lab, addend, line);
        return 0;
    }
    if (!nra) {
        x64_optimize(&in);
        if (x64_encode(&in, 0, 0, &c, &err) != X64_OK) {
            op_error(P, &pi, err.op, err.msg);
            return -1;
        }
        tpl_bytes(&P->tb, c.bytes, c.len, line);
        return 0;
    }
    for (int k = 0; k < nra; k++)
        if (ra[k].where == X64_RT_DISP && ra[k].norm == 8)
            ra[k].norm = (uint8_t)disp_norm(&in, ra[k].opidx, ra, nra);
    x64_varout vo;
    if (x64_variants(&in, ra, nra, 0, line, &vo, &err) != X64_OK) {
        op_error(P, &pi, err.op, err.msg);
        jas_buf_free(&vo.body);
        return -1;
    }
    if (vo.simple) {
        if (!vo.field_kind) {
            tpl_bytes(&P->tb, vo.bytes, vo.len, line);
            return 0;
        }
        unsigned size = vo.field_kind & JAS_K_SIZE;
        if (vo.field_off)
            tpl_bytes(&P->tb, vo.bytes, vo.field_off, line);
        tpl_item *it = pre_item(P, TI_FIELD, line);
        it->op = vo.field_kind;
        it->arg = ra[0].argno;
        if (vo.field_off + size < vo.len)
            tpl_bytes(&P->tb, vo.bytes + vo.field_off + size, (uint32_t)(vo.len - vo.field_off - size), line);
        return 0;
    }
    tpl_item it = {0};
    it.kind = TI_VAR;
    it.line = line;
    it.bytes = vo.body.data;
    it.len = (uint32_t)vo.body.len;
    it.minlen = vo.minlen;
    it.maxlen = vo.maxlen;
    tpl_add(&P->tb, &it);
    jas_buf_free(&vo.body);
    return 0;
}
