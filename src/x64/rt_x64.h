/* x86-64 pieces that both the run-time library and the assembler need:
 * code padding and the two sizes of relaxable branches.  Kept out of the
 * instruction table so that libjas stays table-free. */
#ifndef JAS_RT_X64_H
#define JAS_RT_X64_H

#include <stdint.h>

/* Fill n bytes at p with the NOP sequence GNU as 2.40 uses for code padding
 * (.p2align in .text): 11-byte NOPs then one shorter NOP; from 88 bytes on a
 * jmp over the padding comes first. */
void jas_x64_nops(uint8_t *p, uint32_t n);

/* Relaxable branch encodings.  `op` is 0xEB (jmp) or 0x70|cc (jcc); the
 * short form is 2 bytes, the long form 5 (jmp) or 6 (jcc). */
static inline uint32_t jas_x64_branch_long(uint8_t op) { return op == 0xEB ? 5 : 6; }
/* Write the branch at p with displacement `rel` from its end. */
void jas_x64_branch(uint8_t *p, uint8_t op, int is_short, int32_t rel);

#endif
