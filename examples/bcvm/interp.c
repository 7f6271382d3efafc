/* interp.c — the direct-threaded interpreter.
 *
 * Built with -std=gnu11: it uses GNU C's "labels as values" (&&label and
 * goto *p), which gcc and clang support.
 *
 * Dispatch.  A switch interpreter jumps back to one `switch` after every
 * instruction: one indirect jump for all opcodes, which the branch
 * predictor can only guess from its history.  Here, before the first run,
 * each instruction is rewritten once into "threaded code": the address of
 * its handler plus its operands, with branch targets turned into pointers.
 * Every handler ends with its own `goto *ip->handler`, so each opcode has
 * its own indirect jump, and the predictor learns "after a compare comes a
 * branch".  This is the fastest portable-ish interpreter design, i.e. the
 * fair opponent for the JIT.
 *
 * This file is compiled twice (see the Makefile): as vm_interp, and with
 * -DCOUNT_STEPS as vm_interp_counting, which also counts the instructions
 * it executes (the figure behind "MIPS" in --stats).  The timed engine has
 * no counter. */
#include <stdlib.h>
#include <string.h>

#include "bcvm.h"

#ifdef COUNT_STEPS
#define INTERP vm_interp_counting
#define COUNT() (steps++)
#else
#define INTERP vm_interp
#define COUNT() ((void)0)
#endif

typedef struct tins {
    const void *handler;
    uint8_t a, b, c;
    union {
        int64_t imm;
        const struct tins *target; /* branches and calls */
    } u;
} tins;

