/* x86-64 instruction table: the source row format (Intel-manual notation)
 * and the compiled internal form the encoder works on.
 *
 * A row is four strings, see docs/x64-table.md for the full notation:
 *
 *     { "add", "r/m32, imm8", "83 /0 ib", "lock sx" }
 *
 * x64_init() parses every row once into an x64_form (operand specs, opcode
 * bytes, prefixes, ModRM use, immediates, flags), expands condition-code
 * families ("jcc", "0F 80+cc cd") into one form per alias, and builds a hash
 * index by mnemonic.  Internal to src/x64/. */
#ifndef JAS_X64_TABLE_H
#define JAS_X64_TABLE_H

#include "x64/x64.h"

typedef struct x64_row {
    const char *mnem;  /* lower case; "jcc" etc. expand "cc"; "a/b" = aliases */
    const char *ops;   /* Intel operand notation, comma separated, "" = none */
    const char *enc;   /* Intel opcode notation: "REX.W 0F AF /r" */
    const char *flags; /* space separated flag words, "" = none */
} x64_row;

/* Operand kinds. */
enum x64_opkind_spec {
    X64K_REG = 1, /* register of class rc: r8 r16 r32 r64 Sreg (xmm...) */
    X64K_RM,      /* register of class rc, or memory of msize bits: r/m32 */
    X64K_MEM,     /* memory of msize bits (0 = any size, "m"; X64_MSIZE_NONE:
                   * no size keyword, "mem") */
    X64K_IMM,     /* immediate field of size bits: imm8 imm16 imm32 imm64 */
    X64K_REL,     /* branch target, relative field of size bits: rel8 rel32 */
    X64K_MOFFS,   /* absolute address without ModRM (A0-A3): moffs8.. */
    X64K_FIXREG,  /* one specific register: AL AX EAX RAX CL DX FS GS */
    X64K_CONST,   /* one specific immediate value: 1, 3 */
    X64K_STRMEM,  /* string operand memory [rsi]/[rdi]/[rbx]: m8@rsi */
    X64K_VSIB,    /* VSIB memory: vector index of class rc (size: its bits),
                   * elements of msize bits (32 << W): vm32x vm64z... */
};

/* Where an operand is encoded (bit set; imul r32, imm8 uses REG|RM). */
enum {
    X64L_REG = 1,   /* ModRM.reg */
    X64L_RM = 2,    /* ModRM.rm (+SIB, disp) */
    X64L_VVVV = 4,  /* VEX/EVEX .vvvv */
    X64L_OPC = 8,   /* low 3 bits of the last opcode byte (+rb +rw +rd +ro) */
    X64L_IMM = 16,  /* an immediate / relative / moffs field */
    X64L_IS4 = 32,  /* imm8[7:4] (/is4) */
};

/* x64_opspec.msize of "mem": no size keyword gives it, so only memory
 * written without a size matches (the XSAVE area, movdir64b's 64 bytes). */
#define X64_MSIZE_NONE 0xFFFFu

/* x64_opspec.seg of a MEM operand: AMX's SIB-only memory, MPX's MIB. */
enum { X64_MEM_SIB = 1, X64_MEM_MIB = 2 };

typedef struct x64_opspec {
    uint8_t kind;   /* enum x64_opkind_spec */
    uint8_t rc;     /* register class (REG, RM, FIXREG) */
    uint8_t loc;    /* X64L_* */
    uint8_t num;    /* FIXREG / STRMEM register number; CONST value */
    uint8_t seg;    /* STRMEM: 1 = must use es (or nothing); MEM: 1 = the
                     * ModRM needs a SIB byte, no rip ("sibmem", AMX);
                     * X64_MEM_MIB = no rip and no base/index swap ("mib",
                     * MPX: [rax+rsp] is an error, not [rsp+rax]) */
    uint16_t size;  /* REG/RM/FIXREG: register size; IMM/REL/MOFFS: field or
                     * data size in bits */
    uint16_t msize; /* RM/MEM/MOFFS/STRMEM: memory size in bits (0 = any,
                     * X64_MSIZE_NONE = only memory written without a size) */
} x64_opspec;

/* Encoding spaces. */
enum { X64S_LEGACY = 0, X64S_VEX, X64S_EVEX, X64S_XOP /* AMD: 8F, VEX's C4 layout */ };

