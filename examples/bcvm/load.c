/* load.c — the bcvm assembler: text in, instructions out.
 *
 *     ; a comment (so is # ...)
 *     loop:   addi r1, r1, 1          ; label, opcode, operands
 *             jlt  r1, r0, loop
 *
 * Two passes: the first reads every line and records labels, the second
 * resolves label operands to instruction indexes.  The first error stops
 * the load with "file:line: error: ...".  An implicit `halt` ends every
 * program, so execution can never run off the end. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bcvm.h"

#define VM_NAME(name, ops) #name,
#define VM_OPERANDS(name, ops) ops,
const char *const vm_op_name[NOPS] = {VM_OPS(VM_NAME)};
const char *const vm_op_operands[NOPS] = {VM_OPS(VM_OPERANDS)};

const char *const vm_status_text[VM_NSTATUS] = {
    "ok", "division by zero", "memory access out of range", "data stack overflow (push)",
    "data stack underflow (pop)", "calls nested too deep",
};

typedef struct label {
    char name[64];
    size_t pc;
} label;

typedef struct loader {
    const char *path;
    int line;
    vm_ins *code;
    size_t n, cap;
    label *labels;
    size_t nlabels, labels_cap;
    char (*refs)[64]; /* label operand of instruction i, "" if none */
} loader;

static int error(loader *L, const char *fmt, const char *arg)
{
    fprintf(stderr, "%s:%d: error: ", L->path, L->line);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return -1;
}

static const label *find_label(const loader *L, const char *name)
{
    for (size_t i = 0; i < L->nlabels; i++)
        if (!strcmp(L->labels[i].name, name))
            return &L->labels[i];
    return NULL;
}

static int is_ident(const char *s)
{
    if (!isalpha((unsigned char)*s) && *s != '_' && *s != '.')
        return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_' && *s != '.')
            return 0;
    return 1;
}

/* "r0".."r7" -> 0..7, else -1. */
static int parse_reg(const char *s)
{
    return s[0] == 'r' && s[1] >= '0' && s[1] < '0' + NREGS && s[2] == '\0' ? s[1] - '0' : -1;
}

/* Decimal or 0x hex.  -2^63 .. 2^64-1: a value above INT64_MAX is taken
 * as its 64-bit two's complement (0xffffffffffffffff = -1). */
static int parse_int(const char *s, int64_t *v)
{
    char *end;
    errno = 0;
    if (*s == '-') {
        long long x = strtoll(s, &end, 0);
        *v = x;
    } else {
        unsigned long long x = strtoull(s, &end, 0);
        *v = (int64_t)x;
    }
    return end == s || *end != '\0' || errno == ERANGE || *s == '+' ? -1 : 0;
}

/* Append an instruction slot; returns it (NULL when out of memory). */
static vm_ins *new_ins(loader *L)
{
    if (L->n == L->cap) {
        size_t cap = L->cap ? 2 * L->cap : 64;
        vm_ins *c = realloc(L->code, cap * sizeof *c);
        char (*r)[64] = realloc(L->refs, cap * sizeof *r);
        if (c)
            L->code = c;
        if (r)
            L->refs = r;
        if (!c || !r)
            return NULL;
        L->cap = cap;
    }
    L->refs[L->n][0] = '\0';
    vm_ins *ins = &L->code[L->n++];
    memset(ins, 0, sizeof *ins);
    ins->line = L->line;
    return ins;
}

