/* The inline-assembly preprocessor: C scanning, blocks, labels, directives,
 * macros and the C it writes.  Instructions are the target's (pre_x64.c). */
#include "pre/pre_int.h"
#include "jas.h"
#include "runtime/actions.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_INCLUDE_DEPTH 16
#define MAX_MACRO_DEPTH 32
/* Lines expanded from macros in one run: the depth limit alone does not
 * bound a macro that calls itself twice (2^32 expansions). */
#define MAX_MACRO_LINES 100000
/* A statement after .define substitution: each definition is substituted
 * into the later ones, so `.define A2 A1 A1` ... doubles at every line. */
#define MAX_DEFINED_STMT 65536

/* ---- names ----------------------------------------------------------------*/
static pre_name *names_find(pre_names *t, const char *s, uint32_t len)
{
    for (uint32_t i = 0; i < t->n; i++)
        if (t->v[i].len == len && !memcmp(t->v[i].name, s, len))
            return &t->v[i];
    return NULL;
}

static pre_name *names_add(pre_names *t, const char *s, uint32_t len, uint32_t id)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 16;
        t->v = jas_xrealloc(t->v, t->cap * sizeof *t->v);
    }
    pre_name *e = &t->v[t->n++];
    memset(e, 0, sizeof *e);
    e->name = s;
    e->len = len;
    e->id = id;
    return e;
}

/* ---- macros and defines ----------------------------------------------------*/
typedef struct pre_macro {
    const char *name;
    uint32_t len;
    int nparams;
    const char *param[16];
    uint32_t plen[16];
    jas_buf body;            /* lines, '\n' separated */
    int line;
} pre_macro;

typedef struct pre_define {
    const char *name, *value;
    uint32_t len, vlen;
} pre_define;

/* Everything of a run that pre_int.h need not show. */
typedef struct pre_run {
    pre_ctx P;
    pre_macro *macros;
    uint32_t nmacros, capmacros;
    pre_macro *collecting;   /* inside .macro ... .endm */
    pre_define *defines;
    uint32_t ndefines, capdefines;
    /* conditionals of the current block */
    struct cond {
        uint8_t runtime;     /* .if {c}: run-time; else build-time */
        uint8_t active;      /* build-time: this arm is being assembled */
        uint8_t taken;       /* build-time: an arm was taken */
        uint8_t parent_active;
        int nifs;            /* run-time: TI_IFs to close at .endif */
    } cond[64];
    int ncond;
    int include_depth, macro_depth;
    long macro_lines;        /* expanded so far (MAX_MACRO_LINES) */
    jas_buf out;             /* the C output body */
    const char *cur_file;    /* file of the statement being processed */
} pre_run;

#define RUN(P) ((pre_run *)(P))

static int active(pre_run *R)
{
    return R->ncond == 0 || R->cond[R->ncond - 1].active;
}

/* ---- errors -----------------------------------------------------------------*/
static void perr(pre_ctx *P, const char *p, uint32_t len, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void perr(pre_ctx *P, const char *p, uint32_t len, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    jas_perror(&P->pc, p, len ? len : 1, "%s", msg);
}

static int clip(uint32_t n) { return n > 60 ? 60 : (int)n; }

/* ---- arguments and items ------------------------------------------------------*/
int pre_arg(pre_ctx *P, const char *c, size_t len, const char *at)
{
    if (P->nargs >= PRE_MAX_ARGS) {
        perr(P, at, 1, "more than %d run-time values in one block: split it with a C line",
             PRE_MAX_ARGS);
        return -1;
    }
    jas_buf_put(&P->args, c, len);
    jas_buf_putc(&P->args, 0);
    P->arg_line[P->nargs] = P->pc.line;
    return (int)P->nargs++;
}

int pre_arg_expr(pre_ctx *P, const jas_expr *e)
{
    jas_buf b = {0};
    jas_expr_to_c(e, &b, NULL, NULL);
    int r = pre_arg(P, (const char *)b.data, b.len, e->p);
    jas_buf_free(&b);
    return r;
}

tpl_item *pre_item(pre_ctx *P, int kind, int line)
{
    tpl_item it = {0};
    it.kind = kind;
    it.line = line;
    return tpl_add(&P->tb, &it);
}

/* ---- labels ---------------------------------------------------------------------*/
static uint32_t global_id(pre_ctx *P, const char *s, uint32_t len, const char *at, int define)
{
    pre_name *g = names_find(&P->globals, s, len);
    if (!g) {
        g = names_add(&P->globals, jas_arena_strndup(&P->arena, s, len), len, P->globals.n);
        g->ref_p = at;
        g->ref_line_start = P->pc.line_start;
        g->ref_line = P->pc.line;
        g->ref_file = P->pc.file;
    }
    if (define) {
        if (g->defined)
            perr(P, at, len, "global label '%.*s' defined twice", clip(len), s);
        g->defined = 1;
    }
    return g->id;
}

static uint32_t new_local(pre_ctx *P) { return P->tb.nlocals++; }

int pre_label_ref(pre_ctx *P, const jas_expr *e, tpl_label *out)
{
    if (e->op == JAS_E_PH && e->dir) {
        int a = pre_arg(P, e->u.ph.text, e->u.ph.len, e->p);
        if (a < 0)
            return -1;
        out->kind = e->dir == 'b' ? JAS_L_DYNBACK : JAS_L_DYN;
        out->id = (uint32_t)a;
        return 0;
    }
    if (e->op != JAS_E_SYM) {
        perr(P, e->p, e->len, "expected a label");
        return -1;
    }
    const jas_sym *s = e->u.sym;
    if (s->flags & JAS_SF_LOCAL) { /* Nb / Nf */
        int n = (int)s->off, dir = s->name[s->len - 1];
        if (dir == 'b') {
            if (P->numdef[n] >= 0) {
                out->kind = JAS_L_LOCAL;
                out->id = (uint32_t)P->numdef[n];
            } else {
                out->kind = JAS_L_NUMBACK;
                out->id = (uint32_t)n;
            }
        } else {
            if (P->numfwd[n] < 0) {
                P->numfwd[n] = (int)new_local(P);
                names_add(&P->pending_fwd, NULL, (uint32_t)n, (uint32_t)P->numfwd[n]);
            }
            out->kind = JAS_L_LOCAL;
            out->id = (uint32_t)P->numfwd[n];
        }
        return 0;
    }
    pre_name *l = names_find(&P->locals, s->name, s->len);
    if (!l) {
        l = names_add(&P->locals, s->name, s->len, new_local(P));
        l->ref_p = e->p;
        l->ref_line_start = P->pc.line_start;
        l->ref_line = P->pc.line;
        l->ref_file = P->pc.file;
    }
    out->kind = JAS_L_LOCAL;
    out->id = l->id;
    return 0;
}

static void define_named(pre_ctx *P, const jas_tok *t)
{
    pre_name *l = names_find(&P->locals, t->p, t->len);
    if (!l)
        l = names_add(&P->locals, jas_arena_strndup(&P->arena, t->p, t->len), t->len,
                      new_local(P));
    if (l->defined) {
        perr(P, t->p, t->len, "label '%.*s' defined twice in this block", clip(t->len), t->p);
        return;
    }
    l->defined = 1;
    tpl_item *it = pre_item(P, TI_LABEL, t->line);
    it->label.kind = JAS_L_LOCAL;
    it->label.id = l->id;
}

static void define_numeric(pre_ctx *P, const jas_tok *t)
{
    if (t->num >= 100) {
        perr(P, t->p, t->len, "numeric labels are 0..99");
        return;
    }
    int n = (int)t->num;
    uint32_t id;
    if (P->numfwd[n] >= 0) {
        id = (uint32_t)P->numfwd[n];
        P->numfwd[n] = -1;
        for (uint32_t i = 0; i < P->pending_fwd.n; i++)
            if (P->pending_fwd.v[i].id == id)
                P->pending_fwd.v[i].defined = 1;
    } else {
        id = new_local(P);
    }
    P->numdef[n] = (int)id;
    tpl_item *it = pre_item(P, TI_LABEL, t->line);
    it->label.kind = JAS_L_LOCAL;
    it->label.id = id;
    /* and for other blocks: Nb after this block, Nf before it */
    it = pre_item(P, TI_LABEL, t->line);
    it->label.kind = JAS_L_NUMFWD;
    it->label.id = (uint32_t)n;
}

/* ---- symbol callbacks for the expression parser ---------------------------------*/
static jas_sym *cb_sym(void *ud, const char *name, uint32_t len, const jas_tok *at)
{
    pre_ctx *P = ud;
    jas_sym *s = jas_arena_zalloc(&P->arena, sizeof *s);
    s->name = name;
    s->len = len;
    s->kind = JAS_SYM_UNDEF;
    s->def_p = at->p;
    s->def_line_start = at->line_start;
    s->def_line = at->line;
    return s;
}

static jas_sym *cb_local(void *ud, uint64_t n, int dir, const jas_tok *at)
{
    pre_ctx *P = ud;
    if (n >= 100) {
        perr(P, at->p, at->len, "numeric labels are 0..99");
        return NULL;
    }
    jas_sym *s = jas_arena_zalloc(&P->arena, sizeof *s);
    s->name = at->p;
    s->len = at->len;
    s->flags = JAS_SF_LOCAL;
    s->off = n;
    s->kind = JAS_SYM_UNDEF;
    (void)dir;
    return s;
}

/* ---- blocks ----------------------------------------------------------------------*/
static void block_begin(pre_run *R, int line)
{
    pre_ctx *P = &R->P;
    tpl_free(&P->tb);
    tpl_init(&P->tb);
    P->in_block = 1;
    P->block_line = line;
    P->args.len = 0;
    P->nargs = 0;
    P->locals.n = 0;
    P->pending_fwd.n = 0;
    for (int i = 0; i < 100; i++)
        P->numdef[i] = P->numfwd[i] = -1;
    R->ncond = 0;
}

static void put_c_string(jas_buf *b, const char *s)
{
    jas_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            jas_buf_putc(b, '\\');
        jas_buf_putc(b, (uint8_t)*s);
    }
    jas_buf_putc(b, '"');
}

