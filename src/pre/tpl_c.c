/* Speed mode (`jas --emit=code`): compile a finished template (the action
 * string of src/runtime/actions.h) to straight-line C.  Working from the
 * action string keeps one source of truth: the variants, their fields and
 * the classes they serve are exactly what jas_put() would interpret; here a
 * VAR's class map becomes range tests on the value.
 *
 * The generated block (inside `do { ... } while (0)`, `break` on error):
 *   jas_p = jas__begin(J, max_bytes, max_fixes, nlocals, &jas_lb);
 *   literal bytes: 8-byte stores of constants (the buffer has JAS_PAD bytes
 *   of slack, later stores overwrite the overshoot);
 *   FIELD: range check, store; VAR: normalise, if/else over ranges, stores;
 *   labels, fixups, alignment, sections: jas__* calls (src/runtime/direct.c,
 *   the same steps jas_put takes);
 *   .if {c}: C if/else;  jas__end(J, jas_p). */
#include "pre/tpl.h"
#include "runtime/actions.h"
#include "common/util.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

typedef struct gen {
    jas_buf *b;
    const uint8_t *a;     /* the action string */
    const char *J;        /* state variable */
    const char *file;     /* C string literal of the file name */
    uint32_t max_bytes;
    int err;
    unsigned tmp;         /* counter for temporaries */
} gen;

static uint32_t rd16(const uint8_t *a) { return (uint32_t)a[0] | (uint32_t)a[1] << 8; }

/* Store n literal bytes at jas_p + off: 8-byte stores (slack after);
 * bytes with bit i of `skip` set (i < 16) are written later anyway. */
static void put_bytes_skip(gen *g, const uint8_t *p, uint32_t n, uint32_t off, uint32_t skip)
{
    for (uint32_t i = 0; i < n; i += 8) {
        uint32_t want = n - i >= 8 ? 0xffu : (1u << (n - i)) - 1;
        if (i < 16 && ((skip >> i) & want) == want)
            continue;
        uint64_t v = 0;
        for (uint32_t k = 0; k < 8 && i + k < n; k++)
            v |= (uint64_t)p[i + k] << (8 * k);
        jas_buf_printf(g->b, "jas__st8(jas_p + %u, 0x%" PRIx64 "u); ", off + i, v);
    }
}

static void put_bytes(gen *g, const uint8_t *p, uint32_t n, uint32_t off)
{
    put_bytes_skip(g, p, n, off, 0);
}

/* The runtime's register classes (var.c): 16..31 are EVEX vector registers. */
static const uint8_t reg_class[32] = {0, 1, 2, 2, 3, 4, 5, 5, 6, 6, 6, 6, 7, 8, 9, 9,
                                      10, 10, 10, 10, 10, 10, 10, 10,
                                      10, 10, 10, 10, 10, 10, 10, 10};

/* One range test on variable v; for a register, [lo, hi] within 0..31 and
 * v already known to be in 0..31. */
static void range_test(gen *g, const char *v, int64_t lo, int64_t hi, int64_t min, int64_t max)
{
    if (lo <= min && hi >= max)
        jas_buf_printf(g->b, "1");
    else if (lo <= min)
        jas_buf_printf(g->b, "%s <= %" PRId64 "LL", v, hi);
    else if (hi >= max)
        jas_buf_printf(g->b, "%s >= %" PRId64 "LL", v, lo);
    else if (lo == hi)
        jas_buf_printf(g->b, "%s == %" PRId64 "LL", v, lo);
    else if (lo == 0)
        jas_buf_printf(g->b, "(uint64_t)%s <= 0x%" PRIx64 "u", v, (uint64_t)hi);
    else
        jas_buf_printf(g->b, "(uint64_t)%s - 0x%" PRIx64 "u <= 0x%" PRIx64 "u", v, (uint64_t)lo,
                       (uint64_t)hi - (uint64_t)lo);
}

