/* Build-time variants of instructions with run-time operands; see
 * x64_variants.h for the idea.  Target-specific only in that it calls the
 * x86-64 encoder: the classes and the bit-diffing are generic. */
#include "x64/x64_variants.h"
#include "runtime/actions.h"

#include <string.h>

/* Representatives: the far end of each class, away from special values
 * such as `shl r, 1` or `int 3` that GNU encodes in a shorter form. */
static const int64_t vrep[JAS_C_NVALUE] = {
    0, 0x7f, -0x80, 0xff, 0x7fff, -0x8000, 0xffff, 0x7fffffff, -0x7fffffffLL - 1,
    0xffffffffLL, INT64_MAX, INT64_MIN, 1};
/* Second members, to check that a class really encodes alike. */
static const int64_t vrep2[JAS_C_NVALUE] = {
    0, 2, -2, 0x81, 0x101, -0x82, 0x8001, 0x10001, -0x8002, 0x80000001LL,
    0x100000001LL, -0x80000002LL, 1};
static const uint8_t rrep[JAS_R_NCLASS] = {0, 1, 2, 4, 5, 6, 8, 12, 13, 14, 16};
static const uint8_t rvary[JAS_R_NCLASS] = {0, 0, 1, 0, 0, 1, 3, 0, 0, 1, 15}; /* bits that vary */

/* The value standing for class c of a value argument (second: another
 * member).  An AVX-512 displacement (JAS_N_SCALED, actions.h) is classified
 * by its quotient by N when that fits 8 bits: such a class stands for the
 * representative times N; the other classes stand for values the 8-bit
 * form cannot take (made odd where the representative is a multiple of N
 * that would fit). */
static int64_t value_rep(unsigned norm, unsigned c, int second)
{
    int64_t r = second ? vrep2[c % JAS_C_NVALUE] : vrep[c % JAS_C_NVALUE];
    if ((norm & ~7u) != JAS_N_SCALED || c >= JAS_C_NVALUE) /* plain, or the plain classes of a scaled one */
        return r;
    int64_t n = (int64_t)1 << (norm & 7);
    if (c == JAS_C_ZERO || c == JAS_C_ONE || c == JAS_C_P8 || c == JAS_C_N8)
        return r * n;
    if (r % n == 0 && r / n >= -128 && r / n <= 127)
        r ^= 1;
    return r;
}

/* Classes a value of `norm` bytes can be in after sign-extension. */
static unsigned value_classes(unsigned norm)
{
    switch (norm) {
    case 1: return 1u << JAS_C_ZERO | 1u << JAS_C_ONE | 1u << JAS_C_P8 | 1u << JAS_C_N8;
    case 2: return value_classes(1) | 1u << JAS_C_U8 | 1u << JAS_C_P16 | 1u << JAS_C_N16;
    case 4: return value_classes(2) | 1u << JAS_C_U16 | 1u << JAS_C_P32 | 1u << JAS_C_N32;
    default: return (1u << JAS_C_NVALUE) - 1;
    }
}
/* Classes whose values fit a signed field of `size` bytes. */
static unsigned signed_classes(unsigned size) { return size >= 8 ? value_classes(8) : value_classes(size); }


static void set_arg(x64_insn *in, const x64_rtarg *a, int64_t v)
{
    x64_operand *o = &in->op[a->opidx];
    switch (a->where) {
    case X64_RT_IMM:
    case X64_RT_IMM2: o->imm = v; break;
    case X64_RT_DISP: o->mem.disp = v; break;
    case X64_RT_REG: o->reg.num = (uint8_t)v; break;
    case X64_RT_BASE: o->mem.base.num = (uint8_t)v; break;
    case X64_RT_INDEX: o->mem.index.num = (uint8_t)v; break;
    }
}

/* The same C expression may stand in several places ([reg64{s}+reg64{s}]):
 * such places share one argument.  uarg[k] = the first place of argument k. */
typedef struct args {
    const x64_rtarg *ra;
    int nra, nu;
    int uarg[8];   /* unique argument -> index in ra */
    int which[8];  /* place -> unique argument */
    uint8_t wide[8]; /* unique argument: a vector register wherever it
                      * stands, so 16..31 (EVEX) are registers too */
    uint8_t coarse;  /* wide arguments in the three coarse classes */
} args;

