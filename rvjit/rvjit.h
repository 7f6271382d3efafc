/* rvjit — internal interfaces shared by the emulator's modules.
 *
 *   main.c     command line, host signal handling, run loop, --stats
 *   elf.c      ELF loader and the Linux initial stack
 *   mem.c      guest address space: host reservation, page flags, brk/mmap
 *   decode.c   RV64GC decoder (RVC expanded to the 32-bit form first)
 *   cache.c    decode cache: basic blocks of pre-decoded ops, hash table
 *   interp.c   the computed-goto interpreter (compiled -std=gnu11)
 *   fp.c       F/D helpers: conversions, rounding modes, RMM, flags
 *   syscall.c  Linux syscall emulation and --strace
 *   signal.c   guest signal dispositions, frames, delivery, sigreturn
 *   thread.c   guest threads: the interpreter lock, clone, thread exit
 */
#ifndef RVJIT_H
#define RVJIT_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "cpu.h"

#define RVJIT_VERSION "0.1.0"

#if defined(__GNUC__)
#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#else
#define likely(x)   (x)
#define unlikely(x) (x)
#endif

/* ---- guest address space (mem.c) ---------------------------------------- */

/* The guest address space is 256 GiB (0 .. 0x3f_ffff_ffff), the size of a
 * riscv64 Linux (Sv39) user address space; the layout follows Linux: stack
 * just below the top, mmap top-down below the stack, static-pie at 2/3. */
#define RV_PAGE       4096ull
#define RV_SPACE_BITS 38
#define RV_SPACE      (1ull << RV_SPACE_BITS)
#define RV_GUARD      (1ull << 20)          /* PROT_NONE tail after the space */
#define RV_NPAGES     (RV_SPACE / RV_PAGE)
#define RV_STACK_TOP  (RV_SPACE - 0x1000)   /* initial stack grows down from here */
#define RV_STACK_SIZE (8ull << 20)
#define RV_MMAP_TOP   (RV_STACK_TOP - RV_STACK_SIZE - (128ull << 20))
#define RV_PIE_BASE   0x2aaaaaa000ull       /* load base of static-pie (ET_DYN) */

/* page flags, one byte per guest page */
#define PG_R      0x01
#define PG_W      0x02
#define PG_X      0x04
#define PG_MAPPED 0x08
#define PG_CODE   0x10   /* decoded code present; writable pages are host-RO */
#define PG_NOCACHE 0x20  /* frequent self-modification: never cache code from here */

extern uint8_t *rv_mem;          /* host address of guest address 0 */
extern uint8_t *rv_pflags;       /* RV_NPAGES entries */
extern uint64_t rv_brk_start, rv_brk_cur;
/* the program's file-backed pages: [lo, hi) holds the file from offset off
 * (what /proc/self/maps names after the program) */
enum { RV_MAX_SEGS = 16 };
extern struct RvSeg { uint64_t lo, hi, off; } rv_image_segs[RV_MAX_SEGS];
extern int rv_image_nsegs;
extern uint64_t rv_trampoline;   /* signal.c: the sigreturn trampoline page */
extern uint64_t rv_proc_args[2], rv_proc_env[2], rv_proc_auxv[2];   /* elf.c: /proc/self/cmdline, environ, auxv */
/* elf.c: what /proc/self/stat shows of the image and the initial stack */
extern struct RvProcInfo { uint64_t start_code, end_code, start_data, end_data, start_stack; } rv_proc_info;
int  mem_bytes_fd(const void *p, size_t len, bool cloexec);   /* a memfd holding a copy, at offset 0 */
/* a memfd holding the guest's /proc/self/maps, at offset 0; or -errno */
int  mem_maps_fd(bool cloexec);
/* the guest's memory figures (bytes), for /proc/self/stat and status */
struct RvMemUsage { uint64_t size, peak, rss, rss_anon, rss_file, rss_shmem, data, stack, exec; };
void mem_usage(struct RvMemUsage *u);
extern uint64_t rv_vm_pages, rv_vm_peak;   /* mapped pages now, at most */

