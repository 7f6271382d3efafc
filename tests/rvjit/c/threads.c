/* Guest threads (static glibc pthreads): shared counters under a mutex,
 * atomics (amoadd) and a CAS loop (lr/sc), condition variables, join
 * values, __thread, barriers, a detached thread, gettid, pthread_kill with
 * a handler, fork from a threaded process.  Prints "ok <case>" lines in a
 * deterministic order (no timing-dependent output), so the whole output
 * compares equal to qemu-riscv64's.
 *
 *   threads            the self-checking cases
 *   threads stress N   N rounds of 8 threads x 50k lock/unlock + condvar ping-pong
 *   threads exit       a thread calls exit(3) while the others are blocked
 *   threads segv       a thread dies of SIGSEGV (status 139)
 *   threads mainexit   the main thread pthread_exit()s; the last thread exits 0
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

#define NT 8

/* REQ: a condition inside a case; the case fails with its first failed line */
static int req_failed_line;
#define REQ(c) do { if (!(c) && !req_failed_line) req_failed_line = __LINE__; } while (0)
#define RUN(call, name) do { req_failed_line = 0; call; \
        CHECK(!req_failed_line, "%s", name); \
        if (req_failed_line) printf("    first failed check at line %d\n", req_failed_line); } while (0)

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static long counter_mu;
static long counter_atomic;
static long counter_cas;
static int counter_cas32;

static void *incr(void *arg)
{
    long n = (long)arg;
    for (long i = 0; i < n; i++) {
        pthread_mutex_lock(&mu);
        counter_mu++;
        pthread_mutex_unlock(&mu);
        __atomic_fetch_add(&counter_atomic, 1, __ATOMIC_SEQ_CST);
        long old = __atomic_load_n(&counter_cas, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(&counter_cas, &old, old + 1, 1, __ATOMIC_SEQ_CST,
                                            __ATOMIC_RELAXED)) {
        }
        int o32 = __atomic_load_n(&counter_cas32, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(&counter_cas32, &o32, o32 + 2, 1, __ATOMIC_SEQ_CST,
                                            __ATOMIC_RELAXED)) {
        }
    }
    return (void *)(n * 3);
}

static void t_counters(long per)
{
    pthread_t th[NT];
    counter_mu = counter_atomic = counter_cas = counter_cas32 = 0;
    for (int i = 0; i < NT; i++) REQ(pthread_create(&th[i], NULL, incr, (void *)per) == 0);
    long sum = 0;
    for (int i = 0; i < NT; i++) {
        void *r;
        REQ(pthread_join(th[i], &r) == 0);
        sum += (long)r;
    }
    REQ(sum == NT * per * 3);
    REQ(counter_mu == NT * per);
    REQ(counter_atomic == NT * per);
    REQ(counter_cas == NT * per);
    REQ(counter_cas32 == 2 * NT * per);
}

/* producer/consumer over a bounded queue */
#define QCAP 4
static int queue[QCAP], qhead, qlen;
static pthread_cond_t notempty = PTHREAD_COND_INITIALIZER, notfull = PTHREAD_COND_INITIALIZER;
static long consumed_sum;

