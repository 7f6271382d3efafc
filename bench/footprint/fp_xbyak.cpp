// Footprint of Xbyak (header-only): the 16-instruction block of the
// emission benchmark, published with CodeGenerator + setProtectModeRE.
#include <xbyak/xbyak.h>

#include <cstdio>

static void callee() {}

struct Gen : Xbyak::CodeGenerator {
    Gen(int argc) : Xbyak::CodeGenerator(4096, Xbyak::DontSetProtectRWE)
    {
        Xbyak::Label top, end;
        L(top);
        mov(rax, uint64_t(-argc));
        mov(rcx, uint64_t(argc) << 40);
        add(rax, rcx);
        sub(rdx, uint32_t(argc));
        imul(rdx, rsi);
        mov(r8, ptr[rdi + 8 * argc]);
        mov(ptr[rbx + 0x10000 * argc], rax);
        lea(r9, ptr[rbx + rcx * 4 + 16]);
        cmp(rax, uint32_t(argc));
        je(end);
        jne(top);
        mov(rax, reinterpret_cast<uint64_t>(callee)); // a static binary may be far from the page
        call(rax);
        push(rbx);
        pop(rbx);
        xor_(eax, eax);
        add(r10, r8);
        L(end);
        ret();
    }
};

int main(int argc, char **)
{
    try {
        Gen g(argc);
        g.setProtectModeRE();
        std::printf("%p\n", static_cast<const void *>(g.getCode()));
    } catch (...) {
        return 1;
    }
    return 0;
}
