/* rvjit — the guest address space.
 *
 * One host reservation of RV_SPACE (256 GiB) + RV_GUARD bytes, PROT_NONE and
 * MAP_NORESERVE; guest address a lives at host address rv_mem + a.  Guest
 * mappings are MAP_FIXED host mappings inside the reservation; an unmapped
 * guest page is a PROT_NONE host page, so a stray guest access faults in the
 * host and the SIGSEGV handler (main.c) turns it into a guest SIGSEGV.
 * Whenever a host mapping inside the reservation goes away it is replaced by
 * PROT_NONE again at once, so the host never places its own memory there.
 *
 * rv_pflags holds one byte of PG_* flags per guest page: the guest's view of
 * the mapping (mapped, R/W/X) plus PG_CODE for pages the decode cache has
 * decoded (guest-writable code pages are write-protected in the host; see
 * cache.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "rvjit.h"

uint8_t *rv_mem;
uint8_t *rv_pflags;
uint64_t rv_brk_start, rv_brk_cur;
struct RvSeg rv_image_segs[RV_MAX_SEGS];
int rv_image_nsegs;

static inline uint64_t pgup(uint64_t a) { return (a + RV_PAGE - 1) & ~(RV_PAGE - 1); }

/* the guest's mapped pages now and at most (VmSize, VmPeak in
 * /proc/self/status): every change of PG_MAPPED goes through set_flags */
uint64_t rv_vm_pages, rv_vm_peak;

static uint64_t count_mapped(uint64_t page, uint64_t n)
{
    uint64_t c = 0;
    for (uint64_t i = 0; i < n; i++) c += (rv_pflags[page + i] & PG_MAPPED) != 0;
    return c;
}

static void vm_account(uint64_t before, uint64_t after)
{
    rv_vm_pages = rv_vm_pages - before + after;
    if (rv_vm_pages > rv_vm_peak) rv_vm_peak = rv_vm_pages;
}

static void set_flags(uint64_t a, uint64_t len, uint8_t v)
{
    uint64_t n = len / RV_PAGE, before = count_mapped(a / RV_PAGE, n);
    memset(rv_pflags + a / RV_PAGE, v, n);
    vm_account(before, v & PG_MAPPED ? n : 0);
}

