/* x86-64 target: the interface between the front end and the encoder.
 *
 * The front end parses a line of GNU Intel syntax into an x64_insn whose
 * operands carry *resolved* values (numbers, with a flag saying whether the
 * number came from a relocatable symbol).  The encoder looks the mnemonic up
 * in the instruction table (x64_table.c, one row per form, Intel-manual
 * notation), picks the form GNU as would pick and produces the bytes.
 *
 * The encoder is pure: no allocation, no global state after x64_init(). */
#ifndef JAS_X64_H
#define JAS_X64_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Register classes.  A register is (class, number); number is the 4-bit
 * hardware number (REX extension bit included). */
enum x64_regclass {
    X64_RC_NONE = 0,
    X64_RC_GPR8,   /* al cl dl bl spl bpl sil dil r8b..r15b (4..7 need REX) */
    X64_RC_GPR8H,  /* ah ch dh bh: numbers 4..7, never with REX */
    X64_RC_GPR16,
    X64_RC_GPR32,
    X64_RC_GPR64,
    X64_RC_SEG,    /* es cs ss ds fs gs = 0..5 */
    X64_RC_RIP,    /* rip (memory base only) */
    X64_RC_EIP,    /* eip (memory base only, adds 0x67) */
    /* Reserved for later issues: XMM, YMM, ZMM, K, ST, MM, CR, DR. */
    X64_RC_XMM,
    X64_RC_YMM,
    X64_RC_ZMM,
    X64_RC_K,
    X64_RC_ST,
    X64_RC_MM,
    X64_RC_CR,
    X64_RC_DR,
    /* riz / eiz: "no index" written as an index (what objdump prints for a
     * SIB byte whose index field is 100, GNU as -mindex-reg): memory index
     * only, number 4, no REX.X; eiz makes the address 32-bit. */
    X64_RC_RIZ,
    X64_RC_EIZ,
    X64_RC_TMM,    /* AMX tiles tmm0..tmm7 */
    X64_RC_BND,    /* MPX bounds registers bnd0..bnd3 (no REX extension) */
};

typedef struct x64_reg {
    uint8_t cls; /* enum x64_regclass */
    uint8_t num; /* 0..15 (0..31 for later vector classes) */
} x64_reg;

enum x64_opkind { X64_OP_NONE = 0, X64_OP_REG, X64_OP_MEM, X64_OP_IMM };

typedef struct x64_mem {
    x64_reg seg;      /* segment override (X64_RC_SEG) or X64_RC_NONE */
    x64_reg base;     /* GPR64, GPR32, RIP, EIP or NONE */
    x64_reg index;    /* GPR64, GPR32 or NONE */
    uint8_t scale;    /* 1, 2, 4, 8 (1 when there is no index) */
    uint8_t disp_sym; /* disp comes from a relocatable symbol: always disp32
                       * (X64_SYM_LATE: known after layout, range-checked) */
    uint8_t disp_pcrel; /* base is RIP and `disp` is an absolute target
                         * address: the encoder stores disp - end_of_insn */
    uint8_t scale_explicit; /* the source wrote "*scale" on the index: rsp as
                         * an index is then an error (GNU), while [rax+rsp]
                         * (0 here) is encoded as [rsp+rax] */
    uint8_t bcst;       /* AVX-512 broadcast: N of `[rax]{1toN}`, 1 for
                         * objdump's `DWORD BCST [rax]` (the form gives N),
                         * 0 = none */
    int64_t disp;
} x64_mem;

/* x64_operand.sym / x64_mem.disp_sym: 1 = relocatable or not known yet,
 * X64_SYM_LATE = was so when the encoding was chosen and is known now. */
enum { X64_SYM_LATE = 2 };

typedef struct x64_operand {
    uint8_t kind;  /* enum x64_opkind */
    uint8_t sym;   /* IMM: value comes from a relocatable symbol or is not
                    * known yet: use the widest field, never shrink.
                    * X64_SYM_LATE: such a value, known after layout: the
                    * field chosen before must hold it (GNU's fixup rule). */
    /* AVX-512 decorations written after the operand (GNU Intel syntax:
     * `zmm0{k1}{z}`, `[rax]{k1}`): mask = 1 + the opmask register number
     * (0 = none; {k0} is 1, an error), zero = {z}.  Broadcast is
     * mem.bcst.  Only EVEX forms take them. */
    uint8_t mask, zero;
    uint16_t size; /* bits. REG: from the class. MEM: from "BYTE PTR" etc.,
                    * 0 when unspecified. IMM: 0. */
    x64_reg reg;   /* REG */
    x64_mem mem;   /* MEM */
    int64_t imm;   /* IMM; for branches/calls the absolute target address */
} x64_operand;

/* Explicit prefixes written in the source. */
enum {
    X64_P_LOCK = 1 << 0,
    X64_P_REP = 1 << 1,   /* rep, repe, repz */
    X64_P_REPNE = 1 << 2, /* repne, repnz */
    X64_P_DATA16 = 1 << 3,
    X64_P_ADDR32 = 1 << 4,
    X64_P_REX = 1 << 5,   /* "rex" */
    X64_P_REXW = 1 << 6,  /* "rex.w" / "rex64" */
    X64_P_NOTRACK = 1 << 7,
    X64_P_SEG = 1 << 8,   /* explicit segment prefix, see seg_prefix */
    X64_P_BND = 1 << 9,   /* "bnd" (F2) on near branches and ret */
    /* GNU's pseudo-prefixes (the last one written counts): only VEX forms
     * ({vex}; {vex3}: the 3-byte C4 form always), only EVEX forms
     * ({evex}); no bytes of their own */
    X64_P_VEX = 1 << 10,
    X64_P_VEX3 = 1 << 11,
    X64_P_EVEX = 1 << 12,
};
#define X64_P_PSEUDO (X64_P_VEX | X64_P_VEX3 | X64_P_EVEX)