/* Value classes a value normalised to `norm` bytes cannot have. */
static unsigned impossible(unsigned norm)
{
    unsigned ok = (1u << JAS_C_NVALUE) - 1;
    if (norm == 1 || norm == 2 || norm == 4) {
        ok = 1u << JAS_C_N8 | 1u << JAS_C_ZERO | 1u << JAS_C_ONE | 1u << JAS_C_P8;
        if (norm >= 2)
            ok |= 1u << JAS_C_U8 | 1u << JAS_C_P16 | 1u << JAS_C_N16;
        if (norm >= 4)
            ok |= 1u << JAS_C_U16 | 1u << JAS_C_P32 | 1u << JAS_C_N32;
    }
    return ~ok & ((1u << JAS_C_NVALUE) - 1);
}

static int full_mask(unsigned mask, int isreg)
{
    unsigned need = isreg ? (1u << JAS_R_NCLASS) - 1 : (1u << JAS_C_NVALUE) - 1;
    return (mask & need) == need;
}

/* C condition "class of v is in mask" (a union of ranges); `isreg` for
 * register classes (v already known to be in 0..31).  Classes in `dc`
 * cannot occur here (excluded by earlier tests or by the operand size):
 * they may join ranges, so that the test is mostly one compare. */
static void class_test(gen *g, const char *v, unsigned mask, unsigned dc, int isreg)
{
    int64_t min = isreg ? 0 : INT64_MIN, max = isreg ? 31 : INT64_MAX;
    int64_t los[16], his[16];
    unsigned n = 0;
    if (!isreg)
        n = tpl_value_ranges(mask, dc, los, his);
    for (unsigned i = 0; isreg && i < 32;) { /* runs of registers 0..31 */
        unsigned m = mask | dc;
        if (!((m >> reg_class[i]) & 1)) {
            i++;
            continue;
        }
        int64_t lo = (int64_t)i, hi;
        int need = 0; /* the run holds a class of mask, not only don't-cares */
        do {
            hi = (int64_t)i;
            need |= (mask >> reg_class[i]) & 1;
            i++;
        } while (i < 32 && (m >> reg_class[i]) & 1);
        if (need) {
            los[n] = lo;
            his[n++] = hi;
        }
    }
    if (!n)
        jas_buf_printf(g->b, "0");
    if (n > 1) /* no parentheses around a lone == (clang -Wparentheses-equality) */
        jas_buf_printf(g->b, "(");
    for (unsigned k = 0; k < n; k++) {
        if (k)
            jas_buf_printf(g->b, " || ");
        range_test(g, v, los[k], his[k], min, max);
    }
    if (n > 1)
        jas_buf_printf(g->b, ")");
}

/* Variant at b (len, bytes, nfix, fixes): store and patch, advance jas_p.
 * vals[i]: the C name of VAR argument i, norms[i] its normalisation (for a
 * disp8*N field).  Returns the end of the variant. */
static const uint8_t *put_variant(gen *g, const uint8_t *b, char vals[][24], const unsigned *norms)
{
    unsigned len = *b++;
    const uint8_t *fx = b + len;
    unsigned nfix = *fx++;
    uint32_t covered = 0; /* bytes the field stores write */
    for (unsigned j = 0; j < nfix; j++)
        if (!(fx[3 * j + 1] & JAS_K_BIT))
            covered |= ((1u << (fx[3 * j + 1] & JAS_K_SIZE)) - 1) << fx[3 * j];
    for (unsigned j = 0; j < nfix; j++) /* bit fixes patch the literal byte */
        if (fx[3 * j + 1] & JAS_K_BIT)
            covered &= ~(1u << fx[3 * j]);
    put_bytes_skip(g, b, len, 0, covered);
    for (unsigned j = 0; j < nfix; j++, fx += 3) {
        unsigned off = fx[0], kind = fx[1];
        const char *v = vals[fx[2]];
        if (kind & JAS_K_BIT)
            jas_buf_printf(g->b, "jas_p[%u] ^= (uint8_t)((((uint64_t)%s >> %u) & 1) << %u); ", off, v,
                           kind & 7, (kind >> 3) & 7);
        else if (kind & JAS_K_SIZE) { /* size 0: no field (actions.h, FAST) */
            unsigned sz = kind & JAS_K_SIZE;
            const char *t = sz == 1 ? "uint8_t" : sz == 2 ? "uint16_t" : sz == 4 ? "uint32_t" : "uint64_t";
            if (kind & JAS_K_SCALED) /* the quotient (exact: the variant's class says so) */
                jas_buf_printf(g->b, "jas__st%u(jas_p + %u, (%s)(%s / %dLL)); ", sz, off, t, v,
                               1 << (norms[fx[2]] & 7));
            else
                jas_buf_printf(g->b, "jas__st%u(jas_p + %u, (%s)%s); ", sz, off, t, v);
        }
    }
    jas_buf_printf(g->b, "jas_p += %u; ", len);
    return fx;
}

