/* Self-modifying code and fence.i: code that has already run is rewritten
 * (by guest stores, by the kernel through read(2), by unmapping and
 * remapping) and, after fence.i, the new instructions must run.           */
#include "test.h"

/* addi a0, zero, imm */
#define ADDI_A0(imm) ((((imm) & 0xfff) << 20) | 0x513)
#define RET          0x00008067
#define MAP_FIXED    0x10

TEST_BEGIN
    /* an RWX page from mmap */
    li  a0, 0
    li  a1, 4096
    li  a2, PROT_READ | PROT_WRITE | PROT_EXEC
    li  a3, MAP_PRIVATE | MAP_ANONYMOUS
    li  a4, -1
    li  a5, 0
    li  a7, SYS_mmap
    ecall
    mv  s0, a0
    srli t0, a0, 63
    CHECK smc_mmap_ok, t0, 0

    li  t0, ADDI_A0(1)
    sw  t0, 0(s0)
    li  t0, RET
    sw  t0, 4(s0)
    fence.i
    jalr s0
    CHECK smc_mmap_1, a0, 1
    li  t0, ADDI_A0(2)
    sw  t0, 0(s0)
    fence.i
    jalr s0
    CHECK smc_mmap_2, a0, 2
    /* the second instruction of a block: replace ret by addi + ret */
    li  t0, ADDI_A0(3)
    sw  t0, 4(s0)
    li  t0, RET
    sw  t0, 8(s0)
    fence.i
    jalr s0
    CHECK smc_mmap_3, a0, 3
    /* a 16-bit store rewriting half of an instruction (imm[11:4] field) */
    li  t0, ADDI_A0(0x7f0)
    sw  t0, 4(s0)
    fence.i
    jalr s0
    li  t0, ADDI_A0(0x120) >> 16
    sh  t0, 6(s0)
    fence.i
    jalr s0
    CHECK smc_mmap_half, a0, 0x120

    /* a hot block rewritten 200 times: sum of i for i < 200 */
    li  s1, 0
    li  s2, 0
    li  t0, RET
    sw  t0, 4(s0)
1:  slli t0, s1, 20
    ori t0, t0, 0x513
    sw  t0, 0(s0)
    fence.i
    jalr s0
    add s2, s2, a0
    addi s1, s1, 1
    li  t0, 200
    bne s1, t0, 1b
    CHECK smc_loop, s2, 19900

    /* the kernel writes the new code: read(2) from a pipe into the page */
    li  t0, ADDI_A0(10)
    sw  t0, 0(s0)
    fence.i
    jalr s0
    CHECK smc_read_before, a0, 10
    la  a0, pipefd
    li  a1, 0
    li  a7, 59                /* pipe2 */
    ecall
    la  t1, newcode
    la  t2, pipefd
    lw  a0, 4(t2)
    mv  a1, t1
    li  a2, 8
    li  a7, 64                /* write */
    ecall
    la  t2, pipefd
    lw  a0, 0(t2)
    mv  a1, s0
    li  a2, 8
    li  a7, 63                /* read */
    ecall
    CHECK smc_read_n, a0, 8
    fence.i
    jalr s0
    CHECK smc_read_after, a0, 11

    /* unmap, map again at the same address, new code */
    mv  a0, s0
    li  a1, 4096
    li  a7, SYS_munmap
    ecall
    mv  a0, s0
    li  a1, 4096
    li  a2, PROT_READ | PROT_WRITE | PROT_EXEC
    li  a3, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED
    li  a4, -1
    li  a5, 0
    li  a7, SYS_mmap
    ecall
    sub t0, a0, s0
    CHECK smc_remap_addr, t0, 0
    li  t0, ADDI_A0(12)
    sw  t0, 0(s0)
    li  t0, RET
    sw  t0, 4(s0)
    fence.i
    jalr s0
    CHECK smc_remap, a0, 12

    /* code written as W, then made R-X with mprotect (the JIT W^X way) */
    mv  a0, s0
    li  a1, 4096
    li  a2, PROT_READ | PROT_WRITE
    li  a7, SYS_mprotect
    ecall
    li  t0, ADDI_A0(13)
    sw  t0, 0(s0)
    mv  a0, s0
    li  a1, 4096
    li  a2, PROT_READ | PROT_EXEC
    li  a7, SYS_mprotect
    ecall
    fence.i
    jalr s0
    CHECK smc_mprotect_rx, a0, 13

    /* ---- patch the program's own .text -------------------------------- */
    call smc_fn
    CHECK smc_text_before, a0, 5
    la  a0, smc_page
    li  a1, 4096
    li  a2, PROT_READ | PROT_WRITE | PROT_EXEC
    li  a7, SYS_mprotect
    ecall
    CHECK smc_mprotect, a0, 0
    la  t0, smc_fn
    li  t1, ADDI_A0(9)
    sw  t1, 0(t0)
    fence.i
    call smc_fn
    CHECK smc_text_after, a0, 9

    /* a function that rewrites its own next instruction every call */
    li  s1, 0
    li  s2, 0
1:  call smc_inline
    add s2, s2, a0
    addi s1, s1, 1
    li  t0, 100
    bne s1, t0, 1b
    /* returns 4, 5, ..., 103 */
    CHECK smc_inline_loop, s2, 5350

    /* a store into the currently executing block, same page, then the
     * patched instruction right after fence.i */
    call smc_sameblock
    CHECK smc_sameblock, a0, 0x42

    la  a0, smc_page
    li  a1, 4096
    li  a2, PROT_READ | PROT_EXEC
    li  a7, SYS_mprotect
    ecall
    call smc_fn
    CHECK smc_text_rx_again, a0, 9
    j   smc_done

    .balign 4096
smc_page:
    .option push
    .option norvc
smc_fn:
    li  a0, 5
    ret
smc_inline:
    la  t0, 1f
    lw  t1, 0(t0)
    li  t2, 1 << 20
    add t1, t1, t2
    sw  t1, 0(t0)
    fence.i
1:  addi a0, zero, 3
    ret
smc_sameblock:
    la  t0, 1f
    li  t1, ADDI_A0(0x42)
    sw  t1, 0(t0)
    fence.i
1:  addi a0, zero, 1
    ret
    .option pop
    .balign 4096

smc_done:
TEST_END

    .data
    .balign 8
pipefd:  .word 0, 0
newcode: .word ADDI_A0(11), RET
