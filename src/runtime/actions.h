/* The template format: the contract between the preprocessor (build time)
 * and libjas (run time).
 *
 * The preprocessor turns each run of asm lines into one jas_tpl: a byte
 * string of actions.  Almost all of it is literal machine code that the
 * runtime copies; the rest says where run-time values go.  Everything the
 * preprocessor can decide at build time is already decided: the runtime never
 * looks at an instruction table.
 *
 * Multi-byte operands in the action stream are little-endian.  The string
 * is followed by JAS_PAD readable bytes (the preprocessor adds zeros) and
 * the runtime keeps JAS_PAD bytes of slack in its buffers, so that literal
 * runs and variants are copied in whole 16-byte chunks.
 *
 *   END                                  end of template
 *   LIT   n:u8   bytes[n]                copy bytes
 *   LITW  n:u16  bytes[n]                copy bytes (long run)
 *   FIELD kind:u8 arg:u8 line:u16        append args[arg] as a field
 *   VAR   0x81|FAST arg:u8 norm:u8 line:u16 end:u16 map:u16*16 variant...
 *         one argument: map[class] is the offset of its variant from the
 *         first variant (0xffff = no encoding); `end` the offset after the
 *         last.  variant = len:u8 bytes[len] nfix:u8 fix*nfix
 *   VAR   nargs:u8 {arg:u8 norm:u8}*nargs nvar:u8 line:u16 variant*nvar
 *         several arguments (nargs < 0x80):
 *         variant = mask:u16*nargs len:u8 bytes[len] nfix:u8 fix*nfix
 *         fix     = off:u8 kind:u8 arg-index:u8  (kind: a FIELD kind, or
 *                   BIT|dst<<3... see JAS_K_BIT)
 *         The runtime classifies each argument (value class or register
 *         class), takes the first variant whose masks contain every class,
 *         copies its bytes and applies its fixes.  No variant = the value
 *         fits no encoding: an error naming file:line.
 *   LABEL kind:u8 id:u16|arg:u8          define a label here (see JAS_L_*)
 *   BRANCH op:u8 kind:u8 id:u16|arg:u8   relaxable jmp/jcc to a label
 *                                         (op = 0xEB for jmp, 0x70|cc for jcc)
 *   REL32 kind:u8 id:u16|arg:u8 tail:u8 addend:s32
 *                                        append a rel32 field to label+addend;
 *                                        the instruction ends `tail` bytes after it
 *   ABSBR op:u8 arg:u8                   call (0xE8) / jmp (0xE9) to the
 *                                         absolute address args[arg]
 *   ADDR  kind:u8 id:u16|arg:u8          append the label's absolute address (8 bytes)
 *   ALIGN n:u8                           pad to a multiple of n (NOPs in code)
 *   SECT  s:u8                           switch section (0 code, 1 data)
 *   IFZ   arg:u8 skip:u16                skip `skip` action bytes if args[arg]==0
 *   SKIP  skip:u16                       skip `skip` action bytes
 *   VARR  arg:u8 line:u16 size:u16 entry... variant...
 *         one 64-bit argument, each variant ending with its one field (the
 *         common VAR, rewritten so by the preprocessor): the first entry
 *         whose range holds the value, (uint64)(v - lo) <= span, gives the
 *         variant.  `size` = bytes after the opcode; the last entry always
 *         matches (lo 0, span 2^64-1).
 *         entry = lo:u64 span:u64 off:u16 len:u8 fixoff:u8 (20 bytes):
 *         the variant's bytes are at entry + off (off 0xffff: no encoding,
 *         an error), len of them; the value is stored at fixoff
 *         (8 bytes: the buffer has slack; a variant with no field has
 *         fixoff = len).
 */
#ifndef JAS_ACTIONS_H
#define JAS_ACTIONS_H

#define JAS_PAD 16

enum jas_action {
    JAS_A_END = 0,
    JAS_A_LIT,
    JAS_A_LITW,
    JAS_A_FIELD,
    JAS_A_VAR,
    JAS_A_LABEL,
    JAS_A_BRANCH,
    JAS_A_REL32,
    JAS_A_ABSBR,
    JAS_A_ADDR,
    JAS_A_ALIGN,
    JAS_A_SECT,
    JAS_A_IFZ,
    JAS_A_SKIP,
    JAS_A_VARR,
};

