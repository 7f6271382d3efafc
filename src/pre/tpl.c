/* Template builder: build-time branch resolution and action writing. */
#include "pre/tpl.h"
#include "runtime/actions.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tpl_init(tpl_builder *b) { memset(b, 0, sizeof *b); }

void tpl_free(tpl_builder *b)
{
    for (size_t i = 0; i < b->n; i++)
        free(b->items[i].bytes);
    free(b->items);
    memset(b, 0, sizeof *b);
}

tpl_item *tpl_add(tpl_builder *b, const tpl_item *it)
{
    if (b->n == b->cap) {
        size_t nc = b->cap ? 2 * b->cap : 32;
        tpl_item *ni = realloc(b->items, nc * sizeof *ni);
        if (!ni) {
            fprintf(stderr, "jas: out of memory\n");
            exit(2);
        }
        b->items = ni;
        b->cap = nc;
    }
    tpl_item *d = &b->items[b->n++];
    *d = *it;
    if (it->bytes && it->len) {
        d->bytes = malloc(it->len);
        if (!d->bytes) {
            fprintf(stderr, "jas: out of memory\n");
            exit(2);
        }
        memcpy(d->bytes, it->bytes, it->len);
    } else {
        d->bytes = NULL;
    }
    return d;
}

void tpl_bytes(tpl_builder *b, const uint8_t *p, uint32_t n, int line)
{
    tpl_item it = {0};
    it.kind = TI_BYTES;
    it.bytes = (uint8_t *)p;
    it.len = n;
    it.line = line;
    tpl_add(b, &it);
}

static uint32_t long_size(uint8_t op) { return op == 0xEB ? 5 : 6; }

/* Size of an item if fixed at build time, else -1. */
static int64_t fixed_size(const tpl_item *it)
{
    switch (it->kind) {
    case TI_BYTES: return it->len;
    case TI_FIELD: return it->op & JAS_K_SIZE;
    case TI_VAR: return it->minlen == it->maxlen ? (int64_t)it->minlen : -1;
    case TI_LABEL: return 0;
    case TI_BRANCH: return it->resolved ? (int64_t)(it->is_short ? 2 : long_size(it->op)) : -1;
    case TI_REL32: return 4;
    case TI_REL8: return 1;
    case TI_ADDR: return 8;
    default: return -1; /* ABSBR, ALIGN, SECT, IF/ELSE/ENDIF */
    }
}

/* ---- output buffer ---- */
typedef struct obuf { uint8_t *p; size_t n, cap; } obuf;

static void ob_put(obuf *o, const void *src, size_t n)
{
    if (!n)
        return; /* src may be NULL (an empty literal run) */
    if (o->n + n > o->cap) {
        size_t nc = o->cap ? o->cap : 256;
        while (nc < o->n + n)
            nc *= 2;
        uint8_t *q = realloc(o->p, nc);
        if (!q) {
            fprintf(stderr, "jas: out of memory\n");
            exit(2);
        }
        o->p = q;
        o->cap = nc;
    }
    memcpy(o->p + o->n, src, n);
    o->n += n;
}
static void ob_u8(obuf *o, unsigned v) { uint8_t b = (uint8_t)v; ob_put(o, &b, 1); }
static void ob_u16(obuf *o, unsigned v) { ob_u8(o, v & 0xff); ob_u8(o, (v >> 8) & 0xff); }

/* Pending literal bytes, flushed as LIT/LITW actions. */
typedef struct lit { uint8_t *p; size_t n, cap; } lit;
static void lit_add(lit *l, const uint8_t *p, size_t n)
{
    obuf o = {l->p, l->n, l->cap};
    ob_put(&o, p, n);
    l->p = o.p; l->n = o.n; l->cap = o.cap;
}
static void lit_flush(lit *l, obuf *o)
{
    size_t i = 0;
    while (i < l->n) {
        size_t k = l->n - i;
        if (k <= 255) {
            ob_u8(o, JAS_A_LIT);
            ob_u8(o, (unsigned)k);
        } else {
            if (k > 65535)
                k = 65535;
            ob_u8(o, JAS_A_LITW);
            ob_u16(o, (unsigned)k);
        }
        ob_put(o, l->p + i, k);
        i += k;
    }
    l->n = 0;
}

