/* rvjit — ELF loader and the Linux initial process stack.
 *
 * Accepts static riscv64 executables: ET_EXEC, and ET_DYN without PT_INTERP
 * (static-pie, loaded at RV_PIE_BASE; glibc's static-pie start-up relocates
 * itself, so nothing is applied here).  The file is read whole and validated
 * before anything is mapped; segments are copied into anonymous guest
 * mappings, then each page gets the union of the R/W/X flags of the
 * segments covering it.  Every problem is a message and exit status 126
 * (127 when the file does not exist), like a shell's "cannot execute".
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rvjit.h"

#define PT_LOAD 1
#define PT_DYNAMIC 2
#define PT_INTERP 3
#define PT_PHDR 6
#define PT_GNU_STACK 0x6474e551
#define PF_X 1
#define PF_W 2
#define PF_R 4
#define EM_RISCV 243

typedef struct {
    uint32_t type, flags;
    uint64_t offset, vaddr, paddr, filesz, memsz, align;
} Phdr;

static bool stack_exec;

static uint16_t rd16(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static uint32_t rd32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint64_t rd64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }

static int fail(const char *path, const char *msg)
{
    fprintf(stderr, "rvjit: %s: %s\n", path, msg);
    return 126;
}

static int seg_prot(uint32_t f)
{
    return ((f & PF_R) ? PG_R : 0) | ((f & PF_W) ? PG_W : 0) | ((f & PF_X) ? PG_X : 0);
}

int elf_load(const char *path, struct RvImage *img)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        fprintf(stderr, "rvjit: %s: %s\n", path, strerror(e));
        return e == ENOENT || e == ENOTDIR ? 127 : 126;
    }
    struct stat sb;
    if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode)) {
        close(fd);
        return fail(path, S_ISDIR(sb.st_mode) ? "is a directory" : "not a regular file");
    }
    if (sb.st_size > (off_t)(1ull << 31)) {
        close(fd);
        return fail(path, "file too large");
    }
    size_t size = (size_t)sb.st_size;
    uint8_t *f = malloc(size ? size : 1);
    if (!f) {
        close(fd);
        return fail(path, "out of memory");
    }
    size_t got = 0;
    while (got < size) {
        ssize_t n = read(fd, f + got, size - got);
        if (n <= 0) break;
        got += (size_t)n;
    }
    close(fd);
    int rc = 0;
    Phdr *ph = NULL;
#define BAD(msg) do { rc = fail(path, msg); goto out; } while (0)
    if (got != size) BAD("read error");
    if (size < 64 || memcmp(f, "\177ELF", 4) != 0) BAD("not an ELF file");
    if (f[4] != 2) BAD("not a 64-bit ELF file (rvjit runs riscv64 programs)");
    if (f[5] != 1) BAD("not a little-endian ELF file");
    if (f[6] != 1) BAD("unsupported ELF version");
    uint16_t type = rd16(f + 16), machine = rd16(f + 18);
    if (machine != EM_RISCV) {
        char m[96];
        snprintf(m, sizeof m, "not a RISC-V executable (e_machine %u)", machine);
        BAD(m);
    }
    if (type != 2 && type != 3) BAD("not an executable (ELF type is not EXEC or DYN)");
    uint32_t eflags = rd32(f + 48);
    if (eflags & 0x8) BAD("RV32E/RV64E (EF_RISCV_RVE) programs are not supported");
    if (((eflags >> 1) & 3) == 3) BAD("quad-float ABI programs are not supported");
    uint64_t entry = rd64(f + 24), phoff = rd64(f + 32);
    uint16_t phentsize = rd16(f + 54), phnum = rd16(f + 56);
    if (phnum == 0 || phentsize != 56) BAD("bad program headers");
    if (phoff > size || (uint64_t)phnum * 56 > size - phoff) BAD("program headers outside the file");

    ph = calloc(phnum, sizeof *ph);
    if (!ph) BAD("out of memory");
    int nload = 0;
    for (int i = 0; i < phnum; i++) {
        const uint8_t *p = f + phoff + (uint64_t)i * 56;
        ph[i] = (Phdr){rd32(p), rd32(p + 4), rd64(p + 8), rd64(p + 16), rd64(p + 24),
                       rd64(p + 32), rd64(p + 40), rd64(p + 48)};
        if (ph[i].type == PT_INTERP) {
            char msg[300];
            char interp[200] = "?";
            if (ph[i].offset < size && ph[i].filesz < sizeof interp && ph[i].filesz <= size - ph[i].offset) {
                memcpy(interp, f + ph[i].offset, ph[i].filesz);
                interp[ph[i].filesz] = 0;
            }
            snprintf(msg, sizeof msg,
                     "dynamically linked (needs %s); rvjit runs static executables only", interp);
            BAD(msg);
        }
        if (ph[i].type == PT_GNU_STACK) stack_exec = ph[i].flags & PF_X;
        if (ph[i].type != PT_LOAD) continue;
        nload++;
        if (ph[i].filesz > ph[i].memsz) BAD("bad program header (filesz > memsz)");
        if (ph[i].offset > size || ph[i].filesz > size - ph[i].offset)
            BAD("truncated file (segment extends past the end)");
        if (ph[i].memsz == 0) continue;
    }
    if (!nload) BAD("no loadable segments");
    uint64_t base = type == 3 ? RV_PIE_BASE : 0;
    uint64_t hi = 0;
    bool entry_ok = false;
    for (int i = 0; i < phnum; i++) {
        if (ph[i].type != PT_LOAD || ph[i].memsz == 0) continue;
        uint64_t va = ph[i].vaddr + base;
        if (ph[i].vaddr > RV_SPACE || va < 0x1000 || !mem_range_ok(va, ph[i].memsz) ||
            va + ph[i].memsz > RV_STACK_TOP - RV_STACK_SIZE)
            BAD("segment outside the guest address space");
        if (va + ph[i].memsz > hi) hi = va + ph[i].memsz;
        if ((ph[i].flags & PF_X) && entry + base >= va && entry + base < va + ph[i].memsz) entry_ok = true;
    }
    if (!entry_ok) BAD("entry point is not inside an executable segment");

    /* map (RW while copying), copy, then final per-page protections */
    for (int i = 0; i < phnum; i++) {
        if (ph[i].type != PT_LOAD || ph[i].memsz == 0) continue;
        uint64_t va = ph[i].vaddr + base;
        uint64_t lo = va & ~(RV_PAGE - 1), end = (va + ph[i].memsz + RV_PAGE - 1) & ~(RV_PAGE - 1);
        for (uint64_t pg = lo; pg < end; pg += RV_PAGE) {
            if (rv_pflags[pg / RV_PAGE] & PG_MAPPED) continue;
            if (mem_map_fixed(pg, RV_PAGE, PG_R | PG_W, false, -1, 0) < 0) BAD("cannot map segment");
        }
        /* As Linux maps it: whole file pages, so the first page shows the
         * file's bytes before the segment and the last one those after it
         * (up to the end of the file); with a .bss, the rest of the last
         * file page is zeroed.  A later segment sharing a page wins. */
        if (ph[i].filesz && (va & (RV_PAGE - 1)) == (ph[i].offset & (RV_PAGE - 1))) {
            uint64_t foff = ph[i].offset & ~(uint64_t)(RV_PAGE - 1);
            uint64_t fend = (va + ph[i].filesz + RV_PAGE - 1) & ~(RV_PAGE - 1);
            uint64_t n = fend - lo;
            if (n > size - foff) n = size - foff;
            memcpy(rv_mem + lo, f + foff, n);
            if (ph[i].memsz > ph[i].filesz)
                memset(rv_mem + va + ph[i].filesz, 0, fend - (va + ph[i].filesz));
        } else {   /* not page-congruent (Linux refuses to map it): the bytes alone */
            memcpy(rv_mem + va, f + ph[i].offset, ph[i].filesz);
        }
    }
    for (int i = 0; i < phnum; i++) {
        if (ph[i].type != PT_LOAD || ph[i].memsz == 0) continue;
        uint64_t va = ph[i].vaddr + base;
        uint64_t lo = va & ~(RV_PAGE - 1), end = (va + ph[i].memsz + RV_PAGE - 1) & ~(RV_PAGE - 1);
        for (uint64_t pg = lo; pg < end; pg += RV_PAGE) {
            int prot = 0;
            for (int j = 0; j < phnum; j++) {
                if (ph[j].type != PT_LOAD || ph[j].memsz == 0) continue;
                uint64_t v = ph[j].vaddr + base;
                if (pg < v + ph[j].memsz && v < pg + RV_PAGE) prot |= seg_prot(ph[j].flags);
            }
            mem_protect(pg, RV_PAGE, prot);
        }
    }

    /* AT_PHDR: PT_PHDR, else the load segment that holds the headers */
    uint64_t phdr = 0;
    for (int i = 0; i < phnum; i++)
        if (ph[i].type == PT_PHDR) phdr = ph[i].vaddr + base;
    if (!phdr)
        for (int i = 0; i < phnum; i++)
            if (ph[i].type == PT_LOAD && phoff >= ph[i].offset && phoff - ph[i].offset < ph[i].filesz)
                phdr = ph[i].vaddr + base + (phoff - ph[i].offset);
    img->entry = entry + base;
    img->phdr = phdr;
    img->phnum = phnum;
    img->phent = phentsize;
    img->base = 0;   /* AT_BASE: no interpreter */
    img->brk = (hi + RV_PAGE - 1) & ~(RV_PAGE - 1);
    /* what Linux records for /proc/self/stat: start/end of code (the
     * executable segments' file parts), of data (the highest segment) */
    rv_proc_info.start_code = UINT64_MAX;
    rv_proc_info.end_code = rv_proc_info.start_data = rv_proc_info.end_data = 0;
    for (int i = 0; i < phnum; i++) {
        if (ph[i].type != PT_LOAD) continue;
        uint64_t va = ph[i].vaddr + base, fe = va + ph[i].filesz;
        if ((ph[i].flags & PF_X) && va < rv_proc_info.start_code) rv_proc_info.start_code = va;
        if ((ph[i].flags & PF_X) && fe > rv_proc_info.end_code) rv_proc_info.end_code = fe;
        if (va > rv_proc_info.start_data) rv_proc_info.start_data = va;
        if (fe > rv_proc_info.end_data) rv_proc_info.end_data = fe;
    }
    rv_image_nsegs = 0;
    for (int i = 0; i < phnum && rv_image_nsegs < RV_MAX_SEGS; i++) {
        if (ph[i].type != PT_LOAD || ph[i].filesz == 0) continue;
        uint64_t va = ph[i].vaddr + base;
        struct RvSeg *s = &rv_image_segs[rv_image_nsegs++];
        s->lo = va & ~(RV_PAGE - 1);
        s->hi = (va + ph[i].filesz + RV_PAGE - 1) & ~(RV_PAGE - 1);
        s->off = ph[i].offset & ~(RV_PAGE - 1);
    }
    rv_brk_start = rv_brk_cur = img->brk;
