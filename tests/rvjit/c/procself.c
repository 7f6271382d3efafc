/* The guest's own /proc/self/stat, statm, status and comm: what a program
 * reads there must describe the program, not the emulator (rvjit showed
 * its host process: a 256 GiB VmSize, the name "rvjit" or "exe", its own
 * signal sets).  Every check is an invariant that holds on Linux (this file
 * also builds and passes natively).
 *
 * qemu-user 7.2 fakes /proc/self/stat with zeros in all but pid, comm,
 * ppid, starttime and startstack, and passes the host's status and statm
 * through (Name "qemu-riscv64", qemu's own sizes and signal sets).  Where
 * qemu shows exactly that, the check accepts it: the reference run passes
 * and rvjit, which never produces either form, is held to Linux. */
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

static char statbuf[4096];
static char *fld[64];    /* fld[1] pid, fld[2] comm (without parentheses), fld[3] state, ... as proc(5) */
static int nfld;

static int read_file(const char *path, char *buf, size_t cap)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    size_t n = fread(buf, 1, cap - 1, f);
    buf[n] = 0;
    fclose(f);
    return (int)n;
}

static int read_stat(const char *path)
{
    nfld = 0;
    if (read_file(path, statbuf, sizeof statbuf) <= 0) return -1;
    char *open = strchr(statbuf, '('), *close = strrchr(statbuf, ')');
    if (!open || !close) return -1;
    *open = 0;
    *close = 0;
    fld[1] = statbuf;
    fld[2] = open + 1;
    nfld = 2;
    char *save = NULL;
    for (char *t = strtok_r(close + 1, " \n", &save); t && nfld < 63; t = strtok_r(NULL, " \n", &save))
        fld[++nfld] = t;
    return nfld;
}

static unsigned long long F(int i) { return i <= nfld ? strtoull(fld[i], NULL, 10) : 0; }

/* qemu 7.2's fake: 44 fields, all "0" but 1, 2, 4, 22, 28 */
static bool qemu_fake_stat(void)
{
    if (nfld != 44) return false;
    for (int i = 3; i <= 44; i++)
        if (i != 4 && i != 22 && i != 28 && strcmp(fld[i], "0") != 0) return false;
    return true;
}

static char status[8192];
static const char *status_field(const char *key)
{
    static char val[256];
    size_t kl = strlen(key);
    for (const char *p = status; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
        if (!strncmp(p, key, kl) && p[kl] == ':') {
            p += kl + 1;
            while (*p == ' ' || *p == '\t') p++;
            size_t n = strcspn(p, "\n");
            if (n >= sizeof val) n = sizeof val - 1;
            memcpy(val, p, n);
            val[n] = 0;
            return val;
        }
    return NULL;
}
static unsigned long long status_num(const char *key, int base)
{
    const char *v = status_field(key);
    return v ? strtoull(v, NULL, base) : ~0ull;
}

/* the sum of the areas of /proc/self/maps, and the size of [stack] */
static unsigned long long maps_total, maps_stack;
static void read_maps(void)
{
    maps_total = maps_stack = 0;
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) return;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx", &lo, &hi) != 2 || strstr(line, "[vsyscall]")) continue;   /* (x86-64's gate page is no mapping) */
        maps_total += hi - lo;
        if (strstr(line, "[stack]")) maps_stack += hi - lo;
    }
    fclose(f);
}

static unsigned long long bitof(int sig) { return 1ull << (sig - 1); }

static unsigned long long th_blocked_self, th_blocked_thread;
static int th_ok;
static void *thread_body(void *arg)
{
    (void)arg;
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGPROF);
    pthread_sigmask(SIG_BLOCK, &s, NULL);
    if (read_stat("/proc/thread-self/stat") > 34 && !qemu_fake_stat()) {
        th_blocked_thread = F(32);
        if (read_stat("/proc/self/stat") > 34) th_blocked_self = F(32);
        th_ok = 1;
    } else if (nfld > 0) {
        th_ok = 2;   /* qemu's fake */
    }
    return NULL;
}

static void on_usr2(int sig) { (void)sig; }

