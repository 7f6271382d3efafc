/* rvjit — command line, host fault handling, run loop, statistics.
 *
 *   rvjit [options] prog [args...]
 *
 * Exit status: the guest's exit status; when the guest dies of signal N,
 * rvjit dies of signal N too (a shell shows 128+N: SIGILL 132, SIGTRAP 133,
 * SIGABRT 134, SIGBUS 135, SIGSEGV 139);
 * 126 when the program cannot be executed (malformed or foreign ELF),
 * 127 when it does not exist, 2 for a usage error.
 */
#include <errno.h>
#include <fenv.h>
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "rvjit.h"

_Thread_local struct RvFault rv_fault;
static RvThread main_thread;
/* per host thread: where a guest fault returns to, and whether guest code runs */
static _Thread_local sigjmp_buf fault_jmp;
static _Thread_local volatile sig_atomic_t in_guest;
static bool stats;
static double t0;

/* The kernel runs a signal handler with a fresh FPU state (MXCSR: no flags,
 * round to nearest; x87 likewise), and siglongjmp does not restore the
 * interrupted one.  But the guest's accrued fflags live partly in MXCSR and
 * the host rounding mode is frm (see fp.c): put the interrupted state back
 * before jumping out of the handler. */
static void keep_fp_state(void *uc)
{
#if defined(__x86_64__)
    const ucontext_t *u = uc;
    if (u && u->uc_mcontext.fpregs) {
        unsigned int mxcsr = u->uc_mcontext.fpregs->mxcsr;
        unsigned short cwd = u->uc_mcontext.fpregs->cwd;
        __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
        __asm__ volatile("fldcw %0" : : "m"(cwd));
    }
#else
    (void)uc;
#endif
}

static void host_fault(int sig, siginfo_t *si, void *uc)
{
    uint8_t *a = si->si_addr;
    if (in_guest && rv_mem && a >= rv_mem && a < rv_mem + RV_SPACE + RV_GUARD) {
        uint64_t ga = (uint64_t)(a - rv_mem);
        if (sig == SIGSEGV && cache_smc_fault(ga)) return;   /* retry the store */
        /* cur_op: the op doing the access; bit 0 set for the second access
         * of a paired load/store (whose pc is op->pc + length of the first) */
        RvCpu *cpu = &rv_self->cpu;   /* the faulting thread's (it holds the GIL) */
        uintptr_t tag = (uintptr_t)cpu->cur_op;
        const Op *op = (const Op *)(tag & ~(uintptr_t)1);
        rv_fault.kind = sig == SIGBUS ? FAULT_BUS : FAULT_SEGV;
        rv_fault.code = si->si_code;   /* SIGBUS past a file's end: BUS_ADRERR */
        rv_fault.addr = ga;
        rv_fault.pc = op ? op->pc : cpu->pc;
        if (op && (tag & 1)) rv_fault.pc += (uint64_t)op->imm >> 48 & 0xff;
        cpu->pc = rv_fault.pc;
        keep_fp_state(uc);
        siglongjmp(fault_jmp, 1);
    }
    static const char msg[] = "rvjit: internal error: host fault outside guest memory\n";
    if (write(2, msg, sizeof msg - 1) < 0) { /* nothing to do */ }
    signal(sig, SIG_DFL);   /* returning re-executes the access: default action */
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: rvjit [options] prog [args...]\n"
            "Run a static riscv64 Linux executable (rv64gc).\n"
            "\n"
            "options:\n"
            "  --strace        print every syscall with arguments and result to stderr\n"
            "  --stats         print instructions, time, MIPS and decode-cache figures at exit\n"
            "  --argv0 NAME    pass NAME as argv[0] (default: prog as given)\n"
            "  --help          this text\n"
            "  --version       print the version\n"
            "  --              end of options\n"
            "\n"
            "exit status: the guest's; 128+N when the guest dies of signal N\n"
            "(132 illegal instruction, 139 segmentation fault); 126 cannot execute\n"
            "(bad or foreign ELF), 127 not found, 2 usage error\n");
}

