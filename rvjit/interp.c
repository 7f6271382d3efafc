/* rvjit — the tier-0 interpreter.
 *
 * Direct-threaded over the decode cache: every Op carries the address of its
 * handler label (computed goto, a GNU C extension — this file alone is built
 * with -std=gnu11).  The registers stay in the RvCpu struct (r[] indexes are
 * pre-computed by the decoder, x0 writes go to the sink slot), guest memory is
 * rv_mem + address after one bounds check (address < 256 GiB; an access that
 * straddles the end lands in the guard area); unmapped or protected pages
 * fault in the host and main.c's SIGSEGV handler turns that into a guest
 * fault, using st->cur_op (stored by every memory op) for the precise pc.
 *
 * instret is kept in a host register and accounted per block exit (each
 * exit record knows how many instructions ran).  Exits are chained: a direct
 * transfer follows exit->blk, an indirect one checks the one-entry cache in
 * its exit record, then the head of the hash bucket, before falling back to
 * cache_get().
 */
#include <fenv.h>
#include <math.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>

#include "fpops.h"
#include "rvjit.h"

static const void *handler_tab[RV_NHANDLERS];

#define BARRIER() atomic_signal_fence(memory_order_seq_cst)

static uint64_t csr_time(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 10000000u + (uint64_t)ts.tv_nsec / 100u;   /* 10 MHz */
}

/* CSR access; false = illegal instruction */
static bool do_csr(RvCpu *st, const Op *op)
{
    unsigned csr = (unsigned)(op->imm & 0xfff);
    int kind = (int)((op->imm >> 12) & 7);   /* funct3: 1 rw, 2 rs, 3 rc, 5 rwi, 6 rsi, 7 rci */
    bool writes = (op->imm >> 15) & 1;
    uint64_t src = (kind & 4) ? op->rs1 : st->r[op->rs1];
    uint64_t old;
    switch (csr) {
    case 0x001: old = fp_read_fflags(st); break;
    case 0x002: old = st->frm; break;
    case 0x003: old = fp_read_fflags(st) | st->frm << 5; break;
    case 0xc00: case 0xc02:   /* cycle, instret: retired before this instruction */
        old = st->instret;
        break;
    case 0xc01: old = csr_time(); break;
    default: return false;
    }
    if (writes) {
        uint64_t nv;
        switch (kind & 3) {
        case 1: nv = src; break;
        case 2: nv = old | src; break;
        default: nv = old & ~src; break;
        }
        switch (csr) {
        case 0x001: fp_write_fflags(st, (uint32_t)nv & 0x1f); break;
        case 0x002: fp_write_frm(st, (uint32_t)nv & 7); break;
        case 0x003:
            fp_write_fflags(st, (uint32_t)nv & 0x1f);
            fp_write_frm(st, (uint32_t)(nv >> 5) & 7);
            break;
        default: return false;   /* read-only counters */
        }
    }
    st->r[op->rd] = old;
    return true;
}

