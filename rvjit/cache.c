/* rvjit — the decode cache.
 *
 * Guest code is decoded once per basic block into a Block: a header (guest
 * pc, instruction count, two exits) followed by an array of Ops, each holding
 * its interpreter handler address, r[] register indexes and an unpacked
 * immediate.  Blocks end at the first control transfer, ecall/ebreak,
 * fence.i, CSR write or illegal instruction, or after RV_MAX_INSNS.  Blocks
 * live in one bump-allocated arena and are found through a hash table keyed
 * by guest pc; block exits are chained (exit[k].blk) so that hot transfers
 * skip the lookup.
 *
 * Invalidation is all-or-nothing: cache_request_flush() empties the hash
 * table, unchains every exit and restores write access to write-protected
 * code pages immediately (it is safe to call from the SIGSEGV handler); the
 * arena itself is reset at the next lookup, when no block is executing.
 *
 * Self-modifying code: every page the decoder reads gets PG_CODE; a
 * guest-writable code page is made read-only in the host, so the first guest
 * store to it faults, the handler flushes the cache and the store is retried.
 * Stores by syscalls (read() into code) go through g_ptr(), which flushes.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "rvjit.h"

#define ARENA_SIZE   (256ull << 20)
#define RV_MAX_INSNS 128

Block *rv_btab[RV_TAB_SIZE];
volatile int rv_flush_pending;
uint64_t rv_cache_gen;
const void **rv_handlers;
struct RvStats rv_stats;

static uint8_t *arena;
static size_t arena_used;
static uint32_t *code_pages;
static size_t ncode, capcode;

int cache_init(void)
{
    void *p = mmap(NULL, ARENA_SIZE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return -errno;
    arena = p;
    capcode = 1024;
    code_pages = malloc(capcode * sizeof *code_pages);
    return code_pages ? 0 : -ENOMEM;
}

static size_t block_bytes(const Block *b) { return sizeof(Block) + b->nops * sizeof(Op); }

void cache_request_flush(void)
{
    memset(rv_btab, 0, sizeof rv_btab);
    for (size_t off = 0; off < arena_used;) {
        Block *b = (Block *)(arena + off);
        b->exit[0].blk = b->exit[1].blk = NULL;
        off += block_bytes(b);
    }
    for (size_t i = 0; i < ncode; i++) {
        uint32_t pg = code_pages[i];
        rv_pflags[pg] &= (uint8_t)~PG_CODE;
        if (rv_pflags[pg] & PG_W) mprotect(rv_mem + (uint64_t)pg * RV_PAGE, RV_PAGE, PROT_READ | PROT_WRITE);
    }
    ncode = 0;
    rv_flush_pending = 1;
    rv_stats.flushes++;
}

bool cache_smc_fault(uint64_t gaddr)
{
    if (gaddr >= RV_SPACE) return false;
    uint8_t f = rv_pflags[gaddr / RV_PAGE];
    if ((f & (PG_MAPPED | PG_W | PG_CODE)) != (PG_MAPPED | PG_W | PG_CODE)) return false;
    rv_stats.smc_faults++;
    cache_request_flush();
    return true;
}

static void add_code_page(uint64_t pg)
{
    if (rv_pflags[pg] & PG_CODE) return;
    if (ncode == capcode) {
        uint32_t *n = realloc(code_pages, capcode * 2 * sizeof *n);
        if (!n) {   /* cannot track it: flush everything and start over */
            cache_request_flush();
            return;
        }
        code_pages = n;
        capcode *= 2;
    }
    code_pages[ncode++] = (uint32_t)pg;
    rv_pflags[pg] |= PG_CODE;
    if (rv_pflags[pg] & PG_W) mprotect(rv_mem + pg * RV_PAGE, RV_PAGE, PROT_READ);
}

static bool fetch16(uint64_t pc, uint32_t *out)
{
    if (pc >= RV_SPACE) return false;
    uint8_t f = rv_pflags[pc / RV_PAGE];
    if ((f & (PG_MAPPED | PG_X)) != (PG_MAPPED | PG_X)) return false;
    add_code_page(pc / RV_PAGE);
    uint16_t h;
    memcpy(&h, rv_mem + pc, 2);
    *out = h;
    return true;
}

/* ---- op emission ------------------------------------------------------------ */

static inline uint8_t XD(unsigned r) { return r ? (uint8_t)r : RV_SINK; }   /* int destination */
static inline uint8_t FR(unsigned r) { return (uint8_t)(32 + r); }

typedef struct Builder {
    Block *b;
    Op *o;
    uint64_t pc;     /* pc of the instruction being emitted */
} Builder;