static void put_line_directive(pre_run *R, int line)
{
    jas_buf_printf(&R->out, "#line %d ", line);
    put_c_string(&R->out, R->P.file);
    jas_buf_putc(&R->out, '\n');
}

/* Relabel template items: local id `from` becomes label `to`. */
static void relabel(pre_ctx *P, uint32_t from, tpl_label to)
{
    for (size_t i = 0; i < P->tb.n; i++) {
        tpl_item *it = &P->tb.items[i];
        if ((it->kind == TI_LABEL || it->kind == TI_BRANCH || it->kind == TI_REL32 ||
             it->kind == TI_REL8 || it->kind == TI_ADDR) &&
            it->label.kind == JAS_L_LOCAL && it->label.id == from)
            it->label = to;
    }
}

/* End of a block: finish label scopes, build the template, write the C. */
static void block_end(pre_run *R, int next_line)
{
    pre_ctx *P = &R->P;
    if (!P->in_block)
        return;
    P->in_block = 0;
    if (R->collecting) {
        jas_srcpos pos = {P->file, R->collecting->line, 1, NULL, 0};
        jas_diag_error(P->diag, &pos, 1, "unterminated .macro '%s' (a block ends at the first line without '|')",
                       R->collecting->name);
        R->collecting = NULL;
    }
    if (R->ncond) {
        jas_srcpos pos = {P->file, next_line - 1, 1, NULL, 0};
        jas_diag_error(P->diag, &pos, 1, "unterminated .if at the end of the block");
        R->ncond = 0;
        return;
    }
    /* Nf with no later N: in this block: the next N: at run time */
    for (uint32_t i = 0; i < P->pending_fwd.n; i++)
        if (!P->pending_fwd.v[i].defined) {
            tpl_label to = {JAS_L_NUMFWD, P->pending_fwd.v[i].len};
            relabel(P, P->pending_fwd.v[i].id, to);
        }
    /* named labels not defined in the block are global */
    for (uint32_t i = 0; i < P->locals.n; i++) {
        pre_name *l = &P->locals.v[i];
        if (l->defined)
            continue;
        P->pc.line_start = l->ref_line_start;
        P->pc.line = l->ref_line;
        tpl_label to = {JAS_L_GLOBAL, global_id(P, l->name, l->len, l->ref_p, 0)};
        relabel(P, l->id, to);
    }
    tpl_out o;
    char err[160];
    int errline = 0;
    if (tpl_finish(&P->tb, &o, err, sizeof err, &errline)) {
        jas_srcpos pos = {P->file, errline, 1, NULL, 0};
        jas_diag_error(P->diag, &pos, 1, "%s", err);
        return;
    }
    if (o.actions[0] == JAS_A_END && !P->nargs) {
        /* nothing to append (only .macro, .define, .state...): no C at
         * all, so that such a block may stand at file scope */
        free(o.actions);
        put_line_directive(R, next_line);
        return;
    }
    uint32_t k = P->nblocks++;
    jas_buf *b = &R->out;
    if (P->emit_code) { /* speed mode: straight-line C (tpl_c.c) */
        jas_buf fl = {0};
        put_c_string(&fl, P->file);
        jas_buf_putc(&fl, 0);
        jas_buf_printf(b, "{ ");
        if (P->nargs) {
            jas_buf_printf(b, "const int64_t jas_v[%u] = {\n", P->nargs);
            const char *a = (const char *)P->args.data;
            for (uint32_t i = 0; i < P->nargs; i++) {
                put_line_directive(R, P->arg_line[i]);
                jas_buf_printf(b, "(int64_t)(%s)%s\n", a, i + 1 < P->nargs ? "," : "");
                a += strlen(a) + 1;
            }
            jas_buf_printf(b, "}; (void)jas_v;\n");
        }
        int bad = tpl_c(&o, P->state, (const char *)fl.data, P->nargs, b);
        jas_buf_printf(b, " }\n");
        jas_buf_free(&fl);
        free(o.actions);
        if (bad) {
            jas_srcpos pos = {P->file, P->block_line, 1, NULL, 0};
            jas_diag_error(P->diag, &pos, 1, "internal error: cannot compile this block to C");
        }
        put_line_directive(R, next_line);
        return;
    }
    jas_buf_printf(b, "{ static const unsigned char jas_a%u[%zu] = {", k, o.len);
    for (size_t i = 0; i < o.len; i++)
        jas_buf_printf(b, "%s%u", i ? "," : "", o.actions[i]);
    jas_buf_printf(b, "}; static const jas_tpl jas_t%u = {jas_a%u, ", k, k);
    put_c_string(b, P->file);
    jas_buf_printf(b, ", %uu, %uu, %uu}; jas_put(%s, &jas_t%u, ", o.max_bytes, o.max_fixes,
                   o.nlocals, P->state, k);
    free(o.actions);
    if (!P->nargs) {
        jas_buf_printf(b, "(const int64_t *)0); }\n");
    } else {
        jas_buf_printf(b, "(const int64_t[%u]){\n", P->nargs);
        const char *a = (const char *)P->args.data;
        for (uint32_t i = 0; i < P->nargs; i++) {
            put_line_directive(R, P->arg_line[i]);
            jas_buf_printf(b, "(int64_t)(%s)%s\n", a, i + 1 < P->nargs ? "," : "");
            a += strlen(a) + 1;
        }
        jas_buf_printf(b, "}); }\n");
    }
    put_line_directive(R, next_line);
}

