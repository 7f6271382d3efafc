/* hello-raw — examples/hello built by hand, without jas.
 *
 * The function is the same: `mov eax, n; ret`, returning the number it was
 * given.  Here we write its six bytes into memory ourselves, the way every
 * JIT starts:
 *
 *   1. map a page READ+WRITE (not executable),
 *   2. write the machine code into it,
 *   3. flip the page to READ+EXEC with mprotect (no longer writable),
 *   4. call it through a function pointer,
 *   5. unmap it.
 *
 * The page is never writable and executable at the same time (W^X); the
 * README explains why that matters.  Compare with ../hello/hello.jas.c,
 * where jas does steps 1-3 (and picks the encoding) for us. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS under -std=c11 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

typedef int (*answer_fn)(void);

/* Print the protection of the mapping that holds `p`, as the kernel sees it
 * in /proc/self/maps ("rw-p", "r-xp", ...), so the W^X steps are visible. */
static void show_protection(const char *when, const void *p)
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    while (f && fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        char perms[8];
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) == 3 && (uintptr_t)p >= lo && (uintptr_t)p < hi) {
            printf("  %-28s page %s\n", when, perms);
            break;
        }
    }
    if (f)
        fclose(f);
}

/* Parse a whole decimal argument that must fit in 32 bits (the imm32 of
 * `mov eax, imm32`).  Returns 0 on success. */
static int parse_int32(const char *s, int32_t *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (end == s || *end != '\0' || errno == ERANGE || v < INT32_MIN || v > INT32_MAX)
        return -1;
    *out = (int32_t)v;
    return 0;
}

int main(int argc, char **argv)
{
    int32_t n = 42;
    if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        printf("usage: hello-raw [N]\nbuilds and calls a function returning N (default 42), by hand\n");
        return 0;
    }
    if (argc > 2 || (argc == 2 && parse_int32(argv[1], &n) != 0)) {
        fprintf(stderr, "hello-raw: expected one 32-bit integer argument, got '%s'\nusage: hello-raw [N]\n",
                argc > 1 ? argv[argc - 1] : "");
        return 2;
    }

    /* The machine code.  B8 is `mov eax, imm32`; the immediate follows in
     * little-endian order.  C3 is `ret`.  The return value of an `int`
     * function is in eax (System V ABI), so this returns n. */
    uint32_t u = (uint32_t)n;
    const unsigned char code[6] = {
        0xb8, (unsigned char)u, (unsigned char)(u >> 8), (unsigned char)(u >> 16), (unsigned char)(u >> 24),
        0xc3,
    };

    /* Step 1: a fresh page, readable and writable, not executable. */
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    void *mem = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED) {
        perror("hello-raw: mmap");
        return 1;
    }
    show_protection("after mmap (writing):", mem);

    /* Step 2: write the code. */
    memcpy(mem, code, sizeof code);

    /* Step 3: make it executable and, in the same call, read-only.  From
     * here on nothing (no bug, no attacker) can change these bytes without
     * another mprotect.  On x86-64 no instruction-cache flush is needed; on
     * ARM one would call __builtin___clear_cache(mem, mem + size) here. */
    if (mprotect(mem, page, PROT_READ | PROT_EXEC) != 0) {
        perror("hello-raw: mprotect");
        munmap(mem, page);
        return 1;
    }
    show_protection("after mprotect (running):", mem);

    /* Step 4: call it.  ISO C has no conversion from a data pointer to a
     * function pointer; POSIX guarantees it works (dlsym relies on it). */
    answer_fn answer = (answer_fn)mem;
    printf("bytes:");
    for (size_t i = 0; i < sizeof code; i++)
        printf(" %02x", code[i]);
    printf("\nthe hand-made function returns %d (%zu bytes of machine code)\n", answer(), sizeof code);

    /* Step 5: give the page back. */
    munmap(mem, page);
    return 0;
}
