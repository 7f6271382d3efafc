/* rvjit — guest threads.
 *
 * Every guest thread (clone with CLONE_VM|CLONE_THREAD, what pthread_create
 * does) is a host thread with its own RvThread (registers, signal mask,
 * pending signals, sigaltstack).  Guest code runs in one thread at a time:
 * the holder of the interpreter lock (GIL).  The decode cache, page flags,
 * mmap bookkeeping and signal dispositions are shared and need no other
 * locking; guest memory is only touched by the holder (and by the host
 * kernel inside syscalls).
 *
 * The GIL is a fair ticket lock on a futex: a thread takes a ticket and
 * sleeps until `serving` reaches it.  The holder gives it up
 *   - around syscalls that can block (futex waits, read/write, sleeps,
 *     wait4, ppoll, sigsuspend, sched_yield), and
 *   - at poll points (the loop edges that already poll for asynchronous
 *     signals) when another thread has been waiting for a time slice: a
 *     waiter sleeps at most RV_SLICE_NS, then raises rv_sig_async, the flag
 *     loop edges test anyway, so a single-threaded guest pays nothing.
 * Taking the lock clears the thread's LR reservation (another thread may
 * have written the word meanwhile: sc then fails, as it may on hardware).
 */
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "rvjit.h"

#define RV_SLICE_NS 2000000   /* a waiter asks the holder to hand over after 2 ms */

_Thread_local RvThread *rv_self;
RvThread *rv_threads;
int rv_nthreads;
uint64_t rv_instret_exited;
bool rv_forked_from_threads;

static uint32_t gil_next, gil_serving;   /* ticket lock */
static int main_exit_code;               /* the status when the main thread exited first */
static bool main_exited;

static long futex(uint32_t *uaddr, int op, uint32_t val, const struct timespec *ts)
{
    return syscall(SYS_futex, uaddr, op, val, ts, NULL, 0);
}

void gil_acquire(void)
{
    int saved_errno = errno;
    uint32_t t = __atomic_fetch_add(&gil_next, 1, __ATOMIC_ACQ_REL);
    for (;;) {
        uint32_t s = __atomic_load_n(&gil_serving, __ATOMIC_ACQUIRE);
        if (s == t) break;
        struct timespec slice = {0, RV_SLICE_NS};
        if (futex(&gil_serving, FUTEX_WAIT_PRIVATE, s, &slice) < 0 && errno == ETIMEDOUT)
            __atomic_store_n(&rv_sig_async, 1, __ATOMIC_RELAXED);   /* holder: hand over */
    }
    RvThread *self = rv_self;
    self->cpu.resv = RV_NO_RESV;
    if (sig_deliverable(self)) __atomic_store_n(&rv_sig_async, 1, __ATOMIC_RELAXED);
    /* the rounding-mode class decides how dynamic-rounding ops are decoded:
     * it follows the running thread's frm (rarely differs between threads) */
    int cls = self->cpu.frm <= 3 ? 0 : self->cpu.frm == RV_RMM ? 1 : 2;
    if (cls != rv_dyn_class) fp_write_frm(&self->cpu, self->cpu.frm);
    errno = saved_errno;
}

void gil_release(void)
{
    int saved_errno = errno;
    uint32_t s = __atomic_add_fetch(&gil_serving, 1, __ATOMIC_RELEASE);
    if (__atomic_load_n(&gil_next, __ATOMIC_ACQUIRE) != s)
        futex(&gil_serving, FUTEX_WAKE_PRIVATE, INT_MAX, NULL);
    errno = saved_errno;
}

void gil_yield_if_wanted(void)
{
    /* the holder has ticket `serving`; more tickets out means waiters */
    if (__atomic_load_n(&gil_next, __ATOMIC_ACQUIRE) - __atomic_load_n(&gil_serving, __ATOMIC_RELAXED) > 1) {
        gil_release();
        gil_acquire();
    }
}

