/* Signal behaviour that real programs (GNU tar, sqlite3, ...) were seen to
 * need under rvjit, each checked against Linux (the same output under
 * qemu-riscv64).  One block per bug found; the program is named there. */
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void block(int sig)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    sigprocmask(SIG_BLOCK, &s, NULL);
}

/* a fork that reports one result byte per check through a pipe and its
 * end through the wait status */
struct kid { pid_t pid; int res, go; };

static struct kid spawn(void (*body)(int res, int go))
{
    int r[2], g[2];
    if (pipe(r) || pipe(g)) abort();
    fflush(stdout);
    struct kid k = { fork(), r[0], g[1] };
    if (k.pid == 0) {
        close(r[0]);
        close(g[1]);
        body(r[1], g[0]);
        _exit(0);
    }
    close(r[1]);
    close(g[0]);
    return k;
}

static int get(struct kid *k)
{
    unsigned char c;
    return read(k->res, &c, 1) == 1 ? c : -1;
}

static void put(int fd, int v)
{
    unsigned char c = (unsigned char)v;
    if (write(fd, &c, 1) != 1) _exit(9);
}

/* GNU tar's --checkpoint-action=wait=SIGUSR1 (driven by the test suite's
 * genfile, which sends SIGUSR1 from another process): a signal blocked with
 * the default action stays pending — a blocking call is not interrupted, the
 * process is not killed — until sigwait takes it.  rvjit let the host
 * kernel act on it: the process died of SIGUSR1. */
static void tar_wait(int res, int go)
{
    block(SIGUSR1);
    put(res, 'r');
    char c;
    errno = 0;
    ssize_t n = read(go, &c, 1);   /* SIGUSR1 arrives meanwhile, then the byte */
    put(res, n == 1 && c == 'g');
    sigset_t p;
    sigpending(&p);
    put(res, sigismember(&p, SIGUSR1) == 1);
    sigset_t w;
    sigemptyset(&w);
    sigaddset(&w, SIGUSR1);
    int sig = 0;
    put(res, sigwait(&w, &sig) == 0 && sig == SIGUSR1);
    sigpending(&p);
    put(res, sigismember(&p, SIGUSR1) == 0);
}

/* the same for a sleep: it goes on for its whole time */
static void sleep_blocked(int res, int go)
{
    block(SIGUSR2);
    put(res, 'r');
    double t0 = now_s();
    struct timespec ts = { 0, 300000000 }, rem = { 9, 9 };
    int r = nanosleep(&ts, &rem);   /* SIGUSR2 arrives after ~50 ms */
    double dt = now_s() - t0;
    put(res, r == 0 && dt >= 0.29);
    put(res, rem.tv_sec == 9 && rem.tv_nsec == 9);   /* untouched: not interrupted */
    t0 = now_s();
    ts.tv_nsec = 200000000;
    r = clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, NULL);   /* a second SIGUSR2 */
    put(res, r == 0 && now_s() - t0 >= 0.19);
    (void)go;
}

/* the same with a handler: the blocking call goes on (rvjit returned
 * EINTR to the guest, which Linux never does for a blocked signal), the
 * handler runs when the signal is unblocked */
static volatile int handled;
static void on_usr1(int sig) { (void)sig; handled++; }

static void handler_blocked(int res, int go)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;   /* no SA_RESTART */
    sigaction(SIGUSR1, &sa, NULL);
    block(SIGUSR1);
    put(res, 'r');
    char c;
    errno = 0;
    ssize_t n = read(go, &c, 1);
    put(res, n == 1 && handled == 0);
    sigset_t un;
    sigemptyset(&un);
    sigaddset(&un, SIGUSR1);
    sigprocmask(SIG_UNBLOCK, &un, NULL);
    put(res, handled == 1);
}

/* a blocked SIGTERM with the default action kills when it is unblocked */
static void term_later(int res, int go)
{
    block(SIGTERM);
    put(res, 'r');
    char c;
    put(res, read(go, &c, 1) == 1);   /* SIGTERM came before the byte */
    sigset_t un;
    sigemptyset(&un);
    sigaddset(&un, SIGTERM);
    sigprocmask(SIG_UNBLOCK, &un, NULL);
    put(res, 'X');   /* never reached */
}

/* a signal thread: every thread blocks SIGUSR1 and one takes it with
 * sigwait, the usual pattern of threaded servers.  The host kernel hands
 * the signal to any thread (here mostly the main one, blocked in read);
 * rvjit left it pending there, so sigwait never returned */
