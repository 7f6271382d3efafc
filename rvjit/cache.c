/* rvjit — the decode cache.
 *
 * Guest code is decoded once into superblocks: an array of Ops, each holding
 * its interpreter handler address, r[] register indexes and an unpacked
 * immediate, plus exit records (see rvjit.h for the layout).  A superblock
 * runs on past conditional branches (a taken branch leaves through its own
 * exit) and follows direct jumps and calls into their targets; it ends at an
 * indirect jump, ecall/ebreak, fence.i, frm/fcsr write, illegal instruction,
 * a backward direct jump into itself, or a size limit.  Blocks live in one
 * bump-allocated arena and are found through a hash table keyed by guest pc;
 * exits are chained (exit->blk) so that hot transfers skip the lookup.
 *
 * Op field conventions for control transfer ("x" = exit index):
 *   Bcc, Bcc_B      rs1, rs2 compared; rd = x of the taken exit
 *   J, CONT         rd = x
 *   JAL             rd = link register, imm = link value, rs3 = x
 *   JR, JALR        rd link, rs1 + imm target, rs2 = insn length, rs3 = x
 *                   (that exit is the one-entry cache of the last target)
 *   ECALL, FENCE_I  rd = x (continuation)
 *   CSRRW           imm = csr | funct3 << 12 | writes << 15 | index << 16 |
 *                   ends-block << 32 | x << 40
 *
 * Invalidation.  cache_request_flush() drops everything: it empties the hash
 * table, unchains every exit and restores write access to write-protected
 * code pages immediately (it is safe to call from the SIGSEGV handler); the
 * arena itself is reset at the next lookup, when no block is executing.  Used
 * for fence.i, riscv_flush_icache, mmap/munmap/mprotect over code, frm mode
 * class changes and a full arena.
 *
 * Self-modifying code: every page the decoder reads gets PG_CODE; a
 * guest-writable code page is made read-only in the host, so the first guest
 * store to it faults; the handler invalidates just the blocks decoded from
 * that page (invalidate_page) and the store is retried.  Stores by syscalls
 * (read() into code) go through g_ptr(), which does the same.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "rvjit.h"

#define ARENA_SIZE   (256ull << 20)
#define RV_MAX_INSNS 128      /* guest instructions per superblock */
#define RV_MAX_EXITS 8        /* exits per superblock */
#define RV_MAX_FOLLOW 4       /* direct jumps followed per superblock */

Block *rv_btab[RV_TAB_SIZE];
volatile int rv_flush_pending;
uint64_t rv_cache_gen;
const void **rv_handlers;
struct RvStats rv_stats;

static uint8_t *arena;
static size_t arena_used;
static size_t ndead;                 /* invalidated blocks still in the arena */
static uint8_t *smc_count;           /* per page: self-modifying-code faults */
#define SMC_NOCACHE_AFTER 16
#define TRANSIENT_BYTES (64u << 10)
static uint64_t transient_buf[TRANSIENT_BYTES / 8];   /* blocks from PG_NOCACHE pages */
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
    smc_count = calloc(RV_NPAGES, 1);
    return code_pages && smc_count ? 0 : -ENOMEM;
}

/* allocation prefix: sizes and the guest pages the block was decoded from
 * (npages > RV_MAX_PAGES: too many to list, treat as covering every page);
 * then exits, header, ops */
#define RV_MAX_PAGES 6
typedef struct AllocHdr {
    uint32_t nexits, bytes, npages;
    uint32_t pages[RV_MAX_PAGES];
    uint32_t pad;
} AllocHdr;
_Static_assert(sizeof(AllocHdr) % 8 == 0, "AllocHdr alignment");
#define DEAD_PC UINT64_MAX   /* pc of an invalidated block: never matches */
static Block *alloc_block(size_t off)
{
    const AllocHdr *a = (const AllocHdr *)(arena + off);
    return (Block *)(arena + off + sizeof(AllocHdr) + a->nexits * sizeof(BlockExit));
}
static size_t alloc_bytes(size_t off) { return ((const AllocHdr *)(arena + off))->bytes; }

