/* toy.h — a toy register ISA and the machine state all three engines share.
 *
 * 13 instructions, 8 registers r0..r7 of 64 bits (arithmetic wraps around),
 * MEM_WORDS words of memory:
 *
 *   li   rd, imm         rd = imm                 add  rd, rs, rt   rd = rs + rt
 *   addi rd, rs, imm     rd = rs + imm (32-bit)   sub  rd, rs, rt
 *   ld   rd, rs, imm     rd = mem[rs + imm]       mul  rd, rs, rt
 *   st   rd, rs, imm     mem[rs + imm] = rd
 *   beq  rs, rt, label   branch if equal          jmp  label
 *   bne  rs, rt, label   branch if not equal      out  rs       print rs
 *   blt  rs, rt, label   branch if less (signed)  halt
 *
 * A memory access outside 0..MEM_WORDS-1 stops the program with a trap; a
 * program that runs more than --max-steps instructions is stopped too. */
#ifndef TOY_H
#define TOY_H

#include <stddef.h>
#include <stdint.h>

enum { NREGS = 8, MEM_WORDS = 1 << 16 };

enum toy_op { T_LI, T_ADD, T_SUB, T_MUL, T_ADDI, T_LD, T_ST, T_BEQ, T_BNE, T_BLT, T_JMP, T_OUT, T_HALT, T_NOPS };

typedef struct toy_ins {
    uint8_t op, d, s, t; /* opcode and registers (rd, rs, rt) */
    int32_t line;        /* source line, for messages */
    int64_t imm;         /* immediate, or branch target pc */
} toy_ins;

typedef struct toy_prog {
    const char *name;
    toy_ins *code;
    int64_t n; /* instructions; the last is an implicit halt */
} toy_prog;

/* How a run ended. */
enum toy_status { TOY_HALT, TOY_TRAP_MEM, TOY_STEP_LIMIT, TOY_ERROR };

typedef struct toy_cpu {
    int64_t r[NREGS];
    int64_t pc;
    int64_t steps, max_steps; /* instructions started; the limit */
    char *out;                /* what `out` printed */
    size_t out_len, out_cap;
    int64_t mem[MEM_WORDS];
} toy_cpu;

extern const char *const toy_op_name[T_NOPS];

/* load.c */
int toy_load(const char *path, toy_prog *prog);
/* main.c: print a value for `out` (called from generated code too). */
void toy_out(toy_cpu *cpu, int64_t v);

/* The three engines.  Each runs from cpu->pc until halt, a trap or the
 * step limit, and returns a toy_status. */
int run_interp(toy_cpu *cpu, const toy_prog *prog);

/* capsule.jas.c: one guest instruction at a time.  cache = 0: emit and
 * publish a capsule for every instruction executed; cache = 1: keep each
 * capsule (one per guest pc) and reuse it. */
typedef struct capsule_stats {
    int64_t capsules;     /* capsules emitted and published */
    size_t code_bytes;    /* their total size */
    double emit_s, publish_s, run_s, release_s; /* where the time went (cache = 0) */
} capsule_stats;
int run_capsules(toy_cpu *cpu, const toy_prog *prog, int cache, capsule_stats *st);

/* blocks.jas.c: the block translator.  The translator keeps its translated
 * blocks between runs of the same program (a warm code cache). */
typedef struct blocks blocks;
typedef struct block_stats {
    int64_t blocks;        /* blocks translated */
    size_t code_bytes;     /* their total size */
    double translate_s;    /* time spent translating + publishing */
    int64_t exits;         /* returns to the dispatcher */
} block_stats;
blocks *blocks_new(const toy_prog *prog);
int run_blocks(blocks *b, toy_cpu *cpu);
void blocks_stats(const blocks *b, block_stats *st);
const char *blocks_error(const blocks *b);
void blocks_free(blocks *b);

#endif
