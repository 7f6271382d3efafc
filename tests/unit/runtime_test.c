/* libjas runtime, driven by hand-written templates (the preprocessor's
 * output format, src/runtime/actions.h): fields, variants, labels, branch
 * relaxation at the rel8 boundary, absolute calls, alignment, data, errors,
 * and W^X of the published code. */
#include "jas.h"
#include "runtime/actions.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static int passed, failed;
#define PAD 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 /* JAS_PAD */
#define CHECK(c, ...) do { if (c) passed++; else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

/* mov eax, imm32 ; ret */
static const unsigned char a_ret_imm[] = {JAS_A_LIT, 1, 0xB8, JAS_A_FIELD, 4 | JAS_K_EITHER, 0, 1, 0,
                                          JAS_A_LIT, 1, 0xC3, JAS_A_END, PAD};
static const jas_tpl t_ret_imm = {a_ret_imm, "t.c", 6, 0, 0};

/* mov rax, {v}: 5/7/10 bytes by value class (mapped VAR: class -> offset) */
#define M(...) (uint8_t)((__VA_ARGS__) & 0xff), (uint8_t)((__VA_ARGS__) >> 8)
#define V5 0   /* offsets of the three variants below */
#define V7 10
#define V10 22
static const unsigned char a_movabs[] = {
    JAS_A_VAR, JAS_VAR_MAPPED | 1, 0, 8, 7, 0, M(37),
    /* ZERO P8 N8 U8 P16 N16 U16 P32 N32 U32 P64 N64 ONE, 3 unused */
    M(V5), M(V5), M(V7), M(V5), M(V5), M(V7), M(V5), M(V5), M(V7), M(V5), M(V10), M(V10), M(V5),
    M(0xffff), M(0xffff), M(0xffff),
    5, 0xB8, 0, 0, 0, 0, 1, 1, 4, 0,
    7, 0x48, 0xC7, 0xC0, 0, 0, 0, 0, 1, 3, 4, 0,
    10, 0x48, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 8, 0,
    JAS_A_LIT, 1, 0xC3, JAS_A_END, PAD};
static const jas_tpl t_movabs = {a_movabs, "t.c", 11, 0, 0};

/* mov rax, rdi ; add rax, {v} as a VARR: the first range holding v picks
 * the variant (prefix mov folded in); values beyond imm32 match the last
 * entry, which has no encoding. */
#define Q(x) (uint8_t)((uint64_t)(x)), (uint8_t)((uint64_t)(x) >> 8), (uint8_t)((uint64_t)(x) >> 16), \
             (uint8_t)((uint64_t)(x) >> 24), (uint8_t)((uint64_t)(x) >> 32), (uint8_t)((uint64_t)(x) >> 40), \
             (uint8_t)((uint64_t)(x) >> 48), (uint8_t)((uint64_t)(x) >> 56)
static const unsigned char a_addr[] = {
    JAS_A_VARR, 0, M(7), M(5 + 3 * 20 + 7 + 9),
    /* [-128, 127] -> 7 bytes, field at 6 */
    Q(-128), Q(255), M(3 * 20), 7, 6,
    /* [-2^31, 2^31) -> 9 bytes, field at 5 */
    Q(INT32_MIN), Q(0xffffffffu), M(2 * 20 + 7), 9, 5,
    Q(0), Q(UINT64_MAX), M(0xffff), 0, 0,
    0x48, 0x89, 0xF8, 0x48, 0x83, 0xC0, 0,
    0x48, 0x89, 0xF8, 0x48, 0x05, 0, 0, 0, 0,
    JAS_A_LIT, 1, 0xC3, JAS_A_END, PAD};
static const jas_tpl t_addr = {a_addr, "t.c", 10, 0, 0};

/* 1: ; add eax, 1 x N ... jmp 1b/1f */
static const unsigned char a_def1[] = {JAS_A_LABEL, JAS_L_NUMFWD, 1, 0, JAS_A_END, PAD};
static const jas_tpl t_def1 = {a_def1, "t.c", 0, 0, 0};
static const unsigned char a_inc[] = {JAS_A_LIT, 3, 0x83, 0xC0, 0x01, JAS_A_END, PAD}; /* add eax,1 */
static const jas_tpl t_inc = {a_inc, "t.c", 3, 0, 0};
static const unsigned char a_jmpb[] = {JAS_A_BRANCH, 0xEB, JAS_L_NUMBACK, 1, 0, JAS_A_END, PAD};
static const jas_tpl t_jmpb = {a_jmpb, "t.c", 6, 1, 0};
static const unsigned char a_jmpf[] = {JAS_A_BRANCH, 0xEB, JAS_L_NUMFWD, 1, 0, JAS_A_END, PAD};
static const jas_tpl t_jmpf = {a_jmpf, "t.c", 6, 1, 0};
static const unsigned char a_jnef[] = {JAS_A_BRANCH, 0x70, /* jo: never taken here */ JAS_L_NUMFWD, 1, 0, JAS_A_END, PAD};
static const jas_tpl t_jnef = {a_jnef, "t.c", 6, 1, 0};
static const unsigned char a_ret[] = {JAS_A_LIT, 1, 0xC3, JAS_A_END, PAD};
static const jas_tpl t_ret = {a_ret, "t.c", 1, 0, 0};
static const unsigned char a_xor[] = {JAS_A_LIT, 2, 0x31, 0xC0, JAS_A_END, PAD}; /* xor eax,eax */
static const jas_tpl t_xor = {a_xor, "t.c", 2, 0, 0};

