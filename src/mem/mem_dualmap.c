/* Dual mapping: one memory object mapped twice, once read+write and once
 * read+execute, so code can be written (and patched while it runs) without
 * any page being writable and executable.
 *
 * The object is an anonymous memfd when the kernel has memfd_create; else a
 * POSIX shared memory object, else a temporary file; the last two are
 * unlinked at once.  Each candidate must also accept an executable mapping
 * (memfds may be sealed non-executable by vm.memfd_noexec, /dev/shm or /tmp
 * may be mounted noexec); the next one is tried when it does not.  The file
 * descriptor is closed once both views exist: nothing else can map it. */
#include "mem/mem_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef MFD_CLOEXEC
#define MFD_CLOEXEC 0x0001U
#endif
#ifndef MFD_EXEC /* Linux 6.3: ask for an executable memfd explicitly */
#define MFD_EXEC 0x0010U
#endif

static int open_memfd(void)
{
#ifdef SYS_memfd_create
    int fd = (int)syscall(SYS_memfd_create, "jas-jit", MFD_CLOEXEC | MFD_EXEC);
    if (fd < 0 && errno == EINVAL) /* kernel before 6.3 */
        fd = (int)syscall(SYS_memfd_create, "jas-jit", MFD_CLOEXEC);
    return fd;
#else
    errno = ENOSYS;
    return -1;
#endif
}

static atomic_uint name_counter;

static int open_shm(void)
{
    for (int tries = 0; tries < 8; tries++) {
        char name[64];
        unsigned n = atomic_fetch_add(&name_counter, 1);
        snprintf(name, sizeof name, "/jas-jit-%ld-%u-%lx", (long)getpid(), n,
                 (unsigned long)((uintptr_t)name >> 4));
        int fd = shm_open(name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            shm_unlink(name);
            return fd;
        }
        if (errno != EEXIST)
            return -1;
    }
    return -1;
}

static int open_tmpfile(void)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    size_t len = strlen(dir);
    char *path = malloc(len + sizeof "/jas-jit-XXXXXX");
    if (!path)
        return -1;
    memcpy(path, dir, len);
    memcpy(path + len, "/jas-jit-XXXXXX", sizeof "/jas-jit-XXXXXX");
    int fd = mkostemp(path, O_CLOEXEC);
    if (fd >= 0)
        unlink(path);
    free(path);
    return fd;
}

/* Size the object behind fd and map it twice; closes fd. */
static int map_twice(int fd, size_t size, void **rw, void **rx)
{
    int ok = 0;
    void *a = MAP_FAILED, *b = MAP_FAILED;
    if (ftruncate(fd, (off_t)size) == 0) {
        a = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        if (a != MAP_FAILED)
            b = mmap(NULL, size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
        ok = a != MAP_FAILED && b != MAP_FAILED;
    }
    close(fd);
    if (!ok) {
        if (a != MAP_FAILED)
            munmap(a, size);
        return -1;
    }
    *rw = a;
    *rx = b;
    return 0;
}

int jas_mem__dual_map(size_t size, int backend, void **rw, void **rx)
{
    int first = backend == JAS_MEM__DUAL_AUTO ? JAS_MEM__DUAL_MEMFD : backend;
    int last = backend == JAS_MEM__DUAL_AUTO ? JAS_MEM__DUAL_TMPFILE : backend;
    if (first < JAS_MEM__DUAL_MEMFD || last > JAS_MEM__DUAL_TMPFILE)
        return JAS_MEM_EINVAL;
    for (int k = first; k <= last; k++) {
        int fd = k == JAS_MEM__DUAL_MEMFD ? open_memfd()
               : k == JAS_MEM__DUAL_SHM  ? open_shm()
                                         : open_tmpfile();
        if (fd >= 0 && map_twice(fd, size, rw, rx) == 0)
            return k;
    }
    return JAS_MEM_EOS;
}

void jas_mem__dual_unmap(void *rw, void *rx, size_t size)
{
    munmap(rw, size);
    munmap(rx, size);
}
