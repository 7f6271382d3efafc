/* jit.jas.c — compile a bcvm program to x86-64 with jas.
 *
 * One pass over the bytecode, a few host instructions per VM instruction.
 * What makes the result fast is that nothing of the interpreter is left:
 *
 *  - VM registers live in host registers for the whole run (the table
 *    below), so `add r1, r2, r3` is one or two host instructions instead
 *    of three loads, an add, a store and a dispatch;
 *  - operands are constants in the code (immediates, displacements), and
 *    jas picks the shortest encoding for each value;
 *  - VM branches are host branches to dynamic labels (label i = start of
 *    VM instruction i), VM calls are host calls: the host's return-address
 *    predictor works for the VM program too.
 *
 * Host register plan:
 *   VM r0..r7   rbx rbp r12 r13 r14 r15 (callee-saved), rsi rdi
 *   r8          the vm_ctx (memory, data stack, saved state)
 *   r9          data stack depth        r10   call depth
 *   rax rcx rdx scratch (idiv uses rdx:rax, variable shifts use cl)
 *
 * Traps (division by zero, bad address, stack limits) branch to a stub
 * after the code, one per instruction that can trap, which says which pc
 * trapped: the hot path has only a compare and a not-taken branch. */
#include <stddef.h>

#include <jas.h>

#include "bcvm.h"

static const int host[NREGS] = {3 /*rbx*/, 5 /*rbp*/, 12, 13, 14, 15, 6 /*rsi*/, 7 /*rdi*/};

/* Does instruction `op` need an out-of-line trap stub? */
static int can_trap(int op)
{
    return op == OP_div || op == OP_mod || op == OP_ld || op == OP_st || op == OP_push || op == OP_pop ||
           op == OP_call;
}