void cache_request_flush(void)
{
    memset(rv_btab, 0, sizeof rv_btab);
    ndead = 0;
    for (size_t off = 0; off < arena_used; off += alloc_bytes(off)) {
        const AllocHdr *a = (const AllocHdr *)(arena + off);
        Block *b = alloc_block(off);
        for (uint32_t k = 0; k < a->nexits; k++) blk_exit(b, k)->blk = NULL;
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

/* Invalidate the blocks decoded from one guest page (a store hit it): they
 * leave the hash table, get DEAD_PC, every exit chained to them is cut, and
 * the page is writable again.  A block that is executing runs to its end
 * (RISC-V only promises to fetch new code after fence.i); its memory stays
 * valid until the arena is reset.  Safe in the SIGSEGV handler. */
static void invalidate_page(uint32_t pg)
{
    bool any = false;
    for (size_t off = 0; off < arena_used; off += alloc_bytes(off)) {
        const AllocHdr *a = (const AllocHdr *)(arena + off);
        Block *b = alloc_block(off);
        if (b->pc == DEAD_PC) continue;
        bool hit = a->npages > RV_MAX_PAGES;
        for (uint32_t i = 0; !hit && i < a->npages; i++) hit = a->pages[i] == pg;
        if (!hit) continue;
        for (Block **pp = &rv_btab[rv_tab_hash(b->pc)]; *pp; pp = &(*pp)->hnext)
            if (*pp == b) {
                *pp = b->hnext;
                break;
            }
        b->pc = DEAD_PC;
        ndead++;
        any = true;
    }
    if (any)
        for (size_t off = 0; off < arena_used; off += alloc_bytes(off)) {
            const AllocHdr *a = (const AllocHdr *)(arena + off);
            Block *b = alloc_block(off);
            for (uint32_t k = 0; k < a->nexits; k++) {
                BlockExit *e = blk_exit(b, k);
                if (e->blk && e->blk->pc == DEAD_PC) e->blk = NULL;
            }
        }
    for (size_t i = 0; i < ncode; i++)
        if (code_pages[i] == pg) {
            code_pages[i] = code_pages[--ncode];
            break;
        }
    rv_pflags[pg] &= (uint8_t)~PG_CODE;
    if (rv_pflags[pg] & PG_W) mprotect(rv_mem + (uint64_t)pg * RV_PAGE, RV_PAGE, PROT_READ | PROT_WRITE);
    rv_stats.page_invalidations++;
    if (ndead > 4096) cache_request_flush();   /* reclaim the arena */
}

void cache_invalidate_range(uint64_t a, uint64_t len)
{
    if (!len) return;
    for (uint64_t p = a / RV_PAGE; p <= (a + len - 1) / RV_PAGE && p < RV_NPAGES; p++)
        if (rv_pflags[p] & PG_CODE) invalidate_page((uint32_t)p);
}

bool cache_smc_fault(uint64_t gaddr)
{
    if (gaddr >= RV_SPACE) return false;
    uint8_t f = rv_pflags[gaddr / RV_PAGE];
    if ((f & (PG_MAPPED | PG_W | PG_CODE)) != (PG_MAPPED | PG_W | PG_CODE)) return false;
    rv_stats.smc_faults++;
    uint32_t pg = (uint32_t)(gaddr / RV_PAGE);
    if (++smc_count[pg] >= SMC_NOCACHE_AFTER) rv_pflags[pg] |= PG_NOCACHE;
    invalidate_page(pg);
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

static uint32_t bpages[RV_MAX_PAGES], nbpages;   /* pages of the block being built */
static bool bnocache;                            /* ... one of them is PG_NOCACHE */

static bool fetch16(uint64_t pc, uint32_t *out)
{
    if (pc >= RV_SPACE) return false;
    uint8_t f = rv_pflags[pc / RV_PAGE];
    if ((f & (PG_MAPPED | PG_X)) != (PG_MAPPED | PG_X)) return false;
    uint32_t pg = (uint32_t)(pc / RV_PAGE);
    if (f & PG_NOCACHE) bnocache = true;
    else add_code_page(pg);
    bool known = false;
    for (uint32_t i = 0; i < nbpages && i < RV_MAX_PAGES; i++) known |= bpages[i] == pg;
    if (!known) {
        if (nbpages < RV_MAX_PAGES) bpages[nbpages] = pg;
        nbpages++;
    }
    uint16_t h;
    memcpy(&h, rv_mem + pc, 2);
    *out = h;
    return true;
}

/* ---- op emission ------------------------------------------------------------ */

static inline uint8_t XD(unsigned r) { return r ? (uint8_t)r : RV_SINK; }   /* int destination */
static inline uint8_t FR(unsigned r) { return (uint8_t)(32 + r); }

typedef struct Builder {
    Op *ops, *o;         /* temporary op buffer and write pointer */
    BlockExit *ex;       /* temporary exit buffer */
    unsigned nex;
    uint64_t pc0;        /* block start */
    uint64_t pc;         /* pc of the instruction being emitted */
    uint64_t follow;     /* E_FOLLOW: where decoding continues */
    unsigned nfollow;
    unsigned ninsn;      /* instructions decoded so far (including this one) */
    unsigned prev_len;   /* length of the previous instruction */
    unsigned cur_len;    /* length of this instruction */
} Builder;

enum { E_NEXT, E_END, E_ENDCONT, E_FOLLOW };

static Op *emit(Builder *bd, int opc, int64_t imm, uint8_t rd, uint8_t rs1, uint8_t rs2)
{
    Op *o = bd->o++;
    o->h = rv_handlers[opc];
    o->imm = imm;
    o->rd = rd;
    o->rs1 = rs1;
    o->rs2 = rs2;
    o->rs3 = 0;
    o->pc = bd->pc;
    memset(o->aux, 0, sizeof o->aux);
    return o;
}

/* new exit record: leaving to `target` after `count` instructions */
static uint8_t new_exit(Builder *bd, uint64_t target, unsigned count)
{
    BlockExit *e = &bd->ex[bd->nex];
    e->pc = target;
    e->blk = NULL;
    e->count = count;
    return (uint8_t)bd->nex++;
}

static bool exits_full(const Builder *bd) { return bd->nex >= RV_MAX_EXITS - 1; }

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
    if (bd->o == bd->ops) return NULL;
    Op *p = bd->o - 1;
    return p->pc == prev_pc ? p : NULL;
}

static bool is_op(const Op *o, int opc) { return o->h == rv_handlers[opc]; }

/* frflags X; f{lt,le,eq}.{s,d} Y, a, b; fsflags X  ->  one quiet compare that
 * also sets X (GCC's idiom for quiet comparisons).  The compare raises no
 * flag in the fused form, so restoring the flags is a no-op. */
static bool fuse_qcmp(Builder *bd, unsigned src, uint64_t pc)
{
    if (bd->o - bd->ops < 2) return false;
    Op *fr = bd->o - 2, *cmp = bd->o - 1;
    if (!is_op(fr, OP_FRFLAGS) || fr->rd != src || fr->pc + 4 != cmp->pc || cmp->pc + 4 != pc)
        return false;
    static const int from[6] = {OP_FLT_D, OP_FLE_D, OP_FEQ_D, OP_FLT_S, OP_FLE_S, OP_FEQ_S};
    static const int to[6] = {OP_QFLT_D, OP_QFLE_D, OP_QFEQ_D, OP_QFLT_S, OP_QFLE_S, OP_QFEQ_S};
    for (int i = 0; i < 6; i++) {
        if (!is_op(cmp, from[i])) continue;
        if (cmp->rd == src) return false;
        Op q = *cmp;
        q.h = rv_handlers[to[i]];
        q.rs3 = (uint8_t)src;
        q.pc = fr->pc;
        *fr = q;
        bd->o--;
        return true;
    }
    return false;
}

/* Pair an 8-byte load (ld/fld) or store (sd/fsd) with the previous one.
 * LD2: rd = dst1, rs1 = base1, rs2 = dst2, rs3 = base2.
 * SD2: rs1 = base1, rs2 = src1, rs3 = base2, rd = src2.
 * imm: bits 0..31 first offset, 32..47 second offset, 48..55 length of the
 * first instruction (pc of the second access, for faults), 56..63 length of
 * the second (lets fuse_block recognise two consecutive pairs). */
static bool fuse_pair(Builder *bd, uint64_t prev_pc, bool load, uint8_t reg, uint8_t base, int64_t imm)
{
    Op *p = prev_op(bd, prev_pc);
    if (!p || imm != (int16_t)imm || p->imm != (int32_t)p->imm) return false;
    if (load) {
        if (!is_op(p, OP_LD) && !is_op(p, OP_FLD)) return false;
        if (p->rd == base) return false;   /* the first load changes the second base */
        p->rs2 = reg;
    } else {
        if (!is_op(p, OP_SD) && !is_op(p, OP_FSD)) return false;
        p->rd = reg;
    }
    p->rs3 = base;
    p->imm = (int64_t)((uint64_t)(uint32_t)(int32_t)p->imm | ((uint64_t)(uint16_t)imm << 32) |
                       (uint64_t)bd->prev_len << 48 | (uint64_t)bd->cur_len << 56);
    p->h = rv_handlers[load ? OP_LD2 : OP_SD2];
    return true;
}

static int nofuse = -1;
static bool fuse_on(int bit)
{
    if (nofuse < 0) {
        const char *e = getenv("RVJIT_NOFUSE");   /* debugging aid: disable fusions */
        nofuse = e ? atoi(e) : 0;
    }
    return !(nofuse & bit);
}

/* a direct jump to target: follow it (continue decoding there) or end */
static int direct_jump(Builder *bd, uint64_t target, unsigned rd, uint64_t next)
{
    bool inside = target >= bd->pc0 && target <= bd->pc;
    if (fuse_on(128) && !inside && bd->nfollow < RV_MAX_FOLLOW && bd->ninsn < RV_MAX_INSNS - 8) {
        if (rd) emit(bd, OP_LI, (int64_t)next, (uint8_t)rd, 0, 0);
        bd->nfollow++;
        bd->follow = target;
        return E_FOLLOW;
    }
    uint8_t x = new_exit(bd, target, bd->ninsn);
    if (rd) emit(bd, OP_JAL, (int64_t)next, (uint8_t)rd, 0, 0)->rs3 = x;
    else emit(bd, OP_J, 0, x, 0, 0);
    return E_END;
}

/* Emit ops for one instruction. */
static int emit_insn(Builder *bd, const RvInsn *in, uint64_t prev_pc)
{
    uint64_t pc = bd->pc, next = pc + in->len;
    int opc = in->opc;
    uint8_t rd = in->rd, rs1 = in->rs1, rs2 = in->rs2;
    int64_t imm = in->imm;

    switch (opc) {
    case OP_ILLEGAL:
        emit(bd, OP_ILLEGAL, in->raw, 0, 0, 0);
        return E_END;

    /* constants and moves */
    case OP_LUI:
        if (rd) emit(bd, OP_LI, imm, rd, 0, 0);
        return E_NEXT;
    case OP_AUIPC:
        if (rd) emit(bd, OP_LI, (int64_t)(pc + (uint64_t)imm), rd, 0, 0);
        return E_NEXT;
    case OP_ADDI: {
        if (!rd) return E_NEXT;
        Op *p;
        if (rs1 == 0) emit(bd, OP_LI, imm, rd, 0, 0);
        else if ((p = prev_op(bd, prev_pc)) && is_op(p, OP_LI) && p->rd == rs1 && rs1 == rd)
            p->imm += imm, p->pc = pc;   /* lui/auipc + addi */
        else if (imm == 0) emit(bd, OP_MV, 0, rd, rs1, 0);
        else emit(bd, OP_ADDI, imm, rd, rs1, 0);
        return E_NEXT;
    }
    case OP_ADDIW: {
        if (!rd) return E_NEXT;
        Op *p;
        if ((p = prev_op(bd, prev_pc)) && is_op(p, OP_LI) && p->rd == rs1 && rs1 == rd)
            p->imm = (int64_t)(int32_t)(uint32_t)((uint64_t)p->imm + (uint64_t)imm), p->pc = pc;
        else if (rs1 == 0) emit(bd, OP_LI, (int64_t)(int32_t)imm, rd, 0, 0);
        else emit(bd, OP_ADDIW, imm, rd, rs1, 0);
        return E_NEXT;
    }
    case OP_ADD:
        if (!rd) return E_NEXT;
        if (rs1 == 0) emit(bd, OP_MV, 0, rd, rs2, 0);
        else if (rs2 == 0) emit(bd, OP_MV, 0, rd, rs1, 0);
        else emit(bd, OP_ADD, 0, rd, rs1, rs2);
        return E_NEXT;
    case OP_FENCE:
        return E_NEXT;

    case OP_SLTI: case OP_SLTIU: case OP_XORI: case OP_ORI: case OP_ANDI:
    case OP_SLLI: case OP_SRLI: case OP_SRAI:
    case OP_SLLIW: case OP_SRLIW: case OP_SRAIW:
    case OP_SUB: case OP_SLL: case OP_SLT: case OP_SLTU: case OP_XOR: case OP_SRL: case OP_SRA:
    case OP_OR: case OP_AND: case OP_ADDW: case OP_SUBW: case OP_SLLW: case OP_SRLW: case OP_SRAW:
    case OP_MUL: case OP_MULH: case OP_MULHSU: case OP_MULHU: case OP_DIV: case OP_DIVU:
    case OP_REM: case OP_REMU: case OP_MULW: case OP_DIVW: case OP_DIVUW: case OP_REMW: case OP_REMUW:
        if (rd) emit(bd, opc, imm, rd, rs1, rs2);
        return E_NEXT;

    case OP_LB: case OP_LH: case OP_LW: case OP_LD: case OP_LBU: case OP_LHU: case OP_LWU:
    case OP_FLW: case OP_FLD: {
        uint8_t d = (opc == OP_FLW || opc == OP_FLD) ? FR(rd) : XD(rd);
        Op *p = prev_op(bd, prev_pc);
        if (fuse_on(1) && p && is_op(p, OP_LI) && p->rd == rs1) {
            /* auipc/lui + load: absolute address, no dependency on the base.
             * The auipc/lui stays even when the load overwrites its register:
             * if the load faults, the guest's handler sees that register set,
             * and resuming at the load must find the base there. */
            imm += p->imm;
            emit(bd, opc, imm, d, 0, 0);
            return E_NEXT;
        }
        if ((opc == OP_LD || opc == OP_FLD) && fuse_on(2) && fuse_pair(bd, prev_pc, true, d, rs1, imm))
            return E_NEXT;
        emit(bd, opc, imm, d, rs1, 0);
        return E_NEXT;
    }
    case OP_SB: case OP_SH: case OP_SW: case OP_SD: case OP_FSW: case OP_FSD: {
        uint8_t src = (opc == OP_FSW || opc == OP_FSD) ? FR(rs2) : rs2;
        if ((opc == OP_SD || opc == OP_FSD) && fuse_on(8) && fuse_pair(bd, prev_pc, false, src, rs1, imm))
            return E_NEXT;
        emit(bd, opc, imm, 0, rs1, src);
        return E_NEXT;
    }

    /* control transfer */
    case OP_JAL:
        return direct_jump(bd, pc + (uint64_t)imm, rd, next);
    case OP_JALR: {
        Op *p = prev_op(bd, prev_pc);
        if (p && is_op(p, OP_LI) && p->rd == rs1)   /* auipc/lui + jalr: a direct jump */
            return direct_jump(bd, ((uint64_t)p->imm + (uint64_t)imm) & ~1ull, rd, next);
        uint8_t x = new_exit(bd, 0, bd->ninsn);
        Op *o = emit(bd, rd ? OP_JALR : OP_JR, imm, XD(rd), rs1, (uint8_t)in->len);
        o->rs3 = x;
        return E_END;
    }
    case OP_BEQ: case OP_BNE: case OP_BLT: case OP_BGE: case OP_BLTU: case OP_BGEU: {
        uint8_t x = new_exit(bd, pc + (uint64_t)imm, bd->ninsn);
        bool back = imm <= 0;   /* a branch to itself is a loop too */
        emit(bd, (back ? OP_BEQ_B : OP_BEQ) + (opc - OP_BEQ), 0, x, rs1, rs2);
        return exits_full(bd) ? E_ENDCONT : E_NEXT;
    }
    case OP_ECALL: case OP_FENCE_I:
        emit(bd, opc, 0, new_exit(bd, next, bd->ninsn), 0, 0);
        return E_END;
    case OP_EBREAK:
        emit(bd, OP_EBREAK, in->raw, 0, 0, 0);
        return E_END;

    /* CSRs.  Only frm/fcsr writes end the block (they may change how DYN FP
     * ops decode); fflags reads/writes get their own fast ops. */
    case OP_CSRRW: case OP_CSRRS: case OP_CSRRC: case OP_CSRRWI: case OP_CSRRSI: case OP_CSRRCI: {
        bool writes = opc == OP_CSRRW || opc == OP_CSRRWI || rs1 != 0;
        if (imm == 0x001 && opc == OP_CSRRS && rs1 == 0) {
            if (rd) emit(bd, OP_FRFLAGS, 0, rd, 0, 0);
            return E_NEXT;
        }
        if (imm == 0x001 && opc == OP_CSRRW) {
            if (!rd && fuse_on(64) && fuse_qcmp(bd, rs1, pc)) return E_NEXT;
            emit(bd, OP_FSFLAGS, 0, XD(rd), rs1, 0);
            return E_NEXT;
        }
        bool term = writes && (imm == 0x002 || imm == 0x003);
        uint64_t x = term ? new_exit(bd, next, bd->ninsn) : 0;
        static const int f3[6] = {1, 2, 3, 5, 6, 7};   /* funct3 of CSRRW..CSRRCI */
        int64_t v = imm | (int64_t)f3[opc - OP_CSRRW] << 12 | (int64_t)writes << 15 |
                    (int64_t)(bd->ninsn - 1) << 16 | (int64_t)term << 32 | (int64_t)(x << 40);
        emit(bd, OP_CSRRW, v, XD(rd), rs1, 0);
        return term ? E_END : E_NEXT;
    }

    case OP_LR_W: case OP_SC_W: case OP_AMOSWAP_W: case OP_AMOADD_W: case OP_AMOXOR_W:
    case OP_AMOAND_W: case OP_AMOOR_W: case OP_AMOMIN_W: case OP_AMOMAX_W: case OP_AMOMINU_W:
    case OP_AMOMAXU_W:
    case OP_LR_D: case OP_SC_D: case OP_AMOSWAP_D: case OP_AMOADD_D: case OP_AMOXOR_D:
    case OP_AMOAND_D: case OP_AMOOR_D: case OP_AMOMIN_D: case OP_AMOMAX_D: case OP_AMOMINU_D:
    case OP_AMOMAXU_D:
        emit(bd, opc, 0, XD(rd), rs1, rs2);
        return E_NEXT;

    case OP_FMV_X_D: case OP_FMV_D_X: {
        Op *o = emit(bd, OP_MV, 0, 0, 0, 0);
        fp_regs(in, o);
        if (o->rd == RV_SINK) bd->o--;
        return E_NEXT;
    }
    case OP_FCVT_D_S: case OP_FCVT_D_W: case OP_FCVT_D_WU:
        /* exact: rounding mode irrelevant */
        fp_regs(in, emit(bd, opc, 0, 0, 0, 0));
        return E_NEXT;
    case OP_FCVT_W_S: case OP_FCVT_WU_S: case OP_FCVT_L_S: case OP_FCVT_LU_S:
    case OP_FCVT_W_D: case OP_FCVT_WU_D: case OP_FCVT_L_D: case OP_FCVT_LU_D:
    case OP_FCVT_S_W: case OP_FCVT_S_WU: case OP_FCVT_S_L: case OP_FCVT_S_LU:
    case OP_FCVT_D_L: case OP_FCVT_D_LU:
        fp_regs(in, emit(bd, OP_FP_CALL, opc | (int64_t)in->rm << 16, 0, 0, 0));
        return E_NEXT;

    default:
        if (is_fp_rm_arith(opc)) {
            if (in->rm == RV_DYN && rv_dyn_class == 0)
                fp_regs(in, emit(bd, opc, 0, 0, 0, 0));
            else
                fp_regs(in, emit(bd, OP_FP_CALL, opc | (int64_t)in->rm << 16, 0, 0, 0));
            return E_NEXT;
        }
        /* remaining FP ops without rounding: sign injection, min/max,
         * compares, class, moves */
        fp_regs(in, emit(bd, opc, 0, 0, 0, 0));
        return E_NEXT;
    }
}

/* ---- generic fusion over the finished op list ------------------------------------
 * Ops of one block run in list order (blocks are only entered at the top), so
 * adjacent ops can be merged:
 *   pair      P_k1_k2: rd, rs1, rs2 = first op; rs3, aux[0], aux[1] = rd,
 *             rs1, rs2 of the second; imm = imm1 (low 32) | imm2 (high 32).
 *   branch    F_k_Bcc(_B): rd, rs1, rs2, imm = the op; compares rs3 with
 *             aux[0]; aux[1] = exit index.
 *   runs      LD4/6/8, SD4/6/8: up to four LD2/SD2 ops at consecutive pcs;
 *             the first gets the run handler, the others stay as data.
 * With a memory op m (load dst / store src "md", base, 16-bit offset) and a
 * kind op k (kd, ka, kb, 32-bit kimm); pc = the memory op's pc (faults):
 *   MLK / KML / KMS  load-then-kind, kind-then-load, kind-then-store:
 *             rd, rs1, rs2 = kd, ka, kb; rs3 = md;
 *             imm = kimm | offset << 32 | base << 48
 *   MBR       load then branch: rd = md, rs1 = base, rs2, rs3 = compared;
 *             imm = 32-bit offset | exit << 32
 *   KJR       kind then jr: rd, rs1, rs2 = kd, ka, kb; rs3 = exit;
 *             imm = kimm | jr offset << 32 | jr base << 48 */
static int fuse_kind(const Op *o)
{
    static const int ops[RV_NFK] = {
#define RV_FK_OP(k) OP_##k,
        RV_FUSE_KINDS(RV_FK_OP)
#undef RV_FK_OP
    };
    for (int k = 0; k < RV_NFK; k++)
        if (o->h == rv_handlers[ops[k]]) return k;
    return -1;
}

static int load_kind(const Op *o)
{
    static const int ops[RV_NFL] = {OP_LD, OP_LW, OP_LBU};
    for (int k = 0; k < RV_NFL; k++)
        if (o->h == rv_handlers[ops[k]]) return o->imm == (int16_t)o->imm ? k : -1;
    return -1;
}

static int store_kind(const Op *o)
{
    static const int ops[RV_NFS] = {OP_SD, OP_SW, OP_SB};
    for (int k = 0; k < RV_NFS; k++)
        if (o->h == rv_handlers[ops[k]]) return o->imm == (int16_t)o->imm ? k : -1;
    return -1;
}

/* kind op k + memory op m -> MLK/KML/KMS layout (see above) */
static Op mem_pair(int h, const Op *k, const Op *m, uint8_t md)
{
    Op p = *k;
    p.h = rv_handlers[h];
    p.rs3 = md;
    p.imm = (int64_t)((uint64_t)(uint32_t)k->imm | (uint64_t)(uint16_t)m->imm << 32 |
                      (uint64_t)m->rs1 << 48);
    p.pc = m->pc;
    return p;
}

static int branch_kind(const Op *o, bool *back)
{
    for (int j = 0; j < 6; j++) {
        if (o->h == rv_handlers[OP_BEQ + j]) { *back = false; return j; }
        if (o->h == rv_handlers[OP_BEQ_B + j]) { *back = true; return j; }
    }
    return -1;
}

static size_t fuse_block(Op *ops, size_t n)
{
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        Op *a = &ops[i], *b = i + 1 < n ? &ops[i + 1] : NULL;
        int k1 = b ? fuse_kind(a) : -1;
        if (k1 >= 0 && fuse_on(16)) {
            int k2 = fuse_kind(b);
            bool back;
            int br;
            if (k2 >= 0 && a->imm == (int32_t)a->imm && b->imm == (int32_t)b->imm) {
                Op p = *a;
                p.h = rv_handlers[OP_PAIR0 + k1 * RV_NFK + k2];
                p.rs3 = b->rd;
                p.aux[0] = b->rs1;
                p.aux[1] = b->rs2;
                p.imm = (int64_t)((uint64_t)(uint32_t)a->imm | (uint64_t)b->imm << 32);
                ops[out++] = p;
                i++;
                continue;
            }
            if ((br = branch_kind(b, &back)) >= 0) {
                Op p = *a;
                p.h = rv_handlers[OP_FBR0 + (k1 * 6 + br) * 2 + back];
                p.rs3 = b->rs1;
                p.aux[0] = b->rs2;
                p.aux[1] = b->rd;
                ops[out++] = p;
                i++;
                continue;
            }
        }
        if (b && fuse_on(32)) {
            int ka = fuse_kind(a), kb = fuse_kind(b), la = load_kind(a), lb = load_kind(b);
            int sb = store_kind(b);
            bool back;
            int br;
            if (ka >= 0 && a->imm == (int32_t)a->imm) {
                if (is_op(b, OP_JR) && b->imm == (int16_t)b->imm && fuse_on(256)) {
                    Op p = *a;
                    p.h = rv_handlers[OP_KJR0 + ka];
                    p.rs3 = b->rs3;
                    p.imm = (int64_t)((uint64_t)(uint32_t)a->imm | (uint64_t)(uint16_t)b->imm << 32 |
                                      (uint64_t)b->rs1 << 48);
                    ops[out++] = p;
                    i++;
                    continue;
                }
                if (lb >= 0) {
                    ops[out++] = mem_pair(OP_KML0 + ka * RV_NFL + lb, a, b, b->rd);
                    i++;
                    continue;
                }
                if (sb >= 0) {
                    ops[out++] = mem_pair(OP_KMS0 + ka * RV_NFS + sb, a, b, b->rs2);
                    i++;
                    continue;
                }
            }
            if (la >= 0 && kb >= 0 && b->imm == (int32_t)b->imm) {
                ops[out++] = mem_pair(OP_MLK0 + la * RV_NFK + kb, b, a, a->rd);
                i++;
                continue;
            }
            if (la >= 0 && fuse_on(512) && (br = branch_kind(b, &back)) >= 0) {
                Op p = *a;
                p.h = rv_handlers[OP_MBR0 + (la * 6 + br) * 2 + back];
                p.rs2 = b->rs1;
                p.rs3 = b->rs2;
                p.imm = (int64_t)((uint64_t)(uint32_t)a->imm | (uint64_t)b->rd << 32);
                ops[out++] = p;
                i++;
                continue;
            }
        }
        if (b && fuse_on(4) && (is_op(a, OP_SD2) || is_op(a, OP_LD2))) {
            /* a run of up to four pairs at consecutive pcs: SD4/6/8, LD4/6/8 */
            bool st = is_op(a, OP_SD2);
            size_t run = 1;
            while (run < 4 && i + run < n) {
                const Op *p = &ops[i + run - 1], *q = &ops[i + run];
                uint64_t len = ((uint64_t)p->imm >> 48 & 0xff) + ((uint64_t)p->imm >> 56);
                if (!is_op(q, st ? OP_SD2 : OP_LD2) || p->pc + len != q->pc) break;
                run++;
            }
            if (run > 1) {
                static const int sd[5] = {0, 0, OP_SD4, OP_SD6, OP_SD8};
                static const int ld[5] = {0, 0, OP_LD4, OP_LD6, OP_LD8};
                memmove(&ops[out], &ops[i], run * sizeof(Op));
                ops[out].h = rv_handlers[st ? sd[run] : ld[run]];
                out += run;
                i += run - 1;
                continue;
            }
        }
        ops[out++] = *a;
    }
    return out;
}

static Block *build(uint64_t pc0)
{
    static Op tops[RV_MAX_INSNS + 8];
    static BlockExit tex[RV_MAX_EXITS];
    Builder bd = {.ops = tops, .o = tops, .ex = tex, .pc0 = pc0};
    nbpages = 0;
    bnocache = false;
    uint64_t pc = pc0, prev_pc = UINT64_MAX;
    for (;;) {
        bd.pc = pc;
        if (bd.ninsn >= RV_MAX_INSNS) {
            emit(&bd, OP_CONT, 0, new_exit(&bd, pc, bd.ninsn), 0, 0);
            break;
        }
        uint32_t lo, hi = 0;
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
        bd.ninsn++;
        bd.cur_len = in.len;
        int r = emit_insn(&bd, &in, prev_pc);
        if (r == E_END) break;
        if (r == E_FOLLOW) {
            pc = bd.follow;
            prev_pc = UINT64_MAX;   /* no fusion across the jump */
            bd.prev_len = 0;
            continue;
        }
        prev_pc = pc;
        bd.prev_len = in.len;
        pc += in.len;
        if (r == E_ENDCONT) {
            bd.pc = pc;
            emit(&bd, OP_CONT, 0, new_exit(&bd, pc, bd.ninsn), 0, 0);
            break;
        }
    }
    size_t nops = fuse_block(bd.ops, (size_t)(bd.o - bd.ops));
    size_t bytes = sizeof(AllocHdr) + bd.nex * sizeof(BlockExit) + sizeof(Block) + nops * sizeof(Op);
    if (bnocache) {
        /* transient: lives in its own buffer until the next build; the
         * previous transient block has finished executing by now */
        uint8_t *t = (uint8_t *)transient_buf;
        AllocHdr *a = (AllocHdr *)t;
        memset(a, 0, sizeof *a);
        a->nexits = bd.nex;
        a->bytes = (uint32_t)bytes;
        Block *b = (Block *)(t + sizeof(AllocHdr) + bd.nex * sizeof(BlockExit));
        memset(b, 0, sizeof *b);
        b->pc = pc0;
        b->ninsn = bd.ninsn;
        b->nops = (uint16_t)nops;
        b->transient = 1;
        for (unsigned k = 0; k < bd.nex; k++) *blk_exit(b, k) = tex[k];
        memcpy(b->ops, tops, nops * sizeof(Op));
        rv_stats.blocks_decoded++;
        rv_stats.insns_decoded += b->ninsn;
        return b;
    }
    if (arena_used + bytes > ARENA_SIZE) return NULL;
    AllocHdr *a = (AllocHdr *)(arena + arena_used);
    a->nexits = bd.nex;
    a->bytes = (uint32_t)bytes;
    a->npages = nbpages;
    memcpy(a->pages, bpages, sizeof bpages);
    a->pad = 0;
    Block *b = alloc_block(arena_used);
    memset(b, 0, sizeof *b);
    b->pc = pc0;
    b->ninsn = bd.ninsn;
    b->nops = (uint16_t)nops;
    for (unsigned k = 0; k < bd.nex; k++) *blk_exit(b, k) = tex[k];
    memcpy(b->ops, tops, nops * sizeof(Op));
    arena_used += bytes;
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
    if (!b || rv_flush_pending) {
        /* arena full, or add_code_page had to give up: start over */
        if (!rv_flush_pending) cache_request_flush();
        arena_used = 0;
        rv_flush_pending = 0;
        rv_cache_gen++;
        b = build(pc);
    }
    if (b->transient) return b;
    b->hnext = rv_btab[h];
    rv_btab[h] = b;
    return b;
}

#ifdef RV_PROF
/* Profiling build (make CFLAGS=-DRV_PROF): executed ops and adjacent op
 * pairs, weighted by block entry counts, printed at exit. */
static const char *hname(const void *h)
{
    static const char *const fk[RV_NFK] = {
#define RV_FK_NAME(k) #k,
        RV_FUSE_KINDS(RV_FK_NAME)
#undef RV_FK_NAME
    };
    static const char *const bn[6] = {"BEQ", "BNE", "BLT", "BGE", "BLTU", "BGEU"};
    static char buf[RV_NHANDLERS][24];
    for (int i = 0; i < RV_NHANDLERS; i++) {
        if (rv_handlers[i] != h) continue;
        if (i < OP__COUNT) return rv_op_names[i];
        static const char *const ln[RV_NFL] = {"LD", "LW", "LBU"}, *const sn[RV_NFS] = {"SD", "SW", "SB"};
        if (!buf[i][0]) {
            if (i < OP_FBR0)
                snprintf(buf[i], sizeof buf[i], "P_%s_%s", fk[(i - OP_PAIR0) / RV_NFK], fk[(i - OP_PAIR0) % RV_NFK]);
            else if (i < OP_MLK0)
                snprintf(buf[i], sizeof buf[i], "F_%s_%s%s", fk[(i - OP_FBR0) / 12],
                         bn[(i - OP_FBR0) % 12 / 2], (i - OP_FBR0) % 2 ? "_B" : "");
            else if (i < OP_KML0)
                snprintf(buf[i], sizeof buf[i], "M_%s_%s", ln[(i - OP_MLK0) / RV_NFK], fk[(i - OP_MLK0) % RV_NFK]);
            else if (i < OP_KMS0)
                snprintf(buf[i], sizeof buf[i], "M_%s_%s", fk[(i - OP_KML0) / RV_NFL], ln[(i - OP_KML0) % RV_NFL]);
            else if (i < OP_MBR0)
                snprintf(buf[i], sizeof buf[i], "M_%s_%s", fk[(i - OP_KMS0) / RV_NFS], sn[(i - OP_KMS0) % RV_NFS]);
            else if (i < OP_KJR0)
                snprintf(buf[i], sizeof buf[i], "M_%s_%s%s", ln[(i - OP_MBR0) / 12],
                         bn[(i - OP_MBR0) % 12 / 2], (i - OP_MBR0) % 2 ? "_B" : "");
            else
                snprintf(buf[i], sizeof buf[i], "J_%s_JR", fk[i - OP_KJR0]);
        }
        return buf[i];
    }
    return "?";
}
struct PCount { const void *a, *b; uint64_t n; };
static int pc_cmp(const void *x, const void *y)
{
    const struct PCount *p = x, *q = y;
    return p->n < q->n ? 1 : p->n > q->n ? -1 : 0;
}
static void bump(struct PCount *t, size_t cap, size_t *n, const void *a, const void *b, uint64_t c)
{
    for (size_t i = 0; i < *n; i++)
        if (t[i].a == a && t[i].b == b) { t[i].n += c; return; }
    if (*n < cap) t[(*n)++] = (struct PCount){a, b, c};
}
void cache_profile_dump(void)
{
    static struct PCount ops[512], pairs[8192];
    size_t nops = 0, npairs = 0;
    uint64_t total = 0;
    for (size_t off = 0; off < arena_used; off += alloc_bytes(off)) {
        Block *b = alloc_block(off);
        for (uint32_t i = 0; i < b->nops; i++) {
            bump(ops, 512, &nops, b->ops[i].h, NULL, b->execs);
            total += b->execs;
            if (i + 1 < b->nops) bump(pairs, 8192, &npairs, b->ops[i].h, b->ops[i + 1].h, b->execs);
        }
    }
    {   /* hottest blocks by instructions executed */
        static struct PCount bl[64];
        size_t nb = 0;
        for (size_t off = 0; off < arena_used; off += alloc_bytes(off)) {
            Block *b = alloc_block(off);
            uint64_t w = b->execs * b->ninsn;
            size_t i = nb < 64 ? nb++ : 63;
            if (i == 63 && bl[63].n >= w) continue;
            bl[i] = (struct PCount){b, NULL, w};
            for (; i > 0 && bl[i].n > bl[i - 1].n; i--) {
                struct PCount t = bl[i]; bl[i] = bl[i - 1]; bl[i - 1] = t;
            }
        }
        for (size_t i = 0; i < nb && i < 25; i++) {
            const Block *b = bl[i].a;
            fprintf(stderr, "  block %#llx ninsn %u nops %u execs %llu\n", (unsigned long long)b->pc,
                    b->ninsn, b->nops, (unsigned long long)b->execs);
        }
    }
    qsort(ops, nops, sizeof ops[0], pc_cmp);
    qsort(pairs, npairs, sizeof pairs[0], pc_cmp);
    fprintf(stderr, "rvjit-prof: %llu ops executed (since last flush)\n", (unsigned long long)total);
    for (size_t i = 0; i < nops && i < 40; i++)
        fprintf(stderr, "  %-12s %6.2f%%\n", hname(ops[i].a), 100.0 * (double)ops[i].n / (double)total);
    fprintf(stderr, "rvjit-prof: pairs\n");
    for (size_t i = 0; i < npairs && i < 40; i++)
        fprintf(stderr, "  %-12s %-12s %6.2f%%\n", hname(pairs[i].a), hname(pairs[i].b),
                100.0 * (double)pairs[i].n / (double)total);
}
#else
void cache_profile_dump(void) {}
#endif
