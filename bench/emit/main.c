/* bench-emit: the emission benchmark driver (see bench/README.md).
 *
 *   bench-emit [--sizes 16,1000,100000] [--reps 5] [--min-time 0.3]
 *              [--libs jas,AsmJit,Xbyak,Zydis] [--json FILE] [--check-only]
 *   bench-emit --callgrind LIB SIZE     one measured run, for callgrind
 *   bench-emit --callgrind-cold LIB     one measured cold run, for callgrind
 *   bench-emit --profile LIB SIZE SECS  loop the throughput run, for perf
 *   bench-emit --corrupt OFF ...        self-test: flip a bit of jas's output
 *                                       at byte OFF; the check must fail
 *
 * 1. Honesty check, before any timing: every library's output for every
 *    size is disassembled with capstone and checked against the stream
 *    specification (stream.h: mnemonic, registers, every immediate and
 *    displacement, call targets, every branch landing on the instruction
 *    index its label stands at) and against each other (the same text,
 *    instruction by instruction).  A failure exits with status 1.
 * 2. Throughput: for every size, after a warm-up, repetitions of at least
 *    --min-time seconds per library, interleaved in ~1 ms turns (see
 *    run_reps); ratios jas/peer are computed per repetition, so a slow
 *    moment hits both sides of a pair.
 * 3. Cold latency: create an assembler, emit the 16-instruction stream,
 *    resolve into a buffer, destroy (no mmap); and the same with the
 *    library's own publish-as-executable path (reported separately).
 * Times are CPU time of the thread (CLOCK_THREAD_CPUTIME_ID). */
#include <capstone/capstone.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <time.h>

#include "stream.h"

static const bs_lib *const all_libs[] = {
    &bs_jas,
#ifndef BS_ONLY_JAS
    &bs_asmjit, &bs_xbyak, &bs_zydis,
#endif
#ifdef BS_DYNASM
    &bs_dynasm,
#endif
};
#define NALL (sizeof all_libs / sizeof *all_libs)
#define MAXLIB 8
#define MAXREP 64
#define MAXSIZE 8

/* The output buffer: in .bss, so that the C functions the stream calls are
 * within rel32 reach of it for every library. */
#define OUT_CAP (8u << 20)
static uint8_t outbuf[OUT_CAP] __attribute__((aligned(4096)));
static uint8_t copybuf[OUT_CAP] __attribute__((aligned(4096)));

/* CPU time of this thread: time the core spent on other processes (the
 * machine is shared) is not counted. */
static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static void barrier(void) { __asm__ volatile("" ::: "memory"); }

/* ---- honesty check ------------------------------------------------------ */

static long corrupt_at = -1; /* --corrupt: self-test of the check */

typedef struct decoded {
    size_t n;
    char (*txt)[160];
} decoded;

static int expect_reg(const cs_x86_op *o, x86_reg r) { return o->type == X86_OP_REG && o->reg == r; }
static int expect_imm(const cs_x86_op *o, int64_t v) { return o->type == X86_OP_IMM && o->imm == v; }
static int expect_mem(const cs_x86_op *o, x86_reg base, x86_reg index, int scale, int64_t disp)
{
    return o->type == X86_OP_MEM && o->mem.base == base && o->mem.index == index &&
           (index == X86_REG_INVALID || o->mem.scale == scale) && o->mem.disp == disp &&
           o->size == 8;
}

/* Index of the instruction that starts at address a, or -1. */
static long find_insn(const cs_insn *in, size_t n, uint64_t a)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (in[mid].address < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && in[lo].address == a ? (long)lo : -1;
}

/* Disassemble one library's output and check it against the stream.
 * Returns 0, or -1 with a message in err. */
