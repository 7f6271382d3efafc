/* x86-64 GNU Intel syntax: parse one instruction statement.
 *
 * Input is what `objdump -d -M intel` prints and `as -msyntax=intel
 * -mnaked-reg` accepts:
 *
 *     [prefix...] mnemonic [operand {, operand}]
 *     prefix   lock rep repe repz repne repnz bnd data16 addr32 notrack
 *              xacquire xrelease cs ds fs gs, and the rex words rex rex64
 *              rex.w rex.b rex.wrxb... (merged into the instruction's REX
 *              byte, as GNU does); a line of prefixes alone emits the
 *              prefix bytes
 *     operand  register | immediate | memory | branch target
 *     memory   [SIZE PTR] [seg:] [ base + index*scale + disp ]
 *              [SIZE PTR] seg:disp              (fs:0x28, ds:0x1000)
 *              disp[base+index*scale]           (8[rbx], label[rip])
 *              a bare symbol or symbol+constant (GNU: `mov eax, sym` loads)
 *     SIZE     BYTE WORD DWORD FWORD QWORD TBYTE OWORD XMMWORD YMMWORD
 *              ZMMWORD MMWORD
 *     immediate  constant expression, OFFSET [FLAT:]expr, label differences
 *
 * Registers, mnemonics and keywords are case-insensitive.
 *
 * Run-time placeholders (for the inline-assembly preprocessor; enabled with
 * jas_pctx.allow_ph, rejected otherwise):
 *     {C expr}        anywhere an immediate, displacement or branch target
 *                     can be, alone or inside an expression: mov rax, {v}
 *                     [rbx+{off}]  call {printf}  mov eax, {n}*4+1
 *     {C expr}f/b     a numeric label chosen at run time: jmp {lbl}f
 *     reg8{e} reg16{e} reg32{e} reg64{e} xmm{e}
 *                     a register chosen at run time (register operand, or
 *                     memory base/index: [reg64{b}+8])
 * Every placeholder is listed in x64_pinsn.ph[] with its role, operand and
 * C text; the JAS_E_PH leaves stay in the operand expression trees
 * (x64_pop.val) so that a value like {n}*4+1 can be turned into C with
 * jas_expr_to_c().  x64_resolve() makes the encoding leave room for any
 * run-time value: an immediate or displacement holding a placeholder gets
 * 0 with sym = 1 (the widest field); a branch target gets the
 * instruction's own address (call: rel32; jmp/jcc: short unless
 * X64_ENC_LONG_BRANCH); a register placeholder is register number 0 of its
 * class (its ModRM/SIB/REX bits are to be patched).  x64_code's *_off and
 * *_size fields say where the values landed.  `[rip+{x}]` is a plain
 * displacement (not rip-relative to an address). */
#ifndef JAS_X64_PARSE_H
#define JAS_X64_PARSE_H

#include <stddef.h>
#include <stdint.h>

#include "front/expr.h"
#include "front/lex.h"
#include "front/target.h"
#include "x64/x64.h"

#define X64_MAX_PH 8

enum x64_ph_role {
    X64_PH_IMM = 1, /* in an immediate operand's expression */
    X64_PH_DISP,    /* in a memory operand's displacement */
    X64_PH_TARGET,  /* a branch/call target (run-time absolute address) */
    X64_PH_LABEL,   /* {e}f / {e}b: run-time numeric label (branch target,
                     * or inside a displacement/immediate) */
    X64_PH_REG,     /* register operand reg64{e} */
    X64_PH_BASE,    /* memory base register reg64{e} */
    X64_PH_INDEX,   /* memory index register reg64{e} */
};

typedef struct x64_placeholder {
    uint8_t role;          /* enum x64_ph_role */
    uint8_t op;            /* operand index (0-based, Intel order) */
    uint8_t dir;           /* X64_PH_LABEL: 'f' or 'b' */
    uint8_t regclass;      /* REG/BASE/INDEX: X64_RC_GPR8.. X64_RC_XMM */
    const char *text;      /* the C text between the braces */
    uint32_t len;
    const char *p;         /* the '{' in the source */
    const jas_expr *node;  /* IMM/DISP/TARGET/LABEL: the JAS_E_PH leaf */
} x64_placeholder;

/* A parsed operand.  Values stay expressions until x64_resolve(). */
typedef struct x64_pop {
    uint8_t kind;        /* X64_OP_REG / X64_OP_MEM / X64_OP_IMM */
    uint8_t branch;      /* IMM: a branch target (absolute address) */
    uint8_t known;       /* val was a constant when parsed (kval) */
    uint8_t sym;         /* IMM/disp not constant when parsed: full width */
    uint8_t pcrel;       /* MEM: rip base and the disp is an address */
    uint8_t has_ph;      /* a placeholder in val */
    uint8_t mask, zero;  /* AVX-512 decorations, as in x64_operand (the
                          * broadcast is mem.bcst) */
    uint16_t size;       /* REG: register bits; MEM: SIZE PTR bits or 0 */
    x64_reg reg;         /* REG (number 0 for a reg64{e} placeholder) */
    x64_mem mem;         /* MEM: seg, base, index, scale; disp at resolve */
    jas_expr *val;       /* IMM value / branch target / MEM disp; NULL = 0 */
    int64_t kval;        /* val's value when known */
    int8_t reloc;        /* val's jas_value.reloc when parsed */
    uint8_t er;          /* {sae} / {rn-sae}.. written on it: X64_ER_* */
    const char *p;       /* source span of the whole operand */
    uint32_t len;
} x64_pop;

