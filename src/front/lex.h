/* The assembler lexer: GNU-as style tokens over a buffer (not NUL
 * terminated; NUL bytes are ordinary stray characters).
 *
 * Statements end at a newline or ';' (JAS_T_EOL).  Comments: '#' and '//'
 * to the end of the line, and C block comments (which may span lines and
 * count as white space).  Tokens point into the buffer, which must outlive
 * every use of the tokens and of anything parsed from them.
 *
 *   identifier  [A-Za-z_.][A-Za-z0-9_.$]*
 *   number      0x1f 0b101 017 (octal) 42; 'c' or 'c (character, C escapes)
 *   local ref   1b 1f (numeric local label, backward/forward)
 *   string      "..." with C escapes (see jas_str_decode)
 *   placeholder {C expression}: balanced braces on one line; strings and
 *               character constants inside may hold braces
 *   punct       + - * / % ~ ! & | ^ ( ) [ ] , : = < > and
 *               << >> == != <> <= >= && ||; any other byte is a punct
 *               token too (the parser rejects it)
 * Lexical errors (unterminated string, bad number...) come back as
 * JAS_T_ERROR tokens with a message; the lexer continues after them. */
#ifndef JAS_LEX_H
#define JAS_LEX_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum jas_tok_kind {
    JAS_T_EOF = 0, /* end of buffer */
    JAS_T_EOL,     /* end of statement: '\n' or ';' (see p[0]) or EOF */
    JAS_T_IDENT,
    JAS_T_NUM,     /* integer or character constant, value in num */
    JAS_T_LOCAL,   /* Nb / Nf: num = N, dir = 'b' or 'f' */
    JAS_T_STR,     /* p/len include the quotes */
    JAS_T_PH,      /* p/len include the braces */
    JAS_T_PUNCT,   /* op: the character, or one of JAS_OP_* */
    JAS_T_ERROR,   /* msg says what; p/len = the culprit */
};

/* Two-character operators (single characters use their own code). */
enum {
    JAS_OP_SHL = 256, JAS_OP_SHR, JAS_OP_EQ, JAS_OP_NE, JAS_OP_LE, JAS_OP_GE,
    JAS_OP_LAND, JAS_OP_LOR,
};

typedef struct jas_tok {
    uint8_t kind;        /* enum jas_tok_kind */
    uint8_t dir;         /* JAS_T_LOCAL: 'b' or 'f' */
    uint8_t space;       /* white space or a comment came right before */
    uint16_t op;         /* JAS_T_PUNCT */
    uint32_t len;        /* bytes at p */
    const char *p;
    uint64_t num;        /* JAS_T_NUM, JAS_T_LOCAL; JAS_T_IDENT: the first
                          * <= 8 bytes packed little-endian, each OR 0x20
                          * (lower case for letters), 0 if longer than 8 */
    const char *msg;     /* JAS_T_ERROR */
    const char *line_start; /* start of the line holding p */
    int line;            /* its 1-based number */
} jas_tok;

typedef struct jas_lexer {
    const char *p, *end;
    const char *buf;        /* start of the buffer */
    const char *line_start; /* start of the current line */
    int line;
    const char *prev_end;   /* end of the last token returned (not EOL) */
} jas_lexer;

/* Lex buf[0..len) starting at line `line` (1 for a whole file). */
void jas_lex_init(jas_lexer *lx, const char *buf, size_t len, int line);

/* Next token into *t. */
void jas_lex_next(jas_lexer *lx, jas_tok *t);

/* The token after the current position, without consuming it. */
void jas_lex_peek(const jas_lexer *lx, jas_tok *t);

/* Skip to the end of the current statement: *t becomes the EOL/EOF token. */
void jas_lex_skip_stmt(jas_lexer *lx, jas_tok *t);

/* Character classes: 1 identifier start, 2 identifier char, 4 blank. */
extern const unsigned char jas_char_class[256];
static inline int jas_is_ident_start(int c)
{
    return jas_char_class[(unsigned char)c] & 1;
}
static inline int jas_is_ident_char(int c)
{
    return jas_char_class[(unsigned char)c] & 2;
}

/* The key of identifier s[0..n) (n >= 1) as in JAS_T_IDENT's num: its
 * bytes ORed with 0x20, little-endian, 0 when longer than 8; one load when
 * the buffer (ending at end) has 8 bytes from s. */
static inline uint64_t jas_ident_key(const char *s, size_t n, const char *end)
{
    uint64_t k = 0;
    if (n > 8)
        return 0;
    if (end - s >= 8) {
        memcpy(&k, s, 8);
        k |= 0x2020202020202020ull;
        return n == 8 ? k : k & ((1ull << (8 * n)) - 1);
    }
    for (size_t i = 0; i < n; i++)
        k |= (uint64_t)((unsigned char)s[i] | 0x20) << (8 * i);
    return k;
}

/* A plain number at p (a digit): decimal with at most 19 digits or 0x hex
 * with at most 16, not followed by an identifier character.  Returns its
 * end with *v its value, or NULL for anything else (octal, binary, 1f,
 * suffixed, longer), which only the lexer's general path reads.  The
 * lexer's fast path, and the x64 parser's operands read from the text. */
const char *jas_scan_number(const char *p, const char *end, uint64_t *v);

/* Is the next token the single-character punctuation `ch` (one of
 * : = , ( [ ] ) )?  Cheaper than jas_lex_peek(). */
int jas_lex_next_is(const jas_lexer *lx, int ch);

/* Case-insensitive compare of a token with a lower-case word. */
int jas_tok_is(const jas_tok *t, const char *lower_word);

/* Decode a JAS_T_STR token's contents (C escapes: \n \t \r \b \f \v \a \e
 * \\ \" \' \ooo \xhh...) appending to *out (a jas_buf).  Returns 0, or -1
 * with *bad pointing at a bad escape. */
struct jas_buf;
int jas_str_decode(const jas_tok *t, struct jas_buf *out, const char **bad);

/* Line end (pointer to '\n' or the buffer end) of the line starting at s. */
const char *jas_line_end(const char *s, const char *end);

#endif