/* A vector register has none of the special cases of a general one (rax's
 * short forms, rsp/r12 and rbp/r13 as bases): 0..7, 8..15 (VEX.R/B/X or
 * REX) and 16..31 (EVEX only) are tried as three classes, each standing
 * for the runtime's classes in coarse_mask; 11 instead of 10 or 11
 * encodings per argument.  Should a register of a coarse class not
 * encode like its representative (its bits are checked to land as fixes),
 * the generator starts over with the runtime's classes. */
static const uint8_t coarse_rep[3] = {0, 8, 16}, coarse_vary[3] = {7, 7, 15};
static const unsigned coarse_mask[3] = {0x3f, 0x3c0, 0x400};

/* Classes of unique argument u: a general register has no 16..31 (the
 * encoder is never asked for one; at run time no variant takes it). */
static int nclasses(const args *A, int u)
{
    unsigned norm = A->ra[A->uarg[u]].norm;
    if ((norm & ~7u) == JAS_N_SCALED) /* scaled classes, then plain ones (a VEX form) */
        return 2 * JAS_C_NVALUE;
    if (norm != JAS_N_REG)
        return JAS_C_NVALUE;
    if (A->wide[u])
        return A->coarse ? 3 : JAS_R_NCLASS;
    return JAS_R_16_31;
}
/* Representative register and bits that vary of register argument u's class c. */
static unsigned reg_vary(const args *A, int u, unsigned c)
{
    return A->wide[u] && A->coarse ? coarse_vary[c] : rvary[c];
}
static unsigned reg_rep(const args *A, int u, unsigned c)
{
    return A->wide[u] && A->coarse ? coarse_rep[c] : rrep[c];
}
/* The runtime's classes (a VAR mask) for classes m of argument u. */
static unsigned real_mask(const args *A, int u, unsigned m)
{
    if ((A->ra[A->uarg[u]].norm & ~7u) == JAS_N_SCALED) { /* one kind per variant */
        unsigned all = (1u << JAS_C_NVALUE) - 1;
        return (m & all) | ((m >> JAS_C_NVALUE) & all) | (m >> JAS_C_NVALUE ? JAS_M_PLAIN : 0);
    }
    if (!(A->wide[u] && A->coarse))
        return m;
    unsigned r = 0;
    for (int c = 0; c < 3; c++)
        if ((m >> c) & 1)
            r |= coarse_mask[c];
    return r;
}

/* Is place a (a register argument) a vector register? */
static int vector_place(const x64_insn *proto, const x64_rtarg *a)
{
    const x64_operand *o = &proto->op[a->opidx];
    unsigned cls = a->where == X64_RT_REG ? o->reg.cls : a->where == X64_RT_INDEX ? o->mem.index.cls : 0;
    return cls == X64_RC_XMM || cls == X64_RC_YMM || cls == X64_RC_ZMM;
}

static void set_all(x64_insn *in, const args *A, int u, int64_t v)
{
    for (int i = 0; i < A->nra; i++)
        if (A->which[i] == u)
            set_arg(in, &A->ra[i], v);
}

/* One encoded class combination, bytes normalised (fields zeroed). */
typedef struct combo {
    uint8_t len, nfix;
    uint8_t bytes[X64_MAX_LEN];
    uint8_t fixes[3 * 32];
    uint8_t cls[8];
    int group;
} combo;

static void field_of(const x64_code *c, const x64_rtarg *a, uint8_t *off, uint8_t *size)
{
    switch (a->where) {
    case X64_RT_IMM: *off = c->imm_off; *size = c->imm_size; break;
    case X64_RT_IMM2: *off = c->imm2_off; *size = c->imm2_size; break;
    default: /* a rip-relative displacement is reported as the rel field */
        *off = c->disp_size ? c->disp_off : c->rel_off;
        *size = c->disp_size ? c->disp_size : c->rel_size;
        break;
    }
}

/* Zero every value field of c's bytes into out. */
static void zero_fields(const x64_code *c, const args *A, uint8_t *out)
{
    memcpy(out, c->bytes, c->len);
    for (int i = 0; i < A->nra; i++) {
        uint8_t o, sz;
        if (A->ra[i].norm == JAS_N_REG)
            continue;
        field_of(c, &A->ra[i], &o, &sz);
        if (sz)
            memset(out + o, 0, sz);
    }
}