typedef struct x64_pinsn {
    char mnem[24];             /* lower case */
    uint16_t prefixes;         /* X64_P_* */
    uint8_t seg_prefix;        /* X64_P_SEG: segment number */
    uint8_t nops;
    uint8_t is_branch;         /* jmp, jcc, call, loop*, jrcxz, xbegin */
    uint8_t relax;             /* relaxable branch with a target operand */
    uint8_t prefix_only;       /* a statement of prefixes alone */
    uint8_t nprefix_bytes;
    uint8_t prefix_bytes[8];   /* prefix_only: the bytes */
    uint8_t hle;               /* xacquire 0xF2 / xrelease 0xF3, 0 = none
                                * (not in `prefixes` either: the front end
                                * inserts the byte before lock/REX/opcode) */
    uint8_t rex_or;            /* rex words (rex, rex.w, rex.wrxb...) merged:
                                * 0x40 | WRXB bits, 0 = none.  Not in
                                * `prefixes`: apply x64_apply_rex() to what
                                * x64_encode() returns */
    uint8_t nph;               /* placeholders in ph[] */
    uint16_t mnem_id;          /* x64_mnem_entry.first + 1; 0 = unknown (no
                                * encoding template then) */
    uint16_t fixregs;          /* x64_mnem_entry.fixregs */
    /* the first encoding (front end use: patch the value fields after
     * layout instead of encoding again) */
    uint8_t enc_len;           /* 0 = none kept */
    uint8_t enc[X64_MAX_LEN];
    uint8_t imm_off, imm_size, imm2_off, imm2_size;
    uint8_t disp_off, disp_size, rel_off, rel_size;
    const char *mnem_p;        /* source span of the mnemonic */
    uint32_t mnem_len;
    uint8_t evex;              /* x64_mnem_entry.evex (in the padding here:
                                * the compact copy keeps its size) */
    uint8_t deco;              /* some operand has AVX-512 decorations */
    uint8_t er, er_at;         /* a {sae}/{rn-sae} operand of its own: X64_ER_*,
                                * after er_at operands (x64_insn.er_alone) */
    x64_placeholder *ph;       /* nph entries, in pc->arena */
    x64_pop op[X64_MAX_OPS];   /* op[0..nops); the others are undefined
                                * (a compact copy holds only those, see
                                * x64_pinsn_size) */
} x64_pinsn;

/* Bytes needed for a copy of pi holding only its operands. */
#define x64_pinsn_size(pi) \
    (offsetof(x64_pinsn, op) + (size_t)(pi)->nops * sizeof(x64_pop))

/* Parse the statement starting at *t (first word) to its end; *t is left
 * on the JAS_T_EOL/EOF.  `ev` is the parse-time evaluation context (used
 * for constants: scales, GNU's memory-vs-immediate rule).  Errors are
 * reported through pc.  Returns 0 or -1.  Expression trees and ph[] are
 * allocated in pc->arena; `out` itself may be anywhere (e.g. the stack). */
int x64_parse(jas_pctx *pc, jas_lexer *lx, jas_tok *t, jas_evalctx *ev, x64_pinsn *out);

/* Build the encoder's x64_insn from a parsed instruction at `addr`,
 * evaluating values in `ev`.  With ev->final == 0, values not known yet
 * (and placeholders) become stand-ins of the right width: 0 with sym = 1,
 * or `addr` for branch targets and rip-relative addresses.  Returns 0, or
 * -1 with the error in ev (ev->err_at = the culprit node) and *bad_op = the
 * operand index. */
int x64_resolve(const x64_pinsn *pi, jas_evalctx *ev, uint64_t addr, x64_insn *out,
                int *bad_op);

/* GNU's rex words: merge rex_or into the encoded instruction's REX byte,
 * or insert it after the legacy prefixes (field offsets follow).  Returns
 * 0; -1 if a bit is already set ("same type of prefix used twice"), -2
 * for a VEX/EVEX instruction, -3 if it would exceed 15 bytes. */
int x64_apply_rex(uint8_t rex_or, x64_code *code);

/* Everything x64_encode() does not do for a parsed statement: the rex words
 * (x64_apply_rex) and xacquire/xrelease (inserted after the segment, 67
 * and 66 prefixes).  Same return values. */
int x64_apply_words(const x64_pinsn *pi, x64_code *code);

/* Register lookup: name (any case) -> (class << 8 | number), 0 if none.
 * `param`: the name is followed by {...} (reg64{e} etc.). */
int x64_reg_lookup(const char *name, uint32_t len, int param);

/* Code padding (GNU as 2.40 NOPs) and relaxation rule for the front end. */
void x64_code_fill(uint8_t *p, uint64_t n);

#endif
