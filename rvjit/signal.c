/* rvjit — guest signals.
 *
 * The guest's dispositions, blocked mask, pending set and alternate stack
 * live here.  Signals reach the guest from three sources:
 *   - its own faults (SIGSEGV, SIGBUS, SIGILL, SIGTRAP): main.c calls
 *     sig_deliver_fault() with the precise pc; without a handler (or when the
 *     signal is blocked or ignored, as Linux forces it) the guest dies;
 *   - kill/tkill/tgkill to itself (raise, abort): sig_raise() marks the
 *     signal pending;
 *   - the outside world: for a guest handler the host handler async_signal()
 *     marks it pending; SIG_IGN and the SIG_DFL that ignore or stop are
 *     mirrored to the host, so the host kernel applies them (SIGPIPE ignored
 *     -> EPIPE, SIGTSTP stops); a SIG_DFL that kills is caught and made
 *     pending too, so that it waits while the guest blocks it (sigwait) and
 *     kills when delivered.  A syscall a host signal interrupted for nothing
 *     the guest takes now is restarted (rv_syscall), as Linux never
 *     interrupts one for a blocked signal.
 * Pending, unblocked signals are delivered after every syscall and, for
 * asynchronous ones, at loop edges (backward branches, indirect jumps).
 *
 * Delivery builds the riscv64 Linux rt_sigframe on the guest stack (or the
 * alternate stack with SA_ONSTACK): siginfo (128 bytes) then ucontext (960:
 * uc_flags, uc_link, uc_stack, uc_sigmask, padding, uc_mcontext at 176 with
 * the 32 gregs — pc first — the 32 f registers and fcsr), points ra at a
 * trampoline page holding "li a7, 139; ecall" (Linux uses the vDSO) and
 * enters the handler with a0 = signo, a1 = &info, a2 = &uc.  rt_sigreturn
 * restores everything from the ucontext.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rvjit.h"

#define G_SA_SIGINFO   0x00000004u
#define G_SA_ONSTACK   0x08000000u
#define G_SA_RESTART   0x10000000u
#define G_SA_NODEFER   0x40000000u
#define G_SA_RESETHAND 0x80000000u
#define G_SS_ONSTACK   1
#define G_SS_DISABLE   2

#define FRAME_INFO   0
#define FRAME_UC     128
#define FRAME_SIZE   (128 + 960)
#define UC_STACK     16
#define UC_SIGMASK   40
#define UC_MCONTEXT  176
#define MC_FPREGS    256
#define MC_FCSR      512

volatile uint64_t rv_sig_pending;   /* bit sig-1; process-wide (kill, external) */
volatile int rv_sig_async;          /* an asynchronous signal arrived, or the GIL is wanted */
_Thread_local bool rv_redirect;

/* dispositions are process-wide (under the GIL); the mask, the pending set
 * of tkill'ed signals and the alternate stack are per thread (RvThread) */
static struct {
    uint64_t handler, flags, mask;
} act[65];
static uint64_t blocked_of(const RvThread *t) { return t->blocked; }
bool sig_deliverable(const RvThread *t) { return ((rv_sig_pending | t->sigpend) & ~t->blocked) != 0; }

void sig_thread_init(RvThread *t, const RvThread *parent)
{
    t->blocked = parent->blocked;
    t->waiting = 0;
    t->sigpend = 0;
    t->have_saved = false;
    t->alt_sp = t->alt_size = 0;
    t->alt_flags = G_SS_DISABLE;
}

/* the calling thread's */
#define blocked (rv_self->blocked)
#define saved_mask (rv_self->saved_mask)
#define have_saved (rv_self->have_saved)
#define alt_sp (rv_self->alt_sp)
#define alt_size (rv_self->alt_size)
#define alt_flags (rv_self->alt_flags)
uint64_t rv_trampoline;   /* the sigreturn trampoline page ([vdso] in /proc/self/maps) */
#define trampoline rv_trampoline
static uint8_t info_for[65][128];   /* siginfo recorded when made pending */
static void make_info(uint8_t info[128], int sig, int code, uint64_t addr, bool kill);
static bool rtq_put(int sig, int tid, const void *info);

static inline uint64_t bit(int sig) { return 1ull << (sig - 1); }
static const uint64_t UNBLOCKABLE = (1ull << (SIGKILL - 1)) | (1ull << (SIGSTOP - 1));

static void put64(uint8_t *p, uint64_t v) { memcpy(p, &v, 8); }
static void put32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }
static uint64_t get64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }

#define SIG_KICK SIGRTMAX   /* see kick() */

/* the guest signals whose disposition the host mirrors: all but rvjit's
 * own SIGSEGV/SIGBUS and kick, SIGKILL/SIGSTOP, and the two real-time
 * signals the host glibc keeps for itself (32, 33: the guest's glibc uses
 * them between its threads, through tgkill, which rvjit emulates) */
static bool mirrorable(int sig)
{
    return sig >= 1 && sig < 65 && sig != SIGSEGV && sig != SIGBUS && sig != SIGKILL && sig != SIGSTOP &&
           !(sig >= 32 && sig < SIGRTMIN) && sig != SIG_KICK;
}

/* Signals blocked in the host mask rvjit started with (what the guest's
 * parent left blocked) and not yet unblocked by the guest. */
static uint64_t host_blocked;

/* What execve keeps, as Linux does: a signal the parent ignored stays
 * ignored (nohup, a shell's background job ignoring SIGINT) and the blocked
 * mask stays.  rvjit's own SIGSEGV/SIGBUS are its own, and unblocked. */
