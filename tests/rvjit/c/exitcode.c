/* Exit paths, selected by argv[1]; the test run checks the status and the
 * output of each: return from main, exit() with atexit handlers, _exit()
 * (stdio buffers are lost), abort() (SIGABRT: 134), raise(SIGTERM) (143),
 * exit statuses modulo 256, interleaved stdout/stderr.                   */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void h1(void) { printf("atexit 1\n"); }
static void h2(void) { printf("atexit 2\n"); }
static void h3(void) { fprintf(stderr, "atexit 3 (stderr)\n"); }

int main(int argc, char **argv)
{
    const char *m = argc > 1 ? argv[1] : "ret0";
    printf("mode %s\n", m);
    if (!strcmp(m, "ret0")) return 0;
    if (!strcmp(m, "ret3")) return 3;
    if (!strcmp(m, "ret1000")) return 1000;
    if (!strcmp(m, "exit42")) {
        atexit(h1);
        atexit(h2);
        atexit(h3);
        exit(42);
    }
    if (!strcmp(m, "exitneg")) exit(-1);
    if (!strcmp(m, "exit256")) exit(256);
    if (!strcmp(m, "_exit7")) {
        printf("this line stays in the stdio buffer");
        _exit(7);
    }
    if (!strcmp(m, "abort")) {
        fflush(stdout);
        abort();
    }
    if (!strcmp(m, "sigterm")) {
        fflush(stdout);
        raise(SIGTERM);
        return 99;
    }
    if (!strcmp(m, "stderr")) {
        for (int i = 0; i < 5; i++) {
            printf("out %d\n", i);
            fflush(stdout);
            fprintf(stderr, "err %d\n", i);
        }
        write(2, "raw stderr\n", 11);
        return 0;
    }
    if (!strcmp(m, "bigout")) {
        /* 2 MB of stdout through stdio */
        unsigned long h = 0;
        for (int i = 0; i < 100000; i++) {
            printf("line %06d %08lx\n", i, h);
            h = h * 31 + (unsigned long)i;
        }
        return 0;
    }
    fprintf(stderr, "unknown mode %s\n", m);
    return 2;
}
