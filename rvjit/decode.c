/* rvjit — RV64GC instruction decoder.
 *
 * Compressed instructions are first expanded to their 32-bit equivalents
 * (RISC-V unprivileged spec, chapter "C" standard extension), so there is a
 * single decoder for the base encodings.  The result is an RvInsn: opcode,
 * raw register numbers, immediate, rounding mode and length.
 */
#include "rvjit.h"

const char *const rv_op_names[OP__COUNT] = {
#define RV_NAME(n) #n,
    RV_OPS(RV_NAME)
#undef RV_NAME
};

/* ---- encoders used by the RVC expansion ----------------------------------- */

static uint32_t enc_r(uint32_t f7, uint32_t rs2, uint32_t rs1, uint32_t f3, uint32_t rd, uint32_t op)
{
    return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op;
}
static uint32_t enc_i(int32_t imm, uint32_t rs1, uint32_t f3, uint32_t rd, uint32_t op)
{
    return ((uint32_t)imm & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op;
}
static uint32_t enc_s(int32_t imm, uint32_t rs2, uint32_t rs1, uint32_t f3, uint32_t op)
{
    uint32_t u = (uint32_t)imm;
    return ((u >> 5) & 0x7f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (u & 0x1f) << 7 | op;
}
static uint32_t enc_b(int32_t imm, uint32_t rs2, uint32_t rs1, uint32_t f3)
{
    uint32_t u = (uint32_t)imm;
    return ((u >> 12) & 1) << 31 | ((u >> 5) & 0x3f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 |
           ((u >> 1) & 0xf) << 8 | ((u >> 11) & 1) << 7 | 0x63;
}
static uint32_t enc_u(int32_t imm, uint32_t rd, uint32_t op)
{
    return ((uint32_t)imm & 0xfffff000u) | rd << 7 | op;
}
static uint32_t enc_j(int32_t imm, uint32_t rd)
{
    uint32_t u = (uint32_t)imm;
    return ((u >> 20) & 1) << 31 | ((u >> 1) & 0x3ff) << 21 | ((u >> 11) & 1) << 20 |
           ((u >> 12) & 0xff) << 12 | rd << 7 | 0x6f;
}

static inline uint32_t bits(uint32_t v, int hi, int lo) { return (v >> lo) & ((1u << (hi - lo + 1)) - 1); }
static inline int32_t sext(uint32_t v, int width)
{
    uint32_t m = 1u << (width - 1);
    return (int32_t)((v ^ m) - m);
}

/* Expand a 16-bit instruction; returns 0 for an illegal/reserved one. */
static uint32_t expand_rvc(uint32_t c)
{
    uint32_t op = c & 3, f3 = bits(c, 15, 13);
    uint32_t rd = bits(c, 11, 7), rs2 = bits(c, 6, 2);
    uint32_t rdp = bits(c, 4, 2) + 8, rs1p = bits(c, 9, 7) + 8;
    if (c == 0) return 0;
    switch (op) {
    case 0:
        switch (f3) {
        case 0: { /* c.addi4spn */
            uint32_t imm = bits(c, 12, 11) << 4 | bits(c, 10, 7) << 6 | bits(c, 6, 6) << 2 | bits(c, 5, 5) << 3;
            if (!imm) return 0;
            return enc_i((int32_t)imm, 2, 0, rdp, 0x13);
        }
        case 1: /* c.fld */
            return enc_i((int32_t)(bits(c, 12, 10) << 3 | bits(c, 6, 5) << 6), rs1p, 3, rdp, 0x07);
        case 2: /* c.lw */
            return enc_i((int32_t)(bits(c, 12, 10) << 3 | bits(c, 6, 6) << 2 | bits(c, 5, 5) << 6), rs1p, 2, rdp, 0x03);
        case 3: /* c.ld */
            return enc_i((int32_t)(bits(c, 12, 10) << 3 | bits(c, 6, 5) << 6), rs1p, 3, rdp, 0x03);
        case 5: /* c.fsd */
            return enc_s((int32_t)(bits(c, 12, 10) << 3 | bits(c, 6, 5) << 6), rdp, rs1p, 3, 0x27);
        case 6: /* c.sw */
            return enc_s((int32_t)(bits(c, 12, 10) << 3 | bits(c, 6, 6) << 2 | bits(c, 5, 5) << 6), rdp, rs1p, 2, 0x23);
        case 7: /* c.sd */
            return enc_s((int32_t)(bits(c, 12, 10) << 3 | bits(c, 6, 5) << 6), rdp, rs1p, 3, 0x23);
        default:
            return 0;
        }
    case 1: {
        int32_t imm6 = sext(bits(c, 12, 12) << 5 | bits(c, 6, 2), 6);
        switch (f3) {
        case 0: /* c.addi / c.nop */
            return enc_i(imm6, rd, 0, rd, 0x13);
        case 1: /* c.addiw */
            if (rd == 0) return 0;
            return enc_i(imm6, rd, 0, rd, 0x1b);
        case 2: /* c.li */
            return enc_i(imm6, 0, 0, rd, 0x13);
        case 3:
            if (rd == 2) { /* c.addi16sp */
                int32_t imm = sext(bits(c, 12, 12) << 9 | bits(c, 6, 6) << 4 | bits(c, 5, 5) << 6 |
                                   bits(c, 4, 3) << 7 | bits(c, 2, 2) << 5, 10);
                if (!imm) return 0;
                return enc_i(imm, 2, 0, 2, 0x13);
            } else { /* c.lui */
                int32_t imm = sext(bits(c, 12, 12) << 17 | bits(c, 6, 2) << 12, 18);
                if (!imm) return 0;
                return enc_u(imm, rd, 0x37);
            }
        case 4: {
            uint32_t f2 = bits(c, 11, 10);
            uint32_t sh = bits(c, 12, 12) << 5 | bits(c, 6, 2);
            switch (f2) {
            case 0: return enc_i((int32_t)sh, rs1p, 5, rs1p, 0x13);                 /* c.srli */
            case 1: return enc_i((int32_t)(sh | 0x400), rs1p, 5, rs1p, 0x13);       /* c.srai */
            case 2: return enc_i(imm6, rs1p, 7, rs1p, 0x13);                        /* c.andi */
            default: {
                uint32_t f = bits(c, 6, 5);
                if (!bits(c, 12, 12)) {
                    static const uint32_t f3s[4] = {0, 4, 6, 7};    /* sub xor or and */
                    return enc_r(f == 0 ? 0x20 : 0, rdp, rs1p, f3s[f], rs1p, 0x33);
                }
                if (f == 0) return enc_r(0x20, rdp, rs1p, 0, rs1p, 0x3b);  /* c.subw */
                if (f == 1) return enc_r(0, rdp, rs1p, 0, rs1p, 0x3b);     /* c.addw */
                return 0;
            }
            }
        }
        case 5: { /* c.j */
            int32_t imm = sext(bits(c, 12, 12) << 11 | bits(c, 11, 11) << 4 | bits(c, 10, 9) << 8 |
                               bits(c, 8, 8) << 10 | bits(c, 7, 7) << 6 | bits(c, 6, 6) << 7 |
                               bits(c, 5, 3) << 1 | bits(c, 2, 2) << 5, 12);
            return enc_j(imm, 0);
        }
        default: { /* c.beqz / c.bnez */
            int32_t imm = sext(bits(c, 12, 12) << 8 | bits(c, 11, 10) << 3 | bits(c, 6, 5) << 6 |
                               bits(c, 4, 3) << 1 | bits(c, 2, 2) << 5, 9);
            return enc_b(imm, 0, rs1p, f3 == 6 ? 0 : 1);
        }
        }
    }
    case 2:
        switch (f3) {
        case 0: { /* c.slli */
            uint32_t sh = bits(c, 12, 12) << 5 | bits(c, 6, 2);
            return enc_i((int32_t)sh, rd, 1, rd, 0x13);
        }
        case 1: /* c.fldsp */
            return enc_i((int32_t)(bits(c, 12, 12) << 5 | bits(c, 6, 5) << 3 | bits(c, 4, 2) << 6), 2, 3, rd, 0x07);
        case 2: /* c.lwsp */
            if (rd == 0) return 0;
            return enc_i((int32_t)(bits(c, 12, 12) << 5 | bits(c, 6, 4) << 2 | bits(c, 3, 2) << 6), 2, 2, rd, 0x03);
        case 3: /* c.ldsp */
            if (rd == 0) return 0;
            return enc_i((int32_t)(bits(c, 12, 12) << 5 | bits(c, 6, 5) << 3 | bits(c, 4, 2) << 6), 2, 3, rd, 0x03);
        case 4:
            if (!bits(c, 12, 12)) {
                if (rs2 == 0) {  /* c.jr */
                    if (rd == 0) return 0;
                    return enc_i(0, rd, 0, 0, 0x67);
                }
                return enc_r(0, rs2, 0, 0, rd, 0x33);     /* c.mv */
            }
            if (rs2 == 0) {
                if (rd == 0) return 0x00100073;            /* c.ebreak */
                return enc_i(0, rd, 0, 1, 0x67);           /* c.jalr */
            }
            return enc_r(0, rs2, rd, 0, rd, 0x33);        /* c.add */
        case 5: /* c.fsdsp */
            return enc_s((int32_t)(bits(c, 12, 10) << 3 | bits(c, 9, 7) << 6), rs2, 2, 3, 0x27);
        case 6: /* c.swsp */
            return enc_s((int32_t)(bits(c, 12, 9) << 2 | bits(c, 8, 7) << 6), rs2, 2, 2, 0x23);
        default: /* c.sdsp */
            return enc_s((int32_t)(bits(c, 12, 10) << 3 | bits(c, 9, 7) << 6), rs2, 2, 3, 0x23);
        }
    }
    return 0;
}

/* ---- 32-bit decoder ------------------------------------------------------ */

static bool rm_ok(uint32_t rm) { return rm <= 4 || rm == 7; }

static bool decode32(uint32_t w, RvInsn *d)
{
    uint32_t opc = w & 0x7f, rd = bits(w, 11, 7), f3 = bits(w, 14, 12);
    uint32_t rs1 = bits(w, 19, 15), rs2 = bits(w, 24, 20), f7 = bits(w, 31, 25);
    int32_t immi = (int32_t)w >> 20;
    int32_t imms = ((int32_t)w >> 25) * 32 | (int32_t)bits(w, 11, 7);
    int32_t immb = sext(bits(w, 31, 31) << 12 | bits(w, 30, 25) << 5 | bits(w, 11, 8) << 1 | bits(w, 7, 7) << 11, 13);
    int32_t immu = (int32_t)(w & 0xfffff000u);
    int32_t immj = sext(bits(w, 31, 31) << 20 | bits(w, 30, 21) << 1 | bits(w, 20, 20) << 11 | bits(w, 19, 12) << 12, 21);
    d->rd = (uint8_t)rd;
    d->rs1 = (uint8_t)rs1;
    d->rs2 = (uint8_t)rs2;
    d->rs3 = (uint8_t)bits(w, 31, 27);
    d->rm = (uint8_t)f3;
    d->imm = 0;
#define OUT(o, i) do { d->opc = OP_##o; d->imm = (i); return true; } while (0)
    switch (opc) {
    case 0x37: OUT(LUI, immu);
    case 0x17: OUT(AUIPC, immu);
    case 0x6f: OUT(JAL, immj);
    case 0x67: if (f3 == 0) OUT(JALR, immi); break;
    case 0x63:
        switch (f3) {
        case 0: OUT(BEQ, immb);
        case 1: OUT(BNE, immb);
        case 4: OUT(BLT, immb);
        case 5: OUT(BGE, immb);
        case 6: OUT(BLTU, immb);
        case 7: OUT(BGEU, immb);
        }
        break;
    case 0x03:
        switch (f3) {
        case 0: OUT(LB, immi);
        case 1: OUT(LH, immi);
        case 2: OUT(LW, immi);
        case 3: OUT(LD, immi);
        case 4: OUT(LBU, immi);
        case 5: OUT(LHU, immi);
        case 6: OUT(LWU, immi);
        }
        break;
    case 0x23:
        switch (f3) {
        case 0: OUT(SB, imms);
        case 1: OUT(SH, imms);
        case 2: OUT(SW, imms);
        case 3: OUT(SD, imms);
        }
        break;
    case 0x13:
        switch (f3) {
        case 0: OUT(ADDI, immi);
        case 2: OUT(SLTI, immi);
        case 3: OUT(SLTIU, immi);
        case 4: OUT(XORI, immi);
        case 6: OUT(ORI, immi);
        case 7: OUT(ANDI, immi);
        case 1: if (bits(w, 31, 26) == 0) OUT(SLLI, bits(w, 25, 20)); break;
        case 5:
            if (bits(w, 31, 26) == 0) OUT(SRLI, bits(w, 25, 20));
            if (bits(w, 31, 26) == 0x10) OUT(SRAI, bits(w, 25, 20));
            break;
        }
        break;
    case 0x1b:
        switch (f3) {
        case 0: OUT(ADDIW, immi);
        case 1: if (f7 == 0) OUT(SLLIW, rs2); break;
        case 5:
            if (f7 == 0) OUT(SRLIW, rs2);
            if (f7 == 0x20) OUT(SRAIW, rs2);
            break;
        }
        break;
    case 0x33:
        if (f7 == 0) {
            static const uint16_t t[8] = {OP_ADD, OP_SLL, OP_SLT, OP_SLTU, OP_XOR, OP_SRL, OP_OR, OP_AND};
            d->opc = t[f3];
            return true;
        }
        if (f7 == 0x20) {
            if (f3 == 0) OUT(SUB, 0);
            if (f3 == 5) OUT(SRA, 0);
            break;
        }
        if (f7 == 1) {
            static const uint16_t t[8] = {OP_MUL, OP_MULH, OP_MULHSU, OP_MULHU, OP_DIV, OP_DIVU, OP_REM, OP_REMU};
            d->opc = t[f3];
            return true;
        }
        break;
    case 0x3b:
        if (f7 == 0) {
            if (f3 == 0) OUT(ADDW, 0);
            if (f3 == 1) OUT(SLLW, 0);
            if (f3 == 5) OUT(SRLW, 0);
            break;
        }
        if (f7 == 0x20) {
            if (f3 == 0) OUT(SUBW, 0);
            if (f3 == 5) OUT(SRAW, 0);
            break;
        }
        if (f7 == 1) {
            switch (f3) {
            case 0: OUT(MULW, 0);
            case 4: OUT(DIVW, 0);
            case 5: OUT(DIVUW, 0);
            case 6: OUT(REMW, 0);
            case 7: OUT(REMUW, 0);
            }
        }
        break;
    case 0x0f:
        if (f3 == 0) OUT(FENCE, 0);
        if (f3 == 1) OUT(FENCE_I, 0);
        break;
    case 0x73:
        if (f3 == 0) {
            if (w == 0x00000073) OUT(ECALL, 0);
            if (w == 0x00100073) OUT(EBREAK, 0);
            break;
        }
        {
            static const uint16_t t[8] = {0, OP_CSRRW, OP_CSRRS, OP_CSRRC, 0, OP_CSRRWI, OP_CSRRSI, OP_CSRRCI};
            if (!t[f3]) break;
            d->opc = t[f3];
            d->imm = bits(w, 31, 20);
            return true;
        }
    case 0x2f: {
        uint32_t f5 = bits(w, 31, 27);
        if (f3 != 2 && f3 != 3) break;
        bool dw = f3 == 3;
        switch (f5) {
        case 0x02: if (rs2 != 0) break; d->opc = dw ? OP_LR_D : OP_LR_W; return true;
        case 0x03: d->opc = dw ? OP_SC_D : OP_SC_W; return true;
        case 0x01: d->opc = dw ? OP_AMOSWAP_D : OP_AMOSWAP_W; return true;
        case 0x00: d->opc = dw ? OP_AMOADD_D : OP_AMOADD_W; return true;
        case 0x04: d->opc = dw ? OP_AMOXOR_D : OP_AMOXOR_W; return true;
        case 0x0c: d->opc = dw ? OP_AMOAND_D : OP_AMOAND_W; return true;
        case 0x08: d->opc = dw ? OP_AMOOR_D : OP_AMOOR_W; return true;
        case 0x10: d->opc = dw ? OP_AMOMIN_D : OP_AMOMIN_W; return true;
        case 0x14: d->opc = dw ? OP_AMOMAX_D : OP_AMOMAX_W; return true;
        case 0x18: d->opc = dw ? OP_AMOMINU_D : OP_AMOMINU_W; return true;
        case 0x1c: d->opc = dw ? OP_AMOMAXU_D : OP_AMOMAXU_W; return true;
        }
        break;
    }
    case 0x07:
        if (f3 == 2) OUT(FLW, immi);
        if (f3 == 3) OUT(FLD, immi);
        break;
    case 0x27:
        if (f3 == 2) OUT(FSW, imms);
        if (f3 == 3) OUT(FSD, imms);
        break;
    case 0x43: case 0x47: case 0x4b: case 0x4f: {
        uint32_t fmt = bits(w, 26, 25);
        if (fmt > 1 || !rm_ok(f3)) break;
        static const uint16_t ts[4] = {OP_FMADD_S, OP_FMSUB_S, OP_FNMSUB_S, OP_FNMADD_S};
        static const uint16_t td[4] = {OP_FMADD_D, OP_FMSUB_D, OP_FNMSUB_D, OP_FNMADD_D};
        uint32_t k = (opc - 0x43) >> 2;
        d->opc = fmt ? td[k] : ts[k];
        return true;
    }
    case 0x53: {
        bool dbl = f7 & 1;
        if (f7 & 2) break;   /* fmt H / Q */
        switch (f7 >> 2) {
        case 0x00: if (!rm_ok(f3)) break; d->opc = dbl ? OP_FADD_D : OP_FADD_S; return true;
        case 0x01: if (!rm_ok(f3)) break; d->opc = dbl ? OP_FSUB_D : OP_FSUB_S; return true;
        case 0x02: if (!rm_ok(f3)) break; d->opc = dbl ? OP_FMUL_D : OP_FMUL_S; return true;
        case 0x03: if (!rm_ok(f3)) break; d->opc = dbl ? OP_FDIV_D : OP_FDIV_S; return true;
        case 0x0b:
            if (!rm_ok(f3) || rs2 != 0 || (f7 & 2)) break;
            d->opc = dbl ? OP_FSQRT_D : OP_FSQRT_S;
            return true;
        case 0x04:
            if (f7 & 2) break;
            if (f3 == 0) { d->opc = dbl ? OP_FSGNJ_D : OP_FSGNJ_S; return true; }
            if (f3 == 1) { d->opc = dbl ? OP_FSGNJN_D : OP_FSGNJN_S; return true; }
            if (f3 == 2) { d->opc = dbl ? OP_FSGNJX_D : OP_FSGNJX_S; return true; }
            break;
        case 0x05:
            if (f7 & 2) break;
            if (f3 == 0) { d->opc = dbl ? OP_FMIN_D : OP_FMIN_S; return true; }
            if (f3 == 1) { d->opc = dbl ? OP_FMAX_D : OP_FMAX_S; return true; }
            break;
        case 0x08: /* fcvt.s.d (f7 0x20, rs2 1) / fcvt.d.s (f7 0x21, rs2 0) */
            if (!rm_ok(f3)) break;
            if (f7 == 0x20 && rs2 == 1) OUT(FCVT_S_D, 0);
            if (f7 == 0x21 && rs2 == 0) OUT(FCVT_D_S, 0);
            break;
        case 0x14:
            if (f7 & 2) break;
            if (f3 == 2) { d->opc = dbl ? OP_FEQ_D : OP_FEQ_S; return true; }
            if (f3 == 1) { d->opc = dbl ? OP_FLT_D : OP_FLT_S; return true; }
            if (f3 == 0) { d->opc = dbl ? OP_FLE_D : OP_FLE_S; return true; }
            break;
        case 0x18: /* fcvt.{w,wu,l,lu}.{s,d} */
            if (!rm_ok(f3) || rs2 > 3 || (f7 & 2)) break;
            d->opc = (uint16_t)((dbl ? OP_FCVT_W_D : OP_FCVT_W_S) + rs2);
            return true;
        case 0x1a: /* fcvt.{s,d}.{w,wu,l,lu} */
            if (!rm_ok(f3) || rs2 > 3 || (f7 & 2)) break;
            d->opc = (uint16_t)((dbl ? OP_FCVT_D_W : OP_FCVT_S_W) + rs2);
            return true;
        case 0x1c:
            if (rs2 != 0 || (f7 & 2)) break;
            if (f3 == 0) { d->opc = dbl ? OP_FMV_X_D : OP_FMV_X_W; return true; }
            if (f3 == 1) { d->opc = dbl ? OP_FCLASS_D : OP_FCLASS_S; return true; }
            break;
        case 0x1e:
            if (rs2 != 0 || f3 != 0 || (f7 & 2)) break;
            d->opc = dbl ? OP_FMV_D_X : OP_FMV_W_X;
            return true;
        }
        break;
    }
    }
#undef OUT
    d->opc = OP_ILLEGAL;
    return false;
}

bool rv_decode(uint32_t raw, RvInsn *d)
{
    if ((raw & 3) != 3) {
        d->len = 2;
        d->raw = raw & 0xffff;
        uint32_t w = expand_rvc(raw & 0xffff);
        if (!w) {
            d->opc = OP_ILLEGAL;
            d->rd = d->rs1 = d->rs2 = d->rs3 = d->rm = 0;
            d->imm = 0;
            return false;
        }
        return decode32(w, d);
    }
    d->len = 4;
    d->raw = raw;
    if ((raw & 0x1c) == 0x1c) {   /* >32-bit encodings: not supported */
        d->opc = OP_ILLEGAL;
        d->rd = d->rs1 = d->rs2 = d->rs3 = d->rm = 0;
        d->imm = 0;
        return false;
    }
    return decode32(raw, d);
}
