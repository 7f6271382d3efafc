/* The standalone assembler: GNU-as compatible source in, raw bytes out.
 *
 *     jas_asm *a = jas_asm_new(&opts, &diag);
 *     jas_asm_source(a, "t.s", text, len);    (any number of buffers)
 *     if (jas_asm_finish(a) == 0) {
 *         size_t n; const uint8_t *img = jas_asm_image(a, &n);
 *         ...
 *     }
 *     jas_asm_free(a);
 *
 * The output image is every code section (.text first, then other code
 * sections in order of appearance), then every data section (.data,
 * .rodata, .bss... in order of appearance), each starting at a multiple of
 * its largest alignment; gaps are zeros.  Address 0 is the first byte.
 * .note.*, .comment and .debug* sections are assembled but not output.
 * See docs/assembler.md for the accepted syntax. */
#ifndef JAS_ASM_H
#define JAS_ASM_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "common/diag.h"
#include "front/target.h"

typedef struct jas_asm jas_asm;

typedef struct jas_asm_opts {
    const jas_target *target;  /* NULL: the host's */
    int listing;               /* keep what jas_asm_listing() needs */
} jas_asm_opts;

jas_asm *jas_asm_new(const jas_asm_opts *opts, jas_diag *diag);
void jas_asm_free(jas_asm *a);

/* Assemble one buffer.  `text` must stay valid until jas_asm_free() (tokens
 * and messages point into it).  Returns 0, or -1 if errors were reported. */
int jas_asm_source(jas_asm *a, const char *file, const char *text, size_t len);

/* Lay out, relax branches, resolve every value.  Returns 0, or -1 if any
 * error was reported (including earlier ones from jas_asm_source). */
int jas_asm_finish(jas_asm *a);

/* The output image (valid after a successful finish). */
const uint8_t *jas_asm_image(const jas_asm *a, size_t *len);

/* Print the listing: one line per instruction or data statement,
 *     "%08x  bytes...  source text" */
void jas_asm_listing(const jas_asm *a, FILE *out);

/* Print every defined symbol: "%016x name" (labels: their address; equates:
 * their value), sorted by value. */
void jas_asm_symbols(jas_asm *a, FILE *out);

/* Statistics for --stats / benchmarks. */
typedef struct jas_asm_stats {
    uint64_t lines, statements, insns, frags, fixups, passes, symbols;
    uint64_t tc_hits, tc_texts; /* text cache: lines found, texts kept */
} jas_asm_stats;
void jas_asm_get_stats(const jas_asm *a, jas_asm_stats *st);

#endif
