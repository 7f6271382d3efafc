/* System calls that real programs (busybox, GNU coreutils, diffutils,
 * gawk, make, ...) were seen to need under rvjit, each checked against
 * the Linux semantics (the same output under qemu-riscv64).  One block per
 * bug found; the program that showed it is named in the comment. */
#include "check.h"
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/fsuid.h>
#include <sys/select.h>
#include <time.h>
#include <fcntl.h>
#include <grp.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int got_chld;
static void on_chld(int sig) { (void)sig; got_chld++; }

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* a child that exits at once, reaped after its SIGCHLD is pending (blocked) */
static void pending_sigchld(void)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) _exit(0);
    waitpid(pid, NULL, 0);
}

extern char **environ;

int main(void)
{
    /* busybox nice: getpriority/setpriority (the raw syscall returns
     * 20 - nice; glibc converts) */
    {
        errno = 0;
        int p0 = getpriority(PRIO_PROCESS, 0);
        CHECK(errno == 0, "getpriority no error");
        CHECK(setpriority(PRIO_PROCESS, 0, p0 + 3 > 19 ? 19 : p0 + 3) == 0, "setpriority +3");
        errno = 0;
        int p1 = getpriority(PRIO_PROCESS, 0);
        CHECK(errno == 0 && p1 == (p0 + 3 > 19 ? 19 : p0 + 3), "getpriority sees the new nice");
        errno = 0;
        CHECK(nice(1) == (p1 + 1 > 19 ? 19 : p1 + 1) && errno == 0, "nice(1)");
        CHECK(getpriority(99, 0) == -1 && errno == EINVAL, "getpriority bad which EINVAL");
        CHECK(setpriority(PRIO_PROCESS, 0x7ffffff0, 0) == -1 && errno == ESRCH, "setpriority no such pid ESRCH");
    }
    /* coreutils cp -a / cp -r of a tree holding a fifo: mknodat */
    {
        char dir[] = "/tmp/rvjit-realsys-XXXXXX";
        CHECK(mkdtemp(dir) != NULL, "mkdtemp");
        int dfd = open(dir, O_RDONLY | O_DIRECTORY);
        CHECK(dfd >= 0, "open dir");
        CHECK(mkfifoat(dfd, "fifo", 0640) == 0, "mkfifoat");
        struct stat st;
        CHECK(fstatat(dfd, "fifo", &st, 0) == 0 && S_ISFIFO(st.st_mode), "fifo is S_IFIFO");
        CHECK(mknodat(dfd, "fifo", S_IFIFO | 0600, 0) == -1 && errno == EEXIST, "mknodat existing EEXIST");
        CHECK(mknodat(dfd, "reg", S_IFREG | 0600, 0) == 0, "mknodat S_IFREG");
        CHECK(fstatat(dfd, "reg", &st, 0) == 0 && S_ISREG(st.st_mode) && st.st_size == 0, "regular file made by mknod");
        CHECK(mknodat(dfd, "nodir/x", S_IFIFO | 0600, 0) == -1 && errno == ENOENT, "mknodat ENOENT");
        unlinkat(dfd, "fifo", 0);
        unlinkat(dfd, "reg", 0);
        close(dfd);
        rmdir(dir);
    }
    /* coreutils stat -f, df: statfs / fstatfs (struct statfs is the same
     * 120 bytes on both ABIs) */
    {
        struct statfs a, b;
        memset(&a, 0x55, sizeof a);
        memset(&b, 0xaa, sizeof b);
        CHECK(statfs("/", &a) == 0, "statfs /");
        int fd = open("/", O_RDONLY | O_DIRECTORY);
        CHECK(fstatfs(fd, &b) == 0, "fstatfs /");
        close(fd);
        CHECK(a.f_type == b.f_type && a.f_bsize == b.f_bsize && a.f_blocks == b.f_blocks &&
              a.f_namelen == b.f_namelen && a.f_frsize == b.f_frsize, "statfs == fstatfs");
        CHECK(a.f_bsize > 0 && a.f_namelen >= 14 && a.f_spare[0] == 0, "statfs fields sane");
        struct statvfs v;
        CHECK(statvfs("/", &v) == 0 && v.f_bsize == (unsigned long)a.f_bsize && v.f_blocks == a.f_blocks, "statvfs");
        CHECK(statfs("/nonexistent/x", &a) == -1 && errno == ENOENT, "statfs ENOENT");
        CHECK(fstatfs(-1, &a) == -1 && errno == EBADF, "fstatfs EBADF");
    }
    /* GNU make: posix_spawn with POSIX_SPAWN_RESETIDS calls seteuid /
     * setegid (setresuid, setresgid) in the child; the set*id family */
    {
        CHECK(setuid(getuid()) == 0, "setuid(getuid())");
        CHECK(setgid(getgid()) == 0, "setgid(getgid())");
        CHECK(setreuid((uid_t)-1, (uid_t)-1) == 0, "setreuid(-1, -1)");
        CHECK(setregid((gid_t)-1, (gid_t)-1) == 0, "setregid(-1, -1)");
        CHECK(setresuid((uid_t)-1, geteuid(), (uid_t)-1) == 0, "setresuid");
        CHECK(setresgid((gid_t)-1, getegid(), (gid_t)-1) == 0, "setresgid");
        CHECK(seteuid(geteuid()) == 0 && setegid(getegid()) == 0, "seteuid/setegid");
        CHECK(setfsuid((uid_t)-1) == (int)geteuid(), "setfsuid(-1) returns the fsuid");
        CHECK(setfsgid((gid_t)-1) == (int)getegid(), "setfsgid(-1) returns the fsgid");
        gid_t g[64];
        int ng = getgroups(64, g);
        int r = ng >= 0 ? setgroups((size_t)ng, g) : -1;
        CHECK(r == 0 || errno == EPERM, "setgroups(same) ok or EPERM");
        CHECK(setgroups(1, (gid_t *)8) == -1 && (errno == EFAULT || errno == EPERM), "setgroups bad pointer");
        posix_spawnattr_t at;
        posix_spawnattr_init(&at);
        posix_spawnattr_setflags(&at, POSIX_SPAWN_RESETIDS);
        pid_t pid;
        char *av[] = {"true", NULL};
        int st = -1;
        fflush(stdout);
        CHECK(posix_spawn(&pid, "/bin/true", NULL, &at, av, environ) == 0 &&
              waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0,
              "posix_spawn RESETIDS /bin/true exits 0");
        posix_spawnattr_destroy(&at);
    }
    /* GNU make -j: pselect with a mask that unblocks SIGCHLD; a SIGCHLD
     * pending while blocked must interrupt it at once (both pselect6 and
     * ppoll take the temporary mask) */
    {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_chld;
        sigaction(SIGCHLD, &sa, NULL);
        sigset_t chld, empty, old;
        sigemptyset(&chld);
        sigaddset(&chld, SIGCHLD);
        sigemptyset(&empty);
        sigprocmask(SIG_BLOCK, &chld, &old);
        int p[2];
        CHECK(pipe(p) == 0, "pipe");
        /* plain select: timeout, then readable; the timeval is updated */
        fd_set rs;
        FD_ZERO(&rs);
        FD_SET(p[0], &rs);
        struct timeval tv = {0, 50000};
        double t0 = now_s();
        CHECK(select(p[0] + 1, &rs, NULL, NULL, &tv) == 0 && !FD_ISSET(p[0], &rs), "select times out");
        CHECK(now_s() - t0 >= 0.045 && tv.tv_sec == 0 && tv.tv_usec == 0, "select waited, timeval left 0");
        CHECK(write(p[1], "x", 1) == 1, "write pipe");
        FD_ZERO(&rs);
        FD_SET(p[0], &rs);
        tv.tv_sec = 5;
        tv.tv_usec = 0;
        CHECK(select(p[0] + 1, &rs, NULL, NULL, &tv) == 1 && FD_ISSET(p[0], &rs), "select readable");
        CHECK(tv.tv_sec >= 4 && tv.tv_sec <= 5, "select timeval holds the time left");
        char c;
        CHECK(read(p[0], &c, 1) == 1, "drain pipe");
        /* the pending, blocked SIGCHLD interrupts pselect at once */
        got_chld = 0;
        pending_sigchld();
        CHECK(got_chld == 0, "SIGCHLD blocked, not delivered");
        FD_ZERO(&rs);
        FD_SET(p[0], &rs);
        struct timespec ts = {3, 0};
        t0 = now_s();
        int r = pselect(p[0] + 1, &rs, NULL, NULL, &ts, &empty);
        CHECK(r == -1 && errno == EINTR && got_chld == 1, "pselect: pending SIGCHLD interrupts");
        CHECK(now_s() - t0 < 1.5, "pselect returned at once");
        sigset_t cur;
        sigprocmask(SIG_BLOCK, NULL, &cur);
        CHECK(sigismember(&cur, SIGCHLD) == 1, "pselect restored the blocked mask");
        /* the mask is not changed for an ordinary return */
        CHECK(write(p[1], "y", 1) == 1, "write pipe 2");
        got_chld = 0;
        FD_ZERO(&rs);
        FD_SET(p[0], &rs);
        CHECK(pselect(p[0] + 1, &rs, NULL, NULL, &ts, &empty) == 1 && got_chld == 0, "pselect readable, no signal");
        CHECK(read(p[0], &c, 1) == 1, "drain pipe 2");
        /* the same for ppoll */
        got_chld = 0;
        pending_sigchld();
        struct pollfd pf = { p[0], POLLIN, 0 };
        t0 = now_s();
        r = ppoll(&pf, 1, &ts, &empty);
        CHECK(r == -1 && errno == EINTR && got_chld == 1, "ppoll: pending SIGCHLD interrupts");
        CHECK(now_s() - t0 < 1.5, "ppoll returned at once");
        sigprocmask(SIG_BLOCK, NULL, &cur);
        CHECK(sigismember(&cur, SIGCHLD) == 1, "ppoll restored the blocked mask");
        /* ppoll without a mask: SIGCHLD stays blocked, the timeout runs out */
        got_chld = 0;
        pending_sigchld();
        struct timespec shortts = {0, 100000000};
        CHECK(ppoll(&pf, 1, &shortts, NULL) == 0 && got_chld == 0, "ppoll without mask: blocked signal waits");
        sigprocmask(SIG_SETMASK, &old, NULL);
        CHECK(got_chld == 1, "SIGCHLD delivered when unblocked");
        /* a bad sigset size */
        CHECK(syscall(SYS_ppoll, &pf, 1, &ts, &empty, 4) == -1 && errno == EINVAL, "ppoll sigsetsize 4 EINVAL");
        close(p[0]);
        close(p[1]);
        signal(SIGCHLD, SIG_DFL);
    }
    return check_done();
}
