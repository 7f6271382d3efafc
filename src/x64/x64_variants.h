/* Build-time variant generation for instructions with run-time operands.
 *
 * The x86 encoding of an instruction depends on its operand values (imm8 or
 * imm32, no/8/32-bit displacement, REX for r8..r15, SIB for rsp/r12 ...).
 * For an operand that is only known at run time, the preprocessor encodes
 * the instruction once per *class* of values (actions.h: JAS_C_* for
 * numbers, JAS_R_* for registers) with a representative value, finds where
 * the value lands (the encoder reports its fields; register bits are found
 * by flipping a bit of the register number and diffing the encodings), and
 * merges classes that encode alike.  The runtime then only classifies the
 * value, copies the matching variant and patches it. */
#ifndef JAS_X64_VARIANTS_H
#define JAS_X64_VARIANTS_H

#include "common/util.h"
#include "x64/x64.h"

enum x64_rtwhere {
    X64_RT_IMM,    /* op[opidx].imm */
    X64_RT_IMM2,   /* second immediate (enter): op[opidx].imm */
    X64_RT_DISP,   /* op[opidx].mem.disp */
    X64_RT_REG,    /* op[opidx].reg.num */
    X64_RT_BASE,   /* op[opidx].mem.base.num */
    X64_RT_INDEX,  /* op[opidx].mem.index.num */
};

typedef struct x64_rtarg {
    uint8_t where;  /* enum x64_rtwhere */
    uint8_t opidx;
    uint8_t argno;  /* index in the template's argument array */
    uint8_t norm;   /* value: operand size in bytes (1,2,4,8); JAS_N_REG */
} x64_rtarg;

/* Result: either one fixed layout ("simple": bytes plus at most one field at
 * `field_off`, with a FIELD kind the runtime checks) or a VAR action body. */
typedef struct x64_varout {
    int simple;
    uint8_t bytes[X64_MAX_LEN];
    uint8_t len;
    uint8_t field_off, field_kind; /* simple: field_kind 0 = no field */
    jas_buf body;                  /* VAR body (after the action byte) */
    uint32_t minlen, maxlen;
} x64_varout;

/* Generate the encodings of `proto` (whose run-time operands hold
 * placeholders) for every class of the run-time arguments.  `line` goes
 * into the VAR action for error messages.  Returns X64_OK or the encoder's
 * error for the first class combination when no combination encodes. */
int x64_variants(const x64_insn *proto, const x64_rtarg *ra, int nra, unsigned encflags,
                 int line, x64_varout *out, x64_error *err);

/* Is c an EVEX encoding (62 after the prefixes an EVEX form may have)? */
int x64_is_evex(const x64_code *c);

#endif