static void *producer(void *arg)
{
    int base = (int)(intptr_t)arg;
    for (int i = 1; i <= 500; i++) {
        pthread_mutex_lock(&mu);
        while (qlen == QCAP) pthread_cond_wait(&notfull, &mu);
        queue[(qhead + qlen++) % QCAP] = base + i;
        pthread_cond_signal(&notempty);
        pthread_mutex_unlock(&mu);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    int n = (int)(intptr_t)arg;
    long sum = 0;
    for (int i = 0; i < n; i++) {
        pthread_mutex_lock(&mu);
        while (qlen == 0) pthread_cond_wait(&notempty, &mu);
        sum += queue[qhead];
        qhead = (qhead + 1) % QCAP;
        qlen--;
        pthread_cond_signal(&notfull);
        pthread_mutex_unlock(&mu);
    }
    pthread_mutex_lock(&mu);
    consumed_sum += sum;
    pthread_mutex_unlock(&mu);
    return NULL;
}

static void t_condvar(void)
{
    pthread_t p[3], c[2];
    consumed_sum = 0;
    for (int i = 0; i < 2; i++) REQ(pthread_create(&c[i], NULL, consumer, (void *)(intptr_t)750) == 0);
    for (int i = 0; i < 3; i++) REQ(pthread_create(&p[i], NULL, producer, (void *)(intptr_t)(i * 1000)) == 0);
    for (int i = 0; i < 3; i++) REQ(pthread_join(p[i], NULL) == 0);
    for (int i = 0; i < 2; i++) REQ(pthread_join(c[i], NULL) == 0);
    /* 3 x (1..500) plus bases 0, 1000, 2000 x 500 */
    REQ(consumed_sum == 3 * 125250 + 500 * 3000);
}

static __thread int tls_var = 42;
static __thread char tls_buf[64];

static void *tls_worker(void *arg)
{
    int id = (int)(intptr_t)arg;
    if (tls_var != 42) return (void *)1;
    tls_var = id * 10;
    snprintf(tls_buf, sizeof tls_buf, "thread %d", id);
    for (int i = 0; i < 1000; i++) sched_yield();
    char want[64];
    snprintf(want, sizeof want, "thread %d", id);
    return (void *)(intptr_t)(tls_var == id * 10 && strcmp(tls_buf, want) == 0 ? 0 : 2);
}

static void t_tls(void)
{
    pthread_t th[4];
    tls_var = 7;
    for (int i = 0; i < 4; i++) REQ(pthread_create(&th[i], NULL, tls_worker, (void *)(intptr_t)(i + 1)) == 0);
    for (int i = 0; i < 4; i++) {
        void *r;
        REQ(pthread_join(th[i], &r) == 0);
        REQ(r == NULL);
    }
    REQ(tls_var == 7);
}

static pthread_barrier_t bar;
static int phase_count[3];

static void *bar_worker(void *arg)
{
    (void)arg;
    int serial = 0;
    for (int ph = 0; ph < 3; ph++) {
        __atomic_fetch_add(&phase_count[ph], 1, __ATOMIC_SEQ_CST);
        int r = pthread_barrier_wait(&bar);
        if (r == PTHREAD_BARRIER_SERIAL_THREAD) serial++;
        else if (r != 0) return (void *)-1;
        /* everyone arrived at this phase before anyone passed */
        if (__atomic_load_n(&phase_count[ph], __ATOMIC_SEQ_CST) != 5) return (void *)-2;
    }
    return (void *)(intptr_t)serial;
}

static void t_barrier(void)
{
    pthread_t th[5];
    REQ(pthread_barrier_init(&bar, NULL, 5) == 0);
    for (int i = 0; i < 5; i++) REQ(pthread_create(&th[i], NULL, bar_worker, NULL) == 0);
    long serials = 0;
    for (int i = 0; i < 5; i++) {
        void *r;
        REQ(pthread_join(th[i], &r) == 0);
        REQ((long)r >= 0);
        serials += (long)r;
    }
    REQ(serials == 3);   /* one serial thread per phase */
    pthread_barrier_destroy(&bar);
}

static int detached_done;
static pthread_mutex_t dmu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t dcv = PTHREAD_COND_INITIALIZER;

static void *detached(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&dmu);
    detached_done = 1;
    pthread_cond_signal(&dcv);
    pthread_mutex_unlock(&dmu);
    return NULL;
}

static void t_detached(void)
{
    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    pthread_t th;
    REQ(pthread_create(&th, &a, detached, NULL) == 0);
    pthread_mutex_lock(&dmu);
    while (!detached_done) pthread_cond_wait(&dcv, &dmu);
    pthread_mutex_unlock(&dmu);
    pthread_attr_destroy(&a);
}

static pid_t tids[4];
static void *tid_worker(void *arg)
{
    int i = (int)(intptr_t)arg;
    tids[i] = (pid_t)syscall(SYS_gettid);
    return NULL;
}

static void t_gettid(void)
{
    pthread_t th[4];
    for (int i = 0; i < 4; i++) REQ(pthread_create(&th[i], NULL, tid_worker, (void *)(intptr_t)i) == 0);
    for (int i = 0; i < 4; i++) REQ(pthread_join(th[i], NULL) == 0);
    pid_t me = (pid_t)syscall(SYS_gettid);
    REQ(me == getpid());
    for (int i = 0; i < 4; i++) {
        REQ(tids[i] > 0 && tids[i] != me);
        for (int j = 0; j < i; j++) REQ(tids[i] != tids[j]);
    }
}