/* sub rsp,8 ; call {fn} ; add rsp,8 ; ret */
static const unsigned char a_call[] = {JAS_A_LIT, 4, 0x48, 0x83, 0xEC, 0x08, JAS_A_ABSBR, 0xE8, 0,
                                       JAS_A_LIT, 5, 0x48, 0x83, 0xC4, 0x08, 0xC3, JAS_A_END, PAD};
static const jas_tpl t_call = {a_call, "t.c", 15, 1, 0};

/* .align 16 */
static const unsigned char a_align[] = {JAS_A_ALIGN, 4, JAS_A_END, PAD};
static const jas_tpl t_align = {a_align, "t.c", 15, 1, 0};

/* mov rax, [rip+dyn label {0}] ; ret ; .data ; {0}: .qword 0x1122334455667788 */
static const unsigned char a_data[] = {
    JAS_A_LIT, 3, 0x48, 0x8B, 0x05, JAS_A_REL32, JAS_L_DYN, 0, 0, 0, 0, 0, 0, JAS_A_LIT, 1, 0xC3,
    JAS_A_SECT, 1, JAS_A_ALIGN, 3, JAS_A_LABEL, JAS_L_DYN, 0,
    JAS_A_LIT, 8, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, JAS_A_SECT, 0, JAS_A_END, PAD};
static const jas_tpl t_data = {a_data, "t.c", 24, 2, 0};

/* .if {c} mov eax,1 .else mov eax,2 .endif ret */
static const unsigned char a_if[] = {JAS_A_IFZ, 0, 10, 0,
                                     JAS_A_LIT, 5, 0xB8, 1, 0, 0, 0, JAS_A_SKIP, 7, 0,
                                     JAS_A_LIT, 5, 0xB8, 2, 0, 0, 0, JAS_A_LIT, 1, 0xC3, JAS_A_END, PAD};
static const jas_tpl t_if = {a_if, "t.c", 6, 0, 0};

static long twice(long x) { return 2 * x; }

static int count_wx(void)
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    int n = 0;
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f)) {
        char perms[8];
        if (sscanf(line, "%*s %7s", perms) == 1 && perms[1] == 'w' && perms[2] == 'x')
            n++;
    }
    fclose(f);
    return n;
}

static void test_imm(void)
{
    static const int64_t vals[] = {0, 1, -1, 127, 128, 0x7fffffff, (int64_t)0xffffffffLL, INT32_MIN};
    for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) {
        jas_State *J = jas_new(NULL);
        jas_put(J, &t_ret_imm, &vals[i]);
        int (*f)(void) = (int (*)(void))jas_publish(J, "ret_imm");
        CHECK(f && f() == (int)vals[i], "ret_imm %lld", (long long)vals[i]);
        if (f)
            jas_release(J, (void *)f);
        jas_free(J);
    }
    jas_State *J = jas_new(NULL);
    int64_t big = (int64_t)1 << 32;
    jas_put(J, &t_ret_imm, &big);
    CHECK(jas_publish(J, "bad") == NULL && jas_error(J) && strstr(jas_error(J), "t.c:1: error:"),
          "out of range imm32 reported: %s", jas_error(J) ? jas_error(J) : "(none)");
    jas_free(J);
}

static void test_varr(void)
{
    static const int64_t vals[] = {0, 1, -1, 127, -128, 128, -129, INT32_MAX, INT32_MIN,
                                   (int64_t)INT32_MAX + 1, (int64_t)INT32_MIN - 1, INT64_MIN, INT64_MAX};
    for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) {
        int64_t v = vals[i];
        int fits8 = v >= -128 && v <= 127, fits32 = v >= INT32_MIN && v <= INT32_MAX;
        jas_State *J = jas_new(NULL);
        jas_put(J, &t_addr, &v);
        int64_t (*f)(int64_t) = (int64_t (*)(int64_t))jas_publish(J, "varr");
        if (fits32) {
            CHECK(f && f(1000) == 1000 + v && jas_code_size(J) == (fits8 ? 8u : 10u),
                  "add rax,%lld: size %zu", (long long)v, jas_code_size(J));
        } else {
            CHECK(!f && jas_error(J) && strstr(jas_error(J), "t.c:7: error:") &&
                      strstr(jas_error(J), "fits no encoding"),
                  "add rax,%lld rejected: %s", (long long)v, jas_error(J) ? jas_error(J) : "(none)");
        }
        jas_release(J, (void *)f);
        jas_free(J);
    }
}

