/* The list of targets. */
#include "front/target.h"

#include <string.h>

static const jas_target *const targets[] = {
    &jas_target_x64,
};

static int same(const char *a, size_t n, const char *b)
{
    size_t i;
    for (i = 0; i < n && b[i]; i++) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != b[i])
            return 0;
    }
    return i == n && b[i] == 0;
}

const jas_target *jas_target_find(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
        const jas_target *t = targets[i];
        if (same(name, len, t->name))
            return t;
        for (const char *const *a = t->aliases; a && *a; a++)
            if (same(name, len, *a))
                return t;
    }
    return NULL;
}

const jas_target *jas_target_default(void)
{
    return targets[0];
}