static Op *emit(Builder *bd, int opc, int64_t imm, uint8_t rd, uint8_t rs1, uint8_t rs2)
{
    Op *o = bd->o++;
    o->h = rv_handlers[opc];
    o->imm = imm;
    o->rd = rd;
    o->rs1 = rs1;
    o->rs2 = rs2;
    o->rs3 = 0;
    o->pc = (uint32_t)bd->pc;
    return o;
}

static bool is_fp_rm_arith(int opc)
{
    switch (opc) {
    case OP_FADD_S: case OP_FSUB_S: case OP_FMUL_S: case OP_FDIV_S: case OP_FSQRT_S:
    case OP_FMADD_S: case OP_FMSUB_S: case OP_FNMSUB_S: case OP_FNMADD_S:
    case OP_FADD_D: case OP_FSUB_D: case OP_FMUL_D: case OP_FDIV_D: case OP_FSQRT_D:
    case OP_FMADD_D: case OP_FMSUB_D: case OP_FNMSUB_D: case OP_FNMADD_D:
    case OP_FCVT_S_D:
        return true;
    }
    return false;
}

/* integer register operands for FP-class opcodes */
static void fp_regs(const RvInsn *in, Op *o)
{
    int opc = in->opc;
    o->rd = FR(in->rd);
    o->rs1 = FR(in->rs1);
    o->rs2 = FR(in->rs2);
    o->rs3 = FR(in->rs3);
    switch (opc) {
    case OP_FEQ_S: case OP_FLT_S: case OP_FLE_S: case OP_FCLASS_S: case OP_FMV_X_W:
    case OP_FEQ_D: case OP_FLT_D: case OP_FLE_D: case OP_FCLASS_D: case OP_FMV_X_D:
    case OP_FCVT_W_S: case OP_FCVT_WU_S: case OP_FCVT_L_S: case OP_FCVT_LU_S:
    case OP_FCVT_W_D: case OP_FCVT_WU_D: case OP_FCVT_L_D: case OP_FCVT_LU_D:
        o->rd = XD(in->rd);
        break;
    case OP_FMV_W_X: case OP_FMV_D_X:
    case OP_FCVT_S_W: case OP_FCVT_S_WU: case OP_FCVT_S_L: case OP_FCVT_S_LU:
    case OP_FCVT_D_W: case OP_FCVT_D_WU: case OP_FCVT_D_L: case OP_FCVT_D_LU:
        o->rs1 = in->rs1;
        break;
    }
}

/* The previous op when it was emitted for the instruction just before this
 * one (fusion candidate), else NULL. */
static Op *prev_op(Builder *bd, uint64_t prev_pc)
{
    if (bd->o == bd->b->ops) return NULL;
    Op *p = bd->o - 1;
    return p->pc == (uint32_t)prev_pc ? p : NULL;
}

