/* Expression parsing and evaluation, see expr.h. */
#include "front/expr.h"

#include <stdarg.h>
#include <stdio.h>

#include "front/layout.h"

/* ---- positions and messages ---------------------------------------------*/
jas_srcpos jas_pctx_pos(const jas_pctx *pc, const char *p)
{
    jas_srcpos pos;
    const char *ls = pc->line_start, *end = pc->buf_end;
    int line = pc->line;
    if (!ls || !p || p < ls || (end && p > end)) {
        pos.file = pc->file;
        pos.line = line;
        pos.col = 1;
        pos.line_text = NULL;
        pos.line_len = 0;
        return pos;
    }
    /* p may be on a later line (block comments inside a statement) */
    for (const char *q = ls; q < p; q++)
        if (*q == '\n') {
            line++;
            ls = q + 1;
        }
    const char *le = end ? jas_line_end(ls, end) : ls + strlen(ls);
    pos.file = pc->file;
    pos.line = line;
    pos.col = (int)(p - ls) + 1;
    pos.line_text = ls;
    pos.line_len = (int)(le - ls);
    return pos;
}

static void vreport(jas_pctx *pc, int warn, const char *p, uint32_t len,
                    const char *fmt, va_list ap)
{
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    jas_srcpos pos = jas_pctx_pos(pc, p);
    int n = len ? (int)(len > 4096 ? 4096 : len) : 1;
    if (warn) {
        jas_warning(pc->diag, &pos, n, "%s", msg);
    } else {
        pc->errors++;
        jas_diag_error(pc->diag, &pos, n, "%s", msg);
    }
}

void jas_perror(jas_pctx *pc, const char *p, uint32_t len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(pc, 0, p, len, fmt, ap);
    va_end(ap);
}

void jas_pwarning(jas_pctx *pc, const char *p, uint32_t len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(pc, 1, p, len, fmt, ap);
    va_end(ap);
}

void jas_perror_tok(jas_pctx *pc, const jas_tok *t, const char *what)
{
    if (t->kind == JAS_T_ERROR) {
        jas_perror(pc, t->p, t->len, "%s", t->msg);
        return;
    }
    if (t->kind == JAS_T_EOL || t->kind == JAS_T_EOF) {
        jas_perror(pc, t->p, 1, "%s at end of line", what);
        return;
    }
    unsigned char c0 = (unsigned char)t->p[0];
    if (t->kind == JAS_T_PUNCT && (c0 < 0x20 || c0 >= 0x7f)) {
        jas_perror(pc, t->p, 1, "%s%sstray byte 0x%02x", what, *what ? ": " : "", c0);
        return;
    }
    int n = t->len > 40 ? 40 : (int)t->len;
    jas_perror(pc, t->p, t->len, "%s before '%.*s'", what, n, t->p);
}

/* ---- parser ---------------------------------------------------------------*/
#define MAX_DEPTH_DEFAULT 200

static jas_expr *node(jas_pctx *pc, int op, const char *p, uint32_t len)
{
    jas_expr *e = jas_arena_alloc(pc->arena, sizeof *e);
    e->op = (uint8_t)op;
    e->dir = 0;
    e->p = p;
    e->len = len;
    e->u.kid[0] = e->u.kid[1] = NULL;
    return e;
}

jas_expr *jas_expr_num(jas_pctx *pc, int64_t v, const char *p, uint32_t len)
{
    jas_expr *e = node(pc, JAS_E_NUM, p, len);
    e->u.num = v;
    return e;
}

jas_expr *jas_expr_bin(jas_pctx *pc, int op, jas_expr *a, jas_expr *b)
{
    const char *p = a->p < b->p ? a->p : b->p;
    const char *e1 = a->p + a->len, *e2 = b->p + b->len;
    const char *end = e1 > e2 ? e1 : e2;
    jas_expr *e = node(pc, op, p, (uint32_t)(end - p));
    e->u.kid[0] = a;
    e->u.kid[1] = b;
    return e;
}

