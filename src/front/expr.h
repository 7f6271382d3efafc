/* Expressions, symbols and the parse context shared by the directive
 * parser, every target's operand parser and (later) the preprocessor.
 *
 * Expressions are parsed into small trees (arena allocated) because their
 * value may not be known when they are read (forward references, branch
 * relaxation).  They are evaluated twice:
 *   - at parse time (jas_evalctx.final == 0): labels are "fragment +
 *     offset"; two labels of the same fragment subtract to a constant, like
 *     GNU as does; anything depending on layout is JAS_V_UNKNOWN;
 *   - after layout (final == 1): every label has its address.
 *
 * Operators and precedence are GNU as's (highest first):
 *   unary  - ~ ! +
 *   *  /  %  <<  >>
 *   |  &  ^  !  (binary ! is "or not")
 *   +  -
 *   ==  !=  <>  <  >  <=  >=   (true is -1, false 0)
 *   &&
 *   ||
 * Arithmetic is 64-bit two's complement; / and % are signed, >> is logical.
 */
#ifndef JAS_EXPR_H
#define JAS_EXPR_H

#include <stdint.h>

#include "common/diag.h"
#include "common/util.h"
#include "front/lex.h"

typedef struct jas_frag jas_frag;
typedef struct jas_section jas_section;
typedef struct jas_sym jas_sym;
typedef struct jas_expr jas_expr;

/* ---- symbols -------------------------------------------------------------*/
enum jas_sym_kind {
    JAS_SYM_UNDEF = 0, /* referenced, not (yet) defined */
    JAS_SYM_LABEL,     /* frag + off */
    JAS_SYM_EQU,       /* .equ / .set / = : value is `expr` */
};
enum {
    JAS_SF_BUSY = 1 << 0,   /* being evaluated (cycle detection) */
    JAS_SF_LOCAL = 1 << 1,  /* numeric local label instance (name = digits) */
    JAS_SF_WEAK = 1 << 2,   /* .weak: branches to it are never relaxed */
    JAS_SF_GLOBAL = 1 << 3,
    JAS_SF_EQUIV = 1 << 4,  /* .equiv: may not be redefined */
};

struct jas_sym {
    const char *name;
    uint32_t len, hash;
    uint8_t kind, flags;
    int def_line;           /* with def_p and def_line_start below */
    jas_frag *frag;         /* LABEL */
    uint64_t off;           /* LABEL: offset from the frag start */
    jas_expr *expr;         /* EQU */
    /* definition (or first forward reference) site, for messages */
    const char *def_p;
    const char *def_line_start;
};

/* ---- expression trees ----------------------------------------------------*/
enum jas_expr_op {
    JAS_E_NUM = 0,  /* u.num */
    JAS_E_SYM,      /* u.sym */
    JAS_E_DOT,      /* "." the current location */
    JAS_E_PH,       /* {C expression}: u.ph; dir 'f'/'b' for {e}f / {e}b */
    JAS_E_REG,      /* target register: u.reg (operand parsers only) */
    /* unary: kid[0] */
    JAS_E_NEG, JAS_E_NOT, JAS_E_LNOT,
    /* binary: kid[0] op kid[1] */
    JAS_E_MUL, JAS_E_DIV, JAS_E_MOD, JAS_E_SHL, JAS_E_SHR,
    JAS_E_OR, JAS_E_AND, JAS_E_XOR, JAS_E_ORNOT,
    JAS_E_ADD, JAS_E_SUB,
    JAS_E_EQ, JAS_E_NE, JAS_E_LT, JAS_E_GT, JAS_E_LE, JAS_E_GE,
    JAS_E_LAND, JAS_E_LOR,
};

struct jas_expr {
    uint8_t op;        /* enum jas_expr_op */
    uint8_t dir;       /* JAS_E_PH: 0, 'f' or 'b' */
    uint32_t len;      /* source span: p[0..len) */
    const char *p;
    union {
        int64_t num;
        jas_sym *sym;
        struct { const char *text; uint32_t len; } ph; /* inside the braces */
        struct {
            int code;          /* the target's register code */
            const char *ph;    /* parameterized register reg64{e}: "e" */
            uint32_t phlen;
        } reg;
        jas_expr *kid[2];
    } u;
};

/* ---- values --------------------------------------------------------------*/
enum { JAS_V_CONST = 0, JAS_V_REL, JAS_V_UNKNOWN };