/* Emit ops for one instruction; returns true when it ends the block. */
static bool emit_insn(Builder *bd, const RvInsn *in, uint64_t prev_pc)
{
    Block *b = bd->b;
    uint64_t pc = bd->pc, next = pc + in->len;
    int opc = in->opc;
    uint8_t rd = in->rd, rs1 = in->rs1, rs2 = in->rs2;
    int64_t imm = in->imm;

    switch (opc) {
    case OP_ILLEGAL:
        emit(bd, OP_ILLEGAL, in->raw, 0, 0, 0);
        return true;

    /* constants and moves */
    case OP_LUI:
        if (rd) emit(bd, OP_LI, imm, rd, 0, 0);
        return false;
    case OP_AUIPC:
        if (rd) emit(bd, OP_LI, (int64_t)(pc + (uint64_t)imm), rd, 0, 0);
        return false;
    case OP_ADDI: {
        if (!rd) return false;
        Op *p;
        if (rs1 == 0) emit(bd, OP_LI, imm, rd, 0, 0);
        else if ((p = prev_op(bd, prev_pc)) && p->h == rv_handlers[OP_LI] && p->rd == rs1 && rs1 == rd)
            p->imm += imm, p->pc = (uint32_t)pc;   /* lui/auipc + addi */
        else if (imm == 0) emit(bd, OP_MV, 0, rd, rs1, 0);
        else emit(bd, OP_ADDI, imm, rd, rs1, 0);
        return false;
    }
    case OP_ADDIW: {
        if (!rd) return false;
        Op *p;
        if ((p = prev_op(bd, prev_pc)) && p->h == rv_handlers[OP_LI] && p->rd == rs1 && rs1 == rd)
            p->imm = (int64_t)(int32_t)(uint32_t)((uint64_t)p->imm + (uint64_t)imm), p->pc = (uint32_t)pc;
        else if (rs1 == 0) emit(bd, OP_LI, (int64_t)(int32_t)imm, rd, 0, 0);
        else emit(bd, OP_ADDIW, imm, rd, rs1, 0);
        return false;
    }
    case OP_ADD:
        if (!rd) return false;
        if (rs1 == 0) emit(bd, OP_MV, 0, rd, rs2, 0);
        else if (rs2 == 0) emit(bd, OP_MV, 0, rd, rs1, 0);
        else emit(bd, OP_ADD, 0, rd, rs1, rs2);
        return false;
    case OP_FENCE:
        return false;

    case OP_SLTI: case OP_SLTIU: case OP_XORI: case OP_ORI: case OP_ANDI:
    case OP_SLLI: case OP_SRLI: case OP_SRAI:
    case OP_SLLIW: case OP_SRLIW: case OP_SRAIW:
    case OP_SUB: case OP_SLL: case OP_SLT: case OP_SLTU: case OP_XOR: case OP_SRL: case OP_SRA:
    case OP_OR: case OP_AND: case OP_ADDW: case OP_SUBW: case OP_SLLW: case OP_SRLW: case OP_SRAW:
    case OP_MUL: case OP_MULH: case OP_MULHSU: case OP_MULHU: case OP_DIV: case OP_DIVU:
    case OP_REM: case OP_REMU: case OP_MULW: case OP_DIVW: case OP_DIVUW: case OP_REMW: case OP_REMUW:
        if (rd) emit(bd, opc, imm, rd, rs1, rs2);
        return false;

    case OP_LB: case OP_LH: case OP_LW: case OP_LD: case OP_LBU: case OP_LHU: case OP_LWU:
        emit(bd, opc, imm, XD(rd), rs1, 0);
        return false;
    case OP_SB: case OP_SH: case OP_SW: case OP_SD:
        emit(bd, opc, imm, 0, rs1, rs2);
        return false;
    case OP_FLW: case OP_FLD:
        emit(bd, opc, imm, FR(rd), rs1, 0);
        return false;
    case OP_FSW: case OP_FSD:
        emit(bd, opc, imm, 0, rs1, FR(rs2));
        return false;

    /* control transfer */
    case OP_JAL:
        b->exit[0].pc = pc + (uint64_t)imm;
        if (rd) emit(bd, OP_JAL, (int64_t)next, rd, 0, 0);
        else emit(bd, OP_J, 0, 0, 0, 0);
        return true;
    case OP_JALR: {
        b->exit[1].pc = next;
        Op *p = prev_op(bd, prev_pc);
        if (p && p->h == rv_handlers[OP_LI] && p->rd == rs1) {
            /* auipc/lui + jalr: a direct jump */
            b->exit[0].pc = ((uint64_t)p->imm + (uint64_t)imm) & ~1ull;
            if (rd) emit(bd, OP_JAL, (int64_t)next, rd, 0, 0);
            else emit(bd, OP_J, 0, 0, 0, 0);
            return true;
        }
        emit(bd, rd ? OP_JALR : OP_JR, imm, XD(rd), rs1, 0);
        return true;
    }
    case OP_BEQ: case OP_BNE: case OP_BLT: case OP_BGE: case OP_BLTU: case OP_BGEU:
        b->exit[0].pc = pc + (uint64_t)imm;
        b->exit[1].pc = next;
        emit(bd, opc, 0, 0, rs1, rs2);
        return true;
    case OP_ECALL: case OP_FENCE_I:
        b->exit[0].pc = next;
        emit(bd, opc, 0, 0, 0, 0);
        return true;
    case OP_EBREAK:
        emit(bd, OP_EBREAK, in->raw, 0, 0, 0);
        return true;

    /* CSRs: imm = csr | kind << 12 | writes << 15 | index-in-block << 16 */
    case OP_CSRRW: case OP_CSRRS: case OP_CSRRC: case OP_CSRRWI: case OP_CSRRSI: case OP_CSRRCI: {
        bool writes = opc == OP_CSRRW || opc == OP_CSRRWI || rs1 != 0;
        int64_t v = imm | (int64_t)(opc - OP_CSRRW) << 12 | (int64_t)writes << 15 |
                    (int64_t)(b->ninsn - 1) << 16;
        emit(bd, OP_CSRRW, v, XD(rd), rs1, 0);
        if (writes) {
            b->exit[0].pc = next;
            return true;
        }
        return false;
    }

    case OP_LR_W: case OP_SC_W: case OP_AMOSWAP_W: case OP_AMOADD_W: case OP_AMOXOR_W:
    case OP_AMOAND_W: case OP_AMOOR_W: case OP_AMOMIN_W: case OP_AMOMAX_W: case OP_AMOMINU_W:
    case OP_AMOMAXU_W:
    case OP_LR_D: case OP_SC_D: case OP_AMOSWAP_D: case OP_AMOADD_D: case OP_AMOXOR_D:
    case OP_AMOAND_D: case OP_AMOOR_D: case OP_AMOMIN_D: case OP_AMOMAX_D: case OP_AMOMINU_D:
    case OP_AMOMAXU_D:
        emit(bd, opc, 0, XD(rd), rs1, rs2);
        return false;

    case OP_FMV_X_D: case OP_FMV_D_X: {
        Op *o = emit(bd, OP_MV, 0, 0, 0, 0);
        fp_regs(in, o);
        if (o->rd == RV_SINK) bd->o--;
        return false;
    }
    case OP_FCVT_D_S: case OP_FCVT_D_W: case OP_FCVT_D_WU:
        /* exact: rounding mode irrelevant */
        fp_regs(in, emit(bd, opc, 0, 0, 0, 0));
        return false;
    case OP_FCVT_W_S: case OP_FCVT_WU_S: case OP_FCVT_L_S: case OP_FCVT_LU_S:
    case OP_FCVT_W_D: case OP_FCVT_WU_D: case OP_FCVT_L_D: case OP_FCVT_LU_D:
    case OP_FCVT_S_W: case OP_FCVT_S_WU: case OP_FCVT_S_L: case OP_FCVT_S_LU:
    case OP_FCVT_D_L: case OP_FCVT_D_LU:
        fp_regs(in, emit(bd, OP_FP_CALL, opc | (int64_t)in->rm << 16, 0, 0, 0));
        return false;

    default:
        if (is_fp_rm_arith(opc)) {
            if (in->rm == RV_DYN && rv_dyn_class == 0)
                fp_regs(in, emit(bd, opc, 0, 0, 0, 0));
            else
                fp_regs(in, emit(bd, OP_FP_CALL, opc | (int64_t)in->rm << 16, 0, 0, 0));
            return false;
        }
        /* remaining FP ops without rounding: sign injection, min/max,
         * compares, class, moves */
        fp_regs(in, emit(bd, opc, 0, 0, 0, 0));
        return false;
    }
}