/* One source line (comment already cut off, modified in place). */
static int parse_line(loader *L, char *s)
{
    char *p = s;
    while (isspace((unsigned char)*p))
        p++;
    /* Labels: "name:" (any number, also on a line of their own). */
    char *colon;
    while ((colon = strchr(p, ':')) != NULL) {
        *colon = '\0';
        char *name = p;
        while (*name && isspace((unsigned char)name[strlen(name) - 1]))
            name[strlen(name) - 1] = '\0';
        if (!is_ident(name) || strlen(name) >= sizeof L->labels[0].name)
            return error(L, "bad label name '%s'", name);
        if (find_label(L, name))
            return error(L, "label '%s' defined twice", name);
        if (L->nlabels == L->labels_cap) {
            size_t cap = L->labels_cap ? 2 * L->labels_cap : 16;
            label *nl = realloc(L->labels, cap * sizeof *nl);
            if (!nl)
                return error(L, "out of memory%s", "");
            L->labels = nl, L->labels_cap = cap;
        }
        strcpy(L->labels[L->nlabels].name, name);
        L->labels[L->nlabels++].pc = L->n;
        p = colon + 1;
        while (isspace((unsigned char)*p))
            p++;
    }
    if (*p == '\0')
        return 0;

    /* The opcode. */
    char *mn = p;
    while (*p && !isspace((unsigned char)*p))
        p++;
    if (*p)
        *p++ = '\0';
    int op = -1;
    for (int k = 0; k < NOPS; k++)
        if (!strcmp(mn, vm_op_name[k]))
            op = k;
    if (op < 0)
        return error(L, "unknown opcode '%s'", mn);
    const char *want = vm_op_operands[op];
    vm_ins *ins = new_ins(L);
    if (!ins)
        return error(L, "out of memory%s", "");
    ins->op = (uint8_t)op;

    /* The operands, comma separated, checked against the format. */
    size_t nwant = strlen(want), got = 0;
    while (isspace((unsigned char)*p))
        p++;
    int regs = 0;
    while (*p) {
        char *arg = p, *comma = strchr(p, ',');
        p = comma ? comma + 1 : p + strlen(p);
        if (comma)
            *comma = '\0';
        while (isspace((unsigned char)*arg))
            arg++;
        for (char *e = arg + strlen(arg); e > arg && isspace((unsigned char)e[-1]);)
            *--e = '\0';
        if (got == nwant) {
            fprintf(stderr, "%s:%d: error: too many operands for '%s' (it takes %zu)\n", L->path, L->line, mn, nwant);
            return -1;
        }
        if (*arg == '\0')
            return error(L, "missing argument (an empty operand) for '%s'", mn);
        char kind = want[got++];
        if (kind == 'r') {
            int r = parse_reg(arg);
            if (r < 0)
                return error(L, "expected a register r0..r7, got '%s'", arg);
            uint8_t *slot[3] = {&ins->a, &ins->b, &ins->c};
            *slot[regs++] = (uint8_t)r;
        } else if (kind == 'i') {
            if (parse_int(arg, &ins->imm) != 0)
                return error(L, "expected an integer, got '%s'", arg);
            int shift = op == OP_shli || op == OP_shri || op == OP_sari;
            if (shift && (ins->imm < 0 || ins->imm > 63))
                return error(L, "shift amount '%s' is outside 0..63", arg);
            if (op != OP_movi && (ins->imm < INT32_MIN || ins->imm > INT32_MAX))
                return error(L, "immediate '%s' does not fit in 32 bits (only movi takes 64)", arg);
        } else { /* 'l' */
            if (!is_ident(arg) || strlen(arg) >= sizeof L->refs[0])
                return error(L, "expected a label, got '%s'", arg);
            strcpy(L->refs[L->n - 1], arg);
        }
    }
    if (got < nwant) {
        static const char *const what[] = {['r'] = "a register", ['i'] = "an immediate", ['l'] = "a label"};
        fprintf(stderr, "%s:%d: error: missing argument: '%s' takes %zu operand%s (%s), operand %zu (%s) is missing\n",
                L->path, L->line, mn, nwant, nwant == 1 ? "" : "s", want, got + 1, what[(unsigned char)want[got]]);
        return -1;
    }
    return 0;
}

int vm_load(const char *path, vm_prog *prog)
{
    loader L = {path, 0, NULL, 0, 0, NULL, 0, 0, NULL};
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "bcvm: cannot open '%s': %s\n", path, strerror(errno));
        return -1;
    }
    char buf[1024];
    int rc = 0;
    while (rc == 0 && fgets(buf, sizeof buf, f)) {
        L.line++;
        size_t len = strlen(buf);
        if (len == sizeof buf - 1 && buf[len - 1] != '\n' && !feof(f)) {
            rc = error(&L, "line longer than %s characters", "1022");
            break;
        }
        buf[strcspn(buf, ";#\n\r")] = '\0';
        rc = parse_line(&L, buf);
    }
    if (rc == 0 && ferror(f)) {
        fprintf(stderr, "bcvm: cannot read '%s'\n", path);
        rc = -1;
    }
    fclose(f);
    L.line++;
    if (rc == 0) { /* the implicit halt */
        vm_ins *ins = new_ins(&L);
        if (!ins)
            rc = error(&L, "out of memory%s", "");
        else
            ins->op = OP_halt;
    }
    for (size_t i = 0; rc == 0 && i < L.n; i++) {
        if (L.refs[i][0] == '\0')
            continue;
        const label *lb = find_label(&L, L.refs[i]);
        L.line = L.code[i].line;
        if (!lb)
            rc = error(&L, "undefined label '%s'", L.refs[i]);
        else
            L.code[i].imm = (int64_t)lb->pc;
    }
    free(L.labels);
    free(L.refs);
    if (rc != 0) {
        free(L.code);
        return -1;
    }
    prog->name = path;
    prog->code = L.code;
    prog->n = L.n;
    return 0;
}

void vm_free(vm_prog *prog)
{
    free(prog->code);
    prog->code = NULL;
}