int mem_init(void)
{
    void *p = mmap(NULL, RV_SPACE + RV_GUARD, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return -errno;
    rv_mem = p;
    rv_pflags = calloc(RV_NPAGES, 1);
    if (!rv_pflags) return -ENOMEM;
    return 0;
}

static int host_prot(int pf)
{
    int p = 0;
    /* X implies host-readable: the decoder fetches through the mapping. */
    if (pf & (PG_R | PG_X)) p |= PROT_READ;
    if (pf & PG_W) p |= PROT_READ | PROT_WRITE;
    return p;
}

static bool range_has(uint64_t a, uint64_t len, int flag)
{
    for (uint64_t p = a / RV_PAGE; p < (a + len + RV_PAGE - 1) / RV_PAGE; p++)
        if (rv_pflags[p] & flag) return true;
    return false;
}

/* every page of [a, a+len) has a host mapping (no hole) */
static bool host_mapped(uint64_t a, uint64_t len)
{
    unsigned char vec[4096];
    for (uint64_t off = 0; off < len; off += sizeof vec * RV_PAGE) {
        uint64_t n = len - off < sizeof vec * RV_PAGE ? len - off : sizeof vec * RV_PAGE;
        if (mincore(rv_mem + a + off, n, vec) != 0 && errno == ENOMEM) return false;
    }
    return true;
}

static void fatal_hole(void)
{
    static const char msg[] = "rvjit: fatal: cannot re-reserve guest memory\n";
    if (write(2, msg, sizeof msg - 1) < 0) { /* nothing to do */ }
    _exit(125);
}

/* Holes in the reservation: ranges unmapped at the host's mapping count
 * limit (vm.max_map_count), where the host refuses every mmap, even one
 * that would not add a mapping.  While the process is over the limit the
 * host cannot place anything there either, and a guest access faults as in
 * the reservation; they are filled as soon as mmap works again (each
 * reservation change tries first). */
enum { MAX_HOLES = 256 };
static struct { uint64_t a, len; } holes[MAX_HOLES];
static int nholes;

static void fill_holes(void)
{
    for (int i = 0; i < nholes; i++) {
        void *p = mmap(rv_mem + holes[i].a, holes[i].len, PROT_NONE,
                       MAP_FIXED_NOREPLACE | MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED && errno != EEXIST) continue;   /* still over the limit */
        if (p != MAP_FAILED && p != rv_mem + holes[i].a) munmap(p, holes[i].len);   /* old kernel: a hint */
        holes[i--] = holes[--nholes];   /* filled, or mapped again by the guest */
    }
}

/* Put the reservation (PROT_NONE) back over [a, a+len).  Over the mapping
 * count limit the range is unmapped instead (which fails, changing nothing,
 * only where a host mapping must be split: munmap reports ENOMEM as Linux
 * does then) and left as a hole until it can be filled. */
static int try_reserve(uint64_t a, uint64_t len)
{
    if (nholes) fill_holes();
    if (mmap(rv_mem + a, len, PROT_NONE, MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
             -1, 0) == MAP_FAILED) {
        int e = errno;
        if (e != ENOMEM || nholes == MAX_HOLES || munmap(rv_mem + a, len) != 0) return -e;
        holes[nholes].a = a;
        holes[nholes++].len = len;
        fill_holes();   /* the munmap may have brought the count below the limit */
    }
    set_flags(a, len, 0);
    return 0;
}

/* the same where a hole must be plugged (after a failed or moved host
 * mapping): failure is fatal unless the host left the old mapping in place
 * (a failed MAP_FIXED mmap at the mapping count limit changes nothing) */
static void reserve(uint64_t a, uint64_t len)
{
    if (try_reserve(a, len) < 0 && !host_mapped(a, len)) fatal_hole();
}

int mem_map_fixed(uint64_t a, uint64_t len, int prot, bool shared, int fd, uint64_t off)
{
    if (range_has(a, len, PG_CODE)) cache_request_flush();
    if (nholes) fill_holes();
    int flags = MAP_FIXED | (shared ? MAP_SHARED : MAP_PRIVATE);
    if (fd < 0) flags |= MAP_ANONYMOUS;
    void *p = mmap(rv_mem + a, len, host_prot(prot), flags, fd < 0 ? -1 : fd, (off_t)off);
    if (p == MAP_FAILED) {
        int e = errno;
        /* over the mapping count limit the host changed nothing; else the
         * old mapping may be gone: the reservation goes back */
        if (e != ENOMEM || !host_mapped(a, len)) reserve(a, len);
        return -e;
    }
    set_flags(a, len, (uint8_t)(PG_MAPPED | (prot & (PG_R | PG_W | PG_X))));
    return 0;
}

int mem_unmap(uint64_t a, uint64_t len)
{
    if (range_has(a, len, PG_CODE)) cache_request_flush();
    return try_reserve(a, len);
}

int mem_protect(uint64_t a, uint64_t len, int prot)
{
    if (range_has(a, len, PG_CODE)) cache_request_flush();
    if (mprotect(rv_mem + a, len, host_prot(prot)) != 0) return -errno;
    set_flags(a, len, (uint8_t)(PG_MAPPED | (prot & (PG_R | PG_W | PG_X))));
    return 0;
}

static bool range_free(uint64_t a, uint64_t len)
{
    return mem_range_ok(a, len) && !range_has(a, len, PG_MAPPED);
}

/* Linux-like top-down search below RV_MMAP_TOP; the hint wins when free. */
uint64_t mem_find_free(uint64_t len, uint64_t hint)
{
    uint64_t n = len / RV_PAGE;
    const uint64_t low = 0x10000 / RV_PAGE;
    if (hint >= 0x10000 && hint + len <= RV_STACK_TOP - RV_STACK_SIZE && range_free(hint, len))
        return hint;
    uint64_t top = RV_MMAP_TOP / RV_PAGE;
    while (top >= low + n) {
        uint64_t i = top;
        while (i > top - n && !(rv_pflags[i - 1] & PG_MAPPED)) i--;
        if (i == top - n) return (top - n) * RV_PAGE;
        top = i - 1;   /* page i-1 is used: continue below it */
        /* skip a run of used pages 8 at a time (many small mappings) */
        _Static_assert(PG_MAPPED == 0x08, "the mask below");
        while (top % 8 == 0 && top >= low + 8) {
            uint64_t w;
            memcpy(&w, rv_pflags + top - 8, 8);
            if ((w & 0x0808080808080808ull) != 0x0808080808080808ull) break;
            top -= 8;
        }
    }
    return 0;
}

void *g_ptr(uint64_t a, uint64_t len, int need)
{
    if (len == 0) return rv_mem;
    if (!mem_range_ok(a, len)) return NULL;
    int want = need == PG_R ? (PG_R | PG_X) : need;
    bool code = false;
    for (uint64_t p = a / RV_PAGE; p <= (a + len - 1) / RV_PAGE; p++) {
        uint8_t f = rv_pflags[p];
        if (!(f & PG_MAPPED) || !(f & want)) return NULL;
        if (f & PG_CODE) code = true;
    }
    if (code && (need & PG_W)) cache_invalidate_range(a, len);
    return rv_mem + a;
}

long g_str(char *dst, size_t cap, uint64_t a)
{
    for (size_t i = 0; i < cap; i++) {
        uint64_t g = a + i;
        if (g >= RV_SPACE) return -EFAULT;
        if (i == 0 || g % RV_PAGE == 0) {
            uint8_t f = rv_pflags[g / RV_PAGE];
            if (!(f & PG_MAPPED) || !(f & (PG_R | PG_X))) return -EFAULT;
        }
        dst[i] = (char)rv_mem[g];
        if (!dst[i]) return (long)i;
    }
    return -ENAMETOOLONG;
}

/* ---- brk ------------------------------------------------------------------ */

uint64_t sys_brk(uint64_t a)
{
    if (a < rv_brk_start || a >= RV_SPACE) return rv_brk_cur;
    uint64_t oldend = pgup(rv_brk_cur), newend = pgup(a);
    if (newend < oldend) {
        if (mem_unmap(newend, oldend - newend) < 0) return rv_brk_cur;
    } else if (newend > oldend) {
        if (!range_free(oldend, newend - oldend) || newend > RV_STACK_TOP - RV_STACK_SIZE)
            return rv_brk_cur;
        if (mem_map_fixed(oldend, newend - oldend, PG_R | PG_W, false, -1, 0) != 0)
            return rv_brk_cur;
    }
    rv_brk_cur = a;
    return a;
}

/* ---- mmap family ------------------------------------------------------------ */

#define G_PROT_READ  1
#define G_PROT_WRITE 2
#define G_PROT_EXEC  4
#define G_MAP_SHARED 0x01
#define G_MAP_PRIVATE 0x02
#define G_MAP_SHARED_VALIDATE 0x03
#define G_MAP_FIXED 0x10
#define G_MAP_ANONYMOUS 0x20
#define G_MAP_FIXED_NOREPLACE 0x100000

int64_t sys_mmap(uint64_t a, uint64_t len, int prot, int flags, int fd, uint64_t off)
{
    if (len == 0 || (off & (RV_PAGE - 1))) return -EINVAL;
    if (len > RV_SPACE) return -ENOMEM;
    len = pgup(len);
    int type = flags & 0x0f;
    if (type != G_MAP_SHARED && type != G_MAP_PRIVATE && type != G_MAP_SHARED_VALIDATE)
        return -EINVAL;
    if (prot & ~(G_PROT_READ | G_PROT_WRITE | G_PROT_EXEC)) return -EINVAL;
    bool anon = flags & G_MAP_ANONYMOUS;
    uint64_t addr;
    if (flags & (G_MAP_FIXED | G_MAP_FIXED_NOREPLACE)) {
        if (a & (RV_PAGE - 1)) return -EINVAL;
        if (!mem_range_ok(a, len) || a < RV_PAGE) return -ENOMEM;
        if (!(flags & G_MAP_FIXED) && range_has(a, len, PG_MAPPED)) return -EEXIST;
        addr = a;
    } else {
        addr = mem_find_free(len, a & ~(RV_PAGE - 1));
        if (!addr) return -ENOMEM;
    }
    if (!anon && fcntl(fd, F_GETFD) < 0) return -EBADF;
    int r = mem_map_fixed(addr, len, prot, type != G_MAP_PRIVATE, anon ? -1 : fd, anon ? 0 : off);
    if (r < 0) return r;
    return (int64_t)addr;
}

int64_t sys_munmap(uint64_t a, uint64_t len)
{
    if ((a & (RV_PAGE - 1)) || len == 0) return -EINVAL;
    if (len > RV_SPACE) return -EINVAL;
    len = pgup(len);
    if (!mem_range_ok(a, len)) return -EINVAL;
    return mem_unmap(a, len);
}

int64_t sys_mprotect(uint64_t a, uint64_t len, int prot)
{
    if (a & (RV_PAGE - 1)) return -EINVAL;
    prot &= ~0x03000000;   /* PROT_GROWSDOWN / PROT_GROWSUP: accepted, ignored */
    if (prot & ~(G_PROT_READ | G_PROT_WRITE | G_PROT_EXEC)) return -EINVAL;
    if (len == 0) return 0;
    if (len > RV_SPACE) return -ENOMEM;
    len = pgup(len);
    if (!mem_range_ok(a, len)) return -ENOMEM;
    for (uint64_t p = a / RV_PAGE; p < (a + len) / RV_PAGE; p++)
        if (!(rv_pflags[p] & PG_MAPPED)) return -ENOMEM;
    return mem_protect(a, len, prot);
}

#define G_MREMAP_MAYMOVE 1
#define G_MREMAP_FIXED 2

static void move_flags(uint64_t from, uint64_t to, uint64_t len)
{
    uint64_t before = count_mapped(to / RV_PAGE, len / RV_PAGE);
    memmove(rv_pflags + to / RV_PAGE, rv_pflags + from / RV_PAGE, len / RV_PAGE);
    vm_account(before, count_mapped(to / RV_PAGE, len / RV_PAGE));
}

int64_t sys_mremap(uint64_t old, uint64_t olen, uint64_t nlen, int flags, uint64_t na)
{
    if ((old & (RV_PAGE - 1)) || (flags & ~(G_MREMAP_MAYMOVE | G_MREMAP_FIXED))) return -EINVAL;
    if ((flags & G_MREMAP_FIXED) && !(flags & G_MREMAP_MAYMOVE)) return -EINVAL;
    if (nlen == 0 || olen > RV_SPACE || nlen > RV_SPACE) return -EINVAL;
    olen = pgup(olen);
    nlen = pgup(nlen);
    if (olen == 0) return -EINVAL;   /* duplicating a shared mapping: unsupported */
    if (!mem_range_ok(old, olen)) return -EFAULT;
    for (uint64_t p = old / RV_PAGE; p < (old + olen) / RV_PAGE; p++)
        if (!(rv_pflags[p] & PG_MAPPED)) return -EFAULT;
    if (range_has(old, olen, PG_CODE)) cache_request_flush();

    uint64_t target;
    if (flags & G_MREMAP_FIXED) {
        if ((na & (RV_PAGE - 1)) || !mem_range_ok(na, nlen) || na < RV_PAGE) return -EINVAL;
        if (na < old + olen && old < na + nlen) return -EINVAL;
        if (range_has(na, nlen, PG_CODE)) cache_request_flush();
        target = na;
    } else {
        if (nlen <= olen) {
            if (nlen < olen) {
                int r = mem_unmap(old + nlen, olen - nlen);
                if (r < 0) return r;
            }
            return (int64_t)old;
        }
        if (range_free(old + olen, nlen - olen) && old + nlen <= RV_STACK_TOP) {
            /* grow in place: free the reservation tail, let the host extend */
            munmap(rv_mem + old + olen, nlen - olen);
            void *p = mremap(rv_mem + old, olen, nlen, 0);
            if (p == MAP_FAILED) {
                int e = errno;
                reserve(old + olen, nlen - olen);
                return -e;
            }
            set_flags(old + olen, nlen - olen, rv_pflags[old / RV_PAGE] & ~PG_CODE);
            return (int64_t)old;
        }
        if (!(flags & G_MREMAP_MAYMOVE)) return -ENOMEM;
        target = mem_find_free(nlen, 0);
        if (!target) return -ENOMEM;
    }
    void *p = mremap(rv_mem + old, olen, nlen, MREMAP_MAYMOVE | MREMAP_FIXED, rv_mem + target);
    if (p == MAP_FAILED) return -errno;
    uint8_t f = rv_pflags[old / RV_PAGE];
    uint64_t keep = olen < nlen ? olen : nlen;
    move_flags(old, target, keep);
    if (nlen > olen) set_flags(target + olen, nlen - olen, f);
    reserve(old, olen);   /* the host left a hole: plug it */
    return (int64_t)target;
}

int64_t sys_madvise(uint64_t a, uint64_t len, int advice)
{
    if (a & (RV_PAGE - 1)) return -EINVAL;
    if (len == 0) return 0;
    if (len > RV_SPACE) return -EINVAL;
    len = pgup(len);
    if (!mem_range_ok(a, len)) return -ENOMEM;
    if (advice == 4 /* MADV_DONTNEED */ || advice == 8 /* MADV_FREE */) {
        if (range_has(a, len, PG_CODE)) cache_request_flush();
        bool gap = false;
        for (uint64_t p = a / RV_PAGE; p < (a + len) / RV_PAGE; p++)
            if (!(rv_pflags[p] & PG_MAPPED)) gap = true;
        /* the reservation's PROT_NONE pages accept MADV_DONTNEED too */
        if (advice == 4) madvise(rv_mem + a, len, MADV_DONTNEED);
        return gap ? -ENOMEM : 0;
    }
    return 0;
}

/* ---- /proc/self/maps -----------------------------------------------------
 * The guest's view, as Linux would show it: built from the host's own maps
 * (the guest's mappings are host mappings inside the reservation, so the
 * host knows each one's file, offset, device, inode and private/shared)
 * split where the guest's page flags change (the host protections differ:
 * X implies R, decoded code is write-protected), with the guest's
 * permissions and addresses, the reservation's PROT_NONE left out, and the
 * anonymous areas Linux names named: the program's segments (rvjit copies
 * them), [heap], [stack], and the sigreturn trampoline as [vdso].  glibc's
 * %n check (__readonly_area) and gnulib's vma-iter/c-stack read it. */

struct maps_line { uint64_t lo, hi, off, ino; unsigned maj, min; char perm[5]; char name[4096]; };

static void maps_put(FILE *o, const struct maps_line *l)
{
    int n = fprintf(o, "%08llx-%08llx %s %08llx %02x:%02x %llu ", (unsigned long long)l->lo,
                    (unsigned long long)l->hi, l->perm, (unsigned long long)l->off, l->maj, l->min,
                    (unsigned long long)l->ino);
    if (l->name[0]) fprintf(o, "%*s%s", n < 72 ? 73 - n : 1, "", l->name);
    fputc('\n', o);
}

int mem_maps_fd(bool cloexec)
{
    FILE *h = fopen("/proc/self/maps", "re");
    if (!h) return -errno;
    char *buf = NULL;
    size_t cap = 0;
    FILE *o = open_memstream(&buf, &cap);
    if (!o) { fclose(h); return -ENOMEM; }
    struct stat exe_st;
    bool have_exe = rv_exe_path && stat(rv_exe_path, &exe_st) == 0;
    static struct maps_line cur, l;   /* under the GIL */
    bool have = false;
    char line[4096 + 128];
    const uint64_t base = (uint64_t)(uintptr_t)rv_mem;
    const uint64_t stack_lo = RV_STACK_TOP - RV_STACK_SIZE, heap_hi = pgup(rv_brk_cur);
    while (fgets(line, sizeof line, h)) {
        unsigned long long hs, he, off, ino;
        unsigned maj, min;
        char perm[5];
        int pos = 0;
        if (sscanf(line, "%llx-%llx %4s %llx %x:%x %llu %n", &hs, &he, perm, &off, &maj, &min, &ino, &pos) < 7)
            continue;
        if (he <= base || hs >= base + RV_SPACE) continue;
        char *path = line + pos;
        path[strcspn(path, "\n")] = 0;
        uint64_t lo = hs < base ? 0 : hs - base, hi = he - base > RV_SPACE ? RV_SPACE : he - base;
        for (uint64_t a = lo; a < hi;) {
            uint8_t f = rv_pflags[a / RV_PAGE] & (PG_MAPPED | PG_R | PG_W | PG_X);
            if (!f) {   /* the reservation: skip, 8 pages at a time where possible */
                a += RV_PAGE;
                while (a < hi && a / RV_PAGE % 8 == 0 && a + 8 * RV_PAGE <= hi) {
                    uint64_t w;
                    memcpy(&w, rv_pflags + a / RV_PAGE, 8);
                    if (w) break;
                    a += 8 * RV_PAGE;
                }
                continue;
            }
            uint64_t b = a + RV_PAGE, end = hi;   /* end: the next boundary of a named area */
            const uint64_t edges[] = { rv_brk_start, heap_hi, stack_lo, RV_STACK_TOP,
                                       rv_trampoline, rv_trampoline + RV_PAGE };
            for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
                if (edges[i] > a && edges[i] < end) end = edges[i];
            const struct RvSeg *seg = NULL;
            for (int i = 0; i < rv_image_nsegs; i++) {
                const struct RvSeg *g = &rv_image_segs[i];
                if (a >= g->lo && a < g->hi) seg = g;
                if (g->lo > a && g->lo < end) end = g->lo;
                if (g->hi > a && g->hi < end) end = g->hi;
            }
            while (b < end && (rv_pflags[b / RV_PAGE] & (PG_MAPPED | PG_R | PG_W | PG_X)) == f) b += RV_PAGE;
            memset(&l, 0, sizeof l);
            l.lo = a;
            l.hi = b;
            memcpy(l.perm, "---p", 5);
            if (f & PG_R) l.perm[0] = 'r';
            if (f & PG_W) l.perm[1] = 'w';
            if (f & PG_X) l.perm[2] = 'x';
            l.perm[3] = perm[3];
            if (ino) {   /* a file mapping */
                l.off = off + (a + base - hs);
                l.maj = maj;
                l.min = min;
                l.ino = ino;
                snprintf(l.name, sizeof l.name, "%s", path);
            } else if (seg && have_exe) {   /* rvjit copied the program: its name, its offsets */
                l.maj = major(exe_st.st_dev);
                l.min = minor(exe_st.st_dev);
                l.ino = exe_st.st_ino;
                l.off = seg->off + (a - seg->lo);
                snprintf(l.name, sizeof l.name, "%s", rv_exe_path);
            } else if (a >= rv_brk_start && a < heap_hi) {
                strcpy(l.name, "[heap]");
            } else if (a >= stack_lo && a < RV_STACK_TOP) {
                strcpy(l.name, "[stack]");
            } else if (a == rv_trampoline) {
                strcpy(l.name, "[vdso]");
            }
            if (have && cur.hi == l.lo && !strcmp(cur.perm, l.perm) && cur.ino == l.ino &&
                cur.maj == l.maj && cur.min == l.min && !strcmp(cur.name, l.name) &&
                (!l.ino || cur.off + (cur.hi - cur.lo) == l.off)) {
                cur.hi = l.hi;
            } else {
                if (have) maps_put(o, &cur);
                cur = l;
                have = true;
            }
            a = b;
        }
    }
    if (have) maps_put(o, &cur);
    fclose(h);
    fclose(o);
    int r = mem_bytes_fd(buf, cap, cloexec);
    free(buf);
    return r;
}

int mem_bytes_fd(const void *p, size_t len, bool cloexec)
{
    int fd = memfd_create("proc", cloexec ? MFD_CLOEXEC : 0);
    if (fd < 0) return -errno;
    size_t done = 0;
    while (done < len) {
        ssize_t n = write(fd, (const char *)p + done, len - done);
        if (n <= 0) break;
        done += (size_t)n;
    }
    if (done < len || lseek(fd, 0, SEEK_SET) != 0) {
        close(fd);
        return -EIO;
    }
    return fd;
}

/* ---- /proc/self/stat and status: the guest's memory figures ---------------
 * Sizes from the page flags, resident pages from mincore over the guest's
 * mappings (found through the host's maps, as for /proc/self/maps). */
void mem_usage(struct RvMemUsage *u)
{
    memset(u, 0, sizeof *u);
    u->size = rv_vm_pages * RV_PAGE;
    u->peak = rv_vm_peak * RV_PAGE;
    FILE *h = fopen("/proc/self/maps", "re");
    if (!h) return;
    char line[4096 + 128];
    const uint64_t base = (uint64_t)(uintptr_t)rv_mem;
    const uint64_t stack_lo = RV_STACK_TOP - RV_STACK_SIZE;
    static unsigned char vec[1024];   /* under the GIL */
    while (fgets(line, sizeof line, h)) {
        unsigned long long hs, he, off, ino;
        unsigned maj, min;
        char perm[5];
        if (sscanf(line, "%llx-%llx %4s %llx %x:%x %llu", &hs, &he, perm, &off, &maj, &min, &ino) < 7)
            continue;
        if (he <= base || hs >= base + RV_SPACE) continue;
        /* the reservation (and a guest PROT_NONE area: no data, code or
         * stack, and rarely resident) */
        if (!strcmp(perm, "---p")) continue;
        uint64_t lo = hs < base ? 0 : hs - base, hi = he - base > RV_SPACE ? RV_SPACE : he - base;
        for (uint64_t c = lo; c < hi; c += sizeof vec * RV_PAGE) {   /* a chunk at a time */
            uint64_t n = hi - c < sizeof vec * RV_PAGE ? hi - c : sizeof vec * RV_PAGE;
            bool any = false;
            for (uint64_t a = c; a < c + n && !any; a += RV_PAGE) any = rv_pflags[a / RV_PAGE] & PG_MAPPED;
            if (!any) continue;
            if (mincore(rv_mem + c, n, vec) != 0) memset(vec, 0, sizeof vec);
            for (uint64_t a = c; a < c + n; a += RV_PAGE) {
                uint8_t f = rv_pflags[a / RV_PAGE];
                if (!(f & PG_MAPPED)) continue;
                bool stack = a >= stack_lo && a < RV_STACK_TOP, image = false;
                for (int i = 0; i < rv_image_nsegs; i++)
                    if (a >= rv_image_segs[i].lo && a < rv_image_segs[i].hi) image = true;
                if (stack) u->stack += RV_PAGE;
                else if ((f & PG_W) && perm[3] == 'p') u->data += RV_PAGE;
                if ((f & PG_X) && !(f & PG_W) && !stack) u->exec += RV_PAGE;
                if (!(vec[(a - c) / RV_PAGE] & 1)) continue;
                u->rss += RV_PAGE;
                /* the program's read-only segments are file pages on Linux
                 * (rvjit copied them) */
                if (ino || (image && !(f & PG_W))) u->rss_file += RV_PAGE;
                else if (perm[3] == 's') u->rss_shmem += RV_PAGE;
                else u->rss_anon += RV_PAGE;
            }
        }
    }
    fclose(h);
}
