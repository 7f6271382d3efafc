/* string.h functions against simple reference loops over many sizes and
 * alignments, qsort / bsearch, strtol & co.                              */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include "check.h"

static unsigned char A[1024], B[1024], C[1024];

static size_t ref_strlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }
static int sgn(int x) { return (x > 0) - (x < 0); }

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}
static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

int main(void)
{
    /* memcpy / memmove / memset / memcmp / strlen / memchr: every size up
     * to 300 at 16 source and 16 destination alignments */
    int bad_cpy = 0, bad_set = 0, bad_cmp = 0, bad_len = 0, bad_chr = 0, bad_move = 0;
    for (size_t n = 0; n <= 300; n += (n < 70 ? 1 : 13)) {
        for (int so = 0; so < 16; so += 3) {
            for (int doff = 0; doff < 16; doff += 5) {
                for (size_t i = 0; i < sizeof A; i++) { A[i] = (unsigned char)rng(); B[i] = 0xee; }
                memcpy(B + doff, A + so, n);
                for (size_t i = 0; i < sizeof B; i++) {
                    unsigned char want = (i >= (size_t)doff && i < doff + n) ? A[so + i - doff] : 0xee;
                    if (B[i] != want) { bad_cpy++; break; }
                }
                memset(B + doff, so, n);
                for (size_t i = 0; i < n; i++) if (B[doff + i] != so) { bad_set++; break; }
                if (B[doff + n] != 0xee || (doff && B[doff - 1] != 0xee)) bad_set++;
                /* memcmp: equal, then a difference at the last byte */
                memcpy(C + doff, A + so, n);
                if (memcmp(C + doff, A + so, n) != 0) bad_cmp++;
                if (n) {
                    C[doff + n - 1] ^= 0x80;
                    int want = (C[doff + n - 1] > A[so + n - 1]) ? 1 : -1;
                    if (sgn(memcmp(C + doff, A + so, n)) != want) bad_cmp++;
                }
                /* strlen / memchr on a string of length n */
                for (size_t i = 0; i < n; i++) C[so + i] = (unsigned char)(1 + i % 250);
                C[so + n] = 0;
                if (strlen((char *)C + so) != n || ref_strlen((char *)C + so) != n) bad_len++;
                if (n && memchr(C + so, C[so + n - 1], n) != C + so + (n - 1 < 250 ? n - 1 : (n - 1) % 250)) bad_chr++;
                if (memchr(C + so, 0, n + 1) != C + so + n) bad_chr++;
                /* memmove overlapping both ways */
                for (size_t i = 0; i < 400; i++) B[i] = (unsigned char)i;
                memmove(B + doff + 3, B + doff, n);
                for (size_t i = 0; i < n; i++) if (B[doff + 3 + i] != (unsigned char)(doff + i)) { bad_move++; break; }
                for (size_t i = 0; i < 400; i++) B[i] = (unsigned char)i;
                memmove(B + doff, B + doff + 5, n);
                for (size_t i = 0; i < n; i++) if (B[doff + i] != (unsigned char)(doff + 5 + i)) { bad_move++; break; }
            }
        }
    }
    CHECK(bad_cpy == 0, "memcpy sizes/alignments");
    CHECK(bad_set == 0, "memset sizes/alignments");
    CHECK(bad_cmp == 0, "memcmp sizes/alignments");
    CHECK(bad_len == 0, "strlen sizes/alignments");
    CHECK(bad_chr == 0, "memchr sizes/alignments");
    CHECK(bad_move == 0, "memmove overlap");

    /* the str* family */
    char s[256];
    strcpy(s, "hello");
    strcat(s, ", world");
    CHECK_STR(s, "hello, world", "strcpy/strcat");
    strncat(s, "!!!!", 2);
    CHECK_STR(s, "hello, world!!", "strncat");
    CHECK(strcmp("abc", "abd") < 0 && strcmp("abd", "abc") > 0 && strcmp("abc", "abc") == 0, "strcmp");
    CHECK(strcmp("a\xff", "a\x01") > 0, "strcmp unsigned");
    CHECK(strncmp("abcdef", "abcxyz", 3) == 0 && strncmp("abcdef", "abcxyz", 4) < 0, "strncmp");
    CHECK(strcasecmp("HeLLo", "hello") == 0, "strcasecmp");
    CHECK(strchr(s, 'o') == s + 4 && strrchr(s, 'o') == s + 8 && strchr(s, 'z') == NULL, "strchr/strrchr");
    CHECK(strchr(s, 0) == s + strlen(s), "strchr nul");
    CHECK(strstr(s, "world") == s + 7 && strstr(s, "worlds") == NULL && strstr(s, "") == s, "strstr");
    CHECK(strspn("aaabbc", "ab") == 5 && strcspn("hello world", " ") == 5, "strspn/strcspn");
    CHECK(strpbrk("hello", "lo") != NULL && *strpbrk("hello", "ol") == 'l', "strpbrk");
    {
        char t[] = "a,b,,c;d";
        char *tok, *save, out[64] = "";
        for (tok = strtok_r(t, ",;", &save); tok; tok = strtok_r(NULL, ",;", &save)) {
            strcat(out, tok);
            strcat(out, "|");
        }
        CHECK_STR(out, "a|b|c|d|", "strtok_r");
    }
    {
        char *d = strdup("duplicate me");
        CHECK_STR(d, "duplicate me", "strdup");
        free(d);
        d = strndup("duplicate me", 3);
        CHECK_STR(d, "dup", "strndup");
        free(d);
    }
    {
        char up[64];
        const char *src = "Mixed Case 123 xyz";
        size_t i;
        for (i = 0; src[i]; i++) up[i] = (char)toupper((unsigned char)src[i]);
        up[i] = 0;
        CHECK_STR(up, "MIXED CASE 123 XYZ", "toupper");
        CHECK(isdigit('7') && !isdigit('a') && isspace('\t') && isalpha('Q'), "ctype");
    }
    CHECK(strnlen("abcdef", 3) == 3 && strnlen("ab", 10) == 2, "strnlen");
    {
        char d[8];
        memset(d, 'x', sizeof d);
        strncpy(d, "ab", 5);
        CHECK(d[0] == 'a' && d[1] == 'b' && d[2] == 0 && d[4] == 0 && d[5] == 'x', "strncpy pads");
        CHECK(stpcpy(d, "xyz") == d + 3, "stpcpy");
    }
    CHECK_STR(strerror(ENOENT), "No such file or directory", "strerror");

    /* strtol & co */
    char *end;
    CHECK(strtol("  -1234xyz", &end, 10) == -1234 && *end == 'x', "strtol");
    CHECK(strtol("0x7f", NULL, 0) == 127 && strtol("0777", NULL, 0) == 511, "strtol base 0");
    CHECK(strtol("zz", NULL, 36) == 35 * 36 + 35, "strtol base 36");
    errno = 0;
    CHECK(strtol("99999999999999999999", NULL, 10) == LONG_MAX && errno == ERANGE, "strtol overflow");
    errno = 0;
    CHECK(strtoul("18446744073709551615", NULL, 10) == ULONG_MAX && errno == 0, "strtoul max");
    CHECK(strtoull("-1", NULL, 10) == ULLONG_MAX, "strtoull -1");
    CHECK(atoi("42") == 42 && atol("-9000000000") == -9000000000L, "atoi/atol");

    /* qsort: 20000 random ints, strings, and u64 keys; bsearch */
    {
        enum { N = 20000 };
        static int v[N];
        unsigned long sum = 0, sum2 = 0;
        for (int i = 0; i < N; i++) { v[i] = (int)(rng() % 100000) - 50000; sum += (unsigned)v[i]; }
        qsort(v, N, sizeof v[0], cmp_int);
        int sorted = 1;
        for (int i = 0; i < N; i++) { sum2 += (unsigned)v[i]; if (i && v[i - 1] > v[i]) sorted = 0; }
        CHECK(sorted && sum == sum2, "qsort int");
        int key = v[1234];
        int *hit = bsearch(&key, v, N, sizeof v[0], cmp_int);
        CHECK(hit && *hit == key, "bsearch hit");
        key = 77777;
        CHECK(bsearch(&key, v, N, sizeof v[0], cmp_int) == NULL, "bsearch miss");
        printf("  qsort ints: min %d max %d median %d\n", v[0], v[N - 1], v[N / 2]);
    }
    {
        static char pool[2000][12];
        static char *ptr[2000];
        for (int i = 0; i < 2000; i++) {
            snprintf(pool[i], sizeof pool[i], "k%08llx", rng() & 0xffffffffULL);
            ptr[i] = pool[i];
        }
        qsort(ptr, 2000, sizeof ptr[0], cmp_str);
        int sorted = 1;
        for (int i = 1; i < 2000; i++) if (strcmp(ptr[i - 1], ptr[i]) > 0) sorted = 0;
        CHECK(sorted, "qsort strings");
        printf("  qsort strings: %s .. %s\n", ptr[0], ptr[1999]);
    }
    {
        static uint64_t k[5000];
        for (int i = 0; i < 5000; i++) k[i] = rng();
        qsort(k, 5000, sizeof k[0], cmp_u64);
        int sorted = 1;
        for (int i = 1; i < 5000; i++) if (k[i - 1] > k[i]) sorted = 0;
        CHECK(sorted, "qsort u64");
        printf("  qsort u64: %016llx\n", (unsigned long long)k[2500]);
    }
    return check_done();
}
