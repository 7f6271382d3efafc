/* jas_put: the hot path.  Copies a template's literal bytes and applies its
 * few actions; one capacity check per call, no table look-ups. */
#include "runtime/state.h"

#include <string.h>

static inline uint32_t rd16(const uint8_t *a) { return (uint32_t)a[0] | (uint32_t)a[1] << 8; }

/* Store the low `size` bytes of v (little-endian host): fixed-size copies,
 * not a memcpy call. */
static inline void put_le(uint8_t *p, int64_t v, unsigned size)
{
    switch (size) {
    case 1: *p = (uint8_t)v; break;
    case 2: memcpy(p, &v, 2); break;
    case 4: memcpy(p, &v, 4); break;
    default: memcpy(p, &v, 8); break;
    }
}

/* Copy n bytes in 16-byte chunks: a fixed-size copy is two instructions,
 * where memcpy(n) is a call.  Both sides have JAS_PAD bytes of slack. */
static inline void copy16(uint8_t *d, const uint8_t *s, uint32_t n)
{
    memcpy(d, s, 16); /* nearly every run of literal bytes is one chunk */
    for (uint32_t i = 16; i < n; i += 16)
        memcpy(d + i, s + i, 16);
}

/* Value classes, JAS_C_* (actions.h). */
static int value_class(int64_t v)
{
    if (v >= 0) {
        if (v <= 1) return v ? JAS_C_ONE : JAS_C_ZERO;
        if (v <= 0x7f) return JAS_C_P8;
        if (v <= 0xff) return JAS_C_U8;
        if (v <= 0x7fff) return JAS_C_P16;
        if (v <= 0xffff) return JAS_C_U16;
        if (v <= 0x7fffffff) return JAS_C_P32;
        if (v <= 0xffffffffLL) return JAS_C_U32;
        return JAS_C_P64;
    }
    if (v >= -0x80) return JAS_C_N8;
    if (v >= -0x8000) return JAS_C_N16;
    if (v >= -0x80000000LL) return JAS_C_N32;
    return JAS_C_N64;
}

static const uint8_t reg_class[16] = {0, 1, 2, 2, 3, 4, 5, 5, 6, 6, 6, 6, 7, 8, 9, 9};

/* Does v fit a field of `bytes` bytes under the rule of `kind`? */
static int fits(int64_t v, unsigned kind)
{
    unsigned bits = (kind & JAS_K_SIZE) * 8;
    if (bits >= 64)
        return 1;
    int64_t lo = -((int64_t)1 << (bits - 1));
    int64_t hi = (kind & JAS_K_SIGNED) ? ((int64_t)1 << (bits - 1)) : ((int64_t)1 << bits);
    return v >= lo && v < hi;
}

static void bad_value(jas_State *J, const jas_tpl *t, uint32_t line, int64_t v, const char *what)
{
    jas__fail(J, "%s:%u: error: run-time value %lld (0x%llx) %s",
              t->file, line, (long long)v, (unsigned long long)v, what);
}

static jas_fix *add_fix(jas_State *J, int kind, uint32_t pos)
{
    jas_fix *f = &J->fix[J->nfix++];
    f->pos = pos;
    f->kind = (uint8_t)kind;
    f->sec = (uint8_t)J->cur;
    f->aux = 0;
    f->slot = 0;
    f->abs = 0;
    return f;
}