static void advance(jas_lexer *lx, jas_tok *t) { jas_lex_next(lx, t); }

static int tok_is(const jas_tok *t, int op) { return t->kind == JAS_T_PUNCT && t->op == op; }

static jas_expr *parse_bin(jas_pctx *pc, jas_lexer *lx, jas_tok *t, int minp, int depth);

/* Binary operator of token t: its node op and precedence (0 = none). */
static int binop(const jas_tok *t, int *prec)
{
    if (t->kind != JAS_T_PUNCT)
        return -1;
    switch (t->op) {
    case '*': *prec = 6; return JAS_E_MUL;
    case '/': *prec = 6; return JAS_E_DIV;
    case '%': *prec = 6; return JAS_E_MOD;
    case JAS_OP_SHL: *prec = 6; return JAS_E_SHL;
    case JAS_OP_SHR: *prec = 6; return JAS_E_SHR;
    case '|': *prec = 5; return JAS_E_OR;
    case '&': *prec = 5; return JAS_E_AND;
    case '^': *prec = 5; return JAS_E_XOR;
    case '!': *prec = 5; return JAS_E_ORNOT;
    case '+': *prec = 4; return JAS_E_ADD;
    case '-': *prec = 4; return JAS_E_SUB;
    case JAS_OP_EQ: *prec = 3; return JAS_E_EQ;
    case JAS_OP_NE: *prec = 3; return JAS_E_NE;
    case '<': *prec = 3; return JAS_E_LT;
    case '>': *prec = 3; return JAS_E_GT;
    case JAS_OP_LE: *prec = 3; return JAS_E_LE;
    case JAS_OP_GE: *prec = 3; return JAS_E_GE;
    case JAS_OP_LAND: *prec = 2; return JAS_E_LAND;
    case JAS_OP_LOR: *prec = 1; return JAS_E_LOR;
    }
    return -1;
}

static jas_expr *too_deep(jas_pctx *pc, const jas_tok *t)
{
    jas_perror(pc, t->p, t->len, "expression too deeply nested");
    return NULL;
}

