/* What gnulib (inside GNU m4, tar, cpio, ...) relies on, found by running
 * m4's gnulib unit tests under rvjit and qemu-riscv64: the guest's own
 * /proc/self/maps (glibc's fortified %n check, gnulib's vma-iter and
 * c-stack read it), fcntl commands on bad descriptors, munmap at the
 * mapping count limit.  One block per bug; the gnulib test is named. */
#undef _FORTIFY_SOURCE
#define _FORTIFY_SOURCE 2   /* printf's %n check reads /proc/self/maps */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <netdb.h>
#include <unistd.h>

struct area { uintptr_t lo, hi; char perm[5]; unsigned long long off; unsigned long ino; char name[256]; };
static struct area areas[512];
static int nareas;

static int read_maps(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[512];
    nareas = 0;
    while (fgets(line, sizeof line, f) && nareas < 512) {
        struct area *a = &areas[nareas];
        int pos = 0;
        unsigned maj, min;
        if (sscanf(line, "%lx-%lx %4s %llx %x:%x %lu %n", &a->lo, &a->hi, a->perm, &a->off, &maj, &min,
                   &a->ino, &pos) < 7) {
            fclose(f);
            return -2;
        }
        snprintf(a->name, sizeof a->name, "%s", line + pos);
        a->name[strcspn(a->name, "\n")] = 0;
        nareas++;
    }
    fclose(f);
    return nareas;
}

static const struct area *area_of(const void *p)
{
    for (int i = 0; i < nareas; i++)
        if ((uintptr_t)p >= areas[i].lo && (uintptr_t)p < areas[i].hi) return &areas[i];
    return NULL;
}

static int dummy_fn(int x) { return x + 1; }
static int (*volatile fnp)(int) = dummy_fn;

extern char **environ;