/* Opcode maps (escape bytes). */
enum { X64M_NONE = 0, X64M_0F, X64M_0F38, X64M_0F3A,
       X64M_MAP5 = 5, X64M_MAP6 = 6, /* EVEX maps of AVX512_FP16 */
       X64M_XOP8 = 8, X64M_XOP9, X64M_XOPA /* XOP map_select 08h 09h 0Ah */ };

/* Row flags. */
enum {
    X64F_LOCK = 1u << 0,    /* lock prefix allowed (with a memory operand) */
    X64F_REP = 1u << 1,     /* rep/repe/repne allowed (string insns, ret, nop) */
    X64F_BND = 1u << 2,     /* bnd prefix allowed (near branches) */
    X64F_NOTRACK = 1u << 3, /* notrack prefix allowed (indirect branches) */
    X64F_SX = 1u << 4,      /* immediate is sign-extended to the operand size */
    X64F_D64 = 1u << 5,     /* default operand size 64 (push, pop, branches):
                             * a size-less memory operand means 64 bits */
    X64F_NO90 = 1u << 6,    /* form not used when it would be a bare 90 (nop) */
    X64F_NP = 1u << 7,      /* "NP": no 66/F2/F3 prefix allowed */
    X64F_HINT = 1u << 8,    /* cs/ds branch-hint prefix allowed (jcc, jmp rel) */
    X64F_ASREG = 1u << 9,   /* the first operand (a register) gives the address
                             * size of the memory operand (movdir64b, enqcmd) */
    X64F_NOMASK = 1u << 10, /* EVEX: no {k} opmask ({z} neither): vmovntdq */
    X64F_IPRED = 1u << 11,  /* a "*" family with the integer predicates of
                             * vpcmp: eq lt le neq nlt nle (0-2, 4-6) */
    X64F_KMASK = 1u << 14,  /* EVEX: a {k1}..{k7} mask is required, {z} not
                             * allowed (gathers, scatters) */
    X64F_ER = 1u << 15,     /* EVEX: static rounding {rn-sae}.. (and {sae})
                             * on the register form at 512 bits or LIG */
    X64F_SAE = 1u << 16,    /* EVEX: {sae} only, likewise */
    X64F_EBW = 1u << 17,    /* EVEX: elements are bytes (W0) or words (W1),
                             * not dwords/qwords: the T1S disp8*N of
                             * vpcompressb/w, vpexpandb/w */
    X64F_PH = 1u << 18,     /* EVEX: half-precision elements (AVX512_FP16):
                             * a broadcast is `WORD BCST`, {1to8}..{1to32} */
    X64F_DISTINCT = 1u << 19, /* the destination register must differ from
                             * the sources (vfmaddcph...): GNU's error */
    X64F_ALLDISTINCT = 1u << 20, /* no two register operands alike (AMX tdp*) */
    X64F_XPRED = 1u << 13,  /* a "*" family with XOP vpcom's predicates:
                             * lt le gt ge eq neq false true (0-7) */
    X64F_PVEX = 1u << 12,   /* VEX form used only with the {vex} pseudo-prefix
                             * (AVX-VNNI, AVX-IFMA: GNU takes EVEX otherwise) */
    X64F_IS5 = 1u << 22,    /* "/is5" (set by the encoding): the imm8 holds a
                             * register in [7:4] (as /is4) and the imm4
                             * operand in [3:0] (vpermil2ps) */
    X64F_MPX = 1u << 21,    /* MPX: 64-bit addresses only (no addr32, no
                             * 32-bit registers in memory), no data16 */
};

/* EVEX tuple types (the SDM's "Tuple Type" column), written as a flag.
 * Without broadcast, disp8*N uses N = the size of the memory operand,
 * which is what every tuple type gives for its own memory size; the type
 * says whether the form can broadcast (FV, HV: {1toN}, N = VL / element)
 * and is checked against the memory operand when the row is compiled. */
enum {
    X64T_NONE = 0, X64T_FV, X64T_HV, X64T_FVM, X64T_HVM, X64T_QVM, X64T_OVM,
    X64T_T1S, X64T_T1F, X64T_T2, X64T_T4, X64T_T8, X64T_M128, X64T_DUP,
    X64T_QV, /* quarter vector, can broadcast (vcvtph2pd: FP16 to double) */
};

