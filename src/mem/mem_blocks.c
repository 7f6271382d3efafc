/* Live blocks by exec address: a chained hash table that doubles when it
 * holds more blocks than buckets. */
#include "mem/mem_internal.h"

#include <stdlib.h>

static size_t slot(uintptr_t exec, size_t nbucket)
{
    /* Blocks are at least 1-aligned and usually 16-aligned: mix the bits
     * (64-bit multiplicative hash) before masking. */
    uint64_t h = (uint64_t)exec * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 32) & (nbucket - 1);
}

static int grow(jas_mem_btab *t)
{
    size_t n = t->nbucket ? t->nbucket * 2 : 64;
    jas_mem_block **nb = calloc(n, sizeof *nb);
    if (!nb)
        return JAS_MEM_ENOMEM;
    for (size_t i = 0; i < t->nbucket; i++) {
        jas_mem_block *b = t->bucket[i];
        while (b) {
            jas_mem_block *next = b->next;
            size_t s = slot(jas_mem__block_exec(b), n);
            b->next = nb[s];
            nb[s] = b;
            b = next;
        }
    }
    free(t->bucket);
    t->bucket = nb;
    t->nbucket = n;
    return 0;
}

int jas_mem__btab_insert(jas_mem_btab *t, jas_mem_block *b)
{
    if (t->count >= t->nbucket) {
        int err = grow(t);
        if (err)
            return err;
    }
    size_t s = slot(jas_mem__block_exec(b), t->nbucket);
    b->next = t->bucket[s];
    t->bucket[s] = b;
    t->count++;
    return 0;
}

jas_mem_block *jas_mem__btab_find(const jas_mem_btab *t, uintptr_t exec)
{
    if (!t->nbucket)
        return NULL;
    for (jas_mem_block *b = t->bucket[slot(exec, t->nbucket)]; b; b = b->next)
        if (jas_mem__block_exec(b) == exec)
            return b;
    return NULL;
}

void jas_mem__btab_remove(jas_mem_btab *t, jas_mem_block *b)
{
    jas_mem_block **pp = &t->bucket[slot(jas_mem__block_exec(b), t->nbucket)];
    while (*pp && *pp != b)
        pp = &(*pp)->next;
    if (*pp) {
        *pp = b->next;
        t->count--;
    }
}

void jas_mem__btab_clear(jas_mem_btab *t)
{
    for (size_t i = 0; i < t->nbucket; i++) {
        jas_mem_block *b = t->bucket[i];
        while (b) {
            jas_mem_block *next = b->next;
            free(b);
            b = next;
        }
    }
    free(t->bucket);
    t->bucket = NULL;
    t->nbucket = 0;
    t->count = 0;
}
