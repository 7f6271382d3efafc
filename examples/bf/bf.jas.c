/* bf — a Brainfuck interpreter and a Brainfuck JIT, side by side.
 *
 *     bf [--interp | --jit | --both] [--stats] prog.b  < input
 *
 * Both engines run the same program representation, made once by parse():
 * runs of + - and of < > are fused into one operation each, the clear loop
 * [-] (any [x] whose body adds an odd number: it always reaches 0) becomes
 * one "set to 0", and every bracket knows its partner.  So the comparison
 * measures one thing only: dispatching operations one by one (interp())
 * against running machine code made for this very program (jit()).
 *
 * The machine:  30000 byte cells that wrap around (255 + 1 = 0), the data
 * pointer starts on cell 0, `,` stores 0 at end of input.  The pointer is
 * checked after every run of < and >: leaving the tape stops the program
 * with an error, in both engines.
 *
 * --both runs the interpreter and then the JIT, checks that they print the
 * same bytes, and prints them once; --stats adds timings on stderr. */
/* (The Makefile defines _POSIX_C_SOURCE, for clock_gettime under -std=c11.) */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jas.h>

enum { TAPE = 30000 };

/* ---- 1. The program: fused operations ----------------------------------*/

enum op_kind { OP_ADD, OP_MOVE, OP_CLEAR, OP_OUT, OP_IN, OP_OPEN, OP_CLOSE, OP_END };

typedef struct op {
    uint8_t kind;
    int32_t arg; /* ADD: amount 1..255; MOVE: signed distance;
                  * OPEN/CLOSE: index of the partner bracket */
    int32_t loop; /* OPEN/CLOSE: loop number (names the JIT's labels) */
} op;

typedef struct program {
    op *ops;
    size_t nops;
    int32_t nloops;
    size_t ncommands; /* Brainfuck commands before fusing */
} program;

/* Line and column of byte `at`, for error messages. */
static void where(const char *src, size_t at, size_t *line, size_t *col)
{
    *line = 1, *col = 1;
    for (size_t k = 0; k < at; k++) {
        if (src[k] == '\n')
            ++*line, *col = 1;
        else
            ++*col;
    }
}

static int is_run(const op *o) { return o->kind == OP_ADD || o->kind == OP_MOVE; }

/* Parse source text into p.  On error prints "file:line:col: error: ..."
 * and returns -1. */
static int parse(const char *name, const char *src, size_t len, program *p)
{
    /* At most one op per source byte, plus OP_END. */
    p->ops = malloc((len + 1) * sizeof *p->ops);
    size_t *open = malloc((len + 1) * sizeof *open);       /* unmatched [: op index */
    size_t *open_at = malloc((len + 1) * sizeof *open_at); /* and source offset */
    int ok = p->ops && open && open_at;
    size_t n = 0, depth = 0, line, col;
    p->nloops = 0;
    p->ncommands = 0;
    for (size_t i = 0; ok && i < len; i++) {
        char c = src[i];
        if (c == '\0' || !strchr("+-<>.,[]", c))
            continue; /* everything else is a comment */
        p->ncommands++;
        enum op_kind kind = c == '+' || c == '-' ? OP_ADD : c == '<' || c == '>' ? OP_MOVE
                          : c == '.' ? OP_OUT : c == ',' ? OP_IN : c == '[' ? OP_OPEN : OP_CLOSE;
        int delta = c == '+' || c == '>' ? 1 : -1;
        op *last = n > 0 ? &p->ops[n - 1] : NULL;
        /* A run that cancelled out (+- or <>) is dropped... */
        if (last && is_run(last) && last->arg == 0 && last->kind != kind)
            last = --n > 0 ? &p->ops[n - 1] : NULL;
        /* ...and a command of the same kind as the run before it extends
         * it (comments in between do not matter: they are not ops). */
        if (last && kind == last->kind && kind == OP_ADD) {
            last->arg = (last->arg + delta) & 255;
            continue;
        }
        if (last && kind == last->kind && kind == OP_MOVE) {
            last->arg += delta; /* |arg| <= len < 2^30: no overflow */
            continue;
        }
        op o = {(uint8_t)kind, kind == OP_ADD ? delta & 255 : kind == OP_MOVE ? delta : 0, 0};
        if (kind == OP_OPEN) {
            open[depth] = n;
            open_at[depth++] = i;
        } else if (kind == OP_CLOSE) {
            if (depth == 0) {
                where(src, i, &line, &col);
                fprintf(stderr, "%s:%zu:%zu: error: unbalanced ']': no '[' before it\n", name, line, col);
                ok = 0;
                break;
            }
            size_t o_at = open[--depth];
            /* [x] with an odd x: x is invertible mod 256, so the loop always
             * ends, with the cell at 0.  Replace the whole loop. */
            if (n == o_at + 2 && last->kind == OP_ADD && (last->arg & 1)) {
                n = o_at;
                p->ops[n++] = (op){OP_CLEAR, 0, 0};
                continue;
            }
            p->ops[o_at].arg = (int32_t)n;
            p->ops[o_at].loop = p->nloops;
            o.arg = (int32_t)o_at;
            o.loop = p->nloops++;
        }
        p->ops[n++] = o;
    }
    if (ok && depth > 0) {
        where(src, open_at[depth - 1], &line, &col);
        fprintf(stderr, "%s:%zu:%zu: error: unbalanced '[': no ']' closes it\n", name, line, col);
        ok = 0;
    }
    if (!p->ops || !open || !open_at)
        fprintf(stderr, "bf: out of memory\n");
    if (ok) {
        if (n > 0 && is_run(&p->ops[n - 1]) && p->ops[n - 1].arg == 0)
            n--;
        p->ops[n++] = (op){OP_END, 0, 0};
        p->nops = n;
    }
    free(open);
    free(open_at);
    return ok ? 0 : -1;
}