vm_jit_fn vm_jit(jas_State *J, const vm_prog *prog)
{
    const int64_t n = (int64_t)prog->n;
    const int64_t o_r = offsetof(vm_ctx, r), o_rsp = offsetof(vm_ctx, saved_rsp),
                  o_pc = offsetof(vm_ctx, trap_pc), o_mem = offsetof(vm_ctx, mem),
                  o_stack = offsetof(vm_ctx, stack);
    jas_reset(J);
    /* Labels 0..n-1: VM instructions; n..2n-1: their trap stubs. */
    jas_grow_dynlabels(J, 2u * (uint32_t)n);

    /* Three-address VM operations on two-address x86: `A = B op C`.
     * The usual case is `mov A, B; op A, C`; if A is C (and not B), the
     * mov would destroy C, so go through rax. */
    | .macro bin3 op
    | .if {a == b}
    |   \op reg64{ha}, reg64{hc}
    | .elif {a != c}
    |   mov reg64{ha}, reg64{hb}
    |   \op reg64{ha}, reg64{hc}
    | .else
    |   mov rax, reg64{hb}
    |   \op rax, reg64{hc}
    |   mov reg64{ha}, rax
    | .endif
    | .endm
    /* `A = B op imm` and `A = op B`: copy B to A first unless it is there. */
    | .macro copy_b
    | .if {a != b}
    |   mov reg64{ha}, reg64{hb}
    | .endif
    | .endm

    /* Entry: int f(vm_ctx *ctx).  Save the callee-saved registers (six
     * pushes + the return address + 8 = a 16-byte aligned stack), remember
     * rsp for unwinding, load the VM registers. */
    | push rbx
    | push rbp
    | push r12
    | push r13
    | push r14
    | push r15
    | sub rsp, 8
    | mov r8, rdi
    | mov [r8 + {o_rsp}], rsp
    for (int i = 0; i < NREGS; i++) {
        int64_t h = host[i], off = o_r + 8 * i;
        | mov reg64{h}, [r8 + {off}]
    }
    | xor r9d, r9d
    | xor r10d, r10d

    for (int64_t pc = 0; pc < n; pc++) {
        const vm_ins *in = &prog->code[pc];
        const int64_t a = in->a, b = in->b, c = in->c, imm = in->imm;
        const int64_t ha = host[a], hb = host[b], hc = host[c];
        const int64_t target = imm, stub = n + pc; /* dynamic label numbers */
        | {pc}:
        switch ((enum vm_op)in->op) {
        case OP_halt:
            | jmp vm_done
            break;
        case OP_movi:
            | mov reg64{ha}, {imm}
            break;
        case OP_mov:
            | copy_b
            break;
        case OP_add:
            | bin3 add
            break;
        case OP_sub:
            | bin3 sub
            break;
        case OP_mul:
            | bin3 imul
            break;
        case OP_and:
            | bin3 and
            break;
        case OP_or:
            | bin3 or
            break;
        case OP_xor:
            | bin3 xor
            break;
        case OP_div:
        case OP_mod:
            /* idiv faults on 0 and on INT64_MIN / -1: test both first.
             * x / -1 = -x (wrapping) and x % -1 = 0 need no idiv. */
            | test reg64{hc}, reg64{hc}
            | jz {stub}f
            | mov rax, reg64{hb}
            | cmp reg64{hc}, -1
            | jne 1f
            | neg rax
            | xor edx, edx
            | jmp 2f
            |1:
            | cqo
            | idiv reg64{hc}
            |2:
            | .if {in->op == OP_div}
            |   mov reg64{ha}, rax
            | .else
            |   mov reg64{ha}, rdx
            | .endif
            break;
        case OP_shl:
        case OP_shr:
        case OP_sar:
            /* The count must be in cl; copy it first, A may be C. */
            | mov rcx, reg64{hc}
            | copy_b
            | .if {in->op == OP_shl}
            |   shl reg64{ha}, cl
            | .elif {in->op == OP_shr}
            |   shr reg64{ha}, cl
            | .else
            |   sar reg64{ha}, cl
            | .endif
            break;
        case OP_addi:
            | copy_b
            | add reg64{ha}, {imm}
            break;
        case OP_subi:
            | copy_b
            | sub reg64{ha}, {imm}
            break;
        case OP_muli:
            | imul reg64{ha}, reg64{hb}, {imm}
            break;
        case OP_andi:
            | copy_b
            | and reg64{ha}, {imm}
            break;
        case OP_ori:
            | copy_b
            | or reg64{ha}, {imm}
            break;
        case OP_xori:
            | copy_b
            | xor reg64{ha}, {imm}
            break;
        case OP_shli:
            | copy_b
            | shl reg64{ha}, {imm}
            break;
        case OP_shri:
            | copy_b
            | shr reg64{ha}, {imm}
            break;
        case OP_sari:
            | copy_b
            | sar reg64{ha}, {imm}
            break;
        case OP_neg:
            | copy_b
            | neg reg64{ha}
            break;
        case OP_not:
            | copy_b
            | not reg64{ha}
            break;
        /* Compares: flags -> 0/1.  Writing a 32-bit register clears the
         * upper half, so movzx into reg32 sets all 64 bits. */
        case OP_seq:
            | cmp reg64{hb}, reg64{hc}
            | sete al
            | movzx reg32{ha}, al
            break;
        case OP_sne:
            | cmp reg64{hb}, reg64{hc}
            | setne al
            | movzx reg32{ha}, al
            break;
        case OP_slt:
            | cmp reg64{hb}, reg64{hc}
            | setl al
            | movzx reg32{ha}, al
            break;
        case OP_sle:
            | cmp reg64{hb}, reg64{hc}
            | setle al
            | movzx reg32{ha}, al
            break;
        /* Branches: `{target}f` reaches a dynamic label wherever it is
         * defined, before or after; jas picks the short form when it can. */
        case OP_jmp:
            | jmp {target}f
            break;
        case OP_jeq:
            | cmp reg64{ha}, reg64{hb}
            | je {target}f
            break;
        case OP_jne:
            | cmp reg64{ha}, reg64{hb}
            | jne {target}f
            break;
        case OP_jlt:
            | cmp reg64{ha}, reg64{hb}
            | jl {target}f
            break;
        case OP_jle:
            | cmp reg64{ha}, reg64{hb}
            | jle {target}f
            break;
        case OP_jgt:
            | cmp reg64{ha}, reg64{hb}
            | jg {target}f
            break;
        case OP_jge:
            | cmp reg64{ha}, reg64{hb}
            | jge {target}f
            break;
        case OP_jz:
            | test reg64{ha}, reg64{ha}
            | jz {target}f
            break;
        case OP_jnz:
            | test reg64{ha}, reg64{ha}
            | jnz {target}f
            break;
        /* A VM call is a host call: the return address goes on the host
         * stack, where no VM instruction can reach it (push/pop use the
         * data stack in vm_ctx).  r10 counts the depth. */
        case OP_call:
            | cmp r10, {MAX_DEPTH}
            | jae {stub}f
            | inc r10
            | call {target}f
            break;
        case OP_ret:
            | test r10, r10
            | jz vm_done
            | dec r10
            | ret
            break;
        case OP_push:
            | cmp r9, {STACK_WORDS}
            | jae {stub}f
            | mov [r8 + r9*8 + {o_stack}], reg64{ha}
            | inc r9
            break;
        case OP_pop:
            | test r9, r9
            | jz {stub}f
            | dec r9
            | mov reg64{ha}, [r8 + r9*8 + {o_stack}]
            break;
        case OP_ld:
        case OP_st:
            /* Unsigned compare: a negative address is huge, one test.
             * (imm == 0 takes a mov: 3 bytes, where lea from rbp or r13
             * needs a displacement byte even for 0.) */
            | .if {imm == 0}
            |   mov rax, reg64{hb}
            | .else
            |   lea rax, [reg64{hb} + {imm}]
            | .endif
            | cmp rax, {MEM_WORDS}
            | jae {stub}f
            | .if {in->op == OP_ld}
            |   mov reg64{ha}, [r8 + rax*8 + {o_mem}]
            | .else
            |   mov [r8 + rax*8 + {o_mem}], reg64{ha}
            | .endif
            break;
        case OP_print:
            /* A call into C: save the caller-saved registers we use, align
             * the stack to 16 (VM calls may have left it at 8 mod 16), and
             * pass (ctx, value). */
            | mov rdx, reg64{ha}
            | push rsi
            | push rdi
            | push r8
            | push r9
            | push r10
            | mov rdi, r8
            | mov rsi, rdx
            | mov rax, rsp
            | and rsp, -16
            | sub rsp, 8
            | push rax
            | call {vm_print}
            | pop rsp
            | pop r10
            | pop r9
            | pop r8
            | pop rdi
            | pop rsi
            break;
        case NOPS:
            break;
        }
    }

    /* The trap stubs, out of the way of the straight-line code. */
    for (int64_t pc = 0; pc < n; pc++) {
        int op = prog->code[pc].op;
        if (!can_trap(op))
            continue;
        int64_t stub = n + pc;
        int64_t status = op == OP_div || op == OP_mod ? VM_TRAP_DIV0
                       : op == OP_ld || op == OP_st   ? VM_TRAP_MEM
                       : op == OP_push                ? VM_TRAP_PUSH
                       : op == OP_pop                 ? VM_TRAP_POP
                                                      : VM_TRAP_DEPTH;
        | {stub}:
        | mov eax, {status}
        | mov edx, {pc}
        | jmp vm_stop
    }

    /* Exits.  vm_done: normal end (status 0).  vm_stop: eax = status,
     * edx = pc.  Both reset rsp to its value at entry, which drops any
     * return addresses of VM calls still active, then store the VM
     * registers and restore the host's. */
    |*vm_done:
    | xor eax, eax
    | xor edx, edx
    |*vm_stop:
    | mov rsp, [r8 + {o_rsp}]
    | mov [r8 + {o_pc}], rdx
    for (int i = 0; i < NREGS; i++) {
        int64_t h = host[i], off = o_r + 8 * i;
        | mov [r8 + {off}], reg64{h}
    }
    | add rsp, 8
    | pop r15
    | pop r14
    | pop r13
    | pop r12
    | pop rbp
    | pop rbx
    | ret
    return (vm_jit_fn)jas_publish(J, prog->name);
}