/* Decode a label operand: kind, then u16 id or u8 argument index. */
static inline uint32_t label_operand(jas_State *J, const uint8_t **ap, const int64_t *args,
                                     uint32_t locbase, int define)
{
    const uint8_t *a = *ap;
    int kind = *a++;
    uint32_t id;
    /* fast paths: a local label, a numeric label already known */
    if (kind == JAS_L_LOCAL) {
        *ap = a + 2;
        return locbase + rd16(a);
    }
    if (kind == JAS_L_NUMFWD) {
        id = rd16(a);
        if (id < JAS_NUMLABELS && jas__num_dirty(J, id) && J->numfwd[id]) {
            *ap = a + 2;
            uint32_t s = J->numfwd[id] - 1;
            if (define) { /* this definition is now "Nb"; the next Nf is new */
                J->numback[id] = s + 1;
                J->numfwd[id] = 0;
            }
            return s;
        }
    }
    if (kind == JAS_L_DYN || kind == JAS_L_DYNBACK) {
        int64_t v = args[*a++];
        if (v < 0 || v > 0x7fffffff) {
            jas__fail(J, "error: dynamic label %lld out of range", (long long)v);
            *ap = a;
            return UINT32_MAX;
        }
        id = (uint32_t)v;
    } else {
        id = rd16(a);
        a += 2;
    }
    *ap = a;
    return jas__label_slot(J, kind, id, locbase, define);
}

/* Normalise and classify one VAR argument; -1 (reported) if it fits no
 * operand of its size or is no register. */
static int classify(jas_State *J, const jas_tpl *t, uint32_t line, int64_t *vp, unsigned norm,
                    unsigned *cls)
{
    int64_t v = *vp;
    if (norm == JAS_N_REG) {
        if (v < 0 || v > 15) {
            bad_value(J, t, line, v, "is not a register number (0..15)");
            return -1;
        }
        *cls = reg_class[v];
        return 0;
    }
    if (norm < 8) {
        if (!fits(v, norm | JAS_K_EITHER)) {
            bad_value(J, t, line, v, "does not fit the operand size");
            return -1;
        }
        unsigned sh = 64 - norm * 8; /* sign-extend from the operand size */
        *vp = v = (int64_t)((uint64_t)v << sh) >> sh;
    }
    *cls = (unsigned)value_class(v);
    return 0;
}

/* Copy a variant (len, bytes, nfix, fixes) to p and patch it. */
static unsigned put_variant(const uint8_t *b, const int64_t *val, uint8_t *p, const uint8_t **end)
{
    unsigned len = *b++;
    copy16(p, b, len);
    const uint8_t *fx = b + len;
    unsigned nfix = *fx++;
    for (unsigned j = 0; j < nfix; j++, fx += 3) {
        unsigned off = fx[0], kind = fx[1];
        int64_t v = val[fx[2]];
        if (kind & JAS_K_BIT)
            p[off] ^= (uint8_t)(((v >> (kind & 7)) & 1) << ((kind >> 3) & 7));
        else
            put_le(p + off, v, kind & JAS_K_SIZE);
    }
    *end = fx;
    return len;
}

/* One VAR action: pick the variant for the arguments' classes.  Returns the
 * number of bytes written, or -1 on error. */
