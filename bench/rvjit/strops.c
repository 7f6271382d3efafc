/* libc string code: strlen / memcpy / memmove / memset / strcmp / strchr /
 * memchr / strstr over buffers of many lengths and alignments.           */
#include <string.h>
#include "bench.h"

int main(int argc, char **argv)
{
    long rounds = bench_size(argc, argv, 30000);
    enum { N = 1 << 16 };
    static char a[N + 64], b[N + 64];
    for (int i = 0; i < N; i++) a[i] = (char)('a' + bench_rng() % 26);
    a[N] = 0;
    uint64_t h = 0;
    for (long r = 0; r < rounds; r++) {
        for (size_t len = 1; len < N; len = len * 3 + (size_t)(r & 7)) {
            size_t off = (size_t)(r * 7 + len) & 31;
            memcpy(b + off, a + (len & 15), len);
            b[off + len] = 0;
            h = mix64(h, strlen(b + off));
            h = mix64(h, (uint64_t)(strcmp(b + off, a + (len & 15)) > 0));
            memmove(b + off + 1, b + off, len);
            h = mix64(h, (uint64_t)(unsigned char)b[off + len / 2]);
            char *p = strchr(b + off, 'z');
            h = mix64(h, p ? (uint64_t)(p - b) : 0);
            p = memchr(a, 'q' + (int)(r % 5), len);
            h = mix64(h, p ? (uint64_t)(p - a) : 0);
            memset(b + off, 'x', len / 2);
            h = mix64(h, (uint64_t)memcmp(b + off, a, 1 + len / 4) < 0);
        }
        h = mix64(h, strlen(a + (r & 31)));
        char needle[5] = { a[r % 4000], a[r % 4000 + 1], a[r % 4000 + 2], a[r % 4000 + 3], 0 };
        char *s = strstr(a, needle);
        h = mix64(h, s ? (uint64_t)(s - a) : 0);
    }
    bench_checksum(h);
    return 0;
}