/* ---- statements ---------------------------------------------------------------------*/
static void stmt_text(pre_run *R, const char *file, int line, const char *line_start,
                      const char *p, const char *end);

static void lex_at(jas_lexer *lx, const char *line_start, const char *p, const char *end, int line)
{
    jas_lex_init(lx, line_start, (size_t)(end - line_start), line);
    lx->p = p;
}

static int is_punct(const jas_tok *t, int c) { return t->kind == JAS_T_PUNCT && t->op == c; }
static int at_eol(const jas_tok *t) { return t->kind == JAS_T_EOL || t->kind == JAS_T_EOF; }

static int expect_eol(pre_ctx *P, jas_tok *t)
{
    if (at_eol(t))
        return 0;
    perr(P, t->p, t->len, "unexpected '%.*s'", clip(t->len), t->p);
    return -1;
}

/* A whole expression must be a build-time constant. */
static int const_value(pre_ctx *P, jas_lexer *lx, jas_tok *t, int64_t *v)
{
    jas_expr *e = jas_expr_parse(&P->pc, lx, t);
    if (!e)
        return -1;
    if (jas_expr_has(e, JAS_E_PH) || jas_expr_has(e, JAS_E_SYM)) {
        perr(P, e->p, e->len, "a build-time constant is needed here");
        return -1;
    }
    jas_evalctx ev = {0};
    ev.final = 1;
    jas_value val;
    if (jas_eval(&ev, e, &val)) {
        perr(P, ev.err_at ? ev.err_at->p : e->p, ev.err_at ? ev.err_at->len : e->len, "%s", ev.err);
        return -1;
    }
    *v = val.v;
    return 0;
}

/* Does e name a label anywhere (a symbol, {e}f, {e}b)? */
int pre_has_label(const jas_expr *e)
{
    if (!e)
        return 0;
    if (e->op == JAS_E_SYM || (e->op == JAS_E_PH && e->dir))
        return 1;
    if (e->op >= JAS_E_NEG && e->op <= JAS_E_LNOT)
        return pre_has_label(e->u.kid[0]);
    if (e->op >= JAS_E_MUL)
        return pre_has_label(e->u.kid[0]) || pre_has_label(e->u.kid[1]);
    return 0;
}

static int d_data(pre_run *R, jas_lexer *lx, jas_tok *t, unsigned size)
{
    pre_ctx *P = &R->P;
    if (at_eol(t))
        return 0;
    for (;;) {
        jas_expr *e = jas_expr_parse(&P->pc, lx, t);
        if (!e)
            return -1;
        if ((e->op == JAS_E_SYM || (e->op == JAS_E_PH && e->dir)) && size == 8) {
            tpl_item *it = pre_item(P, TI_ADDR, P->pc.line);
            if (pre_label_ref(P, e, &it->label))
                return -1;
        } else if (pre_has_label(e)) {
            perr(P, e->p, e->len, "only a bare label can be used as data (.qword label, .qword {n}f)");
            return -1;
        } else if (jas_expr_has(e, JAS_E_PH)) {
            int a = pre_arg_expr(P, e);
            if (a < 0)
                return -1;
            tpl_item *it = pre_item(P, TI_FIELD, P->pc.line);
            it->op = (uint8_t)(size | (size < 8 ? JAS_K_EITHER : 0));
            it->arg = (uint32_t)a;
        } else {
            jas_evalctx ev = {0};
            ev.final = 1;
            jas_value val;
            if (jas_eval(&ev, e, &val)) {
                perr(P, e->p, e->len, "%s", ev.err);
                return -1;
            }
            if (size < 8 && (val.v < -((int64_t)1 << (size * 8 - 1)) || val.v >= (int64_t)1 << (size * 8))) {
                perr(P, e->p, e->len, "value %lld does not fit in %u byte%s", (long long)val.v, size,
                     size > 1 ? "s" : "");
                return -1;
            }
            uint8_t b[8];
            for (unsigned i = 0; i < size; i++)
                b[i] = (uint8_t)((uint64_t)val.v >> (8 * i));
            tpl_bytes(&P->tb, b, size, P->pc.line);
        }
        if (at_eol(t))
            return 0;
        if (!is_punct(t, ',')) {
            perr(P, t->p, t->len, "expected ',' between values");
            return -1;
        }
        jas_lex_next(lx, t);
    }
}

