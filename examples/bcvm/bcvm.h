/* bcvm.h — a small register-based bytecode VM: the machine, its
 * instructions, and the three parts that use them (loader, interpreter,
 * JIT).  README.md has the instruction reference.
 *
 * The machine: 8 registers r0..r7 of 64 bits (arithmetic wraps around),
 * a memory of MEM_WORDS 64-bit words (ld/st), a data stack of STACK_WORDS
 * words (push/pop), and calls nested at most MAX_DEPTH deep.  Every access
 * is checked; a bad one stops the program with a trap, never a crash. */
#ifndef BCVM_H
#define BCVM_H

#include <stddef.h>
#include <stdint.h>

enum { NREGS = 8, MEM_WORDS = 1 << 16, STACK_WORDS = 4096, MAX_DEPTH = 10000 };

/* Every opcode once: X(name, operands).  Operands: r = register,
 * i = immediate (32-bit signed; movi: 64-bit; shifts: 0..63), l = label. */
#define VM_OPS(X)                                                                                   \
    X(halt, "")      /* stop */                                                                     \
    X(movi, "ri")    /* rA = imm */                                                                 \
    X(mov, "rr")     /* rA = rB */                                                                  \
    X(add, "rrr")    /* rA = rB + rC */                                                             \
    X(sub, "rrr")                                                                                   \
    X(mul, "rrr")                                                                                   \
    X(div, "rrr")    /* signed, rounds toward 0; rC == 0 traps; MIN / -1 = MIN */                  \
    X(mod, "rrr")    /* remainder of div: sign of rB; rC == 0 traps */                              \
    X(and, "rrr")                                                                                   \
    X(or, "rrr")                                                                                    \
    X(xor, "rrr")                                                                                   \
    X(shl, "rrr")    /* shift count = rC & 63 */                                                    \
    X(shr, "rrr")    /* logical */                                                                  \
    X(sar, "rrr")    /* arithmetic */                                                               \
    X(addi, "rri")   /* rA = rB + imm */                                                            \
    X(subi, "rri")                                                                                  \
    X(muli, "rri")                                                                                  \
    X(andi, "rri")                                                                                  \
    X(ori, "rri")                                                                                   \
    X(xori, "rri")                                                                                  \
    X(shli, "rri")                                                                                  \
    X(shri, "rri")                                                                                  \
    X(sari, "rri")                                                                                  \
    X(neg, "rr")     /* rA = -rB */                                                                 \
    X(not, "rr")     /* rA = ~rB */                                                                 \
    X(seq, "rrr")    /* rA = rB == rC ? 1 : 0 */                                                    \
    X(sne, "rrr")                                                                                   \
    X(slt, "rrr")    /* signed */                                                                   \
    X(sle, "rrr")                                                                                   \
    X(jmp, "l")                                                                                     \
    X(jeq, "rrl")    /* if rA == rB goto label */                                                   \
    X(jne, "rrl")                                                                                   \
    X(jlt, "rrl")    /* signed */                                                                   \
    X(jle, "rrl")                                                                                   \
    X(jgt, "rrl")                                                                                   \
    X(jge, "rrl")                                                                                   \
    X(jz, "rl")      /* if rA == 0 goto label */                                                    \
    X(jnz, "rl")                                                                                    \
    X(call, "l")     /* push the return address, goto label */                                      \
    X(ret, "")       /* return; at depth 0 the program ends (like halt) */                          \
    X(push, "r")     /* data stack */                                                               \
    X(pop, "r")                                                                                     \
    X(ld, "rri")     /* rA = mem[rB + imm] */                                                       \
    X(st, "rri")     /* mem[rB + imm] = rA */                                                       \
    X(print, "r")    /* print rA in decimal and a newline */

#define VM_ENUM(name, ops) OP_##name,
enum vm_op { VM_OPS(VM_ENUM) NOPS };
#undef VM_ENUM

extern const char *const vm_op_name[NOPS];
extern const char *const vm_op_operands[NOPS];

typedef struct vm_ins {
    uint8_t op, a, b, c; /* opcode, registers */
    int32_t line;        /* source line, for messages */
    int64_t imm;         /* immediate, or the target pc of a branch/call */
} vm_ins;

typedef struct vm_prog {
    const char *name; /* file name */
    vm_ins *code;
    size_t n;         /* instructions, the last one an implicit halt */
} vm_prog;

/* Why a run stopped. */
enum vm_status { VM_OK, VM_TRAP_DIV0, VM_TRAP_MEM, VM_TRAP_PUSH, VM_TRAP_POP, VM_TRAP_DEPTH, VM_NSTATUS };
extern const char *const vm_status_text[VM_NSTATUS];

/* Everything a run reads and writes.  The JIT-compiled code addresses the
 * fields through one register (offsetof values are patched in). */
typedef struct vm_ctx {
    int64_t r[NREGS];        /* registers in (arguments) and out */
    int64_t trap_pc;         /* pc of the instruction that trapped */
    int64_t steps;           /* instructions executed (counting interpreter) */
    uint64_t saved_rsp;      /* JIT: host stack pointer at entry, to unwind a trap */
    char *out;               /* what print printed */
    size_t out_len, out_cap;
    const void *ret_stack[MAX_DEPTH]; /* interpreter: return addresses */
    int64_t stack[STACK_WORDS];
    int64_t mem[MEM_WORDS];
} vm_ctx;

/* load.c: parse a text program; on error print "file:line: error: ..."
 * and return -1. */
int vm_load(const char *path, vm_prog *prog);
void vm_free(vm_prog *prog);

/* Both engines print through this (called from JIT code too). */
void vm_print(vm_ctx *ctx, int64_t v);
/* Clear memory, stack, output; set the registers. */
void vm_reset(vm_ctx *ctx, const int64_t *regs);

/* interp.c: the direct-threaded interpreter.  *cache holds the threaded
 * code, made on the first call; free() it when done.  vm_interp_counting
 * is the same loop compiled with an instruction counter (ctx->steps), kept
 * out of the timed engine. */
int vm_interp(vm_ctx *ctx, const vm_prog *prog, void **cache);
int vm_interp_counting(vm_ctx *ctx, const vm_prog *prog, void **cache);

/* jit.jas.c: compile to x86-64 (NULL on error, message in *err). */
struct jas_State;
typedef int (*vm_jit_fn)(vm_ctx *ctx);
vm_jit_fn vm_jit(struct jas_State *J, const vm_prog *prog);

#endif
