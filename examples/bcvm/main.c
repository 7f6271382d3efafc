/* main.c — bcvm's command line: load a program, run it with the
 * interpreter, the JIT or both, and with --stats measure what a user
 * deciding on a JIT wants to know.
 *
 *     bcvm [--interp | --jit | --both] [--stats] [--dump F] prog.vm [r0 [r1 ... r7]]
 *
 * The numbers after the program are the initial values of r0, r1, ...
 * (the program's arguments).  With --both the two engines must agree on
 * the output, the final registers and any trap. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jas.h>

#include "bcvm.h"

enum { OUT_LIMIT = 64 << 20 };

void vm_print(vm_ctx *ctx, int64_t v)
{
    if (ctx->out_cap - ctx->out_len < 24) {
        size_t cap = ctx->out_cap ? 2 * ctx->out_cap : 4096;
        char *p = cap <= OUT_LIMIT ? realloc(ctx->out, cap) : NULL;
        if (!p) {
            fflush(stdout);
            fprintf(stderr, "bcvm: the program printed more than %d MiB, stopping\n", OUT_LIMIT >> 20);
            exit(1); /* also fine from inside JIT code: the process ends */
        }
        ctx->out = p, ctx->out_cap = cap;
    }
    ctx->out_len += (size_t)snprintf(ctx->out + ctx->out_len, 24, "%lld\n", (long long)v);
}

void vm_reset(vm_ctx *ctx, const int64_t *regs)
{
    memcpy(ctx->r, regs, sizeof ctx->r);
    memset(ctx->mem, 0, sizeof ctx->mem);
    memset(ctx->stack, 0, sizeof ctx->stack);
    ctx->out_len = 0;
    ctx->trap_pc = ctx->steps = 0;
}

/* A machine with an output buffer (never NULL: memcmp and fwrite want a
 * valid pointer even for 0 bytes). */