static uint32_t reread_insn(uint64_t pc)
{
    if (pc + 2 > RV_SPACE || !(rv_pflags[pc / RV_PAGE] & PG_MAPPED)) return 0;
    uint16_t lo, hi;
    memcpy(&lo, rv_mem + pc, 2);
    if ((lo & 3) != 3) return lo;
    if (pc + 4 > RV_SPACE || !(rv_pflags[(pc + 2) / RV_PAGE] & PG_MAPPED)) return lo;
    memcpy(&hi, rv_mem + pc + 2, 2);
    return (uint32_t)lo | (uint32_t)hi << 16;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* A guest that dies of a signal takes rvjit down with the same signal, as
 * the real process would die (a parent's waitpid sees WIFSIGNALED, a shell
 * prints 128+N), without a host core dump of the emulator itself.  Returns
 * only if the signal does not kill (then the caller exits 128+N). */
static void die_by(int sig)
{
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    signal(sig, SIG_DFL);
    sigset_t one;
    sigemptyset(&one);
    sigaddset(&one, sig);
    sigprocmask(SIG_UNBLOCK, &one, NULL);
    raise(sig);
}

/* The guest run loop of one thread: guest faults go to the guest's
 * handlers; returns when the thread or the process must end. */
int rv_run(RvThread *t)
{
    RvCpu *cpu = &t->cpu;
    int why;
    for (;;) {
        if (sigsetjmp(fault_jmp, 1) == 0) {
            in_guest = 1;
            why = rv_interp(cpu);
        } else {
            why = RV_EXIT_FAULT;
        }
        in_guest = 0;
        if (why != RV_EXIT_FAULT) break;
        /* a guest fault: run the guest's handler if it has one */
        int sig, code = 1;   /* SEGV_MAPERR, BUS_ADRALN, ILL_ILLOPC, TRAP_BRKPT */
        uint64_t addr = rv_fault.addr;
        switch (rv_fault.kind) {
        case FAULT_SEGV:
            sig = SIGSEGV;
            if (addr < RV_SPACE && (rv_pflags[addr / RV_PAGE] & PG_MAPPED)) code = 2;   /* SEGV_ACCERR */
            break;
        case FAULT_BUS: sig = SIGBUS; code = rv_fault.code > 0 ? rv_fault.code : 1; break;
        case FAULT_TRAP: sig = SIGTRAP; addr = rv_fault.pc; break;
        default: sig = SIGILL; addr = rv_fault.pc; break;
        }
        cpu->pc = rv_fault.pc;
        if (!sig_deliver_fault(cpu, sig, code, addr)) break;
        rv_fault.kind = FAULT_NONE;
    }
    return why;
}

/* The end of the process, from whichever thread ends it (holding the GIL,
 * so no other guest thread runs): the report of a fatal guest fault,
 * --stats, then exit with the guest's status or die of its signal. */
_Noreturn void rv_finish(int why)
{
    double t1 = now();
    fesetround(FE_TONEAREST);

    int status, death = 0;   /* death: the signal the guest died of */
    if (why == RV_EXIT_SYSCALL_EXIT) {
        status = rv_exit_code;
        /* killed by a signal it sent itself or got with the default action:
         * silent, like the real process */
        if (rv_fault.kind == FAULT_SIGNAL) death = rv_fault.signo;
    } else {
        switch (rv_fault.kind) {
        case FAULT_SEGV:
            fprintf(stderr, "rvjit: guest SIGSEGV at pc 0x%llx accessing 0x%llx\n",
                    (unsigned long long)rv_fault.pc, (unsigned long long)rv_fault.addr);
            status = 128 + SIGSEGV;
            death = SIGSEGV;
            break;
        case FAULT_BUS:
            fprintf(stderr, "rvjit: guest SIGBUS at pc 0x%llx accessing 0x%llx\n",
                    (unsigned long long)rv_fault.pc, (unsigned long long)rv_fault.addr);
            status = 128 + SIGBUS;
            death = SIGBUS;
            break;
        case FAULT_TRAP:
            fprintf(stderr, "rvjit: guest SIGTRAP: ebreak at pc 0x%llx\n", (unsigned long long)rv_fault.pc);
            status = 128 + SIGTRAP;
            death = SIGTRAP;
            break;
        default: {
            uint32_t insn = rv_fault.insn ? rv_fault.insn : reread_insn(rv_fault.pc);
            fprintf(stderr, "rvjit: guest SIGILL: illegal instruction 0x%08x at pc 0x%lx\n", insn,
                    (unsigned long)rv_fault.pc);
            status = 128 + SIGILL;
            death = SIGILL;
            break;
        }
        }
    }
    cache_profile_dump();
    if (stats) {
        double dt = t1 - t0;
        uint64_t instret = rv_instret_exited;   /* every thread's, live or gone */
        for (RvThread *t = rv_threads; t; t = t->next) instret += t->cpu.instret;
        struct RvStats *s = &rv_stats;
        fprintf(stderr,
                "rvjit: instructions   %llu\n"
                "rvjit: run time       %.3f s\n"
                "rvjit: MIPS           %.1f\n"
                "rvjit: blocks decoded %llu (%llu instructions, %.1f per block)\n"
                "rvjit: block lookups  %llu (%llu hits, %llu misses)\n"
                "rvjit: invalidations  %llu flushes, %llu page invalidations (%llu self-modifying-code faults)\n"
                "rvjit: syscalls       %llu\n",
                (unsigned long long)instret, dt, dt > 0 ? (double)instret / dt / 1e6 : 0.0,
                (unsigned long long)s->blocks_decoded, (unsigned long long)s->insns_decoded,
                s->blocks_decoded ? (double)s->insns_decoded / (double)s->blocks_decoded : 0.0,
                (unsigned long long)s->lookups, (unsigned long long)(s->lookups - s->lookup_misses),
                (unsigned long long)s->lookup_misses, (unsigned long long)s->flushes,
                (unsigned long long)s->page_invalidations, (unsigned long long)s->smc_faults,
                (unsigned long long)s->syscalls);
    }
    fflush(stdout);
    fflush(stderr);
    if (death) die_by(death);
    if (rv_forked_from_threads) _exit(status);
    exit(status);
}

int main(int argc, char **argv)
{
    static const char *argv0;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == 0) break;
        if (!strcmp(a, "--")) { i++; break; }
        if (!strcmp(a, "--strace")) rv_opt_strace = true;
        else if (!strcmp(a, "--stats")) stats = true;
        else if (!strcmp(a, "--argv0")) {
            if (++i >= argc) { fprintf(stderr, "rvjit: --argv0 needs an argument\n"); return 2; }
            argv0 = argv[i];
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return 0; }
        else if (!strcmp(a, "--version")) { printf("rvjit %s\n", RVJIT_VERSION); return 0; }
        else {
            fprintf(stderr, "rvjit: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        }
    }
    if (i >= argc) {
        usage(stderr);
        return 2;
    }
    const char *prog = argv[i];
    int gargc = argc - i;
    char **gargv = argv + i;

    if (mem_init() < 0 || cache_init() < 0) {
        fprintf(stderr, "rvjit: cannot reserve guest memory: %s\n", strerror(errno));
        return 126;
    }
    rv_interp_init();
    if (getenv("RVJIT_DUMP_HANDLERS")) {   /* debugging aid: label addresses for profilers */
        fprintf(stderr, "interp %#lx\n", (unsigned long)(uintptr_t)rv_interp);
        for (int k = 0; k < OP__COUNT; k++)
            if (rv_handlers[k]) fprintf(stderr, "handler %p %s\n", rv_handlers[k], rv_op_names[k]);
    }

    struct RvImage img;
    int rc = elf_load(prog, &img);
    if (rc) return rc;
    rv_exe_path = realpath(prog, NULL);
    /* the process name (comm: /proc/self/stat, status, ps) is the guest
     * program's, as Linux names it: the last part of the path exec'd */
    const char *slash = strrchr(prog, '/');
    prctl(PR_SET_NAME, slash ? slash + 1 : prog, 0, 0, 0);
    if (argv0) gargv[0] = (char *)argv0;
    extern char **environ;
    thread_init_main(&main_thread);
    rc = stack_setup(&main_thread.cpu, &img, gargc, gargv, environ, prog);
    if (rc) return rc;
    fp_init(&main_thread.cpu);

    /* guest faults arrive as host SIGSEGV/SIGBUS inside the reservation */
    if (thread_host_altstack(&main_thread) < 0) {
        fprintf(stderr, "rvjit: cannot allocate the signal stack\n");
        return 126;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = host_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);

    if (sig_init() < 0) {
        fprintf(stderr, "rvjit: cannot set up the signal trampoline\n");
        return 126;
    }
    t0 = now();
    gil_acquire();
    int why = rv_run(&main_thread);
    if (why == RV_EXIT_SYSCALL_EXIT && rv_exit_thread) thread_exit();
    rv_finish(why);
}
