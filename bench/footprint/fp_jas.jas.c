/* Footprint of libjas: the 16-instruction block of the emission benchmark,
 * published as executable code.  Linked statically against libjas.a. */
#include <stdint.h>
#include <stdio.h>

#include <jas.h>

static void callee(void) {}

int main(int argc, char **argv)
{
    (void)argv;
    jas_State *J = jas_new(NULL);
    if (!J)
        return 1;
    int64_t a = -argc, b = (int64_t)argc << 40, c = argc, d = 8 * argc, e = 0x10000 * argc;
    int64_t f = argc, g = (int64_t)(uintptr_t)callee;
    |1:
    | mov rax, {a}
    | mov rcx, {b}
    | add rax, rcx
    | sub rdx, {c}
    | imul rdx, rsi
    | mov r8, [rdi + {d}]
    | mov [rbx + {e}], rax
    | lea r9, [rbx + rcx*4 + 16]
    | cmp rax, {f}
    | je 1f
    | jne 1b
    | call {g}
    | push rbx
    | pop rbx
    | xor eax, eax
    | add r10, r8
    |1:
    | ret
    void *p = jas_publish(J, "f");
    if (!p) {
        printf("%s\n", jas_error(J));
        return 1;
    }
    printf("%p\n", p);
    jas_free(J);
    return 0;
}