static int check_one(csh cs, const bs_stream *s, const uint8_t *code, size_t size, uint64_t base,
                     decoded *d, char *err, size_t errlen)
{
    cs_insn *in = NULL;
    size_t n = cs_disasm(cs, code, size, base, 0, &in);
    int rc = -1;
    if (n != s->n + 1) {
        snprintf(err, errlen, "%zu instructions decoded, %zu expected", n, s->n + 1);
        goto out;
    }
    if (in[n - 1].address + in[n - 1].size != base + size) {
        snprintf(err, errlen, "%llu bytes left undecoded",
                 (unsigned long long)(base + size - in[n - 1].address - in[n - 1].size));
        goto out;
    }
    d->n = n;
    d->txt = calloc(n, sizeof *d->txt);
    if (!d->txt) {
        snprintf(err, errlen, "out of memory");
        goto out;
    }
    for (size_t j = 0; j < n; j++) {
        const cs_insn *x = &in[j];
        const cs_x86 *dx = &x->detail->x86;
        const cs_x86_op *o = dx->operands;
        size_t i = j / BS_BLOCK;
        int k = (int)(j % BS_BLOCK), ok;
        long target = -1;
        if (j == s->n) {
            ok = x->id == X86_INS_RET && dx->op_count == 0;
        } else {
            switch (k) {
            case 0: ok = x->id == X86_INS_MOV && expect_reg(&o[0], X86_REG_RAX) && expect_imm(&o[1], s->imm32[i]); break;
            case 1: ok = x->id == X86_INS_MOVABS && expect_reg(&o[0], X86_REG_RCX) && expect_imm(&o[1], s->imm64[i]); break;
            case 2: ok = x->id == X86_INS_ADD && expect_reg(&o[0], X86_REG_RAX) && expect_reg(&o[1], X86_REG_RCX); break;
            case 3: ok = x->id == X86_INS_SUB && expect_reg(&o[0], X86_REG_RDX) && expect_imm(&o[1], s->sub8[i]) && x->size == 4; break;
            case 4: ok = x->id == X86_INS_IMUL && dx->op_count == 2 && expect_reg(&o[0], X86_REG_RDX) && expect_reg(&o[1], X86_REG_RSI); break;
            case 5: ok = x->id == X86_INS_MOV && expect_reg(&o[0], X86_REG_R8) &&
                         expect_mem(&o[1], X86_REG_RDI, X86_REG_INVALID, 1, s->ld[i]); break;
            case 6: ok = x->id == X86_INS_MOV && expect_mem(&o[0], X86_REG_RBX, X86_REG_INVALID, 1, s->st[i]) &&
                         expect_reg(&o[1], X86_REG_RAX); break;
            case 7: ok = x->id == X86_INS_LEA && expect_reg(&o[0], X86_REG_R9) &&
                         expect_mem(&o[1], X86_REG_RBX, X86_REG_RCX, 4, 16); break;
            case 8: ok = x->id == X86_INS_CMP && expect_reg(&o[0], X86_REG_RAX) && expect_imm(&o[1], s->cmp8[i]) && x->size == 4; break;
            case 9:
            case 10: {
                size_t want = k == 9 ? (i + 1) * BS_BLOCK : i * BS_BLOCK;
                if (want > s->n)
                    want = s->n;
                ok = x->id == (k == 9 ? X86_INS_JE : X86_INS_JNE) && dx->op_count == 1 && o[0].type == X86_OP_IMM;
                if (ok) {
                    target = find_insn(in, n, (uint64_t)o[0].imm);
                    ok = target == (long)want;
                }
                break;
            }
            case 11: ok = x->id == X86_INS_CALL && expect_imm(&o[0], (int64_t)s->fn[i]); break;
            case 12: ok = x->id == X86_INS_PUSH && expect_reg(&o[0], X86_REG_RBX); break;
            case 13: ok = x->id == X86_INS_POP && expect_reg(&o[0], X86_REG_RBX); break;
            case 14: ok = x->id == X86_INS_XOR && expect_reg(&o[0], X86_REG_EAX) && expect_reg(&o[1], X86_REG_EAX); break;
            default: ok = x->id == X86_INS_ADD && expect_reg(&o[0], X86_REG_R10) && expect_reg(&o[1], X86_REG_R8); break;
            }
        }
        if (!ok) {
            snprintf(err, errlen, "instruction %zu (block %zu, #%d): got `%.31s %.120s`", j, i, k, x->mnemonic, x->op_str);
            goto out;
        }
        if (target >= 0) /* branches compare by landing instruction, not by address */
            snprintf(d->txt[j], sizeof d->txt[j], "%s @%ld", x->mnemonic, target);
        else
            snprintf(d->txt[j], sizeof d->txt[j], "%.31s %.120s", x->mnemonic, x->op_str);
    }
    rc = 0;
out:
    if (rc) {
        free(d->txt);
        d->txt = NULL;
    }
    if (in)
        cs_free(in, n);
    return rc;
}