static Block *build(uint64_t pc0)
{
    size_t need = sizeof(Block) + (RV_MAX_INSNS + 2) * sizeof(Op);
    if (arena_used + need > ARENA_SIZE) return NULL;
    Block *b = (Block *)(arena + arena_used);
    memset(b, 0, sizeof *b);
    b->pc = pc0;
    Builder bd = {b, b->ops, pc0};
    uint64_t pc = pc0, prev_pc = UINT64_MAX;
    for (;;) {
        if (b->ninsn >= RV_MAX_INSNS) {
            b->exit[0].pc = pc;
            bd.pc = pc;
            emit(&bd, OP_CONT, 0, 0, 0, 0);
            break;
        }
        uint32_t lo, hi = 0;
        bd.pc = pc;
        if (!fetch16(pc, &lo)) {
            emit(&bd, OP_FETCH_FAULT, (int64_t)pc, 0, 0, 0);
            break;
        }
        if ((lo & 3) == 3 && !fetch16(pc + 2, &hi)) {
            emit(&bd, OP_FETCH_FAULT, (int64_t)(pc + 2), 0, 0, 0);
            break;
        }
        RvInsn in;
        rv_decode(lo | hi << 16, &in);
        b->ninsn++;
        if (emit_insn(&bd, &in, prev_pc)) break;
        prev_pc = pc;
        pc += in.len;
    }
    b->nops = (uint32_t)(bd.o - b->ops);
    if (b->nops == 0) {   /* cannot happen: every block ends in a terminator */
        bd.pc = pc;
        emit(&bd, OP_CONT, 0, 0, 0, 0);
        b->exit[0].pc = pc;
        b->nops = 1;
    }
    arena_used += block_bytes(b);
    rv_stats.blocks_decoded++;
    rv_stats.insns_decoded += b->ninsn;
    return b;
}

Block *cache_get(RvCpu *st, uint64_t pc)
{
    (void)st;
    if (rv_flush_pending) {
        arena_used = 0;
        rv_flush_pending = 0;
        rv_cache_gen++;
    }
    rv_stats.lookups++;
    uint32_t h = rv_tab_hash(pc);
    for (Block **pp = &rv_btab[h]; *pp; pp = &(*pp)->hnext) {
        Block *b = *pp;
        if (b->pc == pc) {
            *pp = b->hnext;   /* move to front */
            b->hnext = rv_btab[h];
            rv_btab[h] = b;
            return b;
        }
    }
    rv_stats.lookup_misses++;
    Block *b = build(pc);
    if (!b) {
        cache_request_flush();
        arena_used = 0;
        rv_flush_pending = 0;
        rv_cache_gen++;
        b = build(pc);
    }
    if (rv_flush_pending) {
        /* add_code_page had to give up: do not keep this block */
        arena_used = 0;
        rv_flush_pending = 0;
        rv_cache_gen++;
        b = build(pc);
    }
    b->hnext = rv_btab[h];
    rv_btab[h] = b;
    return b;
}