/* An EVEX encoding: 62 after the legacy prefixes an EVEX form may have. */
int x64_is_evex(const x64_code *c)
{
    int k = 0;
    while (k < c->len && (c->bytes[k] == 0x67 || c->bytes[k] == 0x64 || c->bytes[k] == 0x65 ||
                          c->bytes[k] == 0x2e || c->bytes[k] == 0x3e || c->bytes[k] == 0x26 ||
                          c->bytes[k] == 0x36))
        k++;
    return k < c->len && c->bytes[k] == 0x62;
}

static int add_fix(combo *out, unsigned off, unsigned kind, unsigned arg)
{
    if (out->nfix >= sizeof out->fixes / 3)
        return -1;
    uint8_t *f = &out->fixes[3 * out->nfix++];
    f[0] = (uint8_t)off;
    f[1] = (uint8_t)kind;
    f[2] = (uint8_t)arg;
    return 0;
}

static int verify_regs(const x64_insn *in, const args *A, unsigned fl, const uint8_t *cls,
                       const combo *out);

/* Encode one combination; 0 = ok, 1 = this combination has no encoding,
 * -1 = a class does not encode uniformly (reported as an error).
 * relaxed: a register bit may land in more places than the register is
 * written (`imul rax, 5` is `imul rax, rax, 5`: ModRM.reg and rm); the
 * result is then checked against every register of the class. */
/* Same length and every value field in the same place? */
static int same_layout(const args *A, const x64_code *a, const x64_code *b)
{
    if (a->len != b->len)
        return 0;
    for (int i = 0; i < A->nra; i++) {
        uint8_t o1, s1, o2, s2;
        if (A->ra[i].norm == JAS_N_REG)
            continue;
        field_of(a, &A->ra[i], &o1, &s1);
        field_of(b, &A->ra[i], &o2, &s2);
        if (o1 != o2 || s1 != s2)
            return 0;
    }
    return 1;
}

/* The bits in which two encodings of one layout differ outside the value
 * fields, into diff; returns how many. */
static int reg_diff(const args *A, const x64_code *a, const x64_code *b, uint8_t *diff)
{
    uint8_t za[X64_MAX_LEN], zb[X64_MAX_LEN];
    int bits = 0;
    zero_fields(a, A, za);
    zero_fields(b, A, zb);
    for (int k = 0; k < a->len; k++) {
        diff[k] = (uint8_t)(za[k] ^ zb[k]);
        bits += __builtin_popcount(diff[k]);
    }
    return bits;
}

/* Where bit b of register argument u lands, learnt from another pair of
 * registers (p, p with bit b set) whose encodings keep the layout of c:
 * for a bit that is the same in every register of the class, where a flip
 * of the representative changes the layout (rax -> rsp as a base brings a
 * SIB), but a fix in the same place lets the class share a variant with
 * the others (rax, rdx, rsi as bases).  diff gets the changed bits. */
static int alt_landing(const x64_insn *in, const args *A, unsigned fl, int u, int b,
                       const x64_code *c, int places, uint8_t *diff)
{
    for (unsigned p = 0; p < 16; p++) { /* bits 0..3 (bit 4: VEX or EVEX) */
        if ((p >> b) & 1)
            continue;
        x64_insn i1 = *in, i2 = *in;
        x64_code c1, c2;
        x64_error e;
        set_all(&i1, A, u, p);
        set_all(&i2, A, u, p | 1u << b);
        if (x64_encode(&i1, 0, fl, &c1, &e) != X64_OK || x64_encode(&i2, 0, fl, &c2, &e) != X64_OK ||
            !same_layout(A, c, &c1) || !same_layout(A, c, &c2))
            continue;
        int bits = reg_diff(A, &c1, &c2, diff);
        if (bits && bits <= places)
            return 0;
    }
    return -1;
}