/* Normalise argument v (a modifiable int64_t variable) per `norm`.  An
 * AVX-512 displacement (JAS_N_SCALED) keeps its value and gets a second
 * variable, v + "c", to classify (actions.h; var.c does the same). */
static void normalise(gen *g, const char *v, unsigned norm, uint32_t line)
{
    if ((norm & ~7u) == JAS_N_SCALED) {
        int n = 1 << (norm & 7);
        jas_buf_printf(g->b,
                       "int64_t %sc = %s; if (%s %% %d == 0 && (uint64_t)(%s / %d + 128) < 256) %sc = %s / %d; "
                       "else if ((uint64_t)%s + 128 < 256) %sc = %s < 0 ? -0x81 : 0x100;\n",
                       v, v, v, n, v, n, v, v, n, v, v, v);
    } else if (norm == JAS_N_REG) {
        jas_buf_printf(g->b, "if ((uint64_t)%s > 31) { jas__bad(%s, %s, %uu, %s, JAS__REG); break; }\n",
                       v, g->J, g->file, line, v);
    } else if (norm < 8) {
        unsigned bits = norm * 8, sh = 64 - bits;
        jas_buf_printf(g->b,
                       "if ((uint64_t)%s + 0x%" PRIx64 "u >= 0x%" PRIx64 "u) "
                       "{ jas__bad(%s, %s, %uu, %s, JAS__SIZE); break; }\n",
                       v, (uint64_t)1 << (bits - 1), ((uint64_t)1 << bits) + ((uint64_t)1 << (bits - 1)),
                       g->J, g->file, line, v);
        jas_buf_printf(g->b, "%s = (int64_t)((uint64_t)%s << %u) >> %u;\n", v, v, sh, sh);
    }
}

