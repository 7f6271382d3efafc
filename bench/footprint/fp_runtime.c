/* What a program using the jas runtime links (bench.py, "runtime .text"):
 * a reference to every function of the action-mode API (jas_put, labels,
 * jas_link / jas_encode / jas_link_encode, state, queries, errors), linked against libjas.a
 * with --gc-sections and a link map.  -DCODE adds the entry points of
 * blocks compiled with `jas --emit=code`; -DPUBLISH adds jas_publish and
 * what it needs (the JIT memory layer). */
#include <stdint.h>

#include <jas.h>

typedef void (*fn)(void);

static volatile fn keep[] = {
    (fn)jas_new, (fn)jas_reset, (fn)jas_free, (fn)jas_put, (fn)jas_grow_dynlabels,
    (fn)jas_size_bound, (fn)jas_link, (fn)jas_encode, (fn)jas_link_encode, (fn)jas_code_size,
    (fn)jas_global_offset, (fn)jas_dynlabel_offset, (fn)jas_error,
#ifdef CODE
    (fn)jas__begin, (fn)jas__end, (fn)jas__label, (fn)jas__branch, (fn)jas__rel32,
    (fn)jas__absbr, (fn)jas__addr, (fn)jas__align, (fn)jas__sect, (fn)jas__bad,
#endif
#ifdef PUBLISH
    (fn)jas_publish, (fn)jas_release, (fn)jas_global_addr, (fn)jas_dynlabel_addr,
#endif
};

int main(void)
{
    int n = 0;
    for (unsigned i = 0; i < sizeof keep / sizeof *keep; i++)
        n += keep[i] != 0;
    return n == 0;
}
