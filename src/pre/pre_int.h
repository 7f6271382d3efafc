/* Preprocessor internals shared by pre.c (C scanning, blocks, labels,
 * directives, macros, output) and the target files (pre_x64.c: turning one
 * parsed instruction into template items). */
#ifndef JAS_PRE_INT_H
#define JAS_PRE_INT_H

#include "front/expr.h"
#include "pre/pre.h"
#include "pre/tpl.h"

#define PRE_MAX_ARGS 255

typedef struct pre_name {   /* a name -> number entry (labels, globals) */
    const char *name;
    uint32_t len;
    uint32_t id;
    int defined;
    const char *ref_p;      /* first reference, for "undefined" messages */
    const char *ref_line_start;
    int ref_line;
    const char *ref_file;
} pre_name;

typedef struct pre_names {
    pre_name *v;
    uint32_t n, cap;
} pre_names;

typedef struct pre_ctx pre_ctx;

struct pre_ctx {
    jas_diag *diag;
    jas_arena arena;           /* everything that lives as long as the run */
    const char *file;          /* the C file */
    const jas_pre_opts *opts;
    jas_pctx pc;               /* parse context of the current statement */
    /* the current block */
    tpl_builder tb;
    int in_block;
    int block_line;            /* first line of the block */
    jas_buf args;              /* C text of each argument, NUL separated */
    int arg_line[PRE_MAX_ARGS];
    uint32_t nargs;
    pre_names locals;          /* named local labels of the block */
    int numdef[100];           /* numeric label N: local id of the latest
                                * definition in this block, -1 = none */
    int numfwd[100];           /* local id waiting for the next N:, -1 = none */
    pre_names pending_fwd;     /* (id = local id, len = N) forward numeric refs */
    /* the file */
    pre_names globals;
    char state[64];            /* assembler-state variable */
    int emit_code;             /* .emit code|actions (default: opts) */
    uint32_t nblocks;
    uint32_t macro_serial;
};

/* Add a run-time argument (C expression text); returns its index or -1. */
int pre_arg(pre_ctx *P, const char *c, size_t len, const char *at);
/* The argument for an expression tree holding placeholders. */
int pre_arg_expr(pre_ctx *P, const jas_expr *e);

/* Resolve a label reference leaf (JAS_E_SYM, or JAS_E_PH with dir) into a
 * template label.  Returns 0 or -1 (reported). */
int pre_label_ref(pre_ctx *P, const jas_expr *leaf, tpl_label *out);
/* Does e name a label anywhere (a symbol, {e}f, {e}b)? */
int pre_has_label(const jas_expr *e);

/* Append an item to the block's template. */
tpl_item *pre_item(pre_ctx *P, int kind, int line);

/* Target hook: one instruction statement, starting at *t. */
int pre_x64_insn(pre_ctx *P, jas_lexer *lx, jas_tok *t);

#endif