static int put_var(jas_State *J, const jas_tpl *t, const uint8_t **ap,
                   const int64_t *args, uint8_t *p)
{
    const uint8_t *a = *ap;
    unsigned hdr = *a++;
    int64_t val[8];
    unsigned cls[8];
    if (hdr & JAS_VAR_MAPPED) { /* one argument: straight to its variant */
        const uint8_t *vs = a + 38, *e;
        val[0] = args[a[0]];
        if (a[1] == 8) { /* 64-bit operand: no normalisation, no range error */
            unsigned off = rd16(a + 6 + 2 * (unsigned)value_class(val[0]));
            if (off != 0xffff) {
                const uint8_t *b = vs + off;
                unsigned len = b[0];
                if (b[1 + len] == 0) { /* no field (a zero displacement) */
                    copy16(p, b + 1, len);
                    *ap = vs + rd16(a + 4);
                    return (int)len;
                }
                if (b[1 + len] == 1 && !(b[3 + len] & JAS_K_BIT)) {
                    /* one field: copy, store it; 8 bytes if it ends the
                     * instruction (the buffer has slack) */
                    unsigned fo = b[2 + len], sz = b[3 + len] & JAS_K_SIZE;
                    copy16(p, b + 1, len);
                    if (fo + sz == len)
                        memcpy(p + fo, &val[0], 8);
                    else
                        put_le(p + fo, val[0], sz);
                    *ap = vs + rd16(a + 4);
                    return (int)len;
                }
            }
        }
        uint32_t line = rd16(a + 2);
        if (classify(J, t, line, &val[0], a[1], &cls[0]))
            return -1;
        unsigned off = rd16(a + 6 + 2 * cls[0]);
        if (off == 0xffff) {
            bad_value(J, t, line, args[a[0]], "fits no encoding of this instruction");
            return -1;
        }
        unsigned len = put_variant(vs + off, val, p, &e);
        *ap = vs + rd16(a + 4);
        return (int)len;
    }
    unsigned nargs = hdr & 7;
    const uint8_t *argdesc = a;
    a += 2 * nargs;
    unsigned nvar = *a++;
    uint32_t line = rd16(a);
    a += 2;
    for (unsigned i = 0; i < nargs; i++) {
        val[i] = args[argdesc[2 * i]];
        if (classify(J, t, line, &val[i], argdesc[2 * i + 1], &cls[i]))
            return -1;
    }
    for (unsigned k = 0; k < nvar; k++) {
        int ok = 1;
        for (unsigned i = 0; i < nargs; i++)
            ok &= (rd16(a + 2 * i) >> cls[i]) & 1;
        const uint8_t *b = a + 2 * nargs, *fx;
        if (ok) {
            unsigned len = put_variant(b, val, p, &fx);
            for (k++; k < nvar; k++) { /* skip the remaining variants */
                const uint8_t *c = fx + 2 * nargs;
                c += 1 + *c;
                fx = c + 1 + 3 * *c;
            }
            *ap = fx;
            return (int)len;
        }
        fx = b + 1 + *b;
        a = fx + 1 + 3 * *fx;
    }
    bad_value(J, t, line, val[0], "fits no encoding of this instruction");
    return -1;
}

