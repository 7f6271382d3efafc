/* Unknown or unsupported system calls return -ENOSYS instead of killing
 * the guest; the guest goes on and exits normally.                       */
#include "../asm/test.h"
TEST_BEGIN
    li  a7, 5000
    li  a0, 1
    ecall
    CHECK enosys_5000, a0, -38
    li  a7, 0x7fffffff
    ecall
    CHECK enosys_huge, a0, -38
    li  a7, 244              /* riscv_hwprobe's neighbour: arch-specific range, unused */
    ecall
    CHECK enosys_244, a0, -38
TEST_END