int  mem_init(void);
/* map [a, a+len) fixed: anonymous (fd < 0) or from a host fd; prot is PG_R|W|X */
int  mem_map_fixed(uint64_t a, uint64_t len, int prot, bool shared, int fd, uint64_t off);
int  mem_unmap(uint64_t a, uint64_t len);   /* 0 or -ENOMEM (host map count limit) */
int  mem_protect(uint64_t a, uint64_t len, int prot);
uint64_t mem_find_free(uint64_t len, uint64_t hint);   /* 0 when none */
static inline bool mem_range_ok(uint64_t a, uint64_t len) {
    return a <= RV_SPACE && len <= RV_SPACE - a;
}
/* Guest pointer checks for syscalls: NULL when any page of the range lacks
 * `need` (PG_R or PG_W).  PG_W on a page holding decoded code flushes the
 * decode cache first so the host kernel may write there. */
void *g_ptr(uint64_t a, uint64_t len, int need);
/* copy a NUL-terminated guest string; returns length or -EFAULT/-ENAMETOOLONG */
long g_str(char *dst, size_t cap, uint64_t a);
/* guest-level syscalls, results as the kernel returns them */
uint64_t sys_brk(uint64_t a);
int64_t  sys_mmap(uint64_t a, uint64_t len, int prot, int flags, int fd, uint64_t off);
int64_t  sys_munmap(uint64_t a, uint64_t len);
int64_t  sys_mprotect(uint64_t a, uint64_t len, int prot);
int64_t  sys_mremap(uint64_t old, uint64_t olen, uint64_t nlen, int flags, uint64_t na);
int64_t  sys_madvise(uint64_t a, uint64_t len, int advice);

/* ---- decoder (decode.c) ------------------------------------------------- */

#define RV_OPS(X) \
    X(ILLEGAL) X(FETCH_FAULT) X(LI) X(MV) X(CONT) \
    X(LUI) X(AUIPC) X(JAL) X(JALR) X(J) X(JR) \
    X(BEQ) X(BNE) X(BLT) X(BGE) X(BLTU) X(BGEU) \
    X(LB) X(LH) X(LW) X(LD) X(LBU) X(LHU) X(LWU) X(SB) X(SH) X(SW) X(SD) \
    X(ADDI) X(SLTI) X(SLTIU) X(XORI) X(ORI) X(ANDI) X(SLLI) X(SRLI) X(SRAI) \
    X(ADD) X(SUB) X(SLL) X(SLT) X(SLTU) X(XOR) X(SRL) X(SRA) X(OR) X(AND) \
    X(ADDIW) X(SLLIW) X(SRLIW) X(SRAIW) X(ADDW) X(SUBW) X(SLLW) X(SRLW) X(SRAW) \
    X(MUL) X(MULH) X(MULHSU) X(MULHU) X(DIV) X(DIVU) X(REM) X(REMU) \
    X(MULW) X(DIVW) X(DIVUW) X(REMW) X(REMUW) \
    X(FENCE) X(FENCE_I) X(ECALL) X(EBREAK) \
    X(CSRRW) X(CSRRS) X(CSRRC) X(CSRRWI) X(CSRRSI) X(CSRRCI) \
    X(LR_W) X(SC_W) X(AMOSWAP_W) X(AMOADD_W) X(AMOXOR_W) X(AMOAND_W) X(AMOOR_W) \
    X(AMOMIN_W) X(AMOMAX_W) X(AMOMINU_W) X(AMOMAXU_W) \
    X(LR_D) X(SC_D) X(AMOSWAP_D) X(AMOADD_D) X(AMOXOR_D) X(AMOAND_D) X(AMOOR_D) \
    X(AMOMIN_D) X(AMOMAX_D) X(AMOMINU_D) X(AMOMAXU_D) \
    X(FLW) X(FSW) X(FLD) X(FSD) \
    X(FMADD_S) X(FMSUB_S) X(FNMSUB_S) X(FNMADD_S) \
    X(FADD_S) X(FSUB_S) X(FMUL_S) X(FDIV_S) X(FSQRT_S) \
    X(FSGNJ_S) X(FSGNJN_S) X(FSGNJX_S) X(FMIN_S) X(FMAX_S) \
    X(FEQ_S) X(FLT_S) X(FLE_S) X(FCLASS_S) X(FMV_X_W) X(FMV_W_X) \
    X(FCVT_W_S) X(FCVT_WU_S) X(FCVT_L_S) X(FCVT_LU_S) \
    X(FCVT_S_W) X(FCVT_S_WU) X(FCVT_S_L) X(FCVT_S_LU) \
    X(FMADD_D) X(FMSUB_D) X(FNMSUB_D) X(FNMADD_D) \
    X(FADD_D) X(FSUB_D) X(FMUL_D) X(FDIV_D) X(FSQRT_D) \
    X(FSGNJ_D) X(FSGNJN_D) X(FSGNJX_D) X(FMIN_D) X(FMAX_D) \
    X(FEQ_D) X(FLT_D) X(FLE_D) X(FCLASS_D) X(FMV_X_D) X(FMV_D_X) \
    X(FCVT_W_D) X(FCVT_WU_D) X(FCVT_L_D) X(FCVT_LU_D) \
    X(FCVT_D_W) X(FCVT_D_WU) X(FCVT_D_L) X(FCVT_D_LU) \
    X(FCVT_S_D) X(FCVT_D_S) \
    X(FP_CALL) \
    /* specialised and fused forms produced by the block builder (cache.c) */ \
    X(FRFLAGS) X(FSFLAGS) \
    X(QFLT_D) X(QFLE_D) X(QFEQ_D) X(QFLT_S) X(QFLE_S) X(QFEQ_S) \
    X(LD2) X(SD2) X(LD4) X(SD4) X(LD6) X(SD6) X(LD8) X(SD8) \
    /* backward-branch copies: same semantics, separate host branch sites */ \
    X(BEQ_B) X(BNE_B) X(BLT_B) X(BGE_B) X(BLTU_B) X(BGEU_B)