/* ---- 2. Input and output -------------------------------------------------
 * Output goes to a buffer.  When one engine runs, the buffer is written to
 * stdout when full and before each read (so prompts appear); with --both
 * each engine keeps all its output so the two can be compared. */

typedef struct io {
    const uint8_t *in; /* --both: all of stdin, read up front */
    size_t in_len, in_pos;
    int streaming;     /* 1: stdin/stdout directly */
    uint8_t *out;
    size_t out_len, out_cap;
} io;

static void io_flush(io *o)
{
    fwrite(o->out, 1, o->out_len, stdout);
    fflush(stdout);
    o->out_len = 0;
}

/* The two functions the JIT-compiled code calls (System V: args in rdi, esi). */
static void bf_putc(io *o, int c)
{
    if (o->out_len == o->out_cap) {
        if (o->streaming) {
            io_flush(o);
        } else {
            size_t cap = o->out_cap * 2;
            uint8_t *p = realloc(o->out, cap);
            if (!p) {
                fprintf(stderr, "bf: out of memory for the output\n");
                exit(1);
            }
            o->out = p, o->out_cap = cap;
        }
    }
    o->out[o->out_len++] = (uint8_t)c;
}

static int bf_getc(io *o)
{
    if (o->streaming) {
        io_flush(o);
        int c = getchar();
        return c == EOF ? 0 : c;
    }
    return o->in_pos < o->in_len ? o->in[o->in_pos++] : 0;
}

/* ---- 3. The interpreter --------------------------------------------------
 * Returns the final cell index; one outside 0..TAPE-1 means the pointer
 * left the tape (the JIT has the same contract).
 *
 * NOINLINE: inlined into main(), this loop ran 2.5x slower with gcc (fewer
 * registers left for it); a fair baseline is a loop compiled on its own. */

#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

static NOINLINE int64_t interp(const op *ops, uint8_t *tape, io *o)
{
    int64_t p = 0;
    for (size_t pc = 0;; pc++) {
        const op *x = &ops[pc];
        switch ((enum op_kind)x->kind) {
        case OP_ADD: tape[p] = (uint8_t)(tape[p] + x->arg); break;
        case OP_MOVE:
            p += x->arg;
            if (p < 0 || p >= TAPE)
                return p;
            break;
        case OP_CLEAR: tape[p] = 0; break;
        case OP_OUT: bf_putc(o, tape[p]); break;
        case OP_IN: tape[p] = (uint8_t)bf_getc(o); break;
        case OP_OPEN: /* jump to the matching ], the pc++ steps over it */
            if (tape[p] == 0)
                pc = (size_t)x->arg;
            break;
        case OP_CLOSE: /* jump to the matching [, the pc++ enters the body */
            if (tape[p] != 0)
                pc = (size_t)x->arg;
            break;
        case OP_END: return p;
        }
    }
}

/* ---- 4. The JIT ----------------------------------------------------------
 * One pass over the ops, one small block of machine code per op.
 *
 * Register plan (all callee-saved, so calls to bf_putc/bf_getc keep them):
 *   r12 = tape base, r13 = cell index, rbx = the io pointer.
 * Loop k gets two dynamic labels: 2k at the top of its body, 2k+1 after
 * its end.  The test sits at both ends, so a turn of the loop costs one
 * taken branch:
 *
 *       cmp byte [cell], 0 ; jz 2k+1      [
 *   2k:   ...body...
 *       cmp byte [cell], 0 ; jnz 2k       ]
 *   2k+1:
 */

typedef int64_t (*bf_fn)(uint8_t *tape, io *o);

