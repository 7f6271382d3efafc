/* blocks.jas.c — engine 3: the block translator.
 *
 * A basic block is a run of guest instructions with one entry (the first)
 * and one exit (the last: a branch, jmp, out or halt).  The translator
 * turns a whole block into host code once, the first time execution
 * reaches it, and keeps it: from then on the block runs at native speed,
 * however many times the program comes back to it.
 *
 * Three things make it fast, each the opposite of the capsule engine:
 *
 *  1. Translate once, run many times.  The emitter and the mprotect of
 *     jas_publish are paid once per block, not once per instruction
 *     executed.
 *  2. Guest registers live in host registers across the block and across
 *     blocks (the mapping below); the state is written back to memory only
 *     when control returns to the dispatcher.
 *  3. Blocks are chained: a block ends with `jmp [r14 + target*8]`, an
 *     indirect jump through `table`, an array of code addresses in ordinary
 *     C memory.  Until the target is translated its entry points to a
 *     stub that returns to the dispatcher ("miss"); the dispatcher
 *     translates the block and stores its address in the table.  Published
 *     code is never patched, so W^X holds with one mprotect per block, and
 *     the CPU's branch predictor learns each of these jumps like a direct
 *     one.
 *
 * Host register plan (inside translated code):
 *   guest r0..r7   rsi rdi r8 r9 r10 r11 rbx rbp
 *   r12            the toy_cpu             r14   table (code address per pc)
 *   r15            steps executed          r13   the step limit
 *   rax rcx        scratch (eax = pc and ecx = reason when leaving)
 *
 * Step counting costs one add and one compare per block: at entry the
 * block adds its length and leaves if that goes past the limit, so a block
 * runs whole or not at all. */
#include <stddef.h>
#include <stdlib.h>
#include <time.h>

#include <jas.h>

#include "toy.h"

enum { MAX_BLOCK = 64 };                       /* longer blocks are split */
enum { EXIT_MISS, EXIT_OUT, EXIT_HALT, EXIT_TRAP, EXIT_LIMIT }; /* ecx when leaving */

static const int host[NREGS] = {6 /*rsi*/, 7 /*rdi*/, 8, 9, 10, 11, 3 /*rbx*/, 5 /*rbp*/};

typedef int (*enter_fn)(toy_cpu *cpu, void **table, const void *code);

