/* The instruction stream every library emits (bench/emit).
 *
 * A stream of n instructions is made of blocks of 16; block i starts with a
 * fresh label L[i] and holds, in this order (values per block, chosen at run
 * time from a seed so that no compiler can fold them):
 *
 *    0  mov rax, imm32[i]            sign-extended imm32 (negative: 48 c7 c0)
 *    1  mov rcx, imm64[i]            movabs (needs 64 bits)
 *    2  add rax, rcx
 *    3  sub rdx, sub8[i]             imm8
 *    4  imul rdx, rsi
 *    5  mov r8, [rdi + ld[i]]        disp 0, disp8 or disp32 (i % 3)
 *    6  mov [rbx + st[i]], rax       disp32
 *    7  lea r9, [rbx + rcx*4 + 16]
 *    8  cmp rax, cmp8[i]             imm8
 *    9  je  L[i+1]                   forward
 *   10  jne L[i]                     backward
 *   11  call fn[i]                   absolute C function (rel32 reaches it)
 *   12  push rbx
 *   13  pop rbx
 *   14  xor eax, eax
 *   15  add r10, r8
 *
 * The last block may be partial (n % 16 instructions); after the last
 * instruction L[nblocks] is bound and a `ret` ends the code.
 *
 * Each library provides a bs_lib (see the bottom): `run` is the timed work,
 * emit + resolve labels into final bytes at `out` (code that will live at
 * `out`), with whatever state reuse the library allows between runs. */
#ifndef BENCH_STREAM_H
#define BENCH_STREAM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define BS_BLOCK 16

typedef struct bs_stream {
    size_t n;        /* instructions (the final ret not counted) */
    size_t nblocks;  /* ceil(n / 16); labels L[0..nblocks] */
    int64_t *imm32, *imm64, *sub8, *ld, *st, *cmp8;
    uint64_t *fn;
} bs_stream;

/* Build the values of a stream of n instructions from `seed`. */
int bs_stream_init(bs_stream *s, size_t n, uint64_t seed);
void bs_stream_free(bs_stream *s);
/* Upper bound of the bytes any library emits for s (for buffers). */
size_t bs_stream_bound(const bs_stream *s);

/* size bytes of RW memory (mmap) within rel32 reach of bs_callee0/1, for
 * the libraries whose publish path needs the call targets to reach. */
void *bs_map_near(size_t size);

/* Publishing for a library without a facility of its own (Zydis, DynASM):
 * a page from bs_map_near, the cold emission `cold` into it, sealed RX
 * with mprotect; bs_release_page unmaps it. */
void *bs_publish_page(size_t (*cold)(const bs_stream *s, uint8_t *out, size_t cap),
                      const bs_stream *s, size_t *size);
void bs_release_page(void *code, size_t size);

/* The C functions the stream calls (never actually called). */
void bs_callee0(void);
void bs_callee1(void);

/* One library. */
typedef struct bs_lib {
    const char *name;
    /* Persistent state for the throughput runs (NULL on error). */
    void *(*create)(size_t bound);
    /* Emit s and resolve it into final bytes at out (cap bytes); returns
     * the code size, 0 on error. */
    size_t (*run)(void *st, const bs_stream *s, uint8_t *out, size_t cap);
    void (*destroy)(void *st);
    /* Cold: create an assembler, emit s (16 instructions), resolve into
     * out, destroy the assembler.  Returns the size, 0 on error. */
    size_t (*cold)(const bs_stream *s, uint8_t *out, size_t cap);
    /* Cold + publish: the same, then make it executable with the library's
     * own facility; returns the executable code (NULL on error). */
    void *(*publish)(const bs_stream *s, size_t *size);
    void (*release)(void *code, size_t size);
    const char *publish_how; /* one line for the report */
} bs_lib;

extern const bs_lib bs_jas, bs_asmjit, bs_xbyak, bs_zydis;
/* Optional (bench/Makefile DYNASM_DIR=...): LuaJIT's DynASM engine. */
extern const bs_lib bs_dynasm;

#ifdef __cplusplus
}
#endif
#endif
