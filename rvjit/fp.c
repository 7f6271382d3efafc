/* rvjit — floating point: rounding modes, exception flags, conversions.
 *
 * Flags.  The host (x86-64 SSE, tininess after rounding like RISC-V) keeps
 * sticky exception flags just like fflags, so the fast paths simply run the
 * host instruction and let the host flags accumulate: the guest's fflags is
 * st->fflags | host flags, computed when the guest reads fflags/fcsr, and a
 * guest write of fflags clears the host flags.  Operations whose flags the
 * host would get wrong (comparisons, min/max, conversions to integer, RMM)
 * compute them in software into st->fflags and do not touch host flags.
 *
 * Rounding.  The host rounding mode always equals frm when frm is RNE..RUP.
 * Instructions with rm = DYN use the fast handlers; when frm is RMM or
 * invalid the decode cache is flushed and DYN instructions are decoded to the
 * slow path (fp_call) instead.  Static rounding modes go through fp_call:
 * RNE..RUP switch the host mode around the one operation; RMM computes the
 * result rounded to odd in a wider format (double for singles, x87 long double
 * for doubles) and rounds that once more, to nearest/away, in software
 * (round_pack), which is exact because the wider format has >= p+2 bits.
 * Conversions to and from integers and fcvt.s.d with a static mode are done
 * entirely in software by round_pack / to_int.
 */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "fpops.h"
#include "rvjit.h"

int rv_dyn_class;

static const int host_rm[4] = {FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD, FE_UPWARD};

void fp_init(RvCpu *st)
{
    st->frm = 0;
    st->fflags = 0;
    rv_dyn_class = 0;
    fesetround(FE_TONEAREST);
    feclearexcept(FE_ALL_EXCEPT);
}

uint32_t fp_read_fflags(RvCpu *st)
{
    return (st->fflags | host_fflags()) & 0x1f;
}

void fp_write_fflags(RvCpu *st, uint32_t v)
{
    st->fflags = v & 0x1f;
    host_fflags_clear();
}

void fp_write_frm(RvCpu *st, uint32_t v)
{
    v &= 7;
    st->frm = v;
    fesetround(v <= 3 ? host_rm[v] : FE_TONEAREST);
    int cls = v <= 3 ? 0 : v == RV_RMM ? 1 : 2;
    if (cls != rv_dyn_class) {
        rv_dyn_class = cls;
        cache_request_flush();   /* DYN instructions decode differently now */
    }
}

uint64_t fp_classify_d(uint64_t v)
{
    bool neg = v >> 63;
    uint64_t e = (v >> 52) & 0x7ff, m = v & 0xfffffffffffffull;
    if (e == 0x7ff) {
        if (m == 0) return neg ? 1u << 0 : 1u << 7;
        return (m >> 51) ? 1u << 9 : 1u << 8;
    }
    if (e == 0) {
        if (m == 0) return neg ? 1u << 3 : 1u << 4;
        return neg ? 1u << 2 : 1u << 5;
    }
    return neg ? 1u << 1 : 1u << 6;
}

uint64_t fp_classify_s(uint32_t v)
{
    bool neg = v >> 31;
    uint32_t e = (v >> 23) & 0xff, m = v & 0x7fffff;
    if (e == 0xff) {
        if (m == 0) return neg ? 1u << 0 : 1u << 7;
        return (m >> 22) ? 1u << 9 : 1u << 8;
    }
    if (e == 0) {
        if (m == 0) return neg ? 1u << 3 : 1u << 4;
        return neg ? 1u << 2 : 1u << 5;
    }
    return neg ? 1u << 1 : 1u << 6;
}

/* ---- software rounding ----------------------------------------------------- */

/* rounding class of the bits below the kept part: 0 exact, 1 below half,
 * 2 exactly half, 3 above half */
static uint64_t split(uint64_t m, int shift, bool sticky, int *cls)
{
    uint64_t kept, rem;
    if (shift <= 0) {
        *cls = sticky ? 1 : 0;
        return m;
    }
    if (shift < 64) {
        kept = m >> shift;
        rem = m << (64 - shift);
    } else if (shift == 64) {
        kept = 0;
        rem = m;
    } else {
        *cls = (m || sticky) ? 1 : 0;
        return 0;
    }
    const uint64_t half = 1ull << 63;
    if (rem < half) *cls = (rem || sticky) ? 1 : 0;
    else if (rem == half) *cls = sticky ? 3 : 2;
    else *cls = 3;
    return kept;
}

