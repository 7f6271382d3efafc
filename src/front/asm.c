/* The standalone assembler driver: statements, labels, directives,
 * sections, layout with branch relaxation, fixups, output and listing.
 * See asm.h and layout.h. */
#include "front/asm.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "front/layout.h"

/* Layout: passes before giving up on relaxing (then every branch still
 * short is made long), and extra passes for .skip/.org to settle. */
#define MAX_RELAX_PASSES 1000
#define MAX_SETTLE_PASSES 16
/* Largest single .skip/.fill/.align/.org run, and largest output. */
#define MAX_RUN ((uint64_t)1 << 28)
#define MAX_IMAGE ((uint64_t)1 << 30)
#define MAX_SECTION_STACK 64

typedef struct jas_fixup {
    jas_frag *frag;
    uint64_t off;        /* from the frag start */
    uint8_t kind;        /* FIX_* */
    uint8_t size;        /* bytes */
    void *insn;          /* FIX_INSN */
    const jas_expr *expr;/* FIX_DATA */
    jas_stmtref ref;
} jas_fixup;
enum { FIX_INSN, FIX_DATA };

typedef struct jas_lst {
    jas_frag *frag;
    uint64_t off;        /* from the frag start; var part: UINT64_MAX */
    uint64_t len;
    jas_frag *end;       /* a span over several frags: ends at end_off of end */
    uint64_t end_off;
    jas_stmtref ref;
} jas_lst;

/* The text cache: a table of 8-byte slots (32 more bits of the hash and a
 * reference) into an arena of records laid end to end in the order they
 * were made: the length of the text, the length of the encoding, the
 * encoding, the text.  Narrow slots keep the randomly probed table small
 * (4 MB for 2^18 texts); the records take only the bytes they need. */
typedef struct icache {
    uint32_t tag;      /* hash bits 32..63 */
    uint32_t ref;      /* offset of the record + 1; 0 = empty slot */
} icache;
#define ICACHE_NMAX 15 /* longest encoding kept */

/* A line ahead of the lexer: its statement text (from the first letter to
 * a newline, ';' or comment) and hash, keyed by the newline before it. */
typedef struct icache_la {
    const char *nl, *p, *stop;
    uint64_t hash;
    uint32_t len;
    uint32_t sym_h;      /* jas_hash of the symbol it names (has_sym) */
    uint8_t has_sym;
} icache_la;
#define LA_N 16     /* ring size (a power of two) */
#define LA_DIST 12  /* lines hashed ahead: their slots are prefetched */
#define LA_REC 6    /* lines ahead whose records are prefetched */
#define LA_SYM 3     /* lines ahead whose symbols are prefetched */
typedef struct jas_symslot {
    jas_sym *s;
    uint32_t h;
} jas_symslot;

typedef struct jas_local {
    uint64_t n;
    jas_sym *cur;        /* last definition (Nb) */
    jas_sym *fwd;        /* the next definition, already referenced (Nf) */
    int used;
} jas_local;

struct jas_asm {
    const jas_target *tgt;
    jas_diag *diag;
    int listing;
    jas_arena perm;      /* symbols, sections */
    jas_arena frags;     /* frags, apart: layout walks them in order */
    jas_arena stmt;      /* parsed statements; released unless kept */

    jas_symslot *symtab;   /* open addressing; the hash beside the pointer */
    uint32_t symcap, nsyms;
    jas_local *loctab;
    uint32_t loccap, nlocs;

    jas_section *secs, *secs_last;
    jas_section *cur, *prev;
    jas_section *comm;   /* .comm/.lcomm room: GNU's .bss subsection 1 */
    jas_section *stack[MAX_SECTION_STACK];
    jas_section *stack_prev[MAX_SECTION_STACK];
    int nstack;

    jas_fixup *fix;
    size_t nfix, capfix;
    jas_lst *lst;
    size_t nlst, caplst;

    /* encodings of statements without symbols, by their text */
    icache *icache;
    uint32_t iccap, icn;
    uint8_t *icrec;      /* the records */
    size_t icrec_len, icrec_cap;
    /* the lines ahead, hashed (see la_fill) */
    icache_la la[LA_N];
    uint32_t la_head, la_tail;
    const char *la_pos, *la_end; /* the next line to hash; NULL: none */
    /* the current line's entry when its text missed the cache (valid until
     * the next la_take), for insn_stmt */
    const icache_la *missed;
    size_t src_len;      /* bytes of source so far (sizes the caches) */
    uint32_t sym_refs;   /* symbol lookups so far (a statement using none
                          * and no fixup can be cached) */

    jas_pctx pc;
    jas_evalctx ev;
    const char *file;
    int ended;           /* .end seen */
    int anon;            /* anonymous symbols made */

    uint8_t *image;
    size_t image_len;
    int finished;
    size_t nvars;        /* frags with an ALIGN/SPACE/ORG part (check_vars) */
    jas_asm_stats st;
};