int INTERP(vm_ctx *ctx, const vm_prog *prog, void **cache)
{
#define VM_LABEL(name, ops) &&do_##name,
    static const void *const handlers[NOPS] = {VM_OPS(VM_LABEL)};
#undef VM_LABEL
    tins *code = *cache;
    if (!code) { /* thread the code once */
        code = malloc(prog->n * sizeof *code);
        if (!code)
            return -1;
        for (size_t i = 0; i < prog->n; i++) {
            const vm_ins *in = &prog->code[i];
            code[i].handler = handlers[in->op];
            code[i].a = in->a, code[i].b = in->b, code[i].c = in->c;
            if (strchr(vm_op_operands[in->op], 'l'))
                code[i].u.target = &code[in->imm];
            else
                code[i].u.imm = in->imm;
        }
        *cache = code;
    }

    /* Registers in a local array (not in *ctx): the compiler then knows no
     * store through another pointer can change them. */
    int64_t r[NREGS];
    memcpy(r, ctx->r, sizeof r);
    int64_t *mem = ctx->mem, *stack = ctx->stack;
    const void **ret_stack = ctx->ret_stack;
    size_t sp = 0, depth = 0;
    int64_t steps = 0;
    int status = VM_OK;
    const tins *ip = code;
    (void)steps;

/* Arithmetic on uint64_t: wraps around, where signed overflow would be
 * undefined behaviour in C. */
#define U(x) ((uint64_t)(x))
#define NEXT() do { COUNT(); goto *ip->handler; } while (0)
#define A r[ip->a]
#define B r[ip->b]
#define C r[ip->c]
#define IMM ip->u.imm
#define TRAP(s) do { status = (s); goto stop; } while (0)

    NEXT();
do_halt:
    goto stop;
do_movi: A = IMM; ip++; NEXT();
do_mov:  A = B; ip++; NEXT();
do_add:  A = (int64_t)(U(B) + U(C)); ip++; NEXT();
do_sub:  A = (int64_t)(U(B) - U(C)); ip++; NEXT();
do_mul:  A = (int64_t)(U(B) * U(C)); ip++; NEXT();
do_div:
    if (C == 0)
        TRAP(VM_TRAP_DIV0);
    A = C == -1 ? (int64_t)(0 - U(B)) : B / C; /* INT64_MIN / -1 overflows in C */
    ip++; NEXT();
do_mod:
    if (C == 0)
        TRAP(VM_TRAP_DIV0);
    A = C == -1 ? 0 : B % C;
    ip++; NEXT();
do_and:  A = B & C; ip++; NEXT();
do_or:   A = B | C; ip++; NEXT();
do_xor:  A = B ^ C; ip++; NEXT();
do_shl:  A = (int64_t)(U(B) << (C & 63)); ip++; NEXT();
do_shr:  A = (int64_t)(U(B) >> (C & 63)); ip++; NEXT();
/* >> of a negative value is implementation-defined in C; gcc and clang
 * shift arithmetically, as x86's sar does. */
do_sar:  A = B >> (C & 63); ip++; NEXT();
do_addi: A = (int64_t)(U(B) + U(IMM)); ip++; NEXT();
do_subi: A = (int64_t)(U(B) - U(IMM)); ip++; NEXT();
do_muli: A = (int64_t)(U(B) * U(IMM)); ip++; NEXT();
do_andi: A = B & IMM; ip++; NEXT();
do_ori:  A = B | IMM; ip++; NEXT();
do_xori: A = B ^ IMM; ip++; NEXT();
do_shli: A = (int64_t)(U(B) << IMM); ip++; NEXT();
do_shri: A = (int64_t)(U(B) >> IMM); ip++; NEXT();
do_sari: A = B >> IMM; ip++; NEXT();
do_neg:  A = (int64_t)(0 - U(B)); ip++; NEXT();
do_not:  A = ~B; ip++; NEXT();
do_seq:  A = B == C; ip++; NEXT();
do_sne:  A = B != C; ip++; NEXT();
do_slt:  A = B < C; ip++; NEXT();
do_sle:  A = B <= C; ip++; NEXT();
do_jmp:  ip = ip->u.target; NEXT();
do_jeq:  ip = A == B ? ip->u.target : ip + 1; NEXT();
do_jne:  ip = A != B ? ip->u.target : ip + 1; NEXT();
do_jlt:  ip = A < B ? ip->u.target : ip + 1; NEXT();
do_jle:  ip = A <= B ? ip->u.target : ip + 1; NEXT();
do_jgt:  ip = A > B ? ip->u.target : ip + 1; NEXT();
do_jge:  ip = A >= B ? ip->u.target : ip + 1; NEXT();
do_jz:   ip = A == 0 ? ip->u.target : ip + 1; NEXT();
do_jnz:  ip = A != 0 ? ip->u.target : ip + 1; NEXT();
do_call:
    if (depth == MAX_DEPTH)
        TRAP(VM_TRAP_DEPTH);
    ret_stack[depth++] = ip + 1;
    ip = ip->u.target;
    NEXT();
do_ret:
    if (depth == 0)
        goto stop; /* return from the program */
    ip = ret_stack[--depth];
    NEXT();
do_push:
    if (sp == STACK_WORDS)
        TRAP(VM_TRAP_PUSH);
    stack[sp++] = A;
    ip++; NEXT();
do_pop:
    if (sp == 0)
        TRAP(VM_TRAP_POP);
    A = stack[--sp];
    ip++; NEXT();
do_ld: {
    uint64_t at = U(B) + U(IMM); /* negative addresses become huge */
    if (at >= MEM_WORDS)
        TRAP(VM_TRAP_MEM);
    A = mem[at];
    ip++; NEXT();
}
do_st: {
    uint64_t at = U(B) + U(IMM);
    if (at >= MEM_WORDS)
        TRAP(VM_TRAP_MEM);
    mem[at] = A;
    ip++; NEXT();
}
do_print:
    vm_print(ctx, A);
    ip++; NEXT();

stop:
    memcpy(ctx->r, r, sizeof r);
    ctx->trap_pc = ip - code;
#ifdef COUNT_STEPS
    ctx->steps = steps;
#endif
    return status;
}
