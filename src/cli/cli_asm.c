/* `jas` standalone assembler mode. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "common/diag.h"
#include "common/util.h"
#include "front/asm.h"
#include "front/target.h"

const char *const jas_cli_version = "0.1.0";

void jas_cli_usage(FILE *f)
{
    fputs("usage: jas [options] [file.s | -]\n"
          "Assemble GNU Intel-syntax assembly into raw machine code.\n"
          "\n"
          "  -o FILE            write the bytes to FILE (default a.bin; '-' = stdout)\n"
          "  --listing          print a listing (offset, bytes, source) on stdout\n"
          "  -l FILE            write the listing to FILE\n"
          "  --arch=ARCH        target (x64; default: the host)\n"
          "  --dump-table=ARCH  print the target's instruction table and exit\n"
          "  --max-errors=N     stop after N errors (default 20, 0 = no limit)\n"
          "  -w                 do not print warnings\n"
          "  --symbols          print the symbols and their values on stdout\n"
          "  --stats            print statistics on stderr\n"
          "  --help, --version\n"
          "\n"
          "The input '-' (or none) is stdin.  See docs/assembler.md.\n"
          "\n"
          "A .c or .h input (or --mode=pre) runs the inline-assembly preprocessor\n"
          "instead: jas -o out.c in.jas.c; 'jas --mode=pre --help' lists its options.\n",
          f);
}

static int die(const char *fmt, const char *arg)
{
    fprintf(stderr, "jas: error: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return 2;
}

int jas_cli_asm(int argc, char **argv)
{
    const char *out = NULL, *in = NULL, *lst_path = NULL;
    int listing = 0, stats = 0, symbols = 0, nowarn = 0, max_errors = JAS_DIAG_MAX_ERRORS;
    const jas_target *tgt = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-o") == 0 || strcmp(a, "-l") == 0) {
            if (i + 1 >= argc)
                return die("'%s' needs a file name", a);
            if (a[1] == 'o')
                out = argv[++i];
            else
                lst_path = argv[++i];
        } else if (strncmp(a, "-o", 2) == 0 && a[2]) {
            out = a + 2;
        } else if (strcmp(a, "--listing") == 0) {
            listing = 1;
        } else if (strncmp(a, "--arch=", 7) == 0) {
            tgt = jas_target_find(a + 7, strlen(a + 7));
            if (!tgt)
                return die("unknown architecture '%s' (known: x64)", a + 7);
        } else if (strncmp(a, "--dump-table", 12) == 0) {
            const char *name = a[12] == '=' ? a + 13 : "x64";
            const jas_target *t = jas_target_find(name, strlen(name));
            if (!t || !t->dump_table)
                return die("no instruction table for '%s'", name);
            t->dump_table(stdout);
            return fflush(stdout) ? 1 : 0;
        } else if (strncmp(a, "--max-errors=", 13) == 0) {
            char *end;
            long v = strtol(a + 13, &end, 10);
            if (*end || v < 0)
                return die("bad --max-errors value '%s'", a + 13);
            max_errors = v > 1000000 ? 1000000 : (int)v;
        } else if (strcmp(a, "-w") == 0) {
            nowarn = 1;
        } else if (strcmp(a, "--symbols") == 0) {
            symbols = 1;
        } else if (strcmp(a, "--stats") == 0) {
            stats = 1;
        } else if (strncmp(a, "--mode=", 7) == 0) {
            /* picked by main.c */
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            jas_cli_usage(stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("jas %s\n", jas_cli_version);
            return 0;
        } else if (strcmp(a, "--") == 0) {
            if (i + 1 < argc)
                in = argv[++i];
            if (i + 1 < argc)
                return die("more than one input file ('%s')", argv[i + 1]);
        } else if (a[0] == '-' && a[1]) {
            jas_cli_usage(stderr);
            return die("unknown option '%s'", a);
        } else {
            if (in)
                return die("more than one input file ('%s')", a);
            in = a;
        }
    }
    if (!in)
        in = "-";
    if (!out && !listing && !lst_path && !symbols)
        out = "a.bin";
    if (out && listing && strcmp(out, "-") == 0)
        return die("%s", "--listing and -o - both want stdout");

    size_t len = 0, map_len = 0;
    const char *text = jas_map_file(in, &len, &map_len);
    if (!text) {
        fprintf(stderr, "jas: error: cannot read '%s': %s\n", in, strerror(errno));
        return 2;
    }
    const char *fname = strcmp(in, "-") == 0 ? "<stdin>" : in;

    clock_t t0 = clock();
    jas_diag diag;
    jas_diag_init(&diag, stderr);
    diag.max_errors = max_errors;
    diag.no_warnings = nowarn;
    jas_asm_opts opts = { tgt, listing || lst_path != NULL };
    jas_asm *as = jas_asm_new(&opts, &diag);
    jas_asm_source(as, fname, text, len);
    int rc = jas_asm_finish(as) == 0 && diag.errors == 0 ? 0 : 1;
    clock_t t1 = clock();
    if (rc)
        jas_cli_remove_output(out);

    if (rc == 0) {
        size_t n;
        const uint8_t *img = jas_asm_image(as, &n);
        if (out && jas_cli_write_file(out, img, n))
            rc = 2;
        if (rc == 0 && listing) {
            jas_asm_listing(as, stdout);
            if (fflush(stdout))
                rc = 2;
        }
        if (rc == 0 && symbols) {
            jas_asm_symbols(as, stdout);
            if (fflush(stdout))
                rc = 2;
        }
        if (rc == 0 && lst_path) {
            FILE *f = strcmp(lst_path, "-") == 0 ? stdout : fopen(lst_path, "w");
            if (!f) {
                rc = die("cannot write the listing: %s", strerror(errno));
            } else {
                jas_asm_listing(as, f);
                if (f != stdout ? fclose(f) != 0 : fflush(f) != 0)
                    rc = die("cannot write the listing: %s", strerror(errno));
            }
        }
    }
    if (stats) {
        jas_asm_stats st;
        jas_asm_get_stats(as, &st);
        double secs = (double)(t1 - t0) / CLOCKS_PER_SEC;
        fprintf(stderr,
                "jas: %llu lines, %llu statements, %llu instructions, %llu frags, "
                "%llu fixups, %llu symbols, %llu layout passes, text cache %llu hits / %llu texts, "
                "%.3f s (%.0f lines/s)\n",
                (unsigned long long)st.lines, (unsigned long long)st.statements,
                (unsigned long long)st.insns, (unsigned long long)st.frags,
                (unsigned long long)st.fixups, (unsigned long long)st.symbols,
                (unsigned long long)st.passes, (unsigned long long)st.tc_hits,
                (unsigned long long)st.tc_texts, secs, secs > 0 ? (double)st.lines / secs : 0.0);
    }
    jas_asm_free(as);
    jas_unmap_file(text, map_len);
    return rc;
}
