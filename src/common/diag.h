/* Diagnostics: gcc-style "file:line:col: error: message", the source line and
 * a caret under the culprit.  Every front end (standalone assembler,
 * preprocessor) reports through here so that all errors look alike:
 *
 *     t.s:3:9: error: unknown register 'rcz' in memory operand
 *         3 | mov eax,[rax+rcz*4]
 *           |              ^~~
 *
 * Columns are 1-based byte columns; in the quoted source line tabs are
 * expanded (to multiples of 8) so that the caret lines up. */
#ifndef JAS_DIAG_H
#define JAS_DIAG_H

#include <stdarg.h>
#include <stdio.h>

/* A position in a source file.  `line_text`/`line_len` point at the whole
 * source line (not NUL-terminated) so the caret line can be printed; with
 * line_text == NULL only the "file:line:col:" header is printed, and with
 * line == 0 only "file:". */
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
    int warnings;       /* warnings reported so far */
    int no_warnings;    /* 1: count warnings but print nothing */
    int stopped;        /* the "too many errors" line was printed */
    int last_shown;     /* the last error/warning was printed (for notes) */
} jas_diag;

#define JAS_DIAG_MAX_ERRORS 20

void jas_diag_init(jas_diag *d, FILE *out);

/* (Named jas_diag_error: jas_error() is the runtime API in jas.h.)
 * Report an error at `pos`.  The span `len` (>= 1) is underlined with
 * "^~~~".  Returns 0 while under the limit, -1 once max_errors is reached so
 * callers can stop early. */
int jas_diag_error(jas_diag *d, const jas_srcpos *pos, int len, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Same layout with "warning:"; never stops anything.  Returns 0. */
int jas_warning(jas_diag *d, const jas_srcpos *pos, int len, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* "note:" attached to the previous message (e.g. "previous definition
 * here"); printed only if that message was printed. */
void jas_note(jas_diag *d, const jas_srcpos *pos, int len, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* kind: "error", "warning" or "note".  The va_list flavour of the above
 * (errors/warnings counted by the callers above, not here). */
void jas_diag_vprint(jas_diag *d, const char *kind, const jas_srcpos *pos,
                     int len, const char *fmt, va_list ap);

/* Has the error limit been reached? */
static inline int jas_diag_full(const jas_diag *d)
{
    return d->max_errors > 0 && d->errors >= d->max_errors;
}

#endif