/* ModRM use. */
enum { X64R_NONE = 0, X64R_REG, X64R_DIGIT };

/* Opcode register/cc addition on the last opcode byte. */
enum { X64A_NONE = 0, X64A_REG, X64A_CC };

/* VEX.L / W special values. */
enum { X64V_L0 = 0, X64V_L1 = 1, X64V_LIG = 2, X64V_L2 = 3 /* EVEX.512 */,
       X64V_VL = 4 /* EVEX.VL (row only): one form per vector length */ };
enum { X64V_W0 = 0, X64V_W1 = 1, X64V_WIG = 2 };

typedef struct x64_form {
    const char *mnem;   /* expanded mnemonic (points into the name pool) */
    uint16_t row;       /* index of the source row */
    uint8_t nops;
    uint8_t space;      /* X64S_* */
    x64_opspec op[X64_MAX_OPS];
    uint32_t flags;     /* X64F_* */
    uint8_t o16;        /* "o16": operand-size prefix 66 */
    uint8_t a32;        /* "a32": address-size prefix 67 */
    uint8_t fwait;      /* a leading "9B" (fstcw, finit...): the wait
                         * instruction, emitted before every prefix */
    uint8_t rexw;       /* legacy: REX.W; VEX: W0/W1/WIG */
    uint8_t mpfx;       /* mandatory prefix 0x66, 0xF2, 0xF3 or 0 */
    uint8_t map;        /* X64M_* */
    uint8_t vexl;       /* VEX.L: X64V_L0, X64V_L1, X64V_LIG */
    uint8_t nopc;       /* opcode bytes after the map escape (1..3) */
    uint8_t opc[3];
    uint8_t add;        /* X64A_*: applies to opc[nopc-1] */
    uint8_t modrm;      /* X64R_* */
    uint8_t digit;      /* /digit */
    uint8_t nimm;       /* immediate fields in order: ib iw id io cb cw cd */
    uint8_t immsz[2];   /* bytes */
    uint8_t cc;         /* condition code for X64A_CC */
    uint8_t has_fimm;   /* a constant imm8 byte ends the instruction: the
                         * predicate of a "cmp*ps" family (`ip`) or a fixed
                         * byte written after /r ("0F 3A 44 /r 00") */
    uint8_t fimm;       /* its value */
    uint16_t opsize;    /* operand size for sign-extended immediates */
    uint8_t tuple;      /* EVEX: X64T_* */
} x64_form;

/* The compiled table (valid after x64_init()). */
typedef struct x64_mnem_entry {
    const char *name;
    uint16_t first, count; /* forms[first .. first+count) in table order */
    uint8_t relaxable;     /* has rel8 and rel32 forms */
    /* Register numbers the choice of form may depend on (bit n): those of
     * a FIXREG or STRMEM operand of some form, and 0; all of them (0xFFFF)
     * when a form is VEX/EVEX.  With another number, a general-purpose
     * register changes only its 3-bit fields and REX bit (x64_code.reg_at):
     * the encoding templates (x64_parse.c) key it by class and REX bit. */
    uint16_t fixregs;
    uint8_t evex;          /* some form is EVEX (disp8*N, decorations) */
} x64_mnem_entry;

/* Which operands each operand position of a form can possibly accept, one
 * bit per kind of operand (x64_accept_bit): a zero AND means the operand
 * fails that position (type or size), so the form need not be matched.
 * Indexed like the forms: x64_form_accept()[entry->first + i]. */
#define X64_ACC_MEM (1u << 30)
#define X64_ACC_IMM (1u << 31)
typedef uint32_t x64_accept[X64_MAX_OPS];
const x64_accept *x64_form_accept(void);

extern const x64_row x64_rows[];
extern const size_t x64_nrows;

/* Forms of a mnemonic (NULL when unknown); *count gets their number. */
const x64_form *x64_lookup(const char *mnem, size_t *count,
                           const x64_mnem_entry **entry);

/* Canonical Intel notation of a compiled form's encoding (for the dump and
 * diagnostics). */
void x64_form_encoding_str(const x64_form *f, char *buf, size_t n);

#endif
