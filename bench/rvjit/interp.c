/* branchy: a small stack-based bytecode interpreter (switch dispatch)
 * running a program that counts primes by trial division and sums a
 * Collatz walk.                                                           */
#include "bench.h"

enum { PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, DIV, LT, JZ, JMP, DUP, POP, HALT, INC, EQ };

typedef struct { int op; long arg; } Insn;

static long run(const Insn *code, long *vars)
{
    long st[64];
    int sp = 0;
    long pc = 0;
    for (;;) {
        const Insn *in = &code[pc++];
        switch (in->op) {
        case PUSH: st[sp++] = in->arg; break;
        case LOAD: st[sp++] = vars[in->arg]; break;
        case STORE: vars[in->arg] = st[--sp]; break;
        case ADD: sp--; st[sp - 1] += st[sp]; break;
        case SUB: sp--; st[sp - 1] -= st[sp]; break;
        case MUL: sp--; st[sp - 1] *= st[sp]; break;
        case MOD: sp--; st[sp - 1] %= st[sp]; break;
        case DIV: sp--; st[sp - 1] /= st[sp]; break;
        case LT: sp--; st[sp - 1] = st[sp - 1] < st[sp]; break;
        case EQ: sp--; st[sp - 1] = st[sp - 1] == st[sp]; break;
        case JZ: if (!st[--sp]) pc = in->arg; break;
        case JMP: pc = in->arg; break;
        case DUP: st[sp] = st[sp - 1]; sp++; break;
        case POP: sp--; break;
        case INC: vars[in->arg]++; break;
        case HALT: return sp ? st[sp - 1] : 0;
        }
    }
}

int main(int argc, char **argv)
{
    long limit = bench_size(argc, argv, 40000);
    /* vars: 0 n, 1 d, 2 count, 3 limit, 4 isprime, 5 x, 6 steps */
    static const Insn prog[] = {
        /* 0 */ {PUSH, 2}, {STORE, 0},
        /* 2: outer loop: n < limit ? */
        {LOAD, 0}, {LOAD, 3}, {LT, 0}, {JZ, 40},
        /* 6 */ {PUSH, 1}, {STORE, 4}, {PUSH, 2}, {STORE, 1},
        /* 10: inner: d*d <= n  i.e. !(n < d*d) */
        {LOAD, 0}, {LOAD, 1}, {DUP, 0}, {MUL, 0}, {LT, 0}, {PUSH, 0}, {EQ, 0}, {JZ, 30},
        /* 18: n % d == 0 ? */
        {LOAD, 0}, {LOAD, 1}, {MOD, 0}, {PUSH, 0}, {EQ, 0}, {JZ, 28},
        /* 24 */ {PUSH, 0}, {STORE, 4}, {JMP, 30}, {HALT, 0},
        /* 28 */ {INC, 1}, {JMP, 10},
        /* 30: count += isprime; collatz steps of n (bounded) */
        {LOAD, 2}, {LOAD, 4}, {ADD, 0}, {STORE, 2},
        /* 34 */ {INC, 0}, {JMP, 2}, {HALT, 0}, {HALT, 0}, {HALT, 0}, {HALT, 0},
        /* 40 */ {LOAD, 2}, {HALT, 0},
    };
    static const Insn collatz[] = {
        /* x = vars[5]; while x != 1: x = x%2 ? 3x+1 : x/2; steps++ */
        /* 0 */ {LOAD, 5}, {PUSH, 1}, {EQ, 0}, {JZ, 5}, {JMP, 22},
        /* 5 */ {LOAD, 5}, {PUSH, 2}, {MOD, 0}, {JZ, 16},
        /* 9 */ {LOAD, 5}, {PUSH, 3}, {MUL, 0}, {PUSH, 1}, {ADD, 0}, {STORE, 5}, {JMP, 20},
        /* 16 */ {LOAD, 5}, {PUSH, 2}, {DIV, 0}, {STORE, 5},
        /* 20 */ {INC, 6}, {JMP, 0},
        /* 22 */ {LOAD, 6}, {HALT, 0},
    };
    long vars[8] = {0};
    vars[3] = limit;
    long primes = run(prog, vars);
    uint64_t h = mix64(0, (uint64_t)primes);
    long total = 0;
    for (long x = 1; x < limit; x++) {
        long cv[8] = {0};
        cv[5] = x;
        total += run(collatz, cv);
    }
    h = mix64(h, (uint64_t)total);
    printf("primes below %ld: %ld, collatz steps %ld\n", limit, primes, total);
    bench_checksum(h);
    return 0;
}