static bf_fn jit(jas_State *J, const program *prog)
{
    jas_reset(J);
    jas_grow_dynlabels(J, 2u * (uint32_t)prog->nloops);
    /* Prologue: three pushes + the return address = 32 bytes, so rsp is
     * 16-byte aligned at every call into C, as the ABI requires. */
    | push rbx
    | push r12
    | push r13
    | mov r12, rdi
    | mov rbx, rsi
    | xor r13d, r13d
    for (size_t i = 0; i < prog->nops; i++) {
        const op *x = &prog->ops[i];
        int64_t a = x->arg, top = 2 * (int64_t)x->loop, end = top + 1;
        switch ((enum op_kind)x->kind) {
        case OP_ADD:
            | add byte ptr [r12 + r13], {a}
            break;
        case OP_MOVE: /* unsigned compare: a negative index is huge too */
            | add r13, {a}
            | cmp r13, {TAPE}
            | jae bf_exit
            break;
        case OP_CLEAR:
            | mov byte ptr [r12 + r13], 0
            break;
        case OP_OUT:
            | mov rdi, rbx
            | movzx esi, byte ptr [r12 + r13]
            | call {bf_putc}
            break;
        case OP_IN:
            | mov rdi, rbx
            | call {bf_getc}
            | mov byte ptr [r12 + r13], al
            break;
        case OP_OPEN:
            | cmp byte ptr [r12 + r13], 0
            | jz {end}f
            | {top}:
            break;
        case OP_CLOSE:
            | cmp byte ptr [r12 + r13], 0
            | jnz {top}b
            | {end}:
            break;
        case OP_END:
            |*bf_exit:
            | mov rax, r13
            | pop r13
            | pop r12
            | pop rbx
            | ret
            break;
        }
    }
    return (bf_fn)jas_publish(J, "bf");
}

/* ---- 5. The command line ------------------------------------------------*/

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* "12.3 us", "4.56 ms": run times span nanoseconds to seconds. */
static const char *fmt_time(char *buf, double s)
{
    if (s < 1e-6)
        snprintf(buf, 32, "%.0f ns", s * 1e9);
    else if (s < 1e-3)
        snprintf(buf, 32, "%.1f us", s * 1e6);
    else if (s < 1)
        snprintf(buf, 32, "%.2f ms", s * 1e3);
    else
        snprintf(buf, 32, "%.3f s", s);
    return buf;
}

