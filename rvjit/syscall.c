/* rvjit — Linux syscall emulation (riscv64 numbers: the asm-generic table).
 *
 * Guest file descriptors are host file descriptors.  Every guest pointer is
 * checked against the guest page flags (g_ptr / g_str in mem.c) before the
 * host touches it: a bad pointer is -EFAULT, never a host fault.  Structures
 * whose layout differs between riscv64 and the x86-64 host (struct stat,
 * struct epoll_event) are translated field by field; the others (timespec, iovec, dirent64, statx,
 * statfs, sockaddr, cmsghdr, sigevent, itimerspec, fd_set, pollfd, termios,
 * winsize, utsname, sysinfo, tms, rusage, flock) have the same layout on
 * both LP64 Linux ABIs and are passed through (a msghdr holds guest
 * pointers and is rebuilt).  The open(2) O_* and
 * mmap MAP_* flag values are the asm-generic ones on both, too.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "rvjit.h"

bool rv_opt_strace;
const char *rv_exe_path;
_Thread_local bool rv_exit_requested, rv_exit_thread;
_Thread_local int rv_exit_code;

/* riscv64 syscall numbers used here */
enum {
    NR_setxattr = 5, NR_lsetxattr = 6, NR_fsetxattr = 7, NR_getxattr = 8, NR_lgetxattr = 9,
    NR_fgetxattr = 10, NR_listxattr = 11, NR_llistxattr = 12, NR_flistxattr = 13, NR_removexattr = 14,
    NR_lremovexattr = 15, NR_fremovexattr = 16,
    NR_getcwd = 17, NR_dup = 23, NR_dup3 = 24, NR_fcntl = 25, NR_ioctl = 29,
    NR_mknodat = 33, NR_mkdirat = 34, NR_unlinkat = 35, NR_symlinkat = 36, NR_linkat = 37, NR_renameat = 38,
    NR_statfs = 43, NR_fstatfs = 44, NR_truncate = 45, NR_ftruncate = 46, NR_faccessat = 48, NR_chdir = 49, NR_fchdir = 50,
    NR_fchmod = 52, NR_fchmodat = 53, NR_fchownat = 54, NR_fchown = 55, NR_openat = 56,
    NR_close = 57, NR_pipe2 = 59, NR_getdents64 = 61, NR_lseek = 62, NR_read = 63,
    NR_write = 64, NR_readv = 65, NR_writev = 66, NR_pread64 = 67, NR_pwrite64 = 68,
    NR_pselect6 = 72, NR_ppoll = 73, NR_readlinkat = 78, NR_newfstatat = 79, NR_fstat = 80, NR_fsync = 82,
    NR_sync = 81, NR_fdatasync = 83, NR_utimensat = 88, NR_exit = 93, NR_exit_group = 94,
    NR_set_tid_address = 96, NR_futex = 98, NR_set_robust_list = 99, NR_get_robust_list = 100,
    NR_nanosleep = 101, NR_getitimer = 102, NR_setitimer = 103, NR_timer_create = 107, NR_timer_gettime = 108, NR_timer_getoverrun = 109,
    NR_timer_settime = 110, NR_timer_delete = 111, NR_clock_gettime = 113, NR_clock_getres = 114,
    NR_clock_nanosleep = 115, NR_sched_getaffinity = 123, NR_sched_yield = 124, NR_kill = 129,
    NR_tkill = 130, NR_tgkill = 131, NR_sigaltstack = 132, NR_rt_sigsuspend = 133, NR_rt_sigaction = 134,
    NR_rt_sigprocmask = 135, NR_rt_sigpending = 136, NR_rt_sigtimedwait = 137, NR_rt_sigqueueinfo = 138, NR_rt_tgsigqueueinfo = 240, NR_rt_sigreturn = 139, NR_setpriority = 140, NR_getpriority = 141, NR_times = 153, NR_setpgid = 154,
    NR_setregid = 143, NR_setgid = 144, NR_setreuid = 145, NR_setuid = 146, NR_setresuid = 147,
    NR_getresuid = 148, NR_setresgid = 149, NR_getresgid = 150, NR_setfsuid = 151, NR_setfsgid = 152,
    NR_setgroups = 159,
    NR_getpgid = 155, NR_getsid = 156, NR_setsid = 157, NR_getgroups = 158, NR_uname = 160, NR_getrlimit = 163,
    NR_setrlimit = 164, NR_getrusage = 165, NR_umask = 166, NR_prctl = 167,
    NR_gettimeofday = 169, NR_getpid = 172, NR_getppid = 173, NR_getuid = 174,
    NR_geteuid = 175, NR_getgid = 176, NR_getegid = 177, NR_gettid = 178, NR_sysinfo = 179,
    NR_socket = 198, NR_socketpair = 199, NR_bind = 200, NR_listen = 201, NR_accept = 202,
    NR_connect = 203, NR_getsockname = 204, NR_getpeername = 205, NR_sendto = 206, NR_recvfrom = 207,
    NR_setsockopt = 208, NR_getsockopt = 209, NR_shutdown = 210, NR_sendmsg = 211, NR_recvmsg = 212, NR_recvmmsg = 243, NR_sendmmsg = 269,
    NR_mincore = 232, NR_accept4 = 242, NR_syncfs = 267, NR_copy_file_range = 285,
    NR_sendfile = 71,
    NR_brk = 214, NR_munmap = 215, NR_mremap = 216, NR_clone = 220, NR_execve = 221,
    NR_mmap = 222, NR_fadvise64 = 223, NR_mprotect = 226, NR_msync = 227, NR_madvise = 233,
    NR_riscv_hwprobe = 258, NR_riscv_flush_icache = 259, NR_wait4 = 260, NR_prlimit64 = 261,
    NR_renameat2 = 276, NR_getrandom = 278, NR_statx = 291, NR_rseq = 293,
    NR_clone3 = 435, NR_faccessat2 = 439,
    NR_eventfd2 = 19, NR_epoll_create1 = 20, NR_epoll_ctl = 21, NR_epoll_pwait = 22,
    NR_inotify_init1 = 26, NR_inotify_add_watch = 27, NR_inotify_rm_watch = 28, NR_flock = 32,
    NR_fallocate = 47, NR_signalfd4 = 74, NR_vmsplice = 75, NR_splice = 76, NR_tee = 77,
    NR_timerfd_create = 85, NR_timerfd_settime = 86, NR_timerfd_gettime = 87, NR_waitid = 95,
    NR_sched_setaffinity = 122, NR_getcpu = 168, NR_memfd_create = 279, NR_membarrier = 283,
    NR_pidfd_send_signal = 424, NR_pidfd_open = 434, NR_close_range = 436, NR_epoll_pwait2 = 441,
    NR_preadv = 69, NR_pwritev = 70, NR_preadv2 = 286, NR_pwritev2 = 287,
    NR_sched_setparam = 118, NR_sched_setscheduler = 119, NR_sched_getscheduler = 120,
    NR_sched_getparam = 121, NR_sched_get_priority_max = 125, NR_sched_get_priority_min = 126,
    NR_sched_rr_get_interval = 127, NR_mlock = 228, NR_munlock = 229, NR_mlockall = 230,
    NR_munlockall = 231, NR_mlock2 = 284,
};

/* ---- strace descriptions ------------------------------------------------------
 * one char per argument:
 *   d int   u unsigned   x hex   p pointer   F dirfd   s path string
 *   b buffer written by the guest (length = next arg)   B buffer filled by the call
 *   o open flags   m octal mode   P mmap prot   M mmap flags
 * result: default decimal; names in hexres print it in hex.
 */
