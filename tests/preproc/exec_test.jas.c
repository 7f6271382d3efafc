/* Inline assembly executed: every kind of run-time operand, labels of every
 * kind, calls into C, run-time .if, data, alignment, macros, and branch
 * relaxation at the rel8 edge, checked by calling the generated code. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jas.h>

static int passed, failed;
#define CHECK(c, ...) do { if (c) passed++; else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

typedef int64_t (*fn0)(void);
typedef int64_t (*fn1)(int64_t);
typedef int64_t (*fn2)(int64_t, int64_t);

static const int64_t edges[] = {
    0, 1, -1, 2, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
    0x7fffffff, -0x7fffffffLL - 1, 0x80000000LL, 0xffffffffLL, 0x100000000LL, -0x80000001LL,
    INT64_MAX, INT64_MIN, 0x123456789abcdefLL};
#define NEDGES (sizeof edges / sizeof *edges)

static int fits32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

static void test_imm(jas_State *J)
{
    for (size_t i = 0; i < NEDGES; i++) {
        int64_t v = edges[i];
        jas_reset(J);
        | mov rax, {v}
        | ret
        fn0 f = (fn0)jas_publish(J, "mov_rax");
        CHECK(f && f() == v, "mov rax, %lld", (long long)v);
        /* 5 (mov eax, imm32: zero-extends), 7 (c7, sign-extended imm32) or
         * 10 (movabs) bytes, + ret */
        size_t want = (v >= 0 && v <= 0xffffffffLL) ? 6 : fits32(v) ? 8 : 11;
        CHECK(jas_code_size(J) == want, "mov rax, %lld: %zu bytes, want %zu", (long long)v, jas_code_size(J), want);
        jas_release(J, (void *)f);

        jas_reset(J);
        | mov rax, rdi
        | add rax, {v}
        | ret
        fn1 g = (fn1)jas_publish(J, "add_rax");
        if (fits32(v)) {
            CHECK(g && g(1000) == 1000 + v, "add rax, %lld", (long long)v);
            size_t w = 3 + (v >= -128 && v <= 127 ? 4 : v == (int32_t)v ? 6 : 0) + 1;
            CHECK(jas_code_size(J) == w, "add rax, %lld: %zu bytes, want %zu", (long long)v, jas_code_size(J), w);
        } else {
            CHECK(!g && jas_error(J) && strstr(jas_error(J), "exec_test.jas.c:"), "add rax, %lld must fail: %s",
                  (long long)v, jas_error(J) ? jas_error(J) : "(no error)");
        }
        jas_release(J, (void *)g);

        jas_reset(J);
        | mov eax, {v}
        | ret
        f = (fn0)jas_publish(J, "mov_eax");
        if (v >= INT32_MIN && v <= 0xffffffffLL)
            CHECK(f && (int32_t)f() == (int32_t)v, "mov eax, %lld", (long long)v);
        else
            CHECK(!f && strstr(jas_error(J), "does not fit"), "mov eax, %lld must fail", (long long)v);
        jas_release(J, (void *)f);
    }
}

static void test_disp(jas_State *J)
{
    static int64_t cells[64];
    for (int i = 0; i < 64; i++)
        cells[i] = i * 1000 + 7;
    int64_t offs[] = {0, 8, 120, 128, -8, 256, 400};
    for (size_t i = 0; i < sizeof offs / sizeof *offs; i++) {
        int64_t off = offs[i];
        int64_t *base = off < 0 ? &cells[32] : &cells[0];
        jas_reset(J);
        | mov rax, [rdi + {off}]
        | ret
        fn1 f = (fn1)jas_publish(J, "load");
        CHECK(f && f((int64_t)(intptr_t)base) == base[off / 8], "load [rdi%+lld]", (long long)off);
        size_t want = (off == 0 ? 3 : off >= -128 && off <= 127 ? 4 : 7) + 1;
        CHECK(jas_code_size(J) == want, "load [rdi%+lld]: %zu bytes want %zu", (long long)off, jas_code_size(J), want);
        jas_release(J, (void *)f);
        /* rbp as base needs a disp8 even for 0; r12 needs a SIB */
        jas_reset(J);
        | push rbp
        | push r12
        | mov rbp, rdi
        | mov r12, rdi
        | mov rax, [rbp + {off}]
        | add rax, [r12 + {off}]
        | pop r12
        | pop rbp
        | ret
        f = (fn1)jas_publish(J, "load_rbp_r12");
        CHECK(f && f((int64_t)(intptr_t)base) == 2 * base[off / 8], "load [rbp/r12%+lld]", (long long)off);
        jas_release(J, (void *)f);
    }
}