static int encode_combo(const x64_insn *proto, const args *A, unsigned fl, const uint8_t *cls,
                        combo *out, x64_error *err, int relaxed, int alt)
{
    x64_insn in = *proto;
    x64_code c, c2;
    x64_error e;
    int check = relaxed; /* verify_regs at the end */
    for (int u = 0; u < A->nu; u++) {
        const x64_rtarg *a = &A->ra[A->uarg[u]];
        set_all(&in, A, u, a->norm == JAS_N_REG ? reg_rep(A, u, cls[u]) : value_rep(a->norm, cls[u], 0));
    }
    x64_optimize(&in);
    if (x64_encode(&in, 0, fl, &c, &e) != X64_OK) {
        *err = e;
        return 1;
    }
    for (int i = 0; i < A->nra; i++) {
        if (A->ra[i].where != X64_RT_DISP)
            continue;
        if ((A->ra[i].norm & ~7u) != JAS_N_SCALED) {
            if (x64_is_evex(&c))
                goto evex_disp; /* every class: disp8*N is not a size class */
        } else if ((cls[A->which[i]] < JAS_C_NVALUE) != x64_is_evex(&c)) {
            /* scaled classes for EVEX, plain ones for VEX (registers 0..15) */
            snprintf(err->msg, sizeof err->msg, "no encoding");
            err->op = A->ra[i].opidx;
            return 1;
        }
    }
    memset(out, 0, sizeof *out);
    out->len = c.len;
    zero_fields(&c, A, out->bytes);
    for (int i = 0; i < A->nra; i++) { /* value fields */
        uint8_t off, size;
        if (A->ra[i].norm == JAS_N_REG)
            continue;
        field_of(&c, &A->ra[i], &off, &size);
        /* a disp8*N field holds the quotient */
        unsigned kind = size | ((A->ra[i].norm & ~7u) == JAS_N_SCALED && cls[A->which[i]] < JAS_C_NVALUE &&
                                size == 1 ? JAS_K_SCALED : 0);
        if (size && add_fix(out, off, kind, (unsigned)A->which[i]))
            goto nonuniform;
    }
    for (int u = 0; u < A->nu; u++) {
        const x64_rtarg *a = &A->ra[A->uarg[u]];
        if (a->norm == JAS_N_REG) {
            /* Where each bit of the register number goes.  A bit whose flip
             * keeps the layout (same length, only bits change) becomes a fix
             * and is taken out of the bytes, so that classes differing only
             * there merge into one variant; the bits that vary inside the
             * class must behave so. */
            unsigned rep = reg_rep(A, u, cls[u]);
            int places = 0;
            for (int i = 0; i < A->nra; i++)
                places += A->which[i] == u;
            for (int b = 0; b < (A->wide[u] ? 5 : 4); b++) {
                int must = (reg_vary(A, u, cls[u]) >> b) & 1;
                x64_insn in2 = in;
                uint8_t diff[X64_MAX_LEN];
                set_all(&in2, A, u, rep ^ (1u << b));
                /* a register number lands in one bit per place it is used;
                 * more changed bits, or fields that moved, mean the layout
                 * changed (rbp -> rsp brings a SIB): not a fix */
                int ok = x64_encode(&in2, 0, fl, &c2, &e) == X64_OK && same_layout(A, &c, &c2) &&
                         (reg_diff(A, &c, &c2, diff) <= places || relaxed);
                if (!ok && !must && alt && b < 4 && !alt_landing(&in, A, fl, u, b, &c, places, diff)) {
                    ok = 1;
                    check = 1;
                }
                if (!ok) {
                    if (must)
                        goto nonuniform;
                    continue;
                }
                int any = 0;
                for (int k = 0; k < c.len; k++)
                    for (uint8_t d = diff[k]; d; d &= (uint8_t)(d - 1)) {
                        unsigned dst = (unsigned)__builtin_ctz(d);
                        if (add_fix(out, (unsigned)k, JAS_K_BIT | dst << 3 | (unsigned)b, (unsigned)u))
                            goto nonuniform;
                        if ((rep >> b) & 1)
                            out->bytes[k] ^= (uint8_t)(1u << dst);
                        any = 1;
                    }
                if (!any && must)
                    goto nonuniform;
            }
        } else {
            /* another member of the class must encode alike */
            x64_insn in2 = in;
            set_all(&in2, A, u, value_rep(a->norm, cls[u], 1));
            if (x64_encode(&in2, 0, fl, &c2, &e) != X64_OK || !same_layout(A, &c, &c2))
                goto nonuniform;
            uint8_t z2[X64_MAX_LEN];
            zero_fields(&c2, A, z2);
            if (memcmp(z2, out->bytes, c.len))
                goto nonuniform;
        }
    }
    memcpy(out->cls, cls, (size_t)A->nu);
    if (check && verify_regs(&in, A, fl, cls, out))
        goto nonuniform;
    return 0;
nonuniform:
evex_disp:
    err->op = A->ra[0].opidx;
    for (int i = 0; i < A->nra; i++)
        if (A->ra[i].where == X64_RT_DISP && x64_is_evex(&c) && (A->ra[i].norm & ~7u) != JAS_N_SCALED) {
            err->op = A->ra[i].opidx;
            snprintf(err->msg, sizeof err->msg,
                     "a run-time displacement in an AVX-512 (EVEX) memory operand: its disp8*N "
                     "form is handled in 64-bit addresses only; use one, or a register offset");
            /* EVEX only because a register is 16..31: those registers have
             * no encoding here (a run-time error), 0..15 keep theirs (VEX) */
            for (int u = 0; u < A->nu; u++)
                if (A->ra[A->uarg[u]].norm == JAS_N_REG && reg_rep(A, u, cls[u]) >= 16)
                    return 1;
            return -1;
        }
    snprintf(err->msg, sizeof err->msg,
             "run-time operand: the encoding depends on the exact value, not only its size");
    return -1;
}