enum {
#define RV_ENUM(n) OP_##n,
    RV_OPS(RV_ENUM)
#undef RV_ENUM
    OP__COUNT
};

/* Generic fusion (cache.c fuse_block, interp.c P_ and F_ handlers): two
 * adjacent ops of these cheap integer kinds become one "pair" op, and one of
 * them followed by a conditional branch becomes one "fused branch" op.  The
 * two lists must stay identical (the second is for nested expansion). */
#define RV_FUSE_KINDS(X) \
    X(LI) X(MV) X(ADDI) X(ADD) X(ADDIW) X(SLLI) X(SRLI) X(ANDI) X(SUB) X(XOR) X(SUBW) X(ADDW)
#define RV_FUSE_KINDS2(X, a) \
    X(a, LI) X(a, MV) X(a, ADDI) X(a, ADD) X(a, ADDIW) X(a, SLLI) X(a, SRLI) X(a, ANDI) \
    X(a, SUB) X(a, XOR) X(a, SUBW) X(a, ADDW)
enum {
#define RV_FK_ENUM(k) FK_##k,
    RV_FUSE_KINDS(RV_FK_ENUM)
#undef RV_FK_ENUM
    RV_NFK
};
/* memory ops that fuse with a kind (and loads with a branch) */
#define RV_FUSE_LOADS(X) X(LD) X(LW) X(LBU)
#define RV_FUSE_STORES(X) X(SD) X(SW) X(SB)
#define RV_FUSE_LOADS2(X, a) X(a, LD) X(a, LW) X(a, LBU)
#define RV_FUSE_STORES2(X, a) X(a, SD) X(a, SW) X(a, SB)
enum { FL_LD, FL_LW, FL_LBU, RV_NFL };
enum { FS_SD, FS_SW, FS_SB, RV_NFS };
#define OP_PAIR0 OP__COUNT                        /* + k1 * RV_NFK + k2 */
#define OP_FBR0 (OP_PAIR0 + RV_NFK * RV_NFK)      /* + (k * 6 + branch) * 2 + backward */
#define OP_MLK0 (OP_FBR0 + RV_NFK * 12)           /* load then kind: + l * RV_NFK + k */
#define OP_KML0 (OP_MLK0 + RV_NFL * RV_NFK)       /* kind then load: + k * RV_NFL + l */
#define OP_KMS0 (OP_KML0 + RV_NFK * RV_NFL)       /* kind then store: + k * RV_NFS + s */
#define OP_MBR0 (OP_KMS0 + RV_NFK * RV_NFS)       /* load then branch: + (l * 6 + b) * 2 + back */
#define OP_KJR0 (OP_MBR0 + RV_NFL * 12)           /* kind then jr: + k */
#define RV_NHANDLERS (OP_KJR0 + RV_NFK)

