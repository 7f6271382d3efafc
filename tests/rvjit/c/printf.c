/* printf family: integers of every width, doubles, floats, long double
 * (IEEE quad, soft-float on riscv64), padding and flags, strtod round
 * trips.  Every formatted string is also printed for the cross-check.    */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include "check.h"

static char buf[4096];

#define FMT(want, ...) do {                                               \
        snprintf(buf, sizeof buf, __VA_ARGS__);                           \
        printf("  [%s]\n", buf);                                          \
        CHECK_STR(buf, want, "printf %s", #__VA_ARGS__);                  \
    } while (0)

int main(void)
{
    /* integers */
    FMT("-2147483648", "%d", INT_MIN);
    FMT("2147483647", "%i", INT_MAX);
    FMT("4294967295", "%u", UINT_MAX);
    FMT("-9223372036854775808", "%ld", LONG_MIN);
    FMT("18446744073709551615", "%lu", ULONG_MAX);
    FMT("-9223372036854775807", "%lld", -LLONG_MAX);
    FMT("ffffffffffffffff", "%lx", ULONG_MAX);
    FMT("0XDEADBEEF", "%#X", 0xdeadbeefu);
    FMT("0777", "%#o", 0777);
    FMT("44", "%hhd", 300);
    FMT("-1", "%hd", 65535);
    FMT("12345678901234", "%zu", (size_t)12345678901234ULL);
    FMT("-42", "%jd", (intmax_t)-42);
    FMT("[   42|42   |00042|+42| 42]", "[%5d|%-5d|%05d|%+d|% d]", 42, 42, 42, 42, 42);
    FMT("[0x0000002a]", "[%#010x]", 42);
    FMT("[      abc|abc|ab]", "[%9s|%s|%.2s]", "abc", "abc", "abc");
    FMT("[x|%|A]", "[%c|%%|%c]", 'x', 65);
    FMT("[-0000012]", "[%08d]", -12);
    FMT("[    -12]", "[%*d]", 7, -12);

    /* doubles */
    FMT("3.141593", "%f", M_PI);
    FMT("3.14159265358979311600", "%.20f", M_PI);
    FMT("3.141592653589793", "%.16g", M_PI);
    FMT("0.10000000000000001", "%.17g", 0.1);
    FMT("1e-05", "%g", 1e-5);
    FMT("1e+16", "%g", 1e16);
    FMT("123456", "%g", 123456.0);
    FMT("1.23457e+06", "%g", 1234567.0);
    FMT("-1.500000e+00", "%e", -1.5);
    FMT("+6.022e+23", "%+.3e", 6.02214076e23);
    FMT("0x1p+0", "%a", 1.0);
    FMT("-0x1.8p+1", "%a", -3.0);
    FMT("0x1.fffffffffffffp+1023", "%a", DBL_MAX);
    FMT("0x0.0000000000001p-1022", "%a", 4.9406564584124654e-324);
    FMT("4.940656e-324", "%e", 4.9406564584124654e-324);
    FMT("2.2250738585072014e-308", "%.17g", DBL_MIN);
    FMT("1.7976931348623157e+308", "%.17g", DBL_MAX);
    FMT("0", "%.0f", 0.5);
    FMT("2", "%.0f", 1.5);
    FMT("2", "%.0f", 2.5);
    FMT("4", "%.0f", 3.5);
    FMT("0.12", "%.2f", 0.125);
    FMT("0.38", "%.2f", 0.375);
    FMT("-0.000000", "%f", -0.0);
    FMT("inf -inf nan", "%g %g %g", HUGE_VAL, -HUGE_VAL, NAN);
    FMT("INF", "%F", INFINITY);
    FMT("[   1.50|1.50   |001.50]", "[%7.2f|%-7.2f|%06.2f]", 1.5, 1.5, 1.5);
    FMT("100000000000000000000.000000", "%f", 1e20);
    FMT("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000", "%f", 1e300);
    FMT("0.000000", "%f", 1e-300);

    /* floats (promoted) and long double (binary128) */
    FMT("0.100000001", "%.9g", 0.1f);
    FMT("3.40282347e+38", "%.9g", FLT_MAX);
    FMT("16777216", "%.0f", (double)(float)16777217);
    FMT("3.14159265358979323846264338327950", "%.32Lf", 3.14159265358979323846264338327950288L);
    FMT("1.189731495357231765085759326628007016e+4932", "%.36Le", LDBL_MAX);
    FMT("0.1", "%Lg", 0.1L);
    FMT("0x1.999999999999999999999999999ap-4", "%La", 0.1L);
    {
        volatile long double a = 1.0L, b = 3.0L;
        snprintf(buf, sizeof buf, "%.33Lg", a / b);
        CHECK_STR(buf, "0.333333333333333333333333333333333", "long double divide");
        volatile long double c = 1e4000L;
        snprintf(buf, sizeof buf, "%.5Le", c * c);
        CHECK_STR(buf, "inf", "long double overflow");
        volatile long double d = 2.0L;
        snprintf(buf, sizeof buf, "%.30Lf", sqrtl(d));
        CHECK_STR(buf, "1.414213562373095048801688724210", "sqrtl");
    }

    /* strtod / strtof round trips */
    {
        static const double vals[] = { 0.1, 1.0 / 3, M_PI, 1e300, 4.9406564584124654e-324,
                                       2.2250738585072009e-308, 123456789.123456789,
                                       -0.0, 9007199254740993.0, 1e-7 };
        int bad = 0;
        for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
            char s[64];
            snprintf(s, sizeof s, "%.17g", vals[i]);
            double back = strtod(s, NULL);
            if (memcmp(&back, &vals[i], sizeof back) != 0) bad++;
            printf("  strtod %s\n", s);
        }
        CHECK(bad == 0, "strtod round trip");
        float f = strtof("3.4028235e38", NULL);
        CHECK(f == FLT_MAX, "strtof FLT_MAX");
        CHECK(strtod("0x1.8p3", NULL) == 12.0, "strtod hex");
        CHECK(isinf(strtod("1e999", NULL)), "strtod overflow");
        CHECK(strtod("  -12.5e-1xyz", NULL) == -1.25, "strtod prefix");
        long double ld = strtold("1.000000000000000000000000000000001", NULL);
        CHECK(ld > 1.0L, "strtold precision");
    }
    /* a sum printed many ways: a checksum over 1000 formatted values */
    {
        unsigned long h = 5381;
        for (int i = 0; i < 1000; i++) {
            double x = (i - 500) * 1.37e-3 * (i % 7 + 1) * (i % 2 ? 1e10 : 1e-10);
            int n = snprintf(buf, sizeof buf, "%d %.6e %g %.3f %x|", i, x, x, x / 3, i * 2654435761u);
            for (int k = 0; k < n; k++) h = h * 33 + (unsigned char)buf[k];
        }
        printf("  format checksum %016lx\n", h);
        CHECK(h == 0x1d9763b559bb3c63UL, "format checksum");
    }
    /* stdout / stderr both work; fprintf return values */
    CHECK(fprintf(stderr, "to stderr %d\n", 7) == 12, "fprintf stderr");
    CHECK(printf("%s", "") == 0, "printf empty");
    return check_done();
}