/* Every register of each register argument's class, encoded, must give the
 * combination's bytes with its register-bit fixes applied. */
static int verify_regs(const x64_insn *in, const args *A, unsigned fl, const uint8_t *cls,
                       const combo *out)
{
    for (int u = 0; u < A->nu; u++) {
        if (A->ra[A->uarg[u]].norm != JAS_N_REG)
            continue;
        for (unsigned r = 0; r < 32; r++) {
            if ((r & ~reg_vary(A, u, cls[u])) != reg_rep(A, u, cls[u])) /* not in the class */
                continue;
            x64_insn in2 = *in;
            x64_code c;
            x64_error e;
            set_all(&in2, A, u, r);
            if (x64_encode(&in2, 0, fl, &c, &e) != X64_OK || c.len != out->len)
                return -1;
            uint8_t want[X64_MAX_LEN], got[X64_MAX_LEN];
            memcpy(want, out->bytes, out->len);
            for (int j = 0; j < out->nfix; j++) {
                const uint8_t *f = &out->fixes[3 * j];
                if ((f[1] & JAS_K_BIT) && f[2] == u)
                    want[f[0]] ^= (uint8_t)(((r >> (f[1] & 7)) & 1) << ((f[1] >> 3) & 7));
            }
            zero_fields(&c, A, got);
            /* the other register arguments at their representatives: their
             * own fixes applied to both sides cancel out */
            for (int j = 0; j < out->nfix; j++) {
                const uint8_t *f = &out->fixes[3 * j];
                if ((f[1] & JAS_K_BIT) && f[2] != u) {
                    unsigned rep = reg_rep(A, f[2], cls[f[2]]);
                    want[f[0]] ^= (uint8_t)(((rep >> (f[1] & 7)) & 1) << ((f[1] >> 3) & 7));
                }
            }
            if (memcmp(want, got, out->len))
                return -1;
        }
    }
    return 0;
}

static uint32_t content_hash(const combo *c)
{
    uint32_t h = 2166136261u ^ c->len ^ (uint32_t)c->nfix << 8; /* FNV-1a */
    for (int k = 0; k < c->len; k++)
        h = (h ^ c->bytes[k]) * 16777619u;
    for (int k = 0; k < 3 * c->nfix; k++)
        h = (h ^ c->fixes[k]) * 16777619u;
    return h;
}

static int same_content(const combo *a, const combo *b)
{
    return a->len == b->len && a->nfix == b->nfix && !memcmp(a->bytes, b->bytes, a->len) &&
           !memcmp(a->fixes, b->fixes, 3u * a->nfix);
}

static void put16(jas_buf *b, unsigned v)
{
    jas_buf_putc(b, (uint8_t)v);
    jas_buf_putc(b, (uint8_t)(v >> 8));
}

static void emit_variant(jas_buf *b, const args *A, const unsigned *masks, int nra, const combo *c)
{
    for (int i = 0; i < nra; i++)
        put16(b, real_mask(A, i, masks[i]));
    jas_buf_putc(b, c->len);
    jas_buf_put(b, c->bytes, c->len);
    jas_buf_putc(b, c->nfix);
    jas_buf_put(b, c->fixes, 3u * c->nfix);
}

/* Index of a class tuple in the enumeration of every combination. */
static int tuple_index(const args *A, const uint8_t *cls)
{
    int k = 0;
    for (int u = A->nu - 1; u >= 0; u--)
        k = k * nclasses(A, u) + cls[u];
    return k;
}

static int in_box(const combo *c, const unsigned *m, int nu)
{
    for (int a = 0; a < nu; a++)
        if (!((m[a] >> c->cls[a]) & 1))
            return 0;
    return 1;
}