static void test_regs(jas_State *J)
{
    static const int regs[] = {0, 1, 2, 6, 7, 8, 9, 10, 11}; /* caller-saved */
    for (size_t i = 0; i < sizeof regs / sizeof *regs; i++) {
        int r = regs[i];
        for (size_t k = 0; k < 4; k++) {
            int64_t v = edges[k * 7];
            jas_reset(J);
            | mov reg64{r}, {v}
            | mov rax, reg64{r}
            | ret
            fn0 f = (fn0)jas_publish(J, "reg");
            CHECK(f && f() == v, "mov reg64{%d}, %lld", r, (long long)v);
            jas_release(J, (void *)f);
        }
        jas_reset(J);
        | mov reg32{r}, edi
        | lea rax, [reg64{r} + reg64{r}*2 + 5]
        | ret
        fn1 f = (fn1)jas_publish(J, "lea");
        CHECK(f && f(11) == 38, "lea with reg64{%d}", r);
        jas_release(J, (void *)f);
    }
    jas_reset(J);
    int bad = 16; /* 16..31 are vector registers only */
    | mov reg64{bad}, 1
    CHECK(jas_publish(J, "bad") == NULL && strstr(jas_error(J), "fits no encoding"), "register 16 rejected");
    jas_reset(J);
    int64_t five = 5, eight = 8; /* the error names the register, not the first value */
    | mov QWORD PTR [reg64{bad}+{eight}], {five}
    CHECK(jas_publish(J, "bad") == NULL && strstr(jas_error(J), "run-time value 16 (0x10) fits no encoding"),
          "register 16 beside good values named: %s", jas_error(J) ? jas_error(J) : "no error");
    jas_reset(J);
    bad = 32;
    | vaddps zmm{bad}, zmm1, zmm2
    CHECK(jas_publish(J, "bad") == NULL && strstr(jas_error(J), "not a register number (0..31)"),
          "register 32 rejected");
}

static int64_t c_add3(int64_t a, int64_t b, int64_t c) { return a + 2 * b + 3 * c; }

static void test_loops_calls(jas_State *J)
{
    /* sum 1..n with a numeric label loop */
    jas_reset(J);
    | xor eax, eax
    | test rdi, rdi
    | jz 2f
    |1:
    | add rax, rdi
    | dec rdi
    | jnz 1b
    |2:
    | ret
    fn1 f = (fn1)jas_publish(J, "sum");
    CHECK(f && f(100) == 5050 && f(0) == 0, "sum loop");
    jas_release(J, (void *)f);

    /* loop and jrcxz (rel8 only): labels of the block, sized at build time */
    jas_reset(J);
    | mov rcx, rdi
    | xor eax, eax
    | jrcxz done
    | top:
    | add rax, 3
    | loop top
    | 3:
    | add rax, 1000
    | dec rdi
    | jnz 4f
    | jmp done
    | 4:
    | lea rcx, [rdi-1]
    | jrcxz 3b
    | done:
    | ret
    f = (fn1)jas_publish(J, "loop_jrcxz");
    CHECK(f && f(0) == 0 && f(1) == 1003 && f(5) == 1015 && f(2) == 2006, "loop and jrcxz");
    jas_release(J, (void *)f);

    /* enter with run-time operands (the level is the second immediate) */
    for (int64_t frame = 0; frame <= 0x100; frame += 0x80) {
        jas_reset(J);
        int64_t level = frame ? 1 : 0;
        | enter {frame}, {level}
        | mov rax, rbp
        | sub rax, rsp
        | leave
        | ret
        fn0 e = (fn0)jas_publish(J, "enter");
        CHECK(e && e() == frame + 8 * level, "enter {frame}, {level}");
        jas_release(J, (void *)e);
    }

    /* call back into C with an absolute address */
    jas_reset(J);
    | sub rsp, 8
    | mov rdx, 5
    | call {c_add3}
    | add rsp, 8
    | ret
    fn2 g = (fn2)jas_publish(J, "call_c");
    CHECK(g && g(1, 10) == 1 + 20 + 15, "call into C");
    jas_release(J, (void *)g);
}