/* One decoded instruction, before it becomes an interpreter op.  Register
 * numbers are raw (0..31); which file they name follows from opc. */
typedef struct RvInsn {
    uint16_t opc;
    uint8_t rd, rs1, rs2, rs3;
    uint8_t rm;      /* rounding-mode field of FP ops */
    uint8_t len;     /* 2 (RVC) or 4 */
    int64_t imm;     /* immediate; CSR number for CSR ops */
    uint32_t raw;    /* the encoding as fetched (16-bit for RVC) */
} RvInsn;

/* Decode the instruction whose low bits are in `raw`.  Returns false for an
 * illegal encoding (opc = OP_ILLEGAL, len still set). */
bool rv_decode(uint32_t raw, RvInsn *out);
extern const char *const rv_op_names[OP__COUNT];

/* ---- decode cache (cache.c) -------------------------------------------- */

typedef struct Op {
    const void *h;       /* interpreter handler */
    int64_t imm;
    uint8_t rd, rs1, rs2, rs3;   /* r[] indexes */
    uint8_t aux[4];      /* more operands of fused ops */
    uint64_t pc;         /* guest pc of the (first, or faulting) instruction */
} Op;

typedef struct Block Block;
typedef struct RvThread RvThread;
typedef struct BlockExit {
    uint64_t pc;         /* target guest pc (indirect jumps: last target seen) */
    Block *blk;          /* chained successor, NULL until linked */
    uint64_t count;      /* guest instructions retired when leaving through here */
} BlockExit;

/* A superblock: straight-line code that continues past conditional branches
 * (each taken branch leaves through its own exit) and through direct jumps
 * and calls.  Memory layout of one allocation in the arena:
 *   [u32 nexits, u32 bytes][exit n-1] ... [exit 0][Block header][ops...]
 * so exit k is at ((BlockExit *)b - 1 - k), one subtraction from the block
 * pointer. */
struct Block {
#ifdef RV_PROF
    uint64_t execs;      /* profiling build only: times entered */
#endif
    uint64_t pc;
    uint32_t ninsn;      /* guest instructions decoded into the block */
    uint16_t nops;
    uint16_t transient;  /* built from a PG_NOCACHE page: never cached or chained */
    Block *hnext;        /* hash chain */
    Op ops[];
};
static inline BlockExit *blk_exit(Block *b, unsigned k) { return (BlockExit *)b - 1 - k; }

#define RV_TAB_BITS 16
#define RV_TAB_SIZE (1u << RV_TAB_BITS)
static inline uint32_t rv_tab_hash(uint64_t pc) {
    return (uint32_t)((pc >> 1) ^ (pc >> 17)) & (RV_TAB_SIZE - 1);
}
extern Block *rv_btab[RV_TAB_SIZE];
extern volatile int rv_flush_pending;
extern uint64_t rv_cache_gen;
extern const void **rv_handlers;     /* OP_* (and fused forms) -> label, filled by rv_interp_init */
extern int rv_dyn_class;             /* 0: frm is RNE..RUP, 1: RMM, 2: invalid */

struct RvStats {
    uint64_t blocks_decoded, insns_decoded, lookups, lookup_misses;
    uint64_t flushes, smc_faults, page_invalidations, syscalls;
};
extern struct RvStats rv_stats;

int    cache_init(void);
void   cache_profile_dump(void);            /* RV_PROF builds: op / op-pair counts */
Block *cache_get(RvCpu *st, uint64_t pc);   /* lookup or decode */
void   cache_request_flush(void);           /* signal-safe; actual reset deferred */
void   cache_invalidate_range(uint64_t a, uint64_t len);  /* pages with decoded code */
bool   cache_smc_fault(uint64_t gaddr);     /* SIGSEGV handler: store to decoded code? */

/* ---- interpreter (interp.c) --------------------------------------------- */

enum { RV_EXIT_SYSCALL_EXIT = 1, RV_EXIT_FAULT };
void rv_interp_init(void);
int  rv_interp(RvCpu *st);

/* ---- faults ------------------------------------------------------------- */