/* pthread_kill: the handler runs in the target thread */
static volatile sig_atomic_t got_sig;
static volatile pid_t handler_tid;
static void on_usr1(int sig)
{
    got_sig = sig;
    handler_tid = (pid_t)syscall(SYS_gettid);
}
static volatile int target_ready;
static volatile pid_t target_tid;

static void *kill_target(void *arg)
{
    (void)arg;
    target_tid = (pid_t)syscall(SYS_gettid);
    __atomic_store_n(&target_ready, 1, __ATOMIC_SEQ_CST);
    while (!got_sig) { /* spin in guest code: the signal arrives at a loop edge */ }
    return NULL;
}

static volatile sig_atomic_t got_sig2;
static void on_usr2(int sig) { got_sig2 = sig; }

static void *sleeper(void *arg)
{
    (void)arg;
    __atomic_store_n(&target_ready, 2, __ATOMIC_SEQ_CST);
    /* blocked in a syscall: the signal interrupts it, the handler runs,
     * pause returns EINTR */
    while (!got_sig2) pause();
    return NULL;
}

static void t_pthread_kill(void)
{
    signal(SIGUSR1, on_usr1);
    signal(SIGUSR2, on_usr2);
    pthread_t th;
    REQ(pthread_create(&th, NULL, kill_target, NULL) == 0);
    while (!__atomic_load_n(&target_ready, __ATOMIC_SEQ_CST)) sched_yield();
    REQ(pthread_kill(th, SIGUSR1) == 0);
    REQ(pthread_join(th, NULL) == 0);
    REQ(got_sig == SIGUSR1);
    REQ(handler_tid == target_tid);

    REQ(pthread_create(&th, NULL, sleeper, NULL) == 0);
    while (__atomic_load_n(&target_ready, __ATOMIC_SEQ_CST) != 2) sched_yield();
    usleep(20000);
    REQ(pthread_kill(th, SIGUSR2) == 0);
    REQ(pthread_join(th, NULL) == 0);
    REQ(got_sig2 == SIGUSR2);
}

/* a per-thread signal mask: a blocked signal stays pending in that thread */
static void *masker(void *arg)
{
    (void)arg;
    sigset_t s, p;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &s, NULL);
    got_sig = 0;
    pthread_kill(pthread_self(), SIGUSR1);
    sigpending(&p);
    int pend = sigismember(&p, SIGUSR1) && !got_sig;
    pthread_sigmask(SIG_UNBLOCK, &s, NULL);
    return (void *)(intptr_t)(pend && got_sig == SIGUSR1);
}

static void t_sigmask(void)
{
    pthread_t th;
    REQ(pthread_create(&th, NULL, masker, NULL) == 0);
    void *r;
    REQ(pthread_join(th, &r) == 0);
    REQ(r == (void *)1);
    /* the main thread's mask was not touched */
    sigset_t cur;
    pthread_sigmask(SIG_SETMASK, NULL, &cur);
    REQ(!sigismember(&cur, SIGUSR1));
}

/* sigwait in a thread blocked in the wait, woken by pthread_kill from the
 * main thread; sigtimedwait with nothing pending times out; a signal sent
 * before the wait is taken at once */
static volatile int waiter_state;
static void *sig_waiter(void *arg)
{
    (void)arg;
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    sigaddset(&s, SIGTERM);
    __atomic_store_n(&waiter_state, 1, __ATOMIC_SEQ_CST);
    int sig = 0;
    if (sigwait(&s, &sig) != 0) return (void *)-1;
    return (void *)(intptr_t)sig;
}

