/* capsule.jas.c — engine 2: the "capsule" JIT.
 *
 * The first idea everyone has: instead of interpreting an instruction,
 * generate the machine code that does it (a capsule), run it, come back.
 *
 *   for each instruction executed:
 *       emit its capsule         (jas_reset + a few jas_put)
 *       publish it               (link, copy to a fresh page, mprotect RX)
 *       call it                  (it updates registers and pc in *cpu)
 *       release it               (page back to RW / to the pool)
 *
 * Each capsule works on the whole machine state in memory (the registers
 * and pc live in struct toy_cpu; rdi points at it) and ends with `ret`, so
 * the dispatcher here stays in control after every instruction.
 *
 * README.md explains why this loses even to the plain interpreter: every
 * guest instruction now costs an emitter run, an mprotect system call and
 * a call/return, where the interpreter paid a switch.  cache = 1 keeps each
 * capsule (one per guest pc) to separate those costs: then only the call
 * per instruction and the state in memory remain. */
#include <stddef.h>
#include <stdlib.h>
#include <time.h>

#include <jas.h>

#include "toy.h"

typedef int (*capsule_fn)(toy_cpu *cpu); /* 0 = continue, 1 = memory trap */

/* Emit the capsule of the instruction at pc into J (not published yet).
 * Returns -1 for a halt, which has none. */
static int emit_capsule(jas_State *J, const toy_prog *prog, int64_t pc)
{
    const toy_ins *in = &prog->code[pc];
    const int64_t o_d = offsetof(toy_cpu, r) + 8 * in->d, o_s = offsetof(toy_cpu, r) + 8 * in->s,
                  o_t = offsetof(toy_cpu, r) + 8 * in->t, o_pc = offsetof(toy_cpu, pc),
                  o_mem = offsetof(toy_cpu, mem);
    const int64_t imm = in->imm, next = pc + 1;
    jas_reset(J);
    switch ((enum toy_op)in->op) {
    case T_LI:
        | mov rax, {imm}
        | mov [rdi + {o_d}], rax
        break;
    case T_ADD:
        | mov rax, [rdi + {o_s}]
        | add rax, [rdi + {o_t}]
        | mov [rdi + {o_d}], rax
        break;
    case T_SUB:
        | mov rax, [rdi + {o_s}]
        | sub rax, [rdi + {o_t}]
        | mov [rdi + {o_d}], rax
        break;
    case T_MUL:
        | mov rax, [rdi + {o_s}]
        | imul rax, [rdi + {o_t}]
        | mov [rdi + {o_d}], rax
        break;
    case T_ADDI:
        | mov rax, [rdi + {o_s}]
        | add rax, {imm}
        | mov [rdi + {o_d}], rax
        break;
    case T_LD:
    case T_ST:
        | mov rax, [rdi + {o_s}]
        | add rax, {imm}
        | cmp rax, {MEM_WORDS}
        | jae capsule_trap
        | .if {in->op == T_LD}
        |   mov rax, [rdi + rax*8 + {o_mem}]
        |   mov [rdi + {o_d}], rax
        | .else
        |   mov rcx, [rdi + {o_d}]
        |   mov [rdi + rax*8 + {o_mem}], rcx
        | .endif
        break;
    case T_BEQ:
    case T_BNE:
    case T_BLT:
        /* pc = taken ? target : next, with the flags of one compare */
        | mov rax, [rdi + {o_d}]
        | cmp rax, [rdi + {o_s}]
        | mov rax, {next}
        | mov rcx, {imm}
        | .if {in->op == T_BEQ}
        |   cmove rax, rcx
        | .elif {in->op == T_BNE}
        |   cmovne rax, rcx
        | .else
        |   cmovl rax, rcx
        | .endif
        | mov [rdi + {o_pc}], rax
        | xor eax, eax
        | ret
        return 0;
    case T_JMP:
        | mov qword ptr [rdi + {o_pc}], {imm}
        | xor eax, eax
        | ret
        return 0;
    case T_OUT:
        /* A call into C.  rdi (the cpu) is caller-saved: keep it on the
         * stack, which also aligns rsp to 16 for the call. */
        | push rdi
        | mov rsi, [rdi + {o_d}]
        | call {toy_out}
        | pop rdi
        break;
    case T_HALT: /* the dispatcher stops before a halt */
    case T_NOPS:
        return -1;
    }
    /* Every other capsule ends by moving pc on and returning. */
    | mov qword ptr [rdi + {o_pc}], {next}
    | xor eax, eax
    | ret
    |*capsule_trap:
    | mov eax, 1
    | ret
    return 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The dispatcher.  Without the cache it also measures where the time
 * goes (four clock reads per instruction: noise next to an mprotect). */
int run_capsules(toy_cpu *cpu, const toy_prog *prog, int cache, capsule_stats *st)
{
    jas_State *J = jas_new(NULL);
    capsule_fn *cached = cache ? calloc((size_t)prog->n, sizeof *cached) : NULL;
    if (!J || (cache && !cached)) {
        jas_free(J);
        return TOY_ERROR;
    }
    int status = TOY_ERROR;
    for (;;) {
        if (cpu->steps == cpu->max_steps) {
            status = TOY_STEP_LIMIT;
            break;
        }
        cpu->steps++;
        int64_t pc = cpu->pc;
        if (prog->code[pc].op == T_HALT) {
            status = TOY_HALT;
            break;
        }
        capsule_fn f = cache ? cached[pc] : NULL;
        double t0 = 0, t1 = 0, t2 = 0;
        if (!f) {
            if (!cache)
                t0 = now();
            emit_capsule(J, prog, pc);
            if (!cache)
                t1 = now();
            f = (capsule_fn)jas_publish(J, "capsule");
            if (!f)
                break; /* jas_error(J) says why; cannot happen for valid programs */
            if (!cache)
                t2 = now();
            st->capsules++;
            st->code_bytes += jas_code_size(J);
            if (cache)
                cached[pc] = f;
        }
        int trapped = f(cpu);
        if (!cache) {
            double t3 = now();
            jas_release(J, (void *)f);
            double t4 = now();
            st->emit_s += t1 - t0;
            st->publish_s += t2 - t1;
            st->run_s += t3 - t2;
            st->release_s += t4 - t3;
        }
        if (trapped) {
            status = TOY_TRAP_MEM;
            break;
        }
    }
    if (cache)
        for (int64_t i = 0; i < prog->n; i++)
            if (cached[i])
                jas_release(J, (void *)cached[i]);
    free(cached);
    jas_free(J);
    return status;
}