/* ---- small helpers --------------------------------------------------------*/
static void err_at(jas_asm *a, const char *p, uint32_t len, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static void err_at(jas_asm *a, const char *p, uint32_t len, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    jas_perror(&a->pc, p, len, "%s", msg);
}

static void set_ref(jas_asm *a, const jas_stmtref *r)
{
    a->pc.file = r->file;
    a->pc.line = r->line;
    a->pc.line_start = r->line_start;
}

static int tok_is_punct(const jas_tok *t, int op)
{
    return t->kind == JAS_T_PUNCT && t->op == op;
}

static int at_end(const jas_tok *t)
{
    return t->kind == JAS_T_EOL || t->kind == JAS_T_EOF;
}

static int clip(uint32_t n) { return n > 60 ? 60 : (int)n; }

/* ---- sections and frags ---------------------------------------------------*/
static jas_frag *new_frag(jas_asm *a, jas_section *s)
{
    jas_frag *f = jas_arena_zalloc(&a->frags, sizeof *f);
    f->sec = s;
    f->fix_off = s->data.len;
    if (s->last)
        s->last->next = f;
    else
        s->first = f;
    s->last = f;
    s->nfrags++;
    a->st.frags++;
    return f;
}

static int name_is(const char *n, size_t len, const char *w)
{
    return strlen(w) == len && memcmp(n, w, len) == 0;
}
static int name_starts(const char *n, size_t len, const char *w)
{
    size_t k = strlen(w);
    return len >= k && memcmp(n, w, k) == 0;
}

static jas_section *get_section(jas_asm *a, const char *name, size_t len, int code_flag)
{
    for (jas_section *s = a->secs; s; s = s->next)
        if (strlen(s->name) == len && memcmp(s->name, name, len) == 0)
            return s;
    jas_section *s = jas_arena_zalloc(&a->perm, sizeof *s);
    s->name = jas_arena_strndup(&a->perm, name, len);
    s->align = 1;
    if (name_is(name, len, ".text") || name_starts(name, len, ".text.") || code_flag ||
        name_starts(name, len, ".init") || name_starts(name, len, ".fini"))
        s->kind = JAS_SEC_TEXT;
    else if (name_starts(name, len, ".note") || name_starts(name, len, ".comment") ||
             name_starts(name, len, ".debug") || name_starts(name, len, ".stab") ||
             name_starts(name, len, ".gnu.lto") || name_starts(name, len, ".llvm"))
        s->kind = JAS_SEC_DISCARD;
    else if (name_is(name, len, ".rodata") || name_starts(name, len, ".rodata."))
        s->kind = JAS_SEC_RODATA;
    else if (name_is(name, len, ".bss") || name_starts(name, len, ".bss.") ||
             name_starts(name, len, ".tbss") || name_starts(name, len, ".sbss"))
        s->kind = JAS_SEC_BSS;
    else
        s->kind = JAS_SEC_DATA;
    if (a->secs_last)
        a->secs_last->next = s;
    else
        a->secs = s;
    a->secs_last = s;
    new_frag(a, s);
    return s;
}

static void switch_section(jas_asm *a, jas_section *s)
{
    if (s != a->cur) {
        a->prev = a->cur;
        a->cur = s;
    }
}

static inline jas_frag *cur_frag(jas_asm *a) { return a->cur->last; }
static inline uint64_t cur_off(jas_asm *a)
{
    return a->cur->data.len - a->cur->last->fix_off;
}

/* End the current frag with a variable part; a new frag follows. */
static jas_frag *close_frag(jas_asm *a, int var, const jas_stmtref *ref)
{
    jas_frag *f = cur_frag(a);
    f->fix_len = a->cur->data.len - f->fix_off;
    f->var = (uint8_t)var;
    if (var != JAS_VAR_BRANCH)
        a->nvars++;
    if (ref)
        f->ref = *ref;
    new_frag(a, a->cur);
    return f;
}

/* ---- symbols --------------------------------------------------------------*/
static void symtab_grow(jas_asm *a)
{
    uint32_t ncap = a->symcap ? a->symcap * 2 : 1024;
    jas_symslot *nt = jas_big_calloc((size_t)ncap * sizeof *nt);
    for (uint32_t i = 0; i < a->symcap; i++) {
        jas_sym *s = a->symtab[i].s;
        if (!s)
            continue;
        uint32_t j = a->symtab[i].h & (ncap - 1); /* not s->hash: a miss each */
        while (nt[j].s)
            j = (j + 1) & (ncap - 1);
        nt[j] = a->symtab[i];
    }
    jas_big_free(a->symtab, (size_t)a->symcap * sizeof *nt);
    a->symtab = nt;
    a->symcap = ncap;
}

/* The slot for name (empty if absent). */
static jas_sym **sym_slot(jas_asm *a, const char *name, uint32_t len, uint32_t h)
{
    uint32_t mask = a->symcap - 1, i = h & mask;
    for (;;) {
        jas_symslot *e = &a->symtab[i];
        if (!e->s || (e->h == h && e->s->len == len && memcmp(e->s->name, name, len) == 0)) {
            e->h = h; /* for the caller that fills an empty slot */
            return &e->s;
        }
        i = (i + 1) & mask;
    }
}

static jas_sym *sym_new(jas_asm *a, const char *name, uint32_t len, uint32_t h)
{
    jas_sym *s = jas_arena_zalloc(&a->perm, sizeof *s);
    s->name = jas_arena_strndup(&a->perm, name, len);
    s->len = len;
    s->hash = h;
    a->st.symbols++;
    return s;
}

static jas_sym *sym_find(jas_asm *a, const char *name, uint32_t len)
{
    if (!a->symcap)
        return NULL;
    return *sym_slot(a, name, len, jas_hash(name, len));
}

/* Find or create (undefined).  With replace != NULL, the table entry is
 * replaced by *replace (a new version of a .set symbol). */
static jas_sym *sym_get(jas_asm *a, const char *name, uint32_t len, const jas_tok *at)
{
    if ((a->nsyms + 1) * 2 > a->symcap)
        symtab_grow(a);
    uint32_t h = jas_hash(name, len);
    jas_sym **slot = sym_slot(a, name, len, h);
    if (*slot)
        return *slot;
    jas_sym *s = sym_new(a, name, len, h);
    if (at) {
        s->def_p = at->p;
        s->def_line = at->line;
        s->def_line_start = at->line_start;
    }
    *slot = s;
    a->nsyms++;
    return s;
}

static void sym_replace(jas_asm *a, jas_sym *old, jas_sym *nw)
{
    jas_sym **slot = sym_slot(a, old->name, old->len, old->hash);
    *slot = nw;
}

static jas_sym *cb_sym(void *ud, const char *name, uint32_t len, const jas_tok *at)
{
    jas_asm *a = ud;
    a->sym_refs++;
    return sym_get(a, name, len, at);
}

/* Numeric local labels. */
static jas_local *local_get(jas_asm *a, uint64_t n)
{
    if ((a->nlocs + 1) * 2 > a->loccap) {
        uint32_t ncap = a->loccap ? a->loccap * 2 : 64;
        jas_local *nt = jas_xcalloc(ncap, sizeof *nt);
        for (uint32_t i = 0; i < a->loccap; i++) {
            if (!a->loctab[i].used)
                continue;
            uint32_t j = (uint32_t)(a->loctab[i].n * 0x9E3779B97F4A7C15ull >> 40) & (ncap - 1);
            while (nt[j].used)
                j = (j + 1) & (ncap - 1);
            nt[j] = a->loctab[i];
        }
        free(a->loctab);
        a->loctab = nt;
        a->loccap = ncap;
    }
    uint32_t mask = a->loccap - 1;
    uint32_t i = (uint32_t)(n * 0x9E3779B97F4A7C15ull >> 40) & mask;
    while (a->loctab[i].used && a->loctab[i].n != n)
        i = (i + 1) & mask;
    if (!a->loctab[i].used) {
        a->loctab[i].used = 1;
        a->loctab[i].n = n;
        a->nlocs++;
    }
    return &a->loctab[i];
}

static jas_sym *local_sym(jas_asm *a, uint64_t n, const jas_tok *at)
{
    char name[24];
    int len = 0;
    do { /* decimal digits, last first */
        name[sizeof name - 1 - len++] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    jas_sym *s = sym_new(a, name + sizeof name - len, (uint32_t)len, 0);
    s->flags |= JAS_SF_LOCAL;
    if (at) {
        s->def_p = at->p;
        s->def_line = at->line;
        s->def_line_start = at->line_start;
    }
    return s;
}

static jas_sym *cb_local(void *ud, uint64_t n, int dir, const jas_tok *at)
{
    jas_asm *a = ud;
    a->sym_refs++;
    jas_local *l = local_get(a, n);
    if (dir == 'b') {
        if (!l->cur) {
            err_at(a, at->p, at->len, "undefined local label '%.*s' (no earlier '%llu:')",
                   clip(at->len), at->p, (unsigned long long)n);
            return NULL;
        }
        return l->cur;
    }
    if (!l->fwd)
        l->fwd = local_sym(a, n, at);
    return l->fwd;
}

static void previous_def_note(jas_asm *a, const jas_sym *s)
{
    if (!s->def_line_start)
        return;
    jas_pctx tmp = a->pc;
    tmp.line = s->def_line;
    tmp.line_start = s->def_line_start;
    jas_srcpos pos = jas_pctx_pos(&tmp, s->def_p);
    jas_note(a->diag, &pos, (int)(s->flags & JAS_SF_LOCAL ? 1 : s->len),
             "previous definition of '%.*s' is here", clip(s->len), s->name);
}

static void bind_label(jas_asm *a, jas_sym *s, const jas_tok *at)
{
    s->kind = JAS_SYM_LABEL;
    s->frag = cur_frag(a);
    s->off = cur_off(a);
    if (at) {
        s->def_p = at->p;
        s->def_line = at->line;
        s->def_line_start = at->line_start;
    }
}

static void define_label(jas_asm *a, const jas_tok *name)
{
    jas_sym *s = sym_get(a, name->p, name->len, name);
    if (s->kind != JAS_SYM_UNDEF) {
        err_at(a, name->p, name->len, "symbol '%.*s' is already defined", clip(name->len), name->p);
        previous_def_note(a, s);
        return;
    }
    bind_label(a, s, name);
}

static void define_local(jas_asm *a, const jas_tok *num)
{
    jas_local *l = local_get(a, num->num);
    jas_sym *s = l->fwd ? l->fwd : local_sym(a, num->num, num);
    l->fwd = NULL;
    bind_label(a, s, num);
    l->cur = s;
}

/* An anonymous label at the current position (for "." inside .equ). */
static jas_sym *anon_label(jas_asm *a)
{
    char name[32];
    int n = snprintf(name, sizeof name, ".L.jas.dot.%d", a->anon++);
    jas_sym *s = sym_new(a, name, (uint32_t)n, 0);
    bind_label(a, s, NULL);
    return s;
}

static void replace_dot(jas_expr *e, jas_sym *s)
{
    while (e) { /* loop down the left (deep) side, recurse on the right */
        if (e->op == JAS_E_DOT) {
            e->op = JAS_E_SYM;
            e->u.sym = s;
            return;
        }
        if (e->op < JAS_E_NEG)
            return;
        if (e->op > JAS_E_LNOT)
            replace_dot(e->u.kid[1], s);
        e = e->u.kid[0];
    }
}

/* ---- records --------------------------------------------------------------*/
static void add_fixup(jas_asm *a, const jas_fixup *f)
{
    if (a->nfix == a->capfix) {
        a->capfix = a->capfix ? a->capfix * 2 : 1024;
        a->fix = jas_xrealloc(a->fix, a->capfix * sizeof *a->fix);
    }
    a->fix[a->nfix++] = *f;
    a->st.fixups++;
}

static void add_lst(jas_asm *a, jas_frag *f, uint64_t off, uint64_t len, const jas_stmtref *ref)
{
    if (!a->listing)
        return;
    if (a->nlst == a->caplst) {
        a->caplst = a->caplst ? a->caplst * 2 : 1024;
        a->lst = jas_xrealloc(a->lst, a->caplst * sizeof *a->lst);
    }
    jas_lst *l = &a->lst[a->nlst++];
    l->frag = f;
    l->off = off;
    l->len = len;
    l->end = NULL;
    l->ref = *ref;
}

/* ---- data emission --------------------------------------------------------*/
static void put_le(uint8_t *p, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++, v >>= 8)
        p[i] = (uint8_t)v;
}

/* GNU's rule: a value fits n bytes if the bits above are all zero, or all
 * one with the top bit of the field set. */
static int fits_bytes(int64_t v, unsigned n)
{
    if (n >= 8)
        return 1;
    uint64_t unmask = ~(uint64_t)0 << (n * 8), hibit = (uint64_t)1 << (n * 8 - 1);
    uint64_t g = (uint64_t)v;
    return (g & unmask) == 0 || ((g & unmask) == unmask && (g & hibit));
}

/* GNU's rule for a value known only after layout (a fixup): any sign
 * within the field's magnitude, (-2^n, 2^n); a wider one is an error. */
static int fits_late(int64_t v, unsigned n)
{
    if (n >= 8)
        return 1;
    uint64_t lim = (uint64_t)1 << (n * 8);
    return (v >= 0 ? (uint64_t)v : -(uint64_t)v) < lim;
}

static void warn_trunc(jas_asm *a, const jas_expr *e, int64_t v, unsigned n)
{
    uint64_t m = n >= 8 ? ~(uint64_t)0 : (((uint64_t)1 << (n * 8)) - 1);
    jas_pwarning(&a->pc, e->p, e->len, "value 0x%llx truncated to 0x%llx",
                 (unsigned long long)(uint64_t)v, (unsigned long long)((uint64_t)v & m));
}

static void report_eval(jas_asm *a, const jas_expr *e)
{
    const jas_expr *at = a->ev.err_at ? a->ev.err_at : e;
    err_at(a, at->p, at->len, "%s", a->ev.err);
}

static void parse_ev(jas_asm *a)
{
    a->ev.final = 0;
    a->ev.dot_frag = cur_frag(a);
    a->ev.dot_off = cur_off(a);
}

/* Parse an expression and evaluate it as a parse-time constant. */
static int const_expr(jas_asm *a, jas_lexer *lx, jas_tok *t, int64_t *v, const char *what)
{
    const char *p = t->p;
    jas_expr *e = jas_expr_parse(&a->pc, lx, t);
    if (!e)
        return -1;
    jas_value val;
    parse_ev(a);
    if (jas_eval(&a->ev, e, &val)) {
        report_eval(a, e);
        return -1;
    }
    if (val.kind != JAS_V_CONST) {
        err_at(a, p, e->len, "%s must be a constant known here", what);
        return -1;
    }
    *v = val.v;
    return 0;
}

/* ---- directives -----------------------------------------------------------*/
typedef struct dctx {
    jas_asm *a;
    jas_lexer *lx;
    jas_tok *t;
    const jas_tok *name;     /* the directive token */
    jas_stmtref ref;
    int keep;                /* keep the statement arena */
} dctx;

typedef int (*dir_fn)(dctx *d, int arg);

static int expect_end(dctx *d)
{
    if (!at_end(d->t)) {
        jas_perror_tok(&d->a->pc, d->t, "junk after the operands");
        return -1;
    }
    return 0;
}

static int expect_comma(dctx *d)
{
    if (!tok_is_punct(d->t, ',')) {
        jas_perror_tok(&d->a->pc, d->t, "expected ','");
        return -1;
    }
    jas_lex_next(d->lx, d->t);
    return 0;
}

static int d_data(dctx *d, int size)
{
    jas_asm *a = d->a;
    jas_section *s = a->cur;
    uint64_t start = cur_off(a);
    jas_frag *f = cur_frag(a);
    if (at_end(d->t))
        return 0;
    for (;;) {
        jas_expr *e = jas_expr_parse(&a->pc, d->lx, d->t);
        if (!e)
            return -1;
        jas_value v;
        parse_ev(a);
        if (jas_eval(&a->ev, e, &v)) {
            report_eval(a, e);
            return -1;
        }
        uint8_t *p = jas_buf_reserve(&s->data, (size_t)size);
        if (v.kind == JAS_V_CONST) {
            if (!fits_bytes(v.v, (unsigned)size))
                warn_trunc(a, e, v.v, (unsigned)size);
            put_le(p, (uint64_t)v.v, (unsigned)size);
        } else {
            memset(p, 0, (size_t)size);
            jas_fixup fx = { f, cur_off(a), FIX_DATA, (uint8_t)size, NULL, e, d->ref };
            add_fixup(a, &fx);
            d->keep = 1;
        }
        s->data.len += (size_t)size;
        if (!tok_is_punct(d->t, ','))
            break;
        jas_lex_next(d->lx, d->t);
    }
    if (expect_end(d))
        return -1;
    add_lst(a, f, start, cur_off(a) - start, &d->ref);
    return 0;
}

/* LEB128 of v in at least `min` bytes (padded with continuation bytes, which
 * only a layout that did not settle asks for); returns the length.  out may
 * be NULL (the size only). */
static unsigned leb128(uint64_t v, int is_signed, unsigned min, uint8_t *out)
{
    unsigned n = 0;
    for (;;) {
        uint8_t b = v & 0x7f;
        int done;
        if (is_signed) { /* arithmetic shift without relying on >> of negatives */
            v = (int64_t)v < 0 ? ~(~v >> 7) : v >> 7;
            done = (v == 0 && !(b & 0x40)) || (v == ~(uint64_t)0 && (b & 0x40));
        } else {
            v >>= 7;
            done = v == 0;
        }
        done = done && n + 1 >= min;
        if (out)
            out[n] = done ? b : (uint8_t)(b | 0x80);
        n++;
        if (done)
            return n;
    }
}

static int d_leb128(dctx *d, int is_signed)
{
    jas_asm *a = d->a;
    uint64_t start = cur_off(a);
    jas_frag *first = cur_frag(a);
    for (;;) {
        jas_expr *e = jas_expr_parse(&a->pc, d->lx, d->t);
        jas_value val;
        if (!e)
            return -1;
        parse_ev(a);
        if (jas_eval(&a->ev, e, &val)) {
            if (a->cur->kind != JAS_SEC_DISCARD) {
                report_eval(a, e);
                return -1;
            }
            /* never output: debug info's view numbers need no value */
            val.kind = JAS_V_CONST;
            val.v = 0;
        }
        if (val.kind == JAS_V_CONST) {
            uint8_t b[10];
            jas_buf_put(&a->cur->data, b, leb128((uint64_t)val.v, is_signed, 1, b));
        } else if (a->cur->kind == JAS_SEC_DISCARD) {
            jas_buf_putc(&a->cur->data, 0); /* never output */
        } else if (val.has_ph) {
            return -1;
        } else {
            /* a label difference across code that relaxes (exception
             * tables): sized by the layout, like GNU's rs_leb128 */
            jas_frag *f = close_frag(a, JAS_VAR_LEB, &d->ref);
            f->expr = e;
            f->fill = (uint64_t)is_signed;
            d->keep = 1;
        }
        if (!tok_is_punct(d->t, ','))
            break;
        jas_lex_next(d->lx, d->t);
    }
    if (expect_end(d))
        return -1;
    add_lst(a, first, start, cur_off(a) - start, &d->ref);
    if (a->listing && cur_frag(a) != first) { /* variable parts between */
        a->lst[a->nlst - 1].end = cur_frag(a);
        a->lst[a->nlst - 1].end_off = cur_off(a);
    }
    return 0;
}

static int d_ascii(dctx *d, int zero)
{
    jas_asm *a = d->a;
    uint64_t start = cur_off(a);
    while (!at_end(d->t)) {
        if (d->t->kind != JAS_T_STR) {
            jas_perror_tok(&a->pc, d->t, "expected a string");
            return -1;
        }
        jas_str_decode(d->t, &a->cur->data, NULL);
        if (zero)
            jas_buf_putc(&a->cur->data, 0);
        jas_lex_next(d->lx, d->t);
        if (tok_is_punct(d->t, ','))
            jas_lex_next(d->lx, d->t);
    }
    add_lst(a, cur_frag(a), start, cur_off(a) - start, &d->ref);
    return 0;
}

enum { AL_BYTES, AL_POW2 };

/* .align/.balign[wl] N[,fill[,max]]  .p2align[wl] N[,fill[,max]]
 * arg = AL_BYTES/AL_POW2 | fill size << 4 */
static int d_align(dctx *d, int arg)
{
    jas_asm *a = d->a;
    int mode = arg & 15, fsize = arg >> 4;
    int64_t n = 0, fill = 0, max = 0;
    int have_fill = 0;
    const char *np = d->t->p;
    if (const_expr(a, d->lx, d->t, &n, "the alignment"))
        return -1;
    if (tok_is_punct(d->t, ',')) {
        jas_lex_next(d->lx, d->t);
        if (!tok_is_punct(d->t, ',') && !at_end(d->t)) {
            if (const_expr(a, d->lx, d->t, &fill, "the fill value"))
                return -1;
            have_fill = 1;
        }
        if (tok_is_punct(d->t, ',')) {
            jas_lex_next(d->lx, d->t);
            if (const_expr(a, d->lx, d->t, &max, "the maximum padding"))
                return -1;
        }
    }
    if (expect_end(d))
        return -1;
    uint64_t align;
    if (mode == AL_POW2) {
        if (n < 0 || n > 30) {
            err_at(a, np, (uint32_t)(d->t->p - np), "alignment too large: 2^%lld",
                   (long long)n);
            return -1;
        }
        align = (uint64_t)1 << n;
    } else {
        if (n < 0 || (n & (n - 1)) != 0) {
            err_at(a, np, 1, "alignment not a power of 2");
            return -1;
        }
        if (n > (1 << 30)) {
            err_at(a, np, 1, "alignment too large");
            return -1;
        }
        align = n ? (uint64_t)n : 1;
    }
    if (align == 1)
        return 0; /* GNU makes no fragment for it */
    if (align > a->cur->align)
        a->cur->align = align;
    jas_frag *f = close_frag(a, JAS_VAR_ALIGN, &d->ref);
    f->align = align;
    f->max = max > 0 ? (uint64_t)max : 0;
    f->fill = (uint64_t)fill;
    f->fill_size = (uint8_t)(fsize ? fsize : 1);
    if (a->cur->kind == JAS_SEC_TEXT && fsize == 0 &&
        (!have_fill || (fill & 0xff) == a->tgt->code_fill_byte))
        f->fill_size = 0; /* code padding */
    add_lst(a, f, UINT64_MAX, 0, &d->ref);
    return 0;
}

/* .skip/.space/.zero N[,fill]   .fill N[,size[,value]] (arg 1) */
static int d_space(dctx *d, int is_fill)
{
    jas_asm *a = d->a;
    const char *p = d->t->p;
    jas_expr *cnt = jas_expr_parse(&a->pc, d->lx, d->t);
    if (!cnt)
        return -1;
    int64_t size = 1, fill = 0;
    if (tok_is_punct(d->t, ',')) {
        jas_lex_next(d->lx, d->t);
        if (is_fill) {
            if (!tok_is_punct(d->t, ',') &&
                const_expr(a, d->lx, d->t, &size, "the .fill size"))
                return -1;
            if (tok_is_punct(d->t, ',')) {
                jas_lex_next(d->lx, d->t);
                if (const_expr(a, d->lx, d->t, &fill, "the .fill value"))
                    return -1;
            }
        } else if (const_expr(a, d->lx, d->t, &fill, "the fill value")) {
            return -1;
        }
    }
    if (expect_end(d))
        return -1;
    if (size < 0) {
        err_at(a, p, 1, "negative .fill size");
        return -1;
    }
    if (size > 8) {
        jas_pwarning(&a->pc, p, 1, ".fill size clamped to 8");
        size = 8;
    }
    if (is_fill && size > 4)
        fill &= 0xffffffff; /* GNU: the high 4 bytes are zero */
    jas_value v;
    parse_ev(a);
    if (jas_eval(&a->ev, cnt, &v)) {
        report_eval(a, cnt);
        return -1;
    }
    if (v.kind == JAS_V_CONST) {
        if (v.v < 0) {
            jas_pwarning(&a->pc, cnt->p, cnt->len, "negative repeat count, nothing emitted");
            return 0;
        }
        if (size == 0)
            return 0;
        if ((uint64_t)v.v > MAX_RUN / (uint64_t)size) {
            err_at(a, cnt->p, cnt->len, "size too large (%lld bytes)", (long long)v.v);
            return -1;
        }
        uint64_t start = cur_off(a), n = (uint64_t)v.v;
        jas_buf *b = &a->cur->data;
        if (size == 1) {
            jas_buf_fill(b, (int)(fill & 0xff), (size_t)n);
        } else if (n) { /* none: the buffer may still be empty (NULL) */
            uint8_t *q = jas_buf_reserve(b, (size_t)(n * (uint64_t)size));
            for (uint64_t i = 0; i < n; i++)
                put_le(q + i * (uint64_t)size, (uint64_t)fill, (unsigned)size);
            b->len += (size_t)(n * (uint64_t)size);
        }
        add_lst(a, cur_frag(a), start, cur_off(a) - start, &d->ref);
        return 0;
    }
    if (v.has_ph)
        return -1;
    jas_frag *f = close_frag(a, JAS_VAR_SPACE, &d->ref);
    f->expr = cnt;
    f->fill = (uint64_t)fill;
    f->fill_size = (uint8_t)size;
    d->keep = 1;
    add_lst(a, f, UINT64_MAX, 0, &d->ref);
    return 0;
}

static int d_org(dctx *d, int arg)
{
    (void)arg;
    jas_asm *a = d->a;
    jas_expr *e = jas_expr_parse(&a->pc, d->lx, d->t);
    if (!e)
        return -1;
    int64_t fill = 0;
    if (tok_is_punct(d->t, ',')) {
        jas_lex_next(d->lx, d->t);
        if (const_expr(a, d->lx, d->t, &fill, "the fill value"))
            return -1;
    }
    if (expect_end(d))
        return -1;
    jas_value v;
    parse_ev(a);
    if (jas_eval(&a->ev, e, &v)) {
        report_eval(a, e);
        return -1;
    }
    if (v.kind == JAS_V_REL && v.frag->sec != a->cur) {
        err_at(a, e->p, e->len, ".org needs a location in the current section");
        return -1;
    }
    jas_frag *f = close_frag(a, JAS_VAR_ORG, &d->ref);
    f->expr = e;
    f->fill = (uint64_t)fill;
    f->fill_size = 1;
    d->keep = 1;
    add_lst(a, f, UINT64_MAX, 0, &d->ref);
    return 0;
}

/* .equ/.set name, expr (arg: 0 .set/.equ, 1 .equiv) */
static int define_equ(dctx *d, const jas_tok *name, int equiv)
{
    jas_asm *a = d->a;
    jas_expr *e = jas_expr_parse(&a->pc, d->lx, d->t);
    if (!e)
        return -1;
    if (expect_end(d))
        return -1;
    if (name->len == 1 && name->p[0] == '.') {
        err_at(a, name->p, 1, "assigning to '.' is not supported (use .org)");
        return -1;
    }
    if (jas_expr_has(e, JAS_E_DOT))
        replace_dot(e, anon_label(a));
    jas_sym *s = sym_find(a, name->p, name->len);
    if (s && s->kind != JAS_SYM_UNDEF) {
        if (s->kind == JAS_SYM_LABEL || equiv || (s->flags & JAS_SF_EQUIV)) {
            err_at(a, name->p, name->len, "symbol '%.*s' is already defined",
                   clip(name->len), name->p);
            previous_def_note(a, s);
            return -1;
        }
        jas_sym *n = sym_new(a, s->name, s->len, s->hash);
        sym_replace(a, s, n);
        s = n;
    } else if (!s) {
        s = sym_get(a, name->p, name->len, name);
    }
    s->kind = JAS_SYM_EQU;
    s->expr = e;
    s->def_p = name->p;
    s->def_line = name->line;
    s->def_line_start = name->line_start;
    if (equiv)
        s->flags |= JAS_SF_EQUIV;
    d->keep = 1;
    /* cycles are reported where the symbol is used */
    return 0;
}

static int d_equ(dctx *d, int equiv)
{
    if (d->t->kind != JAS_T_IDENT) {
        jas_perror_tok(&d->a->pc, d->t, "expected a symbol name");
        return -1;
    }
    jas_tok name = *d->t;
    jas_lex_next(d->lx, d->t);
    if (expect_comma(d))
        return -1;
    return define_equ(d, &name, equiv);
}

/* Raw word up to white space, ',' ';' '#' or end of line (section names
 * such as .note.GNU-stack, cpu names such as x86-64). */
static int raw_word(dctx *d, const char **p, size_t *n)
{
    jas_tok *t = d->t;
    if (t->kind == JAS_T_STR) {
        *p = t->p + 1;
        *n = t->len - 2;
        jas_lex_next(d->lx, t);
        return 0;
    }
    if (at_end(t)) {
        jas_perror_tok(&d->a->pc, t, "expected a name");
        return -1;
    }
    const char *s = t->p, *e = s, *end = d->lx->end;
    while (e < end && *e != ' ' && *e != '\t' && *e != ',' && *e != ';' && *e != '#' &&
           *e != '\n' && *e != '\r')
        e++;
    *p = s;
    *n = (size_t)(e - s);
    d->lx->p = e;
    jas_lex_next(d->lx, t);
    return 0;
}

static int d_section(dctx *d, int arg)
{
    jas_asm *a = d->a;
    const char *name;
    size_t n;
    int code = 0;
    if (arg == 1) { /* .text/.data/.bss [subsection]: only subsection 0 */
        const char *nm = d->name->p;
        size_t nl = d->name->len;
        char low[8];
        jas_lower(low, sizeof low, nm, nl);
        if (!at_end(d->t)) {
            const char *p = d->t->p;
            int64_t sub;
            if (const_expr(a, d->lx, d->t, &sub, "a subsection number"))
                return -1;
            if (sub) { /* GNU would put it after subsection 0: not silently */
                err_at(a, p, (uint32_t)(d->t->p - p), "subsections are not supported (only %.*s 0)",
                       (int)nl, nm);
                return -1;
            }
            if (expect_end(d))
                return -1;
        }
        switch_section(a, get_section(a, low, nl, 0));
        return 0;
    }
    if (raw_word(d, &name, &n))
        return -1;
    if (n == 0) {
        err_at(a, d->name->p, d->name->len, "missing section name");
        return -1;
    }
    if (tok_is_punct(d->t, ',')) {
        jas_lex_next(d->lx, d->t);
        if (d->t->kind == JAS_T_STR)
            for (uint32_t i = 1; i + 1 < d->t->len; i++)
                if (d->t->p[i] == 'x')
                    code = 1;
    }
    jas_lex_skip_stmt(d->lx, d->t); /* flags, type, group: ignored */
    jas_section *s = get_section(a, name, n, code);
    if (arg == 2) { /* .pushsection */
        if (a->nstack == MAX_SECTION_STACK) {
            err_at(a, d->name->p, d->name->len, "section stack too deep");
            return -1;
        }
        a->stack[a->nstack] = a->cur;
        a->stack_prev[a->nstack++] = a->prev;
    }
    switch_section(a, s);
    return 0;
}

static int d_popsection(dctx *d, int arg)
{
    jas_asm *a = d->a;
    (void)arg;
    if (expect_end(d))
        return -1;
    if (!a->nstack) {
        err_at(a, d->name->p, d->name->len, ".popsection without .pushsection");
        return -1;
    }
    a->nstack--;
    a->cur = a->stack[a->nstack];
    a->prev = a->stack_prev[a->nstack];
    return 0;
}

static int d_previous(dctx *d, int arg)
{
    jas_asm *a = d->a;
    (void)arg;
    if (expect_end(d))
        return -1;
    if (a->prev) {
        jas_section *t = a->cur;
        a->cur = a->prev;
        a->prev = t;
    }
    return 0;
}

static int d_ignore(dctx *d, int arg)
{
    (void)arg;
    jas_lex_skip_stmt(d->lx, d->t);
    return 0;
}

static int d_weak(dctx *d, int arg)
{
    jas_asm *a = d->a;
    while (!at_end(d->t)) {
        if (d->t->kind != JAS_T_IDENT) {
            jas_perror_tok(&a->pc, d->t, "expected a symbol name");
            return -1;
        }
        jas_sym *s = sym_get(a, d->t->p, d->t->len, d->t);
        s->flags |= (uint8_t)arg;
        jas_lex_next(d->lx, d->t);
        if (tok_is_punct(d->t, ','))
            jas_lex_next(d->lx, d->t);
    }
    return 0;
}

static int d_syntax(dctx *d, int att)
{
    jas_asm *a = d->a;
    if (att) {
        err_at(a, d->name->p, d->name->len,
               "AT&T syntax is not supported (jas reads GNU Intel syntax)");
        jas_lex_skip_stmt(d->lx, d->t);
        return -1;
    }
    if (jas_tok_is(d->t, "prefix")) {
        err_at(a, d->t->p, d->t->len, "'%%' register prefixes are not supported; use noprefix");
        jas_lex_skip_stmt(d->lx, d->t);
        return -1;
    }
    jas_lex_skip_stmt(d->lx, d->t);
    return 0;
}

static int d_code(dctx *d, int bits)
{
    if (bits != 64) {
        err_at(d->a, d->name->p, d->name->len, "only 64-bit code is supported");
        jas_lex_skip_stmt(d->lx, d->t);
        return -1;
    }
    return expect_end(d);
}

static int d_arch(dctx *d, int arg)
{
    jas_asm *a = d->a;
    const char *p;
    size_t n;
    (void)arg;
    const char *at = d->t->p;
    if (raw_word(d, &p, &n))
        return -1;
    jas_lex_skip_stmt(d->lx, d->t);
    const jas_target *t = jas_target_find(p, n);
    if (t) {
        if (t != a->tgt) {
            a->tgt = t;
            if (a->icache)
                memset(a->icache, 0, a->iccap * sizeof *a->icache);
            a->icn = 0;
            a->icrec_len = 0;
            if (t->init)
                t->init();
        }
        return 0;
    }
    static const char *const others[] = { "aarch64", "arm64", "arm", "riscv", "riscv64",
                                          "rv64", "rv64gc", "rv32", NULL };
    char low[32];
    if (jas_lower(low, sizeof low, p, n))
        for (int i = 0; others[i]; i++)
            if (strcmp(low, others[i]) == 0) {
                err_at(a, at, (uint32_t)n, "target '%.*s' is not supported yet", (int)n, p);
                return -1;
            }
    return 0; /* a CPU / ISA extension name of the current target */
}

/* .comm name, size[, align]  /  .lcomm name, size[, align]: room in .bss
 * (a raw image has no linker to merge common symbols), after everything
 * .bss itself holds, as GNU as puts it; arg 1 = .lcomm. */
static int d_comm(dctx *d, int arg)
{
    jas_asm *a = d->a;
    if (d->t->kind != JAS_T_IDENT) {
        jas_perror_tok(&a->pc, d->t, "expected a symbol name");
        return -1;
    }
    jas_tok name = *d->t;
    jas_lex_next(d->lx, d->t);
    if (expect_comma(d))
        return -1;
    int64_t size, align = 1;
    if (const_expr(a, d->lx, d->t, &size, "the size"))
        return -1;
    if (arg == 1) /* .lcomm without an alignment: GNU's implicit one */
        align = size >= 8 ? 8 : size >= 4 ? 4 : size >= 2 ? 2 : 1;
    if (tok_is_punct(d->t, ',')) {
        jas_lex_next(d->lx, d->t);
        if (const_expr(a, d->lx, d->t, &align, "the alignment"))
            return -1;
    }
    if (expect_end(d))
        return -1;
    if (size < 0 || (uint64_t)size > MAX_RUN || align < 0 || align > (1 << 30) ||
        (align & (align - 1))) {
        err_at(a, name.p, name.len, "bad size or alignment for '%.*s'", clip(name.len), name.p);
        return -1;
    }
    /* GNU as allocates them in .bss subsection 1 (bss_alloc), i.e. after
     * everything .bss itself holds; they are joined to .bss before layout */
    get_section(a, ".bss", 4, 0); /* .bss's place among the sections */
    if (!a->comm) {
        a->comm = jas_arena_zalloc(&a->perm, sizeof *a->comm);
        a->comm->name = ".bss";
        a->comm->kind = JAS_SEC_BSS;
        a->comm->align = 1;
        new_frag(a, a->comm);
    }
    jas_section *keep = a->cur, *keep_prev = a->prev;
    a->cur = a->comm;
    if (align > 1) {
        if ((uint64_t)align > a->cur->align)
            a->cur->align = (uint64_t)align;
        jas_frag *f = close_frag(a, JAS_VAR_ALIGN, &d->ref);
        f->align = (uint64_t)align;
        f->fill_size = 1;
    }
    define_label(a, &name);
    jas_buf_fill(&a->cur->data, 0, (size_t)size);
    a->cur = keep;
    a->prev = keep_prev;
    return 0;
}

static int d_end(dctx *d, int arg)
{
    (void)arg;
    d->a->ended = 1;
    jas_lex_skip_stmt(d->lx, d->t);
    return 0;
}

static int d_unsupported(dctx *d, int arg)
{
    (void)arg;
    err_at(d->a, d->name->p, d->name->len, "directive '%.*s' is not supported",
           clip(d->name->len), d->name->p);
    jas_lex_skip_stmt(d->lx, d->t);
    return -1;
}

typedef struct dirent_ {
    const char *name;
    dir_fn fn;
    int arg;
} dirent_;

/* Sorted by name (binary search). */
static const dirent_ dirs[] = {
    { ".2byte", d_data, 2 },
    { ".4byte", d_data, 4 },
    { ".8byte", d_data, 8 },
    { ".align", d_align, AL_BYTES },
    { ".altmacro", d_unsupported, 0 },
    { ".arch", d_arch, 0 },
    { ".ascii", d_ascii, 0 },
    { ".asciz", d_ascii, 1 },
    { ".att_syntax", d_syntax, 1 },
    { ".balign", d_align, AL_BYTES },
    { ".balignl", d_align, AL_BYTES | 4 << 4 },
    { ".balignw", d_align, AL_BYTES | 2 << 4 },
    { ".bss", d_section, 1 },
    { ".byte", d_data, 1 },
    { ".code16", d_code, 16 },
    { ".code32", d_code, 32 },
    { ".code64", d_code, 64 },
    { ".comm", d_comm, 0 },
    { ".data", d_section, 1 },
    { ".double", d_unsupported, 0 },
    { ".else", d_unsupported, 0 },
    { ".end", d_end, 0 },
    { ".endif", d_unsupported, 0 },
    { ".endm", d_unsupported, 0 },
    { ".endr", d_unsupported, 0 },
    { ".equ", d_equ, 0 },
    { ".equiv", d_equ, 1 },
    { ".file", d_ignore, 0 },
    { ".fill", d_space, 1 },
    { ".float", d_unsupported, 0 },
    { ".global", d_weak, JAS_SF_GLOBAL },
    { ".globl", d_weak, JAS_SF_GLOBAL },
    { ".hidden", d_ignore, 0 },
    { ".hword", d_data, 2 },
    { ".ident", d_ignore, 0 },
    { ".if", d_unsupported, 0 },
    { ".ifdef", d_unsupported, 0 },
    { ".incbin", d_unsupported, 0 },
    { ".include", d_unsupported, 0 },
    { ".int", d_data, 4 },
    { ".intel_mnemonic", d_ignore, 0 },
    { ".intel_syntax", d_syntax, 0 },
    { ".internal", d_ignore, 0 },
    { ".irp", d_unsupported, 0 },
    { ".lcomm", d_comm, 1 },
    { ".loc", d_ignore, 0 },
    { ".local", d_ignore, 0 },
    { ".long", d_data, 4 },
    { ".macro", d_unsupported, 0 },
    { ".org", d_org, 0 },
    { ".p2align", d_align, AL_POW2 },
    { ".p2alignl", d_align, AL_POW2 | 4 << 4 },
    { ".p2alignw", d_align, AL_POW2 | 2 << 4 },
    { ".popsection", d_popsection, 0 },
    { ".previous", d_previous, 0 },
    { ".protected", d_ignore, 0 },
    { ".pushsection", d_section, 2 },
    { ".quad", d_data, 8 },
    { ".rept", d_unsupported, 0 },
    { ".section", d_section, 0 },
    { ".set", d_equ, 0 },
    { ".short", d_data, 2 },
    { ".single", d_unsupported, 0 },
    { ".size", d_ignore, 0 },
    { ".skip", d_space, 0 },
    { ".sleb128", d_leb128, 1 },
    { ".space", d_space, 0 },
    { ".string", d_ascii, 1 },
    { ".text", d_section, 1 },
    { ".type", d_ignore, 0 },
    { ".uleb128", d_leb128, 0 },
    { ".value", d_data, 2 },
    { ".weak", d_weak, JAS_SF_WEAK },
    { ".word", d_data, 2 },
    { ".zero", d_space, 0 },
    { "db", d_data, 1 },
    { "dd", d_data, 4 },
    { "dq", d_data, 8 },
    { "dw", d_data, 2 },
};

static const dirent_ *find_dir(const jas_tok *t)
{
    char low[24];
    if (!jas_lower(low, sizeof low, t->p, t->len))
        return NULL;
    if (low[0] == '.' && strncmp(low, ".cfi_", 5) == 0) {
        static const dirent_ cfi = { ".cfi_*", d_ignore, 0 };
        return &cfi;
    }
    size_t lo = 0, hi = sizeof dirs / sizeof dirs[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(low, dirs[mid].name);
        if (c == 0)
            return &dirs[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* ---- instruction cache ------------------------------------------------------
 * Compiler output repeats instructions a lot (push rbp, mov rax, QWORD PTR
 * [rbp-8], ...).  An instruction whose encoding depends on nothing but its
 * text (no symbol, no fixup, not relaxable) is remembered by its text, and
 * the next identical statement just copies the bytes. */
#define ICACHE_MAX (1u << 18)

/* End of a cacheable statement starting at s: the text up to a newline,
 * ';' or '#' comment, trailing blanks trimmed.  0 if the text holds
 * anything that makes it unsafe to compare textually (quotes, braces,
 * '/', non-ASCII, very long). */
/* 1: ends the span, 2: not cacheable (bytes >= 0x80 are 2 as well) */
static const uint8_t span_class[128] = {
    ['\n'] = 1, [';'] = 1, ['#'] = 1,
    [0] = 2, ['\''] = 2, ['"'] = 2, ['{'] = 2, ['/'] = 2,
};

static inline int span_cls(unsigned char c)
{
    return c >= 0x80 ? 2 : span_class[c];
}

static uint32_t icache_span(const char *s, const char *end, const char **stop)
{
    const char *p = s;
#ifdef __SSE2__
    /* 16 bytes at a time while they are all inside the text */
    {
        const __m128i c_nl = _mm_set1_epi8('\n'), c_semi = _mm_set1_epi8(';'),
                      c_hash = _mm_set1_epi8('#'), c_nul = _mm_setzero_si128(),
                      c_q1 = _mm_set1_epi8('\''), c_q2 = _mm_set1_epi8('"'),
                      c_br = _mm_set1_epi8('{'), c_sl = _mm_set1_epi8('/');
        while (end - p >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
            __m128i m = _mm_or_si128(
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, c_nl), _mm_cmpeq_epi8(v, c_semi)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, c_hash), _mm_cmpeq_epi8(v, c_nul))),
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, c_q1), _mm_cmpeq_epi8(v, c_q2)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, c_br), _mm_cmpeq_epi8(v, c_sl))));
            /* bytes >= 0x80: their sign bit */
            unsigned bits = (unsigned)_mm_movemask_epi8(m) | (unsigned)_mm_movemask_epi8(v);
            if (bits) {
                p += __builtin_ctz(bits);
                break;
            }
            p += 16;
        }
    }