/* rvjit's own SIGSEGV/SIGBUS handler runs on the faulting thread: each host
 * thread gets its alternate stack */
int thread_host_altstack(RvThread *t)
{
    size_t size = 1 << 16;
    t->host_altstack = malloc(size);
    if (!t->host_altstack) return -1;
    stack_t ss = {.ss_sp = t->host_altstack, .ss_size = size, .ss_flags = 0};
    return sigaltstack(&ss, NULL);
}

static void free_host_altstack(RvThread *t)
{
    stack_t ss = {.ss_sp = NULL, .ss_size = 0, .ss_flags = SS_DISABLE};
    sigaltstack(&ss, NULL);
    free(t->host_altstack);
    t->host_altstack = NULL;
}

void thread_init_main(RvThread *t)
{
    t->is_main = true;
    t->tid = (int)gettid();
    t->alt_flags = 2;   /* SS_DISABLE */
    t->cpu.resv = RV_NO_RESV;
    t->cpu.mem = rv_mem;
    rv_self = t;
    rv_threads = t;
    rv_nthreads = 1;
}

RvThread *thread_find(int tid)
{
    for (RvThread *t = rv_threads; t; t = t->next)
        if (t->tid == tid) return t;
    return NULL;
}

static void unlink_thread(RvThread *t)
{
    for (RvThread **pp = &rv_threads; *pp; pp = &(*pp)->next)
        if (*pp == t) {
            *pp = t->next;
            break;
        }
    rv_nthreads--;
}

/* ---- clone ------------------------------------------------------------------ */

struct Start {
    RvThread *t;
    uint32_t fflags;
    sigset_t mask; /* the creating thread's host signal mask */
    sem_t ready;   /* the child has its tid */
};

static void *thread_main(void *arg)
{
    struct Start *s = arg;
    RvThread *t = s->t;
    uint32_t fflags = s->fflags;
    rv_self = t;
    t->tid = (int)gettid();
    int altstack_rc = thread_host_altstack(t);
    pthread_sigmask(SIG_SETMASK, &s->mask, NULL);
    sem_post(&s->ready);   /* s belongs to the parent from here on */
    gil_acquire();
    if (altstack_rc < 0) {
        fprintf(stderr, "rvjit: cannot allocate a thread's signal stack\n");
        rv_exit_code = 126;
        rv_finish(RV_EXIT_SYSCALL_EXIT);
    }
    fp_write_fflags(&t->cpu, fflags);         /* the host flags are per host thread */
    fp_write_frm(&t->cpu, t->cpu.frm);
    int why = rv_run(t);
    if (why == RV_EXIT_SYSCALL_EXIT && rv_exit_thread) thread_exit();
    rv_finish(why);
}

