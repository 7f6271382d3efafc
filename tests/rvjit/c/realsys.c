/* System calls that real programs (busybox, GNU coreutils, diffutils,
 * gawk, make, ...) were seen to need under rvjit, each checked against
 * the Linux semantics (the same output under qemu-riscv64).  One block per
 * bug found; the program that showed it is named in the comment. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    /* busybox nice: getpriority/setpriority (the raw syscall returns
     * 20 - nice; glibc converts) */
    {
        errno = 0;
        int p0 = getpriority(PRIO_PROCESS, 0);
        CHECK(errno == 0, "getpriority no error");
        CHECK(setpriority(PRIO_PROCESS, 0, p0 + 3 > 19 ? 19 : p0 + 3) == 0, "setpriority +3");
        errno = 0;
        int p1 = getpriority(PRIO_PROCESS, 0);
        CHECK(errno == 0 && p1 == (p0 + 3 > 19 ? 19 : p0 + 3), "getpriority sees the new nice");
        errno = 0;
        CHECK(nice(1) == (p1 + 1 > 19 ? 19 : p1 + 1) && errno == 0, "nice(1)");
        CHECK(getpriority(99, 0) == -1 && errno == EINVAL, "getpriority bad which EINVAL");
        CHECK(setpriority(PRIO_PROCESS, 0x7ffffff0, 0) == -1 && errno == ESRCH, "setpriority no such pid ESRCH");
    }
    return check_done();
}