struct SysDesc { const char *name, *args; };
static const struct SysDesc sysdesc[] = {
    [NR_getcwd] = {"getcwd", "Bu"}, [NR_dup] = {"dup", "d"}, [NR_dup3] = {"dup3", "ddx"},
    [NR_fcntl] = {"fcntl", "ddx"}, [NR_ioctl] = {"ioctl", "dxx"},
    [NR_mknodat] = {"mknodat", "Fsmx"}, [NR_mkdirat] = {"mkdirat", "Fsm"},
    [NR_statfs] = {"statfs", "sp"}, [NR_fstatfs] = {"fstatfs", "dp"}, [NR_unlinkat] = {"unlinkat", "Fsx"},
    [NR_symlinkat] = {"symlinkat", "sFs"}, [NR_linkat] = {"linkat", "FsFsx"},
    [NR_renameat] = {"renameat", "FsFs"}, [NR_truncate] = {"truncate", "sd"},
    [NR_ftruncate] = {"ftruncate", "dd"}, [NR_faccessat] = {"faccessat", "Fsx"},
    [NR_chdir] = {"chdir", "s"}, [NR_fchdir] = {"fchdir", "d"}, [NR_fchmod] = {"fchmod", "dm"},
    [NR_fchmodat] = {"fchmodat", "Fsm"}, [NR_fchownat] = {"fchownat", "Fsddx"},
    [NR_fchown] = {"fchown", "ddd"}, [NR_openat] = {"openat", "Fsom"}, [NR_close] = {"close", "d"},
    [NR_pipe2] = {"pipe2", "px"}, [NR_getdents64] = {"getdents64", "dpu"},
    [NR_lseek] = {"lseek", "ddd"}, [NR_read] = {"read", "dBu"}, [NR_write] = {"write", "dbu"},
    [NR_readv] = {"readv", "dpd"}, [NR_writev] = {"writev", "dpd"},
    [NR_pread64] = {"pread64", "dBud"}, [NR_pwrite64] = {"pwrite64", "dbud"},
    [NR_ppoll] = {"ppoll", "pdppu"}, [NR_pselect6] = {"pselect6", "dppppp"},
    [NR_readlinkat] = {"readlinkat", "FsBu"}, [NR_newfstatat] = {"newfstatat", "Fspx"},
    [NR_fstat] = {"fstat", "dp"}, [NR_fsync] = {"fsync", "d"}, [NR_fdatasync] = {"fdatasync", "d"},
    [NR_utimensat] = {"utimensat", "Fspx"}, [NR_exit] = {"exit", "d"},
    [NR_exit_group] = {"exit_group", "d"}, [NR_set_tid_address] = {"set_tid_address", "p"},
    [NR_futex] = {"futex", "pddpp"}, [NR_set_robust_list] = {"set_robust_list", "pu"},
    [NR_get_robust_list] = {"get_robust_list", "dpp"},
    [NR_nanosleep] = {"nanosleep", "pp"}, [NR_getitimer] = {"getitimer", "dp"},
    [NR_setitimer] = {"setitimer", "dpp"}, [NR_clock_gettime] = {"clock_gettime", "dp"},
    [NR_clock_getres] = {"clock_getres", "dp"}, [NR_clock_nanosleep] = {"clock_nanosleep", "ddpp"},
    [NR_sched_getaffinity] = {"sched_getaffinity", "dup"}, [NR_sched_yield] = {"sched_yield", ""},
    [NR_kill] = {"kill", "dd"}, [NR_tkill] = {"tkill", "dd"}, [NR_tgkill] = {"tgkill", "ddd"},
    [NR_sigaltstack] = {"sigaltstack", "pp"}, [NR_rt_sigaction] = {"rt_sigaction", "dppu"},
    [NR_rt_sigprocmask] = {"rt_sigprocmask", "dppu"}, [NR_rt_sigreturn] = {"rt_sigreturn", ""},
    [NR_rt_sigqueueinfo] = {"rt_sigqueueinfo", "ddp"}, [NR_rt_tgsigqueueinfo] = {"rt_tgsigqueueinfo", "dddp"},
    [NR_rt_sigpending] = {"rt_sigpending", "pu"}, [NR_rt_sigtimedwait] = {"rt_sigtimedwait", "pppu"}, [NR_rt_sigsuspend] = {"rt_sigsuspend", "pu"},
    [NR_setpriority] = {"setpriority", "ddd"}, [NR_getpriority] = {"getpriority", "dd"},
    [NR_times] = {"times", "p"}, [NR_setpgid] = {"setpgid", "dd"}, [NR_getpgid] = {"getpgid", "d"},
    [NR_getsid] = {"getsid", "d"}, [NR_setsid] = {"setsid", ""}, [NR_uname] = {"uname", "p"},
    [NR_getresuid] = {"getresuid", "ppp"}, [NR_getresgid] = {"getresgid", "ppp"},
    [NR_getgroups] = {"getgroups", "dp"}, [NR_setgroups] = {"setgroups", "dp"},
    [NR_setregid] = {"setregid", "dd"}, [NR_setgid] = {"setgid", "d"}, [NR_setreuid] = {"setreuid", "dd"},
    [NR_setuid] = {"setuid", "d"}, [NR_setresuid] = {"setresuid", "ddd"},
    [NR_setresgid] = {"setresgid", "ddd"}, [NR_setfsuid] = {"setfsuid", "d"}, [NR_setfsgid] = {"setfsgid", "d"},
    [NR_getrlimit] = {"getrlimit", "dp"}, [NR_setrlimit] = {"setrlimit", "dp"},
    [NR_getrusage] = {"getrusage", "dp"}, [NR_umask] = {"umask", "m"},
    [NR_prctl] = {"prctl", "dxxxx"}, [NR_gettimeofday] = {"gettimeofday", "pp"},
    [NR_getpid] = {"getpid", ""}, [NR_getppid] = {"getppid", ""}, [NR_getuid] = {"getuid", ""},
    [NR_geteuid] = {"geteuid", ""}, [NR_getgid] = {"getgid", ""}, [NR_getegid] = {"getegid", ""},
    [NR_gettid] = {"gettid", ""}, [NR_sysinfo] = {"sysinfo", "p"}, [NR_brk] = {"brk", "p"},
    [NR_munmap] = {"munmap", "pu"}, [NR_mremap] = {"mremap", "puuxp"},
    [NR_clone] = {"clone", "xpppp"}, [NR_execve] = {"execve", "spp"},
    [NR_mmap] = {"mmap", "puPMdx"}, [NR_fadvise64] = {"fadvise64", "dddd"},
    [NR_mprotect] = {"mprotect", "puP"}, [NR_msync] = {"msync", "pux"},
    [NR_madvise] = {"madvise", "pud"}, [NR_riscv_hwprobe] = {"riscv_hwprobe", "pupux"},
    [NR_riscv_flush_icache] = {"riscv_flush_icache", "ppx"},
    [NR_wait4] = {"wait4", "dpdp"}, [NR_prlimit64] = {"prlimit64", "ddpp"},
    [NR_renameat2] = {"renameat2", "FsFsx"}, [NR_getrandom] = {"getrandom", "pux"},
    [NR_statx] = {"statx", "Fsxxp"}, [NR_rseq] = {"rseq", "puxx"},
    [NR_sync] = {"sync", ""}, [NR_syncfs] = {"syncfs", "d"},
    [NR_timer_create] = {"timer_create", "dpp"}, [NR_timer_gettime] = {"timer_gettime", "dp"},
    [NR_timer_getoverrun] = {"timer_getoverrun", "d"}, [NR_timer_settime] = {"timer_settime", "ddpp"},
    [NR_timer_delete] = {"timer_delete", "d"},
    [NR_socket] = {"socket", "ddd"}, [NR_socketpair] = {"socketpair", "dddp"},
    [NR_bind] = {"bind", "dpu"}, [NR_listen] = {"listen", "dd"}, [NR_accept] = {"accept", "dpp"},
    [NR_accept4] = {"accept4", "dppx"}, [NR_connect] = {"connect", "dpu"},
    [NR_getsockname] = {"getsockname", "dpp"}, [NR_getpeername] = {"getpeername", "dpp"},
    [NR_sendto] = {"sendto", "dbuxpu"}, [NR_recvfrom] = {"recvfrom", "dBuxpp"},
    [NR_setsockopt] = {"setsockopt", "dddpu"}, [NR_getsockopt] = {"getsockopt", "dddpp"},
    [NR_shutdown] = {"shutdown", "dd"}, [NR_sendmsg] = {"sendmsg", "dpx"}, [NR_recvmsg] = {"recvmsg", "dpx"},
    [NR_recvmmsg] = {"recvmmsg", "dpuxp"}, [NR_sendmmsg] = {"sendmmsg", "dpux"},
    [NR_mincore] = {"mincore", "pup"}, [NR_copy_file_range] = {"copy_file_range", "dpdpux"},
    [NR_sendfile] = {"sendfile", "ddpu"},
    [NR_setxattr] = {"setxattr", "sspux"}, [NR_lsetxattr] = {"lsetxattr", "sspux"},
    [NR_fsetxattr] = {"fsetxattr", "dspux"}, [NR_getxattr] = {"getxattr", "sspu"},
    [NR_lgetxattr] = {"lgetxattr", "sspu"}, [NR_fgetxattr] = {"fgetxattr", "dspu"},
    [NR_listxattr] = {"listxattr", "spu"}, [NR_llistxattr] = {"llistxattr", "spu"},
    [NR_flistxattr] = {"flistxattr", "dpu"}, [NR_removexattr] = {"removexattr", "ss"},
    [NR_lremovexattr] = {"lremovexattr", "ss"}, [NR_fremovexattr] = {"fremovexattr", "ds"},
    [NR_clone3] = {"clone3", "pu"}, [NR_faccessat2] = {"faccessat2", "Fsxx"},
    [NR_eventfd2] = {"eventfd2", "ux"}, [NR_epoll_create1] = {"epoll_create1", "x"},
    [NR_epoll_ctl] = {"epoll_ctl", "dddp"}, [NR_epoll_pwait] = {"epoll_pwait", "dpddpu"},
    [NR_epoll_pwait2] = {"epoll_pwait2", "dpdppu"}, [NR_inotify_init1] = {"inotify_init1", "x"},
    [NR_inotify_add_watch] = {"inotify_add_watch", "dsx"}, [NR_inotify_rm_watch] = {"inotify_rm_watch", "dd"},
    [NR_flock] = {"flock", "dx"}, [NR_fallocate] = {"fallocate", "dxdd"},
    [NR_signalfd4] = {"signalfd4", "dpux"}, [NR_vmsplice] = {"vmsplice", "dpux"},
    [NR_splice] = {"splice", "dpdpux"}, [NR_tee] = {"tee", "ddux"},
    [NR_timerfd_create] = {"timerfd_create", "dx"}, [NR_timerfd_settime] = {"timerfd_settime", "dxpp"},
    [NR_timerfd_gettime] = {"timerfd_gettime", "dp"}, [NR_waitid] = {"waitid", "ddpxp"},
    [NR_sched_setaffinity] = {"sched_setaffinity", "dup"}, [NR_getcpu] = {"getcpu", "ppp"},
    [NR_preadv] = {"preadv", "dpdxx"}, [NR_pwritev] = {"pwritev", "dpdxx"},
    [NR_preadv2] = {"preadv2", "dpdxxx"}, [NR_pwritev2] = {"pwritev2", "dpdxxx"},
    [NR_sched_setparam] = {"sched_setparam", "dp"}, [NR_sched_getparam] = {"sched_getparam", "dp"},
    [NR_sched_setscheduler] = {"sched_setscheduler", "ddp"},
    [NR_sched_getscheduler] = {"sched_getscheduler", "d"},
    [NR_sched_get_priority_max] = {"sched_get_priority_max", "d"},
    [NR_sched_get_priority_min] = {"sched_get_priority_min", "d"},
    [NR_sched_rr_get_interval] = {"sched_rr_get_interval", "dp"},
    [NR_mlock] = {"mlock", "xu"}, [NR_munlock] = {"munlock", "xu"}, [NR_mlock2] = {"mlock2", "xux"},
    [NR_mlockall] = {"mlockall", "x"}, [NR_munlockall] = {"munlockall", ""},
    [NR_memfd_create] = {"memfd_create", "sx"}, [NR_membarrier] = {"membarrier", "dxd"},
    [NR_pidfd_send_signal] = {"pidfd_send_signal", "ddpx"}, [NR_pidfd_open] = {"pidfd_open", "dx"},
    [NR_close_range] = {"close_range", "uux"},
};
#define NSYSDESC (sizeof sysdesc / sizeof sysdesc[0])

/* ---- guest memory helpers ------------------------------------------------------ */

/* Accessible prefix of [a, a+*len): clamps *len like a partial transfer. */
static void *gbuf(uint64_t a, uint64_t *len, int need)
{
    if (*len == 0) return rv_mem;
    uint64_t n = 0;
    while (n < *len) {
        uint64_t chunk = RV_PAGE - ((a + n) & (RV_PAGE - 1));
        if (chunk > *len - n) chunk = *len - n;
        if (!g_ptr(a + n, chunk, need)) break;
        n += chunk;
    }
    if (n == 0) return NULL;
    *len = n;
    return rv_mem + a;
}

static long rerr(long r) { return r < 0 ? -errno : r; }
/* internal: deliver the pending signals, then run the ecall again (never
 * seen by the guest; Linux's ERESTARTNOINTR) */
#define RV_ERESTARTNOINTR 513

#define GPTR(var, addr, len, need) \
    void *var = g_ptr((addr), (len), (need)); \
    if (!var) return -EFAULT
#define GOPT(var, addr, len, need) \
    void *var = NULL; \
    if (addr) { var = g_ptr((addr), (len), (need)); if (!var) return -EFAULT; }
#define GPATH(var, addr) \
    char var[4096]; \
    { long l_ = g_str(var, sizeof var, (addr)); if (l_ < 0) return l_; }

/* a call that can block: the other guest threads run meanwhile (the guest
 * pointers it uses were checked before; gil_acquire keeps errno) */
#define UNLOCKED(call) (gil_release(), ul_r_ = (long)(call), gil_acquire(), ul_r_)

static int hostfd(int64_t fd) { return (int)fd == -100 ? AT_FDCWD : (int)fd; }

/* ---- struct stat: host (x86-64 glibc) -> guest (riscv64 asm-generic) ---------- */

static void put32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }
static void put64(uint8_t *p, uint64_t v) { memcpy(p, &v, 8); }

static void stat_to_guest(uint8_t *g, const struct stat *s)
{
    memset(g, 0, 128);
    put64(g + 0, (uint64_t)s->st_dev);
    put64(g + 8, (uint64_t)s->st_ino);
    put32(g + 16, (uint32_t)s->st_mode);
    put32(g + 20, (uint32_t)s->st_nlink);
    put32(g + 24, (uint32_t)s->st_uid);
    put32(g + 28, (uint32_t)s->st_gid);
    put64(g + 32, (uint64_t)s->st_rdev);
    put64(g + 48, (uint64_t)s->st_size);
    put32(g + 56, (uint32_t)s->st_blksize);
    put64(g + 64, (uint64_t)s->st_blocks);
    put64(g + 72, (uint64_t)s->st_atim.tv_sec);
    put64(g + 80, (uint64_t)s->st_atim.tv_nsec);
    put64(g + 88, (uint64_t)s->st_mtim.tv_sec);
    put64(g + 96, (uint64_t)s->st_mtim.tv_nsec);
    put64(g + 104, (uint64_t)s->st_ctim.tv_sec);
    put64(g + 112, (uint64_t)s->st_ctim.tv_nsec);
}

/* ---- execve: run the new guest program in a fresh rvjit ------------------------ */

enum { EXEC_MAXARGS = 1 << 17 };   /* Linux limits the bytes (ARG_MAX), not the count */

/* Append copies of the guest's NULL-terminated string array `arr` (from
 * entry `first` on) to out[*n]; 0, -EFAULT or -E2BIG. */
static int64_t copy_guest_strings(uint64_t arr, uint64_t first, char **out, int *n)
{
    for (uint64_t i = first; arr; i++) {
        uint64_t ptr;
        void *pp = g_ptr(arr + 8 * i, 8, PG_R);
        if (!pp) return -EFAULT;
        memcpy(&ptr, pp, 8);
        if (!ptr) break;
        if (*n >= EXEC_MAXARGS) return -E2BIG;
        char buf[4096];
        if (g_str(buf, sizeof buf, ptr) < 0) return -EFAULT;
        out[(*n)++] = strdup(buf);
    }
    return 0;
}