int main(int argc, char **argv)
{
    long pg = sysconf(_SC_PAGESIZE);
    /* the rest of the guest's /proc/self that rvjit showed as its own (the
     * emulator's command line, auxv, environment): cmdline, environ, auxv */
    {
        char b[8192], want[8192];
        size_t wl = 0;
        for (int i = 0; i < argc; i++) {
            size_t l = strlen(argv[i]) + 1;
            memcpy(want + wl, argv[i], l);
            wl += l;
        }
        int fd = open("/proc/self/cmdline", O_RDONLY);
        ssize_t n = read(fd, b, sizeof b);
        CHECK(n == (ssize_t)wl && !memcmp(b, want, wl), "proc: /proc/self/cmdline is argv");
        close(fd);
        fd = open("/proc/self/environ", O_RDONLY);
        n = read(fd, b, sizeof b);
        bool has = false;   /* environ[0] is one of its entries (qemu reverses the order) */
        for (ssize_t i = 0; environ[0] && i < n; i += (ssize_t)strlen(b + i) + 1)
            if (!strcmp(b + i, environ[0])) has = true;
        CHECK(n > 0 && b[n - 1] == 0 && has, "proc: /proc/self/environ holds the environment");
        close(fd);
        unsigned long v[256];
        fd = open("/proc/self/auxv", O_RDONLY | O_CLOEXEC);
        n = read(fd, v, sizeof v);
        int found = 0, same = 0;
        for (ssize_t i = 0; i + 1 < n / 8; i += 2) {
            if (v[i] == AT_PAGESZ || v[i] == AT_ENTRY || v[i] == AT_HWCAP || v[i] == AT_PHDR || v[i] == AT_RANDOM) {
                found++;
                same += v[i + 1] == getauxval(v[i]);
            }
        }
        CHECK(n % 16 == 0 && v[n / 8 - 2] == AT_NULL && found == 5 && same == 5, "proc: /proc/self/auxv is the auxv");
        close(fd);
    }
    /* test-vasprintf-posix: a fortified printf with %n checks that the
     * format is in read-only memory (glibc's __readonly_area reads
     * /proc/self/maps); rvjit showed the host's maps, so every %n aborted
     * with "%n in writable segment detected" */
    {
        char buf[64];
        int n = -1;
        snprintf(buf, sizeof buf, "abc%n def", &n);
        CHECK(n == 3 && !strcmp(buf, "abc def"), "fortified %%n with a constant format");
    }
    /* test-explicit_bzero, c-stack, vma-iter: the guest's address space */
    {
        char exe[512];
        ssize_t el = readlink("/proc/self/exe", exe, sizeof exe - 1);
        exe[el > 0 ? el : 0] = 0;
        char tmp[] = "/tmp/rvjit-gnulib-XXXXXX";
        int fd = mkstemp(tmp);
        char page[8192];
        memset(page, 'x', sizeof page);
        CHECK(fd >= 0 && write(fd, page, sizeof page) == (ssize_t)sizeof page, "temp file");
        char *fm = mmap(NULL, (size_t)pg, PROT_READ, MAP_PRIVATE, fd, pg);
        char *none = mmap(NULL, 3 * (size_t)pg, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        char *sh = mmap(NULL, (size_t)pg, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        char *rw = mmap(NULL, 4 * (size_t)pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        mprotect(rw + pg, (size_t)pg, PROT_READ);   /* rw- r-- rw- rw- */
        char *heap = malloc(64);
        int stack_var = 0;
        static const char rodata[] = "read only";
        static char data[] = "data";
        int n = read_maps("/proc/self/maps");
        CHECK(n > 5, "maps: read %s", n > 5 ? "lines" : "failed");
        bool sorted = true;
        for (int i = 0; i < nareas; i++) {
            if (areas[i].lo >= areas[i].hi || areas[i].lo % (uintptr_t)pg || areas[i].hi % (uintptr_t)pg) sorted = false;
            if (i && areas[i].lo < areas[i - 1].hi) sorted = false;
        }
        CHECK(sorted, "maps: page-aligned, ascending, no overlaps");
        const struct area *a = area_of((void *)(uintptr_t)fnp);
        CHECK(a && a->perm[0] == 'r' && a->perm[2] == 'x' && a->perm[1] == '-' && !strcmp(a->name, exe),
              "maps: code is r-x and named after the program");
        a = area_of(rodata);
        CHECK(a && a->perm[0] == 'r' && a->perm[1] == '-', "maps: a string constant is read-only");
        a = area_of(data);
        CHECK(a && !strncmp(a->perm, "rw", 2), "maps: .data is writable");
        a = area_of(heap);
        CHECK(a && !strncmp(a->perm, "rw-p", 4) && (!strcmp(a->name, "[heap]") || !a->name[0]),
              "maps: malloc'd memory rw-p (heap)");
        a = area_of(&stack_var);
        CHECK(a && !strncmp(a->perm, "rw", 2) && !strcmp(a->name, "[stack]"), "maps: [stack]");
        a = area_of(fm);
        CHECK(a && !strcmp(a->perm, "r--p") && a->off == (unsigned long long)pg && a->ino != 0 && !strcmp(a->name, tmp),
              "maps: file mapping: r--p, offset, inode, path");
        a = area_of(none);
        CHECK(a && !strcmp(a->perm, "---p") && a->lo <= (uintptr_t)none && a->hi >= (uintptr_t)(none + 3 * pg),
              "maps: PROT_NONE mapping ---p");
        a = area_of(sh);
        CHECK(a && a->perm[3] == 's', "maps: shared mapping 's'");
        const struct area *r0 = area_of(rw), *r1 = area_of(rw + pg), *r2 = area_of(rw + 2 * pg);
        CHECK(r0 && r1 && r2 && !strcmp(r0->perm, "rw-p") && !strcmp(r1->perm, "r--p") && !strcmp(r2->perm, "rw-p") &&
              r0->hi == (uintptr_t)(rw + pg) && r1->lo == (uintptr_t)(rw + pg) && r1->hi == (uintptr_t)(rw + 2 * pg),
              "maps: mprotect splits an area");
        munmap(none, 3 * (size_t)pg);
        read_maps("/proc/self/maps");
        CHECK(area_of(none) == NULL && area_of(none + 2 * pg) == NULL, "maps: an unmapped range is gone");
        char own[64];
        snprintf(own, sizeof own, "/proc/%d/maps", (int)getpid());
        int n1 = read_maps("/proc/self/maps");
        uintptr_t first = areas[0].lo;
        int n2 = read_maps(own);
        CHECK(n2 == n1 && areas[0].lo == first, "maps: /proc/<own pid>/maps is the same");
        munmap(fm, (size_t)pg);
        munmap(sh, (size_t)pg);
        munmap(rw, 4 * (size_t)pg);
        free(heap);
        close(fd);
        unlink(tmp);
    }
    /* test-fcntl: F_GETOWN and friends were EINVAL, even on a bad descriptor
     * (an unknown command on a bad one is EBADF on Linux, as rvjit does now,
     * but EINVAL under qemu 7.2: not checked here) */
    {
        int fds[2];
        CHECK(pipe(fds) == 0, "pipe");
        errno = 0;
        CHECK(fcntl(-1, F_GETOWN) == -1 && errno == EBADF, "fcntl F_GETOWN bad fd EBADF");
        errno = 0;
        CHECK(fcntl(fds[1] + 10, F_SETOWN, getpid()) == -1 && errno == EBADF, "fcntl F_SETOWN bad fd EBADF");
        CHECK(fcntl(fds[0], F_SETOWN, getpid()) == 0 && fcntl(fds[0], F_GETOWN) == getpid(), "fcntl F_SETOWN/F_GETOWN");
        struct f_owner_ex ox = {0, 0};
        CHECK(fcntl(fds[0], F_GETOWN_EX, &ox) == 0 && ox.type == F_OWNER_PID && ox.pid == getpid(), "fcntl F_GETOWN_EX");
        CHECK(fcntl(fds[0], F_SETSIG, SIGUSR1) == 0 && fcntl(fds[0], F_GETSIG) == SIGUSR1, "fcntl F_SETSIG/F_GETSIG");
        CHECK(fcntl(fds[0], F_GETLEASE) == F_UNLCK, "fcntl F_GETLEASE: F_UNLCK");
        errno = 0;
        CHECK(fcntl(fds[0], 0x7777) == -1 && errno == EINVAL, "fcntl unknown cmd: EINVAL");
        close(fds[0]);
        close(fds[1]);
    }
    /* test-free: munmap in the middle of a mapping when the process is at
     * its mapping count limit fails with ENOMEM and changes nothing; rvjit
     * died ("cannot re-reserve guest memory") */
    {
        size_t big = 64 * (size_t)pg;
        char *b = mmap(NULL, big, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        memset(b, 1, big);
        int fd = open("/proc/self/exe", O_RDONLY);
        static void *maps[70000];
        int n = 0;
        while (n < 70000) {
            void *p = mmap(NULL, (size_t)pg, PROT_READ, MAP_PRIVATE, fd, 0);
            if (p == MAP_FAILED) break;
            maps[n++] = p;
        }
        int e = errno;
        CHECK(n > 1000 && n < 70000 && e == ENOMEM, "mmap up to the mapping count limit: ENOMEM");
        errno = 0;
        int r = munmap(b + 8 * pg, (size_t)pg);
        CHECK(r == -1 && errno == ENOMEM, "munmap splitting a mapping at the limit: ENOMEM");
        b[8 * pg] = 2;   /* still mapped */
        CHECK(b[8 * pg] == 2 && b[8 * pg + 1] == 1, "the mapping is intact");
        for (int i = 0; i < n; i++) munmap(maps[i], (size_t)pg);
        CHECK(munmap(b + 8 * pg, (size_t)pg) == 0, "munmap works again below the limit");
        void *p = mmap(b + 8 * pg, (size_t)pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        CHECK(p == b + 8 * pg && ((char *)p)[0] == 0, "and the hole can be mapped again");
        munmap(b, big);
        close(fd);
    }
    /* test-getaddrinfo (coreutils' gnulib tests): glibc's resolver sends
     * its A and AAAA queries with sendmmsg, which was ENOSYS (getaddrinfo
     * then said EAI_AGAIN, "no network?"); recvmmsg with it */
    {
        int sv[2];
        CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) == 0, "mmsg: socketpair");
        char d0[] = "first", d1[] = "second!", d2[] = "3";
        struct iovec siov[3] = { { d0, 5 }, { d1, 7 }, { d2, 1 } };
        struct mmsghdr sm[3];
        memset(sm, 0, sizeof sm);
        for (int i = 0; i < 3; i++) {
            sm[i].msg_hdr.msg_iov = &siov[i];
            sm[i].msg_hdr.msg_iovlen = 1;
        }
        CHECK(sendmmsg(sv[0], sm, 3, 0) == 3, "mmsg: sendmmsg sends 3");
        CHECK(sm[0].msg_len == 5 && sm[1].msg_len == 7 && sm[2].msg_len == 1, "mmsg: sendmmsg msg_len");
        char r[3][16];
        struct iovec riov[3] = { { r[0], 16 }, { r[1], 16 }, { r[2], 16 } };
        struct mmsghdr rm[4];
        memset(rm, 0, sizeof rm);
        memset(r, 0, sizeof r);
        for (int i = 0; i < 3; i++) {
            rm[i].msg_hdr.msg_iov = &riov[i];
            rm[i].msg_hdr.msg_iovlen = 1;
        }
        CHECK(recvmmsg(sv[1], rm, 2, 0, NULL) == 2, "mmsg: recvmmsg takes 2");
        CHECK(rm[0].msg_len == 5 && rm[1].msg_len == 7 && !strcmp(r[0], "first") && !strcmp(r[1], "second!"),
              "mmsg: recvmmsg lengths and data");
        CHECK(recvmmsg(sv[1], rm + 2, 1, 0, NULL) == 1 && rm[2].msg_len == 1 && r[2][0] == '3',
              "mmsg: the third");
        CHECK(recvmmsg(sv[1], rm, 1, MSG_DONTWAIT, NULL) == -1 && errno == EAGAIN, "mmsg: empty, MSG_DONTWAIT EAGAIN");
        CHECK(sendmmsg(sv[0], (struct mmsghdr *)8, 1, 0) == -1 && errno == EFAULT, "mmsg: bad vector EFAULT");
        close(sv[0]);
        close(sv[1]);
        struct addrinfo *ai = NULL, hints;
        memset(&hints, 0, sizeof hints);
        hints.ai_family = AF_INET;
        int g = getaddrinfo("localhost", "80", &hints, &ai);
        CHECK(g == 0 && ai && ai->ai_family == AF_INET, "getaddrinfo localhost");
        if (ai) freeaddrinfo(ai);
    }
    return check_done();
}