static void test_globals_dynamic(jas_State *J)
{
    jas_reset(J);
    |*entry_a:
    | mov eax, 1
    | jmp done_label
    |*entry_b:
    | mov eax, 2
    |*done_label:
    | ret
    fn0 a = (fn0)jas_publish(J, "entries");
    fn0 b = (fn0)jas_global_addr(J, JAS_GLOBAL(entry_b));
    CHECK(a && b && a() == 1 && b() == 2, "global labels as entry points");
    CHECK(jas_global_offset(J, JAS_GLOBAL(entry_a)) == 0, "entry_a at 0");
    jas_release(J, (void *)a);

    /* a chain of dynamic labels, built by a C loop */
    for (int64_t start = 0; start < 10; start += 3) {
        jas_reset(J);
        jas_grow_dynlabels(J, 16);
        | xor eax, eax
        | jmp {start}f
        for (int64_t i = 0; i < 10; i++) {
            | {i}:
            | add eax, {i}
        }
        | ret
        fn0 f = (fn0)jas_publish(J, "dyn");
        CHECK(f && f() == (9 * 10 / 2) - (start * (start - 1) / 2), "dynamic labels from %lld", (long long)start);
        CHECK(jas_dynlabel_offset(J, 3) > 0, "dynamic label offset");
        jas_release(J, (void *)f);
    }

    /* dynamic labels as data (`.qword {n}b`: a jump table, once written as
     * the number n) and rip-relative (`[rip + {n}f + c]`) */
    for (int64_t sel = 0; sel < 4; sel++) {
        jas_reset(J);
        | lea rcx, [rip + {100}f]
        | mov rax, [rcx + {sel * 8}]
        | call rax
        | add rax, [rip + {101}f + 8]
        | ret
        for (int64_t i = 0; i < 4; i++) {
            | {200 + i}:
            | mov eax, {10 * i + 1}
            | ret
        }
        | .data
        | {100}:
        for (int64_t i = 0; i < 4; i++) {
            | .qword {200 + i}b
        }
        | {101}:
        | .qword 5, 1000
        fn0 f = (fn0)jas_publish(J, "dyntable");
        CHECK(f && f() == 10 * sel + 1 + 1000, "jump table of dynamic labels, entry %lld: %lld", (long long)sel,
              f ? (long long)f() : -1LL);
        jas_release(J, (void *)f);
    }
    jas_reset(J);
    int64_t nowhere = 7;
    | jmp {nowhere}f
    CHECK(jas_publish(J, "undef") == NULL && strstr(jas_error(J), "undefined label"), "undefined dynamic label");

    /* ids below 2^20 grow the table by themselves, larger ones must be made
     * room for (a stray 2^31 would clear 8 GB) */
    jas_State *K = jas_new(NULL);
    {
        jas_State *J = K;
        int64_t big = 1 << 20, small = (1 << 20) - 1;
        | {small}:
        | mov eax, 5
        | jmp {big}f
        CHECK(jas_publish(J, "bigid") == NULL && strstr(jas_error(J), "dynamic label 1048576 out of range"),
              "dynamic label 2^20 without jas_grow_dynlabels: %s", jas_error(J) ? jas_error(J) : "no error");
        jas_reset(J);
        CHECK(jas_grow_dynlabels(J, (1u << 20) + 1) == 0, "jas_grow_dynlabels(2^20 + 1)");
        | mov eax, 6
        | jmp {big}f
        | {big}:
        | ret
        fn0 f = (fn0)jas_publish(J, "bigid2");
        CHECK(f && f() == 6, "dynamic label 2^20 after jas_grow_dynlabels");
        jas_release(J, (void *)f);
        jas_reset(J);
        int64_t huge = 0x80000000LL;
        | {huge}:
        CHECK(jas_publish(J, "hugeid") == NULL && strstr(jas_error(J), "out of range"), "dynamic label 2^31");
        CHECK(jas_grow_dynlabels(J, 0x80000001u) == -1, "jas_grow_dynlabels(2^31 + 1) refused");
    }
    jas_free(K);
}

