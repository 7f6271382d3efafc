/* load.c — read a toy ISA program (text) into instructions.
 *
 *     loop:  addi r1, r1, 1      ; comment (or # comment)
 *            blt  r1, r0, loop
 *
 * Labels are resolved in a second pass.  The first error stops the load:
 * "file:line: error: ...".  An implicit halt ends every program. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "toy.h"

const char *const toy_op_name[T_NOPS] = {"li", "add", "sub", "mul", "addi", "ld", "st",
                                         "beq", "bne", "blt", "jmp", "out", "halt"};
/* Operands of each: r register, i immediate, l label. */
static const char *const operands[T_NOPS] = {"ri", "rrr", "rrr", "rrr", "rri", "rri", "rri",
                                             "rrl", "rrl", "rrl", "l", "r", ""};

enum { MAX_NAME = 48 };

typedef struct loader {
    const char *path;
    int line;
    toy_ins *code;
    char (*ref)[MAX_NAME];     /* label operand of each instruction */
    int64_t n, cap;
    char (*lname)[MAX_NAME];   /* labels */
    int64_t *lpc;
    int64_t nl, lcap;
} loader;

static int fail(const loader *L, const char *msg, const char *arg)
{
    fprintf(stderr, "%s:%d: error: %s", L->path, L->line, msg);
    if (arg)
        fprintf(stderr, " '%s'", arg);
    fputc('\n', stderr);
    return -1;
}

static int64_t find_label(const loader *L, const char *name)
{
    for (int64_t i = 0; i < L->nl; i++)
        if (!strcmp(L->lname[i], name))
            return L->lpc[i];
    return -1;
}

static int ident(const char *s)
{
    if (!isalpha((unsigned char)*s) && *s != '_')
        return 0;
    while (*s && (isalnum((unsigned char)*s) || *s == '_'))
        s++;
    return *s == '\0';
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    for (char *e = s + strlen(s); e > s && isspace((unsigned char)e[-1]);)
        *--e = '\0';
    return s;
}

static int grow(loader *L)
{
    if (L->n < L->cap)
        return 0;
    int64_t cap = L->cap ? 2 * L->cap : 64;
    toy_ins *c = realloc(L->code, (size_t)cap * sizeof *c);
    if (c)
        L->code = c;
    char (*r)[MAX_NAME] = realloc(L->ref, (size_t)cap * sizeof *r);
    if (r)
        L->ref = r;
    if (!c || !r)
        return -1;
    L->cap = cap;
    return 0;
}

static int line(loader *L, char *s)
{
    char *colon;
    s = trim(s);
    while ((colon = strchr(s, ':')) != NULL) { /* labels */
        *colon = '\0';
        char *name = trim(s);
        if (!ident(name) || strlen(name) >= MAX_NAME)
            return fail(L, "bad label name", name);
        if (find_label(L, name) >= 0)
            return fail(L, "label defined twice:", name);
        if (L->nl == L->lcap) {
            int64_t cap = L->lcap ? 2 * L->lcap : 16;
            char (*nn)[MAX_NAME] = realloc(L->lname, (size_t)cap * sizeof *nn);
            if (nn)
                L->lname = nn;
            int64_t *np = realloc(L->lpc, (size_t)cap * sizeof *np);
            if (np)
                L->lpc = np;
            if (!nn || !np)
                return fail(L, "out of memory", NULL);
            L->lcap = cap;
        }
        strcpy(L->lname[L->nl], name);
        L->lpc[L->nl++] = L->n;
        s = trim(colon + 1);
    }
    if (*s == '\0')
        return 0;
    char *mn = s;
    while (*s && !isspace((unsigned char)*s))
        s++;
    if (*s)
        *s++ = '\0';
    int op = -1;
    for (int k = 0; k < T_NOPS; k++)
        if (!strcmp(mn, toy_op_name[k]))
            op = k;
    if (op < 0)
        return fail(L, "unknown instruction", mn);
    if (grow(L))
        return fail(L, "out of memory", NULL);
    toy_ins *in = &L->code[L->n];
    memset(in, 0, sizeof *in);
    L->ref[L->n][0] = '\0';
    in->op = (uint8_t)op;
    in->line = L->line;
    const char *want = operands[op];
    size_t k = 0, nregs = 0;
    s = trim(s);
    while (*s) {
        char *comma = strchr(s, ',');
        if (comma)
            *comma = '\0';
        char *arg = trim(s);
        s = comma ? comma + 1 : s + strlen(s);
        if (k == strlen(want))
            return fail(L, "too many operands for", mn);
        if (*arg == '\0')
            return fail(L, "missing argument (empty operand) for", mn);
        char kind = want[k++];
        if (kind == 'r') {
            if (arg[0] != 'r' || arg[1] < '0' || arg[1] > '7' || arg[2])
                return fail(L, "expected a register r0..r7, got", arg);
            uint8_t *slot[3] = {&in->d, &in->s, &in->t};
            *slot[nregs++] = (uint8_t)(arg[1] - '0');
        } else if (kind == 'i') {
            char *end;
            errno = 0;
            long long v = strtoll(arg, &end, 0);
            if (end == arg || *end || errno == ERANGE)
                return fail(L, "expected an integer, got", arg);
            if (op != T_LI && (v < INT32_MIN || v > INT32_MAX))
                return fail(L, "immediate does not fit in 32 bits (only li takes 64):", arg);
            in->imm = v;
        } else {
            if (!ident(arg) || strlen(arg) >= MAX_NAME)
                return fail(L, "expected a label, got", arg);
            strcpy(L->ref[L->n], arg);
        }
    }
    if (k < strlen(want)) {
        fprintf(stderr, "%s:%d: error: missing argument: '%s' takes %zu operands, got %zu\n", L->path, L->line, mn,
                strlen(want), k);
        return -1;
    }
    L->n++;
    return 0;
}

int toy_load(const char *path, toy_prog *prog)
{
    loader L = {0};
    L.path = path;
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "toyisa: cannot open '%s': %s\n", path, strerror(errno));
        return -1;
    }
    char buf[512];
    int rc = 0;
    while (rc == 0 && fgets(buf, sizeof buf, f)) {
        L.line++;
        if (strlen(buf) == sizeof buf - 1 && buf[sizeof buf - 2] != '\n' && !feof(f)) {
            rc = fail(&L, "line too long", NULL);
            break;
        }
        buf[strcspn(buf, ";#\r\n")] = '\0';
        rc = line(&L, buf);
    }
    fclose(f);
    L.line++;
    if (rc == 0 && grow(&L) == 0) { /* the implicit halt */
        memset(&L.code[L.n], 0, sizeof *L.code);
        L.code[L.n].op = T_HALT;
        L.code[L.n].line = L.line;
        L.ref[L.n++][0] = '\0';
    } else if (rc == 0)
        rc = fail(&L, "out of memory", NULL);
    for (int64_t i = 0; rc == 0 && i < L.n; i++) {
        if (!L.ref[i][0])
            continue;
        L.code[i].imm = find_label(&L, L.ref[i]);
        L.line = L.code[i].line;
        if (L.code[i].imm < 0)
            rc = fail(&L, "undefined label", L.ref[i]);
    }
    free(L.ref);
    free(L.lname);
    free(L.lpc);
    if (rc) {
        free(L.code);
        return -1;
    }
    prog->name = path;
    prog->code = L.code;
    prog->n = L.n;
    return 0;
}