#endif
    while (p < end && !span_cls((unsigned char)*p))
        p++;
    if (p < end && span_cls((unsigned char)*p) == 2)
        return 0;
    *stop = p;
    while (p > s && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\r'))
        p--;
    size_t n = (size_t)(p - s);
    return n > 200 ? 0 : (uint32_t)n;
}

static uint64_t icache_hash(const char *s, uint32_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    uint32_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    if (i < n) { /* the last 1..7 bytes as one more word */
        uint64_t w = 0;
        if (n >= 8)
            memcpy(&w, s + n - 8, 8); /* overlaps bytes already mixed in */
        else
            memcpy(&w, s, n);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    h ^= h >> 29;
    return h ? h : 1;
}

static inline uint32_t icache_tag(uint64_t h) { return (uint32_t)(h >> 32); }

/* x[0..n) == y[0..n) a word at a time (a call to memcmp costs more than
 * the compare of a ~16-byte line); reads nothing outside either range. */
static inline int text_eq(const char *x, const char *y, uint32_t n)
{
    uint64_t u, v;
    uint32_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&u, x + i, 8);
        memcpy(&v, y + i, 8);
        if (u != v)
            return 0;
    }
    if (i == n)
        return 1;
    if (n >= 8) { /* the last word, overlapping the one before */
        memcpy(&u, x + n - 8, 8);
        memcpy(&v, y + n - 8, 8);
        return u == v;
    }
    for (; i < n; i++)
        if (x[i] != y[i])
            return 0;
    return 1;
}

