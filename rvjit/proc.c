/* rvjit — the guest's own /proc/self files.
 *
 * The guest's /proc/self (also /proc/<own pid> and /proc/thread-self) is
 * the rvjit process's, which differs from what the guest would see of
 * itself on Linux: its maps are rvjit's (a 256 GiB reservation), its
 * cmdline names rvjit, its memory sizes and signal sets are the
 * emulator's.  Opened read-only, these are built from the guest's state as
 * a memfd snapshot at open (Linux's are live):
 *   maps                  mem.c: the guest's mappings
 *   cmdline environ auxv  the guest's strings and vector, from its stack
 *   stat statm status     the host's file with the guest's memory figures
 *                         (VmSize, RSS, ...), code/data/stack/brk/arg/env
 *                         addresses and signal sets put in
 * The rest (comm, limits, fd/, io, ...) is the host's, which is right:
 * the process name is the guest program's (main.c sets it).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rvjit.h"

bool proc_is_own(const char *p, const char *what)
{
    if (strncmp(p, "/proc/", 6) != 0) return false;
    p += 6;
    const char *slash = strchr(p, '/');
    if (!slash || strcmp(slash + 1, what) != 0) return false;
    size_t n = (size_t)(slash - p);
    if ((n == 4 && !strncmp(p, "self", 4)) || (n == 11 && !strncmp(p, "thread-self", 11))) return true;
    char pid[24];
    int l = snprintf(pid, sizeof pid, "%d", (int)getpid());
    return (size_t)l == n && !strncmp(p, pid, n);
}

/* the host's version of the file (small: stat, status) */
static size_t read_host(const char *path, char *buf, size_t cap)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    size_t n = 0;
    for (;;) {
        ssize_t r = read(fd, buf + n, cap - 1 - n);
        if (r <= 0) break;
        n += (size_t)r;
    }
    close(fd);
    buf[n] = 0;
    return n;
}

/* the thread whose per-thread figures the file shows: the calling one for
 * thread-self, else the main thread (Linux shows the group leader's) */
static const RvThread *shown_thread(const char *path)
{
    if (!strncmp(path, "/proc/thread-self/", 18)) return rv_self;
    const RvThread *t = thread_find((int)getpid());
    return t ? t : rv_self;
}

static uint64_t kb(uint64_t bytes) { return bytes / 1024; }

/* /proc/self/stat: the host's line (pid, comm, state, ppid, times, ...)
 * with the guest's vsize, rss, start/end of code, start of the stack,
 * signal sets and, from field 45, data/brk/arg/env addresses.  (qemu-user
 * writes zeros for all but pid, comm, ppid, starttime and startstack.) */
static int proc_stat(const char *path, bool cloexec)
{
    static char host[4096], out[4096];   /* under the GIL */
    const char *hp = !strncmp(path, "/proc/thread-self/", 18) ? "/proc/thread-self/stat" : "/proc/self/stat";
    if (!read_host(hp, host, sizeof host)) return -EIO;
    char *rp = strrchr(host, ')');
    if (!rp || rp[1] != ' ') return -EIO;
    struct RvMemUsage u;
    mem_usage(&u);
    struct RvSigSets s;
    sig_proc_sets(shown_thread(path), &s);
    uint64_t pend = s.thread_pending | s.shared_pending;
    /* field numbers as in proc(5); the legacy signal fields show 31 bits */
    uint64_t rep[53];
    bool has[53] = {false};
#define SET(i, v) (rep[i] = (v), has[i] = true)
    SET(23, u.size);
    SET(24, u.rss / RV_PAGE);
    SET(26, rv_proc_info.start_code);
    SET(27, rv_proc_info.end_code);
    SET(28, rv_proc_info.start_stack);
    SET(31, pend & 0x7fffffff);
    SET(32, s.mask & 0x7fffffff);
    SET(33, s.ignored & 0x7fffffff);
    SET(34, s.caught & 0x7fffffff);
    SET(45, rv_proc_info.start_data);
    SET(46, rv_proc_info.end_data);
    SET(47, rv_brk_start);
    SET(48, rv_proc_args[0]);
    SET(49, rv_proc_args[1]);
    SET(50, rv_proc_env[0]);
    SET(51, rv_proc_env[1]);
#undef SET
    size_t n = (size_t)(rp + 1 - host);
    memcpy(out, host, n);
    char *save = NULL;
    int field = 3;
    for (char *tok = strtok_r(rp + 2, " \n", &save); tok; tok = strtok_r(NULL, " \n", &save), field++) {
        int w = field < 53 && has[field] ? snprintf(out + n, sizeof out - n, " %llu", (unsigned long long)rep[field])
                                         : snprintf(out + n, sizeof out - n, " %s", tok);
        if (w < 0 || (size_t)w >= sizeof out - n) return -EIO;
        n += (size_t)w;
    }
    if (n + 1 >= sizeof out) return -EIO;
    out[n++] = '\n';
    return mem_bytes_fd(out, n, cloexec);
}