int rv_interp(RvCpu *st)
{
#define H(n) [OP_##n] = &&L_##n
    static const void *const labels[RV_NHANDLERS] = {
        H(ILLEGAL), H(FETCH_FAULT), H(LI), H(MV), H(CONT),
        H(JAL), H(JALR), H(J), H(JR),
        H(BEQ), H(BNE), H(BLT), H(BGE), H(BLTU), H(BGEU),
        H(LB), H(LH), H(LW), H(LD), H(LBU), H(LHU), H(LWU), H(SB), H(SH), H(SW), H(SD),
        H(ADDI), H(SLTI), H(SLTIU), H(XORI), H(ORI), H(ANDI), H(SLLI), H(SRLI), H(SRAI),
        H(ADD), H(SUB), H(SLL), H(SLT), H(SLTU), H(XOR), H(SRL), H(SRA), H(OR), H(AND),
        H(ADDIW), H(SLLIW), H(SRLIW), H(SRAIW), H(ADDW), H(SUBW), H(SLLW), H(SRLW), H(SRAW),
        H(MUL), H(MULH), H(MULHSU), H(MULHU), H(DIV), H(DIVU), H(REM), H(REMU),
        H(MULW), H(DIVW), H(DIVUW), H(REMW), H(REMUW),
        H(FENCE_I), H(ECALL), H(EBREAK), H(CSRRW),
        H(LR_W), H(SC_W), H(AMOSWAP_W), H(AMOADD_W), H(AMOXOR_W), H(AMOAND_W), H(AMOOR_W),
        H(AMOMIN_W), H(AMOMAX_W), H(AMOMINU_W), H(AMOMAXU_W),
        H(LR_D), H(SC_D), H(AMOSWAP_D), H(AMOADD_D), H(AMOXOR_D), H(AMOAND_D), H(AMOOR_D),
        H(AMOMIN_D), H(AMOMAX_D), H(AMOMINU_D), H(AMOMAXU_D),
        H(FLW), H(FSW), H(FLD), H(FSD),
        H(FMADD_S), H(FMSUB_S), H(FNMSUB_S), H(FNMADD_S),
        H(FADD_S), H(FSUB_S), H(FMUL_S), H(FDIV_S), H(FSQRT_S),
        H(FSGNJ_S), H(FSGNJN_S), H(FSGNJX_S), H(FMIN_S), H(FMAX_S),
        H(FEQ_S), H(FLT_S), H(FLE_S), H(FCLASS_S), H(FMV_X_W), H(FMV_W_X),
        H(FMADD_D), H(FMSUB_D), H(FNMSUB_D), H(FNMADD_D),
        H(FADD_D), H(FSUB_D), H(FMUL_D), H(FDIV_D), H(FSQRT_D),
        H(FSGNJ_D), H(FSGNJN_D), H(FSGNJX_D), H(FMIN_D), H(FMAX_D),
        H(FEQ_D), H(FLT_D), H(FLE_D), H(FCLASS_D),
        H(FCVT_D_W), H(FCVT_D_WU), H(FCVT_S_D), H(FCVT_D_S),
        H(FP_CALL),
        H(FRFLAGS), H(FSFLAGS),
        H(QFLT_D), H(QFLE_D), H(QFEQ_D), H(QFLT_S), H(QFLE_S), H(QFEQ_S),
        H(LD2), H(SD2), H(LD4), H(SD4),
        H(LD6), H(SD6), H(LD8), H(SD8),
        H(BEQ_B), H(BNE_B), H(BLT_B), H(BGE_B), H(BLTU_B), H(BGEU_B),
#define PAIR_TAB(k1, k2) [OP_PAIR0 + FK_##k1 * RV_NFK + FK_##k2] = &&L_P_##k1##_##k2,
#define PAIR_TAB_ROW(k1) RV_FUSE_KINDS2(PAIR_TAB, k1)
        RV_FUSE_KINDS(PAIR_TAB_ROW)
#define FBR_TAB1(k, j, b) [OP_FBR0 + (FK_##k * 6 + j) * 2] = &&L_F_##k##_##b, \
                          [OP_FBR0 + (FK_##k * 6 + j) * 2 + 1] = &&L_F_##k##_##b##_B,
#define FBR_TAB(k) FBR_TAB1(k, 0, BEQ) FBR_TAB1(k, 1, BNE) FBR_TAB1(k, 2, BLT) \
                   FBR_TAB1(k, 3, BGE) FBR_TAB1(k, 4, BLTU) FBR_TAB1(k, 5, BGEU)
        RV_FUSE_KINDS(FBR_TAB)
#define MLK_TAB(l, k) [OP_MLK0 + FL_##l * RV_NFK + FK_##k] = &&L_M_##l##_##k,
#define MLK_TAB_ROW(l) RV_FUSE_KINDS2(MLK_TAB, l)
        RV_FUSE_LOADS(MLK_TAB_ROW)
#define KML_TAB(k, l) [OP_KML0 + FK_##k * RV_NFL + FL_##l] = &&L_M_##k##_##l,
#define KML_TAB_ROW(k) RV_FUSE_LOADS2(KML_TAB, k)
        RV_FUSE_KINDS(KML_TAB_ROW)
#define KMS_TAB(k, m) [OP_KMS0 + FK_##k * RV_NFS + FS_##m] = &&L_M_##k##_##m,
#define KMS_TAB_ROW(k) RV_FUSE_STORES2(KMS_TAB, k)
        RV_FUSE_KINDS(KMS_TAB_ROW)
#define MBR_TAB1(l, j, b) [OP_MBR0 + (FL_##l * 6 + j) * 2] = &&L_M_##l##_##b, \
                          [OP_MBR0 + (FL_##l * 6 + j) * 2 + 1] = &&L_M_##l##_##b##_B,
#define MBR_TAB(l) MBR_TAB1(l, 0, BEQ) MBR_TAB1(l, 1, BNE) MBR_TAB1(l, 2, BLT) \
                   MBR_TAB1(l, 3, BGE) MBR_TAB1(l, 4, BLTU) MBR_TAB1(l, 5, BGEU)
        RV_FUSE_LOADS(MBR_TAB)
#define KJR_TAB(k) [OP_KJR0 + FK_##k] = &&L_J_##k##_JR,
        RV_FUSE_KINDS(KJR_TAB)
    };
#undef H
    if (!st) {
        memcpy(handler_tab, labels, sizeof labels);
        rv_handlers = handler_tab;
        return 0;
    }

    uint64_t *const R = st->r;
    uint8_t *const M = st->mem;
    const Op *ip;
    Block *cb;
    uint64_t pc = st->pc, fa = 0;
    uint64_t icnt = st->instret;   /* instret lives in a register; synced at exits */
    BlockExit *xe = NULL;

#define NEXT()    do { ip++; goto *ip->h; } while (0)
#ifdef RV_PROF
#define PROF_ENTER() cb->execs++
#else
#define PROF_ENTER() (void)0
#endif
#define ENTER(b)  do { cb = (b); PROF_ENTER(); ip = cb->ops; goto *ip->h; } while (0)
    /* leave through exit k: account the instructions, follow the chain */
#define EXITK(k)  do { BlockExit *e_ = blk_exit(cb, (k)); icnt += e_->count; \
                       Block *nb_ = e_->blk; if (likely(nb_ != NULL)) ENTER(nb_); \
                       xe = e_; goto link; } while (0)
    /* loop edges (backward branches, J, indirect jumps) poll for
     * asynchronous signals: one load of a global */
#define ASYNC_CHECK(target) do { if (unlikely(rv_sig_async)) { st->pc = (target); goto async; } } while (0)
#define EXITB(k)  do { BlockExit *b_ = blk_exit(cb, (k)); \
                       if (unlikely(rv_sig_async)) { icnt += b_->count; st->pc = b_->pc; goto async; } \
                       EXITK(k); } while (0)
    /* indirect jump; exit rs3 caches the last target */
#define JUMP_IND(t) do { uint64_t t_ = (t); BlockExit *e_ = blk_exit(cb, ip->rs3); \
        icnt += e_->count; \
        ASYNC_CHECK(t_); \
        if (likely(e_->pc == t_ && e_->blk != NULL)) ENTER(e_->blk); \
        Block *hb_ = rv_btab[rv_tab_hash(t_)]; \
        e_->pc = t_; \
        if (likely(hb_ != NULL && hb_->pc == t_)) { e_->blk = hb_; ENTER(hb_); } \
        e_->blk = NULL; xe = e_; goto link; } while (0)
#define ADDR(a)   uint64_t a = R[ip->rs1] + (uint64_t)ip->imm; \
                  if (unlikely(a >> RV_SPACE_BITS)) { fa = a; goto segv; } \
                  st->cur_op = ip; BARRIER()

    {
        Block *b = cache_get(st, pc);
        ENTER(b);
    }

dispatch: {   /* continue at st->pc (after signal delivery / sigreturn) */
        Block *b = cache_get(st, st->pc);
        ENTER(b);
    }

async: {   /* an asynchronous signal is pending, or another thread wants the
            * GIL: st->pc is where we were going */
        st->instret = icnt;
        __atomic_store_n(&rv_sig_async, 0, __ATOMIC_SEQ_CST);   /* then look at what is wanted */
        gil_yield_if_wanted();
        if (sig_deliverable(rv_self)) {
            if (sig_deliver_pending(st)) goto dispatch;
        } else if (rv_sig_pending) {
            sig_route();   /* a process-wide signal this thread blocks */
        }
        if (rv_exit_requested) return RV_EXIT_SYSCALL_EXIT;
        goto dispatch;
    }

link: {   /* xe: the exit being left through, not chained yet */
        uint64_t gen = rv_cache_gen;
        Block *b = cache_get(st, xe->pc);
        if (gen == rv_cache_gen && !b->transient) xe->blk = b;   /* else xe's block is gone */
        ENTER(b);
    }

segv2:   /* second access of a paired load/store */
    rv_fault.kind = FAULT_SEGV;
    rv_fault.addr = fa;
    rv_fault.pc = ip->pc + ((uint64_t)ip->imm >> 48 & 0xff);
    st->pc = rv_fault.pc;
    st->instret = icnt;
    return RV_EXIT_FAULT;
segv:
    rv_fault.kind = FAULT_SEGV;
    rv_fault.addr = fa;
    rv_fault.pc = ip->pc;
    st->pc = ip->pc;
    st->instret = icnt;
    return RV_EXIT_FAULT;
bus:
    rv_fault.kind = FAULT_BUS;
    rv_fault.code = 1;   /* BUS_ADRALN: a misaligned atomic */
    rv_fault.addr = fa;
    rv_fault.pc = ip->pc;
    st->pc = ip->pc;
    st->instret = icnt;
    return RV_EXIT_FAULT;
illegal:
    rv_fault.kind = FAULT_ILL;
    rv_fault.pc = ip->pc;
    rv_fault.insn = 0;   /* main.c re-reads the encoding */
    st->pc = ip->pc;
    return RV_EXIT_FAULT;

    /* ---- specials ---- */
L_ILLEGAL:
    rv_fault.kind = FAULT_ILL;
    rv_fault.pc = ip->pc;
    rv_fault.insn = (uint32_t)ip->imm;
    st->pc = ip->pc;
    st->instret = icnt;
    return RV_EXIT_FAULT;
L_FETCH_FAULT:
    rv_fault.kind = FAULT_SEGV;
    rv_fault.pc = ip->pc;
    rv_fault.addr = (uint64_t)ip->imm;
    st->pc = ip->pc;
    st->instret = icnt;
    return RV_EXIT_FAULT;
L_EBREAK:
    rv_fault.kind = FAULT_TRAP;
    rv_fault.pc = ip->pc;
    st->pc = ip->pc;
    st->instret = icnt;
    return RV_EXIT_FAULT;
L_LI: R[ip->rd] = (uint64_t)ip->imm; NEXT();
L_MV: R[ip->rd] = R[ip->rs1]; NEXT();
L_CONT: EXITK(ip->rd);

    /* ---- control transfer ---- */
L_J: EXITB(ip->rd);
L_JAL: R[ip->rd] = (uint64_t)ip->imm; EXITK(ip->rs3);
L_JR: JUMP_IND((R[ip->rs1] + (uint64_t)ip->imm) & ~1ull);
L_JALR: {
        uint64_t t = (R[ip->rs1] + (uint64_t)ip->imm) & ~1ull;
        R[ip->rd] = (uint64_t)ip->pc + ip->rs2;
        JUMP_IND(t);
    }
    /* conditional branches: taken leaves through exit rd, else fall through
     * into the rest of the superblock.  Backward branches (_B) have their own
     * copies: loop branches then get their own host branch sites, which the
     * host predictor handles better. */
#define BRANCH(n, c) \
L_##n: if (c) EXITK(ip->rd); NEXT(); \
L_##n##_B: if (c) EXITB(ip->rd); NEXT();
    BRANCH(BEQ, R[ip->rs1] == R[ip->rs2])
    BRANCH(BNE, R[ip->rs1] != R[ip->rs2])
    BRANCH(BLT, (int64_t)R[ip->rs1] < (int64_t)R[ip->rs2])
    BRANCH(BGE, (int64_t)R[ip->rs1] >= (int64_t)R[ip->rs2])
    BRANCH(BLTU, R[ip->rs1] < R[ip->rs2])
    BRANCH(BGEU, R[ip->rs1] >= R[ip->rs2])

L_ECALL:
    st->pc = ip->pc;
    st->instret = icnt + blk_exit(cb, ip->rd)->count;
    {
        uint64_t gen = rv_cache_gen;
        rv_syscall(st);
        if (rv_exit_requested) return RV_EXIT_SYSCALL_EXIT;   /* instret synced above */
        /* another thread may have reset the decode cache while this one
         * waited in the syscall: cb is gone then, continue at st->pc */
        if (unlikely(gen != rv_cache_gen)) rv_redirect = true;
    }
    if (unlikely(rv_redirect)) {   /* sigreturn or a signal handler: go to st->pc */
        rv_redirect = false;
        icnt = st->instret;
        goto dispatch;
    }
    EXITK(ip->rd);
L_FENCE_I:
    cache_request_flush();
    EXITK(ip->rd);
L_CSRRW:
    st->pc = ip->pc;
    st->instret = icnt + (uint64_t)((ip->imm >> 16) & 0xffff);
    if (!do_csr(st, ip)) goto illegal;
    if ((ip->imm >> 32) & 1) EXITK((ip->imm >> 40) & 0xff);
    NEXT();

    /* ---- loads / stores ---- */
#define LOAD(name, T) L_##name: { ADDR(a); T v_; memcpy(&v_, M + a, sizeof v_); \
        R[ip->rd] = (uint64_t)(int64_t)v_; NEXT(); }
#define STORE(name, T) L_##name: { ADDR(a); T v_ = (T)R[ip->rs2]; memcpy(M + a, &v_, sizeof v_); NEXT(); }
    LOAD(LB, int8_t)
    LOAD(LH, int16_t)
    LOAD(LW, int32_t)
    LOAD(LD, int64_t)
    LOAD(LBU, uint8_t)
    LOAD(LHU, uint16_t)
    LOAD(LWU, uint32_t)
    STORE(SB, uint8_t)
    STORE(SH, uint16_t)
    STORE(SW, uint32_t)
    STORE(SD, uint64_t)
L_FLW: { ADDR(a); uint32_t v; memcpy(&v, M + a, 4); R[ip->rd] = BOX | v; NEXT(); }
L_FLD: { ADDR(a); uint64_t v; memcpy(&v, M + a, 8); R[ip->rd] = v; NEXT(); }
L_FSW: { ADDR(a); uint32_t v = (uint32_t)R[ip->rs2]; memcpy(M + a, &v, 4); NEXT(); }
L_FSD: { ADDR(a); uint64_t v = R[ip->rs2]; memcpy(M + a, &v, 8); NEXT(); }

    /* ---- integer ALU ---- */
#define A(n, e) L_##n: { uint64_t x = R[ip->rs1], y = R[ip->rs2]; (void)y; R[ip->rd] = (e); NEXT(); }
#define I(n, e) L_##n: { uint64_t x = R[ip->rs1], y = (uint64_t)ip->imm; R[ip->rd] = (e); NEXT(); }
#define SX32(v) ((uint64_t)(int64_t)(int32_t)(uint32_t)(v))
    I(ADDI, x + y)
    I(SLTI, (int64_t)x < (int64_t)y)
    I(SLTIU, x < y)
    I(XORI, x ^ y)
    I(ORI, x | y)
    I(ANDI, x & y)
    I(SLLI, x << y)
    I(SRLI, x >> y)
    I(SRAI, (uint64_t)((int64_t)x >> y))
    A(ADD, x + y)
    A(SUB, x - y)
    A(SLL, x << (y & 63))
    A(SLT, (int64_t)x < (int64_t)y)
    A(SLTU, x < y)
    A(XOR, x ^ y)
    A(SRL, x >> (y & 63))
    A(SRA, (uint64_t)((int64_t)x >> (y & 63)))
    A(OR, x | y)
    A(AND, x & y)
    I(ADDIW, SX32(x + y))
    I(SLLIW, SX32((uint32_t)x << y))
    I(SRLIW, SX32((uint32_t)x >> y))
    I(SRAIW, (uint64_t)(int64_t)((int32_t)(uint32_t)x >> y))
    A(ADDW, SX32(x + y))
    A(SUBW, SX32(x - y))
    A(SLLW, SX32((uint32_t)x << (y & 31)))
    A(SRLW, SX32((uint32_t)x >> (y & 31)))
    A(SRAW, (uint64_t)(int64_t)((int32_t)(uint32_t)x >> (y & 31)))
    A(MUL, x * y)
    A(MULH, (uint64_t)(((__int128)(int64_t)x * (__int128)(int64_t)y) >> 64))
    A(MULHSU, (uint64_t)(((__int128)(int64_t)x * (__int128)(unsigned __int128)y) >> 64))
    A(MULHU, (uint64_t)(((unsigned __int128)x * y) >> 64))
    A(DIV, y == 0 ? UINT64_MAX : ((int64_t)x == INT64_MIN && (int64_t)y == -1) ? x
           : (uint64_t)((int64_t)x / (int64_t)y))
    A(DIVU, y == 0 ? UINT64_MAX : x / y)
    A(REM, y == 0 ? x : ((int64_t)x == INT64_MIN && (int64_t)y == -1) ? 0
           : (uint64_t)((int64_t)x % (int64_t)y))
    A(REMU, y == 0 ? x : x % y)
    A(MULW, SX32((uint32_t)x * (uint32_t)y))
    A(DIVW, (int32_t)y == 0 ? UINT64_MAX : ((int32_t)x == INT32_MIN && (int32_t)y == -1) ? SX32(x)
            : (uint64_t)(int64_t)((int32_t)x / (int32_t)y))
    A(DIVUW, (uint32_t)y == 0 ? UINT64_MAX : SX32((uint32_t)x / (uint32_t)y))
    A(REMW, (int32_t)y == 0 ? SX32(x) : ((int32_t)x == INT32_MIN && (int32_t)y == -1) ? 0
            : (uint64_t)(int64_t)((int32_t)x % (int32_t)y))
    A(REMUW, (uint32_t)y == 0 ? SX32(x) : SX32((uint32_t)x % (uint32_t)y))

    /* ---- atomics: host atomic operations, not plain read-modify-writes
     * under the GIL, which covers one process only (MAP_SHARED memory is
     * shared with other processes: a forked child's AMOs must not lose
     * updates).  An AMO is a compare-and-swap loop; SC stores only if the
     * word still holds what LR read (and a GIL handover clears the
     * reservation). ---- */
#define AMO_ADDR(a, al) uint64_t a = R[ip->rs1]; \
        if (unlikely(a & (al - 1))) { fa = a; goto bus; } \
        if (unlikely(a >> RV_SPACE_BITS)) { fa = a; goto segv; } \
        st->cur_op = ip; BARRIER()
#define AMO_CAS(T, p, x, e) do { T nv_; \
            do nv_ = (e); while (!__atomic_compare_exchange_n(p, &x, nv_, 1, __ATOMIC_SEQ_CST, \
                                                              __ATOMIC_RELAXED)); } while (0)