static int64_t do_execve(uint64_t path, uint64_t argv, uint64_t envp)
{
    GPATH(gp, path);
    /* the guest's /proc/self/exe is the guest program, not rvjit */
    const char *p = proc_is_own(gp, "exe") && rv_exe_path ? rv_exe_path : gp;
    char hdr[20];
    int fd = open(p, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -errno;
    ssize_t n = read(fd, hdr, sizeof hdr);
    close(fd);
    /* like qemu-user: a riscv64 ELF runs in a fresh rvjit, anything else
     * (host binaries, #! scripts) is handed to the host kernel as is */
    bool riscv = n >= 20 && memcmp(hdr, "\177ELF", 4) == 0 && hdr[18] == (char)243;
    char **av = calloc(EXEC_MAXARGS + 8, sizeof *av), **ev = calloc(EXEC_MAXARGS + 1, sizeof *ev);
    int64_t err = -E2BIG;
    int ac = 0, ec = 0;
    if (!av || !ev) goto out;
    uint64_t arg0 = 0;
    void *pp0 = argv ? g_ptr(argv, 8, PG_R) : NULL;
    if (pp0) memcpy(&arg0, pp0, 8);
    if (!riscv) {
        err = copy_guest_strings(argv, 0, av, &ac);     /* the guest's argv as is */
    } else {
        /* rvjit [--strace] [--argv0 ARGV0] -- PATH ARGV[1..] */
        av[ac++] = strdup("rvjit");
        if (rv_opt_strace) av[ac++] = strdup("--strace");
        if (arg0) {
            char buf[4096];
            if (g_str(buf, sizeof buf, arg0) < 0) { err = -EFAULT; goto out; }
            av[ac++] = strdup("--argv0");
            av[ac++] = strdup(buf);
        }
        av[ac++] = strdup("--");
        av[ac++] = strdup(p);
        err = arg0 ? copy_guest_strings(argv, 1, av, &ac) : 0;
    }
    if (!err) err = copy_guest_strings(envp, 0, ev, &ec);
    if (err) goto out;
    /* A signal that came in since the last poll (rvjit's host handler took
     * it) would be lost over the exec: it is delivered first and the ecall
     * runs again, as if it had arrived before the call (Linux: a killing
     * one ends the process, a handler runs before the exec).  From here on
     * the host signals stay blocked until sig_exec_prepare sets the mask
     * the new program starts with. */
    sigset_t all, before;
    sigfillset(&all);
    sigdelset(&all, SIGSEGV);
    sigdelset(&all, SIGBUS);
    pthread_sigmask(SIG_BLOCK, &all, &before);
    if (sig_deliverable(rv_self)) {
        pthread_sigmask(SIG_SETMASK, &before, NULL);
        err = -RV_ERESTARTNOINTR;
        goto out;
    }
    sigset_t old_mask;
    sig_exec_prepare(&old_mask);
    old_mask = before;
    execve(riscv ? "/proc/self/exe" : p, av, ev);
    err = -errno;
    sig_exec_failed();
    pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
out:
    if (av) for (int i = 0; i < ac; i++) free(av[i]);
    if (ev) for (int i = 0; i < ec; i++) free(ev[i]);
    free(av);
    free(ev);
    return err;
}

/* ---- the syscalls ------------------------------------------------------------------ */


/* /proc/self/exe followed (stat, statx without AT_SYMLINK_NOFOLLOW) is
 * the guest program, not rvjit */
static const char *own_exe(const char *p, int flags)
{
    return !(flags & AT_SYMLINK_NOFOLLOW) && rv_exe_path && proc_is_own(p, "exe") ? rv_exe_path : p;
}

/* prctl: the process-attribute options pass through (the name is the
 * host thread's, which is the guest thread's); those that would change
 * how the emulator itself runs (seccomp, mm fields, ...) are EINVAL */
static int64_t do_prctl(const uint64_t *a)
{
    int op = (int)a[0];
    switch (op) {
    case PR_SET_NAME: {
        char name[16];
        long n = g_str(name, sizeof name, a[1]);
        if (n == -EFAULT) return -EFAULT;
        name[15] = 0;   /* longer names are cut, as Linux does */
        return rerr(prctl(PR_SET_NAME, name, 0, 0, 0));
    }
    case PR_GET_NAME: {
        GPTR(p, a[1], 16, PG_W);
        return rerr(prctl(PR_GET_NAME, p, 0, 0, 0));
    }
    case PR_GET_PDEATHSIG: case PR_GET_CHILD_SUBREAPER: {
        GPTR(p, a[1], 4, PG_W);
        return rerr(prctl(op, p, 0, 0, 0));
    }
    case PR_GET_TID_ADDRESS: {
        GPTR(p, a[1], 8, PG_W);
        memcpy(p, &rv_self->clear_tid, 8);
        return 0;
    }
    case PR_SET_PDEATHSIG: case PR_GET_DUMPABLE: case PR_SET_DUMPABLE: case PR_GET_KEEPCAPS:
    case PR_SET_KEEPCAPS: case PR_GET_TIMERSLACK: case PR_SET_TIMERSLACK: case PR_SET_CHILD_SUBREAPER:
    case PR_GET_NO_NEW_PRIVS: case PR_SET_NO_NEW_PRIVS: case PR_GET_SECCOMP: case PR_CAPBSET_READ:
    case PR_GET_THP_DISABLE: case PR_SET_THP_DISABLE: case PR_GET_TIMING: case PR_MCE_KILL_GET:
        return rerr(prctl(op, a[1], a[2], a[3], a[4]));
    }
    return -EINVAL;
}

/* nanosleep, clock_nanosleep: a host signal the guest does not take now
 * (blocked) does not end the sleep, which goes on for the time left; rem
 * gets the time left only when the guest's signal interrupts a relative
 * sleep */
static int64_t do_sleep(clockid_t clk, int flags, const void *req, void *rem)
{
    struct timespec t, left;
    memcpy(&t, req, sizeof t);
    for (;;) {
        long ul_r_;
        int e = (int)UNLOCKED(clock_nanosleep(clk, flags, &t, &left));
        if (e != EINTR) return -e;
        if (rv_exit_requested || sig_deliverable(rv_self)) break;
        if (!(flags & TIMER_ABSTIME)) t = left;
    }
    if (rem && !(flags & TIMER_ABSTIME)) memcpy(rem, &left, sizeof left);
    return -EINTR;
}

/* futex on the host address of the guest word: the host kernel does the
 * waiting and waking between the host threads of the guest threads */
static int64_t do_futex(const uint64_t *a)
{
    long ul_r_;
    int op = (int)a[1], cmd = op & 127;
    void *u = g_ptr(a[0], 4, PG_R);
    if (!u) return -EFAULT;
    void *u2 = NULL;
    const void *ts = NULL;
    switch (cmd) {
    case 0: case 9: case 6: case 11: case 13:   /* WAIT, WAIT_BITSET, LOCK_PI, WAIT_REQUEUE_PI, LOCK_PI2 */
        if (a[3] && !(ts = g_ptr(a[3], 16, PG_R))) return -EFAULT;
        if (cmd == 11 && !(u2 = g_ptr(a[4], 4, PG_R))) return -EFAULT;
        if (cmd == 6 || cmd == 13) {   /* the kernel writes the owner tid */
            if (!g_ptr(a[0], 4, PG_W)) return -EFAULT;
        }
        return rerr(UNLOCKED(syscall(SYS_futex, u, op, (uint32_t)a[2], ts, u2, (uint32_t)a[5])));
    case 1: case 10: case 7: case 8:   /* WAKE, WAKE_BITSET, UNLOCK_PI, TRYLOCK_PI */
        if (cmd != 1 && cmd != 10 && !g_ptr(a[0], 4, PG_W)) return -EFAULT;
        return rerr(syscall(SYS_futex, u, op, (uint32_t)a[2], NULL, NULL, (uint32_t)a[5]));
    case 3: case 4: case 5: case 12:   /* REQUEUE, CMP_REQUEUE, WAKE_OP, CMP_REQUEUE_PI */
        if (!(u2 = g_ptr(a[4], 4, cmd == 5 ? PG_W : PG_R))) return -EFAULT;
        return rerr(syscall(SYS_futex, u, op, (uint32_t)a[2], (unsigned long)a[3], u2, (uint32_t)a[5]));
    default:
        return -ENOSYS;
    }
}

/* ppoll and pselect6: the wait runs with the guest's temporary signal mask
 * (sig_masked_wait); fd_set and pollfd have the same layout on both */
struct PollCtx { bool sel; int nfds; void *fds, *r, *w, *e; };

static long poll_fn(void *ctx, struct timespec *left, const void *hmask)
{
    struct PollCtx *c = ctx;
    if (c->sel) {
        struct { const void *ss; size_t len; } sm = { hmask, 8 };
        return syscall(SYS_pselect6, c->nfds, c->r, c->w, c->e, left, &sm);
    }
    return syscall(SYS_ppoll, c->fds, (unsigned)c->nfds, left, hmask, 8);
}

static int64_t do_poll_select(uint64_t nr, const uint64_t *a)
{
    struct PollCtx c = { nr == NR_pselect6, 0, NULL, NULL, NULL, NULL };
    uint64_t tsp, maskp, masksize;
    if (c.sel) {
        if ((int)a[0] < 0) return -EINVAL;
        c.nfds = (int)a[0];
        uint64_t sz = ((uint64_t)c.nfds + 63) / 64 * 8;
        void *set[3] = {NULL, NULL, NULL};
        for (int i = 0; i < 3; i++)
            if (a[1 + i] && !(set[i] = g_ptr(a[1 + i], sz, PG_W))) return -EFAULT;
        c.r = set[0], c.w = set[1], c.e = set[2];
        tsp = a[4];
        maskp = masksize = 0;
        if (a[5]) {   /* { const sigset_t *ss; size_t ss_len; } */
            const uint8_t *sm = g_ptr(a[5], 16, PG_R);
            if (!sm) return -EFAULT;
            memcpy(&maskp, sm, 8);
            memcpy(&masksize, sm + 8, 8);
        }
    } else {
        if (a[1] > 4096) return -EINVAL;
        c.nfds = (int)a[1];
        if (a[1] && !(c.fds = g_ptr(a[0], a[1] * 8, PG_W))) return -EFAULT;
        tsp = a[2];
        maskp = a[3];
        masksize = a[4];
    }
    const uint8_t *gmask = NULL;
    if (maskp) {
        if (masksize != 8) return -EINVAL;
        if (!(gmask = g_ptr(maskp, 8, PG_R))) return -EFAULT;
    }
    struct timespec rel, *relp = NULL;
    uint8_t *gts = NULL;
    if (tsp) {
        if (!(gts = g_ptr(tsp, 16, PG_R))) return -EFAULT;
        memcpy(&rel, gts, 16);
        if (rel.tv_sec < 0 || rel.tv_nsec < 0 || rel.tv_nsec >= 1000000000) return -EINVAL;
        relp = &rel;
    }
    int64_t r = sig_masked_wait(gmask, relp, poll_fn, &c);
    if (gts && g_ptr(tsp, 16, PG_W)) memcpy(gts, &rel, 16);   /* the time left */
    return r;
}

/* sockaddr, msghdr, iovec, cmsghdr and the socket option values have the
 * same layout on both LP64 ABIs; the pointers inside a msghdr are guest
 * addresses and are translated into a host copy of the header. */
enum { MSG_MAXIOV = 1024 };

/* a host msghdr for the guest's at mp (56 bytes, the same layout); iov has
 * room for MSG_MAXIOV entries */
static int64_t msg_in(bool send, uint64_t mp, struct msghdr *m, struct iovec *iov)
{
    uint8_t *g = g_ptr(mp, 56, send ? PG_R : PG_W);
    if (!g) return -EFAULT;
    uint64_t name, iovp, ctl, niov, ctllen;
    uint32_t namelen;
    memcpy(&name, g, 8);
    memcpy(&namelen, g + 8, 4);
    memcpy(&iovp, g + 16, 8);
    memcpy(&niov, g + 24, 8);
    memcpy(&ctl, g + 32, 8);
    memcpy(&ctllen, g + 40, 8);
    if (niov > MSG_MAXIOV) return -EMSGSIZE;
    const uint8_t *gv = niov ? g_ptr(iovp, niov * 16, PG_R) : NULL;
    if (niov && !gv) return -EFAULT;
    for (uint64_t i = 0; i < niov; i++) {
        uint64_t base, len;
        memcpy(&base, gv + 16 * i, 8);
        memcpy(&len, gv + 16 * i + 8, 8);
        void *p = g_ptr(base, len, send ? PG_R : PG_W);
        if (!p) return -EFAULT;
        iov[i].iov_base = p;
        iov[i].iov_len = len;
    }
    memset(m, 0, sizeof *m);
    if (name && !(m->msg_name = g_ptr(name, namelen, send ? PG_R : PG_W))) return -EFAULT;
    m->msg_namelen = name ? namelen : 0;
    m->msg_iov = iov;
    m->msg_iovlen = niov;
    if (ctl && ctllen && !(m->msg_control = g_ptr(ctl, ctllen, send ? PG_R : PG_W))) return -EFAULT;
    m->msg_controllen = m->msg_control ? ctllen : 0;
    return 0;
}

/* what the kernel writes back into a received header */
static void msg_out(uint64_t mp, const struct msghdr *m)
{
    uint8_t *g = rv_mem + mp;   /* checked writable by msg_in */
    uint32_t nl = m->msg_namelen;
    uint64_t cl = m->msg_controllen;
    int32_t fl = m->msg_flags;
    memcpy(g + 8, &nl, 4);
    memcpy(g + 40, &cl, 8);
    memcpy(g + 48, &fl, 4);
}

static int64_t do_msg(bool send, int fd, uint64_t mp, int flags)
{
    long ul_r_;
    struct iovec iov[MSG_MAXIOV];
    struct msghdr m;
    int64_t e = msg_in(send, mp, &m, iov);
    if (e < 0) return e;
    long r = send ? UNLOCKED(sendmsg(fd, &m, flags)) : UNLOCKED(recvmsg(fd, &m, flags));
    if (r < 0) return -errno;
    if (!send) msg_out(mp, &m);
    return r;
}

/* sendmmsg, recvmmsg (glibc's resolver sends its A and AAAA queries with
 * sendmmsg): struct mmsghdr is a msghdr and the unsigned msg_len, 64 bytes
 * on both; the host call gets translated copies */
static int64_t do_mmsg(bool send, int fd, uint64_t vp, uint64_t vlen, int flags, uint64_t tsp)
{
    long ul_r_;
    if (vlen > MSG_MAXIOV) vlen = MSG_MAXIOV;   /* Linux clamps to UIO_MAXIOV */
    if (!g_ptr(vp, vlen * 64, PG_W)) return -EFAULT;   /* msg_len is written back */
    void *ts = NULL;
    if (tsp && !(ts = g_ptr(tsp, 16, PG_R))) return -EFAULT;
    struct mmsghdr *mv = calloc(vlen ? vlen : 1, sizeof *mv);
    struct iovec *iov = malloc(sizeof *iov * MSG_MAXIOV * (vlen ? vlen : 1));
    int64_t r = mv && iov ? 0 : -ENOMEM;
    for (uint64_t i = 0; i < vlen && r == 0; i++)
        r = msg_in(send, vp + 64 * i, &mv[i].msg_hdr, iov + MSG_MAXIOV * i);
    if (r == 0) {
        long n = send ? UNLOCKED(sendmmsg(fd, mv, (unsigned)vlen, flags))
                      : UNLOCKED(recvmmsg(fd, mv, (unsigned)vlen, flags, ts));
        r = n < 0 ? -errno : n;
        for (long i = 0; i < n; i++) {
            if (!send) msg_out(vp + 64 * (uint64_t)i, &mv[i].msg_hdr);
            uint32_t len = mv[i].msg_len;
            memcpy(rv_mem + vp + 64 * (uint64_t)i + 56, &len, 4);
        }
    }
    free(mv);
    free(iov);
    return r;
}

/* a (sockaddr *, socklen_t *) pair filled by the call */
#define SOCKOUT(addr, lenp) \
    void *addr = NULL; socklen_t *lenp = NULL; \
    if (a[2]) { \
        if (!(lenp = g_ptr(a[2], 4, PG_W))) return -EFAULT; \
        if (a[1] && !(addr = g_ptr(a[1], *lenp, PG_W))) return -EFAULT; \
    }

static int64_t do_socket(uint64_t nr, const uint64_t *a)
{
    long ul_r_;
    int fd = (int)a[0];
    switch (nr) {
    case NR_socket: return rerr(socket((int)a[0], (int)a[1], (int)a[2]));
    case NR_socketpair: {
        GPTR(p, a[3], 8, PG_W);
        int sv[2];
        if (socketpair((int)a[0], (int)a[1], (int)a[2], sv) < 0) return -errno;
        memcpy(p, sv, 8);
        return 0;
    }
    case NR_bind: case NR_connect: {
        GOPT(p, a[1], (uint32_t)a[2], PG_R);
        if (nr == NR_bind) return rerr(bind(fd, p, (socklen_t)a[2]));
        return rerr(UNLOCKED(connect(fd, p, (socklen_t)a[2])));
    }
    case NR_listen: return rerr(listen(fd, (int)a[1]));
    case NR_accept: case NR_accept4: {
        SOCKOUT(addr, lenp);
        int fl = nr == NR_accept4 ? (int)a[3] : 0;
        return rerr(UNLOCKED(accept4(fd, addr, lenp, fl)));
    }
    case NR_getsockname: case NR_getpeername: {
        SOCKOUT(addr, lenp);
        if (!lenp) return -EFAULT;
        return rerr(nr == NR_getsockname ? getsockname(fd, addr, lenp) : getpeername(fd, addr, lenp));
    }
    case NR_sendto: {
        uint64_t n = a[2];
        void *p = gbuf(a[1], &n, PG_R);
        if (!p) return -EFAULT;
        GOPT(to, a[4], (uint32_t)a[5], PG_R);
        return rerr(UNLOCKED(sendto(fd, p, n, (int)a[3], to, (socklen_t)a[5])));
    }
    case NR_recvfrom: {
        uint64_t n = a[2];
        void *p = gbuf(a[1], &n, PG_W);
        if (!p) return -EFAULT;
        void *from = NULL;
        socklen_t *fl = NULL;
        if (a[5]) {
            if (!(fl = g_ptr(a[5], 4, PG_W))) return -EFAULT;
            if (a[4] && !(from = g_ptr(a[4], *fl, PG_W))) return -EFAULT;
        }
        return rerr(UNLOCKED(recvfrom(fd, p, n, (int)a[3], from, fl)));
    }
    case NR_setsockopt: {
        GOPT(p, a[3], (uint32_t)a[4], PG_R);
        return rerr(setsockopt(fd, (int)a[1], (int)a[2], p, (socklen_t)a[4]));
    }
    case NR_getsockopt: {
        GPTR(lenp, a[4], 4, PG_W);
        socklen_t len;
        memcpy(&len, lenp, 4);
        GOPT(p, a[3], len, PG_W);
        if (getsockopt(fd, (int)a[1], (int)a[2], p, &len) < 0) return -errno;
        memcpy(lenp, &len, 4);
        return 0;
    }
    case NR_shutdown: return rerr(shutdown(fd, (int)a[1]));
    case NR_sendmsg: case NR_recvmsg: return do_msg(nr == NR_sendmsg, fd, a[1], (int)a[2]);
    case NR_sendmmsg: case NR_recvmmsg:
        return do_mmsg(nr == NR_sendmmsg, fd, a[1], (uint32_t)a[2], (int)a[3], nr == NR_recvmmsg ? a[4] : 0);
    }
    return -ENOSYS;
}

/* mincore: ENOMEM when part of the range is not mapped in the guest (what
 * stack-probing code such as gnulib's c-stack relies on), else the host's
 * residency of the same pages */
static int64_t do_mincore(uint64_t addr, uint64_t len, uint64_t vec)
{
    if (addr & (RV_PAGE - 1)) return -EINVAL;
    uint64_t n = (len + RV_PAGE - 1) / RV_PAGE;
    if (!mem_range_ok(addr, n * RV_PAGE)) return -ENOMEM;
    for (uint64_t i = 0; i < n; i++)
        if (!(rv_pflags[addr / RV_PAGE + i] & PG_MAPPED)) return -ENOMEM;
    GPTR(v, vec, n, PG_W);
    return rerr(mincore(rv_mem + addr, len, v));
}

/* extended attributes: names are strings, values plain bytes; the
 * file system's answer (ENODATA, EOPNOTSUPP, ERANGE...) is the guest's */
static int64_t do_xattr(uint64_t nr, const uint64_t *a)
{
    bool byfd = nr == NR_fsetxattr || nr == NR_fgetxattr || nr == NR_flistxattr || nr == NR_fremovexattr;
    char path[4096];
    if (!byfd) { long l = g_str(path, sizeof path, a[0]); if (l < 0) return l; }
    const void *target = byfd ? NULL : path;
    int fd = (int)a[0];
    char name[256];
    bool list = nr == NR_listxattr || nr == NR_llistxattr || nr == NR_flistxattr;
    if (!list) {
        long l = g_str(name, sizeof name, a[1]);
        if (l < 0) return l == -ENAMETOOLONG ? -ERANGE : l;
    }
    switch (nr) {
    case NR_setxattr: case NR_lsetxattr: case NR_fsetxattr: {
        GOPT(v, a[2], a[3], PG_R);
        if (byfd) return rerr(syscall(SYS_fsetxattr, fd, name, v, (size_t)a[3], (int)a[4]));
        return rerr(syscall(nr == NR_setxattr ? SYS_setxattr : SYS_lsetxattr, target, name, v,
                            (size_t)a[3], (int)a[4]));
    }
    case NR_getxattr: case NR_lgetxattr: case NR_fgetxattr: {
        GOPT(v, a[2], a[3], PG_W);
        if (byfd) return rerr(syscall(SYS_fgetxattr, fd, name, v, (size_t)a[3]));
        return rerr(syscall(nr == NR_getxattr ? SYS_getxattr : SYS_lgetxattr, target, name, v, (size_t)a[3]));
    }
    case NR_listxattr: case NR_llistxattr: case NR_flistxattr: {
        GOPT(v, a[1], a[2], PG_W);
        if (byfd) return rerr(syscall(SYS_flistxattr, fd, v, (size_t)a[2]));
        return rerr(syscall(nr == NR_listxattr ? SYS_listxattr : SYS_llistxattr, target, v, (size_t)a[2]));
    }
    default:
        if (byfd) return rerr(syscall(SYS_fremovexattr, fd, name));
        return rerr(syscall(nr == NR_removexattr ? SYS_removexattr : SYS_lremovexattr, target, name));
    }
}

/* epoll: struct epoll_event is packed on x86-64 (u32 events, u64 data: 12
 * bytes) and naturally aligned on riscv64 (16 bytes, data at offset 8), so
 * it is translated both ways.  The wait runs like ppoll (sig_masked_wait:
 * the GIL is released, the guest's temporary mask applies). */
enum { EP_HOST = 12, EP_GUEST = 16, EP_BATCH = 1024 };

static int64_t do_epoll_ctl(const uint64_t *a)
{
    uint8_t hev[EP_HOST];
    void *hp = NULL;
    if ((int)a[1] != 2 /* EPOLL_CTL_DEL ignores the event */) {
        const uint8_t *g = g_ptr(a[3], EP_GUEST, PG_R);
        if (!g) return -EFAULT;
        memcpy(hev, g, 4);
        memcpy(hev + 4, g + 8, 8);
        hp = hev;
    }
    return rerr(syscall(SYS_epoll_ctl, (int)a[0], (int)a[1], (int)a[2], hp));
}

struct EpollCtx { int epfd, max; uint8_t *ev; };

static long epoll_fn(void *ctx, struct timespec *left, const void *hmask)
{
    struct EpollCtx *c = ctx;
    if (!left) return syscall(SYS_epoll_pwait, c->epfd, c->ev, c->max, -1, hmask, 8);
    long r = syscall(SYS_epoll_pwait2, c->epfd, c->ev, c->max, left, hmask, 8);
    if (r < 0 && errno == ENOSYS) {   /* hosts before Linux 5.11: milliseconds, rounded up */
        long ms = left->tv_sec * 1000 + (left->tv_nsec + 999999) / 1000000;
        r = syscall(SYS_epoll_pwait, c->epfd, c->ev, c->max, ms > INT32_MAX ? INT32_MAX : (int)ms, hmask, 8);
    }
    return r;
}

static int64_t do_epoll_wait(uint64_t nr, const uint64_t *a)
{
    struct timespec rel, *relp = NULL;
    if (nr == NR_epoll_pwait2) {
        if (a[3]) {
            const void *t = g_ptr(a[3], 16, PG_R);
            if (!t) return -EFAULT;
            memcpy(&rel, t, 16);
            if (rel.tv_sec < 0 || rel.tv_nsec < 0 || rel.tv_nsec >= 1000000000) return -EINVAL;
            relp = &rel;
        }
    } else if ((int)a[3] >= 0) {
        rel.tv_sec = (int)a[3] / 1000;
        rel.tv_nsec = (long)((int)a[3] % 1000) * 1000000;
        relp = &rel;
    }
    const uint8_t *gmask = NULL;
    if (a[4]) {
        if (a[5] != 8) return -EINVAL;
        if (!(gmask = g_ptr(a[4], 8, PG_R))) return -EFAULT;
    }
    int max = (int)a[2];
    if (max <= 0 || max > INT32_MAX / EP_GUEST) return -EINVAL;
    uint8_t *g = g_ptr(a[1], (uint64_t)max * EP_GUEST, PG_W);
    if (!g) return -EFAULT;
    uint8_t hev[EP_BATCH * EP_HOST];
    struct EpollCtx c = { (int)a[0], max < EP_BATCH ? max : EP_BATCH, hev };
    int64_t r = sig_masked_wait(gmask, relp, epoll_fn, &c);
    for (int64_t i = 0; i < r; i++) {   /* the kernel writes events and data, not the padding */
        memcpy(g + EP_GUEST * i, hev + EP_HOST * i, 4);
        memcpy(g + EP_GUEST * i + 8, hev + EP_HOST * i + 4, 8);
    }
    return r;
}

/* the event-notification and process calls that pass through: their
 * structures (itimerspec, inotify_event, siginfo, loff_t, cpu sets) have
 * the same layout on both */
static int64_t do_evsys(uint64_t nr, const uint64_t *a)
{
    long ul_r_;
    switch (nr) {
    case NR_eventfd2: return rerr(syscall(SYS_eventfd2, (unsigned)a[0], (int)a[1]));
    case NR_epoll_create1: return rerr(syscall(SYS_epoll_create1, (int)a[0]));
    case NR_inotify_init1: return rerr(syscall(SYS_inotify_init1, (int)a[0]));
    case NR_inotify_add_watch: {
        GPATH(p, a[1]);
        return rerr(syscall(SYS_inotify_add_watch, (int)a[0], p, (uint32_t)a[2]));
    }
    case NR_inotify_rm_watch: return rerr(syscall(SYS_inotify_rm_watch, (int)a[0], (int)a[1]));
    case NR_flock:
        if ((int)a[1] & LOCK_NB) return rerr(syscall(SYS_flock, (int)a[0], (int)a[1]));
        return rerr(UNLOCKED(syscall(SYS_flock, (int)a[0], (int)a[1])));
    case NR_fallocate:
        return rerr(UNLOCKED(syscall(SYS_fallocate, (int)a[0], (int)a[1], (off_t)a[2], (off_t)a[3])));
    case NR_timerfd_create: return rerr(syscall(SYS_timerfd_create, (int)a[0], (int)a[1]));
    case NR_timerfd_settime: {
        GPTR(nv, a[2], 32, PG_R);
        GOPT(ov, a[3], 32, PG_W);
        return rerr(syscall(SYS_timerfd_settime, (int)a[0], (int)a[1], nv, ov));
    }
    case NR_timerfd_gettime: {
        GPTR(cv, a[1], 32, PG_W);
        return rerr(syscall(SYS_timerfd_gettime, (int)a[0], cv));
    }
    case NR_memfd_create: {
        char name[256];
        long l = g_str(name, sizeof name, a[0]);
        if (l < 0) return l == -ENAMETOOLONG ? -EINVAL : l;
        return rerr(syscall(SYS_memfd_create, name, (unsigned)a[1]));
    }
    case NR_close_range: {
        long r = syscall(SYS_close_range, (unsigned)a[0], (unsigned)a[1], (unsigned)a[2]);
        if (r < 0) return -errno;
        if (!((unsigned)a[2] & 4 /* CLOSE_RANGE_CLOEXEC */))
            sig_signalfd_forget((int)((unsigned)a[0] > INT32_MAX ? INT32_MAX : a[0]),
                                (int)((unsigned)a[1] > INT32_MAX ? INT32_MAX : a[1]));
        return 0;
    }
    case NR_membarrier: return rerr(syscall(SYS_membarrier, (int)a[0], (unsigned)a[1], (int)a[2]));
    case NR_sched_setaffinity: {
        uint64_t n = a[1];
        GPTR(p, a[2], n, PG_R);
        return rerr(syscall(SYS_sched_setaffinity, (pid_t)a[0], n, p));
    }
    case NR_getcpu: {
        GOPT(cpu, a[0], 4, PG_W);
        GOPT(node, a[1], 4, PG_W);
        return rerr(syscall(SYS_getcpu, cpu, node, NULL));
    }
    case NR_pidfd_open: return rerr(syscall(SYS_pidfd_open, (pid_t)a[0], (unsigned)a[1]));
    case NR_pidfd_send_signal: {
        GOPT(info, a[2], 128, PG_R);
        return rerr(syscall(SYS_pidfd_send_signal, (int)a[0], (int)a[1], info, (unsigned)a[3]));
    }
    case NR_waitid: {
        GOPT(info, a[2], 128, PG_W);
        GOPT(ru, a[4], sizeof(struct rusage), PG_W);
        return rerr(UNLOCKED(syscall(SYS_waitid, (int)a[0], (pid_t)a[1], info, (int)a[3], ru)));
    }
    case NR_splice: {
        GOPT(offin, a[1], 8, PG_W);
        GOPT(offout, a[3], 8, PG_W);
        return rerr(UNLOCKED(syscall(SYS_splice, (int)a[0], offin, (int)a[2], offout, (size_t)a[4],
                                     (unsigned)a[5])));
    }
    case NR_tee:
        return rerr(UNLOCKED(syscall(SYS_tee, (int)a[0], (int)a[1], (size_t)a[2], (unsigned)a[3])));
    case NR_vmsplice: {
        uint64_t cnt = a[2];
        if (cnt > 1024) return -EINVAL;
        GPTR(gv, a[1], cnt * 16, PG_R);
        struct iovec iov[1024];
        for (uint64_t i = 0; i < cnt; i++) {
            uint64_t base, len;
            memcpy(&base, (uint8_t *)gv + 16 * i, 8);
            memcpy(&len, (uint8_t *)gv + 16 * i + 8, 8);
            /* the pipe's direction decides; both are checked for reading */
            void *p = g_ptr(base, len, PG_R);
            if (!p) return -EFAULT;
            iov[i].iov_base = p;
            iov[i].iov_len = len;
        }
        return rerr(UNLOCKED(syscall(SYS_vmsplice, (int)a[0], iov, (unsigned long)cnt, (unsigned)a[3])));
    }
    }
    return -ENOSYS;
}

static int64_t do_syscall(RvCpu *st, uint64_t nr, const uint64_t *a)
{
    long ul_r_;
    switch (nr) {
    case NR_read: {
        uint64_t n = a[2];
        void *p = gbuf(a[1], &n, PG_W);
        if (!p) return -EFAULT;
        if (sig_is_signalfd((int)a[0])) return sig_signalfd_read((int)a[0], p, n);
        return rerr(UNLOCKED(read((int)a[0], p, n)));
    }
    case NR_write: {
        uint64_t n = a[2];
        void *p = gbuf(a[1], &n, PG_R);
        if (!p) return -EFAULT;
        return rerr(UNLOCKED(write((int)a[0], p, n)));
    }
    case NR_pread64: {
        uint64_t n = a[2];
        void *p = gbuf(a[1], &n, PG_W);
        if (!p) return -EFAULT;
        return rerr(UNLOCKED(pread((int)a[0], p, n, (off_t)a[3])));
    }
    case NR_pwrite64: {
        uint64_t n = a[2];
        void *p = gbuf(a[1], &n, PG_R);
        if (!p) return -EFAULT;
        return rerr(UNLOCKED(pwrite((int)a[0], p, n, (off_t)a[3])));
    }
    case NR_readv: case NR_writev: case NR_preadv: case NR_pwritev: case NR_preadv2: case NR_pwritev2: {
        bool rd = nr == NR_readv || nr == NR_preadv || nr == NR_preadv2;
        int cnt = (int)a[2];
        if (cnt < 0 || cnt > 1024) return -EINVAL;
        GPTR(gv, a[1], (uint64_t)cnt * 16, PG_R);
        struct iovec iov[1024];
        for (int i = 0; i < cnt; i++) {
            uint64_t base, len;
            memcpy(&base, (uint8_t *)gv + 16 * i, 8);
            memcpy(&len, (uint8_t *)gv + 16 * i + 8, 8);
            void *p = g_ptr(base, len, rd ? PG_W : PG_R);
            if (!p) return -EFAULT;
            iov[i].iov_base = p;
            iov[i].iov_len = len;
        }
        if (nr == NR_readv || nr == NR_writev)
            return rerr(UNLOCKED(rd ? readv((int)a[0], iov, cnt) : writev((int)a[0], iov, cnt)));
        /* (fd, iov, cnt, pos_l, pos_h[, flags]): the offset is pos_l on 64 bits */
        long sysno = nr == NR_preadv ? SYS_preadv : nr == NR_pwritev ? SYS_pwritev
                     : nr == NR_preadv2 ? SYS_preadv2 : SYS_pwritev2;
        return rerr(UNLOCKED(syscall(sysno, (int)a[0], iov, cnt, (long)a[3], (long)a[4], (int)a[5])));
    }
    case NR_openat: {
        GPATH(p, a[1]);
        if (proc_is_own(p, "exe") && rv_exe_path)
            return rerr(openat(AT_FDCWD, rv_exe_path, (int)a[2], (mode_t)a[3]));
        if (((int)a[2] & O_ACCMODE) == O_RDONLY && !strncmp(p, "/proc/", 6)) {   /* the guest's, not rvjit's */
            int r = proc_open(p, ((int)a[2] & O_CLOEXEC) != 0);
            if (r != PROC_HOST) return r;
        }
        /* unlocked: opening a FIFO blocks until the other end opens */
        return rerr(UNLOCKED(openat(hostfd((int64_t)a[0]), p, (int)a[2], (mode_t)a[3])));
    }
    case NR_close:
        if (close((int)a[0]) < 0) return -errno;
        sig_signalfd_forget((int)a[0], (int)a[0]);
        return 0;
    case NR_lseek: return rerr(lseek((int)a[0], (off_t)a[1], (int)a[2]));
    case NR_newfstatat: {
        GPATH(p, a[1]);
        GPTR(g, a[2], 128, PG_W);
        struct stat s;
        if (fstatat(hostfd((int64_t)a[0]), own_exe(p, (int)a[3]), &s, (int)a[3]) < 0) return -errno;
        stat_to_guest(g, &s);
        return 0;
    }
    case NR_fstat: {
        GPTR(g, a[1], 128, PG_W);
        struct stat s;
        if (fstat((int)a[0], &s) < 0) return -errno;
        stat_to_guest(g, &s);
        return 0;
    }
    case NR_statx: {
        GPATH(p, a[1]);
        GPTR(g, a[4], 256, PG_W);
        return rerr(syscall(SYS_statx, hostfd((int64_t)a[0]), own_exe(p, (int)a[2]), (int)a[2], (unsigned)a[3], g));
    }
    case NR_getdents64: {
        uint64_t n = a[2];
        void *p = gbuf(a[1], &n, PG_W);
        if (!p) return -EFAULT;
        return rerr(syscall(SYS_getdents64, (int)a[0], p, n));
    }
    case NR_brk: return (int64_t)sys_brk(a[0]);
    case NR_mmap: return sys_mmap(a[0], a[1], (int)a[2], (int)a[3], (int)a[4], a[5]);
    case NR_munmap: return sys_munmap(a[0], a[1]);
    case NR_mprotect: return sys_mprotect(a[0], a[1], (int)a[2]);
    case NR_mremap: return sys_mremap(a[0], a[1], a[2], (int)a[3], a[4]);
    case NR_madvise: return sys_madvise(a[0], a[1], (int)a[2]);
    case NR_msync:
        if (a[0] & (RV_PAGE - 1)) return -EINVAL;
        if (!mem_range_ok(a[0], a[1])) return -ENOMEM;
        return rerr(msync(rv_mem + a[0], a[1], (int)a[2]));
    case NR_exit:
    case NR_exit_group:
        rv_exit_requested = true;
        rv_exit_thread = nr == NR_exit;   /* exit ends only this thread */
        rv_exit_code = (int)(a[0] & 0xff);
        return 0;
    case NR_clock_gettime: {
        GPTR(g, a[1], 16, PG_W);
        return rerr(clock_gettime((clockid_t)a[0], g));
    }
    case NR_clock_getres: {
        GOPT(g, a[1], 16, PG_W);
        struct timespec ts;
        if (clock_getres((clockid_t)a[0], &ts) < 0) return -errno;
        if (g) memcpy(g, &ts, 16);
        return 0;
    }
    case NR_gettimeofday: {
        GOPT(tv, a[0], 16, PG_W);
        GOPT(tz, a[1], 8, PG_W);
        return rerr(syscall(SYS_gettimeofday, tv, tz));
    }
    case NR_nanosleep: {
        GPTR(req, a[0], 16, PG_R);
        GOPT(rem, a[1], 16, PG_W);
        return do_sleep(CLOCK_MONOTONIC, 0, req, rem);
    }
    case NR_getitimer: {
        GPTR(p, a[1], 32, PG_W);
        return rerr(syscall(SYS_getitimer, (int)a[0], p));
    }
    case NR_setitimer: {
        GPTR(nv, a[1], 32, PG_R);
        GOPT(ov, a[2], 32, PG_W);
        return rerr(syscall(SYS_setitimer, (int)a[0], nv, ov));
    }
    case NR_clock_nanosleep: {
        GPTR(req, a[2], 16, PG_R);
        GOPT(rem, a[3], 16, PG_W);
        return do_sleep((clockid_t)a[0], (int)a[1], req, rem);
    }
    case NR_getrandom: {
        uint64_t n = a[1];
        void *p = gbuf(a[0], &n, PG_W);
        if (!p) return -EFAULT;
        return rerr(syscall(SYS_getrandom, p, n, (unsigned)a[2]));
    }
    case NR_uname: {
        GPTR(g, a[0], sizeof(struct utsname), PG_W);
        struct utsname u;
        if (uname(&u) < 0) return -errno;
        memset(u.machine, 0, sizeof u.machine);
        strcpy(u.machine, "riscv64");
        memcpy(g, &u, sizeof u);
        return 0;
    }
    case NR_set_tid_address:
        rv_self->clear_tid = a[0];
        return rv_self->tid;
    case NR_set_robust_list: return a[1] == 24 ? 0 : -EINVAL;
    case NR_get_robust_list: return -ENOSYS;
    case NR_rseq: return -ENOSYS;
    case NR_rt_sigaction: return sys_rt_sigaction((int)a[0], a[1], a[2], a[3]);
    case NR_rt_sigprocmask: return sys_rt_sigprocmask((int)a[0], a[1], a[2], a[3]);
    case NR_rt_sigpending: return sys_rt_sigpending(a[0], a[1]);
    case NR_rt_sigsuspend: return sys_rt_sigsuspend(a[0], a[1]);
    case NR_rt_sigtimedwait: return sys_rt_sigtimedwait(a[0], a[1], a[2], a[3]);
    case NR_sigaltstack: return sys_sigaltstack(st, a[0], a[1]);
    case NR_rt_sigreturn: return sys_rt_sigreturn(st);
    case NR_kill:
        if ((pid_t)a[0] == getpid()) return sig_raise((int)a[1]);
        /* a process group holding this process (0: our own; -1: everyone
         * we may signal): the host delivers it to us too, like an outside
         * signal, unless rvjit keeps that signal for itself (SIGSEGV,
         * SIGBUS, 32, 33, the kick): then only this process gets it */
        if (((pid_t)a[0] == 0 || (pid_t)a[0] == -1 || (pid_t)a[0] == -getpgrp()) && !sig_host_sendable((int)a[1]))
            return sig_raise((int)a[1]);
        return rerr(kill((pid_t)a[0], (int)a[1]));
    case NR_tkill: case NR_tgkill: {
        int tid = (int)(nr == NR_tkill ? a[0] : a[1]), sig = (int)(nr == NR_tkill ? a[1] : a[2]);
        if (nr == NR_tgkill && (pid_t)a[0] != getpid()) return rerr(syscall(SYS_tgkill, (pid_t)a[0], tid, sig));
        if (tid <= 0) return -EINVAL;
        RvThread *t = thread_find(tid);
        if (!t) return -ESRCH;
        return sig_send_thread(t, sig);
    }
    case NR_rt_sigqueueinfo: case NR_rt_tgsigqueueinfo: {   /* sigqueue: siginfo is the same on both */
        bool tg = nr == NR_rt_tgsigqueueinfo;
        pid_t pid = (pid_t)a[0];
        int tid = tg ? (int)a[1] : 0, sig = (int)a[tg ? 2 : 1];
        GPTR(info, a[tg ? 3 : 2], 128, PG_R);
        if (pid != getpid())
            return rerr(tg ? syscall(SYS_rt_tgsigqueueinfo, pid, tid, sig, info)
                           : syscall(SYS_rt_sigqueueinfo, pid, sig, info));
        uint8_t in[128];   /* to itself any si_code goes (to others the host checks) */
        memcpy(in, info, 128);
        memcpy(in, &sig, 4);   /* si_signo is the one sent */
        if (!tg) return sig_raise_info(sig, in);
        if (tid <= 0) return -EINVAL;
        RvThread *t = thread_find(tid);
        if (!t) return -ESRCH;
        return sig_send_thread_info(t, sig, in);
    }
    case NR_getrlimit: case NR_prlimit64: {
        int res;
        uint64_t newp, oldp;
        if (nr == NR_getrlimit) { res = (int)a[0]; newp = 0; oldp = a[1]; }
        else {
            res = (int)a[1]; newp = a[2]; oldp = a[3];
            if (a[0] && (pid_t)a[0] != getpid()) {   /* another process: the host's answer */
                GOPT(nw, newp, 16, PG_R);
                GOPT(old, oldp, 16, PG_W);
                return rerr(syscall(SYS_prlimit64, (pid_t)a[0], res, nw, old));
            }
        }
        if (res < 0 || res >= RLIM_NLIMITS) return -EINVAL;
        GOPT(nw, newp, 16, PG_R);
        GOPT(old, oldp, 16, PG_W);
        struct rlimit rl;
        if (res == RLIMIT_STACK) { rl.rlim_cur = RV_STACK_SIZE; rl.rlim_max = RLIM_INFINITY; }
        else if (res == RLIMIT_AS || res == RLIMIT_DATA) rl.rlim_cur = rl.rlim_max = RLIM_INFINITY;
        else if (getrlimit(res, &rl) < 0) return -errno;
        if (nw && res != RLIMIT_STACK && res != RLIMIT_AS && res != RLIMIT_DATA) {
            struct rlimit n;
            memcpy(&n, nw, 16);
            if (setrlimit(res, &n) < 0) return -errno;
        }
        if (old) memcpy(old, &rl, 16);
        return 0;
    }
    case NR_setrlimit: {
        GPTR(nw, a[1], 16, PG_R);
        int res = (int)a[0];
        if (res == RLIMIT_STACK || res == RLIMIT_AS || res == RLIMIT_DATA) return 0;
        struct rlimit n;
        memcpy(&n, nw, 16);
        return rerr(setrlimit(res, &n));
    }
    case NR_getpid: return getpid();
    case NR_getppid: return getppid();
    case NR_gettid: return rv_self->tid;
    case NR_getuid: return getuid();
    case NR_geteuid: return geteuid();
    case NR_getgid: return getgid();
    case NR_getegid: return getegid();
    case NR_getresuid: case NR_getresgid: {
        GPTR(r, a[0], 4, PG_W);
        GPTR(e, a[1], 4, PG_W);
        GPTR(sv, a[2], 4, PG_W);
        uint32_t v[3];
        if (nr == NR_getresuid) {
            uid_t x, y, z;
            if (getresuid(&x, &y, &z) < 0) return -errno;
            v[0] = x, v[1] = y, v[2] = z;
        } else {
            gid_t x, y, z;
            if (getresgid(&x, &y, &z) < 0) return -errno;
            v[0] = x, v[1] = y, v[2] = z;
        }
        memcpy(r, &v[0], 4);
        memcpy(e, &v[1], 4);
        memcpy(sv, &v[2], 4);
        return 0;
    }
    case NR_getgroups: {
        int n = (int)a[0];
        if (n < 0) return -EINVAL;
        GOPT(p, a[1], (uint64_t)n * 4, PG_W);
        if (n == 0) return rerr(getgroups(0, NULL));
        gid_t g[256];
        int got = getgroups(n < 256 ? n : 256, g);
        if (got < 0) return -errno;
        for (int i = 0; i < got; i++) { uint32_t v = g[i]; memcpy((uint8_t *)p + 4 * i, &v, 4); }
        return got;
    }
    /* The kernel's set*id calls act on the calling thread only; the
     * guest's glibc broadcasts them to its threads itself (SIGSETXID), and
     * each guest thread is a host thread, so the raw host calls match. */
    case NR_setuid: return rerr(syscall(SYS_setuid, (uint32_t)a[0]));
    case NR_setgid: return rerr(syscall(SYS_setgid, (uint32_t)a[0]));
    case NR_setreuid: return rerr(syscall(SYS_setreuid, (uint32_t)a[0], (uint32_t)a[1]));
    case NR_setregid: return rerr(syscall(SYS_setregid, (uint32_t)a[0], (uint32_t)a[1]));
    case NR_setresuid: return rerr(syscall(SYS_setresuid, (uint32_t)a[0], (uint32_t)a[1], (uint32_t)a[2]));
    case NR_setresgid: return rerr(syscall(SYS_setresgid, (uint32_t)a[0], (uint32_t)a[1], (uint32_t)a[2]));
    case NR_setfsuid: return syscall(SYS_setfsuid, (uint32_t)a[0]);   /* never fails: the old id */
    case NR_setfsgid: return syscall(SYS_setfsgid, (uint32_t)a[0]);
    case NR_setgroups: {
        int n = (int)a[0];
        if (n < 0 || n > 65536) return -EINVAL;
        GOPT(p, a[1], (uint64_t)n * 4, PG_R);   /* gid_t is 32 bits on both */
        return rerr(syscall(SYS_setgroups, n, p));
    }
    case NR_getpgid: return rerr(getpgid((pid_t)a[0]));
    case NR_setpgid: return rerr(setpgid((pid_t)a[0], (pid_t)a[1]));
    case NR_getsid: return rerr(getsid((pid_t)a[0]));
    case NR_setsid: return rerr(setsid());
    case NR_ioctl: {
        int fd = (int)a[0];
        unsigned long req = (unsigned long)a[1];
        uint64_t size;
        int need;
        switch (req) {
        case TCGETS: size = 36; need = PG_W; break;
        case TCSETS: case TCSETSW: case TCSETSF: size = 36; need = PG_R; break;
        case TIOCGWINSZ: size = 8; need = PG_W; break;
        case TIOCSWINSZ: size = 8; need = PG_R; break;
        case FIONREAD: case TIOCGPGRP: size = 4; need = PG_W; break;
        case TIOCSPGRP: size = 4; need = PG_R; break;
        case FIONBIO: size = 4; need = PG_R; break;
        case FIOCLEX: case FIONCLEX: case TIOCEXCL: case TIOCNXCL: case TIOCNOTTY:
        case TIOCSBRK: case TIOCCBRK: size = 0; need = PG_R; break;
        /* an int, or nothing, by value */
        case TCSBRK: case TCSBRKP: case TCFLSH: case TCXONC: case TIOCSCTTY: case TIOCGPTPEER:
            return rerr(syscall(SYS_ioctl, fd, req, (long)a[2]));
        case TIOCGPTN: case TIOCOUTQ: case TIOCGSID: case TIOCGETD: case SIOCATMARK:
            size = 4; need = PG_W; break;
        case TIOCSPTLCK: case FIOASYNC: case TIOCSETD: size = 4; need = PG_R; break;
        case TIOCSTI: size = 1; need = PG_R; break;
        case SIOCGIFINDEX: case SIOCGIFNAME: size = 40; need = PG_R | PG_W; break;   /* struct ifreq */
        default: return -ENOTTY;
        }
        GPTR(p, a[2], size, need);
        return rerr(syscall(SYS_ioctl, fd, req, size ? p : NULL));
    }
    case NR_fcntl: {
        int cmd = (int)a[1];
        switch (cmd) {
        case F_DUPFD: case F_DUPFD_CLOEXEC: case F_GETFD: case F_SETFD: case F_GETFL:
        case F_SETFL: case F_GETPIPE_SZ: case F_SETPIPE_SZ: case F_ADD_SEALS: case F_GET_SEALS:
        case F_GETOWN: case F_SETOWN: case F_GETSIG: case F_SETSIG: case F_GETLEASE:
        case F_SETLEASE: case F_NOTIFY:
            return rerr(syscall(SYS_fcntl, (int)a[0], cmd, (long)(int)a[2]));
        case F_GETOWN_EX: case F_SETOWN_EX: {   /* struct f_owner_ex: int type, pid */
            GPTR(p, a[2], 8, cmd == F_GETOWN_EX ? PG_W : PG_R);
            return rerr(syscall(SYS_fcntl, (int)a[0], cmd, p));
        }
        case F_GETLK: case F_SETLK: case F_SETLKW: case F_OFD_GETLK: case F_OFD_SETLK:
        case F_OFD_SETLKW: {
            GPTR(p, a[2], 32, cmd == F_GETLK || cmd == F_OFD_GETLK ? PG_W : PG_R);
            if (cmd == F_SETLKW || cmd == F_OFD_SETLKW) return rerr(UNLOCKED(fcntl((int)a[0], cmd, p)));
            return rerr(fcntl((int)a[0], cmd, p));
        }
        default:   /* Linux looks at the descriptor first */
            return fcntl((int)a[0], F_GETFD) < 0 ? -EBADF : -EINVAL;
        }
    }
    case NR_dup: return rerr(dup((int)a[0]));
    case NR_dup3: {
        int r = dup3((int)a[0], (int)a[1], (int)a[2]);
        if (r < 0) return -errno;
        sig_signalfd_forget(r, r);   /* it names the old fd's file now */
        return r;
    }
    case NR_pipe2: {
        GPTR(p, a[0], 8, PG_W);
        int fds[2];
        if (pipe2(fds, (int)a[1]) < 0) return -errno;
        memcpy(p, fds, 8);
        return 0;
    }
    case NR_readlinkat: {
        GPATH(p, a[1]);
        uint64_t n = a[3];
        if ((int64_t)n <= 0) return -EINVAL;
        void *buf = gbuf(a[2], &n, PG_W);
        if (!buf) return -EFAULT;
        if (proc_is_own(p, "exe") && rv_exe_path) {
            size_t l = strlen(rv_exe_path);
            if (l > n) l = n;
            memcpy(buf, rv_exe_path, l);
            return (int64_t)l;
        }
        return rerr(readlinkat(hostfd((int64_t)a[0]), p, buf, n));
    }
    case NR_getcwd: {
        uint64_t n = a[1];
        GPTR(p, a[0], n, PG_W);
        return rerr(syscall(SYS_getcwd, p, n));
    }
    case NR_chdir: { GPATH(p, a[0]); return rerr(chdir(p)); }
    case NR_fchdir: return rerr(fchdir((int)a[0]));
    case NR_unlinkat: { GPATH(p, a[1]); return rerr(unlinkat(hostfd((int64_t)a[0]), p, (int)a[2])); }
    case NR_mkdirat: { GPATH(p, a[1]); return rerr(mkdirat(hostfd((int64_t)a[0]), p, (mode_t)a[2])); }
    case NR_mknodat: {   /* dev is the kernel's u32 encoding on both */
        GPATH(p, a[1]);
        return rerr(syscall(SYS_mknodat, hostfd((int64_t)a[0]), p, (unsigned)a[2], (unsigned)a[3]));
    }
    case NR_statfs: {   /* struct statfs: all 64-bit words, 120 bytes on both */
        GPATH(p, a[0]);
        GPTR(g, a[1], 120, PG_W);
        return rerr(syscall(SYS_statfs, p, g));
    }
    case NR_fstatfs: {
        GPTR(g, a[1], 120, PG_W);
        return rerr(syscall(SYS_fstatfs, (int)a[0], g));
    }
    case NR_renameat: case NR_renameat2: {
        GPATH(p, a[1]);
        GPATH(q, a[3]);
        unsigned fl = nr == NR_renameat2 ? (unsigned)a[4] : 0;
        return rerr(renameat2(hostfd((int64_t)a[0]), p, hostfd((int64_t)a[2]), q, fl));
    }
    case NR_faccessat: case NR_faccessat2: {
        GPATH(p, a[1]);
        int fl = nr == NR_faccessat2 ? (int)a[3] : 0;
        return rerr(syscall(nr == NR_faccessat2 ? SYS_faccessat2 : SYS_faccessat,
                            hostfd((int64_t)a[0]), p, (int)a[2], fl));
    }
    case NR_symlinkat: {
        GPATH(p, a[0]);
        GPATH(q, a[2]);
        return rerr(symlinkat(p, hostfd((int64_t)a[1]), q));
    }
    case NR_linkat: {
        GPATH(p, a[1]);
        GPATH(q, a[3]);
        return rerr(linkat(hostfd((int64_t)a[0]), p, hostfd((int64_t)a[2]), q, (int)a[4]));
    }
    case NR_fchmod: return rerr(fchmod((int)a[0], (mode_t)a[1]));
    case NR_fchmodat: { GPATH(p, a[1]); return rerr(fchmodat(hostfd((int64_t)a[0]), p, (mode_t)a[2], 0)); }
    case NR_fchown: return rerr(fchown((int)a[0], (uid_t)a[1], (gid_t)a[2]));
    case NR_fchownat: {
        GPATH(p, a[1]);
        return rerr(fchownat(hostfd((int64_t)a[0]), p, (uid_t)a[2], (gid_t)a[3], (int)a[4]));
    }
    case NR_truncate: { GPATH(p, a[0]); return rerr(truncate(p, (off_t)a[1])); }
    case NR_ftruncate: return rerr(ftruncate((int)a[0], (off_t)a[1]));
    case NR_fsync: return rerr(fsync((int)a[0]));
    case NR_fdatasync: return rerr(fdatasync((int)a[0]));
    case NR_sync: sync(); return 0;
    case NR_syncfs: return rerr(syncfs((int)a[0]));
    case NR_sendfile: {   /* off_t * in and out */
        GOPT(off, a[2], 8, PG_W);
        return rerr(UNLOCKED(sendfile((int)a[0], (int)a[1], off, (size_t)a[3])));
    }
    case NR_copy_file_range: {
        GOPT(offin, a[1], 8, PG_W);
        GOPT(offout, a[3], 8, PG_W);
        return rerr(UNLOCKED(syscall(SYS_copy_file_range, (int)a[0], offin, (int)a[2], offout,
                                     (size_t)a[4], (unsigned)a[5])));
    }
    /* POSIX timers on the host: struct sigevent (64 bytes) and itimerspec
     * are the same on both; the signal reaches the guest like any other
     * host signal, SIGEV_THREAD_ID names a host tid, which is the guest's */
    case NR_timer_create: {
        GOPT(ev, a[1], 64, PG_R);
        GPTR(id, a[2], 4, PG_W);
        return rerr(syscall(SYS_timer_create, (clockid_t)a[0], ev, id));
    }
    case NR_timer_settime: {
        GPTR(nv, a[2], 32, PG_R);
        GOPT(ov, a[3], 32, PG_W);
        return rerr(syscall(SYS_timer_settime, (int)a[0], (int)a[1], nv, ov));
    }
    case NR_timer_gettime: {
        GPTR(cv, a[1], 32, PG_W);
        return rerr(syscall(SYS_timer_gettime, (int)a[0], cv));
    }
    case NR_timer_getoverrun: return rerr(syscall(SYS_timer_getoverrun, (int)a[0]));
    case NR_timer_delete: return rerr(syscall(SYS_timer_delete, (int)a[0]));
    case NR_socket: case NR_socketpair: case NR_bind: case NR_listen: case NR_accept:
    case NR_accept4: case NR_connect: case NR_getsockname: case NR_getpeername: case NR_sendto:
    case NR_recvfrom: case NR_setsockopt: case NR_getsockopt: case NR_shutdown: case NR_sendmsg:
    case NR_recvmsg: case NR_sendmmsg: case NR_recvmmsg:
        return do_socket(nr, a);
    case NR_mincore: return do_mincore(a[0], a[1], a[2]);
    case NR_setxattr: case NR_lsetxattr: case NR_fsetxattr: case NR_getxattr: case NR_lgetxattr:
    case NR_fgetxattr: case NR_listxattr: case NR_llistxattr: case NR_flistxattr:
    case NR_removexattr: case NR_lremovexattr: case NR_fremovexattr:
        return do_xattr(nr, a);
    case NR_fadvise64: return -posix_fadvise((int)a[0], (off_t)a[1], (off_t)a[2], (int)a[3]);
    case NR_utimensat: {
        GOPT(ts, a[2], 32, PG_R);
        if (a[1]) {
            GPATH(p, a[1]);
            return rerr(utimensat(hostfd((int64_t)a[0]), p, ts, (int)a[3]));
        }
        return rerr(syscall(SYS_utimensat, hostfd((int64_t)a[0]), NULL, ts, (int)a[3]));
    }
    case NR_sysinfo: {
        GPTR(p, a[0], 112, PG_W);
        return rerr(syscall(SYS_sysinfo, p));
    }
    case NR_times: {
        GOPT(p, a[0], 32, PG_W);
        struct tms t;
        clock_t r = times(&t);
        if (r == (clock_t)-1) return -errno;
        if (p) memcpy(p, &t, 32);
        return (int64_t)r;
    }
    case NR_getrusage: {
        GPTR(p, a[1], sizeof(struct rusage), PG_W);
        return rerr(getrusage((int)a[0], p));
    }
    case NR_umask: return (int64_t)umask((mode_t)a[0]);
    /* the raw getpriority returns 20 - nice (never negative); the host's
     * thread is the guest's, so "0" means the same thread on both */
    case NR_getpriority: return rerr(syscall(SYS_getpriority, (int)a[0], (int)a[1]));
    case NR_setpriority: return rerr(syscall(SYS_setpriority, (int)a[0], (int)a[1], (int)a[2]));
    case NR_sched_setparam: case NR_sched_getparam: {   /* struct sched_param: one int */
        GPTR(p, a[1], 4, nr == NR_sched_getparam ? PG_W : PG_R);
        return rerr(syscall(nr == NR_sched_getparam ? SYS_sched_getparam : SYS_sched_setparam,
                            (pid_t)a[0], p));
    }
    case NR_sched_setscheduler: {
        GPTR(p, a[2], 4, PG_R);
        return rerr(syscall(SYS_sched_setscheduler, (pid_t)a[0], (int)a[1], p));
    }
    case NR_sched_getscheduler: return rerr(syscall(SYS_sched_getscheduler, (pid_t)a[0]));
    case NR_sched_get_priority_max: return rerr(syscall(SYS_sched_get_priority_max, (int)a[0]));
    case NR_sched_get_priority_min: return rerr(syscall(SYS_sched_get_priority_min, (int)a[0]));
    case NR_sched_rr_get_interval: {   /* struct timespec: the same on both */
        GPTR(p, a[1], 16, PG_W);
        return rerr(syscall(SYS_sched_rr_get_interval, (pid_t)a[0], p));
    }
    case NR_mlock: case NR_munlock: case NR_mlock2: {
        if (a[0] >= RV_SPACE || a[1] > RV_SPACE - a[0]) return -ENOMEM;
        void *p = rv_mem + a[0];   /* any pages of the guest's space (the host says ENOMEM) */
        return rerr(nr == NR_mlock2 ? syscall(SYS_mlock2, p, (size_t)a[1], (unsigned)a[2])
                    : syscall(nr == NR_mlock ? SYS_mlock : SYS_munlock, p, (size_t)a[1]));
    }
    case NR_mlockall: return rerr(syscall(SYS_mlockall, (int)a[0]));
    case NR_munlockall: return rerr(syscall(SYS_munlockall));
    case NR_sched_yield:   /* the others run (the lock is fair), then us */
        return rerr(UNLOCKED(sched_yield()));
    case NR_sched_getaffinity: {
        uint64_t n = a[1];
        GPTR(p, a[2], n, PG_W);
        return rerr(syscall(SYS_sched_getaffinity, (pid_t)a[0], n, p));
    }
    case NR_ppoll: case NR_pselect6: return do_poll_select(nr, a);
    case NR_futex: return do_futex(a);
    case NR_riscv_flush_icache:
        cache_request_flush();
        return 0;
    case NR_riscv_hwprobe: return -ENOSYS;
    case NR_clone: {
        uint64_t fl = a[0];
        if ((fl & 0x00010000 /* CLONE_THREAD */) || ((fl & 0x100 /* CLONE_VM */) && !(fl & 0x4000 /* CLONE_VFORK */)))
            return thread_clone(st, fl, a[1], a[2], a[3], a[4]);
        /* otherwise fork-like: CLONE_VM|CLONE_VFORK degrade to fork */
        if ((fl & 0xff) != SIGCHLD) return -EINVAL;
        if (fl & ~(0x00000100ull | 0x00004000 | 0x01000000 | 0x00200000 | 0x00100000 | 0xff))
            return -EINVAL;
        /* the host signals stay blocked over the fork until the child has
         * dropped the parent's pending set: one sent to the new child at
         * once (a shell's `cmd & kill $!`) is its own and must stay */
        sigset_t all, before;
        sigfillset(&all);
        sigdelset(&all, SIGSEGV);
        sigdelset(&all, SIGBUS);
        pthread_sigmask(SIG_BLOCK, &all, &before);
        pid_t pid = fork();
        int fork_errno = errno;
        if (pid == 0) {
            thread_after_fork_child();
            sig_after_fork_child();
        }
        pthread_sigmask(SIG_SETMASK, &before, NULL);
        if (pid < 0) return -fork_errno;
        if (pid == 0 && a[1]) st->x[2] = a[1];   /* the child runs on the given stack */
        if (pid == 0 && (fl & 0x01000000 /* CLONE_CHILD_SETTID */)) {
            void *p = g_ptr(a[4], 4, PG_W);
            if (p) { int32_t t = (int32_t)gettid(); memcpy(p, &t, 4); }
        }
        if (pid > 0 && (fl & 0x00100000 /* CLONE_PARENT_SETTID */)) {
            void *p = g_ptr(a[2], 4, PG_W);
            if (p) { int32_t t = pid; memcpy(p, &t, 4); }
        }
        return pid;
    }
    case NR_wait4: {
        GOPT(status, a[1], 4, PG_W);
        GOPT(ru, a[3], sizeof(struct rusage), PG_W);
        return rerr(UNLOCKED(wait4((pid_t)a[0], status, (int)a[2], ru)));
    }
    case NR_execve: return do_execve(a[0], a[1], a[2]);
    case NR_prctl: return do_prctl(a);
    case NR_epoll_ctl: return do_epoll_ctl(a);
    case NR_epoll_pwait: case NR_epoll_pwait2: return do_epoll_wait(nr, a);
    case NR_eventfd2: case NR_epoll_create1: case NR_inotify_init1: case NR_inotify_add_watch:
    case NR_inotify_rm_watch: case NR_flock: case NR_fallocate: case NR_timerfd_create:
    case NR_timerfd_settime: case NR_timerfd_gettime: case NR_memfd_create: case NR_close_range:
    case NR_membarrier: case NR_sched_setaffinity: case NR_getcpu: case NR_pidfd_open:
    case NR_pidfd_send_signal: case NR_waitid: case NR_splice: case NR_tee: case NR_vmsplice:
        return do_evsys(nr, a);
    case NR_signalfd4: return sys_signalfd4((int)a[0], a[1], a[2], (int)a[3]);
    default:
        (void)st;
        return -ENOSYS;
    }
}

/* ---- --strace --------------------------------------------------------------------- */

static void put_quoted(FILE *f, const uint8_t *p, size_t n, size_t max)
{
    fputc('"', f);
    for (size_t i = 0; i < n && i < max; i++) {
        uint8_t c = p[i];
        switch (c) {
        case '\n': fputs("\\n", f); break;
        case '\t': fputs("\\t", f); break;
        case '\r': fputs("\\r", f); break;
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        default:
            if (c >= 32 && c < 127) fputc(c, f);
            else fprintf(f, "\\%o", c);
        }
    }
    fputc('"', f);
    if (n > max) fputs("...", f);
}

static void put_flags(FILE *f, uint64_t v, const char *const *names, const uint64_t *bits, int n)
{
    bool any = false;
    for (int i = 0; i < n; i++) {
        if (bits[i] && (v & bits[i]) == bits[i]) {
            fprintf(f, "%s%s", any ? "|" : "", names[i]);
            v &= ~bits[i];
            any = true;
        }
    }
    if (v || !any) fprintf(f, "%s%#llx", any ? "|" : "", (unsigned long long)v);
}

static void put_arg(FILE *f, char k, uint64_t v, uint64_t next, int64_t ret)
{
    switch (k) {
    case 'd': fprintf(f, "%d", (int)v); break;
    case 'u': fprintf(f, "%llu", (unsigned long long)v); break;
    case 'x': fprintf(f, "%#llx", (unsigned long long)v); break;
    case 'm': fprintf(f, "%#llo", (unsigned long long)v); break;
    case 'F':
        if ((int)v == -100) fputs("AT_FDCWD", f);
        else fprintf(f, "%d", (int)v);
        break;
    case 'p':
        if (v) fprintf(f, "%#llx", (unsigned long long)v);
        else fputs("NULL", f);
        break;
    case 's': {
        char buf[4096];
        if (v && g_str(buf, sizeof buf, v) >= 0) put_quoted(f, (const uint8_t *)buf, strlen(buf), 4096);
        else put_arg(f, 'p', v, 0, 0);
        break;
    }
    case 'b': case 'B': {
        uint64_t n = k == 'b' ? next : (ret > 0 ? (uint64_t)ret : 0);
        if (k == 'B' && ret < 0) { put_arg(f, 'p', v, 0, 0); break; }
        uint64_t m = n;
        void *p = gbuf(v, &m, PG_R);
        if (p) put_quoted(f, p, m, 32);
        else put_arg(f, 'p', v, 0, 0);
        break;
    }
    case 'o': {
        static const char *const nm[] = {"O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL", "O_NOCTTY",
                                         "O_TRUNC", "O_APPEND", "O_NONBLOCK", "O_DIRECTORY",
                                         "O_NOFOLLOW", "O_CLOEXEC", "O_LARGEFILE"};
        static const uint64_t bt[] = {01, 02, 0100, 0200, 0400, 01000, 02000, 04000, 0200000,
                                      0400000, 02000000, 0100000};
        if ((v & 3) == 0) {
            fputs("O_RDONLY", f);
            if (v) { fputc('|', f); put_flags(f, v, nm, bt, 12); }
        } else put_flags(f, v, nm, bt, 12);
        break;
    }
    case 'P': {
        static const char *const nm[] = {"PROT_READ", "PROT_WRITE", "PROT_EXEC"};
        static const uint64_t bt[] = {1, 2, 4};
        if (v == 0) fputs("PROT_NONE", f);
        else put_flags(f, v, nm, bt, 3);
        break;
    }
    case 'M': {
        static const char *const nm[] = {"MAP_SHARED", "MAP_PRIVATE", "MAP_FIXED", "MAP_ANONYMOUS",
                                         "MAP_NORESERVE", "MAP_POPULATE", "MAP_STACK",
                                         "MAP_FIXED_NOREPLACE"};
        static const uint64_t bt[] = {1, 2, 0x10, 0x20, 0x4000, 0x8000, 0x20000, 0x100000};
        put_flags(f, v, nm, bt, 8);
        break;
    }
    default: fprintf(f, "%#llx", (unsigned long long)v);
    }
}

static void strace_line(uint64_t nr, const uint64_t *a, int64_t ret, bool noreturn)
{
    FILE *f = stderr;
    const char *name = nr < NSYSDESC ? sysdesc[nr].name : NULL;
    const char *args = name ? sysdesc[nr].args : "xxxxxx";
    if (name) fprintf(f, "%s(", name);
    else fprintf(f, "syscall_%llu(", (unsigned long long)nr);
    for (int i = 0; args[i]; i++) {
        if (i) fputs(", ", f);
        put_arg(f, args[i], a[i], i < 5 ? a[i + 1] : 0, ret);
    }
    fputs(")", f);
    if (noreturn) fputs(" = ?\n", f);
    else if (ret < 0 && ret > -4096) {
        const char *en = strerrorname_np((int)-ret);
        fprintf(f, " = -1 %s (%s)\n", en ? en : "E?", strerror((int)-ret));
    } else if (nr == NR_mmap || nr == NR_brk || nr == NR_mremap)
        fprintf(f, " = %#llx\n", (unsigned long long)ret);
    else fprintf(f, " = %lld\n", (long long)ret);
    fflush(f);
}

/* syscalls Linux restarts after a SA_RESTART handler (the sleeping and
 * waiting-for-signal ones return EINTR instead); also the ones rvjit issues
 * again when a host signal interrupted them that the guest does not take */
static bool restartable(uint64_t nr)
{
    switch (nr) {
    case NR_read: case NR_write: case NR_readv: case NR_writev: case NR_pread64:
    case NR_pwrite64: case NR_openat: case NR_wait4: case NR_ioctl: case NR_fcntl:
    case NR_getdents64: case NR_futex: case NR_accept: case NR_accept4: case NR_connect:
    case NR_sendto: case NR_recvfrom: case NR_sendmsg: case NR_recvmsg: case NR_sendmmsg: case NR_recvmmsg:
    case NR_sendfile:
    case NR_copy_file_range: case NR_flock: case NR_waitid: case NR_splice: case NR_tee:
    case NR_vmsplice:
        return true;
    }
    return false;
}

/* A socket with a receive (or send) timeout. */
static bool sock_timeout(int fd, int opt)
{
    struct timeval tv = {0, 0};
    socklen_t n = sizeof tv;
    return getsockopt(fd, SOL_SOCKET, opt, &tv, &n) == 0 && (tv.tv_sec || tv.tv_usec);
}

/* After a guest handler ran: does SA_RESTART restart the call?  Linux's
 * exceptions to restartable(): a futex wait with a timeout
 * (ERESTART_RESTARTBLOCK) and a socket call with SO_RCVTIMEO/SO_SNDTIMEO
 * (sock_intr_errno) return EINTR. */
static bool restarts_after_handler(uint64_t nr, const uint64_t *a)
{
    switch (nr) {
    case NR_futex: {
        int op = (int)a[1] & 127;   /* FUTEX_CMD_MASK */
        return !((op == 0 /* WAIT */ || op == 9 /* WAIT_BITSET */) && a[3]);
    }
    case NR_read: case NR_readv: case NR_recvfrom: case NR_recvmsg: case NR_recvmmsg:
        return !sock_timeout((int)a[0], SO_RCVTIMEO);
    case NR_write: case NR_writev: case NR_sendto: case NR_sendmsg: case NR_sendmmsg:
        return !sock_timeout((int)a[0], SO_SNDTIMEO);
    }
    return restartable(nr);
}

void rv_syscall(RvCpu *st)
{
    uint64_t nr = st->x[17];
    uint64_t a[6] = {st->x[10], st->x[11], st->x[12], st->x[13], st->x[14], st->x[15]};
    rv_stats.syscalls++;
    if (rv_opt_strace && (nr == NR_exit || nr == NR_exit_group)) strace_line(nr, a, 0, true);
    rv_redirect = false;
    int64_t r;
    /* a host signal interrupted the call but the guest takes nothing now (it
     * blocks the signal, or a kick came for a blocked one): Linux would not
     * have interrupted it, so it goes on */
    for (;;) {
        r = do_syscall(st, nr, a);
        if (r != -EINTR || rv_exit_requested || rv_redirect || sig_deliverable(rv_self)) break;
        sig_route();   /* a process-wide one for another thread */
        if (!restartable(nr)) break;
    }
    if (rv_exit_requested) {
        if (rv_opt_strace && nr != NR_exit && nr != NR_exit_group) strace_line(nr, a, r, true);
        return;
    }
    if (rv_opt_strace) strace_line(nr, a, r, false);
    if (!rv_redirect) {   /* rt_sigreturn set pc and a0 itself */
        if ((r == -EINTR && sig_deliverable(rv_self) && restarts_after_handler(nr, a) && sig_next_restarts()) ||
            r == -RV_ERESTARTNOINTR) {
            /* SA_RESTART (or a call that always restarts): the handler
             * runs, then the ecall executes again */
            st->x[10] = a[0];
        } else {
            st->x[10] = (uint64_t)r;
            st->pc += 4;
        }
    }
    if ((rv_sig_pending | rv_self->sigpend) && sig_deliver_pending(st)) rv_redirect = true;
}