out:
    free(ph);
    free(f);
    return rc;
#undef BAD
}

/* ---- initial stack ---------------------------------------------------------- */

enum {
    AT_NULL = 0, AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5, AT_PAGESZ = 6, AT_BASE = 7,
    AT_FLAGS = 8, AT_ENTRY = 9, AT_UID = 11, AT_EUID = 12, AT_GID = 13, AT_EGID = 14,
    AT_PLATFORM = 15, AT_HWCAP = 16, AT_CLKTCK = 17, AT_SECURE = 23, AT_RANDOM = 25,
    AT_HWCAP2 = 26, AT_EXECFN = 31,
};

/* what /proc/self/cmdline, environ and auxv show: guest ranges [lo, hi) */
uint64_t rv_proc_args[2], rv_proc_env[2], rv_proc_auxv[2];
struct RvProcInfo rv_proc_info;

static uint64_t push_bytes(uint64_t *sp, const void *p, size_t n)
{
    *sp -= n;
    memcpy(rv_mem + *sp, p, n);
    return *sp;
}

int stack_setup(RvCpu *st, const struct RvImage *img, int argc, char **argv, char **envp,
                const char *execfn)
{
    const uint64_t bottom = RV_STACK_TOP - RV_STACK_SIZE;
    if (mem_map_fixed(bottom, RV_STACK_SIZE, PG_R | PG_W | (stack_exec ? PG_X : 0), false, -1, 0) < 0) {
        fprintf(stderr, "rvjit: cannot map the stack\n");
        return 126;
    }
    int envc = 0;
    size_t total = strlen(execfn) + 64;
    while (envp && envp[envc]) total += strlen(envp[envc++]) + 1 + 8;
    for (int i = 0; i < argc; i++) total += strlen(argv[i]) + 1 + 8;
    if (total > RV_STACK_SIZE / 4) {
        fprintf(stderr, "rvjit: argument list too long\n");
        return 126;
    }
    uint64_t sp = RV_STACK_TOP;
    uint64_t a_execfn = push_bytes(&sp, execfn, strlen(execfn) + 1);
    uint64_t *envs = calloc((size_t)envc + 1, 8), *args = calloc((size_t)argc + 1, 8);
    if (!envs || !args) {
        fprintf(stderr, "rvjit: out of memory\n");
        free(envs);
        free(args);
        return 126;
    }
    for (int i = envc - 1; i >= 0; i--) envs[i] = push_bytes(&sp, envp[i], strlen(envp[i]) + 1);
    for (int i = argc - 1; i >= 0; i--) args[i] = push_bytes(&sp, argv[i], strlen(argv[i]) + 1);
    uint64_t a_plat = push_bytes(&sp, "riscv64", 8);
    uint8_t rnd[16];
    if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd) {
        for (size_t i = 0; i < sizeof rnd; i++) rnd[i] = (uint8_t)(rand() ^ (int)i);
    }
    sp &= ~15ull;
    uint64_t a_rand = push_bytes(&sp, rnd, 16);

    uint64_t aux[][2] = {
        {AT_PHDR, img->phdr}, {AT_PHENT, img->phent}, {AT_PHNUM, img->phnum},
        {AT_PAGESZ, RV_PAGE}, {AT_BASE, img->base}, {AT_FLAGS, 0}, {AT_ENTRY, img->entry},
        {AT_UID, (uint64_t)getuid()}, {AT_EUID, (uint64_t)geteuid()},
        {AT_GID, (uint64_t)getgid()}, {AT_EGID, (uint64_t)getegid()},
        {AT_PLATFORM, a_plat},
        /* HWCAP: one bit per single-letter extension, 'a' = bit 0: IMAFDC */
        {AT_HWCAP, (1u << ('i' - 'a')) | (1u << ('m' - 'a')) | (1u << ('a' - 'a')) |
                   (1u << ('f' - 'a')) | (1u << ('d' - 'a')) | (1u << ('c' - 'a'))},
        {AT_HWCAP2, 0}, {AT_CLKTCK, (uint64_t)sysconf(_SC_CLK_TCK)}, {AT_SECURE, 0},
        {AT_RANDOM, a_rand}, {AT_EXECFN, a_execfn}, {AT_NULL, 0},
    };
    size_t naux = sizeof aux / sizeof aux[0];
    size_t words = 1 + (size_t)argc + 1 + (size_t)envc + 1 + 2 * naux;
    sp -= words * 8;
    sp &= ~15ull;
    uint64_t p = sp;
#define PUT(v) do { uint64_t v_ = (v); memcpy(rv_mem + p, &v_, 8); p += 8; } while (0)
    PUT((uint64_t)argc);
    for (int i = 0; i < argc; i++) PUT(args[i]);
    PUT(0);
    for (int i = 0; i < envc; i++) PUT(envs[i]);
    PUT(0);
    for (size_t i = 0; i < naux; i++) {
        PUT(aux[i][0]);
        PUT(aux[i][1]);
    }
#undef PUT
    rv_proc_args[0] = argc ? args[0] : (envc ? envs[0] : a_execfn);
    rv_proc_args[1] = rv_proc_env[0] = envc ? envs[0] : a_execfn;
    rv_proc_env[1] = a_execfn;
    rv_proc_auxv[0] = p - 16 * naux;
    rv_proc_auxv[1] = p;
    rv_proc_info.start_stack = sp;
    free(envs);
    free(args);
    memset(st, 0, sizeof *st);
    st->x[2] = sp;
    st->pc = img->entry;
    st->mem = rv_mem;
    st->resv = RV_NO_RESV;
    return 0;
}