/* Value classes in numeric order, with their ranges. */
static const struct { int cls; int64_t lo, hi; } vrange[] = {
    {JAS_C_N64, INT64_MIN, -0x80000001LL},
    {JAS_C_N32, -0x80000000LL, -0x8001},
    {JAS_C_N16, -0x8000, -0x81},
    {JAS_C_N8, -0x80, -1},
    {JAS_C_ZERO, 0, 0},
    {JAS_C_ONE, 1, 1},
    {JAS_C_P8, 2, 0x7f},
    {JAS_C_U8, 0x80, 0xff},
    {JAS_C_P16, 0x100, 0x7fff},
    {JAS_C_U16, 0x8000, 0xffff},
    {JAS_C_P32, 0x10000, 0x7fffffff},
    {JAS_C_U32, 0x80000000LL, 0xffffffffLL},
    {JAS_C_P64, 0x100000000LL, INT64_MAX},
};

unsigned tpl_map_variants(const uint8_t *map, unsigned offs[16], unsigned masks[16], unsigned *covered)
{
    unsigned nv = 0;
    *covered = 0;
    for (unsigned c = 0; c < 16; c++) {
        unsigned off = (unsigned)map[2 * c] | (unsigned)map[2 * c + 1] << 8, i = 0;
        if (off == 0xffff)
            continue;
        *covered |= 1u << c;
        while (i < nv && offs[i] != off)
            i++;
        if (i == nv) {
            offs[nv] = off;
            masks[nv++] = 0;
        }
        masks[i] |= 1u << c;
    }
    return nv;
}

unsigned tpl_value_ranges(unsigned mask, unsigned dc, int64_t *lo, int64_t *hi)
{
    enum { N = sizeof vrange / sizeof *vrange };
    unsigned n = 0, m = mask | dc;
    for (unsigned i = 0; i < N;) {
        if (!((m >> vrange[i].cls) & 1)) {
            i++;
            continue;
        }
        int64_t l = vrange[i].lo, h;
        int need = 0; /* the run holds a class of mask, not only don't-cares */
        do {
            h = vrange[i].hi;
            need |= (mask >> vrange[i].cls) & 1;
            i++;
        } while (i < N && (m >> vrange[i].cls) & 1);
        if (need) {
            lo[n] = l;
            hi[n++] = h;
        }
    }
    return n;
}

/* A one-argument VAR whose variants each end with their one field
 * (JAS_VAR_FAST) becomes a VARR action: the class map turned into range
 * entries tested in order, each giving its variant's bytes, length and
 * field offset (actions.h), so that the runtime tests the value against a
 * range or two instead of classifying it.  The literal bytes pending before
 * it (at most 32) become a prefix of every variant: one action instead of
 * two.  Returns 0 when the VAR is not FAST (the caller writes it as is). */
