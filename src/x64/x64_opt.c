/* Shorter equivalent encodings, as GNU as -O1 picks them.  The standalone
 * assembler never applies them (GNU's default is not to, and it has no -O
 * option); the preprocessor always does, so that `mov rax, {v}` takes 5 bytes
 * when v fits 32 bits unsigned, 7 when it fits signed, 10 otherwise. */
#include "x64/x64.h"

#include <string.h>

void x64_optimize(x64_insn *in)
{
    /* mov r64, imm with 0 <= imm < 2^32: mov r32, imm zero-extends */
    if (in->nops == 2 && !strcmp(in->mnem, "mov") && in->op[0].kind == X64_OP_REG &&
        in->op[0].reg.cls == X64_RC_GPR64 && in->op[1].kind == X64_OP_IMM && !in->op[1].sym &&
        in->op[1].imm >= 0 && in->op[1].imm <= 0xffffffffLL && !(in->prefixes & X64_P_REXW)) {
        in->op[0].reg.cls = X64_RC_GPR32;
        in->op[0].size = 32;
    }
}
