/* Floating point and SIMD for the realasm suite (+fp cases): scalar
 * float/double arithmetic, conversions, comparisons, and loops gcc and
 * clang vectorize with SSE2 (-O3), plus SSE2 intrinsics.  Not run, only
 * compiled and assembled. */
#include <emmintrin.h>
#include <stdint.h>

double dot(const double *a, const double *b, int n)
{
    double s = 0;
    for (int i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}

float scale_sum(float *v, int n, float k)
{
    float s = 0.0f;
    for (int i = 0; i < n; i++) {
        v[i] = v[i] * k + 1.5f;
        s += v[i] > 2.0f ? v[i] : -v[i];
    }
    return s;
}

int64_t to_int(double d) { return (int64_t)d; }
int32_t to_i32(float f) { return (int32_t)f; }
uint64_t to_u64(double d) { return (uint64_t)d; }
double from_u64(uint64_t u) { return (double)u; }
float from_i64(int64_t i) { return (float)i; }
double widen(float f) { return f; }
float narrow(double d) { return (float)d; }
int less(double a, double b) { return a < b; }
int eqf(float a, float b) { return a == b; }
double dmin(double a, double b) { return a < b ? a : b; }
double dmax(double a, double b) { return a > b ? a : b; }
double dneg(double a) { return -a; }
double dabs(double a) { return a < 0 ? -a : a; }
double mix(double a, double b, double t) { return a + (b - a) * t / 3.0; }

void add_u8(uint8_t *restrict d, const uint8_t *restrict a, const uint8_t *restrict b, int n)
{
    for (int i = 0; i < n; i++)
        d[i] = (uint8_t)(a[i] + b[i]);
}

void mul_i32(int32_t *restrict d, const int32_t *restrict a, int n)
{
    for (int i = 0; i < n; i++)
        d[i] = a[i] * 7 + (a[i] >> 3);
}

int64_t sum_i16(const int16_t *a, int n)
{
    int64_t s = 0;
    for (int i = 0; i < n; i++)
        s += a[i];
    return s;
}

void to_double(double *restrict d, const int32_t *restrict a, int n)
{
    for (int i = 0; i < n; i++)
        d[i] = a[i] * 0.5;
}

int find_byte(const uint8_t *p, uint8_t c)
{
    __m128i k = _mm_set1_epi8((char)c);
    for (int i = 0;; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        int m = _mm_movemask_epi8(_mm_cmpeq_epi8(v, k));
        if (m)
            return i + __builtin_ctz((unsigned)m);
    }
}

__m128i shuffle(__m128i a, __m128i b)
{
    __m128i x = _mm_shuffle_epi32(a, 0x1b);
    x = _mm_add_epi32(x, _mm_slli_epi32(b, 3));
    x = _mm_xor_si128(x, _mm_srli_epi64(a, 7));
    x = _mm_unpacklo_epi8(x, _mm_packs_epi32(a, b));
    x = _mm_sub_epi16(x, _mm_mullo_epi16(a, b));
    x = _mm_max_epu8(x, _mm_min_epi16(a, b));
    return _mm_insert_epi16(x, _mm_extract_epi16(a, 3), 5);
}

__m128d pd(__m128d a, __m128d b)
{
    __m128d x = _mm_sqrt_pd(_mm_add_pd(a, b));
    x = _mm_div_pd(_mm_max_pd(x, a), _mm_shuffle_pd(a, b, 1));
    x = _mm_and_pd(x, _mm_cmplt_pd(a, b));
    return _mm_unpackhi_pd(x, _mm_cvtepi32_pd(_mm_cvttpd_epi32(b)));
}

double cvt(__m128 f) { return _mm_cvtss_f32(_mm_rsqrt_ss(f)) + _mm_cvtsd_f64(_mm_cvtps_pd(f)); }