static const uint8_t *gen_var(gen *g, const uint8_t *a)
{
    unsigned hdr = *a++;
    char vals[8][24];
    unsigned k = g->tmp++;
    if (hdr & JAS_VAR_MAPPED) {
        unsigned arg = a[0], norm = a[1];
        uint32_t line = rd16(a + 2);
        const uint8_t *vs = a + 38;
        snprintf(vals[0], sizeof vals[0], "jas_x%u", k);
        jas_buf_printf(g->b, "{ int64_t jas_x%u = jas_v[%u];\n", k, arg);
        normalise(g, vals[0], norm, line);
        char cval[28]; /* what the class tests look at */
        snprintf(cval, sizeof cval, "%s%s", vals[0], (norm & ~7u) == JAS_N_SCALED ? "c" : "");
        int isreg = norm == JAS_N_REG;
        unsigned offs[16], masks[16], covered, nv = tpl_map_variants(a + 6, offs, masks, &covered);
        unsigned dc = isreg ? 0 : impossible(norm);
        int complete = full_mask(covered | dc, isreg);
        for (unsigned i = 0; i < nv; i++) {
            if (i + 1 == nv && complete) {
                jas_buf_printf(g->b, "%s{ ", i ? "else " : "");
            } else {
                jas_buf_printf(g->b, "%sif (", i ? "else " : "");
                class_test(g, cval, masks[i], dc, isreg);
                jas_buf_printf(g->b, ") { ");
            }
            dc |= masks[i]; /* later tests: these classes are taken */
            put_variant(g, vs + offs[i], vals, &norm);
            jas_buf_printf(g->b, "}\n");
        }
        if (!complete)
            jas_buf_printf(g->b, "%s{ jas__bad(%s, %s, %uu, jas_v[%u], JAS__NOENC); break; }\n",
                           nv ? "else " : "", g->J, g->file, line, arg);
        jas_buf_printf(g->b, "}\n");
        return vs + rd16(a + 4);
    }
    unsigned nargs = hdr & 7;
    const uint8_t *argdesc = a;
    a += 2 * nargs;
    unsigned nvar = *a++;
    uint32_t line = rd16(a);
    a += 2;
    jas_buf_printf(g->b, "{ ");
    for (unsigned i = 0; i < nargs; i++) {
        snprintf(vals[i], sizeof vals[i], "jas_x%u_%u", k, i);
        jas_buf_printf(g->b, "int64_t %s = jas_v[%u]; ", vals[i], argdesc[2 * i]);
    }
    jas_buf_printf(g->b, "\n");
    unsigned norms[8];
    char cvals[8][28]; /* what the class tests look at */
    for (unsigned i = 0; i < nargs; i++) {
        norms[i] = argdesc[2 * i + 1];
        normalise(g, vals[i], norms[i], line);
        snprintf(cvals[i], sizeof cvals[i], "%s%s", vals[i], (norms[i] & ~7u) == JAS_N_SCALED ? "c" : "");
    }
    int uncond = 0;
    const uint8_t *vfirst = a;
    for (unsigned v = 0; v < nvar; v++) {
        const uint8_t *b = a + 2 * nargs;
        if (!uncond) {
            jas_buf_printf(g->b, "%sif (1", v ? "else " : "");
            for (unsigned i = 0; i < nargs; i++) {
                unsigned m = rd16(a + 2 * i), norm = argdesc[2 * i + 1];
                int isreg = norm == JAS_N_REG;
                unsigned dc = isreg ? 0 : impossible(norm);
                /* a scaled argument's plain class (actions.h, JAS_M_PLAIN) */
                const char *cv = isreg || !(m & JAS_M_PLAIN) ? cvals[i] : vals[i];
                m &= ~(unsigned)JAS_M_PLAIN;
                if (full_mask(m | dc, isreg))
                    continue;
                jas_buf_printf(g->b, " && ");
                class_test(g, cv, m, dc, isreg);
            }
            jas_buf_printf(g->b, ") { ");
            /* a variant for every class: the rest is unreachable */
            int all = 1;
            for (unsigned i = 0; i < nargs; i++) {
                unsigned norm = argdesc[2 * i + 1];
                int isreg = norm == JAS_N_REG;
                all &= full_mask(rd16(a + 2 * i) | (isreg ? 0 : impossible(norm)), isreg);
            }
            uncond = all;
            put_variant(g, b, vals, norms);
            jas_buf_printf(g->b, "}\n");
        }
        const uint8_t *fx = b + 1 + *b;
        a = fx + 1 + 3 * *fx;
    }
    if (!uncond) {
        /* as var.c: name the first argument that no variant takes */
        unsigned covered[8] = {0};
        const uint8_t *v = vfirst;
        for (unsigned k = 0; k < nvar; k++) {
            for (unsigned i = 0; i < nargs; i++)
                covered[i] |= rd16(v + 2 * i);
            const uint8_t *fx = v + 2 * nargs + 1 + v[2 * nargs];
            v = fx + 1 + 3 * *fx;
        }
        for (unsigned i = 0; i < nargs; i++) {
            unsigned norm = argdesc[2 * i + 1];
            int isreg = norm == JAS_N_REG;
            unsigned dc = isreg ? 0 : impossible(norm);
            if ((norm & ~7u) == JAS_N_SCALED || full_mask(covered[i] | dc, isreg))
                continue; /* (a scaled one has two kinds of classes) */
            jas_buf_printf(g->b, "%sif (!(", nvar ? "else " : "");
            class_test(g, vals[i], covered[i], dc, isreg);
            jas_buf_printf(g->b, ")) { jas__bad(%s, %s, %uu, %s, JAS__NOENC); break; }\n", g->J, g->file, line,
                           vals[i]);
            nvar = 1; /* an else chain from here */
        }
        jas_buf_printf(g->b, "%s{ jas__bad(%s, %s, %uu, %s, JAS__NOENC); break; }\n", nvar ? "else " : "",
                       g->J, g->file, line, vals[0]);
    }
    jas_buf_printf(g->b, "}\n");
    return a;
}

/* VARR (actions.h): the entries become if/else over the ranges; the last
 * one matches every value. */