typedef struct jas_value {
    uint8_t kind;        /* JAS_V_* (final evaluation: always CONST) */
    uint8_t has_ph;      /* a run-time placeholder is inside (UNKNOWN) */
    int8_t reloc;        /* labels counted with their sign: 0 = a plain
                          * number (or a label difference), 1 = an address
                          * (GNU: a relocatable symbol), other = nonsense */
    jas_frag *frag;      /* JAS_V_REL: value = start of frag + v */
    jas_section *sec;    /* reloc == 1 and known: the label's section */
    const jas_sym *base; /* value = this symbol + v (GNU folds s - s) */
    int64_t v;
} jas_value;

typedef struct jas_evalctx {
    int final;             /* 1: every frag has its address */
    jas_frag *dot_frag;    /* "." = dot_frag + dot_off */
    uint64_t dot_off;
    int depth;             /* recursion (equates) */
    long nequ;             /* equates expanded by this evaluation */
    /* Values of equates already expanded by this evaluation (gen counts
     * evaluations), so `s1 + s1` expands s1 once: a small direct-mapped
     * cache, an equate it lost is expanded again (nequ bounds the rest). */
    uint32_t gen;
    struct jas_equ_memo {
        const jas_sym *sym;
        uint32_t gen;
        jas_value v;
    } memo[8];
    /* set on error: */
    const jas_expr *err_at;
    const jas_sym *err_sym; /* undefined symbol, for the caller's message */
    char err[160];
} jas_evalctx;

/* Evaluate.  Returns 0, or -1 with ev->err / ev->err_at set (division by
 * zero, undefined symbol in final mode, placeholder in final mode,
 * register in an expression, circular equates). */
int jas_eval(jas_evalctx *ev, const jas_expr *e, jas_value *out);

/* ---- parse context -------------------------------------------------------*/
typedef struct jas_pctx jas_pctx;
struct jas_pctx {
    jas_arena *arena;      /* trees go here */
    jas_diag *diag;
    const char *file;
    const char *buf_end;   /* end of the source buffer */
    /* the current statement, for positions of tree nodes */
    int line;
    const char *line_start;

    /* symbols: name -> symbol (an undefined one is created if needed) */
    jas_sym *(*sym)(void *ud, const char *name, uint32_t len, const jas_tok *at);
    /* numeric local label reference Nb / Nf; NULL = reported error */
    jas_sym *(*local)(void *ud, uint64_t n, int dir, const jas_tok *at);
    void *ud;
    /* registers (set by a target while it parses operands): identifier
     * token -> code > 0, or 0 if not a register.  `param` = written
     * reg{...}. */
    int (*reg)(void *rud, const jas_tok *name, int param);
    void *rud;

    int allow_ph;          /* accept {C expression} (preprocessor) */
    int max_depth;         /* nesting limit for parentheses/unary ops */
    int errors;            /* errors reported through this context */
};

/* Report an error at p[0..len) (a pointer into the current statement). */
void jas_perror(jas_pctx *pc, const char *p, uint32_t len, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
void jas_pwarning(jas_pctx *pc, const char *p, uint32_t len, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* The jas_srcpos of p (in the statement starting at line/line_start). */
jas_srcpos jas_pctx_pos(const jas_pctx *pc, const char *p);

/* Report a lexer error token / "unexpected X" for the token t. */
void jas_perror_tok(jas_pctx *pc, const jas_tok *t, const char *what);

/* Parse an expression starting at the current token *t; on return *t is the
 * first token after it.  Returns NULL after reporting an error. */
jas_expr *jas_expr_parse(jas_pctx *pc, jas_lexer *lx, jas_tok *t);

/* New nodes (for parsers that build trees themselves). */
jas_expr *jas_expr_num(jas_pctx *pc, int64_t v, const char *p, uint32_t len);
jas_expr *jas_expr_bin(jas_pctx *pc, int op, jas_expr *a, jas_expr *b);

/* Does the tree contain a node with this op? */
int jas_expr_has(const jas_expr *e, int op);

/* Write the tree as a C expression (for the preprocessor): placeholders
 * become "(text)", numbers literals, labels/registers go through `sym`
 * (which may print anything; NULL = the symbol's name).  GNU semantics are
 * kept: comparisons give -1/0, >> is done on uint64_t. */
void jas_expr_to_c(const jas_expr *e, struct jas_buf *out,
                   void (*sym)(void *ud, const jas_expr *leaf, struct jas_buf *out),
                   void *ud);

#endif
