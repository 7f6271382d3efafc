/* Footprint baseline: a minimal static program that does what the library
 * programs do, without an assembler: put a few bytes of machine code into
 * a page, make it executable, print where it is.  Built as C (baseline of
 * the C libraries) and as C++ (baseline of the C++ libraries); the bytes a
 * library adds are size(fp_<lib>) - size(this). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

int main(int argc, char **argv)
{
    (void)argv;
    unsigned char code[8] = {0xb8, 0, 0, 0, 0, 0xc3};
    code[1] = (unsigned char)argc;
    void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return 1;
    memcpy(p, code, sizeof code);
    if (mprotect(p, 4096, PROT_READ | PROT_EXEC))
        return 1;
    printf("%p\n", p);
    return 0;
}