void jas_put(jas_State *J, const jas_tpl *t, const int64_t *args)
{
    if (J->failed)
        return;
    jas_sec *s = &J->sec[J->cur];
    if ((s->cap - s->len < t->max_bytes + JAS_PAD || J->capfix - J->nfix < t->max_fixes) &&
        jas__reserve(J, t->max_bytes + JAS_PAD, t->max_fixes))
        return;
    uint32_t locbase = J->nslot;
    if (t->nlocals) {
        if (J->capslot - J->nslot < t->nlocals &&
            jas__grow_in(J, (void **)&J->slot, &J->capslot, J->nslot + t->nlocals, sizeof *J->slot)) {
            jas__fail(J, "error: out of memory");
            return;
        }
        for (uint32_t k = 0; k < t->nlocals; k++)
            J->slot[J->nslot + k] = (jas_slot){0, 0, 0, 0};
        J->nslot += t->nlocals;
    }
    const uint8_t *a = t->actions;
    uint8_t *p = s->buf + s->len;
    uint32_t n, slot;
    int64_t v;
    jas_fix *f;
    /* Threaded dispatch where the compiler has labels as values (a jump per
     * action predicts far better than one shared switch jump), a switch
     * elsewhere. */
#if defined(__GNUC__)
    static const void *const go[] = {
        &&op_END, &&op_LIT, &&op_LITW, &&op_FIELD, &&op_VAR, &&op_LABEL, &&op_BRANCH,
        &&op_REL32, &&op_ABSBR, &&op_ADDR, &&op_ALIGN, &&op_SECT, &&op_IFZ, &&op_SKIP};
#define CASE(x) op_##x:
#define NEXT                                                  \
    do {                                                      \
        if (*a >= sizeof go / sizeof *go)                     \
            goto corrupt;                                     \
        goto *go[*a++];                                       \
    } while (0)
    NEXT;
    {
#else
#define CASE(x) case JAS_A_##x:
#define NEXT continue
    for (;;) {
        switch (*a++) {
#endif
        CASE(END)
            s->len = (uint32_t)(p - s->buf);
            return;
        CASE(LIT)
            n = *a++;
            copy16(p, a, n);
            p += n;
            a += n;
            NEXT;
        CASE(LITW)
            n = rd16(a);
            memcpy(p, a + 2, n);
            p += n;
            a += 2 + n;
            NEXT;
        CASE(FIELD)
            v = args[a[1]];
            if (!fits(v, a[0])) {
                bad_value(J, t, rd16(a + 2), v, "does not fit its field");
                return;
            }
            memcpy(p, &v, 8); /* the buffer has slack: store 8, keep size */
            p += a[0] & JAS_K_SIZE;
            a += 4;
            NEXT;
        CASE(VAR) {
            int w = put_var(J, t, &a, args, p);
            if (w < 0)
                return;
            p += w;
            NEXT;
        }
        CASE(LABEL) {
            s->len = (uint32_t)(p - s->buf);
            slot = label_operand(J, &a, args, locbase, 1);
            if (slot == UINT32_MAX)
                return;
            jas_slot *l = &J->slot[slot];
            if (l->defined) {
                jas__define(J, slot); /* reports it */
                return;
            }
            l->defined = 1;
            l->sec = (uint8_t)J->cur;
            l->pos = s->len;
            l->fixidx = J->nfix;
            NEXT;
        }
        CASE(BRANCH) {
            uint8_t op = *a++;
            slot = label_operand(J, &a, args, locbase, 0);
            if (slot == UINT32_MAX)
                return;
            f = add_fix(J, FIX_BRANCH, (uint32_t)(p - s->buf));
            f->op = op;
            f->slot = slot;
            p += op == 0xEB ? 5 : 6; /* long form reserved; jas_link shrinks */
            NEXT;
        }
        CASE(REL32)
            slot = label_operand(J, &a, args, locbase, 0);
            if (slot == UINT32_MAX)
                return;
            f = add_fix(J, FIX_REL32, (uint32_t)(p - s->buf));
            f->aux = *a++;
            f->slot = slot;
            f->abs = (int32_t)(rd16(a) | rd16(a + 2) << 16); /* addend */
            a += 4;
            p += 4;
            NEXT;
        CASE(ABSBR)
            f = add_fix(J, FIX_ABSBR, (uint32_t)(p - s->buf));
            f->op = a[0];
            f->abs = args[a[1]];
            a += 2;
            p += 6; /* call [rip+pool] size; rel32 is one byte less */
            NEXT;
        CASE(ADDR)
            slot = label_operand(J, &a, args, locbase, 0);
            if (slot == UINT32_MAX)
                return;
            f = add_fix(J, FIX_ADDR, (uint32_t)(p - s->buf));
            f->slot = slot;
            p += 8;
            NEXT;
        CASE(ALIGN) {
            uint32_t al = 1u << *a++;
            if (al > s->align)
                s->align = al;
            if (J->cur == 0) { /* code: padding depends on relaxation */
                f = add_fix(J, FIX_ALIGN, (uint32_t)(p - s->buf));
                f->abs = al;
                p += al - 1;
            } else {
                n = (uint32_t)(-(p - s->buf)) & (al - 1);
                memset(p, 0, n);
                p += n;
            }
            NEXT;
        }
        CASE(SECT)
            s->len = (uint32_t)(p - s->buf);
            J->cur = *a++ & 1;
            s = &J->sec[J->cur];
            /* max_bytes bounds the whole put, so it bounds this section too */
            if (s->cap - s->len < t->max_bytes + JAS_PAD &&
                jas__grow_in(J, (void **)&s->buf, &s->cap, s->len + t->max_bytes + JAS_PAD, 1)) {
                jas__fail(J, "error: out of memory");
                return;
            }
            p = s->buf + s->len;
            NEXT;
        CASE(IFZ)
            n = rd16(a + 1);
            a += args[a[0]] ? 3 : 3 + n;
            NEXT;
        CASE(SKIP)
            a += 2 + rd16(a);
            NEXT;
#if !defined(__GNUC__)
        default:
            goto corrupt;
        }
#endif
    }
#undef CASE
#undef NEXT
corrupt:
    jas__fail(J, "%s: error: corrupt template (action %u)", t->file, a[-1]);
}
