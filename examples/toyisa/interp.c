/* interp.c — engine 1: the switch interpreter.
 *
 * Fetch the instruction at pc, switch on its opcode, do it, repeat.  The
 * registers are copied into a local array for the run, so the compiler may
 * keep the loop's state in host registers. */
#include <string.h>

#include "toy.h"

#define U(x) ((uint64_t)(x)) /* wrap-around arithmetic without C's signed overflow */

int run_interp(toy_cpu *cpu, const toy_prog *prog)
{
    int64_t r[NREGS];
    memcpy(r, cpu->r, sizeof r);
    int64_t pc = cpu->pc, steps = cpu->steps, max = cpu->max_steps;
    int status = TOY_ERROR;
    for (;;) {
        if (steps == max) {
            status = TOY_STEP_LIMIT;
            break;
        }
        steps++;
        const toy_ins *in = &prog->code[pc];
        uint64_t at;
        switch ((enum toy_op)in->op) {
        case T_LI: r[in->d] = in->imm; pc++; continue;
        case T_ADD: r[in->d] = (int64_t)(U(r[in->s]) + U(r[in->t])); pc++; continue;
        case T_SUB: r[in->d] = (int64_t)(U(r[in->s]) - U(r[in->t])); pc++; continue;
        case T_MUL: r[in->d] = (int64_t)(U(r[in->s]) * U(r[in->t])); pc++; continue;
        case T_ADDI: r[in->d] = (int64_t)(U(r[in->s]) + U(in->imm)); pc++; continue;
        case T_LD:
        case T_ST:
            at = U(r[in->s]) + U(in->imm);
            if (at >= MEM_WORDS) {
                status = TOY_TRAP_MEM;
                break;
            }
            if (in->op == T_LD)
                r[in->d] = cpu->mem[at];
            else
                cpu->mem[at] = r[in->d];
            pc++;
            continue;
        case T_BEQ: pc = r[in->d] == r[in->s] ? in->imm : pc + 1; continue;
        case T_BNE: pc = r[in->d] != r[in->s] ? in->imm : pc + 1; continue;
        case T_BLT: pc = r[in->d] < r[in->s] ? in->imm : pc + 1; continue;
        case T_JMP: pc = in->imm; continue;
        case T_OUT: toy_out(cpu, r[in->d]); pc++; continue;
        case T_HALT: status = TOY_HALT; break;
        case T_NOPS: status = TOY_ERROR; break;
        }
        break; /* halt or trap: pc stays on that instruction */
    }
    memcpy(cpu->r, r, sizeof r);
    cpu->pc = pc;
    cpu->steps = steps;
    return status;
}