static void t_sigwait(void)
{
    sigset_t s, old;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    sigaddset(&s, SIGTERM);
    REQ(pthread_sigmask(SIG_BLOCK, &s, &old) == 0);   /* threads inherit it */
    pthread_t th;
    REQ(pthread_create(&th, NULL, sig_waiter, NULL) == 0);
    while (!__atomic_load_n(&waiter_state, __ATOMIC_SEQ_CST)) sched_yield();
    usleep(20000);   /* most likely inside the wait by now (either way works) */
    REQ(pthread_kill(th, SIGTERM) == 0);
    void *r;
    REQ(pthread_join(th, &r) == 0);
    REQ((long)r == SIGTERM);

    struct timespec ts = {0, 10000000};
    siginfo_t si;
    errno = 0;
    REQ(sigtimedwait(&s, &si, &ts) == -1 && errno == EAGAIN);
    REQ(pthread_kill(pthread_self(), SIGUSR1) == 0);
    memset(&si, 0, sizeof si);
    REQ(sigtimedwait(&s, &si, &ts) == SIGUSR1);
    /* glibc reports SI_TKILL as SI_USER */
    REQ(si.si_signo == SIGUSR1 && si.si_code == SI_USER && si.si_pid == getpid());
    REQ(pthread_sigmask(SIG_SETMASK, &old, NULL) == 0);
}

/* fork from a threaded process: the child has only the forking thread */
static volatile int spin_stop;
static void *spinner(void *arg)
{
    (void)arg;
    while (!spin_stop) { }
    return NULL;
}

static void *forker(void *arg)
{
    (void)arg;
    pid_t pid = fork();
    if (pid == 0) {
        /* the child: threads work again */
        counter_mu = 0;
        t_counters(100);
        _exit(counter_mu == NT * 100 ? 21 : 1);
    }
    int st;
    if (waitpid(pid, &st, 0) != pid) return (void *)0;
    return (void *)(intptr_t)(WIFEXITED(st) ? WEXITSTATUS(st) : -1);
}

static void t_fork(void)
{
    pthread_t sp, fk;
    spin_stop = 0;
    REQ(pthread_create(&sp, NULL, spinner, NULL) == 0);
    REQ(pthread_create(&fk, NULL, forker, NULL) == 0);
    void *r;
    REQ(pthread_join(fk, &r) == 0);
    spin_stop = 1;
    REQ(pthread_join(sp, NULL) == 0);
    REQ((long)r == 21);
}

/* ---- modes that end the process ---- */
static void *blocker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&dmu);
    for (;;) pthread_cond_wait(&dcv, &dmu);
    return NULL;
}

static void *exiter(void *arg)
{
    (void)arg;
    usleep(10000);
    printf("exiting from a thread\n");
    exit(3);
}

static void *segver(void *arg)
{
    (void)arg;
    usleep(10000);
    volatile int *volatile p = (volatile int *)(uintptr_t)16;
    *p = 1;
    return NULL;
}

static void *last_one(void *arg)
{
    usleep(20000);
    printf("last thread %ld\n", (long)(intptr_t)arg);
    fflush(stdout);
    return NULL;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    const char *mode = argc > 1 ? argv[1] : "";
    if (!strcmp(mode, "stress")) {
        int rounds = argc > 2 ? atoi(argv[2]) : 1;
        for (int r = 0; r < rounds; r++) {
            t_counters(50000);
            t_condvar();
        }
        printf("stress done %ld %ld\n", counter_mu, consumed_sum);
        return 0;
    }
    if (!strcmp(mode, "exit") || !strcmp(mode, "segv")) {
        pthread_t th;
        for (int i = 0; i < 3; i++) pthread_create(&th, NULL, blocker, NULL);
        pthread_create(&th, NULL, !strcmp(mode, "exit") ? exiter : segver, NULL);
        pthread_mutex_lock(&mu);
        pthread_mutex_lock(&mu);   /* never returns: the process ends from the thread */
        return 1;
    }
    if (!strcmp(mode, "mainexit")) {
        pthread_t th;
        pthread_create(&th, NULL, last_one, (void *)1);
        printf("main exits\n");
        pthread_exit(NULL);
    }
    RUN(t_counters(2000), "mutex, amoadd and lr/sc counters, join values");
    RUN(t_condvar(), "producer/consumer with condition variables");
    RUN(t_tls(), "__thread variables per thread");
    RUN(t_barrier(), "pthread_barrier phases");
    RUN(t_detached(), "detached thread");
    RUN(t_gettid(), "gettid distinct per thread");
    RUN(t_pthread_kill(), "pthread_kill runs the handler in the target thread");
    RUN(t_sigmask(), "per-thread signal mask and pending");
    RUN(t_sigwait(), "sigwait/sigtimedwait across threads");
    RUN(t_fork(), "fork from a threaded process");
    return check_done();
}
