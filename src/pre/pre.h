/* The inline-assembly preprocessor: a C file whose lines starting with `|`
 * are assembly in, plain C out.
 *
 * Each run of consecutive `|` lines (a block) becomes one static template
 * (src/runtime/actions.h) and one jas_put() call; the C lines pass through
 * unchanged and #line directives keep compiler messages and debuggers on
 * the original file.  See docs/inline.md for the language. */
#ifndef JAS_PRE_H
#define JAS_PRE_H

#include <stddef.h>

#include "common/diag.h"
#include "common/util.h"

typedef struct jas_pre_opts {
    const char *state;     /* default assembler-state variable ("J") */
    const char *arch;      /* default target ("x64") */
    const char **include_dirs; /* for .include, NULL-terminated; may be NULL */
    int emit_code;         /* 1: blocks become straight-line C (speed mode,
                            * `.emit code`); 0: templates for jas_put() */
} jas_pre_opts;

/* Preprocess `text` (named `file` in messages and #line).  The C output is
 * appended to *out.  Returns 0, or -1 after reporting errors through d. */
int jas_preprocess(const char *file, const char *text, size_t len, const jas_pre_opts *o,
                   jas_diag *d, jas_buf *out);

#endif
