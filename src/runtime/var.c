/* The general VAR action (jas_put handles the common case inline) and the
 * range rules of fields: value classes, normalisation, variant search. */
#include "runtime/state.h"

#include <string.h>

static uint32_t rd16(const uint8_t *a) { return (uint32_t)a[0] | (uint32_t)a[1] << 8; }

/* Does v fit a field under the rule of `kind` (actions.h)? */
int jas__fits(int64_t v, unsigned kind)
{
    unsigned bits = (kind & JAS_K_SIZE) * 8;
    if (bits >= 64)
        return 1;
    int64_t lo = -((int64_t)1 << (bits - 1));
    int64_t hi = (kind & JAS_K_SIGNED) ? ((int64_t)1 << (bits - 1)) : ((int64_t)1 << bits);
    return v >= lo && v < hi;
}

/* The value classes, once out of line: this is the slow path, and each
 * inlined copy costs ~150 bytes. */
static JAS_NOINLINE unsigned value_class(int64_t v) { return jas__value_class(v); }

/* A VAR action in general (the common case is inline in jas_put): classify
 * each argument (a value class after normalising it to the operand size, or
 * a register class), take the variant for the classes, copy and patch it.
 * Returns the end of the action, or NULL (reported); *lenp: bytes written. */
const uint8_t *jas__put_var(jas_State *J, const jas_tpl *t, const uint8_t *a, const int64_t *args,
                           uint8_t *p, uint32_t *lenp)
{
    static const uint8_t reg_class[32] = {0, 1, 2, 2, 3, 4, 5, 5, 6, 6, 6, 6, 7, 8, 9, 9,
                                         10, 10, 10, 10, 10, 10, 10, 10,
                                         10, 10, 10, 10, 10, 10, 10, 10};
    const uint8_t *d = a + 1, *b = NULL, *e;
    unsigned mapped = a[0] & JAS_VAR_MAPPED, nargs = mapped ? 1 : a[0] & 7;
    int64_t val[8], v = 0;
    unsigned cls[8], shift[8], plain[8]; /* plain: a scaled argument's class as a 64-bit value */
    uint32_t line = rd16(mapped ? d + 2 : d + 2 * nargs + 1);
    for (unsigned i = 0; i < nargs; i++) {
        unsigned norm = d[2 * i + 1];
        val[i] = v = args[d[2 * i]];
        shift[i] = 0;
        if ((norm & ~7u) == JAS_N_SCALED) { /* disp8*N: classify by the quotient */
            unsigned s = norm & 7;
            int64_t q = v >> s, c = v; /* an arithmetic shift (GCC, Clang) */
            if ((int64_t)((uint64_t)q << s) == v && (uint64_t)q + 128 < 256)
                c = q;
            else if ((uint64_t)v + 128 < 256)
                c = v < 0 ? -0x81 : 0x100;
            shift[i] = s;
            cls[i] = value_class(c);
            plain[i] = value_class(v);
            continue;
        }
        if (norm == JAS_N_REG) {
            if ((uint64_t)v > 31) {
                jas__bad(J, t->file, line, v, JAS__REG);
                return NULL;
            }
            cls[i] = reg_class[v];
            continue;
        }
        if (norm < 8) {
            if (!jas__fits(v, norm | JAS_K_EITHER)) {
                jas__bad(J, t->file, line, v, JAS__SIZE);
                return NULL;
            }
            unsigned sh = 64 - norm * 8; /* sign-extend from the operand size */
            val[i] = (int64_t)((uint64_t)v << sh) >> sh;
        }
        cls[i] = value_class(val[i]);
    }
    if (mapped) { /* map[class] = offset of the variant */
        unsigned off = rd16(d + 6 + 2 * cls[0]);
        e = d + 38 + rd16(d + 4);
        if (off != 0xffff)
            b = d + 38 + off;
    } else { /* the first variant whose masks take every class */
        unsigned nvar = d[2 * nargs], seen = 0; /* seen: arguments some variant takes */
        e = d + 2 * nargs + 3;
        for (unsigned k = 0; k < nvar; k++) {
            unsigned ok = 1;
            for (unsigned i = 0; i < nargs; i++) {
                unsigned m = rd16(e + 2 * i), in = (m >> (m & JAS_M_PLAIN ? plain[i] : cls[i])) & 1;
                ok &= in;
                seen |= in << i;
            }
            e += 2 * nargs;
            if (ok && !b)
                b = e;
            e += 1 + *e;
            e += 1 + 3 * *e;
        }
        /* no variant: name the first argument that none takes (a register
         * 16..31 beside a good displacement), else the first */
        v = val[0];
        for (unsigned i = nargs; i--;)
            if (!((seen >> i) & 1))
                v = val[i];
    }
    if (!b) {
        jas__bad(J, t->file, line, v, JAS__NOENC);
        return NULL;
    }
    unsigned len = *b++;
    for (unsigned k = 0; k < len; k += 16) /* both sides have JAS_PAD bytes of slack */
        memcpy(p + k, b + k, 16);
    const uint8_t *fx = b + len;
    for (unsigned j = *fx++; j; j--, fx += 3) {
        unsigned off = fx[0], kind = fx[1];
        uint64_t x = (uint64_t)val[fx[2]];
        if (kind & JAS_K_SCALED) /* exact: the variant is for multiples */
            x = (uint64_t)(val[fx[2]] >> shift[fx[2]]);
        if (kind & JAS_K_BIT)
            p[off] ^= (uint8_t)(((x >> (kind & 7)) & 1) << ((kind >> 3) & 7));
        else
            for (unsigned k = 0; k < (kind & JAS_K_SIZE); k++)
                p[off + k] = (uint8_t)(x >> 8 * k);
    }
    *lenp = len;
    return e;
}