static jas_expr *parse_unary(jas_pctx *pc, jas_lexer *lx, jas_tok *t, int depth)
{
    int maxd = pc->max_depth > 0 ? pc->max_depth : MAX_DEPTH_DEFAULT;
    if (depth > maxd)
        return too_deep(pc, t);
    const char *p = t->p;
    if (t->kind == JAS_T_PUNCT &&
        (t->op == '-' || t->op == '~' || t->op == '!' || t->op == '+')) {
        int op = t->op;
        advance(lx, t);
        jas_expr *k = parse_unary(pc, lx, t, depth + 1);
        if (!k)
            return NULL;
        if (op == '+')
            return k;
        uint32_t len = (uint32_t)(k->p + k->len - p);
        if (op == '-' && k->op == JAS_E_NUM) { /* fold -N: common and cheap */
            k->u.num = (int64_t)(0 - (uint64_t)k->u.num);
            k->p = p;
            k->len = len;
            return k;
        }
        jas_expr *e = node(pc, op == '-' ? JAS_E_NEG : op == '~' ? JAS_E_NOT : JAS_E_LNOT, p, len);
        e->u.kid[0] = k;
        return e;
    }
    switch (t->kind) {
    case JAS_T_NUM: {
        jas_expr *e = node(pc, JAS_E_NUM, t->p, t->len);
        e->u.num = (int64_t)t->num;
        advance(lx, t);
        return e;
    }
    case JAS_T_LOCAL: {
        jas_sym *s = pc->local ? pc->local(pc->ud, t->num, t->dir, t) : NULL;
        if (!s) {
            if (!pc->local)
                jas_perror(pc, t->p, t->len, "local label reference not allowed here");
            return NULL;
        }
        jas_expr *e = node(pc, JAS_E_SYM, t->p, t->len);
        e->u.sym = s;
        advance(lx, t);
        return e;
    }
    case JAS_T_IDENT: {
        if (t->len == 1 && t->p[0] == '.') {
            jas_expr *e = node(pc, JAS_E_DOT, t->p, 1);
            advance(lx, t);
            return e;
        }
        if (pc->reg) {
            int param = lx->p < lx->end && *lx->p == '{'; /* reg64{e} */
            int code = pc->reg(pc->rud, t, param);
            if (code > 0) {
                jas_expr *e = node(pc, JAS_E_REG, t->p, t->len);
                e->u.reg.code = code;
                e->u.reg.ph = NULL;
                e->u.reg.phlen = 0;
                advance(lx, t);
                if (param) {
                    if (!pc->allow_ph) {
                        jas_perror(pc, t->p, t->len,
                                   "run-time operand '%.*s' needs the preprocessor",
                                   (int)(t->len > 60 ? 60 : t->len), t->p);
                        return NULL;
                    }
                    if (t->kind != JAS_T_PH) { /* reg64{ without its '}' */
                        jas_perror(pc, t->p, t->len, "%s",
                                   t->kind == JAS_T_ERROR && t->msg ? t->msg : "expected '{expr}'");
                        return NULL;
                    }
                    e->u.reg.ph = t->p + 1;
                    e->u.reg.phlen = t->len - 2;
                    e->len = (uint32_t)(t->p + t->len - e->p);
                    advance(lx, t);
                }
                return e;
            }
        }
        jas_sym *s = pc->sym ? pc->sym(pc->ud, t->p, t->len, t) : NULL;
        if (!s) {
            if (!pc->sym)
                jas_perror(pc, t->p, t->len, "symbol '%.*s' not allowed here",
                           (int)(t->len > 60 ? 60 : t->len), t->p);
            return NULL;
        }
        jas_expr *e = node(pc, JAS_E_SYM, t->p, t->len);
        e->u.sym = s;
        advance(lx, t);
        if (tok_is(t, '@') && !t->space) { /* sym@PLT: a plain reference here */
            const char *at = t->p;
            advance(lx, t);
            if (t->kind != JAS_T_IDENT || t->space || !jas_tok_is(t, "plt")) {
                uint32_t n = t->kind == JAS_T_IDENT ? (uint32_t)(t->p + t->len - at) : 1;
                jas_perror(pc, at, n, "relocation '%.*s' is not supported (the output is raw code)",
                           (int)(n > 40 ? 40 : n), at);
                return NULL;
            }
            advance(lx, t);
        }
        return e;
    }
    case JAS_T_PH: {
        if (!pc->allow_ph) {
            jas_perror(pc, t->p, t->len, "run-time operand '%.*s' needs the preprocessor",
                       (int)(t->len > 60 ? 60 : t->len), t->p);
            return NULL;
        }
        jas_expr *e = node(pc, JAS_E_PH, t->p, t->len);
        e->u.ph.text = t->p + 1;
        e->u.ph.len = t->len - 2;
        advance(lx, t);
        if (t->kind == JAS_T_IDENT && !t->space && t->len == 1 &&
            (t->p[0] == 'f' || t->p[0] == 'b')) { /* {n}f / {n}b */
            e->dir = (uint8_t)t->p[0];
            e->len++;
            advance(lx, t);
        }
        return e;
    }
    case JAS_T_PUNCT:
        if (t->op == '(') {
            const char *open = t->p;
            advance(lx, t);
            jas_expr *e = parse_bin(pc, lx, t, 1, depth + 1);
            if (!e)
                return NULL;
            if (t->kind != JAS_T_PUNCT || t->op != ')') {
                if (t->kind == JAS_T_ERROR)
                    jas_perror_tok(pc, t, "");
                else
                    jas_perror(pc, open, 1, "missing ')'");
                return NULL;
            }
            advance(lx, t);
            return e;
        }
        break;
    case JAS_T_STR:
        jas_perror(pc, t->p, t->len, "a string is not allowed in an expression");
        return NULL;
    default:
        break;
    }
    jas_perror_tok(pc, t, "expected an expression");
    return NULL;
}

