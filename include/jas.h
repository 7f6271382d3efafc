/* jas.h — the libjas runtime: append build-time templates, patch run-time
 * values, resolve labels, relax branches, publish W^X executable code.
 *
 * Typical use (the `|` lines are turned into jas_put() calls by `jas`):
 *
 *     jas_State *J = jas_new(NULL);
 *     | mov eax, {n}
 *     | ret
 *     int (*f)(void) = (int (*)(void))jas_publish(J, "answer");
 *     if (!f) fprintf(stderr, "%s\n", jas_error(J));
 *     ...
 *     jas_release(J, (void *)f);
 *     jas_free(J);
 *
 * Errors are sticky: the first one is kept and everything after it is
 * ignored until jas_reset(), so emitting code needs no error checks; look at
 * the result of jas_publish() / jas_link().
 */
#ifndef JAS_H
#define JAS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define JAS_VERSION "0.1.0"

typedef struct jas_State jas_State;

/* A template made by the preprocessor: generated code declares these as
 * static constants and passes them to jas_put().  Not for hand use. */
typedef struct jas_tpl {
    const unsigned char *actions; /* see src/runtime/actions.h */
    const char *file;             /* source file, for run-time errors */
    uint32_t max_bytes;           /* most code bytes one put can append */
    uint16_t max_fixes;           /* most link-time fixups one put can add */
    uint16_t nlocals;             /* run-time local labels it defines */
} jas_tpl;

/* Executable memory (jas_mem.h): by default a process-wide arena is used;
 * pass your own in jas_options for dual mapping, your own allocator hooks,
 * perf map naming or placement. */
#include "jas_mem.h"

typedef struct jas_options {
    jas_mem *mem;       /* NULL: the default arena (one per process, made by
                         * the first jas_publish of any thread) */
    int perf_map;       /* 1: name published functions in /tmp/perf-<pid>.map;
                         * a property of the arena: read when the default
                         * arena is made (own arenas: JAS_MEM_PERF_MAP) */
} jas_options;

/* --- State ----------------------------------------------------------------*/
/* A state belongs to one thread at a time; states in different threads
 * need no locking (the default arena and the memory layer lock their own). */
jas_State *jas_new(const jas_options *opt);   /* NULL opt = defaults */
void jas_reset(jas_State *J);  /* forget code, labels and error; keep buffers */
void jas_free(jas_State *J);   /* published code stays valid */

/* Append one template with its run-time argument values (generated code). */
void jas_put(jas_State *J, const jas_tpl *t, const int64_t *args);

/* Global labels (`*name:` in asm) are numbered per C file: JAS_GLOBAL(name)
 * is the number of one, for jas_global_offset() / jas_global_addr(). */
#define JAS_GLOBAL(name) jas_global_##name

/* --- Dynamic labels -------------------------------------------------------*/
/* Dynamic labels are numbered 0..n-1 by the user (`{expr}:` in asm).  The
 * array grows by itself for ids below 2^20; call this to size it once up
 * front, and for larger ids (n at most 2^31; -1 if not possible). */
int jas_grow_dynlabels(jas_State *J, uint32_t n);

/* --- Finishing ------------------------------------------------------------*/
/* Link, allocate executable memory, write the code and make it executable.
 * Returns the start of the code, or NULL with jas_error() set. */
void *jas_publish(jas_State *J, const char *name);
/* Free code returned by jas_publish() (any state created on the same arena;
 * a pointer the arena did not hand out is ignored). */
void jas_release(jas_State *J, void *code);

/* Bring-your-own-memory path: an upper bound of the final size, then link
 * for code that will live at address `base` (absolute calls pick rel32 or an
 * indirect call through a literal pool depending on it), then write.  `.align`
 * counts from the start of the output: base should be as aligned as the
 * largest `.align` (jas_publish does this).  A block appended after a link
 * needs another link; until then the queries below say "not linked". */
size_t jas_size_bound(jas_State *J);
int jas_link(jas_State *J, uint64_t base, size_t *size);
int jas_encode(jas_State *J, void *dst);
/* Both at once into dst (cap bytes; jas_size_bound() always suffices):
 * when the first relaxation pass settles every branch, the usual case, the
 * pass that links is the one that writes, a walk over the fixups instead of
 * two.  *size = the code's size.  Returns 0; 1 when cap is too small (*size
 * says what is needed; call again with more); -1 on an error (jas_error). */