static int d_ascii(pre_run *R, jas_lexer *lx, jas_tok *t, int zero)
{
    pre_ctx *P = &R->P;
    for (;;) {
        if (t->kind != JAS_T_STR) {
            perr(P, t->p, t->len, t->kind == JAS_T_ERROR ? "%s" : "expected a string", t->msg);
            return -1;
        }
        jas_buf s = {0};
        const char *bad;
        if (jas_str_decode(t, &s, &bad)) {
            perr(P, bad, 1, "bad escape in string");
            jas_buf_free(&s);
            return -1;
        }
        if (zero)
            jas_buf_putc(&s, 0);
        if (s.len)
            tpl_bytes(&P->tb, s.data, (uint32_t)s.len, P->pc.line);
        jas_buf_free(&s);
        jas_lex_next(lx, t);
        if (at_eol(t))
            return 0;
        if (!is_punct(t, ',')) {
            perr(P, t->p, t->len, "expected ','");
            return -1;
        }
        jas_lex_next(lx, t);
    }
}

/* The rest of the statement as raw text (trimmed). */
static void rest_text(jas_lexer *lx, const jas_tok *t, const char **p, uint32_t *n)
{
    const char *s = t->p, *e = lx->end;
    if (at_eol(t)) {
        *p = s;
        *n = 0;
        return;
    }
    const char *q = s;
    while (q < e && *q != '\n')
        q++;
    /* stop at a comment */
    for (const char *c = s; c < q; c++) {
        if (*c == '#' || (*c == '/' && c + 1 < q && c[1] == '/')) {
            q = c;
            break;
        }
    }
    while (q > s && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\r'))
        q--;
    *p = s;
    *n = (uint32_t)(q - s);
}

/* The run-time condition of .if {c} / .elif {c}: an argument !!(c). */
static int cond_arg(pre_ctx *P, jas_lexer *lx, jas_tok *t)
{
    jas_expr *e = jas_expr_parse(&P->pc, lx, t);
    if (!e || expect_eol(P, t))
        return -1;
    jas_buf b = {0};
    jas_buf_put(&b, "!!(", 3);
    jas_expr_to_c(e, &b, NULL, NULL);
    jas_buf_putc(&b, ')');
    int a = pre_arg(P, (const char *)b.data, b.len, e->p);
    jas_buf_free(&b);
    return a;
}

static int d_if(pre_run *R, jas_lexer *lx, jas_tok *t, const char *dname, uint32_t dlen)
{
    pre_ctx *P = &R->P;
    int is_if = dlen == 3, is_elif = dlen == 5 && !memcmp(dname, ".elif", 5);
    int is_else = dlen == 5 && !memcmp(dname, ".else", 5), is_endif = dlen == 6;
    struct cond *c = R->ncond ? &R->cond[R->ncond - 1] : NULL;
    if (!is_if && !c) {
        perr(P, dname, dlen, "%.*s without .if", (int)dlen, dname);
        return -1;
    }
    if (is_if) {
        if (R->ncond == (int)(sizeof R->cond / sizeof *R->cond)) {
            perr(P, dname, dlen, ".if nested too deeply");
            return -1;
        }
        struct cond *n = &R->cond[R->ncond];
        memset(n, 0, sizeof *n);
        n->parent_active = (uint8_t)active(R);
        R->ncond++;
        if (t->kind == JAS_T_PH && n->parent_active) {
            int a = cond_arg(P, lx, t);
            if (a < 0)
                return -1;
            n->runtime = 1;
            n->active = 1;
            n->nifs = 1;
            pre_item(P, TI_IF, P->pc.line)->arg = (uint32_t)a;
            return 0;
        }
        if (!n->parent_active) { /* inside a false arm: just nest */
            jas_lex_skip_stmt(lx, t);
            return 0;
        }
        int64_t v;
        if (const_value(P, lx, t, &v) || expect_eol(P, t))
            return -1;
        n->active = v != 0;
        n->taken = n->active;
        return 0;
    }
    if (is_endif) {
        if (c->runtime)
            for (int i = 0; i < c->nifs; i++)
                pre_item(P, TI_ENDIF, P->pc.line);
        R->ncond--;
        return expect_eol(P, t);
    }
    if (c->runtime) {
        pre_item(P, TI_ELSE, P->pc.line);
        if (is_else)
            return expect_eol(P, t);
        if (t->kind != JAS_T_PH) {
            perr(P, t->p, t->len, ".elif after a run-time .if needs a {condition}");
            return -1;
        }
        int a = cond_arg(P, lx, t);
        if (a < 0)
            return -1;
        pre_item(P, TI_IF, P->pc.line)->arg = (uint32_t)a;
        c->nifs++;
        return 0;
    }
    /* build-time .elif / .else */
    if (!c->parent_active || c->taken) {
        c->active = 0;
        jas_lex_skip_stmt(lx, t);
        return 0;
    }
    if (is_else) {
        c->active = c->taken = 1;
        return expect_eol(P, t);
    }
    (void)is_elif;
    int64_t v;
    if (const_value(P, lx, t, &v) || expect_eol(P, t))
        return -1;
    c->active = v != 0;
    c->taken = c->active;
    return 0;
}

static int d_macro(pre_run *R, jas_lexer *lx, jas_tok *t)
{
    pre_ctx *P = &R->P;
    if (t->kind != JAS_T_IDENT) {
        perr(P, t->p, t->len, "expected a macro name");
        return -1;
    }
    if (R->nmacros == R->capmacros) {
        R->capmacros = R->capmacros ? 2 * R->capmacros : 8;
        R->macros = jas_xrealloc(R->macros, R->capmacros * sizeof *R->macros);
    }
    pre_macro *m = &R->macros[R->nmacros];
    memset(m, 0, sizeof *m);
    m->name = jas_arena_strndup(&P->arena, t->p, t->len);
    m->len = t->len;
    m->line = P->pc.line;
    jas_lex_next(lx, t);
    while (!at_eol(t)) {
        if (t->kind != JAS_T_IDENT || m->nparams == 16) {
            perr(P, t->p, t->len, "expected a parameter name");
            return -1;
        }
        m->param[m->nparams] = jas_arena_strndup(&P->arena, t->p, t->len);
        m->plen[m->nparams++] = t->len;
        jas_lex_next(lx, t);
        if (is_punct(t, ','))
            jas_lex_next(lx, t);
    }
    for (uint32_t i = 0; i < R->nmacros; i++)
        if (R->macros[i].len == m->len && !memcmp(R->macros[i].name, m->name, m->len)) {
            perr(P, m->name, m->len, "macro '%s' defined twice", m->name);
            return -1;
        }
    R->nmacros++;
    R->collecting = m;
    return 0;
}

/* The end of the quoted string or character constant starting at s. */
static const char *skip_quoted(const char *s, const char *e)
{
    char q = *s;
    const char *p = s + 1;
    while (p < e && *p != q) {
        if (*p == '\\' && p + 1 < e)
            p++;
        p++;
    }
    return p < e ? p + 1 : p;
}

/* Substitute in one line of text: \param -> argument (everywhere), and
 * identifiers in `ren` -> name.mN (outside strings and {C}). */
static void subst_line(jas_buf *out, const char *s, const char *e, const pre_macro *m,
                       const char **arg, const uint32_t *alen, const pre_names *ren, uint32_t serial)
{
    int brace = 0;
    while (s < e) {
        char c = *s;
        if (c == '\\' && m) {
            const char *q = s + 1;
            while (q < e && jas_is_ident_char((unsigned char)*q))
                q++;
            int done = 0;
            for (int i = 0; i < m->nparams; i++)
                if ((uint32_t)(q - s - 1) == m->plen[i] && !memcmp(s + 1, m->param[i], m->plen[i])) {
                    jas_buf_put(out, arg[i], alen[i]);
                    done = 1;
                    break;
                }
            if (!done && s + 1 < e && s[1] == '@') {
                jas_buf_printf(out, "%u", serial);
                s += 2;
                continue;
            }
            if (done) {
                s = q;
                continue;
            }
        }
        if (c == '"' || c == '\'') {
            const char *q = skip_quoted(s, e);
            jas_buf_put(out, s, (size_t)(q - s));
            s = q;
            continue;
        }
        if (c == '{') brace++;
        if (c == '}' && brace) brace--;
        if (!brace && jas_is_ident_start((unsigned char)c)) {
            const char *q = s;
            while (q < e && jas_is_ident_char((unsigned char)*q))
                q++;
            int done = 0;
            for (uint32_t i = 0; ren && i < ren->n; i++)
                if (ren->v[i].len == (uint32_t)(q - s) && !memcmp(ren->v[i].name, s, ren->v[i].len)) {
                    jas_buf_printf(out, "%.*s.m%u", (int)ren->v[i].len, s, serial);
                    done = 1;
                    break;
                }
            if (!done)
                jas_buf_put(out, s, (size_t)(q - s));
            s = q;
            continue;
        }
        if (c >= '0' && c <= '9') { /* keep numbers (0x1f) whole */
            const char *q = s;
            while (q < e && jas_is_ident_char((unsigned char)*q))
                q++;
            jas_buf_put(out, s, (size_t)(q - s));
            s = q;
            continue;
        }
        jas_buf_putc(out, (uint8_t)c);
        s++;
    }
}

/* Apply .define substitutions to a statement; returns the new text in the
 * arena, or NULL if nothing changed; *too_long (and NULL) when the result
 * would pass MAX_DEFINED_STMT bytes. */
static const char *apply_defines(pre_run *R, const char *p, const char *end, const char **new_end,
                                 int *too_long)
{
    if (!R->ndefines)
        return NULL;
    int brace = 0, any = 0;
    jas_buf b = {0};
    const char *s = p;
    while (s < end) {
        char c = *s;
        if (c == '"' || c == '\'') {
            const char *q = skip_quoted(s, end);
            jas_buf_put(&b, s, (size_t)(q - s));
            s = q;
            continue;
        }
        if (c == '{') brace++;
        if (c == '}' && brace) brace--;
        if (jas_is_ident_start((unsigned char)c) || (c >= '0' && c <= '9')) {
            const char *q = s;
            while (q < end && jas_is_ident_char((unsigned char)*q))
                q++;
            int done = 0;
            if (!brace && !(c >= '0' && c <= '9'))
                for (uint32_t i = 0; i < R->ndefines; i++)
                    if (R->defines[i].len == (uint32_t)(q - s) && !memcmp(R->defines[i].name, s, R->defines[i].len)) {
                        if (b.len + R->defines[i].vlen > MAX_DEFINED_STMT) {
                            jas_buf_free(&b);
                            *too_long = 1;
                            return NULL;
                        }
                        jas_buf_put(&b, R->defines[i].value, R->defines[i].vlen);
                        done = any = 1;
                        break;
                    }
            if (!done)
                jas_buf_put(&b, s, (size_t)(q - s));
            s = q;
            continue;
        }
        jas_buf_putc(&b, (uint8_t)c);
        s++;
    }
    if (!any) {
        jas_buf_free(&b);
        return NULL;
    }
    char *t = jas_arena_strndup(&R->P.arena, (const char *)b.data, b.len);
    *new_end = t + b.len;
    jas_buf_free(&b);
    return t;
}

static int expand_macro(pre_run *R, pre_macro *m, jas_lexer *lx, jas_tok *t)
{
    pre_ctx *P = &R->P;
    if (R->macro_depth >= MAX_MACRO_DEPTH) {
        perr(P, t->p, t->len, "macros nested more than %d deep", MAX_MACRO_DEPTH);
        return -1;
    }
    const char *at = t->p;
    /* arguments: split the rest at top-level commas */
    const char *arg[16];
    uint32_t alen[16];
    int nargs = 0;
    jas_lex_next(lx, t);
    const char *rest;
    uint32_t rlen;
    rest_text(lx, t, &rest, &rlen);
    const char *s = rest, *e = rest + rlen;
    while (s < e) {
        int depth = 0;
        const char *q = s;
        while (q < e && (depth || *q != ',')) {
            if (*q == '(' || *q == '[' || *q == '{') depth++;
            if ((*q == ')' || *q == ']' || *q == '}') && depth) depth--;
            q++;
        }
        const char *a = s, *b = q;
        while (a < b && (*a == ' ' || *a == '\t')) a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t')) b--;
        if (nargs == 16) {
            perr(P, at, m->len, "too many macro arguments");
            return -1;
        }
        arg[nargs] = a;
        alen[nargs++] = (uint32_t)(b - a);
        s = q < e ? q + 1 : q;
    }
    if (nargs != m->nparams) {
        perr(P, at, m->len, "macro '%s' takes %d argument%s, %d given", m->name, m->nparams,
             m->nparams == 1 ? "" : "s", nargs);
        return -1;
    }
    jas_lex_skip_stmt(lx, t);
    /* labels defined in the body get a fresh name per expansion */
    pre_names ren = {0};
    const char *body = (const char *)m->body.data;
    const char *bend = body ? body + m->body.len : body; /* an empty body has no data */
    for (const char *l = body; l < bend;) {
        const char *le = memchr(l, '\n', (size_t)(bend - l));
        if (!le) le = bend;
        const char *q = l;
        while (q < le && (*q == ' ' || *q == '\t')) q++;
        const char *n0 = q;
        while (q < le && jas_is_ident_char((unsigned char)*q)) q++;
        if (q > n0 && jas_is_ident_start((unsigned char)*n0) && q < le && *q == ':')
            names_add(&ren, n0, (uint32_t)(q - n0), 0);
        l = le + 1;
    }
    uint32_t serial = P->macro_serial++;
    int line = P->pc.line;
    const char *file = R->cur_file;
    R->macro_depth++;
    for (const char *l = body; l < bend;) {
        const char *le = memchr(l, '\n', (size_t)(bend - l));
        if (!le) le = bend;
        if (++R->macro_lines > MAX_MACRO_LINES) { /* reported once; later ones fail silently */
            if (R->macro_lines == MAX_MACRO_LINES + 1)
                perr(P, at, m->len, "macro expansion too large (more than %d lines from macros): "
                     "a macro that calls itself?", MAX_MACRO_LINES);
            break;
        }
        jas_buf x = {0};
        subst_line(&x, l, le, m, arg, alen, &ren, serial);
        char *text = jas_arena_strndup(&P->arena, (const char *)x.data, x.len);
        jas_buf_free(&x);
        stmt_text(R, file, line, text, text, text + strlen(text));
        l = le + 1;
    }
    R->macro_depth--;
    free(ren.v);
    return 0;
}

static void include_file(pre_run *R, const char *name, uint32_t nlen, const char *at);

static int directive(pre_run *R, jas_lexer *lx, jas_tok *t)
{
    pre_ctx *P = &R->P;
    const char *d = t->p;
    uint32_t n = t->len;
    char w[24];
    if (!jas_lower(w, sizeof w, d, n))
        w[0] = 0;
    jas_lex_next(lx, t);
#define IS(s) (!strcmp(w, s))
    if (IS(".if") || IS(".elif") || IS(".else") || IS(".endif"))
        return d_if(R, lx, t, w, n);
    if (!active(R)) {
        jas_lex_skip_stmt(lx, t);
        return 0;
    }
    if (IS(".byte") || IS("db")) return d_data(R, lx, t, 1);
    if (IS(".word") || IS(".short") || IS(".2byte") || IS("dw")) return d_data(R, lx, t, 2);
    if (IS(".dword") || IS(".long") || IS(".int") || IS(".4byte") || IS("dd")) return d_data(R, lx, t, 4);
    if (IS(".qword") || IS(".quad") || IS(".8byte") || IS("dq")) return d_data(R, lx, t, 8);
    if (IS(".ascii")) return d_ascii(R, lx, t, 0);
    if (IS(".asciz") || IS(".string")) return d_ascii(R, lx, t, 1);
    if (IS(".align") || IS(".balign") || IS(".p2align")) {
        int64_t v;
        if (const_value(P, lx, t, &v) || expect_eol(P, t))
            return -1;
        int lg = -1;
        if (IS(".p2align")) {
            if (v >= 0 && v <= 12)
                lg = (int)v;
        } else {
            for (int i = 0; i <= 12; i++)
                if (v == (int64_t)1 << i)
                    lg = i;
        }
        if (lg < 0) {
            perr(P, d, n, "alignment must be a power of two up to 4096");
            return -1;
        }
        if (lg)
            pre_item(P, TI_ALIGN, P->pc.line)->op = (uint8_t)lg;
        return 0;
    }
    if (IS(".code") || IS(".text") || IS(".data")) {
        pre_item(P, TI_SECT, P->pc.line)->op = IS(".data");
        return expect_eol(P, t);
    }
    if (IS(".arch")) {
        if (t->kind != JAS_T_IDENT || !jas_tok_is(t, "x64")) {
            if (!(t->kind == JAS_T_IDENT && (jas_tok_is(t, "x86_64") || jas_tok_is(t, "x86-64")))) {
                perr(P, t->p, t->len, "unsupported architecture '%.*s' (this version: x64)", clip(t->len), t->p);
                return -1;
            }
        }
        jas_lex_next(lx, t);
        return expect_eol(P, t);
    }
    if (IS(".intel_syntax")) {
        jas_lex_skip_stmt(lx, t);
        return 0;
    }
    if (IS(".emit")) {
        if (t->kind == JAS_T_IDENT && t->len == 4 && !memcmp(t->p, "code", 4))
            P->emit_code = 1;
        else if (t->kind == JAS_T_IDENT && t->len == 7 && !memcmp(t->p, "actions", 7))
            P->emit_code = 0;
        else {
            perr(P, t->p, t->len, "expected 'code' or 'actions'");
            return -1;
        }
        jas_lex_next(lx, t);
        return expect_eol(P, t);
    }
    if (IS(".state")) {
        if (t->kind != JAS_T_IDENT || t->len >= sizeof P->state) {
            perr(P, t->p, t->len, "expected the name of a jas_State * variable");
            return -1;
        }
        memcpy(P->state, t->p, t->len);
        P->state[t->len] = 0;
        jas_lex_next(lx, t);
        return expect_eol(P, t);
    }
    if (IS(".define")) {
        if (t->kind != JAS_T_IDENT) {
            perr(P, t->p, t->len, "expected a name");
            return -1;
        }
        if (R->ndefines == R->capdefines) {
            R->capdefines = R->capdefines ? 2 * R->capdefines : 8;
            R->defines = jas_xrealloc(R->defines, R->capdefines * sizeof *R->defines);
        }
        pre_define *df = &R->defines[R->ndefines++];
        df->name = jas_arena_strndup(&P->arena, t->p, t->len);
        df->len = t->len;
        jas_lex_next(lx, t);
        const char *v;
        uint32_t vl;
        rest_text(lx, t, &v, &vl);
        df->value = jas_arena_strndup(&P->arena, v, vl);
        df->vlen = vl;
        jas_lex_skip_stmt(lx, t);
        return 0;
    }
    if (IS(".macro")) return d_macro(R, lx, t);
    if (IS(".endm")) {
        perr(P, d, n, ".endm without .macro");
        return -1;
    }
    if (IS(".include")) {
        if (t->kind != JAS_T_STR) {
            perr(P, t->p, t->len, "expected a file name in quotes");
            return -1;
        }
        include_file(R, t->p + 1, t->len - 2, t->p);
        jas_lex_skip_stmt(lx, t);
        return 0;
    }
    perr(P, d, n, "unknown directive '%.*s'", clip(n), d);
    jas_lex_skip_stmt(lx, t);
    return -1;
#undef IS
}

/* One statement: labels, then a directive, a macro call or an instruction. */
static void stmt(pre_run *R, jas_lexer *lx)
{
    pre_ctx *P = &R->P;
    jas_tok t;
    jas_lex_next(lx, &t);
    P->pc.line = t.line;
    P->pc.line_start = t.line_start;
    for (;;) {
        jas_tok n1, n2;
        jas_lex_peek(lx, &n1);
        if (t.kind == JAS_T_ERROR) {
            perr(P, t.p, t.len, "%s", t.msg);
            return;
        }
        if (!active(R) && !(t.kind == JAS_T_IDENT && t.p[0] == '.'))
            return;
        if ((t.kind == JAS_T_IDENT || t.kind == JAS_T_NUM) && is_punct(&n1, ':')) {
            if (active(R)) {
                if (t.kind == JAS_T_IDENT)
                    define_named(P, &t);
                else
                    define_numeric(P, &t);
            }
            jas_lex_next(lx, &t);
            jas_lex_next(lx, &t);
            continue;
        }
        if (is_punct(&t, '*') && n1.kind == JAS_T_IDENT) {
            jas_lexer l2 = *lx;
            jas_lex_next(&l2, &n2);
            jas_lex_next(&l2, &n2);
            if (is_punct(&n2, ':')) {
                if (active(R)) {
                    tpl_item *it = pre_item(P, TI_LABEL, t.line);
                    it->label.kind = JAS_L_GLOBAL;
                    it->label.id = global_id(P, n1.p, n1.len, n1.p, 1);
                }
                *lx = l2;
                jas_lex_next(lx, &t);
                continue;
            }
        }
        if (t.kind == JAS_T_PH && is_punct(&n1, ':')) {
            if (active(R)) {
                int a = pre_arg(P, t.p + 1, t.len - 2, t.p);
                if (a >= 0) {
                    tpl_item *it = pre_item(P, TI_LABEL, t.line);
                    it->label.kind = JAS_L_DYN;
                    it->label.id = (uint32_t)a;
                }
            }
            jas_lex_next(lx, &t);
            jas_lex_next(lx, &t);
            continue;
        }
        break;
    }
    if (at_eol(&t))
        return;
    if (t.kind == JAS_T_IDENT && (t.p[0] == '.' || jas_tok_is(&t, "db") || jas_tok_is(&t, "dw") ||
                                  jas_tok_is(&t, "dd") || jas_tok_is(&t, "dq"))) {
        directive(R, lx, &t);
        return;
    }
    if (!active(R))
        return;
    if (t.kind == JAS_T_IDENT)
        for (uint32_t i = 0; i < R->nmacros; i++)
            if (R->macros[i].len == t.len && !memcmp(R->macros[i].name, t.p, t.len)) {
                expand_macro(R, &R->macros[i], lx, &t);
                return;
            }
    pre_x64_insn(P, lx, &t);
}

/* A statement line: `p..end` inside the line starting at line_start. */
static void stmt_text(pre_run *R, const char *file, int line, const char *line_start,
                      const char *p, const char *end)
{
    pre_ctx *P = &R->P;
    if (R->collecting) { /* inside .macro: store the raw line */
        const char *q = p;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        if ((size_t)(end - q) >= 5 && !strncasecmp(q, ".endm", 5) &&
            (end - q == 5 || !jas_is_ident_char((unsigned char)q[5]))) {
            R->collecting = NULL;
            return;
        }
        jas_buf_put(&R->collecting->body, p, (size_t)(end - p));
        jas_buf_putc(&R->collecting->body, '\n');
        return;
    }
    const char *saved_file = R->cur_file;
    R->cur_file = file;
    P->pc.file = file;
    P->pc.buf_end = end;
    const char *nend;
    int too_long = 0;
    const char *sub = apply_defines(R, p, end, &nend, &too_long);
    if (too_long) { /* reported at the statement's first token */
        jas_lexer lx;
        jas_tok t;
        lex_at(&lx, line_start, p, end, line);
        jas_lex_next(&lx, &t);
        P->pc.line = t.line;
        P->pc.line_start = t.line_start;
        perr(P, t.p, t.len, "statement longer than %d bytes after .define substitution",
             MAX_DEFINED_STMT);
        goto done;
    }
    if (sub) {
        line_start = p = sub;
        P->pc.buf_end = end = nend;
    }
    /* `;` separates statements on one line: split outside strings, {C}
     * and comments, and lex each piece on its own */
    const char *q = p;
    int brace = 0;
    for (;;) {
        const char *e = q;
        while (e < end) {
            if (*e == '"' || *e == '\'') {
                e = skip_quoted(e, end);
                continue;
            }
            if (*e == '{') brace++;
            else if (*e == '}' && brace) brace--;
            else if (!brace && (*e == '#' || (*e == '/' && e + 1 < end && e[1] == '/'))) {
                e = end; /* a comment: the rest of the line */
                break;
            } else if (!brace && *e == ';')
                break;
            e++;
        }
        jas_lexer lx;
        lex_at(&lx, line_start, q, e, line);
        stmt(R, &lx);
        if (e >= end)
            break;
        q = e + 1;
    }
done:
    R->cur_file = saved_file;
    P->pc.file = R->cur_file ? R->cur_file : P->file;
}

#define ENOTREG (-1) /* our own errno value: "not a regular file" */

/* An .include'd file: a regular file only (a directory, a FIFO or
 * /dev/zero would fail late or never end). */
static char *read_include(const char *path, size_t *len)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return NULL;
    if (!S_ISREG(st.st_mode)) {
        errno = S_ISDIR(st.st_mode) ? EISDIR : ENOTREG;
        return NULL;
    }
    return jas_read_file(path, len);
}