enum { FAULT_NONE, FAULT_SEGV, FAULT_BUS, FAULT_ILL, FAULT_TRAP, FAULT_SIGNAL };
struct RvFault {
    int kind;
    int signo;           /* for FAULT_SIGNAL */
    int code;            /* FAULT_BUS: si_code (BUS_ADRALN, or the host's) */
    uint64_t pc, addr;
    uint32_t insn;
};
extern _Thread_local struct RvFault rv_fault;   /* of the calling thread */

/* ---- threads (thread.c) ------------------------------------------------------
 * One guest thread = one host thread; one runs guest code at a time, the
 * holder of the interpreter lock (GIL).  The RvCpu is the first member, so an
 * RvCpu * of a thread is its RvThread *. */
struct RvThread {
    RvCpu cpu;
    RvThread *next;            /* registry (under the GIL) */
    int tid;                   /* host tid = guest tid */
    bool is_main;
    uint64_t clear_tid;        /* CLONE_CHILD_CLEARTID / set_tid_address */
    volatile uint64_t sigpend; /* signals sent to this thread (tkill), bit sig-1 */
    uint64_t blocked;          /* guest signal mask */
    uint64_t waiting;          /* sigwait / signalfd read: the signals it waits for */
    uint64_t saved_mask;       /* rt_sigsuspend: mask to restore after the handler */
    bool have_saved;
    uint64_t alt_sp, alt_size; /* sigaltstack */
    int alt_flags;
    void *host_altstack;       /* for rvjit's own SIGSEGV/SIGBUS handler */
};
extern _Thread_local RvThread *rv_self;
extern RvThread *rv_threads;        /* live guest threads (under the GIL) */
extern int rv_nthreads;
extern uint64_t rv_instret_exited; /* instructions of threads that have exited */
/* this process is the fork child of a multi-threaded guest: the host's
 * other threads are gone but the C library's bookkeeping (and the leak
 * checker's) still lists them, so it ends with _exit */
extern bool rv_forked_from_threads;
void gil_acquire(void);
void gil_release(void);
void gil_yield_if_wanted(void);    /* at a poll point: hand over when someone waits */
void thread_init_main(RvThread *t);
/* clone with CLONE_VM|CLONE_THREAD: a new host thread; returns its tid or -errno */
int64_t thread_clone(RvCpu *st, uint64_t flags, uint64_t sp, uint64_t ptid, uint64_t tls, uint64_t ctid);
RvThread *thread_find(int tid);
void thread_after_fork_child(void);
int  thread_host_altstack(RvThread *t);   /* sigaltstack for rvjit's fault handler */
/* the guest run loop of one thread (faults delivered to guest handlers);
 * returns RV_EXIT_SYSCALL_EXIT or RV_EXIT_FAULT (fatal) */
int  rv_run(RvThread *t);
/* the end of the process: report, --stats, exit status / death by signal */
_Noreturn void rv_finish(int why);
/* the calling thread's exit (SYS_exit): clear_child_tid, end the host thread;
 * the last thread's exit ends the process */
_Noreturn void thread_exit(void);

/* ---- FP (fp.c) ---------------------------------------------------------- */

void     fp_init(RvCpu *st);
uint32_t fp_read_fflags(RvCpu *st);
void     fp_write_fflags(RvCpu *st, uint32_t v);
void     fp_write_frm(RvCpu *st, uint32_t v);
/* slow path for FP ops: conversions, static rounding modes, RMM; returns
 * false for an illegal rounding mode */
bool     fp_call(RvCpu *st, const Op *op);
uint64_t fp_classify_d(uint64_t v);
uint64_t fp_classify_s(uint32_t v);

/* ---- signals (signal.c) ------------------------------------------------- */

extern volatile uint64_t rv_sig_pending;   /* process-wide pending guest signals, bit sig-1 */
/* polled at loop edges: set by host signal handlers, by signals sent to a
 * thread, and by a thread waiting for the interpreter lock */
