/* integer: bitwise and table-driven CRC-32, FNV-1a and a multiply-rotate
 * hash over a pseudo-random buffer, repeated.                            */
#include <string.h>
#include "bench.h"

static uint32_t table[256];

static uint32_t crc_bitwise(const uint8_t *p, size_t n, uint32_t c)
{
    c = ~c;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & -(c & 1));
    }
    return ~c;
}
static uint32_t crc_table(const uint8_t *p, size_t n, uint32_t c)
{
    c = ~c;
    for (size_t i = 0; i < n; i++) c = table[(c ^ p[i]) & 0xff] ^ (c >> 8);
    return ~c;
}
static uint64_t fnv1a(const uint8_t *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
    return h;
}
static uint64_t mulrot(const uint8_t *p, size_t n)
{
    uint64_t h = n;
    for (size_t i = 0; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, p + i, 8);
        v *= 0x87c37b91114253d5ULL;
        v = (v << 31) | (v >> 33);
        h ^= v * 0x4cf5ad432745937fULL;
        h = ((h << 27) | (h >> 37)) * 5 + 0x52dce729;
    }
    return h;
}

int main(int argc, char **argv)
{
    long rounds = bench_size(argc, argv, 700);
    size_t n = 1 << 16;
    uint8_t *buf = malloc(n);
    for (size_t i = 0; i < n; i++) buf[i] = (uint8_t)bench_rng();
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & -(c & 1));
        table[i] = c;
    }
    uint64_t h = 0;
    for (long r = 0; r < rounds; r++) {
        buf[r % n] ^= (uint8_t)r;
        uint32_t a = crc_bitwise(buf, n / 4, (uint32_t)r);
        uint32_t b = crc_table(buf, n, (uint32_t)r);
        h = mix64(h, a);
        h = mix64(h, b);
        for (int k = 0; k < 4; k++) {
            h = mix64(h, fnv1a(buf, n));
            h = mix64(h, mulrot(buf, n));
        }
    }
    bench_checksum(h);
    return 0;
}