static void include_file(pre_run *R, const char *name, uint32_t nlen, const char *at)
{
    pre_ctx *P = &R->P;
    if (R->include_depth >= MAX_INCLUDE_DEPTH) {
        perr(P, at, nlen + 2, ".include nested more than %d deep", MAX_INCLUDE_DEPTH);
        return;
    }
    /* relative to the including C file, then the include directories */
    char path[4096];
    const char *base = P->file, *slash = strrchr(base, '/');
    int ok = 0;
    size_t blen = slash && name[0] != '/' ? (size_t)(slash - base + 1) : 0; /* absolute: as is */
    char *text = NULL;
    size_t len = 0;
    if (blen + nlen < sizeof path) {
        memcpy(path, base, blen);
        memcpy(path + blen, name, nlen);
        path[blen + nlen] = 0;
        text = read_include(path, &len);
        ok = text != NULL;
    }
    for (const char **dir = P->opts && P->opts->include_dirs ? P->opts->include_dirs : NULL;
         !ok && dir && *dir; dir++) {
        snprintf(path, sizeof path, "%s/%.*s", *dir, (int)nlen, name);
        text = read_include(path, &len);
        ok = text != NULL;
    }
    if (!ok) {
        perr(P, at, nlen + 2, "cannot open '%.*s': %s", (int)nlen, name,
             errno == ENOTREG ? "not a regular file" : strerror(errno));
        return;
    }
    char *keep = jas_arena_strndup(&P->arena, text, len);
    free(text);
    const char *fname = jas_arena_strndup(&P->arena, path, strlen(path));
    R->include_depth++;
    int line = 1;
    for (const char *l = keep, *end = keep + len; l < end; line++) {
        const char *le = memchr(l, '\n', (size_t)(end - l));
        if (!le) le = end;
        stmt_text(R, fname, line, l, l, le);
        l = le + 1;
    }
    R->include_depth--;
}