static int sw_pipe[2];
static void *sig_thread(void *arg)
{
    (void)arg;
    sigset_t w;
    sigemptyset(&w);
    sigaddset(&w, SIGUSR1);
    int sig = 0;
    int r = sigwait(&w, &sig);
    char c = r == 0 && sig == SIGUSR1 ? 'y' : 'n';
    if (write(sw_pipe[1], &c, 1) != 1) abort();
    return NULL;
}

static void signal_thread(int res, int go)
{
    (void)go;
    block(SIGUSR1);
    alarm(10);   /* the hang this catches: dies of SIGALRM */
    if (pipe(sw_pipe)) _exit(8);
    pthread_t t;
    pthread_create(&t, NULL, sig_thread, NULL);
    put(res, 'r');
    char c = 0;
    ssize_t n = read(sw_pipe[0], &c, 1);   /* SIGUSR1 comes meanwhile */
    put(res, n == 1 && c == 'y');
    pthread_join(t, NULL);
}

/* sigqueue (rt_sigqueueinfo: ENOSYS before) to another process and to
 * itself, and a real-time signal from outside with a guest handler (the
 * host's default action killed rvjit: real-time signals were not
 * mirrored): the handler sees the value and SI_QUEUE */
static volatile int rt_got, rt_val, rt_code;
static void on_rt(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    rt_got = sig;
    rt_val = si->si_value.sival_int;
    rt_code = si->si_code;
}

static void rt_queue(int res, int go)
{
    (void)go;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_rt;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGRTMIN + 2, &sa, NULL);
    alarm(10);
    put(res, 'r');
    while (!rt_got) pause();
    put(res, rt_got == SIGRTMIN + 2 && rt_val == 42 && rt_code == SI_QUEUE);
    rt_got = 0;
    block(SIGRTMIN + 3);   /* SIG_DFL: it kills once unblocked */
    union sigval v = { .sival_int = 7 };
    put(res, sigqueue(getpid(), SIGRTMIN + 3, v) == 0);
    sigset_t un;
    sigemptyset(&un);
    sigaddset(&un, SIGRTMIN + 3);
    sigprocmask(SIG_UNBLOCK, &un, NULL);
    put(res, 'X');   /* never reached */
}

/* Real-time signals are queued, each instance with its siginfo, and taken
 * in order; a classic signal is pending at most once, with the siginfo of
 * the first (rvjit kept one instance of each real-time signal, with the
 * siginfo of the first, and overwrote a classic one's).  In this process:
 * sigqueue to itself, from another process, to a thread, taken by a
 * handler, sigtimedwait and a signalfd; a fork child starts with nothing
 * pending (rvjit's child inherited the parent's pending signals). */
static int rq_vals[16], rq_n;
static void on_rq(int sig, siginfo_t *si, void *uc)
{
    (void)sig, (void)uc;
    if (rq_n < 16) rq_vals[rq_n++] = si->si_value.sival_int;
}

static bool rq_expect(int n, int first)
{
    bool ok = rq_n == n;
    for (int i = 0; ok && i < n; i++) ok = rq_vals[i] == first + i;
    if (!ok) {
        printf("    got %d:", rq_n);
        for (int i = 0; i < rq_n; i++) printf(" %d", rq_vals[i]);
        printf("\n");
    }
    rq_n = 0;
    return ok;
}

static int rq_sig;
static void *rq_thread(void *arg)
{
    (void)arg;
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, rq_sig);
    pthread_sigmask(SIG_BLOCK, &s, NULL);
    for (int i = 0; i < 3; i++) {
        union sigval v = { .sival_int = 70 + i };
        siginfo_t si;
        memset(&si, 0, sizeof si);
        si.si_signo = rq_sig;
        si.si_code = SI_QUEUE;
        si.si_pid = getpid();
        si.si_uid = getuid();
        si.si_value = v;
        syscall(SYS_rt_tgsigqueueinfo, getpid(), (pid_t)syscall(SYS_gettid), rq_sig, &si);
    }
    pthread_sigmask(SIG_UNBLOCK, &s, NULL);
    return NULL;
}

