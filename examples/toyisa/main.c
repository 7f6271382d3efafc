/* main.c — toyisa's command line: run a toy ISA program on one engine, or
 * on all of them (checking they agree), and with --stats measure guest
 * MIPS (millions of guest instructions per second) for each.
 *
 *   toyisa [--interp | --capsule | --capsule-cached | --blocks | --all]
 *          [--stats] [--max-steps N] [--capsule-steps N] prog.tis [r0 [r1 ...]]
 *
 * The numbers after the program are the initial values of r0, r1, ... */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "toy.h"

enum { OUT_LIMIT = 64 << 20 };
enum { E_INTERP, E_CAPSULE, E_CAPSULE_CACHED, E_BLOCKS, NENGINES };
static const char *const engine_name[NENGINES] = {"interpreter", "capsule", "capsule, cached", "block translator"};
static const char *const status_text[] = {"halted", "memory access out of range", "step limit reached",
                                          "internal error"};

void toy_out(toy_cpu *cpu, int64_t v)
{
    if (cpu->out_cap - cpu->out_len < 24) {
        size_t cap = cpu->out_cap ? 2 * cpu->out_cap : 4096;
        char *p = cap <= OUT_LIMIT ? realloc(cpu->out, cap) : NULL;
        if (!p) {
            fprintf(stderr, "toyisa: the program printed more than %d MiB, stopping\n", OUT_LIMIT >> 20);
            exit(1);
        }
        cpu->out = p, cpu->out_cap = cap;
    }
    cpu->out_len += (size_t)snprintf(cpu->out + cpu->out_len, 24, "%lld\n", (long long)v);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* A machine with an output buffer (never NULL: memcmp and fwrite want a
 * valid pointer even for 0 bytes). */
static toy_cpu *new_cpu(void)
{
    toy_cpu *c = calloc(1, sizeof *c);
    if (c && !(c->out = malloc(c->out_cap = 4096))) {
        free(c);
        c = NULL;
    }
    return c;
}

static void reset(toy_cpu *cpu, const int64_t *args, int64_t max_steps)
{
    memcpy(cpu->r, args, sizeof cpu->r);
    memset(cpu->mem, 0, sizeof cpu->mem);
    cpu->pc = cpu->steps = 0;
    cpu->max_steps = max_steps;
    cpu->out_len = 0;
}

typedef struct result {
    int status;
    double seconds;
    int64_t steps;
    capsule_stats cs;
    block_stats bs;
} result;

/* One run of engine e on a fresh machine.  For the block translator, bl
 * holds its code cache: a new one means translating from scratch. */
static int run(int e, toy_cpu *cpu, const toy_prog *prog, blocks *bl, result *res)
{
    memset(&res->cs, 0, sizeof res->cs);
    double t0 = now();
    switch (e) {
    case E_INTERP: res->status = run_interp(cpu, prog); break;
    case E_CAPSULE: res->status = run_capsules(cpu, prog, 0, &res->cs); break;
    case E_CAPSULE_CACHED: res->status = run_capsules(cpu, prog, 1, &res->cs); break;
    default: res->status = run_blocks(bl, cpu); break;
    }
    res->seconds = now() - t0;
    res->steps = cpu->steps;
    if (bl)
        blocks_stats(bl, &res->bs);
    return res->status;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: toyisa [ENGINE] [--stats] [--max-steps N] [--capsule-steps N] prog.tis [r0 [r1 ...]]\n"
               "engines:\n"
               "  --interp          switch interpreter\n"
               "  --capsule         emit, publish, run and free code for every instruction executed\n"
               "  --capsule-cached  the same, keeping one capsule per guest pc\n"
               "  --blocks          block translator with chaining (default)\n"
               "  --all             every engine; check they agree; print the output once\n"
               "  --stats           guest MIPS of the engine(s) on stderr (with --all: a table)\n"
               "  --max-steps N     stop a program after N instructions (default 10^10)\n"
               "  --capsule-steps N with --all --stats: run the capsule engine on the first\n"
               "                    N instructions only (default 200000; it is slow)\n");
}

static int parse_i64(const char *s, int64_t *v)
{
    char *end;
    errno = 0;
    long long x = strtoll(s, &end, 0);
    if (end == s || *end || errno == ERANGE)
        return -1;
    *v = x;
    return 0;
}