/* Is every tuple of the box m (a class set per argument) in group g? */
static int box_in_group(const args *A, const int *slot, const unsigned *m, int g)
{
    uint8_t cls[8] = {0};
    for (int a = 0; a < A->nu; a++) /* the first tuple: lowest class of each set */
        cls[a] = (uint8_t)__builtin_ctz(m[a]);
    for (;;) {
        if (slot[tuple_index(A, cls)] != g + 1)
            return 0;
        int a = 0; /* next tuple: odometer over the sets */
        for (; a < A->nu; a++) {
            unsigned rest = m[a] >> (cls[a] + 1);
            if (rest) {
                cls[a] = (uint8_t)(cls[a] + 1 + __builtin_ctz(rest));
                break;
            }
            cls[a] = (uint8_t)__builtin_ctz(m[a]);
        }
        if (a == A->nu)
            return 1;
    }
}

int x64_variants(const x64_insn *proto, const x64_rtarg *ra, int nra, unsigned fl, int line,
                 x64_varout *out, x64_error *err)
{
    memset(out, 0, sizeof *out);
    if (nra < 1 || nra > 8) {
        err->op = -1;
        snprintf(err->msg, sizeof err->msg, "too many run-time operands in one instruction");
        return X64_E_OPERANDS;
    }
    args A = {ra, nra, 0, {0}, {0}, {0}, 1};
    for (int i = 0; i < nra; i++) {
        int u = 0;
        while (u < A.nu && ra[A.uarg[u]].argno != ra[i].argno)
            u++;
        if (u == A.nu) {
            A.wide[A.nu] = 1;
            A.uarg[A.nu++] = i;
        }
        A.which[i] = u;
        A.wide[u] &= ra[i].norm == JAS_N_REG && vector_place(proto, &ra[i]);
    }
    if (A.nu > 7) { /* the VAR header holds 1..7 */
        err->op = ra[0].opidx;
        snprintf(err->msg, sizeof err->msg, "too many run-time operands in one instruction");
        return X64_E_OPERANDS;
    }
    /* every combination of classes */
    int total;
    combo *cs;
    int ncs, have_err;
    x64_error first;
restart:
    total = 1;
    for (int u = 0; u < A.nu; u++)
        total *= nclasses(&A, u);
    cs = jas_xcalloc((size_t)total, sizeof *cs);
    ncs = 0, have_err = 0;
    memset(&first, 0, sizeof first);
    for (int k = 0; k < total; k++) {
        uint8_t cls[8];
        int r = k, possible = 1;
        for (int u = 0; u < A.nu; u++) {
            const x64_rtarg *a = &ra[A.uarg[u]];
            cls[u] = (uint8_t)(r % nclasses(&A, u));
            r /= nclasses(&A, u);
            if (a->norm != JAS_N_REG && !((value_classes(a->norm) >> (cls[u] % JAS_C_NVALUE)) & 1))
                possible = 0;
        }
        if (!possible)
            continue;
        x64_error e;
        int rc = encode_combo(proto, &A, fl, cls, &cs[ncs], &e, 0, 1);
        if (rc < 0) /* the fixes learnt from other registers did not hold */
            rc = encode_combo(proto, &A, fl, cls, &cs[ncs], &e, 0, 0);
        if (rc < 0) /* a register written in two places? */
            rc = encode_combo(proto, &A, fl, cls, &cs[ncs], &e, 1, 0);
        if (rc < 0) {
            free(cs);
            int wide = 0;
            for (int u = 0; u < A.nu; u++)
                wide |= A.wide[u];
            if (A.coarse && wide) { /* a coarse class did not hold */
                A.coarse = 0;
                goto restart;
            }
            *err = e;
            return X64_E_OPERANDS;
        }
        if (rc > 0 && A.nu > 1) {
            /* registers that must differ (vfmaddcph's destination and
             * sources): equal representatives do not encode, distinct
             * ones do; nothing checks run-time registers for that */
            int distinct = 1;
            for (int spread = 0; spread < 2; spread++) {
                x64_insn in = *proto;
                x64_code c;
                x64_error e2;
                for (int u = 0; u < A.nu; u++) { /* spread: register u takes member u of its class */
                    unsigned norm = ra[A.uarg[u]].norm;
                    if (norm != JAS_N_REG)
                        set_all(&in, &A, u, value_rep(norm, cls[u], 0));
                    else
                        set_all(&in, &A, u, reg_rep(&A, u, cls[u]) | (spread ? (unsigned)u & reg_vary(&A, u, cls[u]) : 0));
                }
                x64_optimize(&in);
                distinct &= (x64_encode(&in, 0, fl, &c, &e2) == X64_OK) == spread;
            }
            if (distinct) {
                free(cs);
                err->op = ra[A.uarg[0]].opidx;
                snprintf(err->msg, sizeof err->msg,
                         "run-time registers: some of `%.24s' must differ, which is not checked "
                         "at run time; write them as constants", proto->mnem);
                return X64_E_OPERANDS;
            }
        }
        if (rc > 0) {
            if (!have_err)
                first = e, have_err = 1;
            continue;
        }
        ncs++;
    }
    if (!ncs) {
        *err = first;
        free(cs);
        return X64_E_OPERANDS;
    }
    /* group identical encodings: a hash table of the groups' first
     * members (thousands of combinations with four run-time operands) */
    int ngroups = 0;
    uint32_t hcap = 16;
    while (hcap < 2u * (uint32_t)ncs)
        hcap *= 2;
    int *first_of = jas_xcalloc(hcap, sizeof *first_of); /* combination + 1 */
    for (int i = 0; i < ncs; i++) {
        uint32_t h = content_hash(&cs[i]) & (hcap - 1);
        while (first_of[h] && !same_content(&cs[i], &cs[first_of[h] - 1]))
            h = (h + 1) & (hcap - 1);
        if (first_of[h]) {
            cs[i].group = cs[first_of[h] - 1].group;
        } else {
            first_of[h] = i + 1;
            cs[i].group = ngroups++;
        }
    }
    free(first_of);
    /* simple: one value argument, one layout for all its possible values */
    if (A.nu == 1 && ra[0].norm != JAS_N_REG && ngroups == 1 && cs[0].nfix == 1) {
        unsigned mask = 0;
        for (int i = 0; i < ncs; i++)
            mask |= 1u << cs[i].cls[0];
        unsigned size = cs[0].fixes[1];
        unsigned kind = 0;
        if (mask == value_classes(ra[0].norm) && size == (ra[0].norm > 8 ? 8 : ra[0].norm))
            kind = size | (size < 8 ? JAS_K_EITHER : 0);
        else if (mask == signed_classes(size))
            kind = size | JAS_K_SIGNED;
        if (kind) {
            out->simple = 1;
            out->len = cs[0].len;
            memcpy(out->bytes, cs[0].bytes, cs[0].len);
            out->field_off = cs[0].fixes[0];
            out->field_kind = (uint8_t)kind;
            out->minlen = out->maxlen = cs[0].len;
            free(cs);
            return X64_OK;
        }
    }
    jas_buf *b = &out->body;
    if (A.nu == 1) {
        /* one argument: a class -> variant table, so that the runtime picks
         * the variant without scanning */
        /* FAST (actions.h): every variant ends with its only field */
        int fast = ra[0].norm == 8;
        for (int i = 0; i < ncs && fast; i++)
            fast = cs[i].nfix == 0 ||
                   (cs[i].nfix == 1 && !(cs[i].fixes[1] & JAS_K_BIT) &&
                    cs[i].fixes[0] + (cs[i].fixes[1] & JAS_K_SIZE) == cs[i].len);
        for (int i = 0; i < ncs && fast; i++)
            if (cs[i].nfix == 0) { /* a field of size 0 at the end */
                cs[i].nfix = 1;
                cs[i].fixes[0] = cs[i].len;
                cs[i].fixes[1] = cs[i].fixes[2] = 0;
            }
        jas_buf_putc(b, JAS_VAR_MAPPED | (fast ? JAS_VAR_FAST : 0) | 1);
        jas_buf_putc(b, ra[0].argno);
        jas_buf_putc(b, ra[0].norm);
        put16(b, line > 0xffff ? 0xffff : (unsigned)line);
        size_t end_at = b->len;
        put16(b, 0);
        size_t map_at = b->len;
        for (int k = 0; k < 16; k++)
            put16(b, 0xffff);
        size_t vstart = b->len;
        out->minlen = UINT32_MAX;
        for (int g = 0; g < ngroups; g++) {
            const combo *rep = NULL;
            for (int i = 0; i < ncs; i++)
                if (cs[i].group == g) {
                    if (!rep) {
                        rep = &cs[i];
                        if (b->len - vstart > 0xfffe)
                            break;
                        emit_variant(b, &A, NULL, 0, rep);
                    }
                    unsigned off = (unsigned)(b->len - vstart) - (1u + rep->len + 1u + 3u * rep->nfix);
                    unsigned m = real_mask(&A, 0, 1u << cs[i].cls[0]) & ((1u << JAS_C_NVALUE) - 1);
                    for (unsigned c = 0; c < 32; c++)
                        if ((m >> c) & 1) {
                            b->data[map_at + 2 * c] = (uint8_t)off;
                            b->data[map_at + 2 * c + 1] = (uint8_t)(off >> 8);
                        }
                }
            if (rep->len < out->minlen) out->minlen = rep->len;
            if (rep->len > out->maxlen) out->maxlen = rep->len;
        }
        unsigned end = (unsigned)(b->len - vstart);
        b->data[end_at] = (uint8_t)end;
        b->data[end_at + 1] = (uint8_t)(end >> 8);
        free(cs);
        return X64_OK;
    }
    /* several arguments: per group, one variant if the group's class tuples
     * form a product of per-argument sets, else one variant per tuple */
    jas_buf_putc(b, (uint8_t)A.nu);
    for (int u = 0; u < A.nu; u++) {
        jas_buf_putc(b, ra[A.uarg[u]].argno);
        jas_buf_putc(b, ra[A.uarg[u]].norm);
    }
    /* slot[index of a class tuple] = its group + 1 (0: no encoding) */
    int *slot = jas_xcalloc((size_t)total, sizeof *slot);
    uint8_t *covered = jas_xcalloc((size_t)ncs, 1);
    for (int i = 0; i < ncs; i++)
        slot[tuple_index(&A, cs[i].cls)] = cs[i].group + 1;
    size_t nvar_at = b->len;
    jas_buf_putc(b, 0);
    put16(b, line > 0xffff ? 0xffff : (unsigned)line);
    unsigned nvar = 0;
    out->minlen = UINT32_MAX;
    for (int g = 0; g < ngroups; g++) {
        unsigned proj[8] = {0}, count = 0;
        const combo *rep = NULL;
        for (int i = 0; i < ncs; i++) {
            if (cs[i].group != g)
                continue;
            rep = &cs[i];
            count++;
            for (int a = 0; a < A.nu; a++)
                proj[a] |= 1u << cs[i].cls[a];
        }
        unsigned product = 1;
        for (int a = 0; a < A.nu; a++)
            product *= (unsigned)__builtin_popcount(proj[a]);
        if (rep->len < out->minlen) out->minlen = rep->len;
        if (rep->len > out->maxlen) out->maxlen = rep->len;
        if (product == count) {
            emit_variant(b, &A, proj, A.nu, rep);
            nvar++;
            continue;
        }
        /* not a product (the zero displacement of an rbp base encodes like
         * the 8-bit ones): cover the group with boxes, each grown from a
         * tuple not covered yet, one class at a time while every tuple of
         * the box stays in the group.  Boxes may overlap (same bytes); a
         * variant per tuple would be thousands for [reg{b}+reg{i}*8+{d}],{v} */
        for (int i = 0; i < ncs; i++) {
            if (cs[i].group != g || covered[i])
                continue;
            unsigned m[8];
            for (int a = 0; a < A.nu; a++)
                m[a] = 1u << cs[i].cls[a];
            for (int a = 0; a < A.nu; a++)
                for (unsigned c = 0; c < 32; c++)
                    if (!((m[a] >> c) & 1) && ((proj[a] >> c) & 1)) {
                        m[a] |= 1u << c;
                        if (!box_in_group(&A, slot, m, g))
                            m[a] &= ~(1u << c);
                    }
            for (int j = 0; j < ncs; j++)
                if (cs[j].group == g && in_box(&cs[j], m, A.nu))
                    covered[j] = 1;
            emit_variant(b, &A, m, A.nu, &cs[i]);
            nvar++;
        }
    }
    free(slot);
    free(covered);
    free(cs);
    if (nvar > 255) {
        err->op = ra[0].opidx;
        snprintf(err->msg, sizeof err->msg, "too many encodings for the run-time operands");
        return X64_E_OPERANDS;
    }
    b->data[nvar_at] = (uint8_t)nvar;
    return X64_OK;
}
