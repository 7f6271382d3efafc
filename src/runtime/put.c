/* jas_put: the hot path.  Copies a template's literal bytes and applies its
 * few actions; one capacity check per call, no table look-ups.  The common
 * actions are handled inline (with the steps direct.c shares, state.h); the
 * rare ones go through the entry points of generated code (direct.c), VARs
 * that are not the common case through var.c.  The only file of the runtime
 * built for speed (Makefile). */
#include "runtime/state.h"

#include <string.h>

JAS_HOT uint32_t rd16(const uint8_t *a) { return (uint32_t)a[0] | (uint32_t)a[1] << 8; }
JAS_HOT uint64_t rd64(const uint8_t *a) /* little-endian, like the fields we store */
{
    uint64_t v;
    memcpy(&v, a, 8);
    return v;
}

/* Copy n bytes in 16-byte chunks: a fixed-size copy is two instructions,
 * where memcpy(n) is a call.  Both sides have JAS_PAD bytes of slack. */
JAS_HOT void copy16(uint8_t *d, const uint8_t *s, uint32_t n)
{
    memcpy(d, s, 16); /* nearly every run of literal bytes is one chunk */
    for (uint32_t i = 16; i < n; i += 16)
        memcpy(d + i, s + i, 16);
}

/* A label operand: kind, then u16 id or (dynamic labels) u8 argument
 * index.  A macro: `a` stays in a register. */
#define LABEL_ID()                                                                 \
    (kind = a[0], v = kind >= JAS_L_DYN ? args[a[1]] : (int64_t)rd16(a + 1),       \
     a += kind >= JAS_L_DYN ? 2 : 3)

void jas_put(jas_State *J, const jas_tpl *t, const int64_t *args)
{
    uint32_t locbase, n;
    int kind;
    int64_t v;
    uint8_t *p = jas__open(J, t->max_bytes, t->max_fixes, t->nlocals, &locbase);
    if (!p)
        return;
    /* the section's buffer and number, in registers: they change only with
     * a SECT action (then reloaded) */
    int cur = J->cur;
    const uint8_t *base = J->sec[cur].buf;
    const uint8_t *a = t->actions;
    /* Threaded dispatch where the compiler has labels as values (a jump per
     * action predicts far better than one shared switch jump), a switch
     * elsewhere. */
#if defined(__GNUC__)
    static const void *const go[] = {
        &&op_END, &&op_LIT, &&op_LITW, &&op_FIELD, &&op_VAR, &&op_LABEL, &&op_BRANCH,
        &&op_REL32, &&op_ABSBR, &&op_ADDR, &&op_ALIGN, &&op_SECT, &&op_IFZ, &&op_SKIP, &&op_VARR};
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
            J->sec[cur].len = (uint32_t)(p - base);
            return;
        CASE(LIT)
            n = *a++;
            copy16(p, a, n);
            p += n;
            a += n;
            NEXT;
        CASE(VARR) { /* the common VAR: the first range holding the value */
            const uint8_t *e = a + 5;
            int64_t x = args[a[0]];
            while ((uint64_t)x - rd64(e) > rd64(e + 8))
                e += 20;
            uint32_t off = rd16(e + 16), len = e[18], fixoff = e[19];
            if (off == 0xffff) {
                jas__bad(J, t->file, rd16(a + 1), x, JAS__NOENC);
                return;
            }
            copy16(p, e + off, len);
            memcpy(p + fixoff, &x, 8); /* the field ends the variant; slack after */
            p += len;
            a += rd16(a + 3);
            NEXT;
        }
        CASE(VAR) /* a: the header */
            a = jas__put_var(J, t, a, args, p, &n);
            if (!a)
                return;
            p += n;
            NEXT;
        CASE(LABEL)
            n = 0;
            goto label;
        CASE(BRANCH)
            n = *a++; /* the opcode: never 0 */
        label: {
            /* a label operand; then its definition or a relaxable branch */
            LABEL_ID();
            uint32_t s = jas__slot_of(J, kind, v, locbase, !n);
            if (s == UINT32_MAX)
                return;
            if (!n) {
                jas_slot *l = &J->slot[s];
                if (l->defined) {
                    jas__fail(J, "error: label defined twice", 0, NULL);
                    return;
                }
                *l = (jas_slot){(uint32_t)(p - base), J->nfix, (uint8_t)cur, 1};
                NEXT;
            }
            p = jas__branch_at(J, p, (uint32_t)(p - base), cur, (int)n, s);
            NEXT;
        }
        CASE(ABSBR)
            p = jas__absbr_at(J, p, (uint32_t)(p - base), cur, a[0], args[a[1]]);
            a += 2;
            NEXT;
        CASE(LITW)
            n = rd16(a);
            memcpy(p, a + 2, n);
            p += n;
            a += 2 + n;
            NEXT;
        CASE(FIELD)
            v = args[a[1]];
            if (!jas__fits(v, a[0])) {
                jas__bad(J, t->file, rd16(a + 2), v, JAS__FIELD);
                return;
            }
            memcpy(p, &v, 8); /* the buffer has slack: store 8, keep size */
            p += a[0] & JAS_K_SIZE;
            a += 4;
            NEXT;
        CASE(REL32)
            LABEL_ID();
            p = jas__rel32(J, p, kind, v, locbase, a[0],
                           (int32_t)(rd16(a + 1) | rd16(a + 3) << 16));
            a += 5;
            goto check;
        CASE(ADDR)
            LABEL_ID();
            p = jas__addr(J, p, kind, v, locbase);
            goto check;
        CASE(ALIGN)
            p = jas__align(J, p, *a++);
            NEXT;
        CASE(SECT)
            p = jas__sect(J, p, *a++, t->max_bytes);
            cur = J->cur;
            base = J->sec[cur].buf;
            goto check;
        CASE(IFZ)
            n = rd16(a + 1);
            a += args[a[0]] ? 3 : 3 + n;
            NEXT;
        CASE(SKIP)
            a += 2 + rd16(a);
            NEXT;
        check:
            if (!p)
                return;
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
    jas__fail(J, "error: corrupt template (action %lld) from %s", a[-1], t->file);
}