#define X64_MAX_OPS 5 /* vpermil2ps xmm1, xmm2, xmm3/m128, xmm4, imm4 */

/* EVEX embedded rounding (EVEX.b with the mode in L'L) and SAE. */
enum { X64_ER_NONE = 0, X64_ER_SAE, X64_ER_RN, X64_ER_RD, X64_ER_RU, X64_ER_RZ };

typedef struct x64_insn {
    char mnem[24];      /* lower-case, NUL-terminated */
    uint16_t prefixes;  /* X64_P_* */
    uint8_t seg_prefix; /* segment number for X64_P_SEG */
    uint8_t nops;
    uint8_t deco;       /* some operand has AVX-512 decorations (mask, zero,
                         * mem.bcst, er): they are looked at only then */
    /* EVEX static rounding / SAE: X64_ER_*, written after er_at operands:
     * on operand er_at - 1 (`zmm2{rn-sae}`, as objdump prints it) or, with
     * er_alone, as an operand of its own (`zmm2, {rn-sae}`), which does not
     * count in nops */
    uint8_t er, er_at, er_alone;
    x64_operand op[X64_MAX_OPS];
} x64_insn;

/* The longest x86 instruction is 15 bytes. */
#define X64_MAX_LEN 15

#define X64_MAX_REGAT 6
enum {
    X64_AT_REG = 0 << 2,   /* reg_src: the register operand */
    X64_AT_BASE = 1 << 2,  /* the memory operand's base */
    X64_AT_INDEX = 2 << 2, /* the memory operand's index */
    X64_AT_NONE = 0xFF,    /* nreg_at: not all registers listed */
};

/* Encoded instruction.  The *_off and *_size pairs say where a value landed
 * (size 0 = absent) so that the inline-assembly runtime can patch it.
 * disp_* is a ModRM displacement or the address of a moffs form (A0-A3,
 * 8 bytes, 4 with addr32); a rip-relative displacement is reported in rel_*
 * only.  imm_* is the first immediate in operand order (constants such as
 * the 1 of `shl eax, 1` are not fields). */
typedef struct x64_code {
    uint8_t len;
    uint8_t bytes[X64_MAX_LEN];
    uint8_t imm_off, imm_size;   /* first immediate */
    uint8_t imm2_off, imm2_size; /* second immediate (enter) */
    uint8_t disp_off, disp_size; /* memory displacement */
    uint8_t rel_off, rel_size;   /* branch or rip-relative field */
    /* Where the low 3 bits of general-purpose register numbers landed (the
     * REX bits are not listed), so that an encoding can be reused for
     * other registers of the same class and REX bit (the front end's
     * templates): reg_at[i] = byte offset << 3 | bit shift (0 or 3) of a
     * field, reg_src[i] = the operand index | X64_AT_* for what goes
     * there.  nreg_at = X64_AT_NONE: some register is not in such a field
     * (VEX vvvv, an index swapped with the base...). */
    uint8_t nreg_at;
    uint8_t reg_at[X64_MAX_REGAT], reg_src[X64_MAX_REGAT];
} x64_code;

/* Encoder flags. */
enum {
    X64_ENC_LONG_BRANCH = 1 << 0, /* relaxable branch: use rel32 even if rel8 fits */
};

/* Result of x64_encode(). */
enum {
    X64_OK = 0,
    X64_E_MNEMONIC = -1, /* unknown mnemonic */
    X64_E_OPERANDS = -2, /* no form matches these operand kinds/sizes */
    X64_E_RANGE = -3,    /* a value does not fit any form's field */
    X64_E_REGMIX = -4,   /* ah..bh together with a REX-requiring operand */
    X64_E_PREFIX = -5,   /* prefix not allowed with this instruction */
};

typedef struct x64_error {
    int op;          /* operand index the error is about, -1 = the mnemonic */
    char msg[160];   /* human text, e.g. "operand size mismatch for 'add'" */
} x64_error;

/* Compile the instruction table.  Idempotent; call once before encoding. */
void x64_init(void);

/* Does the table know this mnemonic (lower-case)? */
int x64_is_mnemonic(const char *mnem);

/* Encode `in`, which starts at address `addr` (needed for relative fields).
 * Picks the form GNU as picks by default: the shortest encoding among the
 * matching forms, the table's order on ties.  Returns X64_OK or an X64_E_*
 * code with `err` filled in.  (Calls x64_init() itself if needed.)
 * A branch operand or disp_pcrel displacement with `sym` set still gets
 * target - (addr + len) computed from the value given, without range check. */
int x64_encode(const x64_insn *in, uint64_t addr, unsigned flags,
               x64_code *out, x64_error *err);

/* Rewrite `in` into a shorter equivalent where GNU as -O1 would
 * (x64_opt.c): mov r64, imm32 zero-extendable -> mov r32, imm32. */
void x64_optimize(x64_insn *in);

/* Is this mnemonic a relaxable branch (jmp/jcc with rel8 and rel32 forms)? */
int x64_is_relaxable(const char *mnem);

/* Print the expanded table, one line per form:
 *   mnemonic|operands|encoding|flags
 * (operands and encoding in Intel-manual notation, see docs/x64-table.md).
 * Calls x64_init() itself. */
void x64_table_dump(FILE *f);

#endif