#define AMOW(n, e) L_##n: { AMO_ADDR(a, 4); uint32_t *p_ = (uint32_t *)(void *)(M + a); \
        uint32_t x = __atomic_load_n(p_, __ATOMIC_RELAXED), y = (uint32_t)R[ip->rs2]; (void)y; \
        AMO_CAS(uint32_t, p_, x, e); R[ip->rd] = (uint64_t)(int64_t)(int32_t)x; NEXT(); }
#define AMOD(n, e) L_##n: { AMO_ADDR(a, 8); uint64_t *p_ = (uint64_t *)(void *)(M + a); \
        uint64_t x = __atomic_load_n(p_, __ATOMIC_RELAXED), y = R[ip->rs2]; \
        AMO_CAS(uint64_t, p_, x, e); R[ip->rd] = x; NEXT(); }
    AMOW(AMOSWAP_W, y)
    AMOW(AMOADD_W, x + y)
    AMOW(AMOXOR_W, x ^ y)
    AMOW(AMOAND_W, x & y)
    AMOW(AMOOR_W, x | y)
    AMOW(AMOMIN_W, (int32_t)x < (int32_t)y ? x : y)
    AMOW(AMOMAX_W, (int32_t)x > (int32_t)y ? x : y)
    AMOW(AMOMINU_W, x < y ? x : y)
    AMOW(AMOMAXU_W, x > y ? x : y)
    AMOD(AMOSWAP_D, y)
    AMOD(AMOADD_D, x + y)
    AMOD(AMOXOR_D, x ^ y)
    AMOD(AMOAND_D, x & y)
    AMOD(AMOOR_D, x | y)
    AMOD(AMOMIN_D, (int64_t)x < (int64_t)y ? x : y)
    AMOD(AMOMAX_D, (int64_t)x > (int64_t)y ? x : y)
    AMOD(AMOMINU_D, x < y ? x : y)
    AMOD(AMOMAXU_D, x > y ? x : y)
