/* libFuzzer target: arbitrary bytes -> the inline-assembly preprocessor
 * (what `jas -o out.c in.jas.c` runs): C scanning, `|` blocks, macros,
 * conditionals, labels, templates.  The first byte picks the emit mode
 * (action templates or straight-line C) so both generators are covered.
 *
 * Diagnostics go to /dev/null.  Any crash, sanitizer report, leak or
 * timeout is a bug.  Built by tests/fuzz/run.sh like fuzz_asm.c (with
 * -DJAS_FUZZ_REPLAY: a plain driver that replays files). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/diag.h"
#include "pre/pre.h"

static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!devnull)
        devnull = fopen("/dev/null", "w");
    if (size == 0)
        return 0;
    int emit_code = data[0] & 1;
    data++, size--;
    char *text = malloc(size ? size : 1); /* its own copy, not NUL-terminated */
    if (!text)
        return 0;
    memcpy(text, data, size);
    jas_diag diag;
    jas_diag_init(&diag, devnull);
    diag.max_errors = 0; /* report everything: exercise every error path */
    /* a directory that does not exist: relative .include finds nothing */
    jas_pre_opts o = {0};
    o.emit_code = emit_code;
    jas_buf out = {0};
    jas_preprocess("/nonexistent-fuzz-dir/fuzz.jas.c", text, size, &o, &diag, &out);
    jas_buf_free(&out);
    free(text);
    return 0;
}

#ifdef JAS_FUZZ_REPLAY
#include "replay.h"
#endif