int jas_link_encode(jas_State *J, uint64_t base, void *dst, size_t cap, size_t *size);

/* --- Queries (after jas_link or jas_publish) -------------------------------*/
size_t jas_code_size(const jas_State *J);       /* final bytes, code + data */
/* Offset of a label from the start of the code, or -1 if undefined.
 * Global labels are named JAS_GLOBAL(name) in jas-processed files. */
int64_t jas_global_offset(const jas_State *J, uint32_t global_id);
int64_t jas_dynlabel_offset(const jas_State *J, uint32_t label);
/* Address of a label in published code (NULL if not published/undefined). */
void *jas_global_addr(const jas_State *J, uint32_t global_id);
void *jas_dynlabel_addr(const jas_State *J, uint32_t label);

/* --- Errors ---------------------------------------------------------------*/
/* "file:line: error: ..." of the first error since jas_new/jas_reset, or
 * NULL when there is none. */
const char *jas_error(const jas_State *J);

/* --- For generated code only ---------------------------------------------
 * `jas --emit=code` (or `.emit code`) compiles each block to straight-line
 * C instead of a template for jas_put(): literal bytes and run-time fields
 * are stored inline, variants chosen by range tests, and what is not
 * straight-line goes through these entry points.  Not for hand use; they
 * follow the preprocessor, not a stable API.
 *
 * `p` is the write position in the current section.  Each call returns the
 * position after what it appended, or NULL after an error (sticky in J);
 * jas__begin reserves max_bytes (+ slack: stores may run up to 16 bytes
 * past the position), max_fixes link-time fixups and nlocals fresh local
 * label slots (the first is *locbase), and jas__end records the position.
 * Label operands are (kind, id) as in src/runtime/actions.h (JAS_L_*; the
 * id of a dynamic label is its run-time number). */
unsigned char *jas__begin(jas_State *J, uint32_t max_bytes, uint32_t max_fixes,
                          uint32_t nlocals, uint32_t *locbase);
void jas__end(jas_State *J, unsigned char *p);
unsigned char *jas__label(jas_State *J, unsigned char *p, int kind, int64_t id, uint32_t locbase);
unsigned char *jas__branch(jas_State *J, unsigned char *p, int op, int kind, int64_t id,
                           uint32_t locbase);   /* relaxable jmp (0xEB) / jcc (0x70|cc) */
unsigned char *jas__rel32(jas_State *J, unsigned char *p, int kind, int64_t id, uint32_t locbase,
                          int tail, int32_t addend);
unsigned char *jas__absbr(jas_State *J, unsigned char *p, int op, int64_t target); /* call/jmp */
unsigned char *jas__addr(jas_State *J, unsigned char *p, int kind, int64_t id, uint32_t locbase);
unsigned char *jas__align(jas_State *J, unsigned char *p, int log2);
unsigned char *jas__sect(jas_State *J, unsigned char *p, int sect, uint32_t max_bytes);
/* A run-time value that fits no encoding: "file:line: error: run-time value
 * V (0x..) <why>", why = JAS__FIELD, JAS__SIZE, JAS__REG or JAS__NOENC. */
enum { JAS__FIELD, JAS__SIZE, JAS__REG, JAS__NOENC };
void jas__bad(jas_State *J, const char *file, uint32_t line, int64_t v, int why);
/* Little-endian stores of 1, 2, 4, 8 bytes (x86-64 hosts). */
#if defined(__GNUC__)
#define JAS__ST(n, t) \
    static inline void jas__st##n(unsigned char *p, t v) { __builtin_memcpy(p, &v, n); }
#else
#define JAS__ST(n, t)                                                     \
    static inline void jas__st##n(unsigned char *p, t v)                  \
    {                                                                     \
        for (int i = 0; i < n; i++)                                       \
            p[i] = (unsigned char)(v >> (8 * i));                         \
    }
#endif
JAS__ST(1, uint8_t)
JAS__ST(2, uint16_t)
JAS__ST(4, uint32_t)
JAS__ST(8, uint64_t)
#undef JAS__ST

#ifdef __cplusplus
}
#endif
#endif
