/* long double (x87) compiler output for tests/realasm: arithmetic with
 * every operation and operand shape gcc picks (fadd/fsub/fsubr/fmul/fdiv/
 * fdivr in their st(i) and memory forms, fxch, fchs, fabs), conversions to
 * and from integers and float/double (fild, fistp, fisttp, fnstcw/fldcw
 * around a truncation), comparisons (fcomi, fucomi, fucomip, fcmov), and
 * libm-style code (frexp, polynomials, a square root, x87 builtins). */
#include <stdint.h>

long double ld_g = 3.25L, ld_tab[8] = {1.0L, 0.5L, 0.25L, 2.0L, -1.0L, 1e300L, 1e-300L, 0.0L};
float f_g = 1.5f;
double d_g = 2.5;

long double ld_add(long double a, long double b) { return a + b; }
long double ld_sub(long double a, long double b) { return a - b; }
long double ld_rsub(long double a, long double b) { return b - a * 3; }
long double ld_mul(long double a, long double b) { return a * b; }
long double ld_div(long double a, long double b) { return a / b; }
long double ld_rdiv(long double a, long double b) { return b / (a + 1); }
long double ld_neg(long double a) { return -a; }
long double ld_abs(long double a) { return __builtin_fabsl(a); }
long double ld_mixed(long double a, double d, float f, int i, long l, short s)
{
    return a * d + f / a - i * a + l - s + ld_g * f_g - d_g / a;
}

long double ld_from_i(int i) { return i; }
long double ld_from_l(long l) { return l; }
long double ld_from_s(short s) { return s; }
long double ld_from_u(unsigned u) { return u; }
long double ld_from_ul(unsigned long u) { return u; }
long double ld_from_f(float f) { return f; }
long double ld_from_d(double d) { return d; }
int ld_to_i(long double a) { return (int)a; }
long ld_to_l(long double a) { return (long)a; }
short ld_to_s(long double a) { return (short)a; }
unsigned long ld_to_ul(long double a) { return (unsigned long)a; }
unsigned ld_to_u(long double a) { return (unsigned)a; }
float ld_to_f(long double a) { return (float)a; }
double ld_to_d(long double a) { return (double)a; }
long ld_lrint(long double a) { return __builtin_lrintl(a); }

int ld_lt(long double a, long double b) { return a < b; }
int ld_le(long double a, long double b) { return a <= b; }
int ld_eq(long double a, long double b) { return a == b; }
int ld_ne(long double a, long double b) { return a != b; }
int ld_unord(long double a, long double b) { return __builtin_isunordered(a, b); }
long double ld_max(long double a, long double b) { return a > b ? a : b; }
long double ld_min(long double a, long double b) { return a < b ? a : b; }
long double ld_clamp(long double x, long double lo, long double hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}
int ld_isnan(long double a) { return __builtin_isnan(a); }
int ld_isinf(long double a) { return __builtin_isinf(a); }
int ld_signbit(long double a) { return __builtin_signbit(a) != 0; }

long double ld_sum(const long double *p, int n)
{
    long double s = 0;
    for (int i = 0; i < n; i++) s += p[i];
    return s;
}

long double ld_dot(const long double *a, const double *b, const float *c, int n)
{
    long double s = 0;
    for (int i = 0; i < n; i++) s += a[i] * b[i] - c[i] / a[i];
    return s;
}

/* Horner polynomial and a Newton square root, as a libm would write them */
long double ld_poly(long double x)
{
    static const long double c[] = {1.0L, 0.5L, 1.0L / 6, 1.0L / 24, 1.0L / 120, 1.0L / 720};
    long double r = c[5];
    for (int i = 4; i >= 0; i--) r = r * x + c[i];
    return r;
}

long double ld_sqrt_newton(long double x)
{
    if (x <= 0) return 0;
    long double r = x > 1 ? x / 2 : 1;
    for (int i = 0; i < 40; i++) r = (r + x / r) * 0.5L;
    return r;
}

long double ld_frexp(long double x, int *e)
{
    *e = 0;
    if (x == 0 || x != x) return x;
    long double a = x < 0 ? -x : x;
    while (a >= 1) { a *= 0.5L; (*e)++; }
    while (a < 0.5L) { a *= 2; (*e)--; }
    return x < 0 ? -a : a;
}

long double ld_builtins(long double x, long double y)
{
    return __builtin_sqrtl(x) + __builtin_rintl(y) + __builtin_scalbnl(x, 3) +
           __builtin_copysignl(x, y);
}

/* volatile: every value through memory (fld/fstp TBYTE PTR) */
long double ld_volatile(long double a, long double b)
{
    volatile long double x = a, y = b;
    volatile float f = (float)x;
    volatile double d = (double)y;
    volatile long long q = (long long)(x * y);
    volatile short h = (short)x;
    return x * y + f - d + q + h;
}

struct ld_pair { long double re, im; };
struct ld_pair ld_cmul(struct ld_pair a, struct ld_pair b)
{
    struct ld_pair r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}

uint64_t ld_bits(long double x)
{
    union { long double v; uint64_t u[2]; } c = {x};
    return c.u[0] ^ c.u[1];
}