static void test_var(void)
{
    static const struct { int64_t v; size_t len; } c[] = {
        {0, 6}, {1, 6}, {0x7fffffff, 6}, {(int64_t)0xffffffffLL, 6}, {-1, 8}, {INT32_MIN, 8},
        {(int64_t)0x123456789LL, 11}, {INT64_MIN, 11}, {INT64_MAX, 11}};
    for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
        jas_State *J = jas_new(NULL);
        jas_put(J, &t_movabs, &c[i].v);
        int64_t (*f)(void) = (int64_t (*)(void))jas_publish(J, "movabs");
        CHECK(f && f() == c[i].v && jas_code_size(J) == c[i].len, "mov rax,%lld: size %zu",
              (long long)c[i].v, jas_code_size(J));
        jas_release(J, (void *)f);
        jas_free(J);
    }
}

/* Backward and forward jumps over n 3-byte instructions, across the rel8
 * edge: backward reach is 3n+2 (<= 128 fits), forward 3n (<= 127 fits). */
static void test_relax_edge(void)
{
    for (int n = 38; n <= 46; n++) {
        jas_State *J = jas_new(NULL);
        jas_put(J, &t_def1, NULL);
        for (int i = 0; i < n; i++)
            jas_put(J, &t_inc, NULL);
        jas_put(J, &t_jmpb, NULL);
        size_t size;
        (void)jas_link(J, 0, &size);
        CHECK(size == (size_t)(3 * n + (3 * n + 2 <= 128 ? 2 : 5)), "back n=%d size %zu", n, size);
        jas_reset(J);
        jas_put(J, &t_jmpf, NULL);
        for (int i = 0; i < n; i++)
            jas_put(J, &t_inc, NULL);
        jas_put(J, &t_def1, NULL);
        (void)jas_link(J, 0, &size);
        CHECK(size == (size_t)(3 * n + (3 * n <= 127 ? 2 : 5)), "fwd n=%d size %zu", n, size);
        jas_free(J);
    }
}

/* A chain: each forward jump's reach depends on the others' sizes. */
static void test_relax_chain(void)
{
    for (int n = 30; n <= 34; n++) {
        jas_State *J = jas_new(NULL);
        jas_put(J, &t_xor, NULL);
        for (int k = 0; k < 4; k++) {
            jas_put(J, &t_jnef, NULL);          /* jo 1f */
            for (int i = 0; i < n; i++)
                jas_put(J, &t_inc, NULL);
            jas_put(J, &t_def1, NULL);
        }
        jas_put(J, &t_ret, NULL);
        int (*f)(void) = (int (*)(void))jas_publish(J, "chain");
        CHECK(f && f() == 4 * n, "chain n=%d result", n);
        size_t want = 2 + 4 * (n * 3 + (n * 3 <= 127 ? 2 : 6)) + 1;
        CHECK(jas_code_size(J) == want, "chain n=%d size %zu want %zu", n, jas_code_size(J), want);
        jas_release(J, (void *)f);
        jas_free(J);
    }
}

static void test_call_align_data_if(void)
{
    jas_State *J = jas_new(NULL);
    int64_t fn = (int64_t)(uintptr_t)twice;
    jas_put(J, &t_ret_imm, (int64_t[]){0}); /* filler so align has work */
    jas_put(J, &t_align, NULL);
    jas_put(J, &t_call, &fn);
    long (*f)(long) = (long (*)(long))jas_publish(J, "call");
    /* code starts with 6 bytes, pad to 16, the call sequence starts there */
    CHECK(f && ((long (*)(long))((char *)f + 16))(21) == 42, "call to C through %s",
          jas_code_size(J) == 16 + 15 ? "rel32" : "pool");
    CHECK(count_wx() == 0, "no W+X mapping while JIT code lives");
    jas_release(J, (void *)f);

    jas_reset(J);
    jas_put(J, &t_data, (int64_t[]){0});
    int64_t (*g)(void) = (int64_t (*)(void))jas_publish(J, "data");
    CHECK(g && g() == 0x1122334455667788LL, "rip-relative load from data section");
    CHECK(jas_dynlabel_offset(J, 0) == 16, "data label offset %lld", (long long)jas_dynlabel_offset(J, 0));
    jas_release(J, (void *)g);

    for (int c = 0; c < 2; c++) {
        jas_reset(J);
        jas_put(J, &t_if, (int64_t[]){c});
        int (*h)(void) = (int (*)(void))jas_publish(J, "if");
        CHECK(h && h() == (c ? 1 : 2), "run-time .if %d", c);
        jas_release(J, (void *)h);
    }
    jas_reset(J);
    jas_put(J, &t_jmpf, NULL);
    CHECK(jas_publish(J, "undef") == NULL && strstr(jas_error(J), "undefined label"), "undefined label");
    jas_reset(J);
    jas_put(J, &t_jmpb, NULL);
    CHECK(jas_error(J) && strstr(jas_error(J), "no previous definition"), "1b without 1:");
    jas_free(J);
}