static const uint8_t *gen_varr(gen *g, const uint8_t *a)
{
    enum { ENT = 20 };
    unsigned arg = a[0], k = g->tmp++;
    uint32_t line = rd16(a + 1);
    const uint8_t *end = a + rd16(a + 3), *e = a + 5;
    jas_buf_printf(g->b, "{ int64_t jas_x%u = jas_v[%u];\n", k, arg);
    for (unsigned i = 0; e + ENT <= end; i++, e += ENT) {
        uint64_t lo = 0, span = 0;
        for (int b = 7; b >= 0; b--) {
            lo = lo << 8 | e[b];
            span = span << 8 | e[8 + b];
        }
        char x[24];
        snprintf(x, sizeof x, "jas_x%u", k);
        int last = span == UINT64_MAX;
        if (last) {
            jas_buf_printf(g->b, "%s{ ", i ? "else " : "");
        } else {
            jas_buf_printf(g->b, "%sif (", i ? "else " : "");
            range_test(g, x, (int64_t)lo, (int64_t)(lo + span), INT64_MIN, INT64_MAX);
            jas_buf_printf(g->b, ") { ");
        }
        unsigned off = rd16(e + 16), len = e[18], fixoff = e[19];
        if (off == 0xffff) {
            jas_buf_printf(g->b, "jas__bad(%s, %s, %uu, %s, JAS__NOENC); break; ", g->J, g->file, line, x);
        } else {
            unsigned sz = len - fixoff; /* the field ends the variant */
            if (e + off + len > end || fixoff > len || (sz & (sz - 1)) || sz > 8) {
                g->err = 1;
                return end;
            }
            uint32_t covered = fixoff < 16 ? ((1u << sz) - 1) << fixoff : 0; /* stored below */
            put_bytes_skip(g, e + off, len, 0, covered);
            if (sz) {
                const char *t = sz == 1 ? "uint8_t" : sz == 2 ? "uint16_t" : sz == 4 ? "uint32_t" : "uint64_t";
                jas_buf_printf(g->b, "jas__st%u(jas_p + %u, (%s)%s); ", sz, fixoff, t, x);
            }
            jas_buf_printf(g->b, "jas_p += %u; ", len);
        }
        jas_buf_printf(g->b, "}\n");
        if (last)
            break;
    }
    jas_buf_printf(g->b, "}\n");
    return end;
}

/* A label operand: "kind, id" (C text) and the bytes after it. */
static const uint8_t *label_args(gen *g, const uint8_t *a)
{
    int kind = *a++;
    if (kind == JAS_L_DYN || kind == JAS_L_DYNBACK) {
        jas_buf_printf(g->b, "%d, jas_v[%u], ", kind, a[0]);
        return a + 1;
    }
    jas_buf_printf(g->b, "%d, %u, ", kind, rd16(a));
    return a + 2;
}

#define CALL_END(g) jas_buf_printf((g)->b, "))) break;\n")

