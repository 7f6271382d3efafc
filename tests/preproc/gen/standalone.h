/* The standalone assembler as the tests' reference for run-time forms:
 * assemble `text` (constants in place of the run-time values) into out
 * (cap bytes); 0 and *len, or -1 when it is rejected or too long. */
#ifndef JAS_TEST_STANDALONE_H
#define JAS_TEST_STANDALONE_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "front/asm.h"

static int standalone(const char *text, uint8_t *out, size_t cap, size_t *len)
{
    static FILE *devnull;
    if (!devnull)
        devnull = fopen("/dev/null", "w");
    jas_diag dg;
    jas_diag_init(&dg, devnull);
    jas_asm_opts o = {0};
    jas_asm *a = jas_asm_new(&o, &dg);
    int rc = -1;
    if (jas_asm_source(a, "standalone.s", text, strlen(text)) == 0 && jas_asm_finish(a) == 0) {
        const uint8_t *img = jas_asm_image(a, len);
        if (*len <= cap) {
            memcpy(out, img, *len);
            rc = 0;
        }
    }
    jas_asm_free(a);
    return rc;
}

#endif
