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
 *     marks it pending; SIG_IGN / SIG_DFL are mirrored to the host, so the
 *     host kernel applies them (SIGPIPE ignored -> EPIPE, SIGINT kills...).
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
#include <signal.h>
#include <string.h>
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

volatile uint64_t rv_sig_pending;   /* bit sig-1 */
volatile int rv_sig_async;          /* an asynchronous signal arrived */
bool rv_redirect;

static struct {
    uint64_t handler, flags, mask;
} act[65];
static uint64_t blocked;
static uint64_t saved_mask;          /* rt_sigsuspend: mask to restore after the handler */
static bool have_saved;
static uint64_t alt_sp, alt_size;
static int alt_flags = G_SS_DISABLE;
static uint64_t trampoline;
static uint8_t info_for[65][128];   /* siginfo recorded when made pending */

static inline uint64_t bit(int sig) { return 1ull << (sig - 1); }
static const uint64_t UNBLOCKABLE = (1ull << (SIGKILL - 1)) | (1ull << (SIGSTOP - 1));

static void put64(uint8_t *p, uint64_t v) { memcpy(p, &v, 8); }
static void put32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }
static uint64_t get64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }

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
        if (sig == SIGSEGV || sig == SIGBUS || sig == SIGKILL || sig == SIGSTOP) continue;
        struct sigaction old;
        if (sig < SIGRTMIN && sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            act[sig].handler = 1;
        if (sig < SIGRTMIN && sigismember(&cur, sig) == 1) host_blocked |= bit(sig);
    }
    blocked = host_blocked;
    sigset_t own;
    sigemptyset(&own);
    sigaddset(&own, SIGSEGV);
    sigaddset(&own, SIGBUS);
    sigprocmask(SIG_UNBLOCK, &own, NULL);
}

int sig_init(void)
{
    uint64_t a = mem_find_free(RV_PAGE, 0);
    if (!a || mem_map_fixed(a, RV_PAGE, PG_R | PG_W, false, -1, 0) < 0) return -ENOMEM;
    put32(rv_mem + a, 0x08b00893u);      /* li a7, 139 (rt_sigreturn) */
    put32(rv_mem + a + 4, 0x00000073u);  /* ecall */
    mem_protect(a, RV_PAGE, PG_R | PG_X);
    trampoline = a;
    inherit_from_host();
    return 0;
}

/* ---- dispositions --------------------------------------------------------- */

static void async_signal(int sig)
{
    rv_sig_pending |= bit(sig);
    rv_sig_async = 1;
}

/* internal host signals keep rvjit's own handlers */
static bool host_owned(int sig) { return sig == SIGSEGV || sig == SIGBUS; }

static void mirror_to_host(int sig)
{
    if (host_owned(sig) || sig == SIGKILL || sig == SIGSTOP || sig >= SIGRTMIN) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    if (act[sig].handler == 0) sa.sa_handler = SIG_DFL;
    else if (act[sig].handler == 1) sa.sa_handler = SIG_IGN;
    else {
        /* never SA_RESTART on the host: an interrupted syscall must return so
         * the guest handler runs; rv_syscall restarts it for SA_RESTART */
        sa.sa_handler = async_signal;
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
        if (act[sig].handler == 1) rv_sig_pending &= ~bit(sig);   /* ignoring discards */
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
    put64(o, rv_sig_pending & blocked);
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

static bool default_ignores(int sig)
{
    switch (sig) {
    case SIGCHLD: case SIGCONT: case SIGURG: case SIGWINCH:
    case SIGSTOP: case SIGTSTP: case SIGTTIN: case SIGTTOU:
        return true;
    }
    return false;
}

static void die_of(int sig)
{
    rv_exit_requested = true;
    rv_exit_code = 128 + sig;
    rv_fault.kind = FAULT_SIGNAL;
    rv_fault.signo = sig;
}

int64_t sig_raise(int sig)
{
    if (sig == 0) return 0;
    if (sig < 1 || sig > 64) return -EINVAL;
    if (sig == SIGKILL) {
        die_of(sig);
        return 0;
    }
    if (act[sig].handler == 1 || (act[sig].handler == 0 && default_ignores(sig))) return 0;
    make_info(info_for[sig], sig, -6 /* SI_TKILL */, 0, true);
    rv_sig_pending |= bit(sig);   /* delivered (or acted on) after the syscall */
    return 0;
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
    sigset_t none;
    sigemptyset(&none);
    while (!(rv_sig_pending & ~blocked)) sigsuspend(&none);
    return -EINTR;
}

/* the signal sig_deliver_pending would deliver next asks for SA_RESTART */
bool sig_next_restarts(void)
{
    uint64_t ready = rv_sig_pending & ~blocked;
    while (ready) {
        int sig = __builtin_ctzll(ready) + 1;
        ready &= ready - 1;
        if (act[sig].handler > 1) return (act[sig].flags & G_SA_RESTART) != 0;
    }
    return false;
}

bool sig_deliver_pending(RvCpu *st)
{
    rv_sig_async = 0;
    uint64_t ready = rv_sig_pending & ~blocked;
    while (ready) {
        int sig = __builtin_ctzll(ready) + 1;
        ready &= ready - 1;
        rv_sig_pending &= ~bit(sig);
        uint8_t info[128];
        if (info_for[sig][0]) memcpy(info, info_for[sig], 128);
        else make_info(info, sig, 0 /* SI_USER */, 0, true);
        memset(info_for[sig], 0, 128);
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
