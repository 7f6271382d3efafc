/* Diagnostics: gcc-style "file:line:col: error: message", the source line and
 * a caret under the culprit.  Every front end (standalone assembler,
 * preprocessor) reports through here so that all errors look alike. */
#ifndef JAS_DIAG_H
#define JAS_DIAG_H

#include <stdio.h>

/* A position in a source file.  `line_text`/`line_len` point at the whole
 * source line (not NUL-terminated) so the caret line can be printed. */
typedef struct jas_srcpos {
    const char *file;
    int line;           /* 1-based */
    int col;            /* 1-based byte column */
    const char *line_text;
    int line_len;
} jas_srcpos;

typedef struct jas_diag {
    FILE *out;          /* where messages go (stderr by default) */
    int errors;         /* errors reported so far */
    int max_errors;     /* stop reporting (and ask callers to stop) past this */
} jas_diag;

void jas_diag_init(jas_diag *d, FILE *out);

/* Report an error at `pos`.  The span `len` (>= 1) is underlined with
 * "^~~~".  Returns 0 while under the limit, -1 once max_errors is reached so
 * callers can stop early. */
int jas_error(jas_diag *d, const jas_srcpos *pos, int len, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

#endif
