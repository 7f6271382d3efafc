/* libm: elementary functions (checked against known values with a
 * tolerance and printed exactly with %a so the emulators must agree bit
 * for bit), rounding functions in every rounding mode, fenv exceptions.  */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include "check.h"

static int near(double got, double want, double rel)
{
    if (isnan(want)) return isnan(got);
    if (isinf(want)) return got == want;
    double d = fabs(got - want);
    return d <= rel * fabs(want) || d < 1e-300;
}

#define FN(expr, want) do {                                               \
        volatile double r_ = (expr);                                      \
        printf("  %-28s = %a\n", #expr, r_);                              \
        CHECK(near(r_, want, 4e-16), "%s", #expr);                        \
    } while (0)
#define FNF(expr, want) do {                                              \
        volatile float r_ = (expr);                                       \
        printf("  %-28s = %a\n", #expr, (double)r_);                      \
        CHECK(near(r_, want, 2.5e-7), "%s", #expr);                       \
    } while (0)

static volatile double zero = 0.0, one = 1.0, two = 2.0, half = 0.5, ten = 10.0;

int main(void)
{
    FN(sin(one), 0.8414709848078965);
    FN(cos(one), 0.5403023058681398);
    FN(tan(half), 0.5463024898437905);
    FN(sin(1e22), -0.8522008497671888);
    FN(asin(half), 0.5235987755982989);
    FN(acos(-half), 2.0943951023931957);
    FN(atan(one), 0.7853981633974483);
    FN(atan2(-one, -two), -2.677945044588987);
    FN(exp(one), 2.718281828459045);
    FN(exp(-745.0 * one), 4.9406564584124654e-324);
    FN(exp(710.0 * one), INFINITY);
    FN(expm1(1e-10 * one), 1.00000000005e-10);
    FN(exp2(ten), 1024.0);
    FN(log(ten), 2.302585092994046);
    FN(log(zero), -INFINITY);
    FN(log(-one), NAN);
    FN(log10(1e-5 * one), -5.0);
    FN(log2(1024 * one), 10.0);
    FN(log1p(1e-10 * one), 9.9999999995e-11);
    FN(pow(two, 0.5), 1.4142135623730951);
    FN(pow(-two, 3.0), -8.0);
    FN(pow(ten, -3.0), 0.001);
    FN(pow(zero, zero), 1.0);
    FN(pow(-one, INFINITY), 1.0);
    FN(sqrt(two), 1.4142135623730951);
    FN(sqrt(-zero), -0.0);
    FN(cbrt(-27.0 * one), -3.0);
    FN(hypot(3.0 * one, 4.0), 5.0);
    FN(sinh(one), 1.1752011936438014);
    FN(cosh(one), 1.5430806348152437);
    FN(tanh(half), 0.46211715726000974);
    FN(asinh(one), 0.881373587019543);
    FN(erf(half), 0.5204998778130465);
    FN(erfc(two), 0.004677734981047266);
    FN(tgamma(5.5 * one), 52.34277778455352);
    FN(lgamma(100.0 * one), 359.1342053695754);
    FN(fmod(10.5 * one, 3.0), 1.5);
    FN(fmod(-10.5 * one, 3.0), -1.5);
    FN(remainder(10.5 * one, 3.0), -1.5);
    FN(fma(one + DBL_EPSILON, one - DBL_EPSILON, -one), -4.930380657631324e-32);
    FN(copysign(3.0 * one, -zero), -3.0);
    FN(nextafter(one, two), 1.0000000000000002);
    FN(ldexp(one, -1074), 4.9406564584124654e-324);
    FN(scalbn(one, 1023), 8.98846567431158e307);
    FN(fdim(5.0 * one, 3.0), 2.0);
    FN(fmax(zero, -one), 0.0);
    FNF(sinf(1.0f * (float)one), 0.84147098f);
    FNF(expf(2.0f * (float)one), 7.3890561f);
    FNF(logf(3.0f * (float)one), 1.0986123f);
    FNF(powf(1.5f * (float)one, 2.5f), 2.7556759f);
    FNF(sqrtf(2.0f * (float)one), 1.4142135f);
    FNF(atan2f(1.0f, 2.0f * (float)one), 0.46364761f);
    {
        int e;
        double m = frexp(48.0 * one, &e);
        CHECK(m == 0.75 && e == 6, "frexp");
        double ip, fp = modf(-3.75 * one, &ip);
        CHECK(ip == -3.0 && fp == -0.75, "modf");
        CHECK(ilogb(1e-310 * one) == -1030, "ilogb subnormal");
        CHECK(isnan(nan("")) && !isnan(one) && isinf(1 / zero) && signbit(-zero), "classify");
        CHECK(fpclassify(1e-310 * one) == FP_SUBNORMAL && fpclassify(zero) == FP_ZERO, "fpclassify");
    }
    /* rounding functions in every mode */
    {
        static const double v[] = { 2.5, -2.5, 3.5, 0.5, -0.5, 1.4999999999999998, -7.25, 1e16 + 2 };
        static const int modes[] = { FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD, FE_UPWARD };
        static const char *mname[] = { "nearest", "towardzero", "downward", "upward" };
        static const double want_rint[4][8] = {
            { 2, -2, 4, 0, -0.0, 1, -7, 1e16 + 2 },
            { 2, -2, 3, 0, -0.0, 1, -7, 1e16 + 2 },
            { 2, -3, 3, 0, -1, 1, -8, 1e16 + 2 },
            { 3, -2, 4, 1, -0.0, 2, -7, 1e16 + 2 },
        };
        for (int m = 0; m < 4; m++) {
            CHECK(fesetround(modes[m]) == 0 && fegetround() == modes[m], "fesetround %s", mname[m]);
            int bad = 0;
            for (int i = 0; i < 8; i++) {
                volatile double x = v[i];
                double r = rint(x), n = nearbyint(x);
                if (r != want_rint[m][i] || n != r || signbit(r) != signbit(want_rint[m][i])) bad++;
                if (lrint(x) != (long)want_rint[m][i] || llrint(x) != (long long)want_rint[m][i]) bad++;
                /* these never depend on the mode */
                if (round(x) != (x < 0 ? -floor(-x + 0.5) : floor(x + 0.5)) && fabs(x) < 1e15) bad++;
                if (trunc(x) != (x < 0 ? ceil(x) : floor(x))) bad++;
            }
            CHECK(bad == 0, "rint/nearbyint/lrint %s", mname[m]);
            volatile double third = one / 3.0, twothirds = two / 3.0;
            volatile float tf = (float)one / 3.0f, sq = sqrtf((float)two);
            printf("  %s: 1/3 = %a, 2/3 = %a, 1/3f = %a, sqrtf(2) = %a\n", mname[m],
                   third, twothirds, (double)tf, (double)sq);
            CHECK((m == 3) == (third > 0.33333333333333331 && twothirds > 0.66666666666666663),
                  "division rounds %s", mname[m]);
        }
        fesetround(FE_TONEAREST);
        CHECK(round(2.5 * one) == 3 && round(-2.5 * one) == -3 && lround(-0.5 * one) == -1, "round");
        CHECK(floor(-0.5 * one) == -1 && ceil(-0.5 * one) == 0 && signbit(ceil(-0.5 * one)), "floor/ceil");
        CHECK(roundeven(2.5 * one) == 2 && roundeven(3.5 * one) == 4, "roundeven");
        CHECK(floorf(-1.5f * (float)one) == -2 && ceilf(1.2f * (float)one) == 2 && truncf(-1.7f * (float)one) == -1, "float rounding");
    }
    /* floating-point exception flags through fenv */
    {
        feclearexcept(FE_ALL_EXCEPT);
        volatile double r = one / zero;
        CHECK(isinf(r) && fetestexcept(FE_DIVBYZERO) && !fetestexcept(FE_INVALID), "FE_DIVBYZERO");
        feclearexcept(FE_ALL_EXCEPT);
        r = zero / zero;
        CHECK(isnan(r) && fetestexcept(FE_INVALID), "FE_INVALID");
        feclearexcept(FE_ALL_EXCEPT);
        r = DBL_MAX * two;
        CHECK(fetestexcept(FE_OVERFLOW | FE_INEXACT) == (FE_OVERFLOW | FE_INEXACT), "FE_OVERFLOW");
        feclearexcept(FE_ALL_EXCEPT);
        r = DBL_MIN / ten;
        CHECK(fetestexcept(FE_UNDERFLOW), "FE_UNDERFLOW");
        feclearexcept(FE_ALL_EXCEPT);
        r = one + two;
        CHECK(fetestexcept(FE_ALL_EXCEPT) == 0, "no exception when exact");
        r = one / 3.0;
        CHECK(fetestexcept(FE_INEXACT), "FE_INEXACT");
        fenv_t env;
        fegetenv(&env);
        fesetround(FE_UPWARD);
        fesetenv(&env);
        CHECK(fegetround() == FE_TONEAREST && fetestexcept(FE_INEXACT), "fegetenv/fesetenv");
        (void)r;
    }
    /* a numeric kernel whose bits are printed: sum of sin(i)*exp(-i/1000) */
    {
        double s = 0;
        for (int i = 0; i < 20000; i++) s += sin(i * 0.01) * exp(-i / 1000.0) + sqrt(i) / (i + 1.0);
        printf("  kernel sum %a\n", s);
        CHECK(near(s, 378.54200698936637, 1e-12), "kernel sum");
        float sf = 0;
        for (int i = 1; i < 20000; i++) sf += 1.0f / ((float)i * (float)i);
        printf("  float basel %a\n", (double)sf);
        CHECK(near(sf, 1.6447253, 1e-6), "float basel");
    }
    return check_done();
}
