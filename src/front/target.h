/* The front end's view of a target (x64 now; AArch64, RISC-V later).
 *
 * A target parses the operands of one instruction statement into its own
 * structure (kept in the statement arena), encodes it at an address, and
 * says how its relaxable branches and code padding work.  Everything else
 * (labels, expressions, directives, sections, layout, relaxation, output,
 * listing, messages) is the front end's. */
#ifndef JAS_TARGET_H
#define JAS_TARGET_H

#include <stdint.h>
#include <stdio.h>

#include "front/expr.h"

/* What parse() tells the front end about an instruction. */
typedef struct jas_tinsn {
    void *insn;            /* the target's parsed instruction */
    uint8_t fixup;         /* a value depends on layout: encode again once
                            * every address is known (same size) */
    uint8_t relax;         /* relaxable branch: short form first */
    uint8_t force_long;    /* relax, but the target can't be reached short
                            * (absolute number, other section...) */
    const jas_expr *target;/* relax: the branch target */
    /* optional, when the target knows them without encoding (0 / NULL:
     * ask encode()): */
    uint8_t short_len, long_len; /* relax: lengths of the two forms */
    uint8_t enc_len;       /* not relax: the first encoding (before */
    const uint8_t *enc;    /* layout: stand-ins for what it does not know) */
} jas_tinsn;

/* encode() flags */
enum {
    JAS_ENC_LONG = 1 << 0,  /* relaxable branch: the long form */
};

typedef struct jas_target {
    const char *name;                 /* "x64" */
    const char *const *aliases;       /* other --arch / .arch names; NULL-ended */
    void (*init)(void);
    /* Parse the statement whose first word is *t (a prefix or the
     * mnemonic) up to its end (*t = the JAS_T_EOL).  `ev` is the parse-time
     * evaluation context ("." = the statement's address).  Errors go
     * through pc (message + caret); returns 0 or -1. */
    int (*parse)(jas_pctx *pc, jas_lexer *lx, jas_tok *t, jas_evalctx *ev,
                 jas_tinsn *out);
    /* Encode a parsed instruction at `addr`.  With ev->final == 0, values
     * not known yet are stand-ins (the size is what counts); with
     * ev->final == 1 everything must resolve.  Errors are reported through
     * pc.  Returns the length, or -1. */
    int (*encode)(jas_pctx *pc, void *insn, jas_evalctx *ev, uint64_t addr,
                  unsigned flags, uint8_t *out);
    /* The short form of a relaxable branch reaches targets with
     * short_min <= target - end of the short instruction <= short_max. */
    int64_t short_min, short_max;
    /* Fill n bytes of code padding (.align in code). */
    void (*code_fill)(uint8_t *p, uint64_t n);
    int code_fill_byte;               /* explicit fill value meaning "NOPs" */
    int max_insn;                     /* longest instruction, bytes */
    void (*dump_table)(FILE *f);      /* --dump-table, may be NULL */
} jas_target;

/* Every target the front end knows. */
extern const jas_target jas_target_x64;

/* Look a target up by name or alias (case-insensitive); NULL if unknown. */
const jas_target *jas_target_find(const char *name, size_t len);
/* The host's target (x64 on x86-64 hosts), or the first one. */
const jas_target *jas_target_default(void);

#endif