/* /proc/self/statm: size resident shared text lib data dt, in pages */
static int proc_statm(bool cloexec)
{
    struct RvMemUsage u;
    mem_usage(&u);
    uint64_t text = rv_proc_info.end_code > rv_proc_info.start_code
                        ? ((rv_proc_info.end_code + RV_PAGE - 1) & ~(RV_PAGE - 1)) - (rv_proc_info.start_code & ~(RV_PAGE - 1))
                        : 0;
    char out[256];
    int n = snprintf(out, sizeof out, "%llu %llu %llu %llu 0 %llu 0\n", (unsigned long long)(u.size / RV_PAGE),
                     (unsigned long long)(u.rss / RV_PAGE),
                     (unsigned long long)((u.rss_file + u.rss_shmem) / RV_PAGE),
                     (unsigned long long)(text / RV_PAGE), (unsigned long long)((u.data + u.stack) / RV_PAGE));
    return mem_bytes_fd(out, (size_t)n, cloexec);
}

/* /proc/self/status: the host's lines, the memory and signal ones the
 * guest's */
static int proc_status(const char *path, bool cloexec)
{
    static char host[16384];
    const char *hp = !strncmp(path, "/proc/thread-self/", 18) ? "/proc/thread-self/status" : "/proc/self/status";
    if (!read_host(hp, host, sizeof host)) return -EIO;
    struct RvMemUsage u;
    mem_usage(&u);
    static uint64_t hwm;   /* the highest RSS seen (Linux tracks it on every fault) */
    if (u.rss > hwm) hwm = u.rss;
    uint64_t text = rv_proc_info.end_code > rv_proc_info.start_code
                        ? ((rv_proc_info.end_code + RV_PAGE - 1) & ~(RV_PAGE - 1)) - (rv_proc_info.start_code & ~(RV_PAGE - 1))
                        : 0;
    if (text > u.exec) text = u.exec;
    struct RvSigSets s;
    sig_proc_sets(shown_thread(path), &s);
    char *buf = NULL;
    size_t cap = 0;
    FILE *o = open_memstream(&buf, &cap);
    if (!o) return -ENOMEM;
    char *save = NULL;
    for (char *line = strtok_r(host, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        static const struct { const char *key; int what; } keys[] = {
            {"VmPeak:", 0}, {"VmSize:", 1}, {"VmHWM:", 2}, {"VmRSS:", 3}, {"RssAnon:", 4},
            {"RssFile:", 5}, {"RssShmem:", 6}, {"VmData:", 7}, {"VmStk:", 8}, {"VmExe:", 9},
            {"VmLib:", 10}, {"SigQ:", 11}, {"SigPnd:", 12}, {"ShdPnd:", 13}, {"SigBlk:", 14},
            {"SigIgn:", 15}, {"SigCgt:", 16},
        };
        int what = -1;
        for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
            if (!strncmp(line, keys[i].key, strlen(keys[i].key))) what = keys[i].what;
        const char *key = line;
        int klen = (int)(strchr(line, ':') ? strchr(line, ':') - line + 1 : 0);
        uint64_t v = 0;
        switch (what) {
        case 0: v = u.peak; break;
        case 1: v = u.size; break;
        case 2: v = hwm; break;
        case 3: v = u.rss; break;
        case 4: v = u.rss_anon; break;
        case 5: v = u.rss_file; break;
        case 6: v = u.rss_shmem; break;
        case 7: v = u.data; break;
        case 8: v = u.stack; break;
        case 9: v = text; break;
        case 10: v = u.exec - text; break;
        case 12: v = s.thread_pending; break;
        case 13: v = s.shared_pending; break;
        case 14: v = s.mask; break;
        case 15: v = s.ignored; break;
        case 16: v = s.caught; break;
        }
        if (what < 0) fprintf(o, "%s\n", line);
        else if (what <= 10) fprintf(o, "%.*s\t%8llu kB\n", klen, key, (unsigned long long)kb(v));
        else if (what == 11) {   /* queued/limit: the guest's pending count, the host's limit */
            const char *sl = strchr(line, '/');
            fprintf(o, "%.*s\t%d%s\n", klen, key,
                    __builtin_popcountll(s.thread_pending) + __builtin_popcountll(s.shared_pending),
                    sl ? sl : "/0");
        } else fprintf(o, "%.*s\t%016llx\n", klen, key, (unsigned long long)v);
    }
    fclose(o);
    int r = mem_bytes_fd(buf, cap, cloexec);
    free(buf);
    return r;
}

int proc_open(const char *p, bool cloexec)
{
    if (strncmp(p, "/proc/", 6) != 0) return PROC_HOST;
    if (proc_is_own(p, "maps")) return mem_maps_fd(cloexec);
    if (proc_is_own(p, "stat")) return proc_stat(p, cloexec);
    if (proc_is_own(p, "statm")) return proc_statm(cloexec);
    if (proc_is_own(p, "status")) return proc_status(p, cloexec);
    const uint64_t *r = proc_is_own(p, "cmdline") ? rv_proc_args : proc_is_own(p, "environ") ? rv_proc_env
                      : proc_is_own(p, "auxv") ? rv_proc_auxv : NULL;
    if (r) {
        const void *b = g_ptr(r[0], r[1] - r[0], PG_R);
        return b ? mem_bytes_fd(b, r[1] - r[0], cloexec) : mem_bytes_fd("", 0, cloexec);
    }
    return PROC_HOST;
}