extern volatile int rv_sig_async;
extern _Thread_local bool rv_redirect;     /* a syscall set st->pc (sigreturn, delivery) */
int     sig_init(void);
void    sig_thread_init(RvThread *t, const RvThread *parent);  /* mask inherited, no altstack */
int64_t sig_send_thread(RvThread *t, int sig);   /* tkill/tgkill to a thread of this process */
bool    sig_deliverable(const RvThread *t);      /* something pending that t does not block */
int64_t sys_rt_sigaction(int sig, uint64_t newp, uint64_t oldp, uint64_t size);
int64_t sys_rt_sigprocmask(int how, uint64_t setp, uint64_t oldp, uint64_t size);
int64_t sys_rt_sigpending(uint64_t setp, uint64_t size);
int64_t sys_rt_sigsuspend(uint64_t maskp, uint64_t size);
struct timespec;
typedef long (*SigWaitFn)(void *ctx, struct timespec *left, const void *host_mask);
int64_t sig_masked_wait(const uint8_t *gmask, struct timespec *rel, SigWaitFn fn, void *ctx);
int64_t sys_rt_sigtimedwait(uint64_t setp, uint64_t infop, uint64_t tsp, uint64_t size);
int64_t sys_sigaltstack(RvCpu *st, uint64_t ssp, uint64_t oldp);
int64_t sys_rt_sigreturn(RvCpu *st);
int64_t sig_raise(int sig);                     /* kill(getpid()) */
bool    sig_host_sendable(int sig);              /* the host's kill may reach rvjit with it */
int64_t sig_raise_info(int sig, const uint8_t *info);   /* with the sender's 128-byte siginfo */
int64_t sig_send_thread_info(RvThread *t, int sig, const uint8_t *info);
void    sig_route(void);                         /* a process-wide signal the caller blocks: kick a thread that takes it */
void    sig_exec_prepare(sigset_t *old);         /* the host mask and pending signals execve keeps */
void    sig_exec_failed(void);                   /* the execve failed: rvjit's handlers back */
void    sig_thread_gone(int tid);                /* a thread ended: its queued signals go */
void    sig_after_fork_child(void);              /* the child of a fork has nothing pending */
struct RvSigSets { uint64_t thread_pending, shared_pending, mask, ignored, caught; };
void    sig_proc_sets(const RvThread *t, struct RvSigSets *s);   /* for /proc/self/stat, status */
/* deliver pending unblocked signals at st->pc (the resume pc); true when a
 * handler frame was built (st->pc = handler); may request exit */
bool    sig_deliver_pending(RvCpu *st);
bool    sig_next_restarts(void);           /* ... and that handler has SA_RESTART */
/* a synchronous fault at st->pc; false when the guest has no usable handler */
bool    sig_deliver_fault(RvCpu *st, int sig, int code, uint64_t addr);
/* signalfd emulation: a host eventfd + the mask (see signal.c) */
int64_t sys_signalfd4(int fd, uint64_t maskp, uint64_t size, int flags);
bool    sig_is_signalfd(int fd);
void    sig_signalfd_forget(int lo, int hi);    /* fds lo..hi were closed or replaced */
void    sig_signalfd_sync(void);                /* readiness before a poll-type wait */
int64_t sig_signalfd_read(int fd, uint8_t *buf, uint64_t len);

/* ---- the guest's /proc/self (proc.c) ------------------------------------ */

/* /proc/self/<what>, /proc/thread-self/<what>, /proc/<own pid>/<what> */
bool proc_is_own(const char *path, const char *what);
/* openat of a /proc path read-only: the guest's version as a memfd, or
 * -errno; PROC_HOST when the host's file is the right one */
#define PROC_HOST (-100000)
int  proc_open(const char *path, bool cloexec);

/* ---- syscalls (syscall.c) ----------------------------------------------- */

extern bool rv_opt_strace;
extern const char *rv_exe_path;    /* absolute host path of the guest program */
/* per thread: rv_interp returns RV_EXIT_SYSCALL_EXIT; rv_exit_thread tells
 * exit (this thread) from exit_group / death by a signal (the process) */
extern _Thread_local bool rv_exit_requested, rv_exit_thread;
extern _Thread_local int rv_exit_code;
void rv_syscall(RvCpu *st);

/* ---- loader (elf.c) ----------------------------------------------------- */

struct RvImage {
    uint64_t entry, phdr, phnum, phent, base, brk;
};
/* returns 0, or an exit status (126/127) after printing a message */
int elf_load(const char *path, struct RvImage *img);
int stack_setup(RvCpu *st, const struct RvImage *img, int argc, char **argv,
                char **envp, const char *execfn);

#endif