static int round_inc(int rm, bool sign, int cls, uint64_t kept)
{
    switch (rm) {
    case RV_RNE: return cls == 3 || (cls == 2 && (kept & 1));
    case RV_RTZ: return 0;
    case RV_RDN: return sign && cls;
    case RV_RUP: return !sign && cls;
    default:     return cls >= 2;   /* RMM */
    }
}

/* Round sign * m * 2^e (+ sticky: nonzero bits below m's lsb) to a single
 * (dbl false) or double, IEEE-correct with tininess after rounding. */
static uint64_t round_pack(bool sign, uint64_t m, int e, bool sticky, bool dbl, int rm, uint32_t *fl)
{
    const int p = dbl ? 53 : 24, emin = dbl ? -1022 : -126, emax = dbl ? 1023 : 127;
    const uint64_t sbit = dbl ? 1ull << 63 : 1ull << 31;
    const uint64_t expmask = dbl ? 0x7ff : 0xff;
    if (m == 0) {
        if (sticky) { m = 1; e -= 64; }   /* cannot happen for callers; keep it defined */
        else return sign ? sbit : 0;
    }
    int lz = __builtin_clzll(m);
    m <<= lz;
    e -= lz;
    int E = e + 63;   /* exponent of the leading bit */
    if (E > emax) goto overflow;
    int shift = 64 - p + (E < emin ? emin - E : 0);
    int cls;
    uint64_t kept = split(m, shift, sticky, &cls);
    bool tiny = false;
    if (E < emin - 1) tiny = true;
    else if (E == emin - 1) {
        int c2;
        uint64_t k2 = split(m, 64 - p, sticky, &c2);
        k2 += (uint64_t)round_inc(rm, sign, c2, k2);
        tiny = (k2 >> p) == 0;
    }
    kept += (uint64_t)round_inc(rm, sign, cls, kept);
    if (cls) {
        *fl |= RV_NX;
        if (tiny) *fl |= RV_UF;
    }
    uint64_t bits;
    if (E < emin) bits = kept;   /* subnormal (or rounded up to the smallest normal) */
    else {
        bits = ((uint64_t)(E + emax - 1) << (p - 1)) + kept;
        if ((bits >> (p - 1)) >= expmask) goto overflow;
    }
    return bits | (sign ? sbit : 0);
overflow:
    *fl |= RV_OF | RV_NX;
    {
        bool to_inf = rm == RV_RNE || rm == RV_RMM || (rm == RV_RDN && sign) || (rm == RV_RUP && !sign);
        uint64_t inf = expmask << (p - 1);
        return (to_inf ? inf : inf - 1) | (sign ? sbit : 0);
    }
}

/* ---- float -> integer -------------------------------------------------------- */

enum { K_W, K_WU, K_L, K_LU };

static uint64_t int_sat(int kind, bool neg)
{
    switch (kind) {
    case K_W:  return neg ? (uint64_t)(int64_t)INT32_MIN : (uint64_t)INT32_MAX;
    case K_WU: return neg ? 0 : UINT64_MAX;   /* 0xffffffff sign-extended */
    case K_L:  return neg ? (uint64_t)INT64_MIN : (uint64_t)INT64_MAX;
    default:   return neg ? 0 : UINT64_MAX;
    }
}

/* sign * m * 2^e to integer kind with rounding mode rm */
static uint64_t to_int(bool sign, uint64_t m, int e, int kind, int rm, uint32_t *fl)
{
    uint64_t ip;
    int cls = 0;
    if (m == 0) ip = 0;
    else if (e >= 0) {
        if (e >= 64 || (e > 0 && (m >> (64 - e)) != 0)) {
            *fl |= RV_NV;
            return int_sat(kind, sign);
        }
        ip = m << e;
    } else {
        ip = split(m, -e, false, &cls);
        ip += (uint64_t)round_inc(rm, sign, cls, ip);
    }
    uint64_t maxpos, maxneg;
    switch (kind) {
    case K_W:  maxpos = INT32_MAX; maxneg = 1ull << 31; break;
    case K_WU: maxpos = UINT32_MAX; maxneg = 0; break;
    case K_L:  maxpos = INT64_MAX; maxneg = 1ull << 63; break;
    default:   maxpos = UINT64_MAX; maxneg = 0; break;
    }
    if (sign ? ip > maxneg : ip > maxpos) {
        *fl |= RV_NV;
        return int_sat(kind, sign);
    }
    if (cls) *fl |= RV_NX;
    uint64_t r = sign ? 0 - ip : ip;
    if (kind == K_W || kind == K_WU) r = (uint64_t)(int64_t)(int32_t)(uint32_t)r;
    return r;
}