/* Trees are at most this deep (a long a+b+c+... chain is a deep tree);
 * everything that walks them recursively relies on it. */
#define MAX_TREE_DEPTH 1000

static jas_expr *parse_bin(jas_pctx *pc, jas_lexer *lx, jas_tok *t, int minp, int depth)
{
    /* depth: nesting (parentheses, unary operators, right operands), which
     * parse_unary bounds; each operator of a chain deepens the left-deep
     * tree by one more, bounded here */
    jas_expr *lhs = parse_unary(pc, lx, t, depth);
    if (!lhs)
        return NULL;
    for (int ops = 1;; ops++) {
        int prec = 0, op = binop(t, &prec);
        if (op < 0 || prec < minp)
            return lhs;
        if (depth + ops > MAX_TREE_DEPTH)
            return too_deep(pc, t);
        advance(lx, t);
        jas_expr *rhs = parse_bin(pc, lx, t, prec + 1, depth + 1);
        if (!rhs)
            return NULL;
        lhs = jas_expr_bin(pc, op, lhs, rhs);
    }
}

jas_expr *jas_expr_parse(jas_pctx *pc, jas_lexer *lx, jas_tok *t)
{
    return parse_bin(pc, lx, t, 1, 0);
}

int jas_expr_has(const jas_expr *e, int op)
{
    while (e) { /* loop down the left (deep) side, recurse on the right */
        if (e->op == op)
            return 1;
        if (e->op < JAS_E_NEG)
            return 0;
        if (e->op > JAS_E_LNOT && jas_expr_has(e->u.kid[1], op))
            return 1;
        e = e->u.kid[0];
    }
    return 0;
}

/* ---- evaluation -----------------------------------------------------------*/
#define EVAL_MAX_DEPTH 4000
/* Equates expanded by one evaluation: `.set s60, s59+s59` ... down to s0
 * is only 61 equates, but evaluated as a tree it is 2^60 of them. */
#define EVAL_MAX_EQUATES 1000000

static int fail(jas_evalctx *ev, const jas_expr *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static int fail(jas_evalctx *ev, const jas_expr *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ev->err, sizeof ev->err, fmt, ap);
    va_end(ap);
    ev->err_at = at;
    return -1;
}

static int8_t clamp_reloc(int r)
{
    return (int8_t)(r > 64 ? 64 : r < -64 ? -64 : r);
}

static int eval_rec(jas_evalctx *ev, const jas_expr *e, jas_value *v);

static int eval_sym(jas_evalctx *ev, const jas_expr *e, jas_sym *s, jas_value *v)
{
    switch (s->kind) {
    case JAS_SYM_LABEL:
        v->reloc = 1;
        v->base = s;
        v->sec = s->frag->sec;
        if (ev->final) {
            v->v = (int64_t)(s->frag->addr + s->off);
        } else {
            v->kind = JAS_V_REL;
            v->frag = s->frag;
            v->v = (int64_t)s->off;
        }
        return 0;
    case JAS_SYM_EQU: {
        if (s->flags & JAS_SF_BUSY)
            return fail(ev, e, "symbol '%.*s' is defined in terms of itself",
                        (int)s->len, s->name);
        struct jas_equ_memo *m = &ev->memo[((uintptr_t)s / sizeof *s) % 8];
        if (m->sym == s && m->gen == ev->gen) {
            *v = m->v;
            return 0;
        }
        if (++ev->nequ > EVAL_MAX_EQUATES)
            return fail(ev, e, "expression too complex: more than %d uses of equates "
                        "(symbols defined in terms of each other)", EVAL_MAX_EQUATES);
        s->flags |= JAS_SF_BUSY;
        int rc = eval_rec(ev, s->expr, v);
        s->flags &= (uint8_t)~JAS_SF_BUSY;
        if (!rc) {
            m->sym = s;
            m->gen = ev->gen;
            m->v = *v;
        }
        if (rc && ev->err_at && ev->err_at != e && !ev->err_sym) {
            /* point at the use, keep the message */
            ev->err_at = e;
        } else if (rc && ev->err_sym) {
            ev->err_at = e;
        }
        return rc;
    }
    default:
        if (ev->final) {
            ev->err_sym = s;
            if (s->flags & JAS_SF_LOCAL)
                return fail(ev, e, "undefined local label '%.*sf'", (int)s->len, s->name);
            return fail(ev, e, "undefined symbol '%.*s'", (int)s->len, s->name);
        }
        v->kind = JAS_V_UNKNOWN;
        v->reloc = 1; /* as GNU: an external symbol */
        v->base = s;
        return 0;
    }
}

