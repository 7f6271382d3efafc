/* Code padding, byte-identical to GNU as 2.40 (generic64 tuning). */
#include "x64/rt_x64.h"

#include <string.h>

/* nop[k] is the k-byte NOP (1..11) GNU uses; longer runs are made of
 * 11-byte NOPs followed by one of these. */
static const uint8_t nop_bytes[] = {
    0x90,                                                       /* 1 */
    0x66, 0x90,                                                 /* 2 */
    0x0f, 0x1f, 0x00,                                           /* 3 */
    0x0f, 0x1f, 0x40, 0x00,                                     /* 4 */
    0x0f, 0x1f, 0x44, 0x00, 0x00,                               /* 5 */
    0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00,                         /* 6 */
    0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00,                   /* 7 */
    0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00,             /* 8 */
    0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00,       /* 9 */
    0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00, /* 10 */
    0x66, 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00, /* 11 */
};
/* Offset of the k-byte NOP in nop_bytes: k*(k-1)/2. */
#define NOP_AT(k) (&nop_bytes[(k) * ((k) - 1) / 2])

/* Above this many bytes GNU jumps over the padding instead of running it. */
#define JUMP_OVER 88

void jas_x64_nops(uint8_t *p, uint32_t n)
{
    if (n >= JUMP_OVER) {
        uint32_t rest = n - 2;
        if (rest <= 127) {
            *p++ = 0xEB;
            *p++ = (uint8_t)rest;
        } else {
            rest = n - 5;
            *p++ = 0xE9;
            memcpy(p, &rest, 4); /* little-endian host */
            p += 4;
        }
        n = rest;
    }
    for (; n > 11; n -= 11, p += 11)
        memcpy(p, NOP_AT(11), 11);
    if (n)
        memcpy(p, NOP_AT(n), n);
}

void jas_x64_branch(uint8_t *p, uint8_t op, int is_short, int32_t rel)
{
    if (is_short) {
        p[0] = op;
        p[1] = (uint8_t)rel;
    } else if (op == 0xEB) {
        p[0] = 0xE9;
        memcpy(p + 1, &rel, 4);
    } else {
        p[0] = 0x0F;
        p[1] = (uint8_t)(op + 0x10); /* 0x7x -> 0x8x */
        memcpy(p + 2, &rel, 4);
    }
}
