/* jas_publish: link for the final address, write, and make executable
 * through the JIT memory layer (src/mem), never writable and executable at
 * once. */
#include "runtime/state.h"
#include "jas_mem.h"

#include <stdatomic.h>
#include <stdlib.h>

/* The process-wide arena, made by the first jas_publish of any thread
 * (threads racing to make it keep the first one: code freed into another
 * arena than its own would stay mapped). */
static _Atomic(jas_mem *) default_arena;

static jas_mem *arena(jas_State *J)
{
    if (J->opt.mem)
        return J->opt.mem;
    jas_mem *m = atomic_load(&default_arena), *none = NULL;
    if (!m) {
        jas_mem_opts o = {0};
        o.flags = J->opt.perf_map ? JAS_MEM_PERF_MAP : 0;
        if (jas_mem_create(&m, &o) != 0)
            return NULL;
        if (!atomic_compare_exchange_strong(&default_arena, &none, m)) {
            jas_mem_destroy(m);
            m = none; /* the winner's */
        }
    }
    return m;
}

void *jas_publish(jas_State *J, const char *name)
{
    J->published = NULL;
    if (J->failed)
        return NULL;
    jas_mem *m = arena(J);
    if (!m) {
        jas__fail(J, "error: cannot create executable memory arena", 0, NULL);
        return NULL;
    }
    size_t bound = jas_size_bound(J), size;
    void *w, *x;
    /* the layout aligns code and data from the start of the output: the
     * start must be as aligned as either asks */
    size_t align = J->sec[0].align > J->sec[1].align ? J->sec[0].align : J->sec[1].align;
    if (align < 16)
        align = 16;
    int rc = jas_mem_alloc(m, bound, align, &w, &x);
    if (rc) {
        jas__fail(J, "error: cannot allocate %lld bytes of code memory: %s", (long long)bound,
                  jas_mem_strerror(rc));
        return NULL;
    }
    if (jas_link_encode(J, (uint64_t)(uintptr_t)x, w, bound, &size)) { /* bound: never 1 */
        jas_mem_free(m, x);
        return NULL;
    }
    rc = jas_mem_publish(m, x, size ? size : 1, name);
    if (rc) {
        jas_mem_free(m, x);
        jas__fail(J, "error: cannot publish code (%lld): %s", rc, jas_mem_strerror(rc));
        return NULL;
    }
    J->published = x;
    return x;
}

void jas_release(jas_State *J, void *code)
{
    jas_mem *m = J->opt.mem ? J->opt.mem : atomic_load(&default_arena);
    if (m && code)
        jas_mem_free(m, code);
}

static void *label_addr(const jas_State *J, int64_t off)
{
    if (!J->published || off < 0)
        return NULL;
    return (char *)J->published + off;
}

void *jas_global_addr(const jas_State *J, uint32_t id)
{
    return label_addr(J, jas_global_offset(J, id));
}

void *jas_dynlabel_addr(const jas_State *J, uint32_t id)
{
    return label_addr(J, jas_dynlabel_offset(J, id));
}