L_LR_W: { AMO_ADDR(a, 4); uint32_t v = __atomic_load_n((uint32_t *)(void *)(M + a), __ATOMIC_SEQ_CST);
        st->resv = a; st->resv_val = v; R[ip->rd] = (uint64_t)(int64_t)(int32_t)v; NEXT(); }
L_LR_D: { AMO_ADDR(a, 8); uint64_t v = __atomic_load_n((uint64_t *)(void *)(M + a), __ATOMIC_SEQ_CST);
        st->resv = a; st->resv_val = v; R[ip->rd] = v; NEXT(); }
L_SC_W: { AMO_ADDR(a, 4); uint32_t old = (uint32_t)st->resv_val;
        R[ip->rd] = !(st->resv == a &&
                      __atomic_compare_exchange_n((uint32_t *)(void *)(M + a), &old, (uint32_t)R[ip->rs2], 0,
                                                  __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
        st->resv = RV_NO_RESV; NEXT(); }
L_SC_D: { AMO_ADDR(a, 8); uint64_t old = st->resv_val;
        R[ip->rd] = !(st->resv == a &&
                      __atomic_compare_exchange_n((uint64_t *)(void *)(M + a), &old, R[ip->rs2], 0,
                                                  __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
        st->resv = RV_NO_RESV; NEXT(); }

    /* ---- floating point (rm = DYN, frm in RNE..RUP: host mode == frm) ---- */
#define FD2(n, e) L_##n: { double x = f64(R[ip->rs1]), y = f64(R[ip->rs2]); (void)y; R[ip->rd] = b64(e); NEXT(); }
#define FS2(n, e) L_##n: { float x = f32(R[ip->rs1]), y = f32(R[ip->rs2]); (void)y; R[ip->rd] = b32(e); NEXT(); }
    FD2(FADD_D, x + y)
    FD2(FSUB_D, x - y)
    FD2(FMUL_D, x * y)
    FD2(FDIV_D, x / y)
    FD2(FSQRT_D, sqrt(x))
    FS2(FADD_S, x + y)
    FS2(FSUB_S, x - y)
    FS2(FMUL_S, x * y)
    FS2(FDIV_S, x / y)
    FS2(FSQRT_S, sqrtf(x))
L_FMADD_D: R[ip->rd] = fma64(&st->fflags, f64(R[ip->rs1]), f64(R[ip->rs2]), f64(R[ip->rs3])); NEXT();
L_FMSUB_D: R[ip->rd] = fma64(&st->fflags, f64(R[ip->rs1]), f64(R[ip->rs2]), -f64(R[ip->rs3])); NEXT();
L_FNMSUB_D: R[ip->rd] = fma64(&st->fflags, -f64(R[ip->rs1]), f64(R[ip->rs2]), f64(R[ip->rs3])); NEXT();
L_FNMADD_D: R[ip->rd] = fma64(&st->fflags, -f64(R[ip->rs1]), f64(R[ip->rs2]), -f64(R[ip->rs3])); NEXT();
L_FMADD_S: R[ip->rd] = fma32(&st->fflags, f32(R[ip->rs1]), f32(R[ip->rs2]), f32(R[ip->rs3])); NEXT();
L_FMSUB_S: R[ip->rd] = fma32(&st->fflags, f32(R[ip->rs1]), f32(R[ip->rs2]), -f32(R[ip->rs3])); NEXT();
L_FNMSUB_S: R[ip->rd] = fma32(&st->fflags, -f32(R[ip->rs1]), f32(R[ip->rs2]), f32(R[ip->rs3])); NEXT();
L_FNMADD_S: R[ip->rd] = fma32(&st->fflags, -f32(R[ip->rs1]), f32(R[ip->rs2]), -f32(R[ip->rs3])); NEXT();
L_FSGNJ_D: R[ip->rd] = fsgnj64(R[ip->rs1], R[ip->rs2], 0); NEXT();
L_FSGNJN_D: R[ip->rd] = fsgnj64(R[ip->rs1], R[ip->rs2], 1); NEXT();
L_FSGNJX_D: R[ip->rd] = fsgnj64(R[ip->rs1], R[ip->rs2], 2); NEXT();
L_FSGNJ_S: R[ip->rd] = fsgnj32(R[ip->rs1], R[ip->rs2], 0); NEXT();
L_FSGNJN_S: R[ip->rd] = fsgnj32(R[ip->rs1], R[ip->rs2], 1); NEXT();
L_FSGNJX_S: R[ip->rd] = fsgnj32(R[ip->rs1], R[ip->rs2], 2); NEXT();
L_FMIN_D: R[ip->rd] = fminmax64(&st->fflags, R[ip->rs1], R[ip->rs2], false); NEXT();
L_FMAX_D: R[ip->rd] = fminmax64(&st->fflags, R[ip->rs1], R[ip->rs2], true); NEXT();
L_FMIN_S: R[ip->rd] = fminmax32(&st->fflags, R[ip->rs1], R[ip->rs2], false); NEXT();
L_FMAX_S: R[ip->rd] = fminmax32(&st->fflags, R[ip->rs1], R[ip->rs2], true); NEXT();
L_FEQ_D: R[ip->rd] = feq64(&st->fflags, R[ip->rs1], R[ip->rs2]); NEXT();
L_FLT_D: R[ip->rd] = fcmp64(&st->fflags, R[ip->rs1], R[ip->rs2], false); NEXT();
L_FLE_D: R[ip->rd] = fcmp64(&st->fflags, R[ip->rs1], R[ip->rs2], true); NEXT();
L_FEQ_S: R[ip->rd] = feq32(&st->fflags, R[ip->rs1], R[ip->rs2]); NEXT();
L_FLT_S: R[ip->rd] = fcmp32(&st->fflags, R[ip->rs1], R[ip->rs2], false); NEXT();
L_FLE_S: R[ip->rd] = fcmp32(&st->fflags, R[ip->rs1], R[ip->rs2], true); NEXT();
L_FCLASS_D: R[ip->rd] = fp_classify_d(R[ip->rs1]); NEXT();
L_FCLASS_S: R[ip->rd] = fp_classify_s(unbox(R[ip->rs1])); NEXT();
L_FMV_X_W: R[ip->rd] = SX32(R[ip->rs1]); NEXT();
L_FMV_W_X: R[ip->rd] = BOX | (uint32_t)R[ip->rs1]; NEXT();
L_FCVT_D_W: R[ip->rd] = b64((double)(int32_t)R[ip->rs1]); NEXT();
L_FCVT_D_WU: R[ip->rd] = b64((double)(uint32_t)R[ip->rs1]); NEXT();
L_FCVT_S_D: R[ip->rd] = b32((float)f64(R[ip->rs1])); NEXT();
L_FCVT_D_S: {
        uint32_t s = unbox(R[ip->rs1]);
        if (unlikely(nan32(s))) {
            if (snan32(s)) st->fflags |= RV_NV;
            R[ip->rd] = CANON_D;
        } else R[ip->rd] = b64((double)f32raw(s));
        NEXT();
    }
L_FRFLAGS: R[ip->rd] = st->fflags | host_fflags(); NEXT();
L_FSFLAGS: {
        uint64_t old = st->fflags | host_fflags(), v = R[ip->rs1];
        st->fflags = (uint32_t)v & 0x1f;
        host_fflags_clear();
        R[ip->rd] = old;
        NEXT();
    }
    /* frflags X; f{lt,le,eq} Y, a, b; fsflags X: quiet compare, X = fflags */
#define QCMP(n, e) L_##n: { uint64_t a = R[ip->rs1], b = R[ip->rs2]; \
        R[ip->rs3] = st->fflags | host_fflags(); R[ip->rd] = (e); NEXT(); }
    QCMP(QFLT_D, !nan64(a) && !nan64(b) && f64(a) < f64(b))
    QCMP(QFLE_D, !nan64(a) && !nan64(b) && f64(a) <= f64(b))
    QCMP(QFEQ_D, !nan64(a) && !nan64(b) && f64(a) == f64(b))
    QCMP(QFLT_S, !nan32(unbox(a)) && !nan32(unbox(b)) && f32(a) < f32(b))
    QCMP(QFLE_S, !nan32(unbox(a)) && !nan32(unbox(b)) && f32(a) <= f32(b))
    QCMP(QFEQ_S, !nan32(unbox(a)) && !nan32(unbox(b)) && f32(a) == f32(b))

    /* two 8-byte loads / stores (ld/fld, sd/fsd; layout in cache.c: LD2 rd,
     * rs2 <- [rs1], [rs3]; SD2 rs2, rd -> [rs1], [rs3]); cur_op is tagged
     * with bit 0 during the second access */
#define PAIR_ADDR() \
        uint64_t a1 = R[ip->rs1] + (uint64_t)(int64_t)(int32_t)ip->imm; \
        uint64_t a2 = R[ip->rs3] + (uint64_t)(int64_t)(int16_t)(ip->imm >> 32); \
        if (unlikely(a1 >> RV_SPACE_BITS)) { fa = a1; goto segv; } \
        st->cur_op = ip; BARRIER()
#define SECOND() if (unlikely(a2 >> RV_SPACE_BITS)) { fa = a2; goto segv2; } \
        st->cur_op = (const char *)ip + 1; BARRIER()
#define LD_PAIR_BODY() \
        PAIR_ADDR(); \
        uint64_t v; \
        memcpy(&v, M + a1, 8); \
        R[ip->rd] = v; \
        SECOND(); \
        memcpy(&v, M + a2, 8); \
        R[ip->rs2] = v
#define SD_PAIR_BODY() \
        PAIR_ADDR(); \
        uint64_t v = R[ip->rs2]; \
        memcpy(M + a1, &v, 8); \
        SECOND(); \
        v = R[ip->rd]; \
        memcpy(M + a2, &v, 8)
L_LD2: {
        LD_PAIR_BODY();
        NEXT();
    }
L_SD2: {
        SD_PAIR_BODY();
        NEXT();
    }

    /* runs of 2..4 pair ops: each does one pair and falls to the next
     * shorter run by a direct jump; the ops after the first are data */
L_LD8: {
        { LD_PAIR_BODY(); }
        ip++;
        goto L_LD6;
    }
L_LD6: {
        { LD_PAIR_BODY(); }
        ip++;
        goto L_LD4;
    }
L_SD8: {
        { SD_PAIR_BODY(); }
        ip++;
        goto L_SD6;
    }
L_SD6: {
        { SD_PAIR_BODY(); }
        ip++;
        goto L_SD4;
    }
L_LD4: {
        { LD_PAIR_BODY(); }
        ip++;
        goto L_LD2;
    }
L_SD4: {
        { SD_PAIR_BODY(); }
        ip++;
        goto L_SD2;
    }

    /* generic fusion: the kinds' semantics, then pairs and kind + branch */
#define KOP_LI(d, a, b, i)    R[d] = (uint64_t)(i)
#define KOP_MV(d, a, b, i)    R[d] = R[a]
#define KOP_ADDI(d, a, b, i)  R[d] = R[a] + (uint64_t)(i)
#define KOP_ADD(d, a, b, i)   R[d] = R[a] + R[b]
#define KOP_ADDIW(d, a, b, i) R[d] = SX32(R[a] + (uint64_t)(i))
#define KOP_SLLI(d, a, b, i)  R[d] = R[a] << (i)
#define KOP_SRLI(d, a, b, i)  R[d] = R[a] >> (i)
#define KOP_ANDI(d, a, b, i)  R[d] = R[a] & (uint64_t)(i)
#define KOP_SUB(d, a, b, i)   R[d] = R[a] - R[b]
#define KOP_XOR(d, a, b, i)   R[d] = R[a] ^ R[b]
#define KOP_SUBW(d, a, b, i)  R[d] = SX32(R[a] - R[b])
#define KOP_ADDW(d, a, b, i)  R[d] = SX32(R[a] + R[b])
#define PX(n) (ip->aux[n])
#define PAIR_H(k1, k2) L_P_##k1##_##k2: \
        KOP_##k1(ip->rd, ip->rs1, ip->rs2, (int64_t)(int32_t)ip->imm); \
        KOP_##k2(ip->rs3, PX(0), PX(1), (int64_t)(int32_t)(ip->imm >> 32)); \
        NEXT();
#define PAIR_ROW(k1) RV_FUSE_KINDS2(PAIR_H, k1)
    RV_FUSE_KINDS(PAIR_ROW)
#define FBR_H1(k, b, c) \
L_F_##k##_##b: { KOP_##k(ip->rd, ip->rs1, ip->rs2, ip->imm); \
        uint64_t x = R[ip->rs3], y = R[PX(0)]; if (c) EXITK(PX(1)); NEXT(); } \
L_F_##k##_##b##_B: { KOP_##k(ip->rd, ip->rs1, ip->rs2, ip->imm); \
        uint64_t x = R[ip->rs3], y = R[PX(0)]; if (c) EXITB(PX(1)); NEXT(); }
#define FBR_H(k) FBR_H1(k, BEQ, x == y) FBR_H1(k, BNE, x != y) \
        FBR_H1(k, BLT, (int64_t)x < (int64_t)y) FBR_H1(k, BGE, (int64_t)x >= (int64_t)y) \
        FBR_H1(k, BLTU, x < y) FBR_H1(k, BGEU, x >= y)
    RV_FUSE_KINDS(FBR_H)

    /* memory + kind (layouts in cache.c); loads sign/zero-extend by type */
#define LT_LD int64_t
#define LT_LW int32_t
#define LT_LBU uint8_t
#define ST_SD uint64_t
#define ST_SW uint32_t
#define ST_SB uint8_t
#define KIMM() ((int64_t)(int32_t)ip->imm)
#define MADDR(a) uint64_t a = R[(uint8_t)(ip->imm >> 48)] + (uint64_t)(int64_t)(int16_t)(ip->imm >> 32); \
        if (unlikely(a >> RV_SPACE_BITS)) { fa = a; goto segv; } \
        st->cur_op = ip; BARRIER()
#define MLK_H(l, k) L_M_##l##_##k: { MADDR(a); LT_##l v_; memcpy(&v_, M + a, sizeof v_); \
        R[ip->rs3] = (uint64_t)(int64_t)v_; KOP_##k(ip->rd, ip->rs1, ip->rs2, KIMM()); NEXT(); }
#define MLK_ROW(l) RV_FUSE_KINDS2(MLK_H, l)
    RV_FUSE_LOADS(MLK_ROW)
#define KML_H(k, l) L_M_##k##_##l: { KOP_##k(ip->rd, ip->rs1, ip->rs2, KIMM()); MADDR(a); \
        LT_##l v_; memcpy(&v_, M + a, sizeof v_); R[ip->rs3] = (uint64_t)(int64_t)v_; NEXT(); }
#define KML_ROW(k) RV_FUSE_LOADS2(KML_H, k)
    RV_FUSE_KINDS(KML_ROW)
#define KMS_H(k, m) L_M_##k##_##m: { KOP_##k(ip->rd, ip->rs1, ip->rs2, KIMM()); MADDR(a); \
        ST_##m v_ = (ST_##m)R[ip->rs3]; memcpy(M + a, &v_, sizeof v_); NEXT(); }
#define KMS_ROW(k) RV_FUSE_STORES2(KMS_H, k)
    RV_FUSE_KINDS(KMS_ROW)
#define MBR_H1(l, b, c) \
L_M_##l##_##b: { ADDR32(a); LT_##l v_; memcpy(&v_, M + a, sizeof v_); R[ip->rd] = (uint64_t)(int64_t)v_; \
        uint64_t x = R[ip->rs2], y = R[ip->rs3]; if (c) EXITK((uint8_t)(ip->imm >> 32)); NEXT(); } \