static void inherit_from_host(void)
{
    sigset_t cur;
    sigemptyset(&cur);
    sigprocmask(SIG_SETMASK, NULL, &cur);
    for (int sig = 1; sig < 65; sig++) {
        if (!mirrorable(sig)) continue;
        struct sigaction old;
        if (sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            act[sig].handler = 1;
        if (sigismember(&cur, sig) == 1) host_blocked |= bit(sig);
    }
    blocked = host_blocked;
    alt_flags = G_SS_DISABLE;
    sigset_t own;
    sigemptyset(&own);
    sigaddset(&own, SIGSEGV);
    sigaddset(&own, SIGBUS);
    sigprocmask(SIG_UNBLOCK, &own, NULL);
}

/* SIG_KICK: the host signal that interrupts a thread's blocking syscall
 * when a signal is sent to it (tgkill from another guest thread) */

static void kick(int sig)
{
    (void)sig;
    __atomic_store_n(&rv_sig_async, 1, __ATOMIC_RELAXED);
}

static void mirror_to_host(int sig);

int sig_init(void)
{
    struct sigaction ka;
    memset(&ka, 0, sizeof ka);
    ka.sa_handler = kick;   /* no SA_RESTART: the blocking call returns EINTR */
    sigemptyset(&ka.sa_mask);
    sigaction(SIG_KICK, &ka, NULL);
    uint64_t a = mem_find_free(RV_PAGE, 0);
    if (!a || mem_map_fixed(a, RV_PAGE, PG_R | PG_W, false, -1, 0) < 0) return -ENOMEM;
    put32(rv_mem + a, 0x08b00893u);      /* li a7, 139 (rt_sigreturn) */
    put32(rv_mem + a + 4, 0x00000073u);  /* ecall */
    mem_protect(a, RV_PAGE, PG_R | PG_X);
    trampoline = a;
    inherit_from_host();
    for (int sig = 1; sig < 65; sig++)   /* the default actions that kill are caught */
        if (act[sig].handler == 0) mirror_to_host(sig);
    return 0;
}

/* ---- dispositions --------------------------------------------------------- */

static void async_signal(int sig)
{
    __atomic_fetch_or(&rv_sig_pending, bit(sig), __ATOMIC_RELAXED);
    __atomic_store_n(&rv_sig_async, 1, __ATOMIC_RELAXED);
}

/* signals some signalfd watches (only grows): the host catches them
 * whatever the guest's disposition, so a blocked one is queued for the
 * signalfd, with the sender's siginfo */
static volatile uint64_t sfd_watch;

static void async_siginfo(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    /* the kernel's own SIGILL/SIGFPE/SIGTRAP/SIGSYS (si_code > 0) is a fault
     * in rvjit itself, never the guest's (those are emulated): die of it as
     * before by running the instruction again under the default action */
    if (si->si_code > 0 && (sig == SIGILL || sig == SIGFPE || sig == SIGTRAP || sig == SIGSYS)) {
        signal(sig, SIG_DFL);
        return;
    }
    if (sig >= 32 && rtq_put(sig, 0, si)) { async_signal(sig); return; }   /* queued, in order */
    if (!(rv_sig_pending & bit(sig))) memcpy(info_for[sig], si, 128);
    async_signal(sig);
}

static void clear_pending(int sig)
{
    __atomic_fetch_and(&rv_sig_pending, ~bit(sig), __ATOMIC_RELAXED);
    __atomic_fetch_and(&rv_self->sigpend, ~bit(sig), __ATOMIC_RELAXED);
}

/* ---- the real-time signal queue ---------------------------------------------
 * Linux queues every instance of a real-time signal (32-64) with its
 * siginfo, the classic ones (1-31) at most once.  Queued instances live in
 * this pool: each entry names its signal and its target (a thread's tid, or
 * 0 for the process), with a sequence number that keeps them in order.  The
 * pending bit of a set stays on while an entry for it is queued.  Entries
 * are added by host signal handlers (on any thread, async-signal-safe: a
 * free entry is claimed with a compare-and-swap, filled, then published)
 * and by the guest's own sends; they are taken under the GIL.  When the pool
 * is full, a signal falls back to the one-instance pending bit. */
enum { RTQ_SIZE = 1024, RTQ_FREE = 0, RTQ_FILLING, RTQ_READY };
static struct RtEntry {
    volatile int state;
    int sig, tid;
    uint64_t seq;
    uint8_t info[128];
} rtq[RTQ_SIZE];
static volatile uint64_t rtq_seq;
static volatile int rtq_used;   /* entries not free: a fast "empty" test */

static bool rtq_put(int sig, int tid, const void *info)
{
    for (int i = 0; i < RTQ_SIZE; i++) {
        int expect = RTQ_FREE;
        if (rtq[i].state != RTQ_FREE ||
            !__atomic_compare_exchange_n(&rtq[i].state, &expect, RTQ_FILLING, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            continue;
        __atomic_fetch_add(&rtq_used, 1, __ATOMIC_RELAXED);
        rtq[i].sig = sig;
        rtq[i].tid = tid;
        memcpy(rtq[i].info, info, 128);
        rtq[i].seq = __atomic_fetch_add(&rtq_seq, 1, __ATOMIC_RELAXED);
        __atomic_store_n(&rtq[i].state, RTQ_READY, __ATOMIC_RELEASE);
        return true;
    }
    return false;
}

/* the oldest ready entry of sig for target tid (0: the process), or -1;
 * *more: whether another entry (even one being filled) remains */
static int rtq_find(int sig, int tid, bool *more)
{
    int best = -1, n = 0;
    for (int i = 0; i < RTQ_SIZE; i++) {
        int st = __atomic_load_n(&rtq[i].state, __ATOMIC_ACQUIRE);
        if (st == RTQ_FREE || rtq[i].sig != sig || rtq[i].tid != tid) continue;
        n++;
        if (st == RTQ_READY && (best < 0 || rtq[i].seq < rtq[best].seq)) best = i;
    }
    *more = n > 1 || (n == 1 && best < 0);
    return best;
}

static void rtq_free(int i)
{
    __atomic_store_n(&rtq[i].state, RTQ_FREE, __ATOMIC_RELEASE);
    __atomic_fetch_sub(&rtq_used, 1, __ATOMIC_RELAXED);
}

/* drop the queued instances of sig (all targets when tid < 0) */
static void rtq_drop(int sig, int tid)
{
    if (!__atomic_load_n(&rtq_used, __ATOMIC_RELAXED)) return;
    for (int i = 0; i < RTQ_SIZE; i++)
        if (__atomic_load_n(&rtq[i].state, __ATOMIC_ACQUIRE) == RTQ_READY && rtq[i].sig == sig &&
            (tid < 0 || rtq[i].tid == tid))
            rtq_free(i);
}

/* Take one instance of sig pending for the calling thread, its own first
 * (Linux dequeues the thread's signals before the process's), into
 * info: the queued siginfo, or the one recorded with the pending bit. */
static void take_signal(int sig, uint8_t info[128])
{
    if (sig >= 32 && __atomic_load_n(&rtq_used, __ATOMIC_RELAXED)) {
        const int tids[2] = { rv_self->tid, 0 };
        volatile uint64_t *sets[2] = { &rv_self->sigpend, &rv_sig_pending };
        for (int k = 0; k < 2; k++) {
            if (!(*sets[k] & bit(sig))) continue;
            bool more;
            int i = rtq_find(sig, tids[k], &more);
            if (i < 0) continue;
            memcpy(info, rtq[i].info, 128);
            rtq_free(i);
            /* the bit goes off, then on again if anything remains: an
             * entry published meanwhile sets it after itself */
            __atomic_fetch_and(sets[k], ~bit(sig), __ATOMIC_SEQ_CST);
            if (rtq_find(sig, tids[k], &more) >= 0 || more) __atomic_fetch_or(sets[k], bit(sig), __ATOMIC_SEQ_CST);
            return;
        }
    }
    clear_pending(sig);
    if (info_for[sig][0]) memcpy(info, info_for[sig], 128);
    else make_info(info, sig, 0 /* SI_USER */, 0, true);
    memset(info_for[sig], 0, 128);
}

/* a thread ends: what was queued for it goes */
void sig_thread_gone(int tid)
{
    for (int sig = 32; sig < 65; sig++) rtq_drop(sig, tid);
}

/* fork: the child starts with no pending signals (Linux) */
void sig_after_fork_child(void)
{
    rv_sig_pending = 0;
    rv_self->sigpend = 0;
    for (int i = 0; i < RTQ_SIZE; i++) rtq[i].state = RTQ_FREE;
    rtq_used = 0;
    memset(info_for, 0, sizeof info_for);
}

static uint64_t pending(void) { return rv_sig_pending | rv_self->sigpend; }


/* the default action ignores the signal (the emulation treats the stops
 * as ignored; the host kernel does stop when their disposition is mirrored) */
static bool default_ignores(int sig)
{
    switch (sig) {
    case SIGCHLD: case SIGCONT: case SIGURG: case SIGWINCH:
    case SIGSTOP: case SIGTSTP: case SIGTTIN: case SIGTTOU:
        return true;
    }
    return false;
}


static void mirror_to_host(int sig)
{
    if (!mirrorable(sig)) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    if (sfd_watch & bit(sig)) {   /* queued for a signalfd; delivery applies the disposition */
        sa.sa_sigaction = async_siginfo;
        sa.sa_flags = SA_SIGINFO;
    } else if (act[sig].handler == 0 && default_ignores(sig)) {
        sa.sa_handler = SIG_DFL;   /* ignored, or a stop the host kernel does */
    } else if (act[sig].handler == 0) {
        /* the default action kills, but only when the guest takes the
         * signal: caught and made pending like a handled one, so a blocked
         * signal waits (sigwait, sigpending, unblocking kills then) instead
         * of killing the host process at once; delivery dies of it */
        sa.sa_sigaction = async_siginfo;
        sa.sa_flags = SA_SIGINFO;
    } else if (act[sig].handler == 1) sa.sa_handler = SIG_IGN;
    else {
        /* never SA_RESTART on the host: an interrupted syscall must return so
         * the guest handler runs; rv_syscall restarts it for SA_RESTART.
         * Real-time signals keep the sender's siginfo (sigqueue's value). */
        if (sig >= SIGRTMIN) {
            sa.sa_sigaction = async_siginfo;
            sa.sa_flags = SA_SIGINFO;
        } else {
            sa.sa_handler = async_signal;
        }
    }
    sigaction(sig, &sa, NULL);
}

int64_t sys_rt_sigaction(int sig, uint64_t newp, uint64_t oldp, uint64_t size)
{
    if (size != 8 || sig < 1 || sig > 64) return -EINVAL;
    if (newp && (sig == SIGKILL || sig == SIGSTOP)) return -EINVAL;
    const uint8_t *n = NULL;
    uint8_t *o = NULL;
    if (newp && !(n = g_ptr(newp, 24, PG_R))) return -EFAULT;
    if (oldp && !(o = g_ptr(oldp, 24, PG_W))) return -EFAULT;
    uint64_t prev[3] = {act[sig].handler, act[sig].flags, act[sig].mask};
    if (n) {
        act[sig].handler = get64(n);
        act[sig].flags = get64(n + 8);
        act[sig].mask = get64(n + 16);
        mirror_to_host(sig);
        if (act[sig].handler == 1) {   /* ignoring discards */
            rtq_drop(sig, -1);
            __atomic_fetch_and(&rv_sig_pending, ~bit(sig), __ATOMIC_RELAXED);
            for (RvThread *t = rv_threads; t; t = t->next)
                __atomic_fetch_and(&t->sigpend, ~bit(sig), __ATOMIC_RELAXED);
        }
    }
    if (o) {
        put64(o, prev[0]);
        put64(o + 8, prev[1]);
        put64(o + 16, prev[2]);
    }
    return 0;
}

int64_t sys_rt_sigprocmask(int how, uint64_t setp, uint64_t oldp, uint64_t size)
{
    if (size != 8) return -EINVAL;
    const uint8_t *s = NULL;
    uint8_t *o = NULL;
    if (setp && !(s = g_ptr(setp, 8, PG_R))) return -EFAULT;
    if (oldp && !(o = g_ptr(oldp, 8, PG_W))) return -EFAULT;
    uint64_t prev = blocked;
    if (s) {
        uint64_t v = get64(s);
        switch (how) {
        case 0: blocked |= v; break;
        case 1: blocked &= ~v; break;
        case 2: blocked = v; break;
        default: return -EINVAL;
        }
        blocked &= ~UNBLOCKABLE;
        if (host_blocked & ~blocked) { /* an inherited block lifted: the host's too */
            sigset_t un;
            sigemptyset(&un);
            for (int sig = 1; sig < 65; sig++)
                if (host_blocked & ~blocked & bit(sig)) sigaddset(&un, sig);
            sigprocmask(SIG_UNBLOCK, &un, NULL);
            host_blocked &= blocked;
        }
    }
    if (o) put64(o, prev);
    return 0;
}

int64_t sys_rt_sigpending(uint64_t setp, uint64_t size)
{
    if (size > 8) return -EINVAL;
    uint8_t *o = g_ptr(setp, 8, PG_W);
    if (!o) return -EFAULT;
    put64(o, pending() & blocked);
    return 0;
}

static bool on_altstack(uint64_t sp) { return alt_flags != G_SS_DISABLE && sp > alt_sp && sp <= alt_sp + alt_size; }

int64_t sys_sigaltstack(RvCpu *st, uint64_t ssp, uint64_t oldp)
{
    const uint8_t *s = NULL;
    uint8_t *o = NULL;
    if (ssp && !(s = g_ptr(ssp, 24, PG_R))) return -EFAULT;
    if (oldp && !(o = g_ptr(oldp, 24, PG_W))) return -EFAULT;
    uint64_t psp = alt_sp, psize = alt_size;
    int pflags = alt_flags == G_SS_DISABLE ? G_SS_DISABLE : on_altstack(st->x[2]) ? G_SS_ONSTACK : 0;
    if (s) {
        if (on_altstack(st->x[2])) return -EPERM;
        int fl;
        memcpy(&fl, s + 8, 4);
        if (fl != 0 && fl != G_SS_DISABLE) return -EINVAL;
        if (fl == G_SS_DISABLE) {
            alt_flags = G_SS_DISABLE;
            alt_sp = alt_size = 0;
        } else {
            uint64_t size = get64(s + 16);
            if (size < 2048) return -ENOMEM;   /* MINSIGSTKSZ */
            alt_sp = get64(s);
            alt_size = size;
            alt_flags = 0;
        }
    }
    if (o) {
        memset(o, 0, 24);
        put64(o, psp);
        put32(o + 8, (uint32_t)pflags);
        put64(o + 16, psize);
    }
    return 0;
}

/* ---- delivery --------------------------------------------------------------- */

/* Build the frame and enter the handler; st->pc is the resume pc.  False
 * when the frame cannot be written (the guest then dies of SIGSEGV). */
static bool build_frame(RvCpu *st, int sig, const uint8_t info[128])
{
    uint64_t sp = st->x[2];
    bool was_on = on_altstack(sp);
    if ((act[sig].flags & G_SA_ONSTACK) && alt_flags != G_SS_DISABLE && !was_on)
        sp = alt_sp + alt_size;
    sp = (sp - FRAME_SIZE) & ~15ull;
    if (was_on && !on_altstack(sp + 1)) return false;   /* alternate stack overflow: Linux kills */
    uint8_t *f = g_ptr(sp, FRAME_SIZE, PG_W);
    if (!f) return false;
    memset(f, 0, FRAME_SIZE);
    memcpy(f + FRAME_INFO, info, 128);
    uint8_t *uc = f + FRAME_UC;
    put64(uc + UC_STACK, alt_sp);
    put32(uc + UC_STACK + 8, (uint32_t)(alt_flags == G_SS_DISABLE ? G_SS_DISABLE
                                        : on_altstack(st->x[2]) ? G_SS_ONSTACK : 0));
    put64(uc + UC_STACK + 16, alt_size);
    put64(uc + UC_SIGMASK, have_saved ? saved_mask : blocked);
    if (have_saved) blocked = saved_mask;   /* then the handler's mask applies on top */
    have_saved = false;
    uint8_t *mc = uc + UC_MCONTEXT;
    put64(mc, st->pc);
    for (int i = 1; i < 32; i++) put64(mc + 8 * i, st->x[i]);
    for (int i = 0; i < 32; i++) put64(mc + MC_FPREGS + 8 * i, st->f[i]);
    put32(mc + MC_FCSR, fp_read_fflags(st) | st->frm << 5);

    st->x[1] = trampoline;
    st->x[2] = sp;
    st->x[10] = (uint64_t)sig;
    st->x[11] = sp + FRAME_INFO;
    st->x[12] = sp + FRAME_UC;
    st->pc = act[sig].handler;
    blocked |= act[sig].mask | (act[sig].flags & G_SA_NODEFER ? 0 : bit(sig));
    blocked &= ~UNBLOCKABLE;
    if (act[sig].flags & G_SA_RESETHAND) {
        act[sig].handler = 0;
        act[sig].flags &= ~G_SA_SIGINFO;
        mirror_to_host(sig);
    }
    return true;
}

static void make_info(uint8_t info[128], int sig, int code, uint64_t addr, bool kill)
{
    memset(info, 0, 128);
    put32(info, (uint32_t)sig);
    put32(info + 8, (uint32_t)code);
    if (kill) {
        put32(info + 16, (uint32_t)getpid());
        put32(info + 20, (uint32_t)getuid());
    } else {
        put64(info + 16, addr);
    }
}

static void die_of(int sig)
{
    rv_exit_requested = true;
    rv_exit_code = 128 + sig;
    rv_fault.kind = FAULT_SIGNAL;
    rv_fault.signo = sig;
}

/* mark sig pending in `set` (process-wide or one thread's); false when
 * there is nothing to deliver */
static bool make_pending(volatile uint64_t *set, int tid, int sig, uint64_t target_blocked, const uint8_t *info)
{
    if (sig == SIGKILL) {
        die_of(sig);
        return false;
    }
    /* an ignored signal is discarded, unless blocked for a signalfd (Linux
     * queues every blocked signal; the unblocked ignored one is dropped) */
    bool keep = (sfd_watch & target_blocked & bit(sig)) != 0;
    if (!keep && (act[sig].handler == 1 || (act[sig].handler == 0 && default_ignores(sig)))) return false;
    uint8_t in[128];
    if (info) memcpy(in, info, 128);   /* rt_sigqueueinfo: the sender's */
    else make_info(in, sig, -6 /* SI_TKILL */, 0, true);
    if (sig >= 32 && rtq_put(sig, set == &rv_sig_pending ? 0 : tid, in)) {   /* real-time: queued */
    } else if (!(*set & bit(sig))) {   /* a classic one pending already: this one is dropped */
        memcpy(info_for[sig], in, 128);
    }
    __atomic_fetch_or(set, bit(sig), __ATOMIC_RELAXED);   /* delivered (or acted on) after the syscall */
    return true;
}

/* kill(getpid()), rt_sigqueueinfo to itself (info: the 128-byte siginfo,
 * or NULL): process-wide, taken by a thread that does not block it */
int64_t sig_raise_info(int sig, const uint8_t *info)
{
    if (sig == 0) return 0;
    if (sig < 1 || sig > 64) return -EINVAL;
    if (make_pending(&rv_sig_pending, 0, sig, blocked, info)) __atomic_store_n(&rv_sig_async, 1, __ATOMIC_RELAXED);
    return 0;
}

/* kill(getpid()): SI_USER with the sender's pid and uid, as Linux records it */
int64_t sig_raise(int sig)
{
    if (sig < 1 || sig > 64) return sig_raise_info(sig, NULL);
    uint8_t info[128];
    make_info(info, sig, 0 /* SI_USER */, 0, true);
    return sig_raise_info(sig, info);
}

/* a signal the host may deliver to rvjit itself (kill of a process group
 * that holds it): what the host handlers take as the guest's */
bool sig_host_sendable(int sig) { return sig == 0 || sig == SIGKILL || sig == SIGSTOP || mirrorable(sig); }

/* tkill/tgkill: pending in that thread, which takes it at its next poll
 * point; a kick interrupts the blocking syscall it may be in */
int64_t sig_send_thread_info(RvThread *t, int sig, const uint8_t *info)
{
    if (sig == 0) return 0;
    if (sig < 1 || sig > 64) return -EINVAL;
    if (!make_pending(&t->sigpend, t->tid, sig, blocked_of(t), info) || t == rv_self) return 0;
    __atomic_store_n(&rv_sig_async, 1, __ATOMIC_RELAXED);
    syscall(SYS_tgkill, getpid(), t->tid, SIG_KICK);
    return 0;
}

/* A process-wide signal the calling thread does not take (it blocks it;
 * the host delivered it here anyway, as the host masks do not follow the
 * guest's) goes to a thread that takes it: one that does not block it or
 * waits for it in sigwait or a signalfd read.  That thread is kicked out
 * of its blocking call, or sees it at its next poll point; Linux picks
 * such a thread at once. */
void sig_route(void)
{
    uint64_t p = rv_sig_pending;
    if (!p || (p & ~blocked)) return;
    for (RvThread *t = rv_threads; t; t = t->next)
        if (t != rv_self && (p & (~blocked_of(t) | t->waiting))) {
            __atomic_store_n(&rv_sig_async, 1, __ATOMIC_RELAXED);
            syscall(SYS_tgkill, getpid(), t->tid, SIG_KICK);
            return;
        }
}

/* what sig_exec_prepare changed, for sig_exec_failed to put back */
static struct sigaction exec_saved[65];
static uint64_t exec_reset;

/* execve keeps the blocked mask and the pending signals (Linux): the host
 * mask becomes the guest's and the blocked pending signals are sent to the
 * host thread again, so the new program (a fresh rvjit inherits them, see
 * inherit_from_host, or a host program) starts with them.  *old gets the
 * host mask to restore if execve fails, after sig_exec_failed (the signals
 * sent come back to the handlers, which mark them pending: they are
 * already). */
void sig_exec_prepare(sigset_t *old)
{
    /* The dispositions the new program starts with, set before the mask
     * lets anything in: execve makes a caught signal SIG_DFL and keeps
     * SIG_IGN.  A signal arriving between here and the exec then kills
     * (or is ignored) as on Linux; with rvjit's handler still installed it
     * was taken, made pending in this process, and lost by the exec. */
    exec_reset = 0;
    for (int sig = 1; sig < 65; sig++) {
        struct sigaction cur, now;
        if (!mirrorable(sig) || sigaction(sig, NULL, &cur) != 0) continue;
        if (!(cur.sa_flags & SA_SIGINFO) && (cur.sa_handler == SIG_DFL || cur.sa_handler == SIG_IGN))
            continue;
        memset(&now, 0, sizeof now);
        sigemptyset(&now.sa_mask);
        now.sa_handler = act[sig].handler == 1 ? SIG_IGN : SIG_DFL;
        exec_saved[sig] = cur;
        exec_reset |= bit(sig);
        sigaction(sig, &now, NULL);
    }
    sigset_t m;
    sigemptyset(&m);
    for (int sig = 1; sig < 65; sig++)
        if ((blocked & bit(sig)) && sig != SIG_KICK) sigaddset(&m, sig);
    pthread_sigmask(SIG_SETMASK, &m, old);
    uint64_t p = pending() & blocked;
    for (int sig = 1; sig < SIGRTMIN; sig++)
        if (p & bit(sig)) syscall(SYS_tgkill, getpid(), rv_self->tid, sig);
    /* the queued real-time ones, each with its siginfo, in order (the host
     * queues them for the new program) */
    uint64_t last = 0;
    for (bool first = true;; first = false) {
        int best = -1;
        for (int i = 0; i < RTQ_SIZE; i++) {
            const struct RtEntry *e = &rtq[i];
            if (e->state != RTQ_READY || !(p & bit(e->sig)) || e->sig < SIGRTMIN || e->sig == SIG_KICK ||
                (e->tid && e->tid != rv_self->tid) || (!first && e->seq <= last))
                continue;
            if (best < 0 || e->seq < rtq[best].seq) best = i;
        }
        if (best < 0) break;
        last = rtq[best].seq;
        syscall(SYS_rt_tgsigqueueinfo, getpid(), rv_self->tid, rtq[best].sig, rtq[best].info);
    }
}

/* the execve failed: rvjit's handlers back (the caller restores the mask) */
void sig_exec_failed(void)
{
    for (int sig = 1; sig < 65; sig++)
        if (exec_reset & bit(sig)) sigaction(sig, &exec_saved[sig], NULL);
    exec_reset = 0;
}

int64_t sig_send_thread(RvThread *t, int sig) { return sig_send_thread_info(t, sig, NULL); }

/* Every host signal but SIGSEGV/SIGBUS (rvjit's own faults) blocked while
 * the pending set is checked and until the host wait lets them in
 * atomically, so that a signal or a kick arriving in between is not lost;
 * *old gets the mask to restore. */
static void sig_block_host(sigset_t *old)
{
    sigset_t all;
    sigfillset(&all);
    sigdelset(&all, SIGSEGV);
    sigdelset(&all, SIGBUS);
    pthread_sigmask(SIG_BLOCK, &all, old);
}

/* Monotonic deadlines for waits that restart with the time left. */
static struct timespec deadline_after(const struct timespec *rel)
{
    struct timespec end;
    clock_gettime(CLOCK_MONOTONIC, &end);
    end.tv_sec += rel->tv_sec;
    end.tv_nsec += rel->tv_nsec;
    if (end.tv_nsec >= 1000000000) { end.tv_sec++; end.tv_nsec -= 1000000000; }
    return end;
}

/* The time until `end`; tv_sec < 0 once it has passed. */
static struct timespec time_left(struct timespec end)
{
    struct timespec now, left;
    clock_gettime(CLOCK_MONOTONIC, &now);
    left.tv_sec = end.tv_sec - now.tv_sec;
    left.tv_nsec = end.tv_nsec - now.tv_nsec;
    if (left.tv_nsec < 0) { left.tv_sec--; left.tv_nsec += 1000000000; }
    return left;
}

/* rt_sigsuspend: wait with a temporary mask until a signal is deliverable;
 * the frame records the original mask, restored by sigreturn */
int64_t sys_rt_sigsuspend(uint64_t maskp, uint64_t size)
{
    if (size != 8) return -EINVAL;
    const uint8_t *m = g_ptr(maskp, 8, PG_R);
    if (!m) return -EFAULT;
    saved_mask = blocked;
    have_saved = true;
    blocked = get64(m) & ~UNBLOCKABLE;
    /* host signals stay blocked between the check and the wait, so none is
     * lost; sigsuspend lets them in, the other guest threads run meanwhile */
    sigset_t old;
    sig_block_host(&old);
    sigset_t wait_mask;
    sigemptyset(&wait_mask);
    while (!(pending() & ~blocked)) {
        gil_release();
        sigsuspend(&wait_mask);
        gil_acquire();
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return -EINTR;
}

/* A blocking wait with an optional temporary guest signal mask (pselect6,
 * ppoll): like sigsuspend, the mask applies for the call and, when a signal
 * interrupts it, for the handler's frame (uc_sigmask is the mask from
 * before).  The host signals stay blocked between the check of the pending
 * set and the wait (the host call unblocks them atomically), so a signal
 * that arrived before the call, or a kick, interrupts it.  A host signal
 * the guest does not take now (blocked in the guest, the kick for nothing)
 * restarts the wait with the time left.  `rel` (NULL: no timeout) is
 * updated to the time left, as Linux does. */
int64_t sig_masked_wait(const uint8_t *gmask, struct timespec *rel, SigWaitFn fn, void *ctx)
{
    if (gmask) {
        saved_mask = blocked;
        have_saved = true;
        blocked = get64(gmask) & ~UNBLOCKABLE;
    }
    struct timespec end = {0, 0};
    if (rel)
        end = deadline_after(rel);
    sigset_t old, none;
    sigemptyset(&none);
    sig_block_host(&old);
    int64_t r;
    for (;;) {
        if (pending() & ~blocked) { r = -EINTR; break; }
        struct timespec left = {0, 0};
        if (rel) {
            left = time_left(end);
            if (left.tv_sec < 0) left.tv_sec = left.tv_nsec = 0;
        }
        sig_signalfd_sync();   /* a signal that came in makes its signalfd readable */
        gil_release();
        long n = fn(ctx, rel ? &left : NULL, &none);
        int e = errno;
        gil_acquire();
        if (n >= 0) { r = n; break; }
        if (e != EINTR) { r = -e; break; }
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rel) {   /* the time left */
        *rel = time_left(end);
        if (rel->tv_sec < 0 || r == 0) rel->tv_sec = rel->tv_nsec = 0;
    }
    if (r != -EINTR && gmask) {   /* no handler runs: the old mask is back */
        blocked = saved_mask;
        have_saved = false;
    }
    return r;
}

/* rt_sigtimedwait (sigwait, sigtimedwait): take a pending signal of `set`
 * without running its handler.  Like sigsuspend, the host signals stay
 * blocked between the check and the wait (ppoll lets them in), so a kick
 * from another thread is not lost. */
int64_t sys_rt_sigtimedwait(uint64_t setp, uint64_t infop, uint64_t tsp, uint64_t size)
{
    if (size != 8) return -EINVAL;
    const uint8_t *s = g_ptr(setp, 8, PG_R);
    if (!s) return -EFAULT;
    uint8_t *info = NULL;
    if (infop && !(info = g_ptr(infop, 128, PG_W))) return -EFAULT;
    struct timespec end = {0, 0};
    if (tsp) {
        const uint8_t *t = g_ptr(tsp, 16, PG_R);
        if (!t) return -EFAULT;
        struct timespec rel;
        memcpy(&rel, t, 16);
        if (rel.tv_sec < 0 || rel.tv_nsec < 0 || rel.tv_nsec >= 1000000000) return -EINVAL;
        end = deadline_after(&rel);
    }
    uint64_t want = get64(s) & ~UNBLOCKABLE;
    sigset_t old, none;
    sigemptyset(&none);
    sig_block_host(&old);
    rv_self->waiting = want;   /* sig_route may send a process-wide one here */
    int64_t r;
    for (;;) {
        uint64_t p = pending() & want;
        if (p) {
            int sig = __builtin_ctzll(p) + 1;
            uint8_t in[128];
            take_signal(sig, in);
            if (info) memcpy(info, in, 128);
            r = sig;
            break;
        }
        if (pending() & ~blocked) {   /* another signal's handler runs first */
            r = -EINTR;
            break;
        }
        struct timespec left, *lp = NULL;
        if (tsp) {
            left = time_left(end);
            if (left.tv_sec < 0) {
                r = -EAGAIN;
                break;
            }
            lp = &left;
        }
        gil_release();
        ppoll(NULL, 0, lp, &none);
        gil_acquire();
    }
    rv_self->waiting = 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return r;
}

/* the signal sig_deliver_pending would deliver next asks for SA_RESTART */
bool sig_next_restarts(void)
{
    uint64_t ready = pending() & ~blocked;
    while (ready) {
        int sig = __builtin_ctzll(ready) + 1;
        ready &= ready - 1;
        if (act[sig].handler > 1) return (act[sig].flags & G_SA_RESTART) != 0;
    }
    return false;
}

bool sig_deliver_pending(RvCpu *st)
{
    uint64_t ready = pending() & ~blocked;
    while (ready) {
        int sig = __builtin_ctzll(ready) + 1;
        ready &= ready - 1;
        uint8_t info[128];
        take_signal(sig, info);
        if (act[sig].handler == 1) continue;
        if (act[sig].handler == 0) {
            if (default_ignores(sig)) continue;
            die_of(sig);
            return false;
        }
        if (!build_frame(st, sig, info)) {
            die_of(SIGSEGV);
            return false;
        }
        return true;
    }
    if (have_saved) {   /* sigsuspend woke for an ignored signal */
        blocked = saved_mask;
        have_saved = false;
    }
    return false;
}

bool sig_deliver_fault(RvCpu *st, int sig, int code, uint64_t addr)
{
    /* Linux forces synchronous fault signals: blocked or ignored means death */
    if (act[sig].handler <= 1 || (blocked & bit(sig))) return false;
    uint8_t info[128];
    make_info(info, sig, code, addr, false);
    return build_frame(st, sig, info);
}

int64_t sys_rt_sigreturn(RvCpu *st)
{
    uint64_t sp = st->x[2];
    const uint8_t *uc = g_ptr(sp + FRAME_UC, 960, PG_R);
    if (!uc) {
        die_of(SIGSEGV);
        return 0;
    }
    const uint8_t *mc = uc + UC_MCONTEXT;
    st->pc = get64(mc);
    for (int i = 1; i < 32; i++) st->x[i] = get64(mc + 8 * i);
    for (int i = 0; i < 32; i++) st->f[i] = get64(mc + MC_FPREGS + 8 * i);
    uint32_t fcsr;
    memcpy(&fcsr, mc + MC_FCSR, 4);
    fp_write_fflags(st, fcsr & 0x1f);
    fp_write_frm(st, (fcsr >> 5) & 7);
    blocked = get64(uc + UC_SIGMASK) & ~UNBLOCKABLE;
    rv_redirect = true;
    return (int64_t)st->x[10];
}

/* ---- signalfd ------------------------------------------------------------
 * The guest's signals are emulated, so a host signalfd would never see
 * them.  A guest signalfd is a host eventfd (close, dup, poll, epoll and
 * O_NONBLOCK work on it) plus a mask in this table; read() on it takes
 * the calling thread's pending signals (its own and the process's) of the
 * mask, as Linux does, and returns signalfd_siginfo records.  Its
 * readiness is brought up to date before every poll-type wait
 * (sig_signalfd_sync).  The table is cleared by close, dup2/dup3 over the
 * fd and close_range; a signalfd does not survive execve. */
enum { SFD_MAX = 64 };
static struct { int fd; uint64_t mask; } sfds[SFD_MAX];
static int nsfd;

static int sfd_find(int fd)
{
    for (int i = 0; i < nsfd; i++)
        if (sfds[i].fd == fd) return i;
    return -1;
}

bool sig_is_signalfd(int fd) { return nsfd && sfd_find(fd) >= 0; }

void sig_signalfd_forget(int lo, int hi)
{
    for (int i = 0; i < nsfd; i++)
        if (sfds[i].fd >= lo && sfds[i].fd <= hi) { sfds[i--] = sfds[--nsfd]; }
}

int64_t sys_signalfd4(int fd, uint64_t maskp, uint64_t size, int flags)
{
    if (size != 8) return -EINVAL;
    if (flags & ~(O_NONBLOCK | O_CLOEXEC)) return -EINVAL;
    const uint8_t *m = g_ptr(maskp, 8, PG_R);
    if (!m) return -EFAULT;
    uint64_t mask = get64(m) & ~UNBLOCKABLE;
    int i;
    if (fd == -1) {
        if (nsfd == SFD_MAX) return -EMFILE;
        int e = (int)syscall(SYS_eventfd2, 0, flags);
        if (e < 0) return -errno;
        sig_signalfd_forget(e, e);
        i = nsfd++;
        sfds[i].fd = e;
    } else {
        i = sfd_find(fd);
        if (i < 0) return fcntl(fd, F_GETFD) < 0 ? -EBADF : -EINVAL;
    }
    sfds[i].mask = mask;
    uint64_t add = mask & ~sfd_watch;
    sfd_watch |= mask;
    for (int sig = 1; sig < 65; sig++)
        if (add & bit(sig)) mirror_to_host(sig);
    sig_signalfd_sync();
    return sfds[i].fd;
}

/* the eventfd behind each signalfd is readable iff a signal of its mask is
 * pending for the calling thread */
void sig_signalfd_sync(void)
{
    uint64_t p = pending();
    for (int i = 0; i < nsfd; i++) {
        bool want = (p & sfds[i].mask) != 0;
        struct pollfd pf = { sfds[i].fd, POLLIN, 0 };
        bool have = poll(&pf, 1, 0) > 0 && (pf.revents & POLLIN);
        uint64_t v = 1;
        if (want && !have) { if (write(sfds[i].fd, &v, 8) < 0) { /* full: stays readable */ } }
        else if (!want && have) { if (read(sfds[i].fd, &v, 8) < 0) { /* raced: nothing to drain */ } }
    }
}

static void to_sfd_info(uint8_t out[128], int sig)
{
    uint8_t in[128];
    take_signal(sig, in);
    int32_t code;
    memcpy(&code, in + 8, 4);
    memset(out, 0, 128);
    memcpy(out, in, 12);                          /* ssi_signo, ssi_errno, ssi_code */
    if (code == -2 /* SI_TIMER */) {
        memcpy(out + 24, in + 16, 4);             /* ssi_tid */
        memcpy(out + 32, in + 20, 4);             /* ssi_overrun */
        memcpy(out + 44, in + 24, 4);             /* ssi_int */
        memcpy(out + 48, in + 24, 8);             /* ssi_ptr */
    } else if (code <= 0 || sig == SIGCHLD) {     /* sent by a process (kill, queue, tkill), a child */
        memcpy(out + 12, in + 16, 8);             /* ssi_pid, ssi_uid */
        if (sig == SIGCHLD && code > 0) {
            memcpy(out + 40, in + 24, 4);         /* ssi_status */
            memcpy(out + 56, in + 32, 16);        /* ssi_utime, ssi_stime */
        } else {
            memcpy(out + 44, in + 24, 4);         /* ssi_int */
            memcpy(out + 48, in + 24, 8);         /* ssi_ptr */
        }
    } else {
        memcpy(out + 72, in + 16, 8);             /* ssi_addr (faults) */
    }
}

/* read(2) on a signalfd: whole 128-byte records; blocks (GIL released,
 * host signals let in only while waiting, like sigtimedwait) unless the fd
 * is O_NONBLOCK */
int64_t sig_signalfd_read(int fd, uint8_t *buf, uint64_t len)
{
    int i = sfd_find(fd);
    if (i < 0) return -EBADF;
    if (len < 128) return -EINVAL;
    uint64_t mask = sfds[i].mask;
    bool nonblock = (fcntl(fd, F_GETFL) & O_NONBLOCK) != 0;
    sigset_t old, none;
    sigemptyset(&none);
    sig_block_host(&old);
    rv_self->waiting = mask;
    int64_t r;
    for (;;) {
        uint64_t n = 0;
        uint64_t p;
        while (n + 128 <= len && (p = pending() & mask)) {
            int sig = __builtin_ctzll(p) + 1;
            to_sfd_info(buf + n, sig);
            n += 128;
        }
        if (n) { r = (int64_t)n; break; }
        if (nonblock) { r = -EAGAIN; break; }
        if (pending() & ~blocked) { r = -EINTR; break; }
        gil_release();
        ppoll(NULL, 0, NULL, &none);
        gil_acquire();
    }
    rv_self->waiting = 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    sig_signalfd_sync();
    return r;
}

/* what /proc/self/stat and status show of thread t's signals */
void sig_proc_sets(const RvThread *t, struct RvSigSets *s)
{
    s->thread_pending = t->sigpend;
    s->shared_pending = rv_sig_pending;
    s->mask = blocked_of(t);
    s->ignored = s->caught = 0;
    for (int sig = 1; sig < 65; sig++) {
        if (act[sig].handler == 1) s->ignored |= bit(sig);
        else if (act[sig].handler > 1) s->caught |= bit(sig);
    }
}