static void rt_many(void)
{
    rq_sig = SIGRTMIN + 4;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_rq;
    sa.sa_flags = SA_SIGINFO;
    sigaction(rq_sig, &sa, NULL);
    sigset_t s, old;
    sigemptyset(&s);
    sigaddset(&s, rq_sig);
    sigprocmask(SIG_BLOCK, &s, &old);
    for (int i = 0; i < 3; i++) sigqueue(getpid(), rq_sig, (union sigval){ .sival_int = 10 + i });
    sigprocmask(SIG_SETMASK, &old, NULL);
    CHECK(rq_expect(3, 10), "rt queue: sigqueue to itself 3 times, blocked: the handler runs 3 times, in order");

    sigprocmask(SIG_BLOCK, &s, NULL);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        for (int i = 0; i < 4; i++) sigqueue(getppid(), rq_sig, (union sigval){ .sival_int = 20 + i });
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    sigprocmask(SIG_SETMASK, &old, NULL);
    CHECK(rq_expect(4, 20), "rt queue: 4 from another process, in order");

    pthread_t t;
    pthread_create(&t, NULL, rq_thread, NULL);
    pthread_join(t, NULL);
    CHECK(rq_expect(3, 70), "rt queue: rt_tgsigqueueinfo to a thread 3 times, in order");

    sigprocmask(SIG_BLOCK, &s, NULL);
    for (int i = 0; i < 3; i++) sigqueue(getpid(), rq_sig, (union sigval){ .sival_int = 30 + i });
    struct timespec ts = { 0, 100000000 };
    int vals[3] = { -1, -1, -1 };
    for (int i = 0; i < 3; i++) {
        siginfo_t si;
        if (sigtimedwait(&s, &si, &ts) == rq_sig) vals[i] = si.si_value.sival_int;
    }
    CHECK(vals[0] == 30 && vals[1] == 31 && vals[2] == 32, "rt queue: sigtimedwait takes them in order (%d %d %d)",
          vals[0], vals[1], vals[2]);
    for (int i = 0; i < 3; i++) sigqueue(getpid(), rq_sig, (union sigval){ .sival_int = 40 + i });
    int sfd = signalfd(-1, &s, SFD_NONBLOCK);
    struct signalfd_siginfo ss[4];
    memset(ss, 0, sizeof ss);
    ssize_t n = read(sfd, ss, sizeof ss);
    CHECK(n == 3 * 128 && ss[0].ssi_int == 40 && ss[1].ssi_int == 41 && ss[2].ssi_int == 42,
          "rt queue: one signalfd read takes all 3, in order");
    close(sfd);

    /* a fork child has nothing pending; the parent keeps its two */
    sigqueue(getpid(), rq_sig, (union sigval){ .sival_int = 50 });
    sigqueue(getpid(), rq_sig, (union sigval){ .sival_int = 51 });
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        sigset_t p;
        sigpending(&p);
        _exit(sigismember(&p, rq_sig) ? 1 : 0);
    }
    int st;
    waitpid(pid, &st, 0);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0, "fork: the child starts with nothing pending (status %#x)", st);
    sigprocmask(SIG_SETMASK, &old, NULL);
    CHECK(rq_expect(2, 50), "fork: the parent's queued signals stay");

    /* ignoring a queued signal discards every instance */
    sigprocmask(SIG_BLOCK, &s, NULL);
    for (int i = 0; i < 3; i++) sigqueue(getpid(), rq_sig, (union sigval){ .sival_int = 60 + i });
    signal(rq_sig, SIG_IGN);
    sigaction(rq_sig, &sa, NULL);
    sigprocmask(SIG_SETMASK, &old, NULL);
    CHECK(rq_expect(0, 0), "rt queue: SIG_IGN discards them all");

    /* SIGUSR1 twice while blocked: once, with the first one's value */
    sigaction(SIGUSR1, &sa, NULL);
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    sigprocmask(SIG_BLOCK, &s, NULL);
    sigqueue(getpid(), SIGUSR1, (union sigval){ .sival_int = 1 });
    sigqueue(getpid(), SIGUSR1, (union sigval){ .sival_int = 2 });
    sigprocmask(SIG_SETMASK, &old, NULL);
    CHECK(rq_expect(1, 1), "classic signal: pending once, the first one's siginfo");
    signal(SIGUSR1, SIG_DFL);
}

/* GNU bash, `sleep 5 & kill $!; wait $!`: the child's SIGTERM was lost
 * (the sleep ran to its end, status 0) when it arrived between rvjit's
 * host fork and the child's reset of the pending set, or between the
 * child's last signal check and its execve; Linux kills the child.  Bash
 * blocks SIGTERM over the fork; the child unblocks it and execs. */
