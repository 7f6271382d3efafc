/* libFuzzer target: arbitrary bytes -> the standalone assembler (the same
 * entry points the jas CLI uses: jas_asm_new/source/finish/image).
 *
 * Diagnostics go to /dev/null; listing is enabled so its bookkeeping is
 * exercised too.  Any crash, sanitizer report, leak or timeout is a bug.
 *
 * Built by tests/fuzz/run.sh with
 *   clang -fsanitize=fuzzer,address,undefined ...
 * or, without libFuzzer, with -DJAS_FUZZ_REPLAY into a plain driver that
 * runs every file named on the command line once (replay only). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/diag.h"
#include "front/asm.h"
#include "front/target.h"

static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!devnull)
        devnull = fopen("/dev/null", "w");
    /* the assembler keeps pointers into the buffer: give it its own copy
     * (not NUL-terminated, like a file read by the CLI) */
    char *text = malloc(size ? size : 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    jas_diag diag;
    jas_diag_init(&diag, devnull);
    jas_asm_opts opts;
    memset(&opts, 0, sizeof opts);
    opts.target = &jas_target_x64;
    opts.listing = 1;
    jas_asm *a = jas_asm_new(&opts, &diag);
    if (a) {
        /* like the CLI: finish even after errors (it reports more) */
        jas_asm_source(a, "fuzz.s", text, size);
        if (jas_asm_finish(a) == 0) {
            size_t n = 0;
            const uint8_t *img = jas_asm_image(a, &n);
            volatile uint8_t sink = 0;
            for (size_t i = 0; i < n; i++) /* touch every byte */
                sink ^= img[i];
            (void)sink;
            jas_asm_listing(a, devnull);
        }
        jas_asm_free(a);
    }
    free(text);
    return 0;
}

#ifdef JAS_FUZZ_REPLAY
#include "replay.h"
#endif