/* The record a slot refers to: [len][n][n bytes][len bytes of text] */
static inline const uint8_t *icache_rec(const jas_asm *a, const icache *e)
{
    return a->icrec + (e->ref - 1);
}

static inline int icache_eq(const jas_asm *a, const icache *e, uint32_t tag, const char *s, uint32_t n)
{
    if (e->tag != tag)
        return 0;
    const uint8_t *r = icache_rec(a, e);
    return r[0] == n && text_eq((const char *)r + 2 + r[1], s, n);
}

static size_t icache_bytes(uint32_t cap)
{
    return (size_t)cap * sizeof(icache);
}

/* Slots for a source of len bytes: room for one distinct statement per 32
 * bytes at half load (GNU-style sources average ~16 bytes a line, and
 * repeat), so that a big file's table is made once instead of being
 * doubled (and every smaller table zeroed, filled and dropped) on the
 * way. */
static uint32_t icache_cap_for(size_t len)
{
    uint32_t cap = 4096;
    while (cap < ICACHE_MAX * 2 && cap < len / 16)
        cap *= 2;
    return cap;
}

/* The record of text s (n bytes, hash h), or NULL */
static const uint8_t *icache_find(const jas_asm *a, uint64_t h, const char *s, uint32_t n)
{
    if (!a->iccap)
        return NULL;
    uint32_t mask = a->iccap - 1, i = (uint32_t)h & mask, tag = icache_tag(h);
    for (;;) {
        const icache *e = &a->icache[i];
        if (!e->ref)
            return NULL;
        if (icache_eq(a, e, tag, s, n))
            return icache_rec(a, e);
        i = (i + 1) & mask;
    }
}

