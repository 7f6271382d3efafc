/* Process and system queries: getrandom, uname, pids, credentials,
 * getcwd/chdir, pipes + dup/dup2/dup3, fcntl, SIGPIPE/EPIPE, sysconf,
 * rlimits.  Only invariants are printed.                                  */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "check.h"

static volatile sig_atomic_t hits, last_signo;
static void on_usr(int sig, siginfo_t *si, void *ctx)
{
    (void)ctx;
    hits++;
    last_signo = si->si_signo == sig ? sig : -1;
}

int main(void)
{
    /* getrandom */
    {
        unsigned char a[64], b[64];
        memset(a, 0, sizeof a);
        memset(b, 0, sizeof b);
        CHECK(getrandom(a, sizeof a, 0) == 64, "getrandom 64");
        CHECK(getrandom(b, sizeof b, GRND_NONBLOCK) == 64, "getrandom nonblock");
        int nz = 0;
        for (int i = 0; i < 64; i++) nz += a[i] != 0;
        CHECK(nz > 32, "getrandom not zero");
        CHECK(memcmp(a, b, sizeof a) != 0, "getrandom differs");
        unsigned char big[100000];
        ssize_t n = getrandom(big, sizeof big, 0);
        CHECK(n > 0 && n <= (ssize_t)sizeof big, "getrandom large");
    }
    /* uname */
    {
        struct utsname u;
        CHECK(uname(&u) == 0, "uname");
        printf("  sysname %s machine %s\n", u.sysname, u.machine);
        CHECK_STR(u.sysname, "Linux", "uname sysname");
        CHECK_STR(u.machine, "riscv64", "uname machine");
        CHECK(strlen(u.release) > 0 && strlen(u.nodename) > 0, "uname release/nodename");
    }
    /* pids and credentials */
    {
        pid_t p = getpid();
        /* In a container the parent or the session leader may live outside
         * our pid namespace, where Linux reports them as 0: only a negative
         * value is wrong. */
        CHECK(p > 0 && getppid() >= 0, "getpid positive, getppid not negative");
        CHECK(p == (pid_t)syscall(SYS_getpid), "getpid syscall");
        CHECK(gettid() == p, "gettid == pid in main thread");
        CHECK(getuid() == geteuid() && getgid() == getegid(), "uid/gid");
        CHECK(getpgrp() >= 0 && getsid(0) >= 0 && getpgid(0) == getpgrp(), "pgrp/sid");
        uid_t r, e, s;
        CHECK(getresuid(&r, &e, &s) == 0 && r == getuid(), "getresuid");
        CHECK(kill(p, 0) == 0, "kill(self, 0)");
    }
    /* getcwd / chdir */
    {
        char old[4096], cwd[4096];
        CHECK(getcwd(old, sizeof old) != NULL && old[0] == '/', "getcwd absolute");
        CHECK(chdir("/") == 0 && getcwd(cwd, sizeof cwd) && !strcmp(cwd, "/"), "chdir /");
        CHECK(chdir("/usr") == 0 && getcwd(cwd, sizeof cwd) && !strcmp(cwd, "/usr"), "chdir /usr");
        CHECK(chdir("/nonexistent-rvjit") == -1 && errno == ENOENT, "chdir ENOENT");
        CHECK(getcwd(cwd, 2) == NULL && errno == ERANGE, "getcwd ERANGE");
        char *dyn = getcwd(NULL, 0);
        CHECK(dyn && !strcmp(dyn, "/usr"), "getcwd(NULL)");
        free(dyn);
        int fd = open("/", O_RDONLY | O_DIRECTORY);
        CHECK(fd >= 0 && fchdir(fd) == 0 && getcwd(cwd, sizeof cwd) && !strcmp(cwd, "/"), "fchdir");
        close(fd);
        CHECK(chdir(old) == 0, "chdir back");
    }
    /* pipes and dup */
    {
        int p[2];
        char buf[64];
        CHECK(pipe(p) == 0 && p[0] >= 3 && p[1] > p[0], "pipe");
        CHECK(write(p[1], "hello", 5) == 5, "write pipe");
        CHECK(read(p[0], buf, sizeof buf) == 5 && !memcmp(buf, "hello", 5), "read pipe");
        int d = dup(p[1]);
        CHECK(d > p[1], "dup");
        CHECK(write(d, "via dup", 7) == 7 && read(p[0], buf, 7) == 7 && !memcmp(buf, "via dup", 7), "write via dup");
        CHECK(dup2(p[1], 42) == 42 && write(42, "x", 1) == 1 && read(p[0], buf, 1) == 1 && buf[0] == 'x', "dup2");
        CHECK(dup3(p[1], 43, O_CLOEXEC) == 43 && (fcntl(43, F_GETFD) & FD_CLOEXEC), "dup3 O_CLOEXEC");
        CHECK(!(fcntl(42, F_GETFD) & FD_CLOEXEC), "dup2 clears CLOEXEC");
        CHECK(fcntl(p[1], F_DUPFD, 100) >= 100, "F_DUPFD");
        int fl = fcntl(p[0], F_GETFL);
        CHECK(fcntl(p[0], F_SETFL, fl | O_NONBLOCK) == 0 && read(p[0], buf, 1) == -1 && errno == EAGAIN,
              "O_NONBLOCK EAGAIN");
        /* a 200 KiB transfer in pieces through the pipe (buffer is 64 KiB) */
        fcntl(p[0], F_SETFL, fl);
        close(d); close(42); close(43); close(100);
        static char big[200000], got[200000];
        for (int i = 0; i < (int)sizeof big; i++) big[i] = (char)(i * 13);
        size_t w = 0, r = 0;
        fcntl(p[1], F_SETFL, O_NONBLOCK);
        while (r < sizeof big) {
            if (w < sizeof big) {
                ssize_t n = write(p[1], big + w, sizeof big - w);
                if (n > 0) w += (size_t)n;
            }
            ssize_t n = read(p[0], got + r, sizeof got - r);
            if (n > 0) r += (size_t)n;
        }
        CHECK(memcmp(big, got, sizeof big) == 0, "pipe 200 KiB transfer");
        close(p[1]);
        CHECK(read(p[0], buf, 1) == 0, "EOF after writer closes");
        close(p[0]);
        CHECK(pipe2(p, O_CLOEXEC) == 0 && (fcntl(p[0], F_GETFD) & FD_CLOEXEC), "pipe2 O_CLOEXEC");
        close(p[0]);
        signal(SIGPIPE, SIG_IGN);
        CHECK(write(p[1], "x", 1) == -1 && errno == EPIPE, "EPIPE with SIGPIPE ignored");
        close(p[1]);
        CHECK(write(p[1], "x", 1) == -1 && errno == EBADF, "write closed fd EBADF");
    }
    /* redirect stdout through dup2 into a pipe and back */
    {
        int p[2], saved = dup(1);
        char buf[64] = "";
        fflush(stdout);
        pipe(p);
        dup2(p[1], 1);
        write(1, "captured", 8);
        dup2(saved, 1);
        close(saved);
        close(p[1]);
        ssize_t n = read(p[0], buf, sizeof buf - 1);
        close(p[0]);
        CHECK(n == 8 && !strcmp(buf, "captured"), "stdout redirected via dup2");
    }
    /* sysconf / rlimits */
    {
        CHECK(sysconf(_SC_PAGESIZE) == 4096, "pagesize 4096");
        CHECK(sysconf(_SC_NPROCESSORS_ONLN) >= 1, "nprocs >= 1");
        CHECK(sysconf(_SC_CLK_TCK) == 100, "CLK_TCK 100");
        struct rlimit rl;
        CHECK(getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur > 0, "getrlimit STACK");
        CHECK(getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur >= 64, "getrlimit NOFILE");
        struct rusage ru;
        CHECK(getrusage(RUSAGE_SELF, &ru) == 0, "getrusage");
        CHECK(sysconf(_SC_OPEN_MAX) >= 64, "OPEN_MAX");
    }
    /* signals: handlers run for raise(), sigprocmask defers delivery */
    {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = on_usr;
        sa.sa_flags = SA_SIGINFO;
        CHECK(sigaction(SIGUSR1, &sa, NULL) == 0, "sigaction");
        raise(SIGUSR1);
        CHECK(hits == 1 && last_signo == SIGUSR1, "signal handler runs");
        sigset_t set, old;
        sigemptyset(&set);
        sigaddset(&set, SIGUSR1);
        sigprocmask(SIG_BLOCK, &set, &old);
        raise(SIGUSR1);
        CHECK(hits == 1, "blocked signal pending");
        sigset_t pend;
        sigpending(&pend);
        CHECK(sigismember(&pend, SIGUSR1), "sigpending");
        sigprocmask(SIG_SETMASK, &old, NULL);
        CHECK(hits == 2, "unblocked signal delivered");
    }
    return check_done();
}
