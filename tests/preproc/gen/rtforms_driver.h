/* Driver of the generated rtforms test (rtforms.py): each form's block is
 * emitted with random registers and values from the class edges, and its
 * bytes compared with the standalone assembler's for the same constants.
 * Expected differences, both documented in docs/inline.md:
 *   - a value wider than its operand: GNU truncates it, the runtime reports
 *     it ("run-time value ... does not fit");
 *   - `mov r64, imm` zero-extendable is `mov r32, imm` (GNU -O1), and a
 *     run-time 3 in `int {v}` is CD 03 where GNU writes int3 (CC).
 * Registers are drawn from 0..31: 16..31 are EVEX vector registers, and a
 * general register numbered so must be an error at run time, as the
 * standalone assembler rejects the name (r16...). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jas.h>
#include "standalone.h"

typedef struct rtform {
    void (*emit)(jas_State *J, const int *R, long d, long v);
    const char *fmt;
} rtform;

static const char *const rt_regs[4][16] = {
    {"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"},
    {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"},
    {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"},
    {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"}};

static uint64_t rt_state = 0x9E3779B97F4A7C15ull;
static uint64_t rt_rand(void)
{
    rt_state ^= rt_state << 13;
    rt_state ^= rt_state >> 7;
    rt_state ^= rt_state << 17;
    return rt_state;
}

static const int64_t rt_vals[] = {0, 1, -1, 2, 3, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768,
    -32769, 65535, 65536, 0x7fffffff, -0x7fffffffLL - 1, 0x80000000LL, 0xffffffffLL, 0x100000000LL,
    -0x80000001LL, INT64_MAX, INT64_MIN, 0x40, 0x3f};
/* Displacements: the edges above and those of AVX-512's disp8*N (N = 2..64:
 * the largest and smallest multiples that fit, one step beyond, and values
 * that are not multiples) */
static const int64_t rt_disps[] = {0, 1, -1, 127, 128, -128, -129, 0x7fffffff, -0x7fffffffLL - 1, 32768, -32769,
    2, 4, 8, 16, 32, 64, -2, -4, -8, -16, -32, -64, 254, 256, 508, 512, 1016, 1024, 2032, 2048, 4064, 4096,
    8128, 8192, -256, -258, -512, -516, -1024, -1032, -2048, -2064, -4096, -4128, -8192, -8256, 6, 12, 24, 48,
    96, 100, 8127, -8191, 0x40000000, -0x40000000};

/* fmt with the values: %Qr (a 64-bit register named by letter r), %Xr (a
 * vector register number), %d, %v, %% */
static int rt_expand(char *buf, size_t cap, const char *f, const int *R, long d, long v)
{
    static const char letters[] = "rstuwxb";
    size_t n = 0;
    for (; *f && n + 40 < cap; f++) {
        if (*f != '%') {
            buf[n++] = *f;
            continue;
        }
        f++;
        if (*f == '%') {
            buf[n++] = '%';
        } else if (*f == 'd' || *f == 'v') {
            n += (size_t)snprintf(buf + n, cap - n, "%ld", *f == 'd' ? d : v);
        } else {
            int kind = *f++;
            const char *l = strchr(letters, *f);
            if (!l || !*f)
                return -1;
            int reg = R[l - letters];
            if (kind == 'X')
                n += (size_t)snprintf(buf + n, cap - n, "%d", reg);
            else if (reg > 15) /* no such register: the standalone assembler rejects it */
                n += (size_t)snprintf(buf + n, cap - n, "r%d", reg);
            else
                n += (size_t)snprintf(buf + n, cap - n, "%s",
                                      rt_regs[kind == 'B' ? 0 : kind == 'W' ? 1 : kind == 'D' ? 2 : 3][reg]);
        }
    }
    buf[n++] = '\n';
    buf[n] = 0;
    return 0;
}

static int rtforms_run(const rtform *forms, size_t nforms, int argc, char **argv)
{
    int iters = argc > 1 ? atoi(argv[1]) : 12;
    jas_State *J = jas_new(NULL);
    long passed = 0, failed = 0;
    for (size_t k = 0; k < nforms; k++) {
        int shown = 0;
        for (int it = 0; it < iters; it++) {
            int R[7];
            for (int i = 0; i < 7; i++)
                R[i] = (int)(rt_rand() % 16) + (rt_rand() % 4 ? 0 : 16);
            long d = (int32_t)rt_disps[rt_rand() % (sizeof rt_disps / sizeof *rt_disps)];
            long v = rt_vals[rt_rand() % (sizeof rt_vals / sizeof *rt_vals)];
            const char *fmt = forms[k].fmt;
            if (!strncmp(fmt, "int ", 4) && v == 3)
                v = 4;
            char text[512];
            memcpy(text, ".intel_syntax noprefix\n", 23);
            if (rt_expand(text + 23, sizeof text - 23, fmt, R, d, v)) {
                printf("FAIL bad format %s\n", fmt);
                failed++;
                break;
            }
            /* GNU -O1's rule for mov r64, imm, which the runtime applies */
            int movr64 = !strncmp(fmt, "mov %Q", 6) && !strcmp(fmt + 7, ", %v") && v >= 0 && v <= 0xffffffffLL;
            const char *l = movr64 ? strchr("rstuwxb", fmt[6]) : NULL;
            if (l && R[l - "rstuwxb"] < 16) {
                snprintf(text + 23, sizeof text - 23, "mov %s, %ld\n", rt_regs[2][R[l - "rstuwxb"]], v);
            }
            uint8_t want[64], got[4096];
            size_t wl = 0, gl = 0;
            int ws = standalone(text, want, sizeof want, &wl);
            jas_reset(J);
            forms[k].emit(J, R, d, v);
            int gs = jas_link(J, 0, &gl);
            if (!gs && gl <= sizeof got)
                gs = jas_encode(J, got);
            const char *e = jas_error(J);
            int ok = (ws == 0 && gs == 0 && wl == gl && !memcmp(want, got, wl)) || (ws != 0 && gs != 0) ||
                     (ws == 0 && gs != 0 && e && strstr(e, "run-time value") && strstr(e, "does not fit"));
            if (ok) {
                passed++;
                continue;
            }
            failed++;
            if (shown++ < 2) {
                printf("FAIL %s", text + 23);
                printf("    standalone:");
                if (ws)
                    printf(" error");
                for (size_t i = 0; i < wl && !ws; i++)
                    printf(" %02x", want[i]);
                printf("\n    runtime:");
                if (gs)
                    printf(" %s", e ? e : "error");
                for (size_t i = 0; i < gl && !gs; i++)
                    printf(" %02x", got[i]);
                printf("\n");
            }
        }
    }
    jas_free(J);
    printf("%zu forms\n%ld passed, %ld failed\n", nforms, passed, failed);
    return failed != 0;
}