static int range_var(lit *l, obuf *o, const uint8_t *v, size_t vlen)
{
    enum { HDR = 7 + 32, MAXLIT = 32, ENT = 20 };
    if (vlen < HDR || v[0] != (JAS_VAR_MAPPED | JAS_VAR_FAST | 1))
        return 0;
    unsigned offs[16], masks[16], covered, nv = tpl_map_variants(v + 7, offs, masks, &covered);
    size_t k = l->n <= MAXLIT ? l->n : 0;
    for (unsigned i = 0; i < nv; i++)
        if (v[HDR + offs[i]] + k > 255)
            k = 0;
    if (k < l->n)
        lit_flush(l, o);
    /* entries: lo, span, variant index */
    int64_t elo[16 * 13 + 1];
    uint64_t espan[16 * 13 + 1];
    unsigned evar[16 * 13 + 1], ne = 0, dc = 0, all = (1u << JAS_C_NVALUE) - 1;
    for (unsigned i = 0; i < nv; i++) {
        if (i + 1 == nv && covered == all) { /* the rest: every value */
            elo[ne] = 0, espan[ne] = UINT64_MAX, evar[ne++] = i;
            break;
        }
        int64_t lo[13], hi[13];
        unsigned nr = tpl_value_ranges(masks[i], dc, lo, hi);
        for (unsigned r = 0; r < nr; r++)
            elo[ne] = lo[r], espan[ne] = (uint64_t)hi[r] - (uint64_t)lo[r], evar[ne++] = i;
        dc |= masks[i];
    }
    if (covered != all) /* no encoding for the rest */
        elo[ne] = 0, espan[ne] = UINT64_MAX, evar[ne++] = 16;
    size_t vbytes = 0, vat[16];
    for (unsigned i = 0; i < nv; i++) {
        vat[i] = vbytes;
        vbytes += k + v[HDR + offs[i]];
    }
    size_t size = 5 + ENT * ne + vbytes;
    if (size > 0xffff)
        return 0; /* (cannot happen: 14 entries and 16 short variants) */
    ob_u8(o, JAS_A_VARR);
    ob_u8(o, v[1]);          /* arg */
    ob_put(o, v + 3, 2);     /* line */
    ob_u16(o, (unsigned)size);
    for (unsigned e = 0; e < ne; e++) {
        uint8_t ent[ENT];
        for (int b = 0; b < 8; b++) {
            ent[b] = (uint8_t)((uint64_t)elo[e] >> 8 * b);
            ent[8 + b] = (uint8_t)(espan[e] >> 8 * b);
        }
        if (evar[e] == 16) { /* no encoding */
            ent[16] = ent[17] = 0xff;
            ent[18] = ent[19] = 0;
        } else {
            const uint8_t *b = v + HDR + offs[evar[e]]; /* len bytes[len] 1 fix[3] */
            size_t rel = ENT * (ne - e) + vat[evar[e]]; /* from this entry to the bytes */
            ent[16] = (uint8_t)rel;
            ent[17] = (uint8_t)(rel >> 8);
            ent[18] = (uint8_t)(b[0] + k);
            ent[19] = (uint8_t)(b[2 + b[0]] + k);
        }
        ob_put(o, ent, ENT);
    }
    for (unsigned i = 0; i < nv; i++) {
        const uint8_t *b = v + HDR + offs[i];
        ob_put(o, l->p, k);
        ob_put(o, b + 1, b[0]);
    }
    if (k)
        l->n = 0;
    return 1;
}

static void put_label(obuf *o, const tpl_label *l, const uint32_t *rtlocal)
{
    ob_u8(o, (unsigned)l->kind);
    if (l->kind == JAS_L_DYN || l->kind == JAS_L_DYNBACK)
        ob_u8(o, l->id);
    else
        ob_u16(o, l->kind == JAS_L_LOCAL ? rtlocal[l->id] : l->id);
}