/* Remember the encoding b (nb bytes) of text s (n bytes, hash h) */
static void icache_add(jas_asm *a, uint64_t h, const char *s, uint32_t n,
                       const uint8_t *b, uint32_t nb)
{
    if ((a->icn + 1) * 2 > a->iccap) {
        if (a->iccap >= ICACHE_MAX * 2)
            return;
        uint32_t ncap = a->iccap ? a->iccap * 2 : icache_cap_for(a->src_len);
        icache *nt = jas_big_calloc(icache_bytes(ncap));
        for (uint32_t i = 0; i < a->iccap; i++) {
            const icache *e = &a->icache[i];
            if (!e->ref)
                continue;
            const uint8_t *r = icache_rec(a, e);
            uint32_t j = (uint32_t)icache_hash((const char *)r + 2 + r[1], r[0]) & (ncap - 1);
            while (nt[j].ref)
                j = (j + 1) & (ncap - 1);
            nt[j] = *e;
        }
        jas_big_free(a->icache, icache_bytes(a->iccap));
        a->icache = nt;
        a->iccap = ncap;
    }
    size_t need = 2 + (size_t)nb + n;
    if (a->icrec_cap - a->icrec_len < need) {
        size_t ncap = a->icrec_cap ? a->icrec_cap * 2 : (size_t)a->iccap * 24;
        while (ncap - a->icrec_len < need)
            ncap *= 2;
        if (ncap > UINT32_MAX - 1)
            return;
        uint8_t *nr = jas_big_calloc(ncap);
        if (a->icrec_len)
            memcpy(nr, a->icrec, a->icrec_len);
        jas_big_free(a->icrec, a->icrec_cap);
        a->icrec = nr;
        a->icrec_cap = ncap;
    }
    uint32_t mask = a->iccap - 1, i = (uint32_t)h & mask, tag = icache_tag(h);
    while (a->icache[i].ref) {
        if (icache_eq(a, &a->icache[i], tag, s, n))
            return;
        i = (i + 1) & mask;
    }
    uint8_t *r = a->icrec + a->icrec_len;
    r[0] = (uint8_t)n;
    r[1] = (uint8_t)nb;
    memcpy(r + 2, b, nb);
    memcpy(r + 2 + nb, s, n);
    a->icache[i].tag = tag;
    a->icache[i].ref = (uint32_t)a->icrec_len + 1;
    a->icrec_len += need;
    a->icn++;
}

/* Look-ahead.  A text cache hit costs a few dozen instructions, but in a
 * big table its slot and then its record are two dependent cache misses:
 * the lines ahead of the lexer are hashed LA_DIST lines early and their
 * slots prefetched, and a slot that has had time to arrive gets its record
 * prefetched LA_REC lines before the look-up.  Only a line whose first
 * non-blank is a letter can be a cached instruction.  The scan follows
 * newlines, not tokens: a line inside a block comment makes an entry that
 * no end of statement ever matches, which la_take skips. */
static void la_start(jas_asm *a, const char *text, size_t len)
{
    a->la_head = a->la_tail = 0;
    a->la_end = text + len;
    const char *nl = memchr(text, '\n', len);
    a->la_pos = nl ? nl + 1 : NULL;
    a->missed = NULL;
}

static void la_fill(jas_asm *a)
{
    const char *q = a->la_pos, *end = a->la_end;
    while (q && a->la_tail - a->la_head < LA_DIST) {
        const char *nl = q - 1;
        __builtin_prefetch(q + 2048); /* the source, ~100 lines ahead */
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        if (q < end && (*q | 32) >= 'a' && (*q | 32) <= 'z') {
            const char *stop = NULL;
            uint32_t n = icache_span(q, end, &stop);
            if (n) {
                icache_la *e = &a->la[a->la_tail++ & (LA_N - 1)];
                e->nl = nl;
                e->p = q;
                e->stop = stop;
                e->len = n;
                e->hash = icache_hash(q, n);
                e->has_sym = 0;
                if (a->iccap)
                    __builtin_prefetch(&a->icache[(uint32_t)e->hash & (a->iccap - 1)]);
                q = stop;
            }
        }
        if (q < end && *q == '\n') {
            q++;
            continue;
        }
        q = q < end ? memchr(q, '\n', (size_t)(end - q)) : NULL;
        if (q)
            q++;
    }
    a->la_pos = q;
}

/* A line that will miss the text cache and names one symbol, as a label
 * definition `name:` or a lone operand (`jmp name`, `call name`): hash the
 * name and prefetch its symbol table slot; LA_SYM lines ahead, the symbol
 * (sym_get's second miss).  Registers (`push rax`) pass for names too: a
 * prefetch of a slot that is not used. */
static void la_sym(jas_asm *a, icache_la *f)
{
    const char *p = f->p, *end = f->p + f->len;
    if (!a->symcap)
        return;
    if (end[-1] == ':') {
        end--;
    } else {
        while (p < end && *p != ' ' && *p != '\t')
            p++;
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
    }
    if (p >= end || !jas_is_ident_start((unsigned char)*p))
        return;
    for (const char *q = p + 1; q < end; q++)
        if (!jas_is_ident_char((unsigned char)*q))
            return;
    f->sym_h = jas_hash(p, (size_t)(end - p));
    f->has_sym = 1;
    __builtin_prefetch(&a->symtab[f->sym_h & (a->symcap - 1)]);
}

/* The entry of the line after the newline nl (NULL if it has none); the
 * entries of lines before it are dropped, the ring refilled. */
static const icache_la *la_take(jas_asm *a, const char *nl)
{
    while (a->la_head != a->la_tail && a->la[a->la_head & (LA_N - 1)].nl < nl)
        a->la_head++;
    la_fill(a);
    if (a->la_tail - a->la_head > LA_REC && a->iccap) {
        icache_la *f = &a->la[(a->la_head + LA_REC) & (LA_N - 1)];
        const icache *e = &a->icache[(uint32_t)f->hash & (a->iccap - 1)];
        if (e->ref && e->tag == icache_tag(f->hash)) {
            const uint8_t *r = a->icrec + (e->ref - 1);
            __builtin_prefetch(r);
            __builtin_prefetch(r + 2 + ICACHE_NMAX + f->len);
        } else {
            la_sym(a, f);
        }
    }
    if (a->la_tail - a->la_head > LA_SYM && a->symcap) {
        const icache_la *f = &a->la[(a->la_head + LA_SYM) & (LA_N - 1)];
        if (f->has_sym) {
            const jas_symslot *ss = &a->symtab[f->sym_h & (a->symcap - 1)];
            if (ss->s) { /* the symbol, and its name just after it */
                __builtin_prefetch(ss->s);
                __builtin_prefetch(ss->s + 1);
            }
        }
    }
    if (a->la_head != a->la_tail && a->la[a->la_head & (LA_N - 1)].nl == nl)
        return &a->la[a->la_head++ & (LA_N - 1)];
    return NULL;
}

