/* The initial process state: argc/argv/envp, the auxiliary vector
 * (AT_PAGESZ, AT_HWCAP, AT_RANDOM, AT_PHDR/PHNUM/PHENT, AT_ENTRY,
 * AT_EXECFN, ids, AT_SECURE, AT_CLKTCK) and the stack layout around it.
 * The test run passes: auxv alpha "b e t a" "" "x=y" and RVJIT_TEST_ENV.  */
#include <elf.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <unistd.h>
#include "check.h"

extern char **environ;
extern char _start[];

int main(int argc, char **argv, char **envp)
{
    printf("  argc %d\n", argc);
    for (int i = 1; i < argc; i++) printf("  argv[%d] \"%s\"\n", i, argv[i]);
    const char *base = strrchr(argv[0], '/');
    base = base ? base + 1 : argv[0];
    CHECK_STR(base, "auxv", "argv[0] basename");
    CHECK(argc == 5, "argc");
    CHECK(argc == 5 && !strcmp(argv[1], "alpha") && !strcmp(argv[2], "b e t a") &&
          !strcmp(argv[3], "") && !strcmp(argv[4], "x=y"), "argv contents");
    CHECK(argv[argc] == NULL, "argv NULL-terminated");
    CHECK(((uintptr_t)argv & 7) == 0 && (uintptr_t)argv[0] > (uintptr_t)argv, "argv on stack");
    CHECK(envp == environ, "envp == environ");
    CHECK_STR(getenv("RVJIT_TEST_ENV"), "hello env=1", "getenv");
    CHECK(getenv("RVJIT_TEST_UNSET_VAR") == NULL, "getenv unset");
    CHECK(setenv("RVJIT_NEW", "v", 1) == 0 && !strcmp(getenv("RVJIT_NEW"), "v"), "setenv");

    /* walk past envp to the auxv and compare with getauxval */
    char **e = envp;
    while (*e) e++;
    Elf64_auxv_t *av = (Elf64_auxv_t *)(e + 1);
    int n = 0, seen_pagesz = 0, seen_random = 0;
    for (; av[n].a_type != AT_NULL && n < 200; n++) {
        if (av[n].a_type == AT_PAGESZ) seen_pagesz = av[n].a_un.a_val == getauxval(AT_PAGESZ);
        if (av[n].a_type == AT_RANDOM) seen_random = av[n].a_un.a_val == getauxval(AT_RANDOM);
    }
    CHECK(n < 200 && seen_pagesz && seen_random, "auxv follows envp");

    CHECK(getauxval(AT_PAGESZ) == 4096, "AT_PAGESZ");
    unsigned long hw = getauxval(AT_HWCAP);
    unsigned long imafdc = 0;
    for (const char *c = "IMAFDC"; *c; c++) imafdc |= 1UL << (*c - 'A');
    printf("  AT_HWCAP has IMAFDC: %s\n", (hw & imafdc) == imafdc ? "yes" : "no");
    CHECK((hw & imafdc) == imafdc, "AT_HWCAP IMAFDC");
    const unsigned char *rnd = (const unsigned char *)getauxval(AT_RANDOM);
    CHECK(rnd != NULL, "AT_RANDOM non-null");
    int nz = 0;
    for (int i = 0; rnd && i < 16; i++) nz += rnd[i] != 0;
    CHECK(nz >= 8, "AT_RANDOM bytes");

    const Elf64_Phdr *ph = (const Elf64_Phdr *)getauxval(AT_PHDR);
    unsigned long phnum = getauxval(AT_PHNUM);
    CHECK(getauxval(AT_PHENT) == sizeof(Elf64_Phdr), "AT_PHENT");
    int loads = 0, self = 0;
    for (unsigned long i = 0; ph && i < phnum; i++) {
        if (ph[i].p_type == PT_LOAD) {
            loads++;
            if ((uintptr_t)&main >= ph[i].p_vaddr && (uintptr_t)&main < ph[i].p_vaddr + ph[i].p_memsz &&
                (ph[i].p_flags & PF_X))
                self = 1;
        }
    }
    CHECK(ph && phnum >= 2 && loads >= 1, "AT_PHDR/AT_PHNUM");
    CHECK(self, "main inside an executable PT_LOAD");
    CHECK(getauxval(AT_ENTRY) == (uintptr_t)_start, "AT_ENTRY == _start");
    const char *fn = (const char *)getauxval(AT_EXECFN);
    CHECK(fn && strlen(fn) >= 4 && !strcmp(fn + strlen(fn) - 4, "auxv"), "AT_EXECFN");
    CHECK(getauxval(AT_UID) == getuid() && getauxval(AT_EUID) == geteuid() &&
          getauxval(AT_GID) == getgid() && getauxval(AT_EGID) == getegid(), "AT_UID/GID");
    CHECK(getauxval(AT_SECURE) == 0, "AT_SECURE");
    CHECK(getauxval(AT_CLKTCK) == 100, "AT_CLKTCK");
    CHECK(getauxval(AT_BASE) == 0, "AT_BASE of a static program");

    /* each PT_LOAD holds whole pages of the file, as Linux maps it: before
     * the segment's start and, without a .bss (whose memory the program
     * uses), after its end on the same page, the file's neighbouring
     * bytes (end of text, start of data) */
    {
        FILE *fp = fopen("/proc/self/exe", "rb");
        static unsigned char file[1 << 22];
        size_t fsize = fp ? fread(file, 1, sizeof file, fp) : 0;
        if (fp) fclose(fp);
        int pages_ok = fsize > 0 && fsize < sizeof file, checked = 0;
        for (unsigned long i = 0; pages_ok && ph && i < phnum; i++) {
            if (ph[i].p_type != PT_LOAD || !ph[i].p_filesz) continue;
            /* only the bytes around the segment: the program changes its own */
            uintptr_t va = ph[i].p_vaddr, end = va + ph[i].p_filesz;
            uintptr_t lo = va & ~4095ul, fend = (end + 4095) & ~4095ul;
            size_t foff = ph[i].p_offset & ~4095ul;
            if (memcmp((const void *)lo, file + foff, va - lo)) pages_ok = 0;
            for (uintptr_t a = end; ph[i].p_memsz == ph[i].p_filesz && a < fend; a++) {
                size_t at = foff + (a - lo);
                if (*(const unsigned char *)a != (at < fsize ? file[at] : 0)) pages_ok = 0;
            }
            checked++;
        }
        CHECK(pages_ok && checked >= 2, "PT_LOAD pages hold the file's bytes around each segment");
    }

    /* the stack is usable well below the initial sp (8 MiB default) */
    {
        volatile char big[1 << 20];
        for (int i = 0; i < (1 << 20); i += 4096) big[i] = (char)i;
        int ok = 1;
        for (int i = 0; i < (1 << 20); i += 4096) if (big[i] != (char)i) ok = 0;
        CHECK(ok, "1 MiB stack frame");
    }
    return check_done();
}