/* Code placed more than 2 GiB away from the C function it calls: the call
 * goes through the literal pool (call [rip+slot]) and still works. */
static void *far_reserve(void *ctx, size_t size)
{
    (void)ctx;
    void *want = (void *)(uintptr_t)0x200000000000ULL; /* 32 TiB: far from the binary */
    void *p = mmap(want, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}
static int far_protect(void *ctx, void *addr, size_t size, int prot)
{
    (void)ctx;
    return mprotect(addr, size, prot == JAS_MEM_PROT_RX ? PROT_READ | PROT_EXEC : PROT_READ | PROT_WRITE);
}
static void far_release(void *ctx, void *addr, size_t size)
{
    (void)ctx;
    munmap(addr, size);
}

static void test_far_call(void)
{
    jas_mem_hooks h = {NULL, far_reserve, far_protect, far_release, 0};
    jas_mem_opts mo = {0};
    mo.hooks = &h;
    jas_mem *m;
    if (jas_mem_create(&m, &mo)) {
        CHECK(0, "arena with hooks");
        return;
    }
    jas_options o = {m, 0};
    jas_State *J = jas_new(&o);
    int64_t fn = (int64_t)(uintptr_t)twice;
    jas_put(J, &t_call, &fn);
    long (*f)(long) = (long (*)(long))jas_publish(J, "far_call");
    int64_t dist = (int64_t)(uintptr_t)f - fn;
    CHECK(f && (dist > INT32_MAX || dist < INT32_MIN), "code is far away (%llx)", (unsigned long long)(uintptr_t)f);
    CHECK(f && f(50) == 100, "far call through the pool");
    CHECK(jas_code_size(J) == 4 + 6 + 5 + 1 + 8, "pool layout: size %zu", jas_code_size(J));
    jas_release(J, (void *)f);
    jas_free(J);
    jas_mem_destroy(m);
}

/* States in threads: the first publishes of several threads at once make
 * one default arena (two arenas left code mapped executable after its
 * release), and states freed by exiting threads are not lost (the sanitizer
 * run's leak check). */
#define NTHREADS 12
static pthread_barrier_t thread_bar;
static void *thread_code[NTHREADS];

static void *thread_publish(void *arg)
{
    int64_t v = (int64_t)(intptr_t)arg;
    jas_State *J = jas_new(NULL);
    jas_put(J, &t_ret_imm, &v);
    pthread_barrier_wait(&thread_bar);
    thread_code[v] = jas_publish(J, "thread");
    jas_free(J);
    return NULL;
}

static int count_anon_rx(void)
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    int n = 0;
    while (f && fgets(line, sizeof line, f)) {
        char perms[8];
        unsigned long inode = 1;
        if (sscanf(line, "%*s %7s %*s %*s %lu", perms, &inode) == 2 && perms[2] == 'x' && inode == 0 &&
            !strstr(line, "["))
            n++;
    }
    if (f)
        fclose(f);
    return n;
}

static void test_threads(void)
{
    int before = count_anon_rx();
    pthread_t t[NTHREADS];
    pthread_barrier_init(&thread_bar, NULL, NTHREADS);
    for (intptr_t i = 0; i < NTHREADS; i++)
        pthread_create(&t[i], NULL, thread_publish, (void *)i);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&thread_bar);
    int ok = 1;
    for (int i = 0; i < NTHREADS; i++)
        ok &= thread_code[i] && ((int (*)(void))thread_code[i])() == i;
    CHECK(ok, "functions published by %d threads at once", NTHREADS);
    jas_State *J = jas_new(NULL);
    for (int i = 0; i < NTHREADS; i++)
        jas_release(J, thread_code[i]);
    jas_free(J);
    CHECK(count_anon_rx() <= before, "nothing executable left after releasing them (%d mappings, %d before)",
          count_anon_rx(), before);
}

int main(void)
{
    test_threads(); /* first: the default arena is not made yet */
    test_imm();
    test_varr();
    test_var();
    test_relax_edge();
    test_relax_chain();
    test_call_align_data_if();
    test_far_call();
    printf("runtime: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