/* ---- instructions ---------------------------------------------------------*/
static int insn_stmt(jas_asm *a, jas_lexer *lx, jas_tok *t, jas_stmtref *ref, int *keep)
{
    const char *stop = NULL;
    uint32_t clen;
    uint64_t ch = 0;
    int miss = 0;
    if (a->missed && a->missed->p == t->p) { /* looked up already */
        clen = a->missed->len;
        stop = a->missed->stop;
        ch = a->missed->hash;
        miss = 1;
    } else {
        clen = icache_span(t->p, lx->end, &stop);
        if (clen)
            ch = icache_hash(t->p, clen);
    }
    if (clen && !miss) {
        const uint8_t *e = icache_find(a, ch, t->p, clen);
        if (e) {
            jas_frag *f = cur_frag(a);
            uint64_t off = cur_off(a);
            jas_buf_put(&a->cur->data, e + 2, e[1]);
            a->st.tc_hits++;
            ref->len = clen;
            add_lst(a, f, off, e[1], ref);
            a->st.insns++;
            lx->p = stop;
            jas_lex_next(lx, t);
            return 0;
        }
    }
    uint32_t refs0 = a->sym_refs;
    int warns0 = a->diag->warnings;
    jas_tinsn ti;
    memset(&ti, 0, sizeof ti);
    parse_ev(a);
    if (a->tgt->parse(&a->pc, lx, t, &a->ev, &ti))
        return -1;
    ref->len = (uint32_t)(lx->prev_end - ref->p);
    a->st.insns++;
    uint8_t buf[64];
    jas_section *s = a->cur;
    uint64_t addr = s->data.len;
    if (ti.relax) {
        int sl = ti.short_len, ll = ti.long_len;
        if (!sl || !ll) {
            parse_ev(a);
            sl = a->tgt->encode(&a->pc, ti.insn, &a->ev, addr, 0, buf);
            if (sl < 0)
                return -1;
            ll = a->tgt->encode(&a->pc, ti.insn, &a->ev, addr, JAS_ENC_LONG, buf);
            if (ll < 0)
                return -1;
        }
        jas_frag *f = close_frag(a, JAS_VAR_BRANCH, ref);
        f->insn = ti.insn;
        f->expr = ti.target;
        f->short_len = (uint8_t)sl;
        f->long_len = (uint8_t)ll;
        f->force_long = ti.force_long;
        *keep = 1;
        add_lst(a, f, UINT64_MAX, 0, ref);
        return 0;
    }
    int n;
    if (ti.enc) {
        n = ti.enc_len;
        memcpy(buf, ti.enc, n);
    } else {
        parse_ev(a);
        n = a->tgt->encode(&a->pc, ti.insn, &a->ev, addr, 0, buf);
        if (n < 0)
            return -1;
    }
    jas_frag *f = cur_frag(a);
    uint64_t off = cur_off(a);
    jas_buf_put(&s->data, buf, (size_t)n);
    if (clen && !ti.fixup && a->sym_refs == refs0 && a->diag->warnings == warns0 && n > 0 &&
        n <= ICACHE_NMAX && ref->p + clen == lx->prev_end)
        icache_add(a, ch, ref->p, clen, buf, (uint32_t)n);
    if (ti.fixup) {
        jas_fixup fx = { f, off, FIX_INSN, (uint8_t)n, ti.insn, NULL, *ref };
        add_fixup(a, &fx);
        *keep = 1;
    }
    add_lst(a, f, off, (uint64_t)n, ref);
    return 0;
}

/* ---- statements -----------------------------------------------------------*/
/* The next non-blank character after the current token (-1 at the end). */
static inline int next_char(const jas_lexer *lx)
{
    const char *p = lx->p;
    while (p < lx->end && (jas_char_class[(unsigned char)*p] & 4))
        p++;
    return p < lx->end ? (unsigned char)*p : -1;
}

static int statement(jas_asm *a, jas_lexer *lx, jas_tok *t, int *keep)
{
    int nc = -1;
    jas_stmtref ref;
    ref.file = a->file;
    ref.line = t->line;
    ref.line_start = t->line_start;
    ref.p = t->p;
    ref.len = 0;
    /* labels */
    for (;;) {
        if (t->kind == JAS_T_IDENT || (t->kind == JAS_T_NUM && t->p[0] >= '0' && t->p[0] <= '9') ||
            t->kind == JAS_T_PH) {
            nc = next_char(lx);
            if (nc == ':' || (nc == '/' && jas_lex_next_is(lx, ':'))) {
                if (t->kind == JAS_T_IDENT) {
                    define_label(a, t);
                } else if (t->kind == JAS_T_PH) {
                    err_at(a, t->p, t->len, "run-time label '%.*s' needs the preprocessor",
                           clip(t->len), t->p);
                } else {
                    int dec = 1;
                    for (uint32_t i = 0; i < t->len; i++)
                        if (t->p[i] < '0' || t->p[i] > '9')
                            dec = 0;
                    if (!dec) {
                        err_at(a, t->p, t->len, "a local label is a decimal number");
                        return -1;
                    }
                    define_local(a, t);
                }
                jas_lex_next(lx, t);
                jas_lex_next(lx, t);
                continue;
            }
        }
        break;
    }
    if (at_end(t))
        return 0;
    ref.p = t->p;
    /* an instruction, or one after a pseudo-prefix: {evex} vpaddd ... */
    if (t->kind != JAS_T_IDENT && !(t->kind == JAS_T_PH && t->len > 2 && strchr("veVE", t->p[1]))) {
        jas_perror_tok(&a->pc, t, "expected a label, directive or instruction");
        return -1;
    }
    a->st.statements++;
    if ((nc == '=' || nc == '/') && jas_lex_next_is(lx, '=')) { /* sym = expr */
        jas_tok name = *t;
        jas_lex_next(lx, t);
        jas_lex_next(lx, t);
        dctx d = { a, lx, t, &name, ref, 0 };
        int rc = define_equ(&d, &name, 0);
        *keep |= d.keep;
        return rc;
    }
    const dirent_ *de = NULL;
    if (t->p[0] == '.' ||
        (t->len == 2 && (t->p[0] | 32) == 'd' && strchr("bwdqBWDQ", t->p[1])))
        de = find_dir(t);
    if (de) {
        jas_tok name = *t;
        jas_lex_next(lx, t);
        dctx d = { a, lx, t, &name, ref, 0 };
        /* ref.len: up to the end of the statement, fixed below */
        const char *e = jas_line_end(ref.p, lx->end);
        d.ref.len = (uint32_t)(e - ref.p);
        int rc = de->fn(&d, de->arg);
        *keep |= d.keep;
        if (a->listing && a->nlst && a->lst[a->nlst - 1].ref.p == ref.p)
            a->lst[a->nlst - 1].ref.len = (uint32_t)(lx->prev_end - ref.p);
        return rc;
    }
    if (t->p[0] == '.') {
        err_at(a, t->p, t->len, "unknown directive '%.*s'", clip(t->len), t->p);
        return -1;
    }
    return insn_stmt(a, lx, t, &ref, keep);
}

int jas_asm_source(jas_asm *a, const char *file, const char *text, size_t len)
{
    int errors0 = a->diag->errors;
    jas_lexer lx;
    jas_tok t;
    a->file = file;
    a->pc.file = file;
    a->pc.buf_end = text + len;
    a->ended = 0;
    a->src_len += len;
    la_start(a, text, len);
    jas_lex_init(&lx, text, len, 1);
    jas_lex_next(&lx, &t);
    while (t.kind != JAS_T_EOF && !a->ended) {
        if (t.kind == JAS_T_EOL) {
            /* A text cache hit needs neither the line's tokens nor
             * statement(), and a run of hits neither the lexer: a cached
             * text is an instruction from its mnemonic on, so a line with a
             * label (or anything else) in front never matches. */
            const char *nl = t.p;
            a->missed = NULL;
            while (nl < lx.end && *nl == '\n') {
                const icache_la *e = la_take(a, nl);
                if (!e)
                    break;
                const uint8_t *r = icache_find(a, e->hash, e->p, e->len);
                if (!r) {
                    a->missed = e;
                    break;
                }
                jas_section *s = a->cur;
                if (a->listing) {
                    jas_stmtref ref = { a->file, lx.line_start, e->p, lx.line, e->len };
                    add_lst(a, s->last, s->data.len - s->last->fix_off, r[1], &ref);
                }
                jas_buf_put(&s->data, r + 2, r[1]);
                a->st.statements++;
                a->st.insns++;
                a->st.tc_hits++;
                lx.p = e->stop;
                if (e->stop == lx.end || *e->stop != '\n')
                    break; /* the lexer takes it from the stop */
                /* the newline ending the statement: the lexer's work */
                nl = e->stop;
                lx.p = nl + 1;
                lx.line++;
                lx.line_start = nl + 1;
            }
            jas_lex_next(&lx, &t);
            continue;
        }
        a->pc.line = t.line;
        a->pc.line_start = t.line_start;
        jas_arena_mark m = jas_arena_get_mark(&a->stmt);
        int keep = 0;
        if (statement(a, &lx, &t, &keep)) {
            /* keep = 1 if the statement recorded a fixup or a frag before
             * failing: they point into its trees */
            jas_lex_skip_stmt(&lx, &t);
        } else if (!at_end(&t)) {
            jas_perror_tok(&a->pc, &t, "junk at end of statement");
            jas_lex_skip_stmt(&lx, &t);
        }
        if (!keep)
            jas_arena_release(&a->stmt, m);
        if (jas_diag_full(a->diag))
            break;
    }
    a->st.lines += (uint64_t)lx.line;
    a->missed = NULL;
    return a->diag->errors > errors0 ? -1 : 0;
}

/* ---- layout ---------------------------------------------------------------*/
static void final_ev(jas_asm *a, jas_frag *f, uint64_t off)
{
    a->ev.final = 1;
    a->ev.dot_frag = f;
    a->ev.dot_off = off;
}

/* Size of a SPACE/ORG variable part at the frag's current address (during
 * layout addresses are relative to the section). */
static uint64_t space_size(jas_asm *a, jas_frag *f)
{
    jas_value v;
    uint64_t at = f->addr + f->fix_len;
    final_ev(a, f, f->fix_len);
    if (jas_eval(&a->ev, f->expr, &v))
        return 0;
    if (f->var == JAS_VAR_SPACE) {
        f->count_v = v.v;
        if (v.v < 0 || f->fill_size == 0 || (uint64_t)v.v > MAX_RUN / f->fill_size)
            return 0;
        return (uint64_t)v.v * f->fill_size;
    }
    /* ORG: a number is an offset in the section, so is a label here */
    uint64_t target = (uint64_t)v.v;
    f->count_v = (int64_t)target;
    if (target < at || target - at > MAX_RUN)
        return 0;
    return target - at;
}

/* Size of a LEB128 variable part at the current layout (1 while its value
 * is not known: check_vars reports it). */
static uint64_t leb_size(jas_asm *a, jas_frag *f)
{
    jas_value v;
    final_ev(a, f, f->fix_len);
    if (jas_eval(&a->ev, f->expr, &v) || v.kind != JAS_V_CONST)
        return 1;
    return leb128((uint64_t)v.v, (int)f->fill, 1, NULL);
}