/* ---- the C file -------------------------------------------------------------------*/
/* Is this line assembly?  First non-blank is '|' not followed by '|'. */
static const char *asm_start(const char *l, const char *le)
{
    while (l < le && (*l == ' ' || *l == '\t'))
        l++;
    if (l < le && *l == '|' && !(l + 1 < le && l[1] == '|'))
        return l + 1;
    return NULL;
}

/* Track C comments/strings over a C line; returns the in-comment state at
 * its end. */
static int scan_c(const char *l, const char *le, int in_comment)
{
    for (const char *c = l; c < le; c++) {
        if (in_comment) {
            if (*c == '*' && c + 1 < le && c[1] == '/') {
                in_comment = 0;
                c++;
            }
            continue;
        }
        if (*c == '/' && c + 1 < le && c[1] == '*') {
            in_comment = 1;
            c++;
        } else if (*c == '/' && c + 1 < le && c[1] == '/') {
            break;
        } else if (*c == '"' || *c == '\'') {
            char q = *c;
            for (c++; c < le && *c != q; c++)
                if (*c == '\\')
                    c++;
        }
    }
    return in_comment;
}

static void mangle(jas_buf *b, const char *s, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        jas_buf_putc(b, (uint8_t)(jas_is_ident_char((unsigned char)s[i]) && s[i] != '.' && s[i] != '$' ? s[i] : '_'));
}