static void fork_kill(void)
{
    int killed = 0, n = 20;
    /* a big environment: the exec takes a while after the child's last
     * signal check (the parent kills it when told it is about to exec) */
    enum { NENV = 1500 };
    static char *env[NENV + 1];
    static char envbuf[NENV][400];
    for (int i = 0; i < NENV; i++) {
        snprintf(envbuf[i], sizeof envbuf[i], "RVJIT_BIG_%d=%0300d", i, i);
        env[i] = envbuf[i];
    }
    sigset_t t, old;
    sigemptyset(&t);
    sigaddset(&t, SIGTERM);
    sigaddset(&t, SIGCHLD);
    for (int i = 0; i < n; i++) {
        sigprocmask(SIG_BLOCK, &t, &old);
        int p[2];
        if (pipe(p)) abort();
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            sigprocmask(SIG_SETMASK, &old, NULL);
            if (i % 2) {   /* half exec a host program (after telling the parent), half stay */
                char *av[] = { "sleep", "2", NULL };
                if (write(p[1], "x", 1) != 1) _exit(3);
                execve("/bin/sleep", av, env);
                execve("/usr/bin/sleep", av, env);
            }
            struct timespec ts = { 2, 0 };
            nanosleep(&ts, NULL);
            _exit(0);
        }
        close(p[1]);
        char c;
        if (i % 2 && read(p[0], &c, 1) != 1) { /* the child died: a failed case */ }
        close(p[0]);
        kill(pid, SIGTERM);
        sigprocmask(SIG_SETMASK, &old, NULL);
        int st;
        waitpid(pid, &st, 0);
        killed += WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM;
    }
    CHECK_EQ(killed, n, "fork: SIGTERM sent at once to a new child (which execs or not) kills it, %d times", n);
}

/* kill(0, sig) signals the whole process group (coreutils timeout and
 * `kill 0` in shell scripts rely on it): rvjit sent it to the caller
 * only.  And kill(getpid()) is SI_USER (rvjit recorded SI_TKILL), with
 * the sender's pid. */
static volatile int kg_code, kg_pid, kg_n;
static void on_kg(int sig, siginfo_t *si, void *uc)
{
    (void)sig, (void)uc;
    kg_code = si->si_code;
    kg_pid = si->si_pid;
    kg_n++;
}

static void kill_group(void)
{
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_kg;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR2, &sa, &old);
    kg_n = 0;
    kill(getpid(), SIGUSR2);
    CHECK(kg_n == 1 && kg_code == SI_USER && kg_pid == getpid(), "kill(getpid()): SI_USER, si_pid (code %d)", kg_code);
    raise(SIGUSR2);
    CHECK(kg_n == 2 && kg_code == SI_TKILL, "raise: SI_TKILL (code %d)", kg_code);
    /* a child of its own group, which we signal with kill(0) from inside */
    int p[2];
    if (pipe(p)) abort();
    fflush(stdout);
    pid_t leader = fork();
    if (leader == 0) {
        setpgid(0, 0);
        kg_n = 0;
        pid_t kid = fork();
        if (kid == 0) {   /* dies of the default action of SIGUSR2 */
            signal(SIGUSR2, SIG_DFL);
            close(p[0]);
            if (write(p[1], "r", 1) != 1) _exit(3);
            struct timespec ts = { 5, 0 };
            nanosleep(&ts, NULL);
            _exit(0);
        }
        char c;
        if (read(p[0], &c, 1) != 1) _exit(4);
        kill(0, SIGUSR2);
        int st;
        waitpid(kid, &st, 0);
        _exit(WIFSIGNALED(st) && WTERMSIG(st) == SIGUSR2 ? (kg_n == 1 && kg_code == SI_USER ? 0 : 5) : 6);
    }
    close(p[1]);
    int st;
    waitpid(leader, &st, 0);
    close(p[0]);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0,
          "kill(0): the other process of the group dies, the caller's handler runs (status %#x)", st);
    sigaction(SIGUSR2, &old, NULL);
}

static void go(struct kid *k)
{
    if (write(k->go, "g", 1) != 1) { /* the child died: its checks fail */ }
}

