/* The assembler lexer, see lex.h. */
#include "front/lex.h"

#include "common/util.h"

const unsigned char jas_char_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 4, 4, 4, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    4, 0, 0, 0, 2, 8, 0, 0, 8, 8, 8, 8, 8, 8, 3, 0,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 8, 0, 0, 0, 0, 0,
    0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 0, 8, 8, 3,
    0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 8, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

void jas_lex_init(jas_lexer *lx, const char *buf, size_t len, int line)
{
    lx->p = lx->buf = lx->line_start = lx->prev_end = buf;
    lx->end = buf + len;
    lx->line = line;
}

const char *jas_line_end(const char *s, const char *end)
{
    const char *nl = s < end ? memchr(s, '\n', (size_t)(end - s)) : NULL;
    return nl ? nl : end;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decode one escape; p points after the backslash.  Returns the new p.
 * GNU as's rules, which are not C's: in a string (read.c) \b \f \n \r \t
 * \v, up to three digits read as octal (8 and 9 included: "\18" is 16),
 * \x and every hex digit after it (none: 0), anything else itself ("\a"
 * is 'a'); in a character constant (app.c) only \b \f \n \r \t, anything
 * else itself ('\0' is '0'). */
static const char *escape(const char *p, const char *end, unsigned *val, int in_string)
{
    if (p >= end) {
        *val = '\\';
        return p;
    }
    int c = (unsigned char)*p++;
    switch (c) {
    case 'n': *val = '\n'; return p;
    case 't': *val = '\t'; return p;
    case 'r': *val = '\r'; return p;
    case 'b': *val = '\b'; return p;
    case 'f': *val = '\f'; return p;
    }
    *val = (unsigned)c; /* \\ \" \' and anything else: itself */
    if (!in_string)
        return p;
    if (c == 'v') {
        *val = '\v';
    } else if (c == 'x' || c == 'X') {
        unsigned v = 0;
        while (p < end && hexval((unsigned char)*p) >= 0)
            v = (v << 4) | (unsigned)hexval((unsigned char)*p++);
        *val = v & 0xff;
    } else if (c >= '0' && c <= '9') {
        unsigned v = (unsigned)(c - '0');
        for (int i = 0; i < 2 && p < end && *p >= '0' && *p <= '9'; i++)
            v = v * 8 + (unsigned)(*p++ - '0');
        *val = v & 0xff;
    }
    return p;
}

const char *jas_scan_number(const char *p, const char *end, uint64_t *v)
{
    uint64_t x = 0;
    const char *s;
    if (p[0] == '0' && p + 2 < end && (p[1] | 0x20) == 'x') {
        s = p += 2;
        for (; p < end; p++) {
            unsigned c = (unsigned char)*p, d = c - '0', h = (c | 0x20) - 'a';
            if (d >= 10 && h >= 6)
                break;
            x = x << 4 | (d < 10 ? d : h + 10);
        }
        if (p == s || p - s > 16)
            return NULL;
    } else {
        if (p[0] == '0' && p + 1 < end && jas_is_ident_char((unsigned char)p[1]))
            return NULL; /* octal, 0b..., 0x at the buffer end */
        for (s = p; p < end && (unsigned)(*p - '0') < 10; p++)
            x = x * 10 + (unsigned)(*p - '0');
        if (p - s > 19)
            return NULL;
    }
    if (p < end && jas_is_ident_char((unsigned char)*p))
        return NULL; /* 1f, 10h, 0x1g */
    *v = x;
    return p;
}

static void lex_number(jas_lexer *lx, jas_tok *t, const char *p)
{
    const char *end = lx->end, *s = p;
    uint64_t v = 0;
    const char *q = jas_scan_number(p, end, &v);
    if (q) { /* nearly every number: no overflow to check */
        t->p = p;
        t->kind = JAS_T_NUM;
        t->num = v;
        t->len = (uint32_t)(q - p);
        lx->p = q;
        return;
    }
    unsigned base = 10;
    if (p[0] == '0' && p + 2 < end + 0 && (p[1] == 'x' || p[1] == 'X') &&
        hexval((unsigned char)p[2]) >= 0) {
        base = 16;
        p += 2;
    } else if (p[0] == '0' && p + 2 < end + 0 && (p[1] == 'b' || p[1] == 'B') &&
               (p[2] == '0' || p[2] == '1')) {
        base = 2;
        p += 2;
    } else if (p[0] == '0' && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
        base = 8;
        p += 1;
    }
    int over = 0, bad = 0;
    while (p < end) {
        int d = hexval((unsigned char)*p);
        if (d < 0 || (base != 16 && d > 9))
            break;
        if ((unsigned)d >= base) {
            if (base == 8 && d <= 9)
                bad = 1;
            else
                break;
        }
        if (__builtin_mul_overflow(v, (uint64_t)base, &v) ||
            __builtin_add_overflow(v, (uint64_t)d, &v))
            over = 1; /* v is garbage then, but never used */
        p++;
    }
    t->p = s;
    if (base == 10 && p < end && (*p == 'b' || *p == 'f') &&
        !(p + 1 < end && jas_is_ident_char((unsigned char)p[1]))) {
        t->kind = JAS_T_LOCAL;
        t->dir = (uint8_t)*p;
        t->num = v;
        p++;
        t->len = (uint32_t)(p - s);
        if (over) {
            t->kind = JAS_T_ERROR;
            t->msg = "local label number too large";
        }
        lx->p = p;
        return;
    }
    if (p < end && jas_is_ident_char((unsigned char)*p)) {
        while (p < end && jas_is_ident_char((unsigned char)*p))
            p++;
        t->kind = JAS_T_ERROR;
        t->msg = "invalid number";
    } else if (over) {
        t->kind = JAS_T_ERROR;
        t->msg = "number does not fit in 64 bits";
    } else if (bad) {
        t->kind = JAS_T_ERROR;
        t->msg = "invalid digit in octal number";
    } else {
        t->kind = JAS_T_NUM;
        t->num = v;
    }
    t->len = (uint32_t)(p - s);
    lx->p = p;
}

/* Skip a "..." or '...' run starting at p (the quote); stops at the line
 * end.  Returns the position after the closing quote, or NULL. */
static const char *skip_quoted(const char *p, const char *end)
{
    char q = *p++;
    while (p < end && *p != q && *p != '\n') {
        if (*p == '\\' && p + 1 < end && p[1] != '\n')
            p++;
        p++;
    }
    return (p < end && *p == q) ? p + 1 : NULL;
}

/* An identifier at s (an identifier start): its length and first 8 bytes
 * folded to lower case (see jas_tok.num). */
static inline void lex_ident(jas_lexer *lx, jas_tok *t, const char *s)
{
    const char *p = s + 1, *end = lx->end;
    while (p < end && jas_is_ident_char((unsigned char)*p))
        p++;
    uint32_t n = (uint32_t)(p - s);
    t->kind = JAS_T_IDENT;
    t->len = n;
    t->num = jas_ident_key(s, n, end);
    lx->p = p;
    lx->prev_end = p;
}

/* Everything but the common tokens (see jas_lex_next): comments, numbers,
 * quotes, placeholders, operators.  p is at the token (after blanks). */
static __attribute__((noinline)) void lex_slow(jas_lexer *lx, jas_tok *t, const char *p,
                                               int space)
{
    const char *end = lx->end;
    goto start;
again:
    while (p < end && (jas_char_class[(unsigned char)*p] & 4)) {
        p++;
        space = 1;
    }
start:
    t->space = (uint8_t)space;
    t->line = lx->line;
    t->line_start = lx->line_start;
    t->p = p;
    t->len = 1;
    t->msg = NULL;
    if (p >= end) {
        t->kind = JAS_T_EOF;
        t->len = 0;
        lx->p = p;
        return;
    }
    int c = (unsigned char)*p;
    switch (c) {
    case '\n':
        t->kind = JAS_T_EOL;
        lx->p = p + 1;
        lx->line++;
        lx->line_start = p + 1;
        return;
    case ';':
        t->kind = JAS_T_EOL;
        lx->p = p + 1;
        return;
    case '#':
        p = jas_line_end(p, end);
        space = 1;
        goto again;
    case '/':
        if (p + 1 < end && p[1] == '/') {
            p = jas_line_end(p, end);
            space = 1;
            goto again;
        }
        if (p + 1 < end && p[1] == '*') {
            const char *s = p;
            int line0 = lx->line;
            p += 2;
            for (;;) {
                if (p + 1 >= end) {
                    t->kind = JAS_T_ERROR;
                    t->msg = "unterminated comment";
                    t->p = s;
                    t->len = 2;
                    lx->p = end;
                    return;
                }
                if (p[0] == '*' && p[1] == '/') {
                    p += 2;
                    break;
                }
                if (*p == '\n') {
                    lx->line++;
                    lx->line_start = p + 1;
                }
                p++;
            }
            if (lx->line != line0) {
                /* a comment over several lines ends the statement, as
                 * GNU's does: `nop` before it and `nop` after it are two
                 * instructions */
                t->kind = JAS_T_EOL;
                t->len = 2;
                lx->p = p;
                return;
            }
            space = 1;
            goto again;
        }
        t->kind = JAS_T_PUNCT;
        t->op = '/';
        lx->p = p + 1;
        break;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        lex_number(lx, t, p);
        break;
    case '\'': {
        const char *s = p++;
        unsigned v;
        if (p >= end || *p == '\n') {
            t->kind = JAS_T_ERROR;
            t->msg = "missing character after quote";
            lx->p = p;
            return;
        }
        if (*p == '\\')
            p = escape(p + 1, end, &v, 0);
        else
            v = (unsigned char)*p++;
        if (p < end && *p == '\'')
            p++;
        t->kind = JAS_T_NUM;
        t->num = v;
        t->len = (uint32_t)(p - s);
        lx->p = p;
        break;
    }
    case '"': {
        const char *q = skip_quoted(p, end);
        if (!q) {
            t->kind = JAS_T_ERROR;
            t->msg = "unterminated string";
            t->len = 1;
            lx->p = jas_line_end(p, end);
        } else {
            t->kind = JAS_T_STR;
            t->len = (uint32_t)(q - p);
            lx->p = q;
        }
        break;
    }
    case '{': {
        const char *q = p + 1;
        int depth = 1;
        while (q < end && *q != '\n') {
            if (*q == '{') {
                depth++;
            } else if (*q == '}') {
                if (--depth == 0)
                    break;
            } else if (*q == '"' || *q == '\'') {
                const char *r = skip_quoted(q, end);
                if (!r)
                    break;
                q = r;
                continue;
            }
            q++;
        }
        if (q < end && *q == '}' && depth == 0) {
            t->kind = JAS_T_PH;
            t->len = (uint32_t)(q + 1 - p);
            lx->p = q + 1;
        } else {
            t->kind = JAS_T_ERROR;
            t->msg = "unterminated '{'";
            t->len = 1;
            lx->p = jas_line_end(p, end);
        }
        break;
    }
    default:
        if (jas_is_ident_start(c)) { /* after a comment */
            lex_ident(lx, t, p);
            break;
        }
        t->kind = JAS_T_PUNCT;
        t->op = (uint16_t)c;
        {
            int n = p + 1 < end ? (unsigned char)p[1] : 0, op = 0;
            switch (c) {
            case '<':
                op = n == '<' ? JAS_OP_SHL : n == '=' ? JAS_OP_LE : n == '>' ? JAS_OP_NE : 0;
                break;
            case '>':
                op = n == '>' ? JAS_OP_SHR : n == '=' ? JAS_OP_GE : 0;
                break;
            case '=': op = n == '=' ? JAS_OP_EQ : 0; break;
            case '!': op = n == '=' ? JAS_OP_NE : 0; break;
            case '&': op = n == '&' ? JAS_OP_LAND : 0; break;
            case '|': op = n == '|' ? JAS_OP_LOR : 0; break;
            }
            if (op) {
                t->op = (uint16_t)op;
                t->len = 2;
            }
        }
        lx->p = p + t->len;
        break;
    }
    if (t->kind != JAS_T_EOL && t->kind != JAS_T_EOF)
        lx->prev_end = t->p + t->len;
}

/* The common tokens (identifiers, newlines, one-character punctuation
 * that starts no two-character operator) in a small function that needs
 * few registers; the rest goes to lex_slow. */
void jas_lex_next(jas_lexer *lx, jas_tok *t)
{
    const char *p = lx->p, *end = lx->end;
    int space = 0;
    while (p < end && (jas_char_class[(unsigned char)*p] & 4)) {
        p++;
        space = 1;
    }
    if (p >= end) {
        lex_slow(lx, t, p, space);
        return;
    }
    int c = (unsigned char)*p, cls = jas_char_class[c];
    if (!(cls & 1) && !(cls & 8) && c != '\n') {
        lex_slow(lx, t, p, space);
        return;
    }
    t->space = (uint8_t)space;
    t->line = lx->line;
    t->line_start = lx->line_start;
    t->p = p;
    t->msg = NULL;
    if (cls & 1) {
        lex_ident(lx, t, p);
        return;
    }
    t->len = 1;
    lx->p = p + 1;
    if (c == '\n') {
        t->kind = JAS_T_EOL;
        lx->line++;
        lx->line_start = p + 1;
        return;
    }
    t->kind = JAS_T_PUNCT;
    t->op = (uint16_t)c;
    lx->prev_end = p + 1;
}

int jas_lex_next_is(const jas_lexer *lx, int ch)
{
    const char *p = lx->p, *end = lx->end;
    while (p < end && (jas_char_class[(unsigned char)*p] & 4))
        p++;
    if (p >= end)
        return 0;
    if (*p == '/') { /* maybe a comment: do it properly */
        jas_tok t;
        jas_lex_peek(lx, &t);
        return t.kind == JAS_T_PUNCT && t.op == ch;
    }
    if (*p != ch)
        return 0;
    if (ch == '=' || ch == '<' || ch == '>' || ch == '&' || ch == '|' || ch == '!') {
        jas_tok t;
        jas_lex_peek(lx, &t);
        return t.kind == JAS_T_PUNCT && t.op == ch;
    }
    return 1;
}

void jas_lex_peek(const jas_lexer *lx, jas_tok *t)
{
    jas_lexer copy = *lx;
    jas_lex_next(&copy, t);
}

void jas_lex_skip_stmt(jas_lexer *lx, jas_tok *t)
{
    while (t->kind != JAS_T_EOL && t->kind != JAS_T_EOF)
        jas_lex_next(lx, t);
}

int jas_tok_is(const jas_tok *t, const char *w)
{
    if (t->kind != JAS_T_IDENT)
        return 0;
    for (uint32_t i = 0; i < t->len; i++) {
        char c = t->p[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != w[i])
            return 0;
    }
    return w[t->len] == 0;
}

int jas_str_decode(const jas_tok *t, jas_buf *out, const char **bad)
{
    const char *p = t->p + 1, *end = t->p + t->len - 1;
    (void)bad;
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            p++;
        jas_buf_put(out, run, (size_t)(p - run));
        if (p < end) {
            unsigned v;
            p = escape(p + 1, end, &v, 1);
            jas_buf_putc(out, (uint8_t)v);
        }
    }
    return 0;
}
