/* `jas` preprocessor mode: C with inline assembly in, plain C out. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "common/diag.h"
#include "common/util.h"
#include "pre/pre.h"

static void usage(FILE *f)
{
    fputs("usage: jas [options] -o out.c in.jas.c\n"
          "Turn the `|` assembly lines of a C file into libjas calls.\n"
          "\n"
          "  -o FILE            write the C output to FILE (default: stdout)\n"
          "  -I DIR             look for .include files in DIR too\n"
          "  --state=NAME       the jas_State * variable blocks use (default J)\n"
          "  --arch=ARCH        default target (x64)\n"
          "  --emit=MODE        actions: blocks become templates for jas_put (compact,\n"
          "                     default); code: straight-line C (fast, larger)\n"
          "  --max-errors=N     stop after N errors (default 20, 0 = no limit)\n"
          "  --mode=pre         preprocessor mode whatever the file names\n"
          "  --help, --version\n"
          "\n"
          "See docs/inline.md.\n",
          f);
}

int jas_cli_pre(int argc, char **argv)
{
    const char *in = NULL, *out = "-";
    const char *incs[64];
    int ninc = 0;
    jas_pre_opts o = {0};
    int max_errors = JAS_DIAG_MAX_ERRORS;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        }
        if (!strcmp(a, "--version")) {
            printf("jas %s\n", jas_cli_version);
            return 0;
        }
        if (!strcmp(a, "-o") && i + 1 < argc)
            out = argv[++i];
        else if (!strncmp(a, "-I", 2) && (a[2] || i + 1 < argc)) {
            if (ninc < 63)
                incs[ninc++] = a[2] ? a + 2 : argv[++i];
        } else if (!strncmp(a, "--state=", 8))
            o.state = a + 8;
        else if (!strcmp(a, "--emit=code") || !strcmp(a, "--emit=actions"))
            o.emit_code = a[7] == 'c';
        else if (!strncmp(a, "--arch=", 7))
            o.arch = a + 7;
        else if (!strncmp(a, "--max-errors=", 13))
            max_errors = atoi(a + 13);
        else if (!strncmp(a, "--mode=", 7))
            ;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "jas: error: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else if (in) {
            fprintf(stderr, "jas: error: more than one input file\n");
            return 2;
        } else
            in = a;
    }
    if (!in) {
        fprintf(stderr, "jas: error: no input file\n");
        return 2;
    }
    incs[ninc] = NULL;
    o.include_dirs = incs;
    size_t len;
    char *text = jas_read_file(in, &len);
    if (!text) {
        fprintf(stderr, "jas: error: cannot read '%s': %s\n", in, strerror(errno));
        return 2;
    }
    jas_diag d;
    jas_diag_init(&d, stderr);
    d.max_errors = max_errors;
    jas_buf c = {0};
    int rc = jas_preprocess(strcmp(in, "-") ? in : "<stdin>", text, len, &o, &d, &c);
    if (!rc)
        rc = jas_cli_write_file(out, c.data, c.len) ? 2 : 0;
    else {
        rc = 1;
        jas_cli_remove_output(out);
    }
    jas_buf_free(&c);
    free(text);
    return rc;
}