int main(void)
{
    signal(SIGPIPE, SIG_IGN);   /* a child that died is a failed case, not the end */
    rt_many();
    fork_kill();
    kill_group();
    {
        struct kid k = spawn(tar_wait);
        CHECK_EQ(get(&k), 'r', "tar wait: child ready");
        usleep(50000);
        CHECK_EQ(kill(k.pid, SIGUSR1), 0, "tar wait: kill SIGUSR1");
        usleep(50000);
        go(&k);
        CHECK_EQ(get(&k), 1, "tar wait: blocked SIGUSR1 does not interrupt read");
        CHECK_EQ(get(&k), 1, "tar wait: blocked SIGUSR1 is pending");
        CHECK_EQ(get(&k), 1, "tar wait: sigwait takes SIGUSR1");
        CHECK_EQ(get(&k), 1, "tar wait: no longer pending");
        int st;
        waitpid(k.pid, &st, 0);
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0, "tar wait: child exits 0 (status %#x)", st);
    }
    {
        struct kid k = spawn(handler_blocked);
        CHECK_EQ(get(&k), 'r', "handler: child ready");
        usleep(50000);
        kill(k.pid, SIGUSR1);
        usleep(50000);
        go(&k);
        CHECK_EQ(get(&k), 1, "handler: read not interrupted by the blocked signal");
        CHECK_EQ(get(&k), 1, "handler: runs on unblock");
        int st;
        waitpid(k.pid, &st, 0);
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0, "handler: child exits 0 (status %#x)", st);
    }
    {
        struct kid k = spawn(sleep_blocked);
        CHECK_EQ(get(&k), 'r', "sleep: child ready");
        usleep(50000);
        kill(k.pid, SIGUSR2);
        CHECK_EQ(get(&k), 1, "sleep: nanosleep not cut short by a blocked signal");
        CHECK_EQ(get(&k), 1, "sleep: rem untouched");
        usleep(50000);
        kill(k.pid, SIGUSR2);
        CHECK_EQ(get(&k), 1, "sleep: clock_nanosleep not cut short by a blocked signal");
        int st;
        waitpid(k.pid, &st, 0);
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0, "sleep: child exits 0 (status %#x)", st);
    }
    {
        struct kid k = spawn(term_later);
        CHECK_EQ(get(&k), 'r', "term: child ready");
        kill(k.pid, SIGTERM);
        usleep(50000);
        go(&k);
        CHECK_EQ(get(&k), 1, "term: blocked SIGTERM waits");
        CHECK_EQ(get(&k), -1, "term: nothing after the unblock");
        int st;
        waitpid(k.pid, &st, 0);
        CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM, "term: dies of SIGTERM on unblock (status %#x)", st);
    }
    {
        struct kid k = spawn(signal_thread);
        CHECK_EQ(get(&k), 'r', "signal thread: child ready");
        usleep(100000);
        kill(k.pid, SIGUSR1);
        CHECK_EQ(get(&k), 1, "signal thread: sigwait in another thread takes the process's signal");
        int st;
        waitpid(k.pid, &st, 0);
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0, "signal thread: child exits 0 (status %#x)", st);
    }
    {
        struct kid k = spawn(rt_queue);
        CHECK_EQ(get(&k), 'r', "rt: child ready");
        usleep(50000);
        union sigval v = { .sival_int = 42 };
        CHECK_EQ(sigqueue(k.pid, SIGRTMIN + 2, v), 0, "rt: sigqueue to another process");
        CHECK_EQ(get(&k), 1, "rt: handler got the value and SI_QUEUE");
        CHECK_EQ(get(&k), 1, "rt: sigqueue to itself");
        CHECK_EQ(get(&k), -1, "rt: killed by its default action");
        int st;
        waitpid(k.pid, &st, 0);
        CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGRTMIN + 3, "rt: dies of SIGRTMIN+3 (status %#x)", st);
    }
    /* execve keeps the blocked mask and the pending signals: a host program
     * reports its own (what a shell or make started from the guest sees) */
    {
        int p[2];
        if (pipe(p)) abort();
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            dup2(p[1], 1);
            block(SIGUSR2);
            block(SIGINT);
            raise(SIGUSR2);
            char *av[] = { "grep", "-E", "^(SigPnd|ShdPnd|SigBlk)", "/proc/self/status", NULL };
            execv("/bin/grep", av);
            execv("/usr/bin/grep", av);
            _exit(127);
        }
        close(p[1]);
        char buf[512];
        ssize_t n, len = 0;
        while (len < (ssize_t)sizeof buf - 1 && (n = read(p[0], buf + len, sizeof buf - 1 - len)) > 0) len += n;
        buf[len] = 0;
        int st;
        waitpid(pid, &st, 0);
        unsigned long long pnd = 0, shd = 0, blk = 0;
        char *s;
        if ((s = strstr(buf, "SigPnd:"))) pnd = strtoull(s + 7, NULL, 16);
        if ((s = strstr(buf, "ShdPnd:"))) shd = strtoull(s + 7, NULL, 16);
        if ((s = strstr(buf, "SigBlk:"))) blk = strtoull(s + 7, NULL, 16);
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0, "exec: grep ran (status %#x)", st);
        unsigned long long usr2 = 1ull << (SIGUSR2 - 1), sint = 1ull << (SIGINT - 1);
        CHECK((blk & (usr2 | sint)) == (usr2 | sint), "exec: blocked mask kept (SigBlk %llx)", blk);
        CHECK(((pnd | shd) & usr2) != 0, "exec: pending SIGUSR2 kept (SigPnd %llx ShdPnd %llx)", pnd, shd);
    }
    return check_done();
}