/* The label if e is a label alone (the usual branch target), else NULL. */
static inline const jas_sym *label_leaf(const jas_expr *e)
{
    return e && e->op == JAS_E_SYM && e->u.sym->kind == JAS_SYM_LABEL ? e->u.sym : NULL;
}

/* Is the branch target something GNU never reaches with a short jump?
 * (.weak: could be preempted.) */
static int weak_target(const jas_expr *e)
{
    while (e && (e->op == JAS_E_ADD || e->op == JAS_E_SUB)) {
        if (e->op == JAS_E_ADD && e->u.kid[1]->op == JAS_E_SYM)
            return weak_target(e->u.kid[1]);
        e = e->u.kid[0];
    }
    return e && e->op == JAS_E_SYM && (e->u.sym->flags & JAS_SF_WEAK) &&
           e->u.sym->kind != JAS_SYM_EQU;
}

/* The hot part of a frag during relaxation, packed so that a pass (there
 * can be hundreds on big files) streams little memory. */
typedef struct lay {
    uint64_t addr;
    uint64_t fix_len;
    uint64_t var_len;
    int64_t toff;      /* BRANCH: target = lay[tidx].addr + toff */
    uint32_t tidx;     /* BRANCH: UINT32_MAX = evaluate the expression */
    uint32_t region;
    uint32_t align, max; /* ALIGN */
    uint8_t var, is_long, short_len, long_len;
    jas_frag *f;
} lay;

#define NO_TIDX UINT32_MAX

/* Target of a relaxable branch as "label (+/- constant)" in this section,
 * or NO_TIDX. */
static uint32_t branch_tidx(jas_asm *a, jas_frag *f, int64_t *off)
{
    const jas_sym *ls = label_leaf(f->expr);
    if (ls) { /* what the evaluation below gives for a label alone */
        if (ls->frag->sec != f->sec)
            return NO_TIDX;
        *off = (int64_t)ls->off;
        return ls->frag->idx;
    }
    jas_value v;
    final_ev(a, f, f->fix_len);
    if (jas_eval(&a->ev, f->expr, &v) || v.reloc != 1 || !v.base ||
        v.base->kind != JAS_SYM_LABEL || v.base->frag->sec != f->sec)
        return NO_TIDX;
    /* v.v = base address + constant; addresses are not known yet, so take
     * the constant from the difference */
    *off = (int64_t)((uint64_t)v.v - (v.base->frag->addr + v.base->off)) + (int64_t)v.base->off;
    return v.base->frag->idx;
}

/* One relaxable branch during a pass: grow it if its target is out of
 * reach.  `stretch` is how much the frags before it grew in this pass; a
 * target not visited yet in this pass is assumed to move by as much unless
 * an alignment lies between (GNU's relax_frag). */
static inline uint64_t branch_growth(jas_asm *a, lay *L, lay *l, int64_t stretch)
{
    int64_t target;
    uint64_t at = l->addr + l->fix_len + l->short_len; /* end of the short form */
    const lay *tl = NULL;
    if (l->tidx != NO_TIDX) {
        tl = &L[l->tidx];
        target = (int64_t)tl->addr + l->toff;
    } else {
        jas_value v;
        jas_frag *f = l->f;
        final_ev(a, f, f->fix_len);
        if (jas_eval(&a->ev, f->expr, &v))
            return 0; /* reported when encoding */
        target = v.v;
        if (v.base && v.base->kind == JAS_SYM_LABEL && v.base->frag->sec == f->sec)
            tl = &L[v.base->frag->idx];
    }
    if (stretch && tl && tl > l) { /* not visited yet in this pass */
        if (stretch < 0 || tl->region == l->region)
            target += stretch;
        else if ((uint64_t)target < at - 1)
            return 0;
    }
    int64_t disp = (int64_t)((uint64_t)target - at);
    if (disp >= a->tgt->short_min && disp <= a->tgt->short_max)
        return 0;
    l->is_long = 1;
    return (uint64_t)l->long_len - l->short_len;
}

static uint64_t lay_align_pad(const lay *l, uint64_t at)
{
    uint64_t pad = (l->align - at % l->align) % l->align;
    return (l->max && pad > l->max) ? 0 : pad;
}

/* Lay out one section from address 0 (GNU's relax_segment). */
static int relax_section(jas_asm *a, jas_section *s)
{
    size_t n = s->nfrags;
    size_t lbytes = (n ? n : 1) * sizeof(lay);
    lay *L = jas_big_calloc(lbytes);
    uint64_t addr = 0;
    uint32_t region = 0;
    size_t i = 0;
    for (jas_frag *f = s->first; f; f = f->next, i++) {
        lay *l = &L[i];
        f->idx = (uint32_t)i;
        l->f = f;
        l->var = f->var;
        l->fix_len = f->fix_len;
        l->is_long = f->is_long;
        l->short_len = f->short_len;
        l->long_len = f->long_len;
        l->tidx = NO_TIDX;
        l->region = region;
        l->addr = addr;
        f->addr = addr;
        addr += f->fix_len;
        switch (f->var) {
        case JAS_VAR_BRANCH:
            l->var_len = f->is_long ? f->long_len : f->short_len;
            break;
        case JAS_VAR_ALIGN:
            l->align = (uint32_t)f->align;
            l->max = f->max > UINT32_MAX ? UINT32_MAX : (uint32_t)f->max;
            l->var_len = lay_align_pad(l, addr);
            region++;
            break;
        case JAS_VAR_ORG:
            region++;
            break;
        case JAS_VAR_LEB:
            l->var_len = f->var_len ? f->var_len : 1; /* the last round's */
            break;
        }
        addr += l->var_len;
    }
    n = i;
    /* branch targets that are plain labels of this section; anything else
     * is evaluated through the frags, which then must follow every move */
    int sync = 0;
    for (i = 0; i < n; i++) {
        if (L[i].var == JAS_VAR_BRANCH && !L[i].is_long) {
            L[i].tidx = branch_tidx(a, L[i].f, &L[i].toff);
            if (L[i].tidx == NO_TIDX)
                sync = 1;
        }
        if (L[i].var == JAS_VAR_SPACE || L[i].var == JAS_VAR_ORG || L[i].var == JAS_VAR_LEB)
            sync = 1;
    }
    int pass = 0;
    for (;;) {
        int64_t stretch = 0;
        int stretched = 0;
        for (i = 0; i < n; i++) {
            lay *l = &L[i];
            l->addr = (uint64_t)((int64_t)l->addr + stretch);
            if (sync)
                l->f->addr = l->addr;
            if (l->var == JAS_VAR_NONE)
                continue;
            uint64_t nl = l->var_len;
            switch (l->var) {
            case JAS_VAR_BRANCH:
                if (!l->is_long)
                    nl = l->var_len + branch_growth(a, L, l, stretch);
                else
                    nl = l->long_len;
                break;
            case JAS_VAR_ALIGN:
                nl = lay_align_pad(l, l->addr + l->fix_len);
                break;
            case JAS_VAR_SPACE:
            case JAS_VAR_ORG:
                nl = space_size(a, l->f);
                break;
            case JAS_VAR_LEB:
                nl = leb_size(a, l->f);
                break;
            }
            if (nl != l->var_len) {
                stretch += (int64_t)(nl - l->var_len);
                l->var_len = nl;
                stretched = 1;
            }
        }
        pass++;
        if (!stretched)
            break;
        if (pass == MAX_RELAX_PASSES) { /* give up relaxing: long branches */
            for (i = 0; i < n; i++)
                if (L[i].var == JAS_VAR_BRANCH)
                    L[i].is_long = 1;
        }
        if (pass > MAX_RELAX_PASSES + MAX_SETTLE_PASSES) {
            jas_srcpos pos = { a->file, 0, 0, NULL, 0 };
            jas_diag_error(a->diag, &pos, 1,
                           "layout of section %s does not converge "
                           "(.skip/.fill/.org sizes depend on later code)", s->name);
            break;
        }
    }
    for (i = 0; i < n; i++) {
        jas_frag *f = L[i].f;
        f->addr = L[i].addr;
        f->var_len = L[i].var_len;
        f->is_long = L[i].is_long;
    }
    s->size = n ? L[n - 1].addr + L[n - 1].fix_len + L[n - 1].var_len : 0;
    jas_big_free(L, lbytes);
    return pass;
}

/* Append the .comm/.lcomm room to .bss (its data and fragments). */
static void join_comm(jas_asm *a)
{
    jas_section *c = a->comm, *b = NULL;
    if (!c)
        return;
    a->comm = NULL;
    for (b = a->secs; b && strcmp(b->name, ".bss") != 0; b = b->next)
        ;
    c->last->fix_len = c->data.len - c->last->fix_off;
    b->last->fix_len = b->data.len - b->last->fix_off;
    uint64_t off = b->data.len;
    jas_buf_put(&b->data, c->data.data, c->data.len);
    for (jas_frag *f = c->first; f; f = f->next) {
        f->fix_off += off;
        f->sec = b;
    }
    b->last->next = c->first;
    b->last = c->last;
    b->nfrags += c->nfrags;
    if (c->align > b->align)
        b->align = c->align;
    jas_buf_free(&c->data);
}

static void relax(jas_asm *a)
{
    join_comm(a);
    /* branches GNU makes long from the start */
    for (jas_section *s = a->secs; s; s = s->next) {
        s->last->fix_len = s->data.len - s->last->fix_off;
        for (jas_frag *f = s->first; f; f = f->next) {
            if (f->var != JAS_VAR_BRANCH)
                continue;
            const jas_sym *ls = label_leaf(f->expr);
            if (ls) { /* as below, without evaluating */
                if (f->force_long || (ls->flags & JAS_SF_WEAK) || ls->frag->sec != f->sec)
                    f->is_long = 1;
                continue;
            }
            jas_value v;
            final_ev(a, f, f->fix_len);
            if (f->force_long || weak_target(f->expr) || jas_eval(&a->ev, f->expr, &v) ||
                (v.reloc == 1 && v.sec && v.sec != f->sec))
                f->is_long = 1;
        }
    }
    uint64_t passes = 0;
    for (jas_section *s = a->secs; s; s = s->next) {
        int p = relax_section(a, s);
        if ((uint64_t)p > passes)
            passes = (uint64_t)p;
    }
    /* A LEB128 of labels in a section laid out after its own (a rare
     * order) was sized with their old addresses: lay its section out again
     * until no size changes. */
    for (int round = 0; round < 4; round++) {
        int changed = 0;
        for (jas_section *s = a->secs; s; s = s->next) {
            int leb = 0;
            for (jas_frag *f = s->first; f && !leb; f = f->next)
                leb = f->var == JAS_VAR_LEB && leb_size(a, f) != f->var_len;
            if (leb) {
                relax_section(a, s);
                changed = 1;
            }
        }
        if (!changed)
            break;
    }
    /* sections one after the other: code, data, then not-output ones */
    uint64_t addr = 0;
    for (int rank = JAS_SEC_TEXT; rank <= JAS_SEC_DISCARD; rank++) {
        for (jas_section *s = a->secs; s; s = s->next) {
            if (s->kind != rank)
                continue;
            addr = (addr + s->align - 1) & ~(s->align - 1);
            s->addr = addr;
            if (addr) /* the first section is at 0 already */
                for (jas_frag *f = s->first; f; f = f->next)
                    f->addr += addr;
            addr += s->size;
        }
    }
    a->st.passes = passes;
}