static vm_ctx *new_ctx(void)
{
    vm_ctx *c = calloc(1, sizeof *c);
    if (c && !(c->out = malloc(c->out_cap = 4096))) {
        free(c);
        c = NULL;
    }
    return c;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* One engine: the interpreter (jit == NULL) or a compiled function. */
typedef struct engine {
    vm_jit_fn jit;
    void *cache; /* interpreter's threaded code */
} engine;

static int run_once(engine *e, vm_ctx *ctx, const vm_prog *prog, const int64_t *args, double *seconds)
{
    vm_reset(ctx, args);
    double t0 = now();
    int status = e->jit ? e->jit(ctx) : vm_interp(ctx, prog, &e->cache);
    *seconds = now() - t0;
    return status;
}

/* Warm timing.  Runs are timed in batches of k (k chosen so that a batch
 * takes about a millisecond: a clock read costs tens of nanoseconds, more
 * than a tiny program), up to 20 batches or about a second, and the fastest
 * batch counts: the machine may be shared, the fastest is the least
 * disturbed.  Between runs only the registers and the output are reset
 * (clearing 512 KiB of memory would cost more than a small program). */
static double warm_time(engine *e, vm_ctx *ctx, const vm_prog *prog, const int64_t *args)
{
    double t, best = 1e30, total = 0;
    run_once(e, ctx, prog, args, &t);
    long k = t > 1e-3 ? 1 : (long)(1e-3 / (t > 1e-8 ? t : 1e-8));
    for (int b = 0; b < 20 && (b < 3 || total < 1.0); b++) {
        double t0 = now();
        for (long i = 0; i < k; i++) {
            memcpy(ctx->r, args, sizeof ctx->r);
            ctx->out_len = 0;
            if (e->jit)
                e->jit(ctx);
            else
                vm_interp(ctx, prog, &e->cache);
        }
        t = now() - t0;
        total += t;
        best = t / (double)k < best ? t / (double)k : best;
    }
    return best;
}

/* "12.3 us", "4.56 ms": times span nanoseconds to seconds. */
static const char *fmt_time(char *buf, double s)
{
    if (s < 1e-6)
        snprintf(buf, 32, "%.1f ns", s * 1e9);
    else if (s < 1e-3)
        snprintf(buf, 32, "%.2f us", s * 1e6);
    else if (s < 1)
        snprintf(buf, 32, "%.2f ms", s * 1e3);
    else
        snprintf(buf, 32, "%.3f s", s);
    return buf;
}

static void print_time(const char *label, double ti, double tj)
{
    char a[32], b[32];
    fprintf(stderr, "  %-24s %15s %15s %9.1fx\n", label, fmt_time(a, ti), fmt_time(b, tj), ti / tj);
}

/* The table.  Times are for this program with these arguments. */
static void stats(const vm_prog *prog, const int64_t *args, int nargs, jas_State *J, vm_ctx *ctx)
{
    /* Instructions executed, from the counting interpreter. */
    void *count_cache = NULL;
    vm_reset(ctx, args);
    vm_interp_counting(ctx, prog, &count_cache);
    free(count_cache);
    double steps = (double)ctx->steps;

    /* Cold: the first run of each engine, including its preparation
     * (threading the code, or compiling it). */
    engine ei = {NULL, NULL}, ej = {NULL, NULL};
    double ti_cold, tj_cold, t0;
    run_once(&ei, ctx, prog, args, &ti_cold); /* threads the code, and runs */
    t0 = now();
    ej.jit = vm_jit(J, prog);
    double t_compile_first = now() - t0;
    if (!ej.jit)
        return;
    size_t code = jas_code_size(J);
    run_once(&ej, ctx, prog, args, &tj_cold);
    tj_cold += t_compile_first;

    /* Compile time: the best of 5 more compiles (the first one also paid
     * for cold caches and fresh pages). */
    double t_compile = t_compile_first;
    for (int k = 0; k < 5; k++) {
        t0 = now();
        vm_jit_fn f = vm_jit(J, prog);
        double t = now() - t0;
        t_compile = t < t_compile ? t : t_compile;
        jas_release(J, (void *)f);
    }

    double ti = warm_time(&ei, ctx, prog, args), tj = warm_time(&ej, ctx, prog, args);
    free(ei.cache);
    jas_release(J, (void *)ej.jit);

    fprintf(stderr, "bcvm stats: %s", prog->name);
    for (int i = 0; i < nargs; i++)
        fprintf(stderr, " %lld", (long long)args[i]);
    fprintf(stderr, "\n  bytecode: %zu instructions, %.0f executed\n", prog->n, steps);
    char b1[32], b2[32];
    fprintf(stderr, "  JIT compile: %s (first: %s), %zu bytes of code = %.1f bytes per instruction\n",
            fmt_time(b1, t_compile), fmt_time(b2, t_compile_first), code, (double)code / (double)prog->n);
    fprintf(stderr, "  %-24s %15s %15s %10s\n", "", "interpreter", "JIT", "JIT gain");
    print_time("warm run", ti, tj);
    fprintf(stderr, "  %-24s %10.0f MIPS %10.0f MIPS %9.1fx\n", "warm throughput", steps / ti / 1e6,
            steps / tj / 1e6, ti / tj);
    print_time("cold (prepare + 1 run)", ti_cold, tj_cold);
    /* Break-even: the smallest N with N * ti >= compile + N * tj. */
    if (tj < ti) {
        double nb = t_compile / (ti - tj);
        long long n = (long long)nb + (nb > (double)(long long)nb);
        fprintf(stderr, "  break-even: the JIT has paid for its compile after %lld execution%s"
                " (%s compile / %s saved per run)\n", n < 1 ? 1 : n, n <= 1 ? "" : "s",
                fmt_time(b1, t_compile), fmt_time(b2, ti - tj));
    } else
        fprintf(stderr, "  break-even: never (the JIT is not faster on this program)\n");
}

static void usage(FILE *f)
{
    fprintf(f, "usage: bcvm [--interp | --jit | --both] [--stats] [--dump F] prog.vm [r0 [r1 ... r7]]\n"
               "  --interp  run the direct-threaded interpreter\n"
               "  --jit     compile to x86-64 and run that (default)\n"
               "  --both    run both and check they agree (output, registers, traps)\n"
               "  --stats   print compile time, code size, break-even, cold and warm\n"
               "            throughput of both engines on stderr\n"
               "  --dump F  write the JIT's machine code to file F; see it with\n"
               "            objdump -D -b binary -m i386:x86-64 F\n"
               "  r0 ...    initial register values (the program's arguments)\n");
}

/* Report a trap like a compiler error: where, what, which instruction. */
static void report_trap(const vm_prog *prog, const vm_ctx *ctx, int status)
{
    const vm_ins *in = &prog->code[ctx->trap_pc];
    fprintf(stderr, "%s:%d: trap: %s (pc %lld, '%s')\n", prog->name, in->line, vm_status_text[status],
            (long long)ctx->trap_pc, vm_op_name[in->op]);
}

int main(int argc, char **argv)
{
    int use_interp = 0, use_jit = 1, want_stats = 0, nargs = 0;
    const char *path = NULL, *dump = NULL;
    int64_t args[NREGS] = {0};
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--interp"))
            use_interp = 1, use_jit = 0;
        else if (!strcmp(s, "--jit"))
            use_interp = 0, use_jit = 1;
        else if (!strcmp(s, "--both"))
            use_interp = use_jit = 1;
        else if (!strcmp(s, "--stats"))
            want_stats = 1;
        else if (!strcmp(s, "--dump")) {
            if (i + 1 == argc) {
                fprintf(stderr, "bcvm: --dump needs a file name\n");
                return 2;
            }
            dump = argv[++i];
        }
        else if (!strcmp(s, "--help") || !strcmp(s, "-h")) {
            usage(stdout);
            return 0;
        } else if (s[0] == '-' && s[1] == '-') {
            fprintf(stderr, "bcvm: unknown option '%s'\n", s);
            usage(stderr);
            return 2;
        } else if (!path)
            path = s;
        else {
            char *end;
            errno = 0;
            long long v = strtoll(s, &end, 0);
            if (end == s || *end || errno == ERANGE) {
                fprintf(stderr, "bcvm: argument '%s' is not a 64-bit integer\n", s);
                return 2;
            }
            if (nargs == NREGS) {
                fprintf(stderr, "bcvm: too many arguments (there are %d registers)\n", NREGS);
                return 2;
            }
            args[nargs++] = v;
        }
    }
    if (!path) {
        fprintf(stderr, "bcvm: missing argument: the program file\n");
        usage(stderr);
        return 2;
    }

    vm_prog prog;
    if (vm_load(path, &prog) != 0)
        return 1;
    vm_ctx *ci = new_ctx(), *cj = new_ctx();
    jas_State *J = jas_new(NULL);
    if (!ci || !cj || !J) {
        fprintf(stderr, "bcvm: out of memory\n");
        return 1;
    }

    int si = 0, sj = 0, rc = 0;
    engine ei = {NULL, NULL}, ej = {NULL, NULL};
    double t;
    if (use_interp)
        si = run_once(&ei, ci, &prog, args, &t);
    if (use_jit) {
        ej.jit = vm_jit(J, &prog);
        if (!ej.jit) {
            fprintf(stderr, "bcvm: JIT compilation failed: %s\n", jas_error(J));
            return 1;
        }
        FILE *f = dump ? fopen(dump, "wb") : NULL;
        if (dump && (!f || fwrite((void *)ej.jit, 1, jas_code_size(J), f) != jas_code_size(J))) {
            fprintf(stderr, "bcvm: cannot write '%s'\n", dump);
            return 1;
        }
        if (f)
            fclose(f);
        sj = run_once(&ej, cj, &prog, args, &t);
        jas_release(J, (void *)ej.jit);
    }
    free(ei.cache);
    if (si < 0) {
        fprintf(stderr, "bcvm: out of memory\n");
        return 1;
    }

    vm_ctx *c = use_interp ? ci : cj;
    int status = use_interp ? si : sj;
    if (use_interp && use_jit &&
        (si != sj || (si && ci->trap_pc != cj->trap_pc) || memcmp(ci->r, cj->r, sizeof ci->r) ||
         ci->out_len != cj->out_len || memcmp(ci->out, cj->out, ci->out_len))) {
        fprintf(stderr, "bcvm: MISMATCH between interpreter and JIT: status %d/%d, output %zu/%zu bytes\n", si, sj,
                ci->out_len, cj->out_len);
        for (int i = 0; i < NREGS; i++)
            if (ci->r[i] != cj->r[i])
                fprintf(stderr, "  r%d: %lld / %lld\n", i, (long long)ci->r[i], (long long)cj->r[i]);
        rc = 3;
    }
    fwrite(c->out, 1, c->out_len, stdout);
    fflush(stdout);
    if (status != VM_OK) {
        report_trap(&prog, c, status);
        rc = rc ? rc : 1;
    }
    if (want_stats && rc == 0)
        stats(&prog, args, nargs, J, ci);

    jas_free(J);
    free(ci->out);
    free(cj->out);
    free(ci);
    free(cj);
    vm_free(&prog);
    return rc;
}
