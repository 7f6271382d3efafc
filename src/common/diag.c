/* gcc-style diagnostics, see diag.h. */
#include "common/diag.h"

#include <string.h>

void jas_diag_init(jas_diag *d, FILE *out)
{
    memset(d, 0, sizeof *d);
    d->out = out ? out : stderr;
    d->max_errors = JAS_DIAG_MAX_ERRORS;
}

/* Print at most this many bytes of a source line; longer lines are shown
 * as a window around the caret. */
#define SHOW_MAX 400

static void print_source(FILE *f, const jas_srcpos *pos, int len)
{
    const char *t = pos->line_text;
    int n = pos->line_len, col0 = pos->col - 1; /* 0-based byte column */
    int from = 0, to = n;
    if (n < 0)
        n = 0;
    if (col0 < 0)
        col0 = 0;
    if (col0 > n)
        col0 = n;
    if (len < 1)
        len = 1;
    if (n > SHOW_MAX) { /* window around the culprit */
        from = col0 > SHOW_MAX / 2 ? col0 - SHOW_MAX / 2 : 0;
        to = from + SHOW_MAX < n ? from + SHOW_MAX : n;
    }
    if (col0 + len > to + 1)
        len = to + 1 - col0;
    if (len < 1)
        len = 1;

    /* Both lines are built with the same tab expansion. */
    char num[16];
    int w = snprintf(num, sizeof num, "%d", pos->line);
    if (w < 5)
        w = 5;
    fprintf(f, "%*d | ", w, pos->line);
    if (from > 0)
        fputs("...", f);
    int vcol = 0, caret_col = -1, caret_end = -1;
    for (int i = from; i <= to; i++) {
        if (i == col0)
            caret_col = vcol;
        if (i == col0 + len)
            caret_end = vcol;
        if (i == to)
            break;
        unsigned char c = (unsigned char)t[i];
        if (c == '\t') {
            int w = 8 - (vcol % 8);
            for (int k = 0; k < w; k++)
                fputc(' ', f);
            vcol += w;
        } else {
            fputc(c < 0x20 || c == 0x7f ? ' ' : c, f);
            vcol++;
        }
    }
    if (to < n)
        fputs("...", f);
    fputc('\n', f);
    if (caret_col < 0)
        caret_col = vcol;
    if (caret_end <= caret_col)
        caret_end = caret_col + 1;
    fprintf(f, "%*s | ", w, "");
    if (from > 0)
        fputs("   ", f);
    for (int i = 0; i < caret_col; i++)
        fputc(' ', f);
    fputc('^', f);
    for (int i = caret_col + 1; i < caret_end; i++)
        fputc('~', f);
    fputc('\n', f);
}

void jas_diag_vprint(jas_diag *d, const char *kind, const jas_srcpos *pos,
                     int len, const char *fmt, va_list ap)
{
    FILE *f = d->out ? d->out : stderr;
    if (pos && pos->file && pos->line > 0)
        fprintf(f, "%s:%d:%d: %s: ", pos->file, pos->line,
                pos->col > 0 ? pos->col : 1, kind);
    else if (pos && pos->file)
        fprintf(f, "%s: %s: ", pos->file, kind);
    else
        fprintf(f, "jas: %s: ", kind);
    vfprintf(f, fmt, ap);
    fputc('\n', f);
    if (pos && pos->line > 0 && pos->line_text)
        print_source(f, pos, len);
}

int jas_diag_error(jas_diag *d, const jas_srcpos *pos, int len, const char *fmt, ...)
{
    d->errors++;
    if (d->max_errors > 0 && d->errors > d->max_errors) {
        d->last_shown = 0;
        if (!d->stopped) {
            d->stopped = 1;
            fprintf(d->out ? d->out : stderr,
                    "jas: too many errors (%d), stopping\n", d->max_errors);
        }
        return -1;
    }
    va_list ap;
    va_start(ap, fmt);
    jas_diag_vprint(d, "error", pos, len, fmt, ap);
    va_end(ap);
    d->last_shown = 1;
    return jas_diag_full(d) ? -1 : 0;
}

int jas_warning(jas_diag *d, const jas_srcpos *pos, int len, const char *fmt, ...)
{
    d->warnings++;
    if (d->no_warnings || d->stopped) {
        d->last_shown = 0;
        return 0;
    }
    va_list ap;
    va_start(ap, fmt);
    jas_diag_vprint(d, "warning", pos, len, fmt, ap);
    va_end(ap);
    d->last_shown = 1;
    return 0;
}

void jas_note(jas_diag *d, const jas_srcpos *pos, int len, const char *fmt, ...)
{
    if (!d->last_shown || d->stopped)
        return;
    va_list ap;
    va_start(ap, fmt);
    jas_diag_vprint(d, "note", pos, len, fmt, ap);
    va_end(ap);
}
