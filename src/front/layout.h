/* Sections and fragments: how the standalone assembler lays code out.
 *
 * Like GNU as, the bytes of a section are a chain of fragments.  A fragment
 * is a run of bytes whose size was known when they were read (the "fixed
 * part", stored contiguously in the section's buffer) followed by at most
 * one "variable part" whose size is only known after layout: a relaxable
 * branch, an alignment, a .skip/.fill with a not-yet-known count, or .org.
 * Two labels in the same fragment are a known distance apart as soon as
 * they are read; that is what GNU as relies on too, so that e.g. `a-b` is a
 * small immediate only when both labels were already in one fragment. */
#ifndef JAS_LAYOUT_H
#define JAS_LAYOUT_H

#include <stdint.h>

#include "common/util.h"
#include "front/expr.h"

/* Section kinds, in output order (GNU ld's default order: code, read-only
 * data, data, bss).  Within a kind, sections keep their order of
 * appearance. */
enum jas_sec_kind {
    JAS_SEC_TEXT = 0, /* code (.text*, "x" flag): alignment pads with NOPs */
    JAS_SEC_RODATA,   /* .rodata* */
    JAS_SEC_DATA,     /* everything else that is output: pads with zeros */
    JAS_SEC_BSS,      /* .bss*, .comm (output as zeros) */
    JAS_SEC_DISCARD,  /* .note.*, .comment, .debug_*: assembled, not output */
};

struct jas_section {
    jas_section *next;     /* in creation order */
    const char *name;
    uint8_t kind;
    uint64_t align;        /* largest alignment requested in it (>= 1) */
    jas_buf data;          /* fixed parts of all its fragments */
    jas_frag *first, *last;
    size_t nfrags;
    uint64_t addr;         /* layout: where it starts in the output */
    uint64_t size;         /* layout: its size */
};

enum jas_var_kind {
    JAS_VAR_NONE = 0,
    JAS_VAR_BRANCH,   /* relaxable branch (target's parsed insn in `insn`) */
    JAS_VAR_ALIGN,
    JAS_VAR_SPACE,    /* count * size bytes of `fill` */
    JAS_VAR_ORG,
    JAS_VAR_LEB,      /* .uleb128/.sleb128 of a value known after layout
                       * (fill = 1 for signed): its size follows the value */
};

/* Where a statement came from, for messages after parsing. */
typedef struct jas_stmtref {
    const char *file;
    const char *line_start;
    const char *p;        /* statement text (after its labels) */
    int line;
    uint32_t len;
} jas_stmtref;

struct jas_frag {
    jas_frag *next;
    jas_section *sec;
    uint64_t addr;         /* layout: address of the first byte */
    uint64_t fix_off;      /* fixed part = sec->data[fix_off, fix_off+fix_len) */
    uint64_t fix_len;
    uint8_t var;           /* enum jas_var_kind */
    uint8_t is_long;       /* BRANCH: grown to the long form */
    uint8_t force_long;    /* BRANCH: target not relaxable (constant...) */
    uint8_t short_len, long_len; /* BRANCH */
    uint8_t fill_size;     /* ALIGN/SPACE: pattern size (1, 2, 4, 8); 0 = code fill */
    uint32_t region;       /* layout: alignments/.org seen before it */
    uint32_t idx;          /* layout: its index in the section */
    uint64_t var_len;      /* size of the variable part in this pass */
    uint64_t fill;         /* ALIGN/SPACE/ORG: fill pattern */
    union {                /* by `var` (a frag is 128 bytes) */
        struct {
            uint64_t align, max; /* ALIGN: alignment, largest padding (0 = any) */
        };
        int64_t count_v;   /* SPACE/ORG: the last value of `count` */
        void *insn;        /* BRANCH: the target's parsed instruction */
    };
    const jas_expr *expr;  /* BRANCH target, SPACE count, ORG location, LEB value */
    jas_stmtref ref;       /* the statement making the variable part */
};

#endif