static int eval_rec(jas_evalctx *ev, const jas_expr *e, jas_value *v)
{
    v->kind = JAS_V_CONST;
    v->has_ph = 0;
    v->reloc = 0;
    v->frag = NULL;
    v->sec = NULL;
    v->base = NULL;
    v->v = 0;
    if (++ev->depth > EVAL_MAX_DEPTH) {
        ev->depth--;
        return fail(ev, e, "expression too deeply nested");
    }
    int rc = 0;
    switch (e->op) {
    case JAS_E_NUM:
        v->v = e->u.num;
        break;
    case JAS_E_SYM:
        rc = eval_sym(ev, e, e->u.sym, v);
        break;
    case JAS_E_DOT:
        v->reloc = 1;
        v->sec = ev->dot_frag ? ev->dot_frag->sec : NULL;
        if (ev->final) {
            v->v = (int64_t)((ev->dot_frag ? ev->dot_frag->addr : 0) + ev->dot_off);
        } else if (ev->dot_frag) {
            v->kind = JAS_V_REL;
            v->frag = ev->dot_frag;
            v->v = (int64_t)ev->dot_off;
        } else {
            v->kind = JAS_V_UNKNOWN;
        }
        break;
    case JAS_E_PH:
        if (ev->final)
            rc = fail(ev, e, "run-time operand '%.*s' needs the preprocessor",
                      (int)(e->len > 60 ? 60 : e->len), e->p);
        v->kind = JAS_V_UNKNOWN;
        v->has_ph = 1;
        break;
    case JAS_E_REG:
        rc = fail(ev, e, "invalid use of register '%.*s'", (int)e->len, e->p);
        break;
    case JAS_E_NEG:
    case JAS_E_NOT:
    case JAS_E_LNOT: {
        jas_value a;
        rc = eval_rec(ev, e->u.kid[0], &a);
        if (rc)
            break;
        uint64_t x = (uint64_t)a.v;
        v->v = (int64_t)(e->op == JAS_E_NEG ? 0 - x : e->op == JAS_E_NOT ? ~x : (uint64_t)(x == 0));
        v->has_ph = a.has_ph;
        v->kind = a.kind == JAS_V_CONST ? JAS_V_CONST : JAS_V_UNKNOWN;
        v->reloc = e->op == JAS_E_NEG ? clamp_reloc(-a.reloc) : (a.reloc ? 2 : 0);
        break;
    }
    default: {
        jas_value a, b;
        rc = eval_rec(ev, e->u.kid[0], &a);
        if (rc)
            break;
        rc = eval_rec(ev, e->u.kid[1], &b);
        if (rc)
            break;
        uint64_t x = (uint64_t)a.v, y = (uint64_t)b.v;
        int64_t sx = a.v, sy = b.v;
        int both = a.kind == JAS_V_CONST && b.kind == JAS_V_CONST;
        v->has_ph = a.has_ph | b.has_ph;
        v->kind = both ? JAS_V_CONST : JAS_V_UNKNOWN;
        v->reloc = (a.reloc || b.reloc) ? 2 : 0;
        switch (e->op) {
        case JAS_E_ADD:
            v->v = (int64_t)(x + y);
            v->reloc = clamp_reloc(a.reloc + b.reloc);
            if (a.kind == JAS_V_REL && b.kind == JAS_V_CONST) {
                v->kind = JAS_V_REL;
                v->frag = a.frag;
            } else if (a.kind == JAS_V_CONST && b.kind == JAS_V_REL) {
                v->kind = JAS_V_REL;
                v->frag = b.frag;
            }
            v->sec = a.reloc == 1 && b.reloc == 0 ? a.sec : a.reloc == 0 && b.reloc == 1 ? b.sec : NULL;
            if (a.base && b.kind == JAS_V_CONST && !b.base)
                v->base = a.base;
            else if (b.base && a.kind == JAS_V_CONST && !a.base)
                v->base = b.base;
            break;
        case JAS_E_SUB:
            v->v = (int64_t)(x - y);
            v->reloc = clamp_reloc(a.reloc - b.reloc);
            if (a.kind == JAS_V_REL && b.kind == JAS_V_CONST) {
                v->kind = JAS_V_REL;
                v->frag = a.frag;
            } else if (a.kind == JAS_V_REL && b.kind == JAS_V_REL && a.frag == b.frag) {
                v->kind = JAS_V_CONST;
            } else if (a.base && a.base == b.base && !a.has_ph && !b.has_ph) {
                v->kind = JAS_V_CONST; /* s + x - (s + y) */
            }
            v->sec = a.reloc == 1 && b.reloc == 0 ? a.sec : NULL;
            if (a.base && b.kind == JAS_V_CONST && !b.base)
                v->base = a.base;
            break;
        case JAS_E_MUL: v->v = (int64_t)(x * y); break;
        case JAS_E_DIV:
        case JAS_E_MOD:
            if (b.kind == JAS_V_CONST && y == 0) {
                rc = fail(ev, e->u.kid[1], "division by zero");
                break;
            }
            if (!both)
                break;
            if (sy == -1)
                v->v = e->op == JAS_E_DIV ? (int64_t)(0 - x) : 0;
            else
                v->v = e->op == JAS_E_DIV ? sx / sy : sx % sy;
            break;
        case JAS_E_SHL: v->v = y >= 64 ? 0 : (int64_t)(x << y); break;
        case JAS_E_SHR: v->v = y >= 64 ? 0 : (int64_t)(x >> y); break;
        case JAS_E_OR: v->v = (int64_t)(x | y); break;
        case JAS_E_AND: v->v = (int64_t)(x & y); break;
        case JAS_E_XOR: v->v = (int64_t)(x ^ y); break;
        case JAS_E_ORNOT: v->v = (int64_t)(x | ~y); break;
        case JAS_E_EQ: v->v = x == y ? -1 : 0; break;
        case JAS_E_NE: v->v = x != y ? -1 : 0; break;
        case JAS_E_LT: v->v = sx < sy ? -1 : 0; break;
        case JAS_E_GT: v->v = sx > sy ? -1 : 0; break;
        case JAS_E_LE: v->v = sx <= sy ? -1 : 0; break;
        case JAS_E_GE: v->v = sx >= sy ? -1 : 0; break;
        case JAS_E_LAND: v->v = (x && y) ? 1 : 0; break;
        case JAS_E_LOR: v->v = (x || y) ? 1 : 0; break;
        default:
            rc = fail(ev, e, "bad expression");
        }
        if (v->kind != JAS_V_CONST && v->kind != JAS_V_REL)
            v->frag = NULL;
        break;
    }
    }
    ev->depth--;
    return rc;
}

