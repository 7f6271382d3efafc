/* Guest programs that fault on purpose; built once per case with
 * -DCASE=<n>.  The faulting instruction is at the global label fault_pc;
 * the address it touches is FAULT_ADDR (or, for the jump cases, the
 * jump target).  run.sh reads fault_pc from the symbol table.           */
    .option nopic
    .text
    .globl _start, fault_pc
_start:
#if CASE == 1            /* jump to unmapped memory */
    li  t0, 0x1230
fault_pc:
    jr  t0
#elif CASE == 2          /* load from unmapped memory */
    li  t0, 0xdead0000
fault_pc:
    ld  t1, 0(t0)
#elif CASE == 3          /* store to unmapped memory (near NULL) */
    li  t0, 8
    li  t1, 1
fault_pc:
    sd  t1, 0(t0)
#elif CASE == 4          /* store into the program's own (R-X) code */
    la  t0, _start
    li  t1, 0x13
fault_pc:
    sw  t1, 0(t0)
#elif CASE == 5          /* store into read-only data */
    la  t0, rodata_word
    li  t1, 1
fault_pc:
    sw  t1, 0(t0)
#elif CASE == 6          /* jump into a non-executable (RW) data page */
    la  t0, data_code
fault_pc:
    jr  t0
#elif CASE == 7          /* illegal instruction: all zeros */
    nop
    .option push
    .option norvc
fault_pc:
    .word 0x00000000
    .option pop
#elif CASE == 8          /* illegal instruction: write to a read-only CSR (unimp) */
    nop
    .option push
    .option norvc
fault_pc:
    csrrw x0, cycle, x0
    .option pop
#elif CASE == 9          /* dynamic rounding with an invalid frm (5) */
    csrwi frm, 5
    .option push
    .option norvc
fault_pc:
    fadd.d fa0, fa1, fa2, dyn
    .option pop
#elif CASE == 10         /* reserved static rounding mode 5 in fadd.d */
    .option push
    .option norvc
fault_pc:
    .word 0x02c5d553     /* fadd.d fa0, fa1, fa2 with rm = 101 */
    .option pop
#elif CASE == 11         /* AMO on unmapped memory */
    li  t0, 0xdead0000
    li  t1, 1
fault_pc:
    amoadd.d t2, t1, (t0)
#elif CASE == 12         /* FP load from unmapped memory */
    li  t0, 0xdead0008
fault_pc:
    fld fa0, 0(t0)
#elif CASE == 14         /* a load 1 MiB above the initial program break */
    la  t0, data_end
    li  t1, 4095
    add t0, t0, t1
    srli t0, t0, 12
    slli t0, t0, 12
    li  t1, 0x100000
    add t0, t0, t1
fault_pc:
    lb  t2, 0(t0)
#elif CASE == 15         /* ebreak: SIGTRAP */
    nop
    .option push
    .option norvc
fault_pc:
    ebreak
    .option pop
#elif CASE == 16         /* c.ebreak: SIGTRAP */
    nop
fault_pc:
    c.ebreak
#elif CASE == 17         /* load from 4 GiB + the text address: must not alias */
    li  t0, 0x100010000
fault_pc:
    lw  a0, 0(t0)
#elif CASE == 18         /* jump to 4 GiB + the text address */
    li  t0, 0x100010000
fault_pc:
    jr  t0
#else
#error unknown CASE
#endif
    /* not reached: exit(0) would make the test fail */
    li  a0, 0
    li  a7, 94
    ecall

    .section .rodata
    .balign 4
rodata_word: .word 0x12345678
    .data
    .balign 4
data_code:
    .word 0x00000513     /* li a0, 0 */
    .word 0x05d00893     /* li a7, 93 */
    .word 0x00000073     /* ecall */
data_end:
