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
    return check_done();
}
