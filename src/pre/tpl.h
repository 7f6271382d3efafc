/* Template builder: the preprocessor describes a block of asm as a list of
 * items (fixed bytes, variant instructions, labels, branches, ...); the
 * builder resolves what it can at build time (branches whose distance is
 * fixed) and writes the action string of src/runtime/actions.h. */
#ifndef JAS_PRE_TPL_H
#define JAS_PRE_TPL_H

#include <stddef.h>
#include <stdint.h>

enum tpl_item_kind {
    TI_BYTES,   /* fixed bytes */
    TI_FIELD,   /* run-time value field: kind, arg */
    TI_VAR,     /* variant instruction: raw VAR action body, min/max length */
    TI_LABEL,   /* label definition */
    TI_BRANCH,  /* relaxable jmp/jcc to a label */
    TI_REL32,   /* rel32 field to a label (call, rip-relative) */
    TI_REL8,    /* rel8 field of loop/jrcxz/jecxz: a label of the block at a
                 * distance fixed at build time (nothing to relax it to) */
    TI_ABSBR,   /* call/jmp to a run-time absolute address */
    TI_ADDR,    /* 8-byte absolute address of a label */
    TI_ALIGN,   /* log2 alignment */
    TI_SECT,    /* section switch */
    TI_IF,      /* run-time conditional: IF arg ... (ELSE) ... ENDIF */
    TI_ELSE,
    TI_ENDIF,
};

/* A label as the preprocessor names it.  Local labels (named, block scoped)
 * are numbered by the preprocessor; `kind` is JAS_L_* for run-time labels. */
typedef struct tpl_label {
    int kind;      /* JAS_L_LOCAL (block-local, may resolve at build time), or
                    * JAS_L_NUMBACK/NUMFWD/GLOBAL/DYN/DYNBACK */
    uint32_t id;   /* local index, numeric label, global id, or arg index */
} tpl_label;

typedef struct tpl_item {
    int kind;
    int line;
    uint8_t *bytes;     /* TI_BYTES; TI_VAR: the VAR action body */
    uint32_t len;       /* bytes length / VAR body length */
    uint32_t minlen, maxlen; /* TI_VAR output size range */
    uint8_t op;         /* BRANCH opcode (0xEB / 0x70|cc), ABSBR (0xE8/0xE9),
                         * FIELD kind, ALIGN log2, SECT number, REL32/REL8 tail */
    uint32_t arg;       /* FIELD / ABSBR / IF argument index */
    int32_t addend;     /* REL32: target is label + addend */
    tpl_label label;    /* LABEL, BRANCH, REL32, ADDR */
    /* build-time resolution */
    int resolved;       /* BRANCH decided at build time */
    int is_short;
} tpl_item;

typedef struct tpl_builder {
    tpl_item *items;
    size_t n, cap;
    uint32_t nlocals;   /* block-local labels numbered 0..nlocals-1 */
} tpl_builder;

typedef struct tpl_out {
    uint8_t *actions;   /* malloc'd */
    size_t len;
    uint32_t max_bytes;
    uint32_t max_fixes;
    uint32_t nlocals;   /* run-time local slots the template needs */
} tpl_out;

void tpl_init(tpl_builder *b);
void tpl_free(tpl_builder *b);
/* Append an item (copied; `bytes` copied too).  Returns it for tweaking. */
tpl_item *tpl_add(tpl_builder *b, const tpl_item *it);
void tpl_bytes(tpl_builder *b, const uint8_t *p, uint32_t n, int line);

/* Resolve build-time branches and write the actions.  Returns 0, or -1 with
 * a message in err (e.g. a local label that is never defined). */
int tpl_finish(tpl_builder *b, tpl_out *out, char *err, size_t errlen, int *errline);

/* A mapped VAR's class map (16 little-endian u16 offsets, 0xffff: none):
 * its distinct variants in the order of their first class, offs[] and the
 * classes each serves, masks[]; *covered: every class with a variant. */
unsigned tpl_map_variants(const uint8_t *map, unsigned offs[16], unsigned masks[16], unsigned *covered);

/* The value ranges, in increasing order, whose union is "the value's class
 * (JAS_C_*) is in mask", classes in dc being free to join (they cannot
 * occur); each range holds a class of mask.  Returns how many (<= 13). */
unsigned tpl_value_ranges(unsigned mask, unsigned dc, int64_t *lo, int64_t *hi);

/* Speed mode (tpl_c.c): append the C statements of a finished template to
 * b, for a block whose run-time arguments are in `const int64_t jas_v[]`,
 * state variable `state`, file name given as the C string literal
 * `file_lit`.  Returns 0, or -1 on a malformed action string. */
struct jas_buf;
int tpl_c(const tpl_out *o, const char *state, const char *file_lit, uint32_t nargs,
          struct jas_buf *b);

#endif