int jas_eval(jas_evalctx *ev, const jas_expr *e, jas_value *out)
{
    ev->err_at = NULL;
    ev->err_sym = NULL;
    ev->err[0] = 0;
    ev->depth = 0;
    ev->nequ = 0;
    if (++ev->gen == 0) { /* wrapped: no entry may look current */
        memset(ev->memo, 0, sizeof ev->memo);
        ev->gen = 1;
    }
    return eval_rec(ev, e, out);
}

/* ---- C text ---------------------------------------------------------------*/
static const char *c_op(int op)
{
    switch (op) {
    case JAS_E_MUL: return "*";
    case JAS_E_DIV: return "/";
    case JAS_E_MOD: return "%";
    case JAS_E_SHL: return "<<";
    case JAS_E_OR: return "|";
    case JAS_E_AND: return "&";
    case JAS_E_XOR: return "^";
    case JAS_E_ADD: return "+";
    case JAS_E_SUB: return "-";
    case JAS_E_LT: return "<";
    case JAS_E_GT: return ">";
    case JAS_E_LE: return "<=";
    case JAS_E_GE: return ">=";
    case JAS_E_EQ: return "==";
    case JAS_E_NE: return "!=";
    case JAS_E_LAND: return "&&";
    case JAS_E_LOR: return "||";
    }
    return "?";
}