/* Read a whole stream; NULL on error (errno-style message printed). */
static uint8_t *read_all(FILE *f, size_t *len, const char *what)
{
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        if (cap >= (size_t)1 << 30) { /* keeps every offset in an int32 */
            fprintf(stderr, "bf: %s is too large (1 GiB at most)\n", what);
            free(buf);
            return NULL;
        }
        uint8_t *p = realloc(buf, cap *= 2);
        if (!p)
            free(buf);
        buf = p;
    }
    if (!buf || ferror(f)) {
        fprintf(stderr, "bf: cannot read %s\n", what);
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

typedef struct run {
    int64_t end;      /* final cell index (outside the tape: error) */
    double seconds;   /* run time, without compiling */
    io o;             /* the output of the first run */
} run;

/* Run the program with the JIT-compiled fn, or with the interpreter when fn
 * is NULL.  With reps > 1 (--stats), run it again on fresh tape and input,
 * up to reps times or 2 seconds, and keep the fastest time: the machine may
 * be shared, and the fastest run is the least disturbed one. */
static void execute(const program *prog, bf_fn fn, uint8_t *tape, int streaming, const uint8_t *in,
                    size_t in_len, int reps, run *r)
{
    double total = 0;
    r->seconds = 1e30;
    for (int k = 0; k < reps && (k == 0 || total < 2.0); k++) {
        io o = {in, in_len, 0, streaming, malloc(1 << 16), 0, 1 << 16};
        if (!o.out) {
            fprintf(stderr, "bf: out of memory\n");
            exit(1);
        }
        memset(tape, 0, TAPE);
        double t0 = now();
        int64_t end = fn ? fn(tape, &o) : interp(prog->ops, tape, &o);
        double t = now() - t0;
        total += t;
        r->seconds = t < r->seconds ? t : r->seconds;
        if (k == 0) {
            r->end = end;
            r->o = o;
        } else
            free(o.out);
    }
}

static void usage(FILE *f)
{
    fprintf(f, "usage: bf [--interp | --jit | --both] [--stats] prog.b  < input\n"
               "  --interp  run the interpreter\n"
               "  --jit     compile to machine code and run that (default)\n"
               "  --both    run both, check they print the same, print it once\n"
               "  --stats   print compile time, code size, run times and speed-up on stderr\n"
               "            (runs each engine up to 5 times and keeps the fastest)\n");
}

int main(int argc, char **argv)
{
    int use_interp = 0, use_jit = 1, stats = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--interp"))
            use_interp = 1, use_jit = 0;
        else if (!strcmp(argv[i], "--jit"))
            use_interp = 0, use_jit = 1;
        else if (!strcmp(argv[i], "--both"))
            use_interp = 1, use_jit = 1;
        else if (!strcmp(argv[i], "--stats"))
            stats = 1;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "bf: unknown option '%s'\n", argv[i]);
            usage(stderr);
            return 2;
        } else if (path) {
            fprintf(stderr, "bf: more than one program given ('%s', '%s')\n", path, argv[i]);
            return 2;
        } else
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "bf: missing argument: the program file\n");
        usage(stderr);
        return 2;
    }

    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "bf: cannot open '%s': %s\n", path, strerror(errno));
        return 1;
    }
    size_t len;
    uint8_t *src = read_all(f, &len, path);
    fclose(f);
    if (!src)
        return 1;
    program prog = {0};
    double t0 = now();
    int bad = parse(path, (const char *)src, len, &prog);
    double t_parse = now() - t0;
    free(src);
    if (bad) {
        free(prog.ops);
        return 1;
    }

    /* Two engines, or repeated runs, need the same input each time: then
     * read it all first.  Otherwise stream (interactive programs work). */
    int both = use_interp && use_jit, streaming = !both && !stats, reps = stats ? 5 : 1;
    uint8_t *in = NULL;
    size_t in_len = 0;
    if (!streaming && !(in = read_all(stdin, &in_len, "standard input"))) {
        free(prog.ops);
        return 1;
    }
    uint8_t *tape = malloc(TAPE);
    jas_State *J = jas_new(NULL);
    if (!tape || !J) {
        fprintf(stderr, "bf: out of memory\n");
        return 1;
    }

    run ri, rj;
    double t_compile = 0;
    size_t code_size = 0;
    if (use_interp)
        execute(&prog, NULL, tape, streaming, in, in_len, reps, &ri);
    if (use_jit) {
        t0 = now();
        bf_fn fn = jit(J, &prog);
        t_compile = now() - t0;
        if (!fn) {
            fprintf(stderr, "bf: JIT compilation failed: %s\n", jas_error(J));
            return 1;
        }
        code_size = jas_code_size(J);
        execute(&prog, fn, tape, streaming, in, in_len, reps, &rj);
        jas_release(J, (void *)fn);
    }
    jas_free(J);

    int rc = 0;
    run *r = use_interp ? &ri : &rj; /* the output we print */
    if (both && (ri.end != rj.end || ri.o.out_len != rj.o.out_len || memcmp(ri.o.out, rj.o.out, ri.o.out_len))) {
        size_t k = 0;
        while (k < ri.o.out_len && k < rj.o.out_len && ri.o.out[k] == rj.o.out[k])
            k++;
        fprintf(stderr, "bf: MISMATCH: interpreter and JIT differ (output %zu vs %zu bytes, first difference at byte %zu; "
                "final cell %lld vs %lld)\n", ri.o.out_len, rj.o.out_len, k, (long long)ri.end, (long long)rj.end);
        rc = 3;
    }
    io_flush(&r->o);
    if (rc == 0 && (r->end < 0 || r->end >= TAPE)) {
        fprintf(stderr, "bf: %s: the data pointer left the tape (moved to cell %lld; cells are 0..%d)\n", path,
                (long long)r->end, TAPE - 1);
        rc = 1;
    }

    if (stats) {
        char b1[32], b2[32];
        fprintf(stderr, "bf stats for %s\n", path);
        fprintf(stderr, "  program      %zu commands -> %zu ops after fusing, %d loops\n", prog.ncommands,
                prog.nops, (int)prog.nloops);
        fprintf(stderr, "  parse        %10s\n", fmt_time(b1, t_parse));
        if (use_jit)
            fprintf(stderr, "  jit compile  %10s  (emit + link + publish), %zu bytes of code, %.1f bytes/op\n",
                    fmt_time(b1, t_compile), code_size, (double)code_size / (double)prog.nops);
        if (use_interp)
            fprintf(stderr, "  interpreter  %10s\n", fmt_time(b1, ri.seconds));
        if (use_jit)
            fprintf(stderr, "  jit run      %10s\n", fmt_time(b1, rj.seconds));
        if (both)
            fprintf(stderr, "  speed-up     %9.1fx   (%.1fx counting the compile time: %s vs %s)\n",
                    ri.seconds / rj.seconds, ri.seconds / (rj.seconds + t_compile), fmt_time(b1, ri.seconds),
                    fmt_time(b2, rj.seconds + t_compile));
    }
    if (use_interp)
        free(ri.o.out);
    if (use_jit)
        free(rj.o.out);
    free(tape);
    free(in);
    free(prog.ops);
    return rc;
}
