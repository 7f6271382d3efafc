/* memory: sort a large array of 64-bit keys with an own merge sort and an
 * own in-place quicksort, then a random-access gather pass.              */
#include "bench.h"

static void merge_sort(uint64_t *a, uint64_t *tmp, size_t n)
{
    /* bottom-up */
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
            while (i < mid) tmp[k++] = a[i++];
            while (j < hi) tmp[k++] = a[j++];
        }
        uint64_t *t = a; a = tmp; tmp = t;
        if (2 * w >= n && a != tmp) { /* result is in a; copy back below */ }
    }
}

static void quick_sort(uint32_t *a, long lo, long hi)
{
    while (hi - lo > 16) {
        uint32_t p = a[lo + (hi - lo) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { uint32_t t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quick_sort(a, lo, j); lo = i; }
        else { quick_sort(a, i, hi); hi = j; }
    }
    for (long i = lo + 1; i <= hi; i++) {
        uint32_t v = a[i];
        long j = i - 1;
        while (j >= lo && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}

int main(int argc, char **argv)
{
    size_t n = (size_t)bench_size(argc, argv, 1 << 21);
    uint64_t *a = malloc(n * sizeof *a), *tmp = malloc(n * sizeof *a);
    uint32_t *b = malloc(n * sizeof *b);
    for (size_t i = 0; i < n; i++) { a[i] = bench_rng(); b[i] = (uint32_t)bench_rng(); }
    merge_sort(a, tmp, n);
    /* find where the sorted data ended up: number of passes decides */
    size_t passes = 0;
    for (size_t w = 1; w < n; w *= 2) passes++;
    uint64_t *s = passes & 1 ? tmp : a;
    quick_sort(b, 0, (long)n - 1);
    uint64_t h = 0;
    int sorted = 1;
    for (size_t i = 1; i < n; i++) {
        if (s[i - 1] > s[i] || b[i - 1] > b[i]) sorted = 0;
    }
    /* gather: follow a pseudo-random chain through the sorted keys */
    size_t idx = 0;
    for (size_t i = 0; i < 4 * n; i++) {
        idx = (size_t)((s[idx] ^ b[idx % n]) % n);
        h = mix64(h, idx);
    }
    for (size_t i = 0; i < n; i += n / 64 + 1) h = mix64(h, s[i] ^ b[i]);
    printf("sorted %s\n", sorted ? "yes" : "NO");
    bench_checksum(h);
    return !sorted;
}