void jas_expr_to_c(const jas_expr *e, jas_buf *out,
                   void (*sym)(void *ud, const jas_expr *leaf, jas_buf *out), void *ud)
{
    switch (e->op) {
    case JAS_E_NUM:
        jas_buf_printf(out, "(int64_t)%lluULL", (unsigned long long)(uint64_t)e->u.num);
        return;
    case JAS_E_PH:
        jas_buf_printf(out, "((int64_t)(%.*s))", (int)e->u.ph.len, e->u.ph.text);
        return;
    case JAS_E_SYM:
    case JAS_E_DOT:
    case JAS_E_REG:
        if (sym)
            sym(ud, e, out);
        else
            jas_buf_put(out, e->p, e->len);
        return;
    case JAS_E_NEG:
    case JAS_E_NOT:
    case JAS_E_LNOT:
        jas_buf_put(out, e->op == JAS_E_NEG ? "(int64_t)(0-(uint64_t)" : e->op == JAS_E_NOT ? "(~" : "(int64_t)(!", e->op == JAS_E_NEG ? 22 : 2 + (e->op == JAS_E_LNOT) * 10);
        jas_expr_to_c(e->u.kid[0], out, sym, ud);
        jas_buf_putc(out, ')');
        return;
    default:
        break;
    }
    const jas_expr *a = e->u.kid[0], *b = e->u.kid[1];
    switch (e->op) {
    case JAS_E_ADD: case JAS_E_SUB: case JAS_E_MUL: case JAS_E_SHL:
        /* wrap-around arithmetic without undefined behaviour */
        jas_buf_put(out, "(int64_t)((uint64_t)", 20);
        jas_expr_to_c(a, out, sym, ud);
        jas_buf_printf(out, "%s(uint64_t)", c_op(e->op));
        if (e->op == JAS_E_SHL)
            jas_buf_putc(out, '(');
        jas_expr_to_c(b, out, sym, ud);
        if (e->op == JAS_E_SHL)
            jas_buf_put(out, "&63)", 4);
        jas_buf_putc(out, ')');
        return;
    case JAS_E_SHR:
        jas_buf_put(out, "(int64_t)((uint64_t)", 20);
        jas_expr_to_c(a, out, sym, ud);
        jas_buf_put(out, ">>((uint64_t)", 13);
        jas_expr_to_c(b, out, sym, ud);
        jas_buf_put(out, "&63))", 5);
        return;
    case JAS_E_ORNOT:
        jas_buf_putc(out, '(');
        jas_expr_to_c(a, out, sym, ud);
        jas_buf_put(out, "|~", 2);
        jas_expr_to_c(b, out, sym, ud);
        jas_buf_putc(out, ')');
        return;
    case JAS_E_EQ: case JAS_E_NE: case JAS_E_LT: case JAS_E_GT:
    case JAS_E_LE: case JAS_E_GE:
        jas_buf_put(out, "(int64_t)-(", 11);
        break;
    case JAS_E_LAND: case JAS_E_LOR:
        jas_buf_put(out, "(int64_t)(", 10);
        break;
    default:
        jas_buf_putc(out, '(');
    }
    jas_expr_to_c(a, out, sym, ud);
    jas_buf_printf(out, "%s", c_op(e->op));
    jas_expr_to_c(b, out, sym, ud);
    jas_buf_putc(out, ')');
}