int tpl_finish(tpl_builder *b, tpl_out *out, char *err, size_t errlen, int *errline)
{
    size_t n = b->n;
    uint32_t nl = b->nlocals;
    int64_t *pos = calloc(n + 1, sizeof *pos);
    int64_t *seg = calloc(n + 1, sizeof *seg);
    int64_t *def = malloc((nl + 1) * sizeof *def);
    uint32_t *rtlocal = malloc((nl + 1) * sizeof *rtlocal);
    uint8_t *needrt = calloc(nl + 1, 1);
    if (!pos || !seg || !def || !rtlocal || !needrt) {
        fprintf(stderr, "jas: out of memory\n");
        exit(2);
    }
    for (uint32_t i = 0; i < nl; i++)
        def[i] = -1;
    for (size_t i = 0; i < n; i++) {
        tpl_item *it = &b->items[i];
        if (it->kind == TI_LABEL && it->label.kind == JAS_L_LOCAL) {
            if (def[it->label.id] >= 0) {
                snprintf(err, errlen, "label defined twice");
                *errline = it->line;
                goto fail;
            }
            def[it->label.id] = (int64_t)i;
        }
        it->resolved = 0;
    }
    for (size_t i = 0; i < n; i++) {
        tpl_item *it = &b->items[i];
        if ((it->kind == TI_BRANCH || it->kind == TI_REL32 || it->kind == TI_REL8 ||
             it->kind == TI_ADDR) &&
            it->label.kind == JAS_L_LOCAL && def[it->label.id] < 0) {
            snprintf(err, errlen, "undefined label");
            *errline = it->line;
            goto fail;
        }
    }
    /* Candidates: local branches; start short, grow until all reach.  Their
     * distance is known when nothing of variable size lies in between, i.e.
     * branch and label are in the same "segment". */
    for (size_t i = 0; i < n; i++)
        if (b->items[i].kind == TI_BRANCH && b->items[i].label.kind == JAS_L_LOCAL)
            b->items[i].resolved = 1, b->items[i].is_short = 1;
    for (int changed = 1; changed;) {
        changed = 0;
        int64_t p = 0, s = 0;
        for (size_t i = 0; i < n; i++) {
            pos[i] = p;
            seg[i] = s;
            int64_t sz = fixed_size(&b->items[i]);
            if (sz < 0) { s++; p = 0; } else p += sz;
        }
        pos[n] = p;
        seg[n] = s;
        for (size_t i = 0; i < n; i++) {
            tpl_item *it = &b->items[i];
            if (it->kind != TI_BRANCH || !it->resolved)
                continue;
            size_t t = (size_t)def[it->label.id];
            /* a branch can't be in its own segment span if variable items
             * separate it from the label; the branch itself is fixed here */
            if (seg[t] != seg[i]) {
                it->resolved = 0;
                changed = 1;
                continue;
            }
            int64_t d = pos[t] - (pos[i] + (it->is_short ? 2 : long_size(it->op)));
            if (it->is_short && (d < -128 || d > 127)) {
                it->is_short = 0;
                changed = 1;
            }
        }
    }
    /* A numeric label defined in this block, "N:", is a local label and
     * the numeric one at the same place (define_numeric, pre.c).  Run-time
     * references to the local one name the numeric one instead (Nf before
     * the definition, Nb after: the same place), so that the block defines
     * one run-time label, not two.  Not with .if in the block: which
     * definition runs is only known at run time. */
    int has_if = 0;
    for (size_t i = 0; i < n; i++)
        has_if |= b->items[i].kind == TI_IF;
    for (size_t i = 0; i + 1 < n && !has_if; i++) {
        tpl_item *d = &b->items[i], *num = &b->items[i + 1];
        if (d->kind != TI_LABEL || d->label.kind != JAS_L_LOCAL || num->kind != TI_LABEL ||
            num->label.kind != JAS_L_NUMFWD)
            continue;
        for (size_t k = 0; k < n; k++) {
            tpl_item *it = &b->items[k];
            int rt = (it->kind == TI_BRANCH && !it->resolved) || it->kind == TI_ADDR ||
                     (it->kind == TI_REL32 && seg[k] != seg[i]);
            if (rt && it->label.kind == JAS_L_LOCAL && it->label.id == d->label.id) {
                it->label.kind = k < i ? JAS_L_NUMFWD : JAS_L_NUMBACK;
                it->label.id = num->label.id;
            }
        }
    }
    /* Run-time local labels: those referenced by an unresolved item. */
    for (size_t i = 0; i < n; i++) {
        tpl_item *it = &b->items[i];
        int rel32_fixed = it->kind == TI_REL32 && it->label.kind == JAS_L_LOCAL &&
                          seg[def[it->label.id]] == seg[i];
        if (((it->kind == TI_BRANCH && !it->resolved) || (it->kind == TI_REL32 && !rel32_fixed) ||
             it->kind == TI_ADDR) && it->label.kind == JAS_L_LOCAL)
            needrt[it->label.id] = 1;
    }
    uint32_t nrt = 0;
    for (uint32_t i = 0; i < nl; i++)
        rtlocal[i] = needrt[i] ? nrt++ : UINT32_MAX;

    obuf o = {0};
    lit l = {0};
    uint32_t max_bytes = 0, max_fixes = 0;
    size_t ifstack[64], sp = 0; /* offsets of pending skip fields */
    for (size_t i = 0; i < n; i++) {
        tpl_item *it = &b->items[i];
        uint8_t tmp[8];
        switch (it->kind) {
        case TI_BYTES:
            lit_add(&l, it->bytes, it->len);
            max_bytes += it->len;
            break;
        case TI_FIELD:
            lit_flush(&l, &o);
            ob_u8(&o, JAS_A_FIELD);
            ob_u8(&o, it->op);
            ob_u8(&o, it->arg);
            ob_u16(&o, (unsigned)it->line);
            max_bytes += it->op & JAS_K_SIZE;
            break;
        case TI_VAR:
            max_bytes += it->maxlen;
            if (range_var(&l, &o, it->bytes, it->len))
                break;
            lit_flush(&l, &o);
            ob_u8(&o, JAS_A_VAR);
            ob_put(&o, it->bytes, it->len);
            break;
        case TI_LABEL:
            if (it->label.kind == JAS_L_LOCAL && !needrt[it->label.id])
                break;
            lit_flush(&l, &o);
            ob_u8(&o, JAS_A_LABEL);
            put_label(&o, &it->label, rtlocal);
            break;
        case TI_BRANCH:
            if (it->resolved) {
                int64_t t = (int64_t)def[it->label.id];
                int64_t d = pos[t] - (pos[i] + (it->is_short ? 2 : long_size(it->op)));
                int32_t d32 = (int32_t)d;
                if (it->is_short) {
                    tmp[0] = it->op;
                    tmp[1] = (uint8_t)d;
                    lit_add(&l, tmp, 2);
                    max_bytes += 2;
                } else if (it->op == 0xEB) {
                    tmp[0] = 0xE9;
                    memcpy(tmp + 1, &d32, 4);
                    lit_add(&l, tmp, 5);
                    max_bytes += 5;
                } else {
                    tmp[0] = 0x0F;
                    tmp[1] = (uint8_t)(it->op + 0x10);
                    memcpy(tmp + 2, &d32, 4);
                    lit_add(&l, tmp, 6);
                    max_bytes += 6;
                }
                break;
            }
            lit_flush(&l, &o);
            ob_u8(&o, JAS_A_BRANCH);
            ob_u8(&o, it->op);
            put_label(&o, &it->label, rtlocal);
            max_bytes += long_size(it->op);
            max_fixes++;
            break;
        case TI_REL32:
            if (it->label.kind == JAS_L_LOCAL && seg[def[it->label.id]] == seg[i]) {
                int32_t d = (int32_t)(pos[def[it->label.id]] + it->addend - (pos[i] + 4 + it->op));
                memcpy(tmp, &d, 4);
                lit_add(&l, tmp, 4);
                max_bytes += 4;
                break;
            }
            lit_flush(&l, &o);
            ob_u8(&o, JAS_A_REL32);
            put_label(&o, &it->label, rtlocal);
            ob_u8(&o, it->op);
            ob_u16(&o, (uint32_t)it->addend & 0xffff);
            ob_u16(&o, (uint32_t)it->addend >> 16);
            max_bytes += 4;
            max_fixes++;
            break;
        case TI_REL8: {
            int near = it->label.kind == JAS_L_LOCAL && seg[def[it->label.id]] == seg[i];
            int64_t d = near ? pos[def[it->label.id]] - (pos[i] + 1 + it->op) : 0;
            if (!near || d < -128 || d > 127) {
                if (!near)
                    snprintf(err, errlen, "loop/jrcxz/jecxz reach only a label of the same block "
                                          "with nothing of run-time size in between (no long form)");
                else
                    snprintf(err, errlen, "label out of rel8 reach (%lld bytes)", (long long)d);
                *errline = it->line;
                free(o.p);
                free(l.p);
                goto fail;
            }
            tmp[0] = (uint8_t)d;
            lit_add(&l, tmp, 1);
            max_bytes += 1;
            break;
        }
        case TI_ABSBR:
            lit_flush(&l, &o);
            ob_u8(&o, JAS_A_ABSBR);
            ob_u8(&o, it->op);
            ob_u8(&o, it->arg);
            max_bytes += 6;
            max_fixes++;
            break;
        case TI_ADDR:
            lit_flush(&l, &o);
            ob_u8(&o, JAS_A_ADDR);
            put_label(&o, &it->label, rtlocal);
            max_bytes += 8;
            max_fixes++;
            break;
        case TI_ALIGN:
            lit_flush(&l, &o);
            ob_u8(&o, JAS_A_ALIGN);
            ob_u8(&o, it->op);
            max_bytes += (1u << it->op) - 1;
            max_fixes++;
            break;
        case TI_SECT:
            lit_flush(&l, &o);
            ob_u8(&o, JAS_A_SECT);
            ob_u8(&o, it->op);
            break;
        case TI_IF:
            lit_flush(&l, &o);
            if (sp == sizeof ifstack / sizeof *ifstack) {
                snprintf(err, errlen, ".if nested too deeply");
                *errline = it->line;
                free(o.p);
                free(l.p);
                goto fail;
            }
            ob_u8(&o, JAS_A_IFZ);
            ob_u8(&o, it->arg);
            ifstack[sp++] = o.n;
            ob_u16(&o, 0);
            break;
        case TI_ELSE:
        case TI_ENDIF: {
            lit_flush(&l, &o);
            if (!sp) {
                snprintf(err, errlen, "%s without .if", it->kind == TI_ELSE ? ".else" : ".endif");
                *errline = it->line;
                free(o.p);
                free(l.p);
                goto fail;
            }
            size_t at = ifstack[--sp];
            if (it->kind == TI_ELSE) {
                ob_u8(&o, JAS_A_SKIP);
                size_t skipat = o.n;
                ob_u16(&o, 0);
                size_t d = o.n - (at + 2);
                o.p[at] = (uint8_t)d;
                o.p[at + 1] = (uint8_t)(d >> 8);
                ifstack[sp++] = skipat;
            } else {
                size_t d = o.n - (at + 2);
                o.p[at] = (uint8_t)d;
                o.p[at + 1] = (uint8_t)(d >> 8);
            }
            break;
        }
        }
    }
    lit_flush(&l, &o);
    ob_u8(&o, JAS_A_END);
    static const uint8_t pad[JAS_PAD];
    ob_put(&o, pad, sizeof pad); /* see JAS_PAD */
    free(l.p);
    if (sp) {
        snprintf(err, errlen, "unterminated .if");
        *errline = b->n ? b->items[b->n - 1].line : 0;
        free(o.p);
        goto fail;
    }
    if (o.n > 65535 * 4) {
        /* skips are 16-bit; a block this large should be split */
    }
    out->actions = o.p;
    out->len = o.n;
    out->max_bytes = max_bytes;
    out->max_fixes = max_fixes;
    out->nlocals = nrt;
    free(pos); free(seg); free(def); free(rtlocal); free(needrt);
    return 0;
fail:
    free(pos); free(seg); free(def); free(rtlocal); free(needrt);
    return -1;
}