static uint64_t cvt_d_int(uint64_t v, int kind, int rm, uint32_t *fl)
{
    bool sign = v >> 63;
    int ex = (int)((v >> 52) & 0x7ff);
    uint64_t m = v & 0xfffffffffffffull;
    if (ex == 0x7ff) {
        *fl |= RV_NV;
        return int_sat(kind, m ? false : sign);   /* NaN saturates positive */
    }
    if (ex) m |= 1ull << 52;
    else ex = 1;
    return to_int(sign, m, ex - 1075, kind, rm, fl);
}

static uint64_t cvt_s_int(uint32_t v, int kind, int rm, uint32_t *fl)
{
    bool sign = v >> 31;
    int ex = (int)((v >> 23) & 0xff);
    uint64_t m = v & 0x7fffff;
    if (ex == 0xff) {
        *fl |= RV_NV;
        return int_sat(kind, m ? false : sign);
    }
    if (ex) m |= 1u << 23;
    else ex = 1;
    return to_int(sign, m, ex - 150, kind, rm, fl);
}

/* integer -> float/double */
static uint64_t cvt_int_f(uint64_t v, int kind, bool dbl, int rm, uint32_t *fl)
{
    bool sign = false;
    uint64_t m;
    switch (kind) {
    case K_W: {
        int32_t x = (int32_t)v;
        sign = x < 0;
        m = sign ? (uint64_t)(-(int64_t)x) : (uint64_t)x;
        break;
    }
    case K_WU: m = (uint32_t)v; break;
    case K_L:
        sign = (int64_t)v < 0;
        m = sign ? 0 - v : v;
        break;
    default: m = v; break;
    }
    uint64_t r = round_pack(sign, m, 0, false, dbl, rm, fl);
    return dbl ? r : (BOX | r);
}

/* double -> single with an explicit rounding mode */
static uint64_t cvt_d_s(uint64_t v, int rm, uint32_t *fl)
{
    bool sign = v >> 63;
    int ex = (int)((v >> 52) & 0x7ff);
    uint64_t m = v & 0xfffffffffffffull;
    if (ex == 0x7ff) {
        if (m) {
            if (!(m >> 51)) *fl |= RV_NV;
            return BOX | CANON_S;
        }
        return BOX | (sign ? 0xff800000u : 0x7f800000u);
    }
    if (ex == 0 && m == 0) return BOX | (sign ? 0x80000000u : 0);
    if (ex) m |= 1ull << 52;
    else ex = 1;
    return BOX | round_pack(sign, m, ex - 1075, false, false, rm, fl);
}

/* ---- RMM arithmetic ------------------------------------------------------------ */

enum { A_ADD, A_SUB, A_MUL, A_DIV, A_SQRT, A_FMA };

/* sign, significand and exponent of a finite nonzero double */
static void unpack_d(double r, bool *sign, uint64_t *m, int *e)
{
    uint64_t u;
    memcpy(&u, &r, 8);
    *sign = u >> 63;
    int ex = (int)((u >> 52) & 0x7ff);
    *m = u & 0xfffffffffffffull;
    if (ex) *m |= 1ull << 52;
    else ex = 1;
    *e = ex - 1075;
}