/* Check every library at every size; returns the number of failures. */
static int honesty_check(const bs_lib **libs, size_t nlibs, const size_t *sizes, size_t nsizes,
                         size_t codesize[MAXSIZE][MAXLIB], FILE *json)
{
    csh cs;
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &cs) != CS_ERR_OK) {
        fprintf(stderr, "capstone: cs_open failed\n");
        return 1;
    }
    cs_option(cs, CS_OPT_DETAIL, CS_OPT_ON);
    int fails = 0;
    for (size_t z = 0; z < nsizes; z++) {
        bs_stream s;
        if (bs_stream_init(&s, sizes[z], 0x9e3779b97f4a7c15ull ^ sizes[z])) {
            fprintf(stderr, "out of memory\n");
            return 1;
        }
        decoded d[MAXLIB];
        memset(d, 0, sizeof d);
        for (size_t l = 0; l < nlibs; l++) {
            char err[512];
            void *st = libs[l]->create(bs_stream_bound(&s));
            size_t size = st ? libs[l]->run(st, &s, outbuf, OUT_CAP) : 0;
            /* twice: the timed runs reuse the state, check that too */
            size_t size2 = st ? libs[l]->run(st, &s, outbuf, OUT_CAP) : 0;
            if (st)
                libs[l]->destroy(st);
            codesize[z][l] = size;
            if (l == 0 && corrupt_at >= 0 && (size_t)corrupt_at < size)
                outbuf[corrupt_at] ^= 1;
            if (!size || size2 != size) {
                printf("CHECK FAIL n=%zu %s: emission failed\n", s.n, libs[l]->name);
                fails++;
                continue;
            }
            if (check_one(cs, &s, outbuf, size, (uint64_t)(uintptr_t)outbuf, &d[l], err, sizeof err)) {
                printf("CHECK FAIL n=%zu %s: %s\n", s.n, libs[l]->name, err);
                fails++;
                continue;
            }
            if (s.n == BS_BLOCK) { /* the cold path emits the same 16 instructions */
                size_t c = libs[l]->cold(&s, copybuf, OUT_CAP);
                decoded dc = {0};
                if (!c || check_one(cs, &s, copybuf, c, (uint64_t)(uintptr_t)copybuf, &dc, err, sizeof err)) {
                    printf("CHECK FAIL n=16 %s (cold path): %s\n", libs[l]->name, c ? err : "emission failed");
                    fails++;
                }
                free(dc.txt);
            }
        }
        /* the same sequence for everyone, instruction by instruction */
        int same = 1;
        for (size_t l = 0; l < nlibs; l++)
            same &= d[l].txt != NULL;
        for (size_t l = 1; l < nlibs && same; l++)
            for (size_t j = 0; j < d[0].n; j++)
                if (strcmp(d[0].txt[j], d[l].txt[j])) {
                    printf("CHECK FAIL n=%zu: instruction %zu: %s `%s`, %s `%s`\n", s.n, j, libs[0]->name,
                           d[0].txt[j], libs[l]->name, d[l].txt[j]);
                    fails++;
                    same = 0;
                    break;
                }
        printf("check n=%zu:", s.n);
        for (size_t l = 0; l < nlibs; l++)
            printf(" %s %s (%zu bytes)", libs[l]->name, d[l].txt ? "ok" : "FAIL", codesize[z][l]);
        printf("; %s\n", same ? "the same instruction sequence for all" : "NOT the same sequence");
        if (json)
            for (size_t l = 0; l < nlibs; l++)
                fprintf(json, "  {\"kind\": \"size\", \"n\": %zu, \"lib\": \"%s\", \"bytes\": %zu, \"blocks\": %zu},\n",
                        s.n, libs[l]->name, codesize[z][l], s.nblocks);
        for (size_t l = 0; l < nlibs; l++)
            free(d[l].txt);
        bs_stream_free(&s);
    }
    cs_close(&cs);
    return fails;
}

