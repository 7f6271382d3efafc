// Xbyak side of the emission benchmark (the stream: stream.h).
//
// The fastest way Xbyak allows: a CodeGenerator writing straight into the
// output buffer (user buffer: no copy, no mprotect), Label objects (not
// string labels) kept across runs, reset() between runs.  Xbyak patches a
// forward jump when its label is bound; a jump to a label not yet bound is
// rel8 by default (Xbyak throws if it does not reach), a backward one picks
// rel8 when it fits.
#include <xbyak/xbyak.h>

#include <sys/mman.h>

#include <new>
#include <vector>

#include "stream.h"

namespace {

struct Gen : Xbyak::CodeGenerator {
    std::vector<Xbyak::Label> labels;
    Gen(size_t cap, void *buf, Xbyak::Allocator *al = nullptr) : Xbyak::CodeGenerator(cap, buf, al) {}

    void emit_stream(const bs_stream *s, Xbyak::Label *L)
    {
        using namespace Xbyak::util;
        for (size_t i = 0; i < s->nblocks; i++) {
            Xbyak::Label &cur = L[i], &next = L[i + 1];
            this->L(cur);
            size_t left = s->n - i * BS_BLOCK;
            int m = left < BS_BLOCK ? int(left) : BS_BLOCK;
            if (m == BS_BLOCK) {
                mov(rax, uint64_t(s->imm32[i]));
                mov(rcx, uint64_t(s->imm64[i]));
                add(rax, rcx);
                sub(rdx, uint32_t(s->sub8[i]));
                imul(rdx, rsi);
                mov(r8, ptr[rdi + size_t(s->ld[i])]);
                mov(ptr[rbx + size_t(s->st[i])], rax);
                lea(r9, ptr[rbx + rcx * 4 + 16]);
                cmp(rax, uint32_t(s->cmp8[i]));
                je(next);
                jne(cur);
                call(reinterpret_cast<const void *>(s->fn[i]));
                push(rbx);
                pop(rbx);
                xor_(eax, eax);
                add(r10, r8);
            } else {
                for (int k = 0; k < m; k++) {
                    switch (k) {
                    case 0: mov(rax, uint64_t(s->imm32[i])); break;
                    case 1: mov(rcx, uint64_t(s->imm64[i])); break;
                    case 2: add(rax, rcx); break;
                    case 3: sub(rdx, uint32_t(s->sub8[i])); break;
                    case 4: imul(rdx, rsi); break;
                    case 5: mov(r8, ptr[rdi + size_t(s->ld[i])]); break;
                    case 6: mov(ptr[rbx + size_t(s->st[i])], rax); break;
                    case 7: lea(r9, ptr[rbx + rcx * 4 + 16]); break;
                    case 8: cmp(rax, uint32_t(s->cmp8[i])); break;
                    case 9: je(next); break;
                    case 10: jne(cur); break;
                    case 11: call(reinterpret_cast<const void *>(s->fn[i])); break;
                    case 12: push(rbx); break;
                    case 13: pop(rbx); break;
                    case 14: xor_(eax, eax); break;
                    default: add(r10, r8); break;
                    }
                }
            }
        }
        this->L(L[s->nblocks]);
        ret();
    }
};

// The generator writes into a fixed buffer; the throughput state owns one
// per output buffer (re-created if the buffer changes).
struct State {
    Gen *gen = nullptr;
    uint8_t *buf = nullptr;
    size_t cap = 0;
    std::vector<Xbyak::Label> labels;
};

Gen *live_gen; // the published one (the bench keeps at most one alive)

// Xbyak's own mmap allocator, but placed within rel32 reach of the callees
// (Xbyak throws on a call that does not reach; it has no far-call fallback).
struct NearAllocator : Xbyak::Allocator {
    size_t size = 0;
    uint8_t *alloc(size_t n) override
    {
        size = (n + 4095) & ~size_t(4095);
        return static_cast<uint8_t *>(bs_map_near(size));
    }
    void free(uint8_t *p) override
    {
        if (p)
            munmap(p, size);
    }
};
NearAllocator near_alloc;

} // namespace

extern "C" {

static void *xb_create(size_t) { return new (std::nothrow) State(); }

static size_t xb_run(void *p, const bs_stream *s, uint8_t *out, size_t cap)
{
    State *st = static_cast<State *>(p);
    try {
        if (st->buf != out || st->cap != cap) {
            delete st->gen;
            st->gen = new Gen(cap, out);
            st->buf = out;
            st->cap = cap;
        }
        if (st->labels.size() < s->nblocks + 1)
            st->labels.resize(s->nblocks + 1);
        st->gen->reset(); // also unbinds every Label it knew
        st->gen->emit_stream(s, st->labels.data());
        if (st->gen->hasUndefinedLabel())
            return 0;
        return st->gen->getSize();
    } catch (...) {
        return 0;
    }
}

static void xb_destroy(void *p)
{
    State *st = static_cast<State *>(p);
    delete st->gen;
    delete st;
}

static size_t xb_cold(const bs_stream *s, uint8_t *out, size_t cap)
{
    try {
        Gen g(cap, out);
        Xbyak::Label L[2];
        g.emit_stream(s, L);
        return g.getSize();
    } catch (...) {
        return 0;
    }
}

static void *xb_publish(const bs_stream *s, size_t *size)
{
    try {
        // W^X: Xbyak's own mmap'd buffer, left RW while writing (the default
        // would map it RWX), then flipped to RX.
        Gen *g = new Gen(4096, Xbyak::DontSetProtectRWE, &near_alloc);
        Xbyak::Label L[2];
        g->emit_stream(s, L);
        g->setProtectModeRE();
        *size = g->getSize();
        live_gen = g;
        return const_cast<uint8_t *>(g->getCode());
    } catch (...) {
        return nullptr;
    }
}

static void xb_release(void *, size_t)
{
    delete live_gen;
    live_gen = nullptr;
}

const bs_lib bs_xbyak = {
    "Xbyak", xb_create, xb_run, xb_destroy, xb_cold, xb_publish, xb_release,
    "CodeGenerator(4096, DontSetProtectRWE) + setProtectModeRE(): mmap (near the callees) + mprotect RX + munmap per function",
};

} // extern "C"