int main(int argc, char **argv)
{
    (void)argc;
    const char *execfn = (const char *)getauxval(AT_EXECFN);
    const char *base = strrchr(execfn, '/') ? strrchr(execfn, '/') + 1 : execfn;
    char comm[16];
    snprintf(comm, sizeof comm, "%s", base);   /* Linux keeps 15 characters */

    signal(SIGUSR1, SIG_IGN);
    signal(SIGUSR2, on_usr2);
    sigset_t m;
    sigemptyset(&m);
    sigaddset(&m, SIGHUP);
    sigaddset(&m, SIGRTMIN + 1);
    sigprocmask(SIG_BLOCK, &m, NULL);
    raise(SIGHUP);          /* pending for this thread */
    raise(SIGRTMIN + 1);

    /* ---- stat ---- */
    CHECK(read_stat("/proc/self/stat") >= 44, "stat: read");
    bool q = qemu_fake_stat();
    CHECK_EQ(F(1), getpid(), "stat: pid");
    CHECK_STR(fld[2], comm, "stat: comm is the program's name");
    CHECK_EQ(F(4), getppid(), "stat: ppid");
    CHECK(q || !strcmp(fld[3], "R"), "stat: state R (reading itself)");
    CHECK_EQ(F(28), (uintptr_t)(argv - 1), "stat: startstack is the address of argc");
    CHECK(q || (F(26) <= (uintptr_t)main && (uintptr_t)main < F(27)), "stat: startcode <= main < endcode");
    CHECK(q || (F(32) & bitof(SIGHUP)), "stat: blocked has SIGHUP");
    CHECK(q || (F(31) & bitof(SIGHUP)), "stat: signal (pending) has SIGHUP");
    CHECK(q || F(33) == (F(33) & 0x7fffffff), "stat: sigignore shows 31 signals");
    CHECK(q || (F(33) & bitof(SIGUSR1)), "stat: sigignore has SIGUSR1");
    CHECK(q || ((F(34) & bitof(SIGUSR2)) && !(F(34) & bitof(SIGUSR1))), "stat: sigcatch has SIGUSR2 only of the two");
    CHECK(q || nfld < 51 || (F(48) == (uintptr_t)argv[0] && F(49) > F(48)), "stat: arg_start is argv[0]");
    CHECK(q || nfld < 51 || (F(50) == (uintptr_t)environ[0] && F(51) > F(50)) || !environ[0], "stat: env_start is environ[0]");
    CHECK(q || nfld < 47 || (F(47) >= F(46) && F(47) <= (uintptr_t)sbrk(0)), "stat: end_data <= start_brk <= sbrk(0)");
    unsigned long long vsize = F(23), rss = F(24), scode = F(26), ecode = F(27);
    read_maps();
    CHECK(q || vsize == maps_total, "stat: vsize is the sum of /proc/self/maps");
    CHECK(q || (rss > 0 && rss * 4096 <= vsize), "stat: 0 < rss <= vsize");
    char own[64];
    snprintf(own, sizeof own, "/proc/%d/stat", (int)getpid());
    CHECK(read_stat(own) >= 44 && F(1) == (unsigned long long)getpid() && !strcmp(fld[2], comm) &&
          (q || F(23) == vsize), "stat: /proc/<own pid>/stat is the same");

    /* ---- status ---- */
    CHECK(read_file("/proc/self/status", status, sizeof status) > 0, "status: read");
    const char *name = status_field("Name");
    bool qs = name && !strcmp(name, "qemu-riscv64");   /* qemu passes the host's through */
    CHECK(qs || (name && !strcmp(name, comm)), "status: Name is the program's name");
    CHECK(status_field("State") && status_field("State")[0] == 'R', "status: State R");
    CHECK_EQ(status_num("PPid", 10), getppid(), "status: PPid");
    CHECK(qs || q || status_num("VmSize", 10) * 1024 == vsize, "status: VmSize is stat's vsize");
    CHECK(qs || status_num("VmPeak", 10) >= status_num("VmSize", 10), "status: VmPeak >= VmSize");
    CHECK(qs || (status_num("VmRSS", 10) > 0 && status_num("VmRSS", 10) <= status_num("VmSize", 10)), "status: 0 < VmRSS <= VmSize");
    CHECK(qs || status_num("VmHWM", 10) >= status_num("VmRSS", 10), "status: VmHWM >= VmRSS");
    CHECK(qs || status_num("VmStk", 10) * 1024 == maps_stack, "status: VmStk is the [stack] area");
    unsigned long long text = ((ecode + 4095) & ~4095ull) - (scode & ~4095ull);
    CHECK(qs || q || status_num("VmExe", 10) * 1024 == text, "status: VmExe is endcode - startcode (pages)");
    CHECK(qs || (status_num("SigBlk", 16) & (bitof(SIGHUP) | bitof(SIGRTMIN + 1))) == (bitof(SIGHUP) | bitof(SIGRTMIN + 1)),
          "status: SigBlk has SIGHUP and SIGRTMIN+1");
    CHECK(qs || (status_num("SigPnd", 16) & (bitof(SIGHUP) | bitof(SIGRTMIN + 1))) == (bitof(SIGHUP) | bitof(SIGRTMIN + 1)),
          "status: SigPnd has the raised SIGHUP and SIGRTMIN+1");
    CHECK(qs || (status_num("SigIgn", 16) & bitof(SIGUSR1)), "status: SigIgn has SIGUSR1");
    CHECK(qs || (status_num("SigCgt", 16) & bitof(SIGUSR2)), "status: SigCgt has SIGUSR2");
    CHECK(qs || !(status_num("SigCgt", 16) & bitof(SIGUSR1)), "status: SigCgt lacks SIGUSR1");

    /* ---- /proc/self/exe followed by stat is the program (qemu 7.2: itself) ---- */
    {
        struct stat e, x, l;
        CHECK(stat("/proc/self/exe", &e) == 0 && stat(execfn, &x) == 0 && lstat("/proc/self/exe", &l) == 0,
              "stat /proc/self/exe");
        CHECK(qs || (e.st_ino == x.st_ino && e.st_dev == x.st_dev && e.st_size == x.st_size),
              "stat /proc/self/exe: the program's inode and size");
        CHECK(S_ISLNK(l.st_mode), "lstat /proc/self/exe: a symlink");
    }

    /* ---- statm ---- */
    {
        char sm[256];
        unsigned long long size = 0, res = 0;
        CHECK(read_file("/proc/self/statm", sm, sizeof sm) > 0 && sscanf(sm, "%llu %llu", &size, &res) == 2, "statm: read");
        CHECK(qs || size * 4096 == vsize, "statm: size is vsize in pages");
    }

    /* ---- mappings change the sizes ---- */
    {
        const size_t big = 64u << 20, touch = 4u << 20;
        read_stat("/proc/self/stat");
        unsigned long long v0 = F(23), r0 = F(24);
        char *p = mmap(NULL, big, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        CHECK(p != MAP_FAILED, "mmap 64 MiB");
        memset(p, 1, touch);
        read_stat("/proc/self/stat");
        CHECK(q || F(23) == v0 + big, "stat: vsize grows by the mapping");
        CHECK(q || F(24) >= r0 + touch / 4096, "stat: rss grows by the pages touched");
        read_file("/proc/self/status", status, sizeof status);
        unsigned long long peak = status_num("VmPeak", 10);
        munmap(p, big);
        read_stat("/proc/self/stat");
        CHECK(q || F(23) == v0, "stat: vsize back after munmap");
        read_file("/proc/self/status", status, sizeof status);
        CHECK(qs || (status_num("VmPeak", 10) == peak && peak * 1024 >= v0 + big), "status: VmPeak keeps the peak");
    }

    /* ---- the name: prctl and /proc/self/comm ---- */
    {
        char c[64] = "";
        read_file("/proc/self/comm", c, sizeof c);
        c[strcspn(c, "\n")] = 0;
        CHECK(qs || !strcmp(c, comm), "comm: the program's name");
        char got[16] = "";
        CHECK(prctl(PR_GET_NAME, got) == 0 && (qs || !strcmp(got, comm)), "prctl PR_GET_NAME");
        CHECK(prctl(PR_SET_NAME, "renamed-by-the-guest") == 0, "prctl PR_SET_NAME");
        memset(got, 0, sizeof got);
        CHECK(prctl(PR_GET_NAME, got) == 0 && !strcmp(got, "renamed-by-the-"), "prctl PR_GET_NAME: 15 characters kept");
        read_file("/proc/self/comm", c, sizeof c);
        CHECK_STR(c, "renamed-by-the-\n", "comm: renamed");
        read_stat("/proc/self/stat");
        CHECK(q || !strcmp(fld[2], "renamed-by-the-"), "stat: comm renamed");
        char tn[16] = "";
        CHECK(pthread_getname_np(pthread_self(), tn, sizeof tn) == 0 && !strcmp(tn, "renamed-by-the-"), "pthread_getname_np");
        int ds = prctl(PR_GET_DUMPABLE);
        CHECK(ds == 0 || ds == 1 || ds == 2, "prctl PR_GET_DUMPABLE");
        errno = 0;
        CHECK(prctl(0x7fff1234) == -1 && errno == EINVAL, "prctl unknown option EINVAL");
    }

    /* ---- thread-self: the calling thread's mask ---- */
    {
        pthread_t t;
        pthread_create(&t, NULL, thread_body, NULL);
        pthread_join(t, NULL);
        CHECK(th_ok == 2 || (th_ok == 1 && (th_blocked_thread & bitof(SIGPROF)) && !(th_blocked_self & bitof(SIGPROF))),
              "stat: /proc/thread-self/stat shows the thread's blocked mask, /proc/self/stat the main thread's");
    }
    sigset_t none;
    sigemptyset(&none);
    signal(SIGHUP, SIG_IGN);
    signal(SIGRTMIN + 1, SIG_IGN);
    sigprocmask(SIG_SETMASK, &none, NULL);
    return check_done();
}