/* ---- timing ------------------------------------------------------------- */

typedef struct work {
    const bs_lib *lib; /* NULL: memcpy */
    void *st;
    const bs_stream *s;
    const uint8_t *src; /* memcpy source */
    size_t size;
    int mode;           /* 0 throughput, 1 cold, 2 publish */
} work;

static size_t do_work(work *w)
{
    switch (w->mode) {
    case 1:
        return w->lib->cold(w->s, outbuf, OUT_CAP);
    case 2: {
        size_t size = 0;
        void *p = w->lib->publish(w->s, &size);
        if (!p)
            return 0;
        w->lib->release(p, size);
        return size;
    }
    default:
        if (!w->lib) {
            memcpy(outbuf, w->src, w->size);
            barrier();
            return w->size;
        }
        return w->lib->run(w->st, w->s, outbuf, OUT_CAP);
    }
}

/* Calls per batch so that a batch takes about 1 ms; 0 if a call failed. */
static size_t calibrate(work *w)
{
    size_t batch = 1;
    for (;;) {
        double t0 = now();
        for (size_t k = 0; k < batch; k++)
            if (!do_work(w))
                return 0;
        double dt = now() - t0;
        if (dt > 0.001 || batch > ((size_t)1 << 30))
            return batch;
        batch *= 2;
    }
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

typedef struct stats { double med, min, max; } stats;

static stats stats_of(const double *v, size_t n)
{
    double t[MAXREP];
    memcpy(t, v, n * sizeof *v);
    qsort(t, n, sizeof *t, cmp_double);
    stats r = {n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2, t[0], t[n - 1]};
    return r;
}

/* Repetitions, interleaved finely: within a repetition the work items take
 * turns in ~1 ms batches until each has run min_time seconds, so that a
 * noisy moment (another process on the core, the host stealing the vCPU)
 * hits every item alike and the ratios between them hold.
 * secs[item][rep] = seconds per call. */
static int run_reps(work *items, size_t nitems, int reps, double min_time, double secs[][MAXREP])
{
    size_t batch[2 * MAXLIB + 1];
    for (size_t it = 0; it < nitems; it++) { /* warm-up and calibration */
        batch[it] = calibrate(&items[it]);
        double t0 = now();
        while (batch[it] && now() - t0 < min_time / 4)
            for (size_t k = 0; k < batch[it]; k++)
                do_work(&items[it]);
        if (!batch[it] || !(batch[it] = calibrate(&items[it]))) {
            printf("FAIL: %s failed while timing\n", items[it].lib ? items[it].lib->name : "memcpy");
            return -1;
        }
    }
    for (int r = 0; r < reps; r++) {
        double spent[2 * MAXLIB + 1] = {0};
        size_t calls[2 * MAXLIB + 1] = {0};
        for (int busy = 1; busy;) {
            busy = 0;
            for (size_t it = 0; it < nitems; it++) {
                if (spent[it] >= min_time)
                    continue;
                busy = 1;
                double t0 = now();
                for (size_t k = 0; k < batch[it]; k++)
                    do_work(&items[it]);
                spent[it] += now() - t0;
                calls[it] += batch[it];
            }
        }
        for (size_t it = 0; it < nitems; it++)
            secs[it][r] = spent[it] / (double)calls[it];
    }
    return 0;
}

/* ---- modes -------------------------------------------------------------- */

static const bs_lib *lib_named(const char *name)
{
    for (size_t l = 0; l < NALL; l++)
        if (!strcasecmp(all_libs[l]->name, name))
            return all_libs[l];
    return NULL;
}

/* What callgrind measures (--toggle-collect=bs_cg_measured): one call. */
__attribute__((noinline)) size_t bs_cg_measured(work *w);
__attribute__((noinline)) size_t bs_cg_measured(work *w)
{
    size_t r = do_work(w);
    barrier();
    return r;
}

static int one_lib_mode(int argc, char **argv, int mode)
{
    /* argv: LIB [SIZE [SECS]] */
    const bs_lib *lib = argc > 0 ? lib_named(argv[0]) : NULL;
    if (!lib) {
        fprintf(stderr, "bench-emit: unknown library\n");
        return 2;
    }
    size_t n = mode == 1 ? BS_BLOCK : (argc > 1 ? strtoul(argv[1], NULL, 10) : 1000);
    double secs = argc > 2 ? atof(argv[2]) : 2.0;
    bs_stream s;
    if (bs_stream_init(&s, n, 0x9e3779b97f4a7c15ull ^ n))
        return 1;
    work w = {lib, NULL, &s, NULL, 0, mode == 1 ? 1 : 0};
    if (mode != 1 && !(w.st = lib->create(bs_stream_bound(&s))))
        return 1;
    if (!do_work(&w) || !do_work(&w)) { /* warm: buffers grown, pages touched */
        fprintf(stderr, "bench-emit: %s failed\n", lib->name);
        return 1;
    }
    if (mode == 2) { /* profile: loop for secs */
        double t0 = now();
        size_t calls = 0;
        while (now() - t0 < secs) {
            for (int k = 0; k < 64; k++)
                do_work(&w);
            calls += 64;
        }
        printf("%s n=%zu: %.1f M instr/s\n", lib->name, n, (double)calls * (double)n / (now() - t0) / 1e6);
    } else {
        size_t size = bs_cg_measured(&w);
        printf("%s n=%zu: %zu bytes\n", lib->name, n, size);
    }
    if (w.st)
        lib->destroy(w.st);
    bs_stream_free(&s);
    return 0;
}

static size_t parse_list(const char *arg, char out[][32], size_t max)
{
    size_t n = 0;
    while (*arg && n < max) {
        size_t len = strcspn(arg, ",");
        snprintf(out[n++], 32, "%.*s", (int)len, arg);
        arg += len + (arg[len] == ',');
    }
    return n;
}

int main(int argc, char **argv)
{
    size_t sizes[MAXSIZE] = {16, 1000, 100000}, nsizes = 3;
    int reps = 5, check_only = 0;
    double min_time = 0.3;
    const bs_lib *libs[MAXLIB];
    size_t nlibs = 0;
    const char *json_path = NULL;
    for (size_t l = 0; l < NALL; l++)
        libs[nlibs++] = all_libs[l];

    for (int a = 1; a < argc; a++) {
        const char *o = argv[a], *v = a + 1 < argc ? argv[a + 1] : NULL;
        char list[MAXSIZE][32];
        if (!strcmp(o, "--callgrind"))
            return one_lib_mode(argc - a - 1, argv + a + 1, 0);
        if (!strcmp(o, "--callgrind-cold"))
            return one_lib_mode(argc - a - 1, argv + a + 1, 1);
        if (!strcmp(o, "--profile"))
            return one_lib_mode(argc - a - 1, argv + a + 1, 2);
        if (!strcmp(o, "--check-only")) {
            check_only = 1;
            continue;
        }
        if (!v) {
            fprintf(stderr, "bench-emit: %s needs a value\n", o);
            return 2;
        }
        a++;
        if (!strcmp(o, "--sizes")) {
            nsizes = parse_list(v, list, MAXSIZE);
            for (size_t z = 0; z < nsizes; z++)
                sizes[z] = strtoul(list[z], NULL, 10);
        } else if (!strcmp(o, "--reps")) {
            reps = atoi(v);
            if (reps < 1 || reps > MAXREP)
                reps = 5;
        } else if (!strcmp(o, "--min-time")) {
            min_time = atof(v);
        } else if (!strcmp(o, "--libs")) {
            size_t k = parse_list(v, list, MAXLIB);
            nlibs = 0;
            for (size_t j = 0; j < k; j++) {
                const bs_lib *lib = lib_named(list[j]);
                if (!lib) {
                    fprintf(stderr, "bench-emit: unknown library %s\n", list[j]);
                    return 2;
                }
                libs[nlibs++] = lib;
            }
        } else if (!strcmp(o, "--corrupt")) {
            corrupt_at = atol(v);
        } else if (!strcmp(o, "--json")) {
            json_path = v;
        } else {
            fprintf(stderr, "bench-emit: unknown option %s\n", o);
            return 2;
        }
    }
    if (!nlibs || libs[0] != &bs_jas) {
        fprintf(stderr, "bench-emit: jas must be the first library\n");
        return 2;
    }
    FILE *json = NULL;
    if (json_path && !(json = fopen(json_path, "w"))) {
        fprintf(stderr, "bench-emit: %s: %s\n", json_path, strerror(errno));
        return 1;
    }
    if (json)
        fprintf(json, "[\n");

    static size_t codesize[MAXSIZE][MAXLIB];
    int fails = honesty_check(libs, nlibs, sizes, nsizes, codesize, json);
    printf("honesty check: %s\n", fails ? "FAILED" : "passed");
    if (fails || check_only) {
        if (json) {
            fprintf(json, "  {\"kind\": \"check\", \"ok\": %s}\n]\n", fails ? "false" : "true");
            fclose(json);
        }
        return fails != 0;
    }

    /* throughput, per size: libraries + memcpy of jas's final bytes */
    static double secs[MAXLIB + 1][MAXREP];
    for (size_t z = 0; z < nsizes; z++) {
        bs_stream s;
        if (bs_stream_init(&s, sizes[z], 0x9e3779b97f4a7c15ull ^ sizes[z]))
            return 1;
        work items[MAXLIB + 1];
        for (size_t l = 0; l < nlibs; l++) {
            items[l] = (work){libs[l], libs[l]->create(bs_stream_bound(&s)), &s, NULL, 0, 0};
            if (!items[l].st)
                return 1;
        }
        size_t jsize = libs[0]->run(items[0].st, &s, outbuf, OUT_CAP);
        uint8_t *src = malloc(jsize);
        if (!src)
            return 1;
        memcpy(src, outbuf, jsize);
        items[nlibs] = (work){NULL, NULL, &s, src, jsize, 0};
        if (run_reps(items, nlibs + 1, reps, min_time, secs))
            return 1;
        printf("\nthroughput n=%zu (%d reps of >= %.2f s; median [min-max])\n", s.n, reps, min_time);
        printf("  %-8s %22s %10s %9s %24s\n", "", "M instr/s", "MiB/s", "B/block", "ratio jas/lib");
        for (size_t l = 0; l <= nlibs; l++) {
            double rate[MAXREP], ratio[MAXREP];
            size_t bytes = l < nlibs ? codesize[z][l] : jsize;
            for (int r = 0; r < reps; r++) {
                rate[r] = (double)s.n / secs[l][r] / 1e6;
                ratio[r] = secs[l][r] / secs[0][r]; /* jas speed / lib speed */
            }
            stats st = stats_of(rate, (size_t)reps), ra = stats_of(ratio, (size_t)reps);
            double mib = st.med * 1e6 / (double)s.n * (double)bytes / 1048576.0;
            const char *name = l < nlibs ? libs[l]->name : "memcpy";
            printf("  %-8s %8.1f [%.1f-%.1f] %10.0f %9.1f", name, st.med, st.min, st.max, mib,
                   (double)(bytes - 1) / (double)s.nblocks);
            if (l > 0 && l < nlibs)
                printf("   %6.2f [%.2f-%.2f]", ra.med, ra.min, ra.max);
            printf("\n");
            if (json)
                fprintf(json, "  {\"kind\": \"tput\", \"n\": %zu, \"lib\": \"%s\", \"mips\": [%.4f, %.4f, %.4f], "
                              "\"mibs\": %.3f, \"bytes\": %zu, \"ratio\": [%.4f, %.4f, %.4f]},\n",
                        s.n, name, st.med, st.min, st.max, mib, bytes, ra.med, ra.min, ra.max);
        }
        for (size_t l = 0; l < nlibs; l++)
            libs[l]->destroy(items[l].st);
        free(src);
        bs_stream_free(&s);
    }

    /* cold latency: 16 instructions, no mmap; then with publish */
    {
        bs_stream s;
        if (bs_stream_init(&s, BS_BLOCK, 0x9e3779b97f4a7c15ull ^ BS_BLOCK))
            return 1;
        work items[2 * MAXLIB + 1];
        size_t ni = 0;
        for (size_t l = 0; l < nlibs; l++) {
            items[ni++] = (work){libs[l], NULL, &s, NULL, 0, 1};
            items[ni++] = (work){libs[l], NULL, &s, NULL, 0, 2};
        }
        /* the OS part alone: mmap RW + mprotect RX + munmap of one page */
        if (run_reps(items, ni, reps, min_time, secs))
            return 1;
        double os[MAXREP];
        for (int r = 0; r < reps; r++) {
            double t0 = now();
            int k;
            for (k = 0; k < 20000; k++) {
                void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
                if (p == MAP_FAILED)
                    return 1;
                ((volatile uint8_t *)p)[0] = 0xC3;
                mprotect(p, 4096, PROT_READ | PROT_EXEC);
                munmap(p, 4096);
            }
            os[r] = (now() - t0) / k;
        }
        printf("\ncold: create + emit 16 + resolve + destroy, ns (median [min-max]); + publish as executable\n");
        for (size_t l = 0; l < nlibs; l++) {
            double c[MAXREP], p[MAXREP], ratio[MAXREP];
            for (int r = 0; r < reps; r++) {
                c[r] = secs[2 * l][r] * 1e9;
                p[r] = secs[2 * l + 1][r] * 1e9;
                ratio[r] = secs[2 * l][r] / secs[0][r];
            }
            stats sc = stats_of(c, (size_t)reps), sp = stats_of(p, (size_t)reps), ra = stats_of(ratio, (size_t)reps);
            printf("  %-8s %8.0f [%.0f-%.0f]   with publish %8.0f [%.0f-%.0f]   ratio lib/jas %.2f   (%s)\n",
                   libs[l]->name, sc.med, sc.min, sc.max, sp.med, sp.min, sp.max, ra.med, libs[l]->publish_how);
            if (json)
                fprintf(json, "  {\"kind\": \"cold\", \"lib\": \"%s\", \"ns\": [%.1f, %.1f, %.1f], "
                              "\"publish_ns\": [%.1f, %.1f, %.1f], \"ratio\": [%.4f, %.4f, %.4f], \"how\": \"%s\"},\n",
                        libs[l]->name, sc.med, sc.min, sc.max, sp.med, sp.min, sp.max, ra.med, ra.min, ra.max,
                        libs[l]->publish_how);
        }
        stats so = stats_of(os, (size_t)reps);
        printf("  OS alone: mmap RW + mprotect RX + munmap of a page: %.0f ns [%.0f-%.0f]\n", so.med * 1e9,
               so.min * 1e9, so.max * 1e9);
        if (json)
            fprintf(json, "  {\"kind\": \"os\", \"ns\": [%.1f, %.1f, %.1f]},\n", so.med * 1e9, so.min * 1e9, so.max * 1e9);
        bs_stream_free(&s);
    }
    if (json) {
        fprintf(json, "  {\"kind\": \"check\", \"ok\": true, \"reps\": %d, \"min_time\": %.3f}\n]\n", reps, min_time);
        fclose(json);
    }
    return 0;
}
