/* perf's JIT symbol interface: /tmp/perf-<pid>.map holds one line
 *     START SIZE name
 * per piece of JIT code, START and SIZE in hex.  `perf report` reads it to
 * name samples that fall in anonymous executable memory. */
#include "mem/mem_internal.h"

#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <unistd.h>

static void open_map(jas_perfmap *pm, long pid)
{
    char buf[64];
    const char *path = pm->path;
    if (!path) {
        snprintf(buf, sizeof buf, "/tmp/perf-%ld.map", pid);
        path = buf;
    }
    pm->fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    pm->broken = pm->fd < 0;
    pm->pid = pid;
}

void jas_mem__perfmap_line(jas_perfmap *pm, const void *start, size_t size,
                           const char *name)
{
    long pid = (long)getpid();
    if (pm->fd >= 0 && pm->pid != pid) { /* forked: the child has its own map */
        close(pm->fd);
        pm->fd = -1;
        pm->broken = 0;
    }
    if (pm->fd < 0) {
        if (pm->broken && pm->pid == pid)
            return;
        open_map(pm, pid);
        if (pm->fd < 0)
            return;
    }

    char line[1024];
    int n = snprintf(line, sizeof line, "%" PRIxPTR " %zx ", (uintptr_t)start, size);
    if (n < 0)
        return;
    size_t len = (size_t)n;
    if (name) {
        /* One symbol per line: control characters would break the format. */
        for (const unsigned char *s = (const unsigned char *)name;
             *s && len < sizeof line - 1; s++)
            line[len++] = (char)(*s < 0x20 || *s == 0x7f ? '_' : *s);
    } else {
        n = snprintf(line + len, sizeof line - 1 - len, "jit_%" PRIxPTR, (uintptr_t)start);
        len += n > 0 ? (size_t)n : 0;
    }
    line[len++] = '\n';
    ssize_t w = write(pm->fd, line, len);
    (void)w; /* best effort: a perf map must never make publishing fail */
}

void jas_mem__perfmap_close(jas_perfmap *pm)
{
    if (pm->fd >= 0 && pm->pid == (long)getpid())
        close(pm->fd);
    pm->fd = -1;
}