static void test_if_data_align_macro(jas_State *J)
{
    for (int64_t k = 0; k < 4; k++) {
        jas_reset(J);
        | .if {k == 0}
        |   mov eax, 100
        | .elif {k == 1}
        |   mov eax, 200
        | .elif {k == 2}
        |   mov eax, 300
        | .else
        |   mov eax, 400
        | .endif
        | ret
        fn0 f = (fn0)jas_publish(J, "if");
        CHECK(f && f() == 100 * (k + 1), "run-time .if/.elif/.else k=%lld", (long long)k);
        jas_release(J, (void *)f);
    }
    jas_reset(J);
    | mov rax, [rip + table]
    | add rax, [rip + table + 8]
    | ret
    | .data
    | .align 8
    |*table:
    | .qword 0x1111111111, 0x2222222222
    | .code
    fn0 f = (fn0)jas_publish(J, "data");
    CHECK(f && f() == 0x3333333333LL, "rip-relative data");
    int64_t off = jas_global_offset(J, JAS_GLOBAL(table));
    CHECK(off > 0 && off % 8 == 0, "data label aligned (%lld)", (long long)off);
    jas_release(J, (void *)f);

    jas_reset(J);
    | nop
    | .align 64
    |*aligned_here:
    | mov eax, 9
    | ret
    f = (fn0)jas_publish(J, "align");
    CHECK(f && jas_global_offset(J, JAS_GLOBAL(aligned_here)) == 64, "align 64");
    CHECK(f && ((fn0)jas_global_addr(J, JAS_GLOBAL(aligned_here)))() == 9, "call aligned label");
    jas_release(J, (void *)f);

    jas_reset(J);
    | .macro clamp reg, lo
    |   cmp \reg, \lo
    |   jge ok
    |   mov \reg, \lo
    | ok:
    | .endm
    | mov rax, rdi
    | clamp rax, 10
    | clamp rax, 20
    | ret
    fn1 g = (fn1)jas_publish(J, "macro");
    CHECK(g && g(5) == 20 && g(15) == 20 && g(25) == 25, "macro with its own labels");
    jas_release(J, (void *)g);
}

/* Branches over code whose size is only known at run time: forward and
 * backward, at the 127/128 edge, and a chain where each depends on the next. */
static void test_relax(jas_State *J)
{
    for (int n = 26; n <= 34; n++) {
        int64_t small = 1; /* add rax, imm8: 4 bytes each */
        jas_reset(J);
        | xor eax, eax
        | jmp 1f
        for (int i = 0; i < n; i++) {
            | add rax, {small}
        }
        |1:
        | ret
        fn0 f = (fn0)jas_publish(J, "relax_fwd");
        size_t body = 4u * (unsigned)n;
        size_t want = 2 + (body <= 127 ? 2 : 5) + body + 1;
        CHECK(f && f() == 0 && jas_code_size(J) == want, "forward jmp over %zu bytes: size %zu want %zu",
              body, jas_code_size(J), want);
        jas_release(J, (void *)f);

        jas_reset(J);
        | mov rcx, 2
        | xor eax, eax
        |1:
        for (int i = 0; i < n; i++) {
            | add rax, {small}
        }
        | dec rcx
        | jnz 1b
        | ret
        f = (fn0)jas_publish(J, "relax_back");
        size_t back = body + 3 + 2; /* body + dec rcx + short jnz */
        want = 5 + 2 + body + 3 + (back <= 128 ? 2 : 6) + 1; /* mov ecx,2 (-O) */
        CHECK(f && f() == 2 * n && jas_code_size(J) == want, "backward jnz over %zu bytes: size %zu want %zu",
              back, jas_code_size(J), want);
        jas_release(J, (void *)f);
    }
    /* chain: jz to the end over bodies that each hold the next jz */
    for (int n = 28; n <= 33; n++) {
        int64_t one = 1;
        jas_reset(J);
        | xor eax, eax
        | test eax, eax
        | jnz 3f
        for (int i = 0; i < n; i++) {
            | add rax, {one}
        }
        | jnz 3f
        for (int i = 0; i < n; i++) {
            | add rax, {one}
        }
        |3:
        | ret
        fn0 f = (fn0)jas_publish(J, "chain");
        CHECK(f && f() == n, "chained relaxation n=%d", n);
        jas_release(J, (void *)f);
    }
}