/* Actions [a, end): stops at END or at end. */
static const uint8_t *gen_range(gen *g, const uint8_t *a, const uint8_t *end)
{
    while (!g->err && a < end) {
        const uint8_t *at = a;
        switch (*a++) {
        case JAS_A_END:
            return a;
        case JAS_A_LIT:
        case JAS_A_LITW: {
            uint32_t n = at[0] == JAS_A_LIT ? *a++ : rd16(a);
            if (at[0] == JAS_A_LITW)
                a += 2;
            put_bytes(g, a, n, 0);
            jas_buf_printf(g->b, "jas_p += %u;\n", n);
            a += n;
            break;
        }
        case JAS_A_FIELD: {
            unsigned kind = a[0], arg = a[1], size = kind & JAS_K_SIZE;
            uint32_t line = rd16(a + 2);
            if (size < 8) {
                unsigned bits = size * 8;
                uint64_t off = (uint64_t)1 << (bits - 1);
                uint64_t span = (kind & JAS_K_SIGNED) ? (uint64_t)1 << bits
                                                      : ((uint64_t)1 << bits) + off;
                jas_buf_printf(g->b,
                               "if ((uint64_t)jas_v[%u] + 0x%" PRIx64 "u >= 0x%" PRIx64 "u) "
                               "{ jas__bad(%s, %s, %uu, jas_v[%u], JAS__FIELD); break; }\n",
                               arg, off, span, g->J, g->file, line, arg);
            }
            jas_buf_printf(g->b, "jas__st8(jas_p, (uint64_t)jas_v[%u]); jas_p += %u;\n", arg, size);
            a += 4;
            break;
        }
        case JAS_A_VAR:
            a = gen_var(g, a);
            break;
        case JAS_A_VARR:
            a = gen_varr(g, a);
            break;
        case JAS_A_LABEL:
            jas_buf_printf(g->b, "if (!(jas_p = jas__label(%s, jas_p, ", g->J);
            a = label_args(g, a);
            jas_buf_printf(g->b, "jas_lb");
            CALL_END(g);
            break;
        case JAS_A_BRANCH:
            jas_buf_printf(g->b, "if (!(jas_p = jas__branch(%s, jas_p, 0x%x, ", g->J, a[0]);
            a = label_args(g, a + 1);
            jas_buf_printf(g->b, "jas_lb");
            CALL_END(g);
            break;
        case JAS_A_REL32: {
            jas_buf_printf(g->b, "if (!(jas_p = jas__rel32(%s, jas_p, ", g->J);
            a = label_args(g, a);
            int32_t addend = (int32_t)(rd16(a + 1) | rd16(a + 3) << 16);
            jas_buf_printf(g->b, "jas_lb, %u, %" PRId32, a[0], addend);
            CALL_END(g);
            a += 5;
            break;
        }
        case JAS_A_ABSBR:
            jas_buf_printf(g->b, "if (!(jas_p = jas__absbr(%s, jas_p, 0x%x, jas_v[%u]", g->J, a[0], a[1]);
            CALL_END(g);
            a += 2;
            break;
        case JAS_A_ADDR:
            jas_buf_printf(g->b, "if (!(jas_p = jas__addr(%s, jas_p, ", g->J);
            a = label_args(g, a);
            jas_buf_printf(g->b, "jas_lb");
            CALL_END(g);
            break;
        case JAS_A_ALIGN:
            jas_buf_printf(g->b, "if (!(jas_p = jas__align(%s, jas_p, %u", g->J, a[0]);
            CALL_END(g);
            a++;
            break;
        case JAS_A_SECT:
            jas_buf_printf(g->b, "if (!(jas_p = jas__sect(%s, jas_p, %u, %uu", g->J, a[0], g->max_bytes);
            CALL_END(g);
            a++;
            break;
        case JAS_A_IFZ: {
            unsigned arg = a[0];
            const uint8_t *then_end = a + 3 + rd16(a + 1);
            jas_buf_printf(g->b, "if (jas_v[%u]) {\n", arg);
            a = gen_range(g, a + 3, then_end);
            jas_buf_printf(g->b, "}\n");
            if (a != then_end) { /* stopped at the SKIP of an .else */
                const uint8_t *else_end = a + 2 + rd16(a);
                jas_buf_printf(g->b, "else {\n");
                a = gen_range(g, a + 2, else_end);
                jas_buf_printf(g->b, "}\n");
                if (a != else_end)
                    g->err = 1;
            }
            break;
        }
        case JAS_A_SKIP: /* ends the then-body of an .if: back to the IFZ */
            if (a + 2 != end)
                g->err = 1;
            return a;
        default:
            g->err = 1;
            return a;
        }
    }
    return a;
}

int tpl_c(const tpl_out *o, const char *state, const char *file_lit, uint32_t nargs,
          struct jas_buf *b)
{
    gen g = {b, o->actions, state, file_lit, o->max_bytes, 0, 0};
    (void)nargs;
    if (o->nlocals)
        jas_buf_printf(b, "uint32_t jas_lb = 0; ");
    else
        jas_buf_printf(b, "const uint32_t jas_lb = 0; (void)jas_lb; ");
    jas_buf_printf(b, "unsigned char *jas_p = jas__begin(%s, %uu, %uu, %uu, %s);\n", state, o->max_bytes,
                   o->max_fixes, o->nlocals, o->nlocals ? "&jas_lb" : "(uint32_t *)0");
    jas_buf_printf(b, "if (jas_p) do {\n");
    gen_range(&g, o->actions, o->actions + o->len);
    jas_buf_printf(b, "jas__end(%s, jas_p);\n} while (0);", state);
    return g.err ? -1 : 0;
}