/* Errors in variable parts, after layout. */
static void check_vars(jas_asm *a)
{
    if (!a->nvars)
        return;
    for (jas_section *s = a->secs; s; s = s->next) {
        for (jas_frag *f = s->first; f; f = f->next) {
            if (f->var != JAS_VAR_SPACE && f->var != JAS_VAR_ORG && f->var != JAS_VAR_ALIGN &&
                f->var != JAS_VAR_LEB)
                continue;
            set_ref(a, &f->ref);
            jas_value v;
            if (f->var == JAS_VAR_ALIGN) {
                if (f->fill_size > 1 && f->var_len % f->fill_size)
                    err_at(a, f->ref.p, 1, "alignment padding (%llu bytes) not a multiple of %u",
                           (unsigned long long)f->var_len, f->fill_size);
                continue;
            }
            final_ev(a, f, f->fix_len);
            if (jas_eval(&a->ev, f->expr, &v)) {
                report_eval(a, f->expr);
                continue;
            }
            if (f->var == JAS_VAR_LEB) {
                if (v.kind != JAS_V_CONST)
                    err_at(a, f->expr->p, f->expr->len,
                           "a LEB128 value must be a constant (a difference of labels in one "
                           "section)");
                else if (leb128((uint64_t)v.v, (int)f->fill, 1, NULL) > f->var_len)
                    err_at(a, f->expr->p, f->expr->len, "LEB128 layout does not converge");
            } else if (f->var == JAS_VAR_SPACE) {
                if (v.v < 0)
                    err_at(a, f->expr->p, f->expr->len, "negative size");
                else if (f->fill_size && (uint64_t)v.v > MAX_RUN / f->fill_size)
                    err_at(a, f->expr->p, f->expr->len, "size too large");
            } else {
                uint64_t at = f->addr + f->fix_len;
                uint64_t target = (uint64_t)f->count_v + s->addr; /* was relative */
                if (target < at)
                    err_at(a, f->expr->p, f->expr->len,
                           "attempt to move .org backwards (by %llu bytes)",
                           (unsigned long long)(at - target));
                else if (target - at > MAX_RUN)
                    err_at(a, f->expr->p, f->expr->len, ".org too far forward");
            }
        }
    }
}

static void do_fixups(jas_asm *a)
{
    uint8_t buf[64];
    for (size_t i = 0; i < a->nfix && !jas_diag_full(a->diag); i++) {
        jas_fixup *fx = &a->fix[i];
        jas_frag *f = fx->frag;
        if (f->sec->kind == JAS_SEC_DISCARD)
            continue; /* never output: GNU would leave a relocation (debug info) */
        set_ref(a, &fx->ref);
        final_ev(a, f, fx->off);
        uint8_t *dst = f->sec->data.data + f->fix_off + fx->off;
        if (fx->kind == FIX_INSN) {
            int n = a->tgt->encode(&a->pc, fx->insn, &a->ev, f->addr + fx->off, 0, buf);
            if (n < 0)
                continue;
            if (n != fx->size) {
                err_at(a, fx->ref.p, fx->ref.len,
                       "internal error: instruction size changed from %u to %d bytes",
                       fx->size, n);
                continue;
            }
            memcpy(dst, buf, (size_t)n);
        } else {
            jas_value v;
            if (jas_eval(&a->ev, fx->expr, &v)) {
                report_eval(a, fx->expr);
                continue;
            }
            if (!fits_late(v.v, fx->size)) {
                err_at(a, fx->expr->p, fx->expr->len, "value 0x%llx too large for a %u-byte field",
                       (unsigned long long)(uint64_t)v.v, fx->size);
                continue;
            }
            put_le(dst, (uint64_t)v.v, fx->size);
        }
    }
}

/* Write the variable part of f at p. */
static void emit_var(jas_asm *a, jas_frag *f, uint8_t *p)
{
    uint64_t n = f->var_len;
    switch (f->var) {
    case JAS_VAR_BRANCH: {
        uint8_t buf[64];
        set_ref(a, &f->ref);
        final_ev(a, f, f->fix_len);
        int k = a->tgt->encode(&a->pc, f->insn, &a->ev, f->addr + f->fix_len,
                               f->is_long ? JAS_ENC_LONG : 0, buf);
        if (k < 0)
            return;
        if ((uint64_t)k != n) {
            err_at(a, f->ref.p, f->ref.len,
                   "internal error: branch size changed from %llu to %d bytes",
                   (unsigned long long)n, k);
            return;
        }
        memcpy(p, buf, (size_t)k);
        return;
    }
    case JAS_VAR_LEB: {
        jas_value v;
        final_ev(a, f, f->fix_len);
        if (!jas_eval(&a->ev, f->expr, &v) && v.kind == JAS_V_CONST &&
            leb128((uint64_t)v.v, (int)f->fill, 1, NULL) <= n)
            leb128((uint64_t)v.v, (int)f->fill, (unsigned)n, p); /* else reported */
        return;
    }
    case JAS_VAR_ALIGN:
    case JAS_VAR_SPACE:
    case JAS_VAR_ORG:
        if (f->fill_size == 0) {
            a->tgt->code_fill(p, n);
        } else if (f->fill_size == 1) {
            memset(p, (int)(f->fill & 0xff), (size_t)n);
        } else {
            for (uint64_t i = 0; i + f->fill_size <= n; i += f->fill_size)
                put_le(p + i, f->fill, f->fill_size);
        }
        return;
    }
}

int jas_asm_finish(jas_asm *a)
{
    if (a->finished)
        return a->diag->errors ? -1 : 0;
    a->finished = 1;
    relax(a);
    check_vars(a);
    do_fixups(a);
    /* image */
    uint64_t end = 0;
    for (jas_section *s = a->secs; s; s = s->next)
        if (s->kind != JAS_SEC_DISCARD && s->size && s->addr + s->size > end)
            end = s->addr + s->size;
    int build = a->diag->errors == 0;
    if (end > MAX_IMAGE) {
        jas_srcpos pos = { a->file, 0, 0, NULL, 0 };
        jas_diag_error(a->diag, &pos, 1, "output too large (%llu bytes, at most %llu)",
                       (unsigned long long)end, (unsigned long long)MAX_IMAGE);
        build = 0;
    }
    if (build) {
        a->image_len = (size_t)end;
        a->image = jas_big_calloc(end ? (size_t)end : 1);
    }
    for (jas_section *s = a->secs; s; s = s->next) {
        for (jas_frag *f = s->first; f; f = f->next) {
            if (!build || s->kind == JAS_SEC_DISCARD) {
                if (f->var == JAS_VAR_BRANCH) { /* still check it */
                    uint8_t tmp[64];
                    if (f->var_len <= sizeof tmp)
                        emit_var(a, f, tmp);
                }
                continue;
            }
            uint8_t *p = a->image + f->addr;
            if (f->fix_len)
                memcpy(p, s->data.data + f->fix_off, (size_t)f->fix_len);
            if (f->var_len)
                emit_var(a, f, p + f->fix_len);
        }
    }
    return a->diag->errors ? -1 : 0;
}

const uint8_t *jas_asm_image(const jas_asm *a, size_t *len)
{
    *len = a->image_len;
    return a->image;
}

void jas_asm_listing(const jas_asm *a, FILE *out)
{
    char line[160];
    for (size_t i = 0; i < a->nlst; i++) {
        const jas_lst *l = &a->lst[i];
        const jas_frag *f = l->frag;
        if (f->sec->kind == JAS_SEC_DISCARD)
            continue;
        uint64_t addr = l->off == UINT64_MAX ? f->addr + f->fix_len : f->addr + l->off;
        uint64_t len = l->off == UINT64_MAX ? f->var_len : l->len;
        if (l->end)
            len = l->end->addr + l->end_off - addr;
        int n = snprintf(line, sizeof line, "%08llx  ", (unsigned long long)addr);
        uint64_t show = len > 16 ? 16 : len;
        for (uint64_t k = 0; k < show && addr + k < a->image_len; k++)
            n += snprintf(line + n, sizeof line - (size_t)n, k ? " %02x" : "%02x",
                          a->image[addr + k]);
        if (show < len)
            n += snprintf(line + n, sizeof line - (size_t)n, " ..");
        while (n < 10 + 25)
            line[n++] = ' ';
        if (line[n - 1] != ' ')
            line[n++] = ' ';
        line[n] = 0;
        fputs(line, out);
        /* the statement text, with labels before it on the same line */
        const char *s = l->ref.p, *e = l->ref.p + l->ref.len;
        const char *ls = l->ref.line_start;
        if (ls && ls <= s) {
            const char *q = ls;
            while (q < s && (*q == ' ' || *q == '\t'))
                q++;
            /* only if everything between is labels (no earlier ';') */
            const char *r = q;
            while (r < s && *r != ';')
                r++;
            if (r == s)
                s = q;
        }
        while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            e--;
        for (const char *c = s; c < e; c++)
            fputc((unsigned char)*c < 0x20 && *c != '\t' ? ' ' : *c, out);
        fputc('\n', out);
    }
}

typedef struct symval {
    uint64_t v;
    const jas_sym *s;
} symval;

static int cmp_symval(const void *x, const void *y)
{
    const symval *a = x, *b = y;
    if (a->v != b->v)
        return a->v < b->v ? -1 : 1;
    return strcmp(a->s->name, b->s->name);
}

void jas_asm_symbols(jas_asm *a, FILE *out)
{
    symval *v = jas_xmalloc((a->nsyms + 1) * sizeof *v);
    size_t n = 0;
    for (uint32_t i = 0; i < a->symcap; i++) {
        jas_sym *s = a->symtab[i].s;
        if (!s || s->kind == JAS_SYM_UNDEF)
            continue;
        jas_value val;
        a->ev.final = 1;
        a->ev.dot_frag = NULL;
        a->ev.dot_off = 0;
        if (s->kind == JAS_SYM_LABEL)
            val.v = (int64_t)(s->frag->addr + s->off);
        else if (jas_eval(&a->ev, s->expr, &val))
            continue;
        v[n].v = (uint64_t)val.v;
        v[n++].s = s;
    }
    qsort(v, n, sizeof *v, cmp_symval);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%016llx %c %s\n", (unsigned long long)v[i].v,
                v[i].s->kind == JAS_SYM_LABEL ? 'L' : 'A', v[i].s->name);
    free(v);
}

void jas_asm_get_stats(const jas_asm *a, jas_asm_stats *st)
{
    *st = a->st;
    st->tc_texts = a->icn;
}

/* ---- life cycle ------------------------------------------------------------*/
jas_asm *jas_asm_new(const jas_asm_opts *opts, jas_diag *diag)
{
    jas_asm *a = jas_xcalloc(1, sizeof *a);
    a->tgt = opts && opts->target ? opts->target : jas_target_default();
    a->listing = opts ? opts->listing : 0;
    a->diag = diag;
    jas_arena_init(&a->perm);
    jas_arena_init(&a->frags);
    jas_arena_init(&a->stmt);
    if (a->tgt->init)
        a->tgt->init();
    a->pc.arena = &a->stmt;
    a->pc.diag = diag;
    a->pc.sym = cb_sym;
    a->pc.local = cb_local;
    a->pc.ud = a;
    a->pc.allow_ph = 0;
    a->cur = get_section(a, ".text", 5, 1);
    return a;
}

void jas_asm_free(jas_asm *a)
{
    if (!a)
        return;
    for (jas_section *s = a->secs; s; s = s->next)
        jas_buf_free(&s->data);
    if (a->comm) /* not joined to .bss: no jas_asm_finish */
        jas_buf_free(&a->comm->data);
    jas_big_free(a->symtab, (size_t)a->symcap * sizeof *a->symtab);
    free(a->loctab);
    free(a->fix);
    free(a->lst);
    jas_big_free(a->icache, icache_bytes(a->iccap));
    jas_big_free(a->icrec, a->icrec_cap);
    jas_big_free(a->image, a->image_len ? a->image_len : 1);
    jas_arena_free(&a->perm);
    jas_arena_free(&a->frags);
    jas_arena_free(&a->stmt);
    free(a);
}