/* Several statements on one line, separated by `;`. */
/* The API around linking: a block appended after jas_link makes the link
 * results stale (they once indexed past the link's tables), jas_reset
 * forgets the published code's labels, and jas_publish aligns the data
 * section in absolute terms (on a dual-mapped arena, whose functions share
 * pages, `.align 64` in .data was only aligned within the function). */
static void *publish_aligned(jas_State *J, int64_t i)
{
    jas_reset(J);
    | mov rax, [rip + aligned_data]
    | ret
    | .data
    | .align 64
    |*aligned_data:
    | .qword {i}
    return jas_publish(J, "aligned");
}

static void test_api_edges(jas_State *J)
{
    unsigned char buf[64];
    size_t size = 0;
    jas_reset(J);
    | mov eax, 1
    | {7}:
    | ret
    CHECK(jas_link(J, 0, &size) == 0 && size == 6 && jas_code_size(J) == 6 && jas_dynlabel_offset(J, 7) == 5,
          "link: %zu", size);
    | nop
    CHECK(jas_code_size(J) == 0 && jas_dynlabel_offset(J, 7) == -1, "stale after another block: %zu",
          jas_code_size(J));
    CHECK(jas_encode(J, buf) == -1 && jas_error(J) && strstr(jas_error(J), "jas_link"),
          "jas_encode without a new link: %s", jas_error(J) ? jas_error(J) : "no error");
    jas_reset(J);
    | {3}:
    | ret
    void *f = jas_publish(J, "api");
    CHECK(f && jas_dynlabel_addr(J, 3) == f, "label address after publish");
    jas_reset(J);
    | {3}:
    | ret
    CHECK(jas_link(J, 0, NULL) == 0 && jas_dynlabel_addr(J, 3) == NULL, "no label address after jas_reset");
    jas_release(J, f);

    jas_mem *m = NULL;
    if (jas_mem_create(&m, &(jas_mem_opts){.flags = JAS_MEM_DUAL_MAP}) != 0) {
        failed++;
        printf("FAIL: cannot create a dual-mapped arena\n");
        return;
    }
    jas_State *K = jas_new(&(jas_options){m, 0});
    void *code[6];
    int aligned = 1;
    for (int i = 0; i < 6; i++) {
        code[i] = publish_aligned(K, i);
        uintptr_t d = (uintptr_t)jas_global_addr(K, JAS_GLOBAL(aligned_data));
        aligned &= code[i] && d % 64 == 0 && ((int64_t (*)(void))code[i])() == i;
    }
    CHECK(aligned, ".align 64 in .data holds in absolute terms");
    for (int i = 0; i < 6; i++)
        jas_release(K, code[i]);
    jas_free(K);
    jas_mem_destroy(m);
}

/* A block of definitions only stands at file scope: it writes no C. */
| .macro add_twice r, v
|   add \r, \v
|   add \r, \v
| .endm

static void test_semicolons(jas_State *J)
{
    jas_reset(J);
    | mov eax, 1; add eax, 2 ; add eax, 4 // comment; not a statement
    | ret
    fn0 f = (fn0)jas_publish(J, "semicolons");
    CHECK(f && f() == 7 && jas_code_size(J) == 5 + 3 + 3 + 1, "statements split at ';'");
    jas_release(J, (void *)f);
    jas_reset(J);
    | mov eax, 1; add_twice eax, 20
    | ret
    f = (fn0)jas_publish(J, "file-scope macro");
    CHECK(f && f() == 41, "a macro defined in a block at file scope");
    jas_release(J, (void *)f);
}

/* Numeric labels defined in the block they are used in, at distances only
 * known at run time (the preprocessor names them as numeric labels, not as
 * local ones: Nf before the definition, Nb after); again with an .if in the
 * block, where it keeps local labels. */
