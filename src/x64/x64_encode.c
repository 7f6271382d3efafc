/* x86-64 encoder: operand matching and byte generation for the forms
 * compiled from the instruction table (x64_table.c).
 *
 * x64_encode() looks at every form of the mnemonic with the right operand
 * count, keeps those whose operand kinds, sizes and value ranges match, and
 * encodes each; the shortest encoding wins, the first row on ties.  This is
 * the choice GNU as makes by default (see docs/x64-table.md for the rules
 * and the GNU behaviours it reproduces).
 *
 * Nothing here switches on a mnemonic: everything comes from the forms. */
#include "x64/x64_table.h"

#include <stdarg.h>
#include <string.h>

/* Result of matching one form against the instruction's operands. */
enum { M_OK = 0, M_RANGE, M_SIZE, M_TYPE };

/* Internal "this form does not apply after all" (no90). */
#define E_SKIP (-100)

static void set_err(x64_error *err, int op, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void set_err(x64_error *err, int op, const char *fmt, ...)
{
    va_list ap;
    if (!err) return;
    err->op = op;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}

static int64_t sext(uint64_t v, unsigned bits)
{
    if (bits >= 64) return (int64_t)v;
    uint64_t m = (uint64_t)1 << (bits - 1);
    v &= ((uint64_t)1 << bits) - 1;
    return (int64_t)((v ^ m) - m);
}

/* v fits a field of `bits` taken as signed or unsigned: [-2^(b-1), 2^b). */
static int fits_either(int64_t v, unsigned bits)
{
    if (bits >= 64) return 1;
    return v >= -((int64_t)1 << (bits - 1)) && v < ((int64_t)1 << bits);
}

/* v fits N bits ignoring the sign: (-2^N, 2^N).  GNU accepts these without
 * a warning where the field is as wide as the operand (`add al, -0xff`). */
static int fits_magnitude(int64_t v, unsigned bits)
{
    if (bits >= 64) return 1;
    return v > -((int64_t)1 << bits) && v < ((int64_t)1 << bits);
}

static int fits_signed(int64_t v, unsigned bits)
{
    if (bits >= 64) return 1;
    return v >= -((int64_t)1 << (bits - 1)) && v < ((int64_t)1 << (bits - 1));
}

static int reg_ok(uint8_t spec_rc, x64_reg r)
{
    if (spec_rc == X64_RC_GPR8) return r.cls == X64_RC_GPR8 || r.cls == X64_RC_GPR8H;
    if (spec_rc == X64_RC_SEG) return r.cls == X64_RC_SEG && r.num <= 5;
    return r.cls == spec_rc;
}

/* A register of the wrong class: a size mismatch within the general-purpose
 * (and segment) registers or within xmm/ymm/zmm, a type mismatch across
 * (`addsd xmm0, rax`), as GNU words it. */
static int reg_family(uint8_t c)
{
    if (c >= X64_RC_GPR8 && c <= X64_RC_SEG) return 1;
    if (c >= X64_RC_XMM && c <= X64_RC_ZMM) return 2;
    return 3 + c;
}

static int reg_mismatch(uint8_t spec_rc, x64_reg r)
{
    return reg_family(spec_rc) == reg_family(r.cls) ? M_SIZE : M_TYPE;
}

static int msize_ok(uint16_t spec, uint16_t got)
{
    return spec == 0 || got == 0 || spec == got;
}

static int is_addr_reg(x64_reg r)
{
    return r.cls == X64_RC_GPR64 || r.cls == X64_RC_GPR32;
}

/* A VSIB index: xmm, ymm or zmm. */
static int is_vec_index(x64_reg r)
{
    return r.cls >= X64_RC_XMM && r.cls <= X64_RC_ZMM;
}

/* Immediate value against an immediate field of the form. */
static int match_imm(const x64_form *f, const x64_opspec *s, const x64_operand *o)
{
    unsigned w = s->size;
    if (w == 4) /* imm4 (vpermil2ps): a constant 0..15, as GNU */
        return !o->sym && o->imm >= 0 && o->imm < 16 ? M_OK : M_RANGE;
    int sx = (f->flags & X64F_SX) && w < f->opsize;
    if (o->sym) /* relocatable: never a short sign-extended field */
        return (sx && w < 32) ? M_RANGE : M_OK;
    if (sx) {
        unsigned n = f->opsize;
        if (n < 64) {
            if (!fits_either(o->imm, n)) return M_RANGE;
            return fits_signed(sext((uint64_t)o->imm, n), w) ? M_OK : M_RANGE;
        }
        return fits_signed(o->imm, w) ? M_OK : M_RANGE;
    }
    if (w == f->opsize) /* as wide as the operand: truncated like GNU */
        return fits_magnitude(o->imm, w) ? M_OK : M_RANGE;
    return fits_either(o->imm, w) ? M_OK : M_RANGE;
}

/* An immediate that was not known when its form was chosen (a label
 * difference, an address), known after layout: GNU's fixup rule, signed
 * for a sign-extended field, else any sign within the field's magnitude. */
static int late_imm_fits(const x64_form *f, const x64_opspec *s, int64_t v, unsigned bytes)
{
    if ((f->flags & X64F_SX) && s->size < f->opsize)
        return fits_signed(v, bytes * 8);
    return fits_magnitude(v, bytes * 8);
}

/* A broadcast memory operand (`DWORD BCST [rax]`, `[rax]{1to16}`) against
 * an EVEX form that can broadcast (FV, HV): the element is the W size, the
 * count the vector's elements (half of them for HV).  Other forms take it
 * so that encode_form() says "unsupported broadcast". */
static unsigned bcst_elem_bits(const x64_form *f)
{
    return f->flags & X64F_PH ? 16 : f->rexw == X64V_W1 ? 64 : 32;
}

/* Tuple types that can broadcast: full, half and quarter vector. */
static int bcst_tuple(const x64_form *f)
{
    return f->tuple == X64T_FV || f->tuple == X64T_HV || f->tuple == X64T_QV;
}

/* The element count of {1toN} that form f broadcasts to. */
static unsigned bcst_count(const x64_form *f)
{
    unsigned elem = bcst_elem_bits(f);
    unsigned vl = f->vexl == X64V_L2 ? 512 : f->vexl == X64V_L1 ? 256 : 128;
    return (f->tuple == X64T_HV ? vl / 2 : f->tuple == X64T_QV ? vl / 4 : vl) / elem;
}

/* The count of {1toN} picks the vector length where the registers do not
 * (vcvtpd2dq xmm1, [rax]{1to4} is the 256-bit form). */
static int match_bcst(const x64_form *f, const x64_operand *o)
{
    if (f->space != X64S_EVEX || !bcst_tuple(f))
        return M_OK;
    unsigned elem = bcst_elem_bits(f);
    if (o->size && o->size != elem)
        return M_SIZE;
    if (o->mem.bcst > 1 && o->mem.bcst != bcst_count(f))
        return M_SIZE;
    return M_OK;
}

static int match_operand(const x64_form *f, const x64_mnem_entry *me,
                         const x64_opspec *s, const x64_operand *o,
                         unsigned flags)
{
    switch (s->kind) {
    case X64K_REG:
        if (o->kind != X64_OP_REG) return M_TYPE;
        if (!reg_ok(s->rc, o->reg)) return reg_mismatch(s->rc, o->reg);
        return M_OK;
    case X64K_FIXREG:
        if (o->kind != X64_OP_REG) return M_TYPE;
        if (s->size == 0 && o->reg.cls == X64_RC_GPR32) {} /* "ECX/RCX" */
        else if (o->reg.cls != s->rc) return reg_mismatch(s->rc, o->reg);
        /* another register of the class: GNU's "type" for st(i) in place of
         * st(0) (its own operand type), "size" for the general registers */
        if (o->reg.num != s->num) return reg_family(s->rc) >= 3 ? M_TYPE : M_SIZE;
        return M_OK;
    case X64K_RM:
        if (o->kind == X64_OP_REG) return reg_ok(s->rc, o->reg) ? M_OK : reg_mismatch(s->rc, o->reg);
        if (o->kind != X64_OP_MEM || is_vec_index(o->mem.index)) return M_TYPE;
        if (o->mem.bcst) return match_bcst(f, o);
        return msize_ok(s->msize, o->size) ? M_OK : M_SIZE;
    case X64K_MEM:
        if (o->kind != X64_OP_MEM || is_vec_index(o->mem.index)) return M_TYPE;
        if (o->mem.bcst) return match_bcst(f, o);
        return msize_ok(s->msize, o->size) ? M_OK : M_SIZE;
    case X64K_VSIB: /* a vector index of the form's class, no broadcast */
        if (o->kind != X64_OP_MEM || o->mem.index.cls != s->rc || o->mem.bcst) return M_TYPE;
        return msize_ok(s->msize, o->size) ? M_OK : M_SIZE;
    case X64K_MOFFS:
        if (o->kind != X64_OP_MEM) return M_TYPE;
        if (o->mem.base.cls != X64_RC_NONE || o->mem.index.cls != X64_RC_NONE ||
            o->mem.disp_pcrel)
            return M_TYPE;
        return msize_ok(s->msize, o->size) ? M_OK : M_SIZE;
    case X64K_STRMEM:
        if (o->kind != X64_OP_MEM) return M_TYPE;
        if (!is_addr_reg(o->mem.base) || o->mem.base.num != s->num ||
            o->mem.index.cls != X64_RC_NONE || o->mem.disp != 0 ||
            o->mem.disp_sym || o->mem.disp_pcrel)
            return M_TYPE;
        if (s->seg && o->mem.seg.cls == X64_RC_SEG && o->mem.seg.num != 0)
            return M_TYPE; /* the rdi operand must use es */
        return msize_ok(s->msize, o->size) ? M_OK : M_SIZE;
    case X64K_CONST:
        if (o->kind != X64_OP_IMM) return M_TYPE;
        return (!o->sym && o->imm == s->num) ? M_OK : M_RANGE;
    case X64K_IMM:
        if (o->kind != X64_OP_IMM) return M_TYPE;
        return match_imm(f, s, o);
    case X64K_REL:
        if (o->kind != X64_OP_IMM) return M_TYPE;
        /* relaxable branches: rel8 only when allowed and not symbolic */
        if (s->size == 8 && me->relaxable && (o->sym || (flags & X64_ENC_LONG_BRANCH)))
            return M_RANGE;
        return M_OK;
    }
    return M_TYPE;
}

/* ------------------------------------------------------------------------ */
/* Memory operands.                                                          */

typedef struct memenc {
    uint8_t mod, rm, sib, has_sib;
    uint8_t dsize;   /* 0, 1, 4 */
    int64_t disp;
    uint8_t x, b;    /* REX.X / REX.B */
    uint8_t vx;      /* VSIB index bit 4 (EVEX.V') */
    uint8_t riprel;  /* disp is rip-relative */
    uint8_t pcrel;   /* disp is an absolute target: store target - end */
    uint8_t sym;
    uint8_t seg;     /* segment prefix byte to emit, 0 = none */
    uint8_t segnum;  /* segment register number written, 0xff = none */
    uint8_t swapped; /* base and index were swapped ([rax+rsp]) */
} memenc;

static const uint8_t seg_prefix_byte[6] = {0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65};

/* Address size of a memory operand: 64, 32, or 0 when it uses no register. */
static int mem_asize(const x64_mem *m, int opi, x64_error *err)
{
    int a = 0;
    const x64_reg *r[2] = {&m->base, &m->index};
    for (int i = 0; i < 2; i++) {
        int s;
        switch (r[i]->cls) {
        case X64_RC_NONE: continue;
        case X64_RC_GPR64: s = 64; break;
        case X64_RC_RIP: s = (i == 0) ? 64 : -1; break;
        case X64_RC_GPR32: s = 32; break;
        case X64_RC_EIP: s = (i == 0) ? 32 : -1; break;
        case X64_RC_RIZ: s = (i == 1) ? 64 : -1; break;
        case X64_RC_EIZ: s = (i == 1) ? 32 : -1; break;
        case X64_RC_XMM: case X64_RC_YMM: case X64_RC_ZMM:
            if (i == 1) continue; /* VSIB: the base alone gives the size */
            s = -1;
            break;
        default: s = -1; break;
        }
        if (s < 0) {
            set_err(err, opi, "invalid %s register", i ? "index" : "base");
            return -1;
        }
        if (a && a != s) {
            set_err(err, opi, "base and index registers must have the same size");
            return -1;
        }
        a = s;
    }
    return a;
}

/* n8: the N of EVEX's compressed displacement (disp8*N), 1 otherwise. */
/* mk: X64_MEM_SIB, the form needs a SIB byte (AMX "sibmem"): [rax] is
 * [rax+riz*1]; X64_MEM_MIB (MPX "mib"): no rip, and [rax+rsp] is not
 * swapped into [rsp+rax] (GNU: not a valid base/index expression) */
static int encode_mem(const x64_mem *m0, int asz, int opi, int n8, int mk, memenc *me,
                      x64_error *err)
{
    int sib = mk == X64_MEM_SIB;
    x64_mem m = *m0;
    memset(me, 0, sizeof *me);
    me->segnum = 0xff;
    if (m.index.cls != X64_RC_NONE) {
        if (m.scale != 1 && m.scale != 2 && m.scale != 4 && m.scale != 8) {
            set_err(err, opi, "scale factor must be 1, 2, 4 or 8");
            return X64_E_OPERANDS;
        }
        if (m.base.cls == X64_RC_RIP || m.base.cls == X64_RC_EIP) {
            set_err(err, opi, "rip-relative address cannot have an index");
            return X64_E_OPERANDS;
        }
        if (m.index.num == 4 && is_addr_reg(m.index)) { /* rsp/esp cannot be an index: swap if possible */
            if (m.scale == 1 && !m.scale_explicit && is_addr_reg(m.base) && m.base.num != 4 &&
                mk != X64_MEM_MIB) {
                x64_reg t = m.base;
                m.base = m.index;
                m.index = t;
                me->swapped = 1;
            } else {
                set_err(err, opi, "%s cannot be used as an index register",
                        m.index.cls == X64_RC_GPR64 ? "rsp" : "esp");
                return X64_E_OPERANDS;
            }
        }
    }
    int ss = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2 ? 1 : 0;
    int64_t d = m.disp;
    int force32 = 0;
    me->sym = m.disp_sym;
    me->pcrel = m.disp_pcrel;
    if (me->pcrel && m.base.cls != X64_RC_RIP && m.base.cls != X64_RC_EIP) {
        set_err(err, opi, "pc-relative displacement needs a rip base");
        return X64_E_OPERANDS;
    }
    if (me->sym != 1 && !me->pcrel) { /* a constant, or a late value (disp32 kept) */
        if (asz == 32) {
            /* like immediates: [-2^31, 2^32) wraps to a signed 32-bit value;
             * GNU also takes (-2^32, -2^31), truncated, always as disp32 */
            if (!fits_magnitude(d, 32)) {
                set_err(err, opi, "displacement 0x%llx out of range for 32-bit addressing",
                        (unsigned long long)d);
                return X64_E_RANGE;
            }
            force32 = !fits_either(d, 32);
            d = sext((uint64_t)d, 32);
        } else if (!fits_signed(d, 32)) {
            set_err(err, opi, "0x%llx out of range of signed 32bit displacement",
                    (unsigned long long)d);
            return X64_E_RANGE;
        }
    }
    me->disp = d;
    int def_seg = 3; /* ds */
    if (mk && (m.base.cls == X64_RC_RIP || m.base.cls == X64_RC_EIP)) {
        set_err(err, opi, "a rip-relative address cannot be used here");
        return X64_E_OPERANDS;
    }
    if (m.base.cls == X64_RC_RIP || m.base.cls == X64_RC_EIP) {
        me->mod = 0;
        me->rm = 5;
        me->dsize = 4;
        me->riprel = 1;
    } else if (m.base.cls == X64_RC_NONE) {
        me->mod = 0;
        me->rm = 4;
        me->has_sib = 1;
        if (m.index.cls != X64_RC_NONE) {
            me->sib = (uint8_t)(ss << 6 | (m.index.num & 7) << 3 | 5);
            me->x = (m.index.num >> 3) & 1;
            me->vx = m.index.num >> 4;
        } else
            me->sib = 0x25;
        me->dsize = 4;
    } else {
        uint8_t b = m.base.num;
        me->b = b >> 3;
        if (b == 4 || b == 5) def_seg = 2; /* ss for rsp/rbp (not r12/r13) */
        if (m.index.cls != X64_RC_NONE) {
            me->rm = 4;
            me->has_sib = 1;
            me->sib = (uint8_t)(ss << 6 | (m.index.num & 7) << 3 | (b & 7));
            me->x = (m.index.num >> 3) & 1;
            me->vx = m.index.num >> 4;
        } else if ((b & 7) == 4 || sib) {
            me->rm = 4;
            me->has_sib = 1;
            me->sib = (uint8_t)(4 << 3 | (b & 7));
        } else
            me->rm = b & 7;
        if (me->sym || force32) {
            me->mod = 2;
            me->dsize = 4;
        } else if (d == 0 && (b & 7) != 5) {
            me->mod = 0;
        } else if (n8 == 1 ? fits_signed(d, 8) : d % n8 == 0 && fits_signed(d / n8, 8)) {
            me->mod = 1;
            me->dsize = 1;
            me->disp = d / n8;
        } else {
            me->mod = 2;
            me->dsize = 4;
        }
    }
    if (m.seg.cls == X64_RC_SEG) {
        if (m.seg.num > 5) {
            set_err(err, opi, "bad segment register");
            return X64_E_OPERANDS;
        }
        me->segnum = m.seg.num;
        if (m.seg.num != def_seg) me->seg = seg_prefix_byte[m.seg.num];
    }
    return X64_OK;
}

/* ------------------------------------------------------------------------ */
/* Encoding one form.                                                        */

/* Operand opi's register (what: X64_AT_REG) or memory base / index goes
 * to the 3-bit field at byte `at`, bit `shift`: listed in out->reg_at when
 * it is a general-purpose register. */
static void reg_field(x64_code *out, const x64_insn *in, int opi, int what, int at, int shift)
{
    const x64_operand *o = &in->op[opi];
    x64_reg r = what == X64_AT_BASE ? o->mem.base : what == X64_AT_INDEX ? o->mem.index : o->reg;
    if (r.cls < X64_RC_GPR8 || r.cls > X64_RC_GPR64 || out->nreg_at == X64_AT_NONE)
        return;
    if (out->nreg_at == X64_MAX_REGAT) {
        out->nreg_at = X64_AT_NONE;
        return;
    }
    out->reg_at[out->nreg_at] = (uint8_t)(at << 3 | shift);
    out->reg_src[out->nreg_at++] = (uint8_t)(opi | what);
}

static void put(uint8_t *b, int *n, uint64_t v, int size)
{
    for (int i = 0; i < size; i++) b[(*n)++] = (uint8_t)(v >> (8 * i));
}

static int encode_form(const x64_form *f, const x64_mnem_entry *ment,
                       const x64_insn *in, uint64_t addr, x64_code *out,
                       x64_error *err)
{
    const char *mn = in->mnem;
    unsigned pf = in->prefixes;
    int legacy = f->space == X64S_LEGACY;
    int evex = f->space == X64S_EVEX;
    int has_mem = 0, deco = in->deco;
    for (int i = 0; i < in->nops; i++)
        if (in->op[i].kind == X64_OP_MEM) has_mem = 1;

    /* ---- AVX-512 decorations: EVEX forms only, GNU's messages ---- */
    int aaa = 0, zbit = 0, bbit = 0;
    if (deco) {
        const x64_operand *d = &in->op[0];
        for (int i = 0; i < in->nops; i++) {
            const x64_operand *o = &in->op[i];
            if (o->mem.bcst && (!evex || !bcst_tuple(f) ||
                            (o->mem.bcst > 1 && o->mem.bcst != bcst_count(f)))) {
                set_err(err, i, "unsupported broadcast for `%s'", mn);
                return X64_E_OPERANDS;
            }
            if (i && (o->mask || o->zero)) {
                set_err(err, i, "mask not on destination operand for `%s'", mn);
                return X64_E_OPERANDS;
            }
        }
        if (d->mask == 1) {
            set_err(err, 0, "`k0' can't be used for write mask");
            return X64_E_OPERANDS;
        }
        if (d->zero && !d->mask) {
            set_err(err, 0, "zeroing-masking only allowed with write mask");
            return X64_E_OPERANDS;
        }
        if ((d->mask || d->zero) &&
            (!evex || (f->flags & X64F_NOMASK) ||
             (d->zero && (d->kind == X64_OP_MEM || (d->kind == X64_OP_REG && d->reg.cls == X64_RC_K))))) {
            set_err(err, 0, "unsupported masking for `%s'", mn);
            return X64_E_OPERANDS;
        }
        aaa = d->mask ? d->mask - 1 : 0;
        zbit = d->zero;
        if (in->er) { /* static rounding / SAE: register forms, 512 bits or scalar */
            int last = -1; /* the last operand that is not an immediate */
            for (int i = 0; i < in->nops; i++)
                if (in->op[i].kind != X64_OP_IMM) last = i;
            static const char *const ername[] = {"", "{sae}", "{rn-sae}", "{rd-sae}", "{ru-sae}", "{rz-sae}"};
            /* after the last register, or (GNU) just before a general
             * register source: vcvtsi2sd xmm0, xmm1, {rn-sae}, rax */
            if (in->er_at != last + 1 &&
                !(in->er_alone && in->er_at == last && last >= 0 && in->op[last].kind == X64_OP_REG &&
                  in->op[last].reg.cls >= X64_RC_GPR32 && in->op[last].reg.cls <= X64_RC_GPR64)) {
                set_err(err, -1, "`%s': misplaced `%s'", mn, ername[in->er % 6]);
                return X64_E_OPERANDS;
            }
            if (!evex || has_mem || !(f->flags & (in->er == X64_ER_SAE ? X64F_SAE : X64F_ER)) ||
                (f->vexl != X64V_L2 && f->vexl != X64V_LIG)) {
                set_err(err, -1, "unsupported static rounding/sae for `%s'", mn);
                return X64_E_OPERANDS;
            }
            bbit = 1;
        }
    }
    if ((f->flags & X64F_DISTINCT) && in->op[0].kind == X64_OP_REG) /* vfmaddcph */
        for (int i = 1; i < in->nops; i++)
            if (in->op[i].kind == X64_OP_REG && in->op[i].reg.num == in->op[0].reg.num) {
                set_err(err, 0, "destination and source registers must be distinct for `%s'", mn);
                return X64_E_OPERANDS;
            }
    if (f->flags & X64F_ALLDISTINCT) /* AMX tdpbf16ps */
        for (int i = 0; i < in->nops; i++)
            for (int j = i + 1; j < in->nops; j++)
                if (in->op[i].kind == X64_OP_REG && in->op[j].kind == X64_OP_REG &&
                    in->op[i].reg.num == in->op[j].reg.num) {
                    set_err(err, j, "all tmm registers must be distinct for `%s'", mn);
                    return X64_E_OPERANDS;
                }
    if (f->flags & X64F_KMASK) { /* gathers, scatters: {k1}..{k7}, no {z} */
        if (!aaa) {
            set_err(err, 0, "default mask isn't allowed for `%s'", mn);
            return X64_E_OPERANDS;
        }
        if (zbit) {
            set_err(err, 0, "unsupported masking for `%s'", mn);
            return X64_E_OPERANDS;
        }
    }

    /* ---- prefixes allowed? ---- */
    if ((pf & X64_P_LOCK) && (!(f->flags & X64F_LOCK) || !has_mem)) {
        set_err(err, -1, "expecting lockable instruction after `lock'");
        return X64_E_PREFIX;
    }
    if ((pf & X64_P_REP) && (pf & X64_P_REPNE)) {
        set_err(err, -1, "same type of prefix used twice");
        return X64_E_PREFIX;
    }
    if ((pf & X64_P_REPNE) && legacy && f->mpfx == 0xF3) { /* repnz xsha1 */
        set_err(err, -1, "same type of prefix used twice");
        return X64_E_PREFIX;
    }
    if ((pf & (X64_P_REP | X64_P_REPNE)) && !(f->flags & X64F_REP)) {
        set_err(err, -1, "invalid instruction `%s' after `%s'", mn,
                (pf & X64_P_REP) ? "rep" : "repne");
        return X64_E_PREFIX;
    }
    if (pf & X64_P_BND) {
        if (!(f->flags & X64F_BND)) {
            set_err(err, -1, "expecting valid branch instruction after `bnd'");
            return X64_E_PREFIX;
        }
        if (pf & (X64_P_REP | X64_P_REPNE)) {
            set_err(err, -1, "same type of prefix used twice");
            return X64_E_PREFIX;
        }
    }
    if ((pf & X64_P_NOTRACK) && !(f->flags & X64F_NOTRACK)) {
        set_err(err, -1, "expecting indirect branch instruction after `notrack'");
        return X64_E_PREFIX;
    }
    if ((pf & X64_P_DATA16) && (f->o16 || f->mpfx == 0x66 || !legacy || (f->flags & X64F_MPX))) {
        set_err(err, -1, legacy && !(f->flags & X64F_MPX) ? "same type of prefix used twice"
                                : "data size prefix invalid with `%s'", mn);
        return X64_E_PREFIX;
    }
    if ((pf & X64_P_ADDR32) && f->a32) {
        set_err(err, -1, "same type of prefix used twice");
        return X64_E_PREFIX;
    }
    if ((pf & (X64_P_REX | X64_P_REXW)) && !legacy) {
        set_err(err, -1, "REX prefix invalid with `%s'", mn);
        return X64_E_PREFIX;
    }
    if ((pf & X64_P_REXW) && f->rexw) {
        set_err(err, -1, "same type of prefix used twice");
        return X64_E_PREFIX;
    }
    if (!legacy && (pf & (X64_P_LOCK | X64_P_REP | X64_P_REPNE))) {
        set_err(err, -1, "prefix invalid with `%s'", mn);
        return X64_E_PREFIX;
    }
    if ((f->flags & X64F_NP) && (pf & (X64_P_DATA16 | X64_P_REP | X64_P_REPNE))) {
        set_err(err, -1, "prefix invalid with `%s'", mn);
        return X64_E_PREFIX;
    }

    /* relative branches: cs/ds are branch hints, kept on "hint" rows; GNU
     * skips (with a warning) other segment prefixes and addr32, and makes
     * data16 a 16-bit displacement: all refused here.  loop/jrcxz take
     * addr32 (ecx). */
    for (int i = 0; i < f->nops; i++) {
        if (f->op[i].kind != X64K_REL) continue;
        if ((pf & X64_P_DATA16) ||
            ((pf & X64_P_SEG) && (!(f->flags & X64F_HINT) ||
                                  (in->seg_prefix != 1 && in->seg_prefix != 3))) ||
            ((pf & X64_P_ADDR32) && (ment->relaxable || f->op[i].size != 8))) {
            set_err(err, -1, "prefix invalid with relative branch `%s'", mn);
            return X64_E_PREFIX;
        }
    }

    /* ---- address size ---- */
    int asz = (pf & X64_P_ADDR32) ? 32 : 0;
    for (int i = 0; i < in->nops; i++) {
        if (in->op[i].kind != X64_OP_MEM) continue;
        int a = mem_asize(&in->op[i].mem, i, err);
        if (a < 0) return X64_E_OPERANDS;
        if (a && asz && a != asz) {
            set_err(err, i, (pf & X64_P_ADDR32) ? "64-bit address register with addr32"
                                                : "address sizes of the operands differ");
            return X64_E_OPERANDS;
        }
        if (a) asz = a;
    }
    if (f->flags & X64F_ASREG) { /* movdir64b eax, ds:0x10 is 67 ... */
        int ra = f->op[0].size;
        if (asz && asz != ra) {
            set_err(err, 0, "invalid register operand size for `%s'", mn);
            return X64_E_OPERANDS;
        }
        /* an absolute address still has to be a 64-bit mode disp32 */
        for (int i = 0; !asz && i < in->nops; i++)
            if (in->op[i].kind == X64_OP_MEM &&
                (in->op[i].mem.disp < INT32_MIN || in->op[i].mem.disp > INT32_MAX)) {
                set_err(err, i, "operand type mismatch for `%s'", mn);
                return X64_E_OPERANDS;
            }
        asz = ra;
    }
    if ((f->flags & X64F_MPX) && ((pf & X64_P_ADDR32) || asz == 32)) {
        int mi = -1;
        for (int i = 0; i < in->nops && !(pf & X64_P_ADDR32); i++)
            if (in->op[i].kind == X64_OP_MEM) mi = i;
        set_err(err, mi, "32-bit address isn't allowed in 64-bit MPX instructions");
        return X64_E_OPERANDS;
    }
    if (!asz) asz = 64;

    /* ---- operands ---- */
    int rex_w = legacy ? (f->rexw == 1 || (pf & X64_P_REXW)) : 0;
    int rex_r = 0, rex_x = 0, rex_b = 0, need_rex = 0, gpr8h = -1;
    int regf = (f->modrm == X64R_DIGIT) ? f->digit : 0;
    int rm_reg = -1;        /* ModRM.rm register (mod 3) */
    int mem_i = -1;         /* operand in ModRM.rm memory */
    memenc me;
    int vvvv = 0, opc_reg = 0, is4 = 0, evex_rr = 0, evex_vv = 0;
    int reg_i = -1, rm_i = -1, opc_i = -1, odd_reg = 0; /* register operands' places */
    int seg_written = -1;   /* segment register written on a memory operand */
    uint8_t seg_emit = 0;   /* its prefix byte when it is not the default */
    int moffs_i = -1;
    memset(&me, 0, sizeof me);

    for (int i = 0; i < f->nops; i++) {
        const x64_opspec *s = &f->op[i];
        const x64_operand *o = &in->op[i];
        if (o->kind == X64_OP_REG) {
            if (o->reg.cls == X64_RC_GPR8H && (s->loc & (X64L_REG | X64L_RM | X64L_OPC)))
                gpr8h = i;
            if (o->reg.cls == X64_RC_GPR8 && o->reg.num >= 4 && o->reg.num <= 7 &&
                (s->loc & (X64L_REG | X64L_RM | X64L_OPC)))
                need_rex = 1;
            if (o->reg.num > 15 && !evex) {
                set_err(err, i, "register not encodable without EVEX");
                return X64_E_OPERANDS;
            }
        }
        if (s->loc & X64L_REG) {
            regf = o->reg.num & 7;
            rex_r = (o->reg.num >> 3) & 1;
            evex_rr = o->reg.num >> 4;
            reg_i = i;
        }
        if (s->loc & X64L_RM) {
            if (o->kind == X64_OP_REG) {
                rm_reg = o->reg.num & 7;
                rex_b = (o->reg.num >> 3) & 1;
                rex_x = o->reg.num >> 4; /* EVEX: X extends a register rm */
                rm_i = i;
            } else {
                /* disp8*N: N is the memory operand's size, or the
                 * element's with a broadcast (W: 4 or 8 bytes) */
                int n8 = 1;
                if (evex) {
                    n8 = s->msize && s->msize != X64_MSIZE_NONE ? s->msize / 8 : 1;
                    if (f->tuple == X64T_T1S && s->msize >= 128) /* vpcompressd: the element */
                        n8 = (f->flags & X64F_EBW ? 1 : 4) << (f->rexw == X64V_W1);
                    if (o->mem.bcst) {
                        n8 = (int)bcst_elem_bits(f) / 8;
                        bbit = 1;
                    }
                }
                int r = encode_mem(&o->mem, asz, i, n8, s->kind == X64K_MEM ? s->seg : 0, &me, err);
                if (r) return r;
                if (me.vx) { /* VSIB index 16-31: EVEX.V' */
                    if (!evex) {
                        set_err(err, i, "register not encodable without EVEX");
                        return X64_E_OPERANDS;
                    }
                    evex_vv = 1;
                }
                mem_i = i;
                odd_reg |= me.swapped;
                rex_x = me.x;
                rex_b = me.b;
                if (me.segnum != 0xff) {
                    seg_written = me.segnum;
                    seg_emit = me.seg;
                }
            }
        }
        if (s->loc & X64L_VVVV) {
            vvvv = o->reg.num & 15;
            evex_vv = o->reg.num >> 4;
            odd_reg = 1;
        }
        if (s->loc & X64L_OPC) {
            opc_reg = o->reg.num & 7;
            rex_b = o->reg.num >> 3;
            opc_i = i;
        }
        if (s->loc & X64L_IS4) {
            is4 = (o->reg.num & 15) << 4;
            odd_reg = 1;
        }
        if (s->kind == X64K_STRMEM || s->kind == X64K_MOFFS) {
            if (s->kind == X64K_MOFFS) {
                moffs_i = i;
                if (asz == 32 && !o->mem.disp_sym && !fits_either(o->mem.disp, 32)) {
                    set_err(err, i, "address 0x%llx out of range for addr32",
                            (unsigned long long)o->mem.disp);
                    return X64_E_RANGE;
                }
            }
            if (o->mem.seg.cls == X64_RC_SEG) {
                if (o->mem.seg.num > 5) {
                    set_err(err, i, "bad segment register");
                    return X64_E_OPERANDS;
                }
                if (!s->seg) { /* the es:[rdi] operand never takes a prefix */
                    seg_written = o->mem.seg.num;
                    seg_emit = o->mem.seg.num != 3 ? seg_prefix_byte[o->mem.seg.num] : 0;
                }
            }
        }
    }
    if (legacy && (rex_w || rex_r || rex_x || rex_b || need_rex || (pf & X64_P_REX))) {
        if (gpr8h >= 0) {
            set_err(err, gpr8h, "can't encode register '%ch' in an instruction requiring REX prefix",
                    "acdb"[in->op[gpr8h].reg.num & 3]);
            return X64_E_REGMIX;
        }
        need_rex = 1;
    } else
        need_rex = 0;

    /* ---- segment prefix: explicit, then from the memory operand ---- */
    uint8_t segb = 0;
    if (pf & X64_P_SEG) {
        if (in->seg_prefix > 5) {
            set_err(err, -1, "bad segment prefix");
            return X64_E_PREFIX;
        }
        /* a written segment that is the default one is dropped anyway */
        if (seg_emit && seg_written != in->seg_prefix) {
            set_err(err, -1, "same type of prefix used twice");
            return X64_E_PREFIX;
        }
        segb = seg_prefix_byte[in->seg_prefix];
    } else
        segb = seg_emit;
    if (pf & X64_P_NOTRACK) {
        if (segb) {
            set_err(err, -1, "same type of prefix used twice");
            return X64_E_PREFIX;
        }
        segb = 0x3E;
    }

    /* ---- bytes ---- */
    uint8_t b[32];
    int n = 0;
    if (f->fwait) b[n++] = 0x9B; /* fstcw = fwait; fnstcw: before any prefix */
    /* a row's a32 is part of the opcode of jecxz (a branch): GNU puts it
     * before a segment; on the others (monitor eax, umonitor edi, vmrun
     * eax...) it is the address size, after the segment as usual */
    int a32first = 0;
    for (int i = 0; f->a32 && i < f->nops; i++)
        if (f->op[i].kind == X64K_REL) a32first = 1;
    if (a32first) b[n++] = 0x67;
    if (segb) b[n++] = segb;
    if (!a32first && (f->a32 || (pf & X64_P_ADDR32) || asz == 32)) b[n++] = 0x67;
    if (legacy) {
        if (f->o16 || (pf & X64_P_DATA16) || f->mpfx == 0x66) b[n++] = 0x66;
        if (f->mpfx == 0xF2 || f->mpfx == 0xF3) b[n++] = f->mpfx;
        if ((pf & X64_P_REP) && f->mpfx != 0xF3) b[n++] = 0xF3; /* repz xsha1: one F3 */
        if (pf & (X64_P_REPNE | X64_P_BND)) b[n++] = 0xF2;
        if (pf & X64_P_LOCK) b[n++] = 0xF0;
        if (need_rex)
            b[n++] = (uint8_t)(0x40 | rex_w << 3 | rex_r << 2 | rex_x << 1 | rex_b);
        if (f->map >= X64M_0F) b[n++] = 0x0F;
        if (f->map == X64M_0F38) b[n++] = 0x38;
        if (f->map == X64M_0F3A) b[n++] = 0x3A;
    } else {
        int pp = f->mpfx == 0x66 ? 1 : f->mpfx == 0xF3 ? 2 : f->mpfx == 0xF2 ? 3 : 0;
        int w = f->rexw == X64V_W1;
        int l = f->vexl == X64V_L1;
        int vv = (~vvvv) & 15;
        if (evex) {
            int ll = f->vexl == X64V_L2 ? 2 : l;
            if (in->er) /* L'L holds the rounding mode (SAE: 00, GNU's -mevexrcig=rne) */
                ll = in->er == X64_ER_SAE ? 0 : in->er - X64_ER_RN;
            b[n++] = 0x62;
            b[n++] = (uint8_t)((!rex_r) << 7 | (!rex_x) << 6 | (!rex_b) << 5 | (!evex_rr) << 4 | f->map);
            b[n++] = (uint8_t)(w << 7 | vv << 3 | 1 << 2 | pp);
            b[n++] = (uint8_t)(zbit << 7 | ll << 5 | bbit << 4 | (!evex_vv) << 3 | aaa);
        } else if (f->map == X64M_0F && !w && !rex_x && !rex_b && !(pf & X64_P_VEX3) &&
                   f->space == X64S_VEX) {
            b[n++] = 0xC5;
            b[n++] = (uint8_t)((!rex_r) << 7 | vv << 3 | l << 2 | pp);
        } else {
            b[n++] = f->space == X64S_XOP ? 0x8F : 0xC4; /* XOP: the C4 layout, maps 8-A */
            b[n++] = (uint8_t)((!rex_r) << 7 | (!rex_x) << 6 | (!rex_b) << 5 | f->map);
            b[n++] = (uint8_t)(w << 7 | vv << 3 | l << 2 | pp);
        }
    }
    int opc_at = -1;
    for (int i = 0; i < f->nopc; i++) {
        uint8_t c = f->opc[i];
        if (i == f->nopc - 1) {
            if (f->add == X64A_REG) {
                c = (uint8_t)(c + opc_reg);
                opc_at = n;
            } else if (f->add == X64A_CC) c = (uint8_t)(c + f->cc);
        }
        b[n++] = c;
    }
    if ((f->flags & X64F_NO90) && b[n - 1] == 0x90 && !rex_b)
        return E_SKIP;

    memset(out, 0, sizeof *out);
    if (opc_i >= 0 && opc_at >= 0) reg_field(out, in, opc_i, X64_AT_REG, opc_at, 0);
    int rel_fix = -1, rel_size = 0, disp_fix = -1;
    if (f->modrm != X64R_NONE) {
        if (reg_i >= 0) reg_field(out, in, reg_i, X64_AT_REG, n, 3);
        if (mem_i >= 0) {
            if (me.has_sib) {
                reg_field(out, in, mem_i, X64_AT_BASE, n + 1, 0);
                reg_field(out, in, mem_i, X64_AT_INDEX, n + 1, 3);
            } else if (!me.riprel) {
                reg_field(out, in, mem_i, X64_AT_BASE, n, 0);
            }
            b[n++] = (uint8_t)(me.mod << 6 | regf << 3 | me.rm);
            if (me.has_sib) b[n++] = me.sib;
            if (me.dsize) {
                if (me.riprel) {
                    out->rel_off = (uint8_t)n;
                    out->rel_size = me.dsize;
                    if (me.pcrel) disp_fix = n;
                } else {
                    out->disp_off = (uint8_t)n;
                    out->disp_size = me.dsize;
                }
                put(b, &n, (uint64_t)me.disp, me.dsize);
            }
        } else {
            if (rm_i >= 0) reg_field(out, in, rm_i, X64_AT_REG, n, 0);
            b[n++] = (uint8_t)(3 << 6 | regf << 3 | (rm_reg < 0 ? 0 : rm_reg));
        }
    }
    if (odd_reg) out->nreg_at = X64_AT_NONE;
    int k = 0, nimm = 0;
    for (int i = 0; i < f->nops; i++) {
        const x64_opspec *s = &f->op[i];
        const x64_operand *o = &in->op[i];
        if (s->kind == X64K_IMM && (f->flags & X64F_IS5)) {
            continue; /* imm4: in the /is5 byte */
        } else if (s->kind == X64K_IMM) {
            int sz = f->immsz[k++];
            if (o->sym == X64_SYM_LATE && !late_imm_fits(f, s, o->imm, (unsigned)sz)) {
                set_err(err, i, "value 0x%llx too large for the %d-byte field of `%s'",
                        (unsigned long long)o->imm, sz, in->mnem);
                return X64_E_RANGE;
            }
            if (nimm == 0) {
                out->imm_off = (uint8_t)n;
                out->imm_size = (uint8_t)sz;
            } else {
                out->imm2_off = (uint8_t)n;
                out->imm2_size = (uint8_t)sz;
            }
            nimm++;
            put(b, &n, (uint64_t)o->imm, sz);
        } else if (s->kind == X64K_REL) {
            rel_size = f->immsz[k++];
            rel_fix = n;
            out->rel_off = (uint8_t)n;
            out->rel_size = (uint8_t)rel_size;
            n += rel_size;
        } else if (i == moffs_i) {
            int sz = asz == 32 ? 4 : 8;
            out->disp_off = (uint8_t)n;
            out->disp_size = (uint8_t)sz;
            put(b, &n, (uint64_t)o->mem.disp, sz);
        } else if (s->loc & X64L_IS4) {
            int lo = 0;
            for (int j = 0; j < f->nops && (f->flags & X64F_IS5); j++)
                if (f->op[j].kind == X64K_IMM) lo = (int)(in->op[j].imm & 15);
            b[n++] = (uint8_t)(is4 | lo);
            k++;
        }
    }
    if (f->has_fimm) b[n++] = f->fimm; /* predicate / fixed imm8 byte */
    if (n > X64_MAX_LEN) {
        set_err(err, -1, "instruction longer than 15 bytes");
        return X64_E_RANGE;
    }
    uint64_t end = addr + (uint64_t)n;
    if (rel_fix >= 0) {
        int ti = -1;
        for (int i = 0; i < f->nops; i++)
            if (f->op[i].kind == X64K_REL) ti = i;
        const x64_operand *o = &in->op[ti];
        int64_t rel = (int64_t)((uint64_t)o->imm - end);
        if (!o->sym && !fits_signed(rel, (unsigned)rel_size * 8)) {
            set_err(err, ti, "branch target out of range (%d-bit displacement)", rel_size * 8);
            return X64_E_RANGE;
        }
        int p = rel_fix;
        put(b, &p, (uint64_t)rel, rel_size);
    }
    if (disp_fix >= 0) {
        const x64_operand *o = &in->op[mem_i];
        int64_t rel = (int64_t)((uint64_t)o->mem.disp - end);
        if (!o->mem.disp_sym && !fits_signed(rel, 32)) {
            set_err(err, mem_i, "rip-relative target out of range");
            return X64_E_RANGE;
        }
        int p = disp_fix;
        put(b, &p, (uint64_t)rel, 4);
    }
    out->len = (uint8_t)n;
    memcpy(out->bytes, b, (size_t)n);
    return X64_OK;
}

/* May form f be used with the pseudo-prefixes in pf?  {vex}/{vex3}: VEX
 * (and XOP) forms only; {evex}: EVEX forms only; "pvex" forms need {vex}. */
static int pseudo_ok(const x64_form *f, unsigned pf)
{
    if (pf & (X64_P_VEX | X64_P_VEX3)) /* XOP is VEX-like for GNU */
        return f->space == X64S_VEX || f->space == X64S_XOP;
    if (pf & X64_P_EVEX)
        return f->space == X64S_EVEX;
    return !(f->flags & X64F_PVEX);
}

/* ------------------------------------------------------------------------ */

static uint16_t spec_msize(const x64_opspec *s)
{
    switch (s->kind) {
    case X64K_RM:
    case X64K_MEM:
    case X64K_MOFFS:
    case X64K_STRMEM:
    case X64K_VSIB:
        return s->msize;
    default:
        return 0;
    }
}

/* The forms of mnemonic `me` that can accept the kinds of operand of `in`
 * (same count; each operand's kind and register class in the position's
 * x64_form_accept mask), in table order.  Memoised per thread by
 * (mnemonic, operand kinds): the masks never change after x64_init. */
#define SHAPE_SLOTS 512
#define SHAPE_MAXC 15
typedef struct shape_ent {
    uint64_t key; /* 0 = empty */
    uint16_t n;
    uint16_t cand[SHAPE_MAXC];
} shape_ent;
static _Thread_local shape_ent shape_cache[SHAPE_SLOTS]; /* 20 KiB */

static const uint16_t *candidates(const x64_insn *in, const x64_form *forms,
                                  const x64_mnem_entry *me, size_t nf, uint16_t *buf, size_t *n)
{
    const x64_accept *acc = x64_form_accept() + me->first;
    uint32_t ibit[X64_MAX_OPS];
    /* 5 bits per operand (bits 0..24), the count, a marker, the mnemonic */
    uint64_t key = (uint64_t)me->first << 29 | (uint64_t)in->nops << 25 | 1u << 28;
    for (int j = 0; j < in->nops; j++) {
        const x64_operand *o = &in->op[j];
        unsigned code = o->kind == X64_OP_REG ? o->reg.cls
                      : o->kind == X64_OP_MEM ? 30 : o->kind == X64_OP_IMM ? 31 : 32;
        if (code >= 30 && o->kind == X64_OP_REG)
            key = 0; /* not a class the masks know: no memo */
        ibit[j] = code < 32 ? 1u << code : 0;
        key |= (uint64_t)(code & 31) << (5 * j);
        if (code == 32)
            key = 0;
    }
    shape_ent *e = NULL;
    if (key) {
        uint64_t h = key * 0x9E3779B97F4A7C15ull;
        e = &shape_cache[h >> 40 & (SHAPE_SLOTS - 1)];
        if (e->key == key) {
            *n = e->n;
            return e->cand;
        }
    }
    size_t c = 0;
    for (size_t i = 0; i < nf; i++) {
        if (forms[i].nops != in->nops)
            continue;
        int j = 0;
        while (j < in->nops && (acc[i][j] & ibit[j]))
            j++;
        if (j == in->nops)
            buf[c++] = (uint16_t)i;
    }
    *n = c;
    if (e && c <= SHAPE_MAXC) {
        e->key = key;
        e->n = (uint16_t)c;
        memcpy(e->cand, buf, c * sizeof *buf);
    }
    return buf;
}

int x64_encode(const x64_insn *in, uint64_t addr, unsigned flags,
               x64_code *out, x64_error *err)
{
    size_t nf;
    const x64_mnem_entry *me;
    const x64_form *forms = x64_lookup(in->mnem, &nf, &me);
    if (err) {
        err->op = -1;
        err->msg[0] = 0;
    }
    memset(out, 0, sizeof *out);
    if (!forms) {
        set_err(err, -1, "no such instruction: `%s'", in->mnem);
        return X64_E_MNEMONIC;
    }
    if (in->nops > X64_MAX_OPS) {
        set_err(err, -1, "too many operands for `%s'", in->mnem);
        return X64_E_OPERANDS;
    }

    /* 1. operand matching.  First pass: only the candidates, the forms whose
     * operand positions can accept these kinds of operand (x64_form_accept;
     * the others would fail on type or size, and only matching forms count
     * below), remembered per (mnemonic, operand kinds) in a small per-thread
     * cache.  When none matches, a second pass over every form finds the
     * operand and the kind of the mismatch for the message. */
    uint8_t res[512];
    uint16_t all[512];
    const uint16_t *idx;
    size_t ni;
    int any_count = 0, best_fail = -1, fail_op = 0, fail_kind = M_TYPE;
    int nmatch = 0;
    if (nf > sizeof res) nf = sizeof res;
    for (int filter = 1; filter >= 0; filter--) {
    if (filter) {
        idx = candidates(in, forms, me, nf, all, &ni);
    } else {
        for (size_t i = 0; i < nf; i++)
            all[i] = (uint16_t)i;
        idx = all;
        ni = nf;
    }
    for (size_t k = 0; k < ni; k++) {
        size_t i = idx[k];
        const x64_form *f = &forms[i];
        res[i] = M_TYPE;
        if (f->nops != in->nops) continue;
        any_count = 1;
        int worst = M_OK, j;
        for (j = 0; j < f->nops; j++) {
            int r = match_operand(f, me, &f->op[j], &in->op[j], flags);
            if (r == M_SIZE || r == M_TYPE) {
                if (j > best_fail || (j == best_fail && r < fail_kind)) {
                    best_fail = j;
                    fail_op = j;
                    fail_kind = r;
                }
                worst = r;
                break;
            }
            if (r > worst) worst = r;
        }
        res[i] = (uint8_t)worst;
        if (worst == M_OK || worst == M_RANGE) nmatch++;
    }
    if (nmatch)
        break;
    }
    if (!any_count) {
        set_err(err, -1, "number of operands mismatch for `%s'", in->mnem);
        return X64_E_OPERANDS;
    }
    if (!nmatch) {
        const x64_operand *fo = &in->op[fail_op];
        if (fo->kind == X64_OP_MEM && fo->mem.bcst > 1 && !fo->size) { /* {1toN}: the count */
            set_err(err, fail_op, "unsupported broadcast for `%s'", in->mnem);
            return X64_E_OPERANDS;
        }
        if (fail_kind == M_TYPE && fo->kind == X64_OP_MEM && is_vec_index(fo->mem.index)) {
            int vsib = 0; /* GNU's words for a vector index */
            for (size_t i = 0; i < nf; i++)
                for (int j = 0; j < forms[i].nops; j++)
                    vsib |= forms[i].op[j].kind == X64K_VSIB;
            set_err(err, fail_op, vsib ? "invalid VSIB address for `%s'"
                                       : "unsupported vector index register for `%s'", in->mnem);
            return X64_E_OPERANDS;
        }
        set_err(err, fail_op, "operand %s mismatch for `%s'",
                fail_kind == M_SIZE ? "size" : "type", in->mnem);
        return X64_E_OPERANDS;
    }

    /* 2. a memory operand without a size must not leave a choice of sizes */
    for (int j = 0; j < in->nops; j++) {
        if (in->op[j].kind == X64_OP_MEM && in->op[j].mem.bcst == 1) {
            /* `QWORD BCST [rax]` without {1toN} where the registers leave
             * the vector length open (vcvtpd2dq xmm1): GNU warns and takes
             * the longer form, an error here */
            unsigned cnt = 0;
            for (size_t k = 0; k < ni; k++) {
                const x64_form *f = &forms[idx[k]];
                if ((res[idx[k]] != M_OK && res[idx[k]] != M_RANGE) || f->space != X64S_EVEX ||
                    !bcst_tuple(f))
                    continue;
                if (cnt && cnt != bcst_count(f)) {
                    set_err(err, j, "ambiguous broadcast for `%s'", in->mnem);
                    return X64_E_OPERANDS;
                }
                cnt = bcst_count(f);
            }
        }
        if (in->op[j].kind != X64_OP_MEM || in->op[j].size != 0 || in->op[j].mem.bcst) continue;
        uint16_t seen = 0;
        int ambiguous = 0, d64 = 0;
        for (size_t k = 0; k < ni; k++) {
            size_t i = idx[k];
            if (res[i] != M_OK && res[i] != M_RANGE) continue;
            uint16_t s = spec_msize(&forms[i].op[j]);
            if (!s) continue;
            if (seen && s != seen) ambiguous = 1;
            seen = s;
            if ((forms[i].flags & X64F_D64) && s == 64) d64 = 1;
        }
        if (!ambiguous) continue;
        if (!d64) {
            set_err(err, j, "ambiguous operand size for `%s'", in->mnem);
            return X64_E_OPERANDS;
        }
        for (size_t k = 0; k < ni; k++) { /* default operand size 64 */
            size_t i = idx[k];
            if ((res[i] == M_OK || res[i] == M_RANGE) && spec_msize(&forms[i].op[j]) != 64 &&
                spec_msize(&forms[i].op[j]) != 0)
                res[i] = M_SIZE;
        }
    }

    /* 3. encode every matching form, keep the shortest (first on ties) */
    x64_code tmp;
    x64_error e2;
    int best = -1, err_rc = 0, any_range = 0, excluded = 0;
    x64_error saved;
    saved.op = -1;
    saved.msg[0] = 0;
    for (size_t k = 0; k < ni; k++) {
        size_t i = idx[k];
        if (res[i] == M_RANGE) {
            any_range = 1;
            continue;
        }
        if (res[i] != M_OK) continue;
        if (!pseudo_ok(&forms[i], in->prefixes)) {
            excluded = 1;
            continue;
        }
        int rc = encode_form(&forms[i], me, in, addr, &tmp, &e2);
        if (rc == E_SKIP) continue;
        if (rc != X64_OK) {
            /* keep the most specific error: prefix > regmix > operands > range */
            int pri = rc == X64_E_PREFIX ? 4 : rc == X64_E_REGMIX ? 3 : rc == X64_E_OPERANDS ? 2 : 1;
            int opri = err_rc == X64_E_PREFIX ? 4 : err_rc == X64_E_REGMIX ? 3
                     : err_rc == X64_E_OPERANDS ? 2 : err_rc ? 1 : 0;
            if (pri > opri) {
                err_rc = rc;
                saved = e2;
            }
            continue;
        }
        /* EVEX only when nothing else encodes it (GNU keeps VEX even
         * where EVEX's disp8*N would be shorter) */
        int ev = forms[i].space == X64S_EVEX;
        int bev = best >= 0 && forms[best].space == X64S_EVEX;
        if (best < 0 || (bev && !ev) || (bev == ev && tmp.len < out->len)) {
            best = (int)i;
            *out = tmp;
        }
    }
    if (best >= 0) return X64_OK;
    if (err_rc) {
        if (err) *err = saved;
        return err_rc;
    }
    if (excluded) { /* GNU's words for a pseudo-prefix no form fits */
        set_err(err, -1, "unsupported instruction `%s'", in->mnem);
        return X64_E_OPERANDS;
    }
    if (any_range) {
        for (int j = 0; j < in->nops; j++) {
            const x64_operand *o = &in->op[j];
            if (o->kind == X64_OP_IMM) {
                set_err(err, j, "%s0x%llx out of range for `%s'",
                        o->imm < 0 ? "-" : "",
                        (unsigned long long)(o->imm < 0 ? -(uint64_t)o->imm : (uint64_t)o->imm),
                        in->mnem);
                break;
            }
        }
        return X64_E_RANGE;
    }
    set_err(err, fail_op, "operand type mismatch for `%s'", in->mnem);
    return X64_E_OPERANDS;
}