L_M_##l##_##b##_B: { ADDR32(a); LT_##l v_; memcpy(&v_, M + a, sizeof v_); R[ip->rd] = (uint64_t)(int64_t)v_; \
        uint64_t x = R[ip->rs2], y = R[ip->rs3]; if (c) EXITB((uint8_t)(ip->imm >> 32)); NEXT(); }
#define ADDR32(a) uint64_t a = R[ip->rs1] + (uint64_t)(int64_t)(int32_t)ip->imm; \
        if (unlikely(a >> RV_SPACE_BITS)) { fa = a; goto segv; } \
        st->cur_op = ip; BARRIER()
#define MBR_H(l) MBR_H1(l, BEQ, x == y) MBR_H1(l, BNE, x != y) \
        MBR_H1(l, BLT, (int64_t)x < (int64_t)y) MBR_H1(l, BGE, (int64_t)x >= (int64_t)y) \
        MBR_H1(l, BLTU, x < y) MBR_H1(l, BGEU, x >= y)
    RV_FUSE_LOADS(MBR_H)
#define KJR_H(k) L_J_##k##_JR: { KOP_##k(ip->rd, ip->rs1, ip->rs2, KIMM()); \
        JUMP_IND((R[(uint8_t)(ip->imm >> 48)] + (uint64_t)(int64_t)(int16_t)(ip->imm >> 32)) & ~1ull); }
    RV_FUSE_KINDS(KJR_H)

L_FP_CALL:
    if (!fp_call(st, ip)) goto illegal;
    NEXT();
}

void rv_interp_init(void)
{
    rv_interp(NULL);
}