static void test_numeric_in_block(jas_State *J)
{
    for (int64_t cond = 0; cond <= 2; cond++) {
        int64_t big = 0x12345678;
        jas_reset(J);
        if (cond == 0) {
            | xor eax, eax
            | jmp 1f
            | mov eax, 100
            |1:
            | add eax, 1
            | mov rcx, {big}
            | cmp eax, 3
            | jne 1b
            |1:
            | add eax, 10
            | mov rcx, {big}
            | cmp eax, 23
            | jne 1b
            | ret
        } else {
            | xor eax, eax
            | jmp 1f
            | mov eax, 100
            |1:
            | add eax, 1
            | .if {cond - 1}
            | mov rcx, {big}
            | .endif
            | cmp eax, 3
            | jne 1b
            |1:
            | add eax, 10
            | mov rcx, {big}
            | cmp eax, 23
            | jne 1b
            | ret
        }
        fn0 f = (fn0)jas_publish(J, "numeric_in_block");
        CHECK(f && f() == 23, "numeric labels in their block (%d): %lld", (int)cond, f ? (long long)f() : -1LL);
        jas_release(J, (void *)f);
    }
}

/* Code in the data section: nothing there changes size, so its branches
 * keep their long form (they were left unwritten once). */
static void test_data_branches(jas_State *J)
{
    jas_reset(J);
    | mov eax, 1
    | jmp 5f
    |6:
    | ret
    | .data
    |5:
    | add eax, 2
    | cmp eax, 3
    | je 6b
    | mov eax, 99
    | jmp 6b
    fn0 f = (fn0)jas_publish(J, "data_branches");
    CHECK(f && f() == 3, "branches in the data section: %lld", f ? (long long)f() : -1LL);
    jas_release(J, (void *)f);
    /* the jmp into the data section is short when it reaches */
    uint8_t out[256];
    size_t size = 0;
    CHECK(jas_link(J, 0x10000, &size) == 0 && size <= sizeof out && jas_encode(J, out) == 0 &&
              out[5] == 0xEB,
          "short jmp into the data section: %02x", out[5]);

    /* and long when it does not (the data section's place is only known
     * after a pass: it was judged with a stale one) */
    jas_reset(J);
    | mov eax, 1
    | jmp 5f
    |6:
    | ret
    | .macro ten_movs
    | mov eax, 77
    | mov eax, 77
    | mov eax, 77
    | mov eax, 77
    | mov eax, 77
    | mov eax, 77
    | mov eax, 77
    | mov eax, 77
    | mov eax, 77
    | mov eax, 77
    | .endm
    | ten_movs
    | ten_movs
    | ten_movs
    | ten_movs
    | .data
    |5:
    | add eax, 2
    | jmp 6b
    f = (fn0)jas_publish(J, "data_far");
    CHECK(f && f() == 3, "far jmp into the data section: %lld", f ? (long long)f() : -1LL);
    jas_release(J, (void *)f);
}

static void test_wx(jas_State *J)
{
    jas_reset(J);
    | mov eax, 5
    | ret
    fn0 f = (fn0)jas_publish(J, "wx");
    FILE *m = fopen("/proc/self/maps", "r");
    char line[512];
    int wx = 0, rx = 0;
    while (m && fgets(line, sizeof line, m)) {
        char perms[8];
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) != 3)
            continue;
        if (perms[1] == 'w' && perms[2] == 'x')
            wx++;
        if ((uintptr_t)f >= lo && (uintptr_t)f < hi && perms[2] == 'x' && perms[1] != 'w')
            rx++;
    }
    if (m)
        fclose(m);
    CHECK(f && f() == 5 && wx == 0 && rx == 1, "W^X: %d W+X mappings, code in an RX mapping: %d", wx, rx);
    jas_release(J, (void *)f);
}

/* Run-time vector registers 0..31, run natively: an EVEX-only move, a
 * VEX add that becomes EVEX when a register is 16..31, and zmm.  Needs
 * AVX-512 (F, VL): without it the test says so and counts nothing. */