struct blocks {
    const toy_prog *prog;
    jas_State *J;
    void *glue;        /* enter / exit / miss code */
    enter_fn enter;
    void *exit, *miss; /* addresses inside glue */
    void **table;      /* per guest pc: its block, or miss */
    void **owned;      /* every block published, to release them */
    block_stats st;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The glue between C and translated code, published once. */
static int make_glue(blocks *b)
{
    jas_State *J = b->J;
    const int64_t o_r = offsetof(toy_cpu, r), o_pc = offsetof(toy_cpu, pc), o_steps = offsetof(toy_cpu, steps),
                  o_max = offsetof(toy_cpu, max_steps);
    jas_reset(J);
    /* int enter(toy_cpu *cpu, void **table, const void *code) */
    | push rbx
    | push rbp
    | push r12
    | push r13
    | push r14
    | push r15
    | sub rsp, 8
    | mov r12, rdi
    | mov r14, rsi
    | mov r15, [r12 + {o_steps}]
    | mov r13, [r12 + {o_max}]
    | mov eax, [r12 + {o_pc}]          // the miss stub reports this pc
    for (int i = 0; i < NREGS; i++) {
        int64_t h = host[i], off = o_r + 8 * i;
        | mov reg64{h}, [r12 + {off}]
    }
    | jmp rdx
    /* exit: eax = guest pc, ecx = why.  Write the state back, return why. */
    |*glue_exit:
    for (int i = 0; i < NREGS; i++) {
        int64_t h = host[i], off = o_r + 8 * i;
        | mov [r12 + {off}], reg64{h}
    }
    | mov [r12 + {o_pc}], rax
    | mov [r12 + {o_steps}], r15
    | mov eax, ecx
    | add rsp, 8
    | pop r15
    | pop r14
    | pop r13
    | pop r12
    | pop rbp
    | pop rbx
    | ret
    /* miss: the table entry of a block not translated yet (eax = its pc). */
    |*glue_miss:
    | mov ecx, {EXIT_MISS}
    | jmp glue_exit
    b->glue = jas_publish(J, "toy_glue");
    if (!b->glue)
        return -1;
    b->enter = (enter_fn)b->glue;
    b->exit = jas_global_addr(J, JAS_GLOBAL(glue_exit));
    b->miss = jas_global_addr(J, JAS_GLOBAL(glue_miss));
    return 0;
}

static int ends_block(int op)
{
    return op == T_BEQ || op == T_BNE || op == T_BLT || op == T_JMP || op == T_OUT || op == T_HALT;
}

/* Translate the block that starts at pc0 and publish it. */
static void *translate(blocks *b, int64_t pc0)
{
    jas_State *J = b->J;
    const toy_ins *code = b->prog->code;
    const int64_t o_mem = offsetof(toy_cpu, mem);
    void *exit = b->exit;
    int64_t end = pc0; /* the last instruction of the block */
    while (!ends_block(code[end].op) && end - pc0 < MAX_BLOCK - 1)
        end++;
    const int64_t len = end - pc0 + 1, over = len; /* dynamic label of the "limit" stub */
    jas_reset(J);
    jas_grow_dynlabels(J, (uint32_t)len + 1);

    /* Count the whole block up front; leave before it if that is too much. */
    | add r15, {len}
    | cmp r15, r13
    | ja {over}f
    for (int64_t pc = pc0; pc <= end; pc++) {
        const toy_ins *in = &code[pc];
        const int64_t d = in->d, s = in->s, t = in->t, imm = in->imm, j = pc - pc0;
        const int64_t hd = host[d], hs = host[s], ht = host[t];
        /* table offsets of the two possible successors (branches only:
         * li's imm may be any 64-bit value) */
        const int64_t next = pc + 1, next8 = next * 8, imm8 = in->op >= T_BEQ && in->op <= T_JMP ? imm * 8 : 0;
        switch ((enum toy_op)in->op) {
        case T_LI:
            | mov reg64{hd}, {imm}
            break;
        case T_ADD:
        case T_SUB:
        case T_MUL:
            /* rd = rs op rt on two-operand x86: compute in rax when rd is
             * rt (and not rs), else in rd directly. */
            | .if {d == t && d != s}
            |   mov rax, reg64{hs}
            | .elif {d != s}
            |   mov reg64{hd}, reg64{hs}
            | .endif
            | .if {in->op == T_ADD && d == t && d != s}
            |   add rax, reg64{ht}
            | .elif {in->op == T_ADD}
            |   add reg64{hd}, reg64{ht}
            | .elif {in->op == T_SUB && d == t && d != s}
            |   sub rax, reg64{ht}
            | .elif {in->op == T_SUB}
            |   sub reg64{hd}, reg64{ht}
            | .elif {d == t && d != s}
            |   imul rax, reg64{ht}
            | .else
            |   imul reg64{hd}, reg64{ht}
            | .endif
            | .if {d == t && d != s}
            |   mov reg64{hd}, rax
            | .endif
            break;
        case T_ADDI:
            | .if {d != s}
            |   mov reg64{hd}, reg64{hs}
            | .endif
            | add reg64{hd}, {imm}
            break;
        case T_LD:
        case T_ST:
            /* The address in rax (lea: its displacement is as short as
             * imm allows, none for 0 except with rbp), then one unsigned
             * compare: a negative address is huge. */
            | lea rax, [reg64{hs} + {imm}]
            | cmp rax, {MEM_WORDS}
            | jae {j}f
            | .if {in->op == T_LD}
            |   mov reg64{hd}, [r12 + rax*8 + {o_mem}]
            | .else
            |   mov [r12 + rax*8 + {o_mem}], reg64{hd}
            | .endif
            break;
        /* Block ends.  Chained exits load the target pc into eax (for the
         * miss stub) and jump through the table. */
        case T_BEQ:
        case T_BNE:
        case T_BLT:
            | cmp reg64{hd}, reg64{hs}
            | .if {in->op == T_BEQ}
            |   je 1f
            | .elif {in->op == T_BNE}
            |   jne 1f
            | .else
            |   jl 1f
            | .endif
            | mov eax, {next}
            | jmp qword ptr [r14 + {next8}]
            |1:
            | mov eax, {imm}
            | jmp qword ptr [r14 + {imm8}]
            break;
        case T_JMP:
            | mov eax, {imm}
            | jmp qword ptr [r14 + {imm8}]
            break;
        case T_OUT: /* the dispatcher prints: no C call in translated code */
            | mov eax, {pc}
            | mov ecx, {EXIT_OUT}
            | jmp {exit}
            break;
        case T_HALT:
            | mov eax, {pc}
            | mov ecx, {EXIT_HALT}
            | jmp {exit}
            break;
        case T_NOPS:
            break;
        }
    }
    if (!ends_block(code[end].op)) { /* split: continue with the next block */
        const int64_t next = end + 1, next8 = next * 8;
        | mov eax, {next}
        | jmp qword ptr [r14 + {next8}]
    }
    /* Out of line: memory traps (the steps of the instructions after the
     * trapping one were counted and are taken back) and the limit exit. */
    for (int64_t pc = pc0; pc <= end; pc++) {
        if (code[pc].op != T_LD && code[pc].op != T_ST)
            continue;
        const int64_t j = pc - pc0, undo = end - pc;
        | {j}:
        | sub r15, {undo}
        | mov eax, {pc}
        | mov ecx, {EXIT_TRAP}
        | jmp {exit}
    }
    | {over}:
    | sub r15, {len}
    | mov eax, {pc0}
    | mov ecx, {EXIT_LIMIT}
    | jmp {exit}
    return jas_publish(J, "toy_block");
}

blocks *blocks_new(const toy_prog *prog)
{
    blocks *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->prog = prog;
    b->J = jas_new(NULL);
    b->table = malloc((size_t)prog->n * sizeof *b->table);
    b->owned = calloc((size_t)prog->n, sizeof *b->owned);
    if (!b->J || !b->table || !b->owned || make_glue(b) != 0) {
        blocks_free(b);
        return NULL;
    }
    for (int64_t i = 0; i < prog->n; i++)
        b->table[i] = b->miss;
    return b;
}

/* The dispatcher: enter translated code at cpu->pc and handle whatever
 * made it come back. */
int run_blocks(blocks *b, toy_cpu *cpu)
{
    for (;;) {
        int why = b->enter(cpu, b->table, b->table[cpu->pc]);
        b->st.exits++;
        switch (why) {
        case EXIT_MISS: {
            double t0 = now();
            void *code = translate(b, cpu->pc);
            b->st.translate_s += now() - t0;
            if (!code)
                return TOY_ERROR;
            b->st.blocks++;
            b->st.code_bytes += jas_code_size(b->J);
            b->owned[cpu->pc] = code;
            b->table[cpu->pc] = code; /* chains every jump to this pc, from now on */
            break;
        }
        case EXIT_OUT:
            toy_out(cpu, cpu->r[b->prog->code[cpu->pc].d]);
            cpu->pc++;
            break;
        case EXIT_HALT: return TOY_HALT;
        case EXIT_TRAP: return TOY_TRAP_MEM;
        case EXIT_LIMIT: return TOY_STEP_LIMIT;
        default: return TOY_ERROR;
        }
    }
}

void blocks_stats(const blocks *b, block_stats *st) { *st = b->st; }

const char *blocks_error(const blocks *b) { return jas_error(b->J); }

void blocks_free(blocks *b)
{
    if (!b)
        return;
    if (b->owned)
        for (int64_t i = 0; i < b->prog->n; i++)
            if (b->owned[i])
                jas_release(b->J, b->owned[i]);
    if (b->glue)
        jas_release(b->J, b->glue);
    jas_free(b->J);
    free(b->table);
    free(b->owned);
    free(b);
}