int jas_preprocess(const char *file, const char *text, size_t len, const jas_pre_opts *o,
                   jas_diag *d, jas_buf *out)
{
    pre_run R;
    memset(&R, 0, sizeof R);
    pre_ctx *P = &R.P;
    P->diag = d;
    P->file = file;
    P->opts = o;
    jas_arena_init(&P->arena);
    snprintf(P->state, sizeof P->state, "%s", o && o->state ? o->state : "J");
    P->emit_code = o ? o->emit_code : 0;
    tpl_init(&P->tb);
    P->pc.arena = &P->arena;
    P->pc.diag = d;
    P->pc.file = file;
    P->pc.sym = cb_sym;
    P->pc.local = cb_local;
    P->pc.ud = P;
    P->pc.allow_ph = 1;
    P->pc.max_depth = 100;
    R.cur_file = file;
    int errors0 = d->errors;

    const char *end = text + len;
    int line = 1, in_comment = 0;
    for (const char *l = text; l < end && d->errors - errors0 < (d->max_errors ? d->max_errors : 20); line++) {
        const char *le = memchr(l, '\n', (size_t)(end - l));
        if (!le) le = end;
        const char *a = in_comment ? NULL : asm_start(l, le);
        if (a) {
            if (!P->in_block) {
                block_begin(&R, line);
                if (line > 1 || 1)
                    put_line_directive(&R, line);
            }
            stmt_text(&R, file, line, l, a, le);
        } else {
            if (P->in_block)
                block_end(&R, line);
            jas_buf_put(&R.out, l, (size_t)(le - l));
            jas_buf_putc(&R.out, '\n');
            in_comment = scan_c(l, le, in_comment);
        }
        l = le + 1;
    }
    if (P->in_block)
        block_end(&R, line);
    /* every global label referenced must be defined in this file */
    for (uint32_t i = 0; i < P->globals.n; i++) {
        pre_name *g = &P->globals.v[i];
        if (!g->defined) {
            jas_srcpos p2 = {g->ref_file, g->ref_line, 1, NULL, 0};
            if (g->ref_line_start) {
                p2.col = (int)(g->ref_p - g->ref_line_start) + 1;
                p2.line_text = g->ref_line_start;
                /* the main text has no NUL after its last line (included
                 * files are NUL-terminated copies) */
                const char *q = g->ref_line_start, *lim = NULL;
                if (q >= text && q < text + len)
                    lim = text + len;
                while ((lim ? q < lim : *q != 0) && *q != '\n') q++;
                p2.line_len = (int)(q - g->ref_line_start);
            }
            jas_diag_error(d, &p2, (int)g->len, "undefined label '%.*s' (not a label of its block, nor a global *%.*s: anywhere in the file)",
                           clip(g->len), g->name, clip(g->len), g->name);
        }
    }
    int rc = d->errors > errors0 ? -1 : 0;
    if (!rc) {
        jas_buf_printf(out, "/* Generated by jas " JAS_VERSION " from ");
        /* no #include here: feature macros at the top of the file must stay
         * first; the file includes <jas.h> itself before its first block */
        jas_buf_printf(out, "%s: do not edit. */\n", file);
        if (P->globals.n) {
            jas_buf_printf(out, "enum {");
            for (uint32_t i = 0; i < P->globals.n; i++) {
                jas_buf_printf(out, "%s jas_global_", i ? "," : "");
                mangle(out, P->globals.v[i].name, P->globals.v[i].len);
                jas_buf_printf(out, " = %u", P->globals.v[i].id);
            }
            jas_buf_printf(out, " };\n");
        }
        jas_buf_printf(out, "#line 1 ");
        put_c_string(out, file);
        jas_buf_putc(out, '\n');
        jas_buf_put(out, R.out.data, R.out.len);
    }
    jas_buf_free(&R.out);
    jas_buf_free(&P->args);
    free(P->locals.v);
    free(P->pending_fwd.v);
    free(P->globals.v);
    for (uint32_t i = 0; i < R.nmacros; i++)
        jas_buf_free(&R.macros[i].body);
    free(R.macros);
    free(R.defines);
    tpl_free(&P->tb);
    jas_arena_free(&P->arena);
    return rc;
}
