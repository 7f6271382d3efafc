/* What a probe with real-program habits found missing or wrong (2026-12):
 * atomics on memory shared with another process (AMOs were plain
 * read-modify-writes under rvjit's own lock), opening a FIFO in one thread
 * while the others run (openat held the lock), the sched_* calls behind
 * pthread's explicit scheduling, terminal ioctls of pseudo-terminals,
 * preadv/pwritev, mlock, SIGBUS's code past the end of a file, and timed
 * waits that SA_RESTART does not restart. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <setjmp.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "check.h"

struct shared {
    atomic_long add, cas;
    atomic_int spin;
    long guarded;
};

static void shared_atomics(void)
{
    enum { N = 100000 };
    struct shared *s = mmap(NULL, sizeof *s, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    CHECK(s != MAP_FAILED, "shared mapping");
    if (s == MAP_FAILED)
        return;
    for (int c = 0; c < 2; c++) {
        if (fork() == 0) {
            for (int i = 0; i < N; i++) {
                atomic_fetch_add(&s->add, 1);                              /* amoadd */
                long e = atomic_load(&s->cas);                             /* lr/sc */
                while (!atomic_compare_exchange_weak(&s->cas, &e, e + 1))
                    ;
                while (atomic_exchange(&s->spin, 1))                       /* amoswap */
                    ;
                s->guarded++;
                atomic_store(&s->spin, 0);
            }
            _exit(0);
        }
    }
    int st, ok = 1;
    for (int c = 0; c < 2; c++)
        ok &= wait(&st) > 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0;
    CHECK(ok, "two processes ran");
    CHECK(atomic_load(&s->add) == 2 * N, "amoadd on shared memory from two processes");
    CHECK(atomic_load(&s->cas) == 2 * N, "lr/sc compare-and-swap from two processes");
    CHECK(s->guarded == 2 * N, "amoswap spinlock from two processes");
    munmap(s, sizeof *s);
}

static const char *fifo_path;
static void *open_fifo_reader(void *arg)
{
    (void)arg;
    int fd = open(fifo_path, O_RDONLY);   /* blocks until the writer opens */
    char c = 0;
    long n = fd >= 0 ? read(fd, &c, 1) : -1;
    if (fd >= 0)
        close(fd);
    return (void *)(long)(n == 1 && c == 'x');
}

static void fifo_open_in_thread(void)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/rvjit-fifo-%d", (int)getpid());
    fifo_path = path;
    unlink(path);
    CHECK(mkfifo(path, 0600) == 0, "mkfifo");
    pthread_t t;
    pthread_create(&t, NULL, open_fifo_reader, NULL);
    usleep(100000);   /* the reader blocks in open meanwhile: this thread must run */
    int fd = open(path, O_WRONLY);
    CHECK(fd >= 0 && write(fd, "x", 1) == 1, "the other thread ran while one blocked opening a FIFO");
    if (fd >= 0)
        close(fd);
    void *r;
    pthread_join(t, &r);
    CHECK(r == (void *)1, "the blocked open then completed");
    unlink(path);
}

static void *sched_thread(void *arg) { return arg; }

static void sched_calls(void)
{
    struct sched_param sp = {0};
    CHECK(sched_getscheduler(0) == SCHED_OTHER, "sched_getscheduler");
    CHECK(sched_getparam(0, &sp) == 0 && sp.sched_priority == 0, "sched_getparam");
    CHECK(sched_setscheduler(0, SCHED_OTHER, &sp) == 0, "sched_setscheduler SCHED_OTHER");
    CHECK(sched_setparam(0, &sp) == 0, "sched_setparam");
    CHECK(sched_get_priority_max(SCHED_FIFO) == 99 && sched_get_priority_min(SCHED_FIFO) == 1,
          "sched_get_priority_max/min");
    struct timespec ts;
    CHECK(sched_rr_get_interval(0, &ts) == 0, "sched_rr_get_interval");
    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setinheritsched(&a, PTHREAD_EXPLICIT_SCHED);
    pthread_attr_setschedpolicy(&a, SCHED_OTHER);
    pthread_attr_setschedparam(&a, &sp);
    pthread_t t;
    void *r = NULL;
    int e = pthread_create(&t, &a, sched_thread, (void *)7);
    CHECK(e == 0 && pthread_join(t, &r) == 0 && r == (void *)7, "pthread_create with explicit scheduling");
    CHECK(pthread_setschedparam(pthread_self(), SCHED_OTHER, &sp) == 0, "pthread_setschedparam");
}