int main(int argc, char **argv)
{
    int engine = E_BLOCKS, all = 0, stats = 0, nargs = 0;
    int64_t max_steps = 10000000000LL, capsule_steps = 200000, args[NREGS] = {0};
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--interp"))
            engine = E_INTERP, all = 0;
        else if (!strcmp(s, "--capsule"))
            engine = E_CAPSULE, all = 0;
        else if (!strcmp(s, "--capsule-cached"))
            engine = E_CAPSULE_CACHED, all = 0;
        else if (!strcmp(s, "--blocks"))
            engine = E_BLOCKS, all = 0;
        else if (!strcmp(s, "--all"))
            all = 1;
        else if (!strcmp(s, "--stats"))
            stats = 1;
        else if (!strcmp(s, "--max-steps") || !strcmp(s, "--capsule-steps")) {
            int64_t *dst = s[2] == 'm' ? &max_steps : &capsule_steps;
            if (i + 1 == argc || parse_i64(argv[i + 1], dst) || *dst < 1) {
                fprintf(stderr, "toyisa: %s needs a positive number\n", s);
                return 2;
            }
            i++;
        } else if (!strcmp(s, "--help") || !strcmp(s, "-h")) {
            usage(stdout);
            return 0;
        } else if (s[0] == '-' && s[1] == '-') {
            fprintf(stderr, "toyisa: unknown option '%s'\n", s);
            usage(stderr);
            return 2;
        } else if (!path)
            path = s;
        else if (nargs == NREGS) {
            fprintf(stderr, "toyisa: too many arguments (there are %d registers)\n", NREGS);
            return 2;
        } else if (parse_i64(s, &args[nargs++])) {
            fprintf(stderr, "toyisa: argument '%s' is not a 64-bit integer\n", s);
            return 2;
        }
    }
    if (!path) {
        fprintf(stderr, "toyisa: missing argument: the program file\n");
        usage(stderr);
        return 2;
    }
    toy_prog prog;
    if (toy_load(path, &prog) != 0)
        return 1;

    /* Run each engine on a fresh machine.  With --all --stats the capsule
     * engine runs only the first capsule_steps instructions (it is slow,
     * and its MIPS does not depend on the length). */
    toy_cpu *cpu[NENGINES] = {0};
    result res[NENGINES];
    int64_t limit[NENGINES] = {max_steps, max_steps, max_steps, max_steps};
    if (all && stats && capsule_steps < max_steps)
        limit[E_CAPSULE] = capsule_steps;
    int first = all ? 0 : engine, last = all ? NENGINES - 1 : engine, rc = 0;
    for (int e = first; e <= last; e++) {
        cpu[e] = new_cpu();
        blocks *bl = e == E_BLOCKS ? blocks_new(&prog) : NULL;
        if (!cpu[e] || (e == E_BLOCKS && !bl)) {
            fprintf(stderr, "toyisa: cannot set up the %s\n", engine_name[e]);
            return 1;
        }
        reset(cpu[e], args, limit[e]);
        if (run(e, cpu[e], &prog, bl, &res[e]) == TOY_ERROR) {
            fprintf(stderr, "toyisa: the %s failed%s%s\n", engine_name[e], bl ? ": " : "", bl ? blocks_error(bl) : "");
            return 1;
        }
        blocks_free(bl);
    }

    /* With --all: every engine must end like the interpreter, with the same
     * output, registers, pc and step count.  An engine run with another
     * step limit is compared with an interpreter run with that limit.  When
     * the step limit stops a program, the block translator stops at another
     * point (a block runs whole or not at all): compare the status only. */
    for (int e = first + 1; e <= last; e++) {
        toy_cpu *ref = cpu[first], *o = cpu[e], *tmp = NULL;
        int ref_status = res[first].status;
        if (limit[e] != limit[first]) {
            if (!(tmp = new_cpu()))
                return 1;
            reset(tmp, args, limit[e]);
            ref_status = run_interp(tmp, &prog);
            ref = tmp;
        }
        int same = res[e].status == ref_status;
        if (same && !(ref_status == TOY_STEP_LIMIT && e == E_BLOCKS))
            same = o->out_len == ref->out_len && !memcmp(o->out, ref->out, o->out_len) &&
                   !memcmp(o->r, ref->r, sizeof o->r) && o->pc == ref->pc && o->steps == ref->steps;
        if (!same) {
            fprintf(stderr, "toyisa: MISMATCH: the %s and the interpreter disagree (%s / %s, %lld / %lld steps)\n",
                    engine_name[e], status_text[res[e].status], status_text[ref_status], (long long)o->steps,
                    (long long)ref->steps);
            rc = 3;
        }
        if (tmp)
            free(tmp->out);
        free(tmp);
    }
    toy_cpu *c = cpu[first];
    fwrite(c->out, 1, c->out_len, stdout);
    fflush(stdout);
    if (res[first].status != TOY_HALT && rc == 0) {
        const toy_ins *in = &prog.code[c->pc];
        fprintf(stderr, "%s:%d: %s (pc %lld, '%s', after %lld instructions)\n", path, in->line,
                res[first].status == TOY_TRAP_MEM ? "trap: memory access out of range" : "stopped: step limit reached",
                (long long)c->pc, toy_op_name[in->op], (long long)c->steps);
        rc = 1;
    }

    if (stats && rc == 0) {
        /* Time each engine 3 times and keep the fastest run (the machine
         * may be shared).  The block translator starts from an empty code
         * cache each time: its time includes translating. */
        for (int e = first; e <= last; e++) {
            int64_t lim = limit[e];
            for (int k = 0; k < 3; k++) {
                blocks *bl = e == E_BLOCKS ? blocks_new(&prog) : NULL;
                result r;
                reset(cpu[e], args, lim);
                run(e, cpu[e], &prog, bl, &r);
                blocks_free(bl);
                if (k == 0 || r.seconds < res[e].seconds)
                    res[e] = r;
            }
        }
        fprintf(stderr, "toyisa stats: %s", path);
        for (int i = 0; i < nargs; i++)
            fprintf(stderr, " %lld", (long long)args[i]);
        fprintf(stderr, "  (%lld guest instructions)\n", (long long)res[first].steps);
        fprintf(stderr, "  %-18s %14s %12s %12s %10s\n", "engine", "instructions", "time", "guest MIPS", "vs interp");
        double base = all ? res[E_INTERP].steps / res[E_INTERP].seconds : 0;
        for (int e = first; e <= last; e++) {
            double mips = (double)res[e].steps / res[e].seconds / 1e6;
            fprintf(stderr, "  %-18s %14lld %9.3f ms %12.2f", engine_name[e], (long long)res[e].steps,
                    res[e].seconds * 1e3, mips);
            if (all)
                fprintf(stderr, " %9.3gx", mips * 1e6 / base);
            fputc('\n', stderr);
        }
        for (int e = first; e <= last; e++) {
            if (e == E_CAPSULE || e == E_CAPSULE_CACHED)
                fprintf(stderr, "  %s: %lld capsules published, %.1f bytes each, %.1f ns per instruction\n",
                        engine_name[e], (long long)res[e].cs.capsules,
                        res[e].cs.capsules ? (double)res[e].cs.code_bytes / (double)res[e].cs.capsules : 0.0,
                        res[e].seconds / (double)res[e].steps * 1e9);
            if (e == E_CAPSULE && res[e].steps > 0) {
                double n = (double)res[e].steps / 1e9; /* -> ns per instruction */
                fprintf(stderr, "    per instruction: emit %.0f ns, publish %.0f ns, call %.0f ns, release %.0f ns\n",
                        res[e].cs.emit_s / n, res[e].cs.publish_s / n, res[e].cs.run_s / n, res[e].cs.release_s / n);
            }
            if (e == E_BLOCKS)
                fprintf(stderr, "  block translator: %lld blocks, %zu bytes of code, translated and published in "
                        "%.1f us (%.1f us per block), %lld returns to the dispatcher\n",
                        (long long)res[e].bs.blocks, res[e].bs.code_bytes, res[e].bs.translate_s * 1e6,
                        res[e].bs.blocks ? res[e].bs.translate_s * 1e6 / (double)res[e].bs.blocks : 0.0,
                        (long long)res[e].bs.exits);
        }
    }
    for (int e = 0; e < NENGINES; e++) {
        if (cpu[e])
            free(cpu[e]->out);
        free(cpu[e]);
    }
    free(prog.code);
    return rc;
}
