// AsmJit side of the emission benchmark (the stream: stream.h).
//
// The fastest way AsmJit allows: x86::Assembler (no Builder/Compiler), one
// label per block from newLabel(), the base address given to CodeHolder
// up front (so that `call imm` is encoded rel32 at once), the text buffer
// reserved to its final size before emitting (no growth), then
// flatten + resolveUnresolvedLinks + relocateToBase + copyFlattenedData into
// the output buffer.  AsmJit cannot keep its buffers across CodeHolder
// reset(), so each run re-initialises the CodeHolder (as AsmJit documents).
#include <asmjit/x86.h>

#include <cstring>
#include <new>

#include "stream.h"

using namespace asmjit;

namespace {

void emit_stream(x86::Assembler &a, const bs_stream *s)
{
    Label cur = a.newLabel();
    for (size_t i = 0; i < s->nblocks; i++) {
        Label next = a.newLabel();
        a.bind(cur);
        size_t left = s->n - i * BS_BLOCK;
        int m = left < BS_BLOCK ? int(left) : BS_BLOCK;
        if (m == BS_BLOCK) {
            a.mov(x86::rax, s->imm32[i]);
            a.mov(x86::rcx, s->imm64[i]);
            a.add(x86::rax, x86::rcx);
            a.sub(x86::rdx, s->sub8[i]);
            a.imul(x86::rdx, x86::rsi);
            a.mov(x86::r8, x86::qword_ptr(x86::rdi, int32_t(s->ld[i])));
            a.mov(x86::qword_ptr(x86::rbx, int32_t(s->st[i])), x86::rax);
            a.lea(x86::r9, x86::ptr(x86::rbx, x86::rcx, 2, 16));
            a.cmp(x86::rax, s->cmp8[i]);
            a.je(next);
            a.jne(cur);
            a.call(Imm(s->fn[i]));
            a.push(x86::rbx);
            a.pop(x86::rbx);
            a.xor_(x86::eax, x86::eax);
            a.add(x86::r10, x86::r8);
        } else {
            for (int k = 0; k < m; k++) {
                switch (k) {
                case 0: a.mov(x86::rax, s->imm32[i]); break;
                case 1: a.mov(x86::rcx, s->imm64[i]); break;
                case 2: a.add(x86::rax, x86::rcx); break;
                case 3: a.sub(x86::rdx, s->sub8[i]); break;
                case 4: a.imul(x86::rdx, x86::rsi); break;
                case 5: a.mov(x86::r8, x86::qword_ptr(x86::rdi, int32_t(s->ld[i]))); break;
                case 6: a.mov(x86::qword_ptr(x86::rbx, int32_t(s->st[i])), x86::rax); break;
                case 7: a.lea(x86::r9, x86::ptr(x86::rbx, x86::rcx, 2, 16)); break;
                case 8: a.cmp(x86::rax, s->cmp8[i]); break;
                case 9: a.je(next); break;
                case 10: a.jne(cur); break;
                case 11: a.call(Imm(s->fn[i])); break;
                case 12: a.push(x86::rbx); break;
                case 13: a.pop(x86::rbx); break;
                case 14: a.xor_(x86::eax, x86::eax); break;
                default: a.add(x86::r10, x86::r8); break;
                }
            }
        }
        cur = next;
    }
    a.bind(cur);
    a.ret();
}

struct State {
    CodeHolder code;
    size_t bound;
};

// Emit + resolve into out; code must be initialised and reserved.
size_t finish(CodeHolder &code, uint8_t *out, size_t cap)
{
    if (code.flatten() || code.resolveUnresolvedLinks() ||
        code.relocateToBase(uint64_t(uintptr_t(out))))
        return 0;
    size_t size = code.codeSize();
    if (size > cap || code.copyFlattenedData(out, cap))
        return 0;
    return size;
}

size_t run_into(CodeHolder &code, size_t bound, const bs_stream *s, uint8_t *out, size_t cap)
{
    if (code.init(Environment::host(), uint64_t(uintptr_t(out))))
        return 0;
    if (bound && code.reserveBuffer(&code.textSection()->_buffer, bound))
        return 0;
    x86::Assembler a(&code);
    emit_stream(a, s);
    if (a.isDestroyed())
        return 0;
    return finish(code, out, cap);
}

JitRuntime *runtime()
{
    static JitRuntime *rt = new (std::nothrow) JitRuntime();
    return rt;
}

} // namespace

extern "C" {

static void *aj_create(size_t bound)
{
    State *st = new (std::nothrow) State();
    if (st)
        st->bound = bound;
    return st;
}

static size_t aj_run(void *p, const bs_stream *s, uint8_t *out, size_t cap)
{
    State *st = static_cast<State *>(p);
    st->code.reset();
    return run_into(st->code, st->bound, s, out, cap);
}

static void aj_destroy(void *p) { delete static_cast<State *>(p); }

static size_t aj_cold(const bs_stream *s, uint8_t *out, size_t cap)
{
    CodeHolder code;
    return run_into(code, 0, s, out, cap);
}

static void *aj_publish(const bs_stream *s, size_t *size)
{
    JitRuntime *rt = runtime();
    if (!rt)
        return nullptr;
    CodeHolder code;
    if (code.init(rt->environment()))
        return nullptr;
    x86::Assembler a(&code);
    emit_stream(a, s);
    void *fn = nullptr;
    if (rt->add(&fn, &code))
        return nullptr;
    *size = code.codeSize();
    return fn;
}

static void aj_release(void *code, size_t)
{
    runtime()->release(code);
}

const bs_lib bs_asmjit = {
    "AsmJit", aj_create, aj_run, aj_destroy, aj_cold, aj_publish, aj_release,
    "JitRuntime::add (JitAllocator: pooled RWX pages on Linux, no mprotect per function)",
};

} // extern "C"