static void pty_calls(void)
{
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0) {   /* no /dev/ptmx here: the same under both */
        CHECK(errno == ENOENT || errno == EACCES || errno == ENODEV, "posix_openpt fails cleanly");
        return;
    }
    CHECK(grantpt(m) == 0 && unlockpt(m) == 0, "grantpt, unlockpt (TIOCSPTLCK)");
    const char *name = ptsname(m);   /* TIOCGPTN */
    CHECK(name && !strncmp(name, "/dev/pts/", 9), "ptsname");
    int s = name ? open(name, O_RDWR | O_NOCTTY) : -1;
    CHECK(s >= 0, "open the slave");
    if (s >= 0) {
        CHECK(tcdrain(s) == 0, "tcdrain (TCSBRK)");
        CHECK(tcflush(s, TCIOFLUSH) == 0, "tcflush (TCFLSH)");
        CHECK(tcflow(s, TCOON) == 0, "tcflow (TCXONC)");
        int q = -1;
        CHECK(ioctl(s, TIOCOUTQ, &q) == 0 && q == 0, "TIOCOUTQ");
        close(s);
    }
    close(m);
}

static void vector_io(void)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/rvjit-pv-%d", (int)getpid());
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    CHECK(fd >= 0, "create a file");
    if (fd < 0)
        return;
    char a[] = "hello", b[] = " world";
    struct iovec w[2] = {{a, 5}, {b, 6}};
    CHECK(pwritev(fd, w, 2, 3) == 11, "pwritev at an offset");
    char x[6] = {0}, y[8] = {0};
    struct iovec r[2] = {{x, 5}, {y, 6}};
    CHECK(preadv(fd, r, 2, 3) == 11 && !strcmp(x, "hello") && !strcmp(y, " world"), "preadv at an offset");
    CHECK(lseek(fd, 0, SEEK_CUR) == 0, "the file offset did not move");
    close(fd);
    unlink(path);
}

static void lock_memory(void)
{
    static char page[4096] __attribute__((aligned(4096)));
    CHECK(mlock(page, sizeof page) == 0, "mlock");
    CHECK(munlock(page, sizeof page) == 0, "munlock");
}

static sigjmp_buf bus_jmp;
static volatile int bus_code;
static void on_bus(int sig, siginfo_t *si, void *uc)
{
    (void)sig, (void)uc;
    bus_code = si->si_code;
    siglongjmp(bus_jmp, 1);
}

static void bus_past_eof(void)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/rvjit-bus-%d", (int)getpid());
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || write(fd, "x", 1) != 1) {
        CHECK(0, "a one-byte file");
        return;
    }
    long pg = sysconf(_SC_PAGESIZE);
    volatile char *p = mmap(NULL, 2 * pg, PROT_READ, MAP_SHARED, fd, 0);
    struct sigaction sa = {0}, old;
    sa.sa_sigaction = on_bus;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGBUS, &sa, &old);
    if (!sigsetjmp(bus_jmp, 1))
        (void)p[pg];   /* the page after the file's end */
    sigaction(SIGBUS, &old, NULL);
    CHECK(bus_code == BUS_ADRERR, "SIGBUS past the end of a file is BUS_ADRERR");
    munmap((void *)p, 2 * pg);
    close(fd);
    unlink(path);
}

static void on_alarm(int sig) { (void)sig; }

/* SA_RESTART does not restart a timed futex wait: Linux returns EINTR
 * (rvjit restarted it with the full timeout again). */
static void timed_wait_interrupted(void)
{
    struct sigaction sa = {0}, old;
    sa.sa_handler = on_alarm;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, &old);
    sem_t sem;
    sem_init(&sem, 0, 0);
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += 5;
    struct itimerval it = {{0, 0}, {0, 50000}};
    setitimer(ITIMER_REAL, &it, NULL);
    int r = sem_timedwait(&sem, &until);
    CHECK(r == -1 && errno == EINTR, "sem_timedwait interrupted by an SA_RESTART handler: EINTR");
    sigaction(SIGALRM, &old, NULL);
    sem_destroy(&sem);
}

int main(void)
{
    shared_atomics();
    fifo_open_in_thread();
    sched_calls();
    pty_calls();
    vector_io();
    lock_memory();
    bus_past_eof();
    timed_wait_interrupted();
    return check_done();
}