typedef void (*vfn)(const int64_t *in, int64_t *out);
static void test_vector_regs(jas_State *J)
{
#if defined(__GNUC__) && defined(__x86_64__)
    if (!__builtin_cpu_supports("avx512f") || !__builtin_cpu_supports("avx512vl")) {
        printf("SKIP test_vector_regs: this CPU has no AVX-512 (F, VL); not counted\n");
        return;
    }
    const int64_t in[8] = {1, -2, 3, 1LL << 40, -5, 6, 7, 8};
    for (int64_t r = 0; r < 32; r++) {
        int64_t s = (r * 7 + 3) & 31, t = (r + 16) & 31;
        int64_t out[8] = {0}, out2[8] = {0};
        jas_reset(J);
        | vmovdqu64 ymm{r}, [rdi]
        | vpaddq ymm{s}, ymm{r}, ymm{r}
        | vmovdqu64 [rsi], ymm{s}
        | vmovdqu64 zmm{t}, [rdi]
        | vpsubq zmm{r}, zmm{t}, zmm{s}
        | vmovdqu64 [rsi+64], zmm{r}
        | vzeroupper
        | ret
        vfn f = (vfn)jas_publish(J, "vector_regs");
        int64_t both[16] = {0};
        if (f)
            f(in, both);
        memcpy(out, both, 32);
        memcpy(out2, both + 8, 64);
        int ok = f != NULL;
        for (int i = 0; i < 4; i++)
            ok &= out[i] == 2 * in[i];
        for (int i = 0; i < 8; i++) /* zmm{s}'s upper half: ymm writes zeroed it */
            ok &= out2[i] == in[i] - (i < 4 ? 2 * in[i] : 0);
        CHECK(ok, "vector registers r=%lld s=%lld t=%lld: %s", (long long)r, (long long)s, (long long)t,
              f ? "wrong results" : jas_error(J));
        jas_release(J, (void *)f);
    }
    /* run-time displacements in EVEX memory operands (disp8*N: N = 64 for
     * the zmm load, 8 for the broadcast), negative ones from the middle */
    int64_t buf[128];
    for (int i = 0; i < 128; i++)
        buf[i] = i * 3 + 1;
    static const int64_t offs[] = {0, 8, 64, 72, 120, 256, 448, -8, -64, -448, -512, 4, -4};
    for (unsigned k = 0; k < sizeof offs / sizeof *offs; k++) {
        int64_t off = offs[k], r = (int64_t)(k * 5 + 7) & 31, b = 7; /* rdi, a run-time base */
        int64_t out[16] = {0};
        jas_reset(J);
        | vmovdqu64 zmm{r}, [reg64{b}+{off}]
        | vmovdqu64 [rsi], zmm{r}
        | vpbroadcastq zmm{r}, QWORD PTR [reg64{b}+{off}]
        | vpaddq zmm{r}, zmm{r}, QWORD BCST [rdi+{off}]
        | vmovdqu64 [rsi+64], zmm{r}
        | vzeroupper
        | ret
        vfn f = (vfn)jas_publish(J, "evex_disp");
        const char *p = (const char *)(buf + 64) + off;
        int ok = f != NULL;
        if (f) {
            f(buf + 64, out);
            int64_t one;
            memcpy(&one, p, 8);
            for (int i = 0; i < 8; i++) {
                int64_t w;
                memcpy(&w, p + 8 * i, 8);
                ok &= out[i] == w && out[8 + i] == 2 * one;
            }
        }
        CHECK(ok, "EVEX run-time displacement %lld (zmm%lld): %s", (long long)off, (long long)r,
              f ? "wrong results" : jas_error(J));
        jas_release(J, (void *)f);
    }
#else
    (void)J;
    printf("SKIP test_vector_regs: not an x86-64 GNU C build; not counted\n");
#endif
}

int main(void)
{
    jas_State *J = jas_new(NULL);
    test_imm(J);
    test_disp(J);
    test_regs(J);
    test_loops_calls(J);
    test_globals_dynamic(J);
    test_if_data_align_macro(J);
    test_relax(J);
    test_semicolons(J);
    test_api_edges(J);
    test_numeric_in_block(J);
    test_data_branches(J);
    test_vector_regs(J);
    test_wx(J);
    jas_free(J);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