int64_t thread_clone(RvCpu *st, uint64_t flags, uint64_t sp, uint64_t ptid, uint64_t tls, uint64_t ctid)
{
    enum { VM = 0x100, FS = 0x200, FILES = 0x400, SIGHAND = 0x800, PIDFD = 0x1000,
           PARENT = 0x8000, THREAD = 0x10000, SYSVSEM = 0x40000, SETTLS = 0x80000,
           PARENT_SETTID = 0x100000, CHILD_CLEARTID = 0x200000, DETACHED = 0x400000,
           CHILD_SETTID = 0x1000000 };
    /* what a thread needs: shared memory, files, handlers (Linux requires
     * these together); anything else is not supported */
    if ((flags & (VM | SIGHAND | THREAD)) != (VM | SIGHAND | THREAD)) return -EINVAL;
    if (flags & ~(uint64_t)(VM | FS | FILES | SIGHAND | PARENT | THREAD | SYSVSEM | SETTLS |
                            PARENT_SETTID | CHILD_CLEARTID | DETACHED | CHILD_SETTID | 0xff))
        return -EINVAL;
    if (!(flags & FS) || !(flags & FILES)) return -EINVAL;   /* host threads share both */
    void *pt = NULL, *ct = NULL;
    if ((flags & PARENT_SETTID) && !(pt = g_ptr(ptid, 4, PG_W))) return -EFAULT;
    if ((flags & (CHILD_SETTID | CHILD_CLEARTID)) && !(ct = g_ptr(ctid, 4, PG_W))) return -EFAULT;

    RvThread *t = calloc(1, sizeof *t);
    if (!t) return -ENOMEM;
    t->cpu = *st;
    t->cpu.x[10] = 0;               /* clone returns 0 in the child */
    if (sp) t->cpu.x[2] = sp;
    if (flags & SETTLS) t->cpu.x[4] = tls;
    t->cpu.pc = st->pc + 4;         /* after the ecall */
    t->cpu.resv = RV_NO_RESV;
    t->cpu.cur_op = NULL;
    t->cpu.instret = 0;
    t->clear_tid = (flags & CHILD_CLEARTID) ? ctid : 0;
    sig_thread_init(t, rv_self);

    struct Start s = {.t = t, .fflags = fp_read_fflags(st)};
    sem_init(&s.ready, 0, 0);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    /* the new thread must not take a host signal meant for this one before
     * it is set up: it starts with every signal blocked but SIGSEGV/SIGBUS,
     * then takes the host mask this thread has */
    sigset_t all, old;
    sigfillset(&all);
    sigdelset(&all, SIGSEGV);
    sigdelset(&all, SIGBUS);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    s.mask = old;
    pthread_t th;
    int rc = pthread_create(&th, &attr, thread_main, &s);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (rc) {
        sem_destroy(&s.ready);
        free(t);
        return rc == EAGAIN ? -EAGAIN : -rc;
    }
    while (sem_wait(&s.ready) < 0 && errno == EINTR) { /* the child is on its way */ }
    sem_destroy(&s.ready);
    t->next = rv_threads;
    rv_threads = t;
    rv_nthreads++;
    int32_t tid = t->tid;
    if (pt) memcpy(pt, &tid, 4);
    if ((flags & CHILD_SETTID) && ct) memcpy(ct, &tid, 4);
    return tid;
}

/* ---- exit ---------------------------------------------------------------------- */

_Noreturn void thread_exit(void)
{
    RvThread *t = rv_self;
    if (t->is_main) {
        main_exited = true;
        main_exit_code = rv_exit_code;
    }
    if (rv_nthreads == 1) {   /* the last one: the process ends (the main thread's status) */
        if (main_exited) rv_exit_code = main_exit_code;
        rv_finish(RV_EXIT_SYSCALL_EXIT);
    }
    if (t->clear_tid) {   /* what pthread_join waits for */
        void *p = g_ptr(t->clear_tid, 4, PG_W);
        if (p) {
            memset(p, 0, 4);
            futex(p, FUTEX_WAKE, 1, NULL);
        }
    }
    unlink_thread(t);
    sig_thread_gone(t->tid);
    rv_instret_exited += t->cpu.instret;
    free_host_altstack(t);
    if (!t->is_main) free(t);
    rv_self = NULL;
    gil_release();
    pthread_exit(NULL);
}

/* fork from a multi-threaded guest: only the calling thread lives on in
 * the child, holding the lock */
void thread_after_fork_child(void)
{
    RvThread *self = rv_self;
    int main_tid = (int)getpid();
    RvThread *t = rv_threads;
    rv_forked_from_threads = rv_nthreads > 1;
    while (t) {
        RvThread *n = t->next;
        if (t != self) {
            rv_instret_exited += t->cpu.instret;
            free(t->host_altstack);
            if (!t->is_main) free(t);
        }
        t = n;
    }
    self->next = NULL;
    rv_threads = self;
    rv_nthreads = 1;
    self->tid = main_tid;
    self->is_main = true;
    gil_next = gil_serving + 1;
}
