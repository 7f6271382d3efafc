/* jas — the command.  A thin dispatcher: the mode comes from a flag or the
 * input file name, everything else is in the mode's own file.
 *
 *   jas [options] file.s      standalone assembler (cli_asm.c)
 *   jas [options] file.c      inline-assembly preprocessor (cli_pre.c)
 *
 * Adding a mode = one entry in `modes` and one rule in pick_mode(). */
#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli/cli.h"

typedef int (*mode_fn)(int argc, char **argv);

static const struct {
    const char *name;
    mode_fn run;
} modes[] = {
    { "asm", jas_cli_asm },
    { "pre", jas_cli_pre },
};

static int ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && strcmp(s + n - k, suf) == 0;
}

/* The mode: --mode=NAME wins; otherwise the input file's extension. */
static const char *pick_mode(int argc, char **argv)
{
    const char *by_name = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, "--mode=", 7) == 0)
            return a + 7;
        if (strcmp(a, "--") == 0)
            break;
        if (a[0] != '-' && (ends_with(a, ".c") || ends_with(a, ".h")))
            by_name = "pre";
    }
    return by_name ? by_name : "asm";
}

int main(int argc, char **argv)
{
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
    /* A fixed threshold: blocks of 1 MiB and more (big tables, section
     * data, the source) always come from mmap, so calloc need not clear
     * them, realloc moves them with mremap instead of copying, and they
     * can take the huge-page advice of jas_xmalloc & co. */
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    const char *m = pick_mode(argc, argv);
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (strcmp(modes[i].name, m) == 0)
            return modes[i].run(argc, argv);
    fprintf(stderr, "jas: error: mode '%s' is not available in this build\n", m);
    return 2;
}