static uint64_t rmm_single(uint32_t *fl, int op, float a, float b, float c)
{
    fenv_t env;
    fegetenv(&env);
    fesetround(FE_TOWARDZERO);
    feclearexcept(FE_ALL_EXCEPT);
    /* widen only the operands the op reads: the others are whatever the
     * unused register fields name, and widening a signaling NaN raises
     * the invalid flag */
    volatile double x = a, y = 0, z = 0;
    if (op != A_SQRT) y = b;
    if (op == A_FMA) z = c;
    double r;
    switch (op) {
    case A_ADD: r = x + y; break;
    case A_SUB: r = x - y; break;
    case A_MUL: r = x * y; break;
    case A_DIV: r = x / y; break;
    case A_SQRT: r = sqrt(x); break;
    default: r = fma(x, y, z); break;
    }
    volatile double rv = r;
    int ex = fetestexcept(FE_INVALID | FE_DIVBYZERO | FE_INEXACT);
    fesetenv(&env);
    r = rv;
    if (ex & FE_INVALID) *fl |= RV_NV;
    if (ex & FE_DIVBYZERO) *fl |= RV_DZ;
    if (isnan(r)) {
        if (op == A_FMA && ((isinf(a) && b == 0) || (a == 0 && isinf(b)))) *fl |= RV_NV;
        return BOX | CANON_S;
    }
    if (isinf(r)) return BOX | (signbit(r) ? 0xff800000u : 0x7f800000u);
    if (r == 0) return BOX | (signbit(r) ? 0x80000000u : 0);
    bool s;
    uint64_t m;
    int e;
    unpack_d(r, &s, &m, &e);
    return BOX | round_pack(s, m, e, (ex & FE_INEXACT) != 0, false, RV_RMM, fl);
}

static uint64_t rmm_double(uint32_t *fl, int op, double a, double b, double c)
{
#if LDBL_MANT_DIG >= 64
    fenv_t env;
    fegetenv(&env);
    fesetround(FE_TOWARDZERO);
    feclearexcept(FE_ALL_EXCEPT);
    volatile long double x = a, y = 0, z = 0;   /* see rmm_single */
    if (op != A_SQRT) y = b;
    if (op == A_FMA) z = c;
    long double r;
    switch (op) {
    case A_ADD: r = x + y; break;
    case A_SUB: r = x - y; break;
    case A_MUL: r = x * y; break;
    case A_DIV: r = x / y; break;
    case A_SQRT: r = sqrtl(x); break;
    default: r = fmal(x, y, z); break;
    }
    volatile long double rv = r;
    int ex = fetestexcept(FE_INVALID | FE_DIVBYZERO | FE_INEXACT);
    fesetenv(&env);
    r = rv;
    if (ex & FE_INVALID) *fl |= RV_NV;
    if (ex & FE_DIVBYZERO) *fl |= RV_DZ;
    if (isnan(r)) {
        if (op == A_FMA && ((isinf(a) && b == 0) || (a == 0 && isinf(b)))) *fl |= RV_NV;
        return CANON_D;
    }
    if (isinf(r)) return signbit(r) ? 0xfff0000000000000ull : 0x7ff0000000000000ull;
    if (r == 0) return signbit(r) ? 1ull << 63 : 0;
    bool s = signbit(r);
    int e;
    long double fr = frexpl(fabsl(r), &e);          /* [0.5, 1) */
    uint64_t m = (uint64_t)ldexpl(fr, 64);
    return round_pack(s, m, e - 64, (ex & FE_INEXACT) != 0, true, RV_RMM, fl);
#else
#error "rvjit needs a long double with at least 64 significand bits (x86-64 host)"
#endif
}

/* ---- the slow path --------------------------------------------------------------- */

