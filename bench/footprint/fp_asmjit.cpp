// Footprint of AsmJit: the 16-instruction block of the emission benchmark,
// published with JitRuntime.  Linked statically against libasmjit.a.
#include <asmjit/x86.h>

#include <cstdio>

using namespace asmjit;

static void callee() {}

int main(int argc, char **)
{
    JitRuntime rt;
    CodeHolder code;
    code.init(rt.environment());
    x86::Assembler a(&code);
    Label top = a.newLabel(), end = a.newLabel();
    a.bind(top);
    a.mov(x86::rax, -argc);
    a.mov(x86::rcx, int64_t(argc) << 40);
    a.add(x86::rax, x86::rcx);
    a.sub(x86::rdx, argc);
    a.imul(x86::rdx, x86::rsi);
    a.mov(x86::r8, x86::qword_ptr(x86::rdi, 8 * argc));
    a.mov(x86::qword_ptr(x86::rbx, 0x10000 * argc), x86::rax);
    a.lea(x86::r9, x86::ptr(x86::rbx, x86::rcx, 2, 16));
    a.cmp(x86::rax, argc);
    a.je(end);
    a.jne(top);
    a.call(Imm(uint64_t(uintptr_t(callee))));
    a.push(x86::rbx);
    a.pop(x86::rbx);
    a.xor_(x86::eax, x86::eax);
    a.add(x86::r10, x86::r8);
    a.bind(end);
    a.ret();
    void *fn = nullptr;
    if (rt.add(&fn, &code))
        return 1;
    std::printf("%p\n", fn);
    return 0;
}
