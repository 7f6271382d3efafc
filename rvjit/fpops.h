/* rvjit — inline F/D building blocks shared by interp.c (fast paths) and
 * fp.c (static rounding modes).  See fp.c for the flag strategy.
 *
 * Singles live NaN-boxed in the 64-bit f registers: a single whose upper 32
 * bits are not all ones reads as the canonical NaN.  Arithmetic results that
 * are NaN are replaced by the canonical NaN (0x7fc00000 / 0x7ff8000000000000).
 */
#ifndef RVJIT_FPOPS_H
#define RVJIT_FPOPS_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "cpu.h"

/* Host exception flags.  On x86-64 the guest's FP runs on SSE only (the x87
 * is used solely by the RMM path, which saves and restores its environment),
 * so the accrued host flags are MXCSR bits 0..5; reading and clearing them
 * directly is much cheaper than fetestexcept/feclearexcept. */
#if defined(__x86_64__)
#include <xmmintrin.h>
static inline uint32_t host_fflags(void)
{
    unsigned m = _mm_getcsr();   /* IE 0, DE 1, ZE 2, OE 3, UE 4, PE 5 */
    return ((m & 0x01) << 4) | ((m & 0x04) << 1) | ((m & 0x08) >> 1) | ((m & 0x10) >> 3) |
           ((m & 0x20) >> 5);
}
static inline void host_fflags_clear(void)
{
    unsigned m = _mm_getcsr();
    if (m & 0x3f) _mm_setcsr(m & ~0x3fu);
}
#else
#include <fenv.h>
static inline uint32_t host_fflags(void)
{
    int e = fetestexcept(FE_ALL_EXCEPT);
    return ((e & FE_INVALID) ? RV_NV : 0) | ((e & FE_DIVBYZERO) ? RV_DZ : 0) |
           ((e & FE_OVERFLOW) ? RV_OF : 0) | ((e & FE_UNDERFLOW) ? RV_UF : 0) |
           ((e & FE_INEXACT) ? RV_NX : 0);
}
static inline void host_fflags_clear(void) { feclearexcept(FE_ALL_EXCEPT); }
#endif

#define CANON_D 0x7ff8000000000000ull
#define CANON_S 0x7fc00000u
#define BOX     0xffffffff00000000ull

static inline bool nan64(uint64_t v) { return (v & 0x7fffffffffffffffull) > 0x7ff0000000000000ull; }
static inline bool snan64(uint64_t v) { return nan64(v) && !(v & 0x0008000000000000ull); }
static inline bool nan32(uint32_t v) { return (v & 0x7fffffffu) > 0x7f800000u; }
static inline bool snan32(uint32_t v) { return nan32(v) && !(v & 0x00400000u); }

/* raw single bits of an f register (canonical NaN when not NaN-boxed) */
static inline uint32_t unbox(uint64_t v) { return (v >> 32) == 0xffffffffu ? (uint32_t)v : CANON_S; }

static inline double f64(uint64_t v) { double d; memcpy(&d, &v, 8); return d; }
static inline float f32(uint64_t v) { uint32_t u = unbox(v); float f; memcpy(&f, &u, 4); return f; }
static inline float f32raw(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }

/* results: canonicalise NaNs, box singles */
static inline uint64_t b64(double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    return nan64(u) ? CANON_D : u;
}
static inline uint64_t b32(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    return BOX | (nan32(u) ? CANON_S : u);
}

/* fused multiply-add: one rounding (fma/fmaf); RISC-V requires NV for
 * inf*0 even when the addend is a quiet NaN. */
static inline uint64_t fma64(uint32_t *fl, double a, double b, double c)
{
    double r = fma(a, b, c);
    uint64_t u;
    memcpy(&u, &r, 8);
    if (nan64(u)) {
        if ((isinf(a) && b == 0) || (a == 0 && isinf(b))) *fl |= RV_NV;
        return CANON_D;
    }
    return u;
}
static inline uint64_t fma32(uint32_t *fl, float a, float b, float c)
{
    float r = fmaf(a, b, c);
    uint32_t u;
    memcpy(&u, &r, 4);
    if (nan32(u)) {
        if ((isinf(a) && b == 0) || (a == 0 && isinf(b))) *fl |= RV_NV;
        return BOX | CANON_S;
    }
    return BOX | u;
}

/* fmin/fmax (IEEE 754-2019 minimumNumber/maximumNumber, -0 < +0) */
static inline uint64_t fminmax64(uint32_t *fl, uint64_t a, uint64_t b, bool max)
{
    if (snan64(a) || snan64(b)) *fl |= RV_NV;
    bool an = nan64(a), bn = nan64(b);
    if (an && bn) return CANON_D;
    if (an) return b;
    if (bn) return a;
    double x = f64(a), y = f64(b);
    if (x == y) return max ? (a & b) : (a | b);   /* only differs for +-0 */
    return ((x < y) != max) ? a : b;
}
static inline uint64_t fminmax32(uint32_t *fl, uint64_t ra, uint64_t rb, bool max)
{
    uint32_t a = unbox(ra), b = unbox(rb);
    if (snan32(a) || snan32(b)) *fl |= RV_NV;
    bool an = nan32(a), bn = nan32(b);
    if (an && bn) return BOX | CANON_S;
    if (an) return BOX | b;
    if (bn) return BOX | a;
    float x = f32raw(a), y = f32raw(b);
    if (x == y) return BOX | (max ? (a & b) : (a | b));
    return BOX | (((x < y) != max) ? a : b);
}

/* comparisons: feq is quiet (NV on sNaN only), flt/fle signal on any NaN */
static inline uint64_t feq64(uint32_t *fl, uint64_t a, uint64_t b)
{
    if (nan64(a) || nan64(b)) {
        if (snan64(a) || snan64(b)) *fl |= RV_NV;
        return 0;
    }
    return f64(a) == f64(b);
}
static inline uint64_t fcmp64(uint32_t *fl, uint64_t a, uint64_t b, bool le)
{
    if (nan64(a) || nan64(b)) {
        *fl |= RV_NV;
        return 0;
    }
    return le ? f64(a) <= f64(b) : f64(a) < f64(b);
}
static inline uint64_t feq32(uint32_t *fl, uint64_t ra, uint64_t rb)
{
    uint32_t a = unbox(ra), b = unbox(rb);
    if (nan32(a) || nan32(b)) {
        if (snan32(a) || snan32(b)) *fl |= RV_NV;
        return 0;
    }
    return f32raw(a) == f32raw(b);
}
static inline uint64_t fcmp32(uint32_t *fl, uint64_t ra, uint64_t rb, bool le)
{
    uint32_t a = unbox(ra), b = unbox(rb);
    if (nan32(a) || nan32(b)) {
        *fl |= RV_NV;
        return 0;
    }
    return le ? f32raw(a) <= f32raw(b) : f32raw(a) < f32raw(b);
}

/* sign injection on raw bits */
static inline uint64_t fsgnj64(uint64_t a, uint64_t b, int k)
{
    const uint64_t S = 1ull << 63;
    if (k == 0) return (a & ~S) | (b & S);
    if (k == 1) return (a & ~S) | (~b & S);
    return a ^ (b & S);
}
static inline uint64_t fsgnj32(uint64_t ra, uint64_t rb, int k)
{
    const uint32_t S = 1u << 31;
    uint32_t a = unbox(ra), b = unbox(rb);
    if (k == 0) return BOX | ((a & ~S) | (b & S));
    if (k == 1) return BOX | ((a & ~S) | (~b & S));
    return BOX | (a ^ (b & S));
}

#endif