bool fp_call(RvCpu *st, const Op *op)
{
    int opc = (int)(op->imm & 0xffff);
    int rm = (int)((op->imm >> 16) & 7);
    if (rm == RV_DYN) rm = (int)st->frm;
    if (rm > 4) return false;
    uint64_t *R = st->r;
    uint64_t a = R[op->rs1], b = R[op->rs2], c = R[op->rs3];
    uint32_t *fl = &st->fflags;
    uint64_t res;

    switch (opc) {
    case OP_FCVT_W_S: case OP_FCVT_WU_S: case OP_FCVT_L_S: case OP_FCVT_LU_S:
        res = cvt_s_int(unbox(a), opc - OP_FCVT_W_S, rm, fl);
        break;
    case OP_FCVT_W_D: case OP_FCVT_WU_D: case OP_FCVT_L_D: case OP_FCVT_LU_D:
        res = cvt_d_int(a, opc - OP_FCVT_W_D, rm, fl);
        break;
    case OP_FCVT_S_W: case OP_FCVT_S_WU: case OP_FCVT_S_L: case OP_FCVT_S_LU:
        res = cvt_int_f(a, opc - OP_FCVT_S_W, false, rm, fl);
        break;
    case OP_FCVT_D_W: case OP_FCVT_D_WU: case OP_FCVT_D_L: case OP_FCVT_D_LU:
        res = cvt_int_f(a, opc - OP_FCVT_D_W, true, rm, fl);
        break;
    case OP_FCVT_S_D:
        res = cvt_d_s(a, rm, fl);
        break;
    case OP_FCVT_D_S: {
        uint32_t s = unbox(a);
        if (nan32(s)) {
            if (snan32(s)) *fl |= RV_NV;
            res = CANON_D;
        } else res = b64((double)f32raw(s));
        break;
    }
    default: {
        int k;
        bool dbl;
        switch (opc) {
        case OP_FADD_S: k = A_ADD; dbl = false; break;
        case OP_FSUB_S: k = A_SUB; dbl = false; break;
        case OP_FMUL_S: k = A_MUL; dbl = false; break;
        case OP_FDIV_S: k = A_DIV; dbl = false; break;
        case OP_FSQRT_S: k = A_SQRT; dbl = false; break;
        case OP_FMADD_S: case OP_FMSUB_S: case OP_FNMSUB_S: case OP_FNMADD_S: k = A_FMA; dbl = false; break;
        case OP_FADD_D: k = A_ADD; dbl = true; break;
        case OP_FSUB_D: k = A_SUB; dbl = true; break;
        case OP_FMUL_D: k = A_MUL; dbl = true; break;
        case OP_FDIV_D: k = A_DIV; dbl = true; break;
        case OP_FSQRT_D: k = A_SQRT; dbl = true; break;
        case OP_FMADD_D: case OP_FMSUB_D: case OP_FNMSUB_D: case OP_FNMADD_D: k = A_FMA; dbl = true; break;
        default: return false;
        }
        /* fmsub/fnmsub/fnmadd by negating inputs (exact) */
        bool nega = false, negc = false;
        switch (opc) {
        case OP_FMSUB_S: case OP_FMSUB_D: negc = true; break;
        case OP_FNMSUB_S: case OP_FNMSUB_D: nega = true; break;
        case OP_FNMADD_S: case OP_FNMADD_D: nega = negc = true; break;
        default: break;
        }
        if (dbl) {
            double x = f64(a), y = f64(b), z = f64(c);
            if (nega) x = -x;
            if (negc) z = -z;
            if (rm == RV_RMM) {
                res = rmm_double(fl, k, x, y, z);
                break;
            }
            int cur = st->frm <= 3 ? (int)st->frm : RV_RNE;
            if (rm != cur) fesetround(host_rm[rm]);
            switch (k) {
            case A_ADD: res = b64(x + y); break;
            case A_SUB: res = b64(x - y); break;
            case A_MUL: res = b64(x * y); break;
            case A_DIV: res = b64(x / y); break;
            case A_SQRT: res = b64(sqrt(x)); break;
            default: res = fma64(fl, x, y, z); break;
            }
            if (rm != cur) fesetround(host_rm[cur]);
        } else {
            float x = f32(a), y = f32(b), z = f32(c);
            if (nega) x = -x;
            if (negc) z = -z;
            if (rm == RV_RMM) {
                res = rmm_single(fl, k, x, y, z);
                break;
            }
            int cur = st->frm <= 3 ? (int)st->frm : RV_RNE;
            if (rm != cur) fesetround(host_rm[rm]);
            switch (k) {
            case A_ADD: res = b32(x + y); break;
            case A_SUB: res = b32(x - y); break;
            case A_MUL: res = b32(x * y); break;
            case A_DIV: res = b32(x / y); break;
            case A_SQRT: res = b32(sqrtf(x)); break;
            default: res = fma32(fl, x, y, z); break;
            }
            if (rm != cur) fesetround(host_rm[cur]);
        }
        break;
    }
    }
    R[op->rd] = res;
    return true;
}