/* FIELD kinds: low 4 bits = size in bytes (1, 2, 4, 8); range rule above. */
enum {
    JAS_K_SIZE = 0x0f,
    JAS_K_SIGNED = 0x10,   /* value must fit the signed range of the field */
    JAS_K_EITHER = 0x20,   /* signed or unsigned range: [-2^(n-1), 2^n) */
    JAS_K_BIT = 0x80,      /* fix only: XOR bit (src) of (arg ^ rep) into
                            * bit dst of the byte: kind = 0x80 | dst<<3 | src;
                            * the representative's bits are already in place */
    JAS_K_SCALED = 0x40,   /* fix only: store the value divided by the
                            * argument's scale (JAS_N_SCALED: disp8*N) */
};

/* VAR with one argument and a class -> variant map.  FAST (with MAPPED):
 * the argument is 64-bit (norm 8) and every variant has exactly one fix, a
 * field that ends the variant (a field of size 0 at its end when the value
 * has no field there, e.g. a zero displacement).  Only a mark from the
 * encoder to the template writer (src/pre/tpl.c), which turns such a VAR
 * into a VARR: the runtime never sees it. */
enum { JAS_VAR_MAPPED = 0x80, JAS_VAR_FAST = 0x40 };

/* Argument normalisation (VAR): the operand size in bytes a value is reduced
 * to before classification (1, 2, 4: checked to fit [-2^(n-1), 2^n), then
 * sign-extended; 8: as is), or JAS_N_REG for a register number (0..31), or
 * JAS_N_SCALED | s for an AVX-512 displacement, whose 8-bit form holds the
 * value divided by N = 2^s (disp8*N): a multiple of N whose quotient fits
 * 8 bits is classified by the quotient (ZERO, ONE, P8, N8), any other
 * value as is, except that a small one is classified as 0x100 or -0x81
 * (P16, N16: the 32-bit form), never as an 8-bit class; a variant whose
 * mask has JAS_M_PLAIN takes the value's plain class instead. */
enum { JAS_N_REG = 0x80, JAS_N_SCALED = 0x40 };
/* In a VAR mask of a JAS_N_SCALED argument: this variant classifies it as a
 * plain 64-bit value (the VEX form of an instruction that is EVEX only for
 * registers 16..31). */
enum { JAS_M_PLAIN = 0x8000 };

/* Value classes (bit i of a VAR mask = class i). */
enum {
    JAS_C_ZERO,     /* 0 */
    JAS_C_P8,       /* 2 .. 0x7f */
    JAS_C_N8,       /* -0x80 .. -1 */
    JAS_C_U8,       /* 0x80 .. 0xff */
    JAS_C_P16,      /* 0x100 .. 0x7fff */
    JAS_C_N16,      /* -0x8000 .. -0x81 */
    JAS_C_U16,      /* 0x8000 .. 0xffff */
    JAS_C_P32,      /* 0x10000 .. 0x7fffffff */
    JAS_C_N32,      /* -0x80000000 .. -0x8001 */
    JAS_C_U32,      /* 0x80000000 .. 0xffffffff */
    JAS_C_P64,      /* > 0xffffffff */
    JAS_C_N64,      /* < -0x80000000 */
    JAS_C_ONE,      /* 1: shifts by 1 have a form of their own */
    JAS_C_NVALUE
};
/* Register classes: registers that encode alike share a class (rax has
 * short forms of its own; rsp/r12 need a SIB and rbp/r13 a displacement as
 * a base; spl..dil need a REX). */
enum {
    JAS_R_0,        /* rax: accumulator short forms (add eax, imm32; xchg) */
    JAS_R_1,        /* rcx */
    JAS_R_2_3,      /* rdx rbx */
    JAS_R_4,        /* rsp: SIB as base; spl needs REX */
    JAS_R_5,        /* rbp: disp0 needs disp8; bpl needs REX */
    JAS_R_6_7,      /* rsi rdi; sil dil need REX */
    JAS_R_8_11,
    JAS_R_12,       /* r12: SIB as base */
    JAS_R_13,       /* r13: disp0 needs disp8 */
    JAS_R_14_15,
    JAS_R_16_31,    /* xmm16..31 / ymm / zmm: EVEX only (R', V', X bits) */
    JAS_R_NCLASS
};

/* Label kinds (LABEL, BRANCH, REL32, ADDR). */
enum {
    JAS_L_LOCAL = 0, /* id: index among this template's run-time local labels */
    JAS_L_NUMBACK,   /* id: numeric label N, most recent definition (Nb) */
    JAS_L_NUMFWD,    /* id: numeric label N, next definition (Nf); LABEL uses NUMFWD to define */
    JAS_L_GLOBAL,    /* id: global label number (per program) */
    JAS_L_DYN,       /* arg: dynamic label number in args[arg] */
    JAS_L_DYNBACK,   /* arg: dynamic label, must already be defined */
};

#endif
