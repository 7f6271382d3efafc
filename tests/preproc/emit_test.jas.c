/* The two output modes (docs/inline.md, "Speed or size") side by side:
 * the same blocks under `.emit actions` and `.emit code` must give the same
 * bytes and the same run-time errors, for values at every class edge.
 * (The directive wins over `jas --emit=`, so both run.sh passes test both.) */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <jas.h>

static int passed, failed;

static void emit_actions(jas_State *J, int k, int64_t v)
{
    | .emit actions
    | nop
    switch (k) {
    case 0:
    | mov eax, {v}
        break;
    case 1:
    | add rax, {v}
        break;
    case 2:
    | mov reg64{v}, [rbx + 8]
        break;
    case 3:
    | add eax, {v}
        break;
    case 4:
    | mov rax, [reg64{v & 7} + {v}]
        break;
    case 5:
    | {v}:
        break;
    case 6:
    | jmp {v}f
    | {v}:
        break;
    case 7:
    | .if {v}
    | add rcx, {v}
    | .else
    | sub rcx, 5
    | .endif
    | lea rax, [rip + dd]
    | jmp l2
    | .align 16
    | l2:
    | call {v}
    | .data
    | dd: .qword l2
    | .align 8
    | .byte {v & 0x7f}
    | .code
    | 1: jne 1b
        break;
    case 8:
    | mov rcx, {v}
    | shl rax, {v & 63}
    | cmp byte ptr [reg64{v & 15} + rcx*4 + {v}], 3
    | mov word ptr [rdx + {v}], {v}
        break;
    }
    | ret
}

static void emit_code(jas_State *J, int k, int64_t v)
{
    | .emit code
    | nop
    switch (k) {
    case 0:
    | mov eax, {v}
        break;
    case 1:
    | add rax, {v}
        break;
    case 2:
    | mov reg64{v}, [rbx + 8]
        break;
    case 3:
    | add eax, {v}
        break;
    case 4:
    | mov rax, [reg64{v & 7} + {v}]
        break;
    case 5:
    | {v}:
        break;
    case 6:
    | jmp {v}f
    | {v}:
        break;
    case 7:
    | .if {v}
    | add rcx, {v}
    | .else
    | sub rcx, 5
    | .endif
    | lea rax, [rip + dd]
    | jmp l2
    | .align 16
    | l2:
    | call {v}
    | .data
    | dd: .qword l2
    | .align 8
    | .byte {v & 0x7f}
    | .code
    | 1: jne 1b
        break;
    case 8:
    | mov rcx, {v}
    | shl rax, {v & 63}
    | cmp byte ptr [reg64{v & 15} + rcx*4 + {v}], 3
    | mov word ptr [rdx + {v}], {v}
        break;
    }
    | ret
}

static size_t run(int code, int k, int64_t v, unsigned char *buf, char *err)
{
    jas_State *J = jas_new(NULL);
    size_t size = 0;
    if (code)
        emit_code(J, k, v);
    else
        emit_actions(J, k, v);
    int r = jas_link(J, 0x10000, &size);
    if (!r && size <= 512)
        r = jas_encode(J, buf);
    snprintf(err, 256, "%s", jas_error(J) ? jas_error(J) : "");
    jas_free(J);
    return r ? (size_t)-1 : size;
}

int main(void)
{
    static const int64_t vals[] = {0, 1, 2, 5, 15, 16, 127, 128, 255, 256, -1, -128, -129, 300,
        0x7fff, 0x8000, -0x8000, -0x8001, 0xffff, 0x10000, 0x7fffffff, 0x80000000LL,
        -0x80000000LL, -0x80000001LL, 0xffffffffLL, 0x100000000LL, 1LL << 40, -(1LL << 40),
        INT64_MAX, INT64_MIN};
    for (int k = 0; k <= 8; k++)
        for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) {
            unsigned char a[512], c[512];
            char ea[256], ec[256];
            memset(a, 0, sizeof a);
            memset(c, 0, sizeof c);
            size_t na = run(0, k, vals[i], a, ea), nc = run(1, k, vals[i], c, ec);
            /* the line differs (two copies of the block): compare the rest */
            const char *ma = strstr(ea, "error:"), *mc = strstr(ec, "error:");
            int same = na == nc && (na == (size_t)-1 || !memcmp(a, c, na)) &&
                       !ma == !mc && (!ma || !strcmp(ma, mc));
            if (same)
                passed++;
            else {
                failed++;
                printf("FAIL block %d, value %lld: %lld/%lld bytes, '%s' / '%s'\n", k,
                       (long long)vals[i], (long long)na, (long long)nc, ea, ec);
            }
        }
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
