/* JIT memory layer: perf map output ("START SIZE name" lines in hex, one
 * per published block), off by default, on by flag or JAS_PERF_MAP=1, the
 * default path /tmp/perf-<pid>.map, a fresh file after fork. */
#include "jas_mem.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Each test function is one case; a case fails if any CHECK in it fails. */
static int npass, nfail, case_fail;
#define CHECK(c) do { if (!(c)) { case_fail++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); } } while (0)
#define CHECK_EQ(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); \
    if (a_ != b_) { case_fail++; printf("FAIL %s:%d: %s == %s (%lld vs %lld)\n", \
    __FILE__, __LINE__, #a, #b, a_, b_); } } while (0)
#define RUN(call) do { case_fail = 0; call; if (case_fail) nfail++; else npass++; \
    printf("%s %s\n", case_fail ? "FAIL" : "ok  ", #call); } while (0)

static void emit_ret(void *w, int32_t v)
{
    unsigned char *p = w;
    p[0] = 0xb8;
    memcpy(p + 1, &v, 4);
    p[5] = 0xc3;
}

typedef struct line {
    uintptr_t start;
    size_t size;
    char name[256];
} line;

/* Parse a perf map; returns the number of lines (all must parse). */
static int read_map(const char *path, line *out, int max)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char buf[512];
    int n = 0;
    while (fgets(buf, sizeof buf, f)) {
        line l;
        int used = 0;
        if (sscanf(buf, "%" SCNxPTR " %zx %n", &l.start, &l.size, &used) != 2 || !used) {
            n = -2;
            break;
        }
        size_t len = strcspn(buf + used, "\n");
        if (len >= sizeof l.name || buf[used + len] != '\n') {
            n = -3;
            break;
        }
        memcpy(l.name, buf + used, len);
        l.name[len] = 0;
        if (n < max)
            out[n] = l;
        n++;
    }
    fclose(f);
    return n;
}

static char tmpdir[64];

static void publish_one(jas_mem *m, size_t size, const char *name, void **xp)
{
    void *w, *x;
    CHECK_EQ(jas_mem_alloc(m, 64, 16, &w, &x), 0);
    emit_ret(w, 1);
    CHECK_EQ(jas_mem_publish(m, x, size, name), 0);
    *xp = x;
}

static void test_lines(void)
{
    char path[128];
    snprintf(path, sizeof path, "%s/explicit.map", tmpdir);
    jas_mem_opts o = {.flags = JAS_MEM_PERF_MAP, .perf_map_path = path};
    jas_mem *m;
    CHECK_EQ(jas_mem_create(&m, &o), 0);
    CHECK(access(path, F_OK) != 0); /* opened lazily */
    void *x[4];
    publish_one(m, 6, "alpha", &x[0]);
    CHECK(access(path, F_OK) == 0);
    line l[8];
    CHECK_EQ(read_map(path, l, 8), 1); /* written through at once */
    publish_one(m, 16, "beta gamma", &x[1]);
    publish_one(m, 0, "bad\nname\t!", &x[2]);
    publish_one(m, 7, NULL, &x[3]);
    CHECK_EQ(read_map(path, l, 8), 4);
    CHECK(l[0].start == (uintptr_t)x[0] && l[0].size == 6 && !strcmp(l[0].name, "alpha"));
    CHECK(l[1].start == (uintptr_t)x[1] && l[1].size == 16 && !strcmp(l[1].name, "beta gamma"));
    CHECK(l[2].start == (uintptr_t)x[2] && l[2].size == 64 && !strcmp(l[2].name, "bad_name_!"));
    char want[64];
    snprintf(want, sizeof want, "jit_%" PRIxPTR, (uintptr_t)x[3]);
    CHECK(l[3].start == (uintptr_t)x[3] && l[3].size == 7 && !strcmp(l[3].name, want));

    /* a batch: one line per block; a second arena appends to the same file */
    jas_mem *m2;
    CHECK_EQ(jas_mem_create(&m2, &o), 0);
    void *w1, *x1, *w2, *x2;
    CHECK_EQ(jas_mem_alloc(m2, 32, 16, &w1, &x1), 0);
    CHECK_EQ(jas_mem_alloc(m2, 32, 16, &w2, &x2), 0);
    emit_ret(w1, 1);
    emit_ret(w2, 2);
    jas_mem_pub b[2] = {{x1, 6, "b1"}, {x2, 6, "b2"}};
    CHECK_EQ(jas_mem_publish_batch(m2, b, 2), 0);
    CHECK_EQ(read_map(path, l, 8), 6);
    CHECK(l[4].start == (uintptr_t)x1 && !strcmp(l[4].name, "b1"));
    CHECK(l[5].start == (uintptr_t)x2 && !strcmp(l[5].name, "b2"));
    /* failed publishes write nothing */
    CHECK_EQ(jas_mem_publish(m2, x1, 0, "again"), JAS_MEM_ESTATE);
    CHECK_EQ(read_map(path, l, 8), 6);
    jas_mem_destroy(m2);
    jas_mem_destroy(m);
    unlink(path);

    /* a very long name is cut, the line stays one line */
    char longname[3000];
    memset(longname, 'n', sizeof longname - 1);
    longname[sizeof longname - 1] = 0;
    CHECK_EQ(jas_mem_create(&m, &o), 0);
    publish_one(m, 6, longname, &x[0]);
    FILE *f = fopen(path, "r");
    int lines = 0, c;
    while (f && (c = fgetc(f)) != EOF)
        lines += c == '\n';
    if (f)
        fclose(f);
    CHECK_EQ(lines, 1);
    jas_mem_destroy(m);
    unlink(path);
}

static void test_off_by_default(void)
{
    char path[128];
    snprintf(path, sizeof path, "%s/off.map", tmpdir);
    jas_mem_opts o = {.perf_map_path = path};
    jas_mem *m;
    CHECK_EQ(jas_mem_create(&m, &o), 0);
    void *x;
    publish_one(m, 6, "quiet", &x);
    CHECK(access(path, F_OK) != 0);
    jas_mem_destroy(m);

    /* the environment turns it on */
    setenv("JAS_PERF_MAP", "1", 1);
    CHECK_EQ(jas_mem_create(&m, &o), 0);
    publish_one(m, 6, "loud", &x);
    line l[2];
    CHECK_EQ(read_map(path, l, 2), 1);
    CHECK(!strcmp(l[0].name, "loud"));
    jas_mem_destroy(m);
    setenv("JAS_PERF_MAP", "0", 1);
    CHECK_EQ(jas_mem_create(&m, &o), 0);
    publish_one(m, 6, "quiet again", &x);
    CHECK_EQ(read_map(path, l, 2), 1);
    jas_mem_destroy(m);
    unsetenv("JAS_PERF_MAP");
    unlink(path);
}

/* Last line of /tmp/perf-<pid>.map names x? */
static int default_map_has(long pid, const void *x, const char *name)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/perf-%ld.map", pid);
    line l[64];
    int n = read_map(path, l, 64);
    return n >= 1 && n <= 64 && l[n - 1].start == (uintptr_t)x && !strcmp(l[n - 1].name, name);
}

static void test_default_path_and_fork(void)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/perf-%ld.map", (long)getpid());
    int existed = access(path, F_OK) == 0;
    jas_mem_opts o = {.flags = JAS_MEM_PERF_MAP};
    jas_mem *m;
    CHECK_EQ(jas_mem_create(&m, &o), 0);
    void *x;
    publish_one(m, 6, "parent_fn", &x);
    CHECK(default_map_has(getpid(), x, "parent_fn"));

    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        void *y;
        int ok = jas_mem_alloc(m, 64, 16, &y, &y) == 0;
        emit_ret(y, 3);
        ok &= jas_mem_publish(m, y, 6, "child_fn") == 0;
        ok &= default_map_has(getpid(), y, "child_fn");
        char cpath[64];
        snprintf(cpath, sizeof cpath, "/tmp/perf-%ld.map", (long)getpid());
        unlink(cpath);
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    CHECK(child > 0 && waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    /* the child's line did not land in the parent's map */
    CHECK(default_map_has(getpid(), x, "parent_fn"));
    publish_one(m, 6, "parent_again", &x);
    CHECK(default_map_has(getpid(), x, "parent_again"));
    jas_mem_destroy(m);
    if (!existed)
        unlink(path);
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "%s", "/tmp/jas-perfmap-XXXXXX");
    if (!mkdtemp(tmpdir)) {
        printf("cannot make a temp dir\n0 passed, 1 failed\n");
        return 1;
    }
    unsetenv("JAS_PERF_MAP");
    RUN(test_lines());
    RUN(test_off_by_default());
    RUN(test_default_path_and_fork());
    rmdir(tmpdir);
    printf("%d passed, %d failed\n", npass, nfail);
    return nfail != 0;
}
