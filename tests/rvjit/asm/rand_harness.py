"""The guest side of gen_rand.py's programs, the same in every one: the
checkpoint routine that prints the machine state, the signal handler of
--faults, and the set-up of the pages they use.  Assembly text (GNU as,
riscv64), built once at import.

Memory: rj_buf is BUF bytes; the stream's bases are sp = buf + SP_OFF,
s0 = buf + S0_OFF, s11 = buf + S11_OFF; the checkpoint routine's save area
(slots of 8 bytes: fcsr, x1..x31, f0..f31, the memory hash, the count)
follows rj_buf, at s11 + SAVE.
"""

BUF = 6144
SP_OFF, S0_OFF, S11_OFF = 2048, 0, 5120
SAVE = 1024


# the line being printed is built at a1 in rj_line
def _putc(a, ch, label=""):
    """append the character ch (an assembler expression) at a1"""
    a(f"{label or '    '}li t0, {ch}")
    a("    sb t0, 0(a1)")
    a("    addi a1, a1, 1")


def _write_line(a):
    """end the line at a1 with a newline and write(1, rj_line, length)"""
    _putc(a, 10)
    a("    la t0, rj_line")
    a("    sub a2, a1, t0")
    a("    mv a1, t0")
    a("    li a0, 1")
    a("    li a7, 64")
    a("    ecall")


# The checkpoint routine: saves x2..x31 (x1 by the caller), f0..f31 and
# fcsr in the save area, prints one line, restores the integer registers.
# It uses neither x1 (its return address) nor s11 (the save area's base).
def _dump():
    L = ["rj_dump:"]
    a = L.append
    for i in range(2, 32):
        if i != 27:
            a(f"    sd x{i}, {SAVE + 8 * i}(s11)")
    for i in range(32):
        a(f"    fsd f{i}, {SAVE + 8 * (32 + i)}(s11)")
    a("    frcsr t0")
    a(f"    sd t0, {SAVE}(s11)")
    a(f"    sd s11, {SAVE + 8 * 27}(s11)")
    # memory hash over rj_buf: h = rotl(h, 5) ^ dword, 768 dwords
    a(f"    li t0, {-S11_OFF}")
    a("    add t0, s11, t0")
    a(f"    li t1, {BUF // 8}")
    a("    li t2, 0")
    a("1:  ld t3, 0(t0)")
    a("    slli t4, t2, 5")
    a("    srli t2, t2, 59")
    a("    or t2, t2, t4")
    a("    xor t2, t2, t3")
    a("    addi t0, t0, 8")
    a("    addi t1, t1, -1")
    a("    bnez t1, 1b")
    a(f"    sd t2, {SAVE + 8 * 64}(s11)")
    # the line: 'S' counter, then 66 words (fcsr, x1..x31 at slots 1..31 with
    # x27 shown, f0..f31 at 32..63, hash at 64)
    a("    la a1, rj_line")
    _putc(a, "'S'")
    a(f"    ld a0, {SAVE + 8 * 65}(s11)")
    a("    addi t0, a0, 1")
    a(f"    sd t0, {SAVE + 8 * 65}(s11)")
    a("    jal t5, rj_hex")
    a("    li a2, 0")                     # slot index
    a(f"    addi a3, s11, {SAVE}")
    _putc(a, "' '", "2:  ")
    a("    ld a0, 0(a3)")
    a("    jal t5, rj_hex")
    a("    addi a3, a3, 8")
    a("    addi a2, a2, 1")
    a("    li t0, 65")
    a("    blt a2, t0, 2b")
    _write_line(a)
    for i in range(2, 32):
        if i != 27:
            a(f"    ld x{i}, {SAVE + 8 * i}(s11)")
    a("    ret")
    # rj_hex: 16 hex digits of a0 at a1 (clobbers t0..t2; called with
    # jal t5, since x1 holds rj_dump's return address)
    a("rj_hex:")
    a("    li t2, 60")
    a("3:  srl t0, a0, t2")
    a("    andi t0, t0, 15")
    a("    li t1, 10")
    a("    blt t0, t1, 4f")
    a("    addi t0, t0, 'a' - 10 - '0'")
    a("4:  addi t0, t0, '0'")
    a("    sb t0, 0(a1)")
    a("    addi a1, a1, 1")
    a("    addi t2, t2, -4")
    a("    bgez t2, 3b")
    a("    jr t5")
    return "\n".join(L)


DUMP = _dump()

# the page the snippets run in (smc), at a fixed address: what auipc gives
# there is the same under every emulator
SMC_SETUP = "\n".join("    " + x for x in [
    "li a0, %#x",
    "li a1, 4096",
    "li a2, 7",                         # PROT_READ | PROT_WRITE | PROT_EXEC
    "li a3, 0x100022",                  # MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE
    "li a4, -1",
    "li a5, 0",
    "li a7, 222",
    "ecall",
])

# --faults: SIGSEGV, SIGBUS, SIGILL and SIGTRAP go to rj_handler on an
# alternate stack (the stream's sp points into rj_buf, which a signal frame
# would overwrite).  It prints what the ucontext holds, changes some of it
# (an x register, an f register, fcsr) and resumes after the instruction.  Linux's riscv64 ucontext: uc_mcontext at 176, pc then
# x1..x31, f0..f31 at 432, fcsr at 688.
HANDLER_SETUP = "\n".join("    " + x for x in [
    # the alternate stack: mapped far from what the stream can reach (its
    # frames differ between emulators; a stray load from .bss could see them)
    "li a0, 0x2000000000",
    "li a1, 16384",
    "li a2, 3",
    "li a3, 0x100022",                  # MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE
    "li a4, -1",
    "li a5, 0",
    "li a7, 222",
    "ecall",
    "la a1, rj_altstack_t",
    "sd a0, 0(a1)",
    "la a0, rj_altstack_t",             # sigaltstack({that, 0, 16384}, 0)
    "li a1, 0",
    "li a7, 132",
    "ecall",
] + sum([[f"li a0, {sig}", "la a1, rj_sigact", "li a2, 0", "li a3, 8", "li a7, 134", "ecall"]
         for sig in (4, 5, 7, 11)], []))


def _handler():
    L = ["rj_handler:", "    mv s1, a1", "    mv s2, a2", "    mv s3, a0"]
    a = L.append
    a("    la a1, rj_line")
    _putc(a, "'F'")
    a("    la s4, rj_fcount")
    a("    ld a0, 0(s4)")
    a("    addi t0, a0, 1")
    a("    sd t0, 0(s4)")
    a("    jal t5, rj_hex")
    # signo, si_code, si_addr -- the address shown as 0 from 2^32 on, and
    # the code as 0 then and for address 0: for an address outside its
    # guest space qemu-user reports address 0 with SEGV_MAPERR or
    # SEGV_ACCERR (Linux and rvjit: the address, SEGV_MAPERR)
    words = ["mv a0, s3",
             "lw a0, 8(s1)\n    ld t0, 16(s1)\n    addi t0, t0, -1\n    srli t0, t0, 32\n"
             "    beqz t0, 7f\n    li a0, 0\n7:",
             "ld a0, 16(s1)\n    srli t0, a0, 32\n    beqz t0, 6f\n    li a0, 0\n6:"]
    words += [f"ld a0, {176 + 8 * i}(s2)" for i in range(32)]      # pc, x1..x31
    words += [f"ld a0, {432 + 8 * i}(s2)" for i in range(32)]      # f0..f31
    words += ["lwu a0, 688(s2)"]                                    # fcsr
    for w in words:
        _putc(a, "' '")
        a("    " + w)
        a("    jal t5, rj_hex")
    _write_line(a)
    # change the context it returns to (sigreturn must apply it): flip
    # x5, x6 or x7, the sign of f[count % 32], and set fcsr to frm
    # count % 5 with flags count & 31
    a("    ld t3, 0(s4)")
    a("    li t4, 3")
    a("    remu t4, t3, t4")
    a("    slli t4, t4, 3")
    a("    add t4, t4, s2")
    a("    ld t1, 216(t4)")                    # 176 + 8 * 5
    a("    li t2, 0x5a5a5a5a5a5a5a5a")
    a("    xor t1, t1, t2")
    a("    sd t1, 216(t4)")
    a("    andi t4, t3, 31")
    a("    slli t4, t4, 3")
    a("    add t4, t4, s2")
    a("    ld t1, 432(t4)")
    a("    li t2, 1")
    a("    slli t2, t2, 63")
    a("    xor t1, t1, t2")
    a("    sd t1, 432(t4)")
    a("    li t4, 5")
    a("    remu t4, t3, t4")
    a("    slli t4, t4, 5")
    a("    andi t1, t3, 31")
    a("    or t4, t4, t1")
    a("    sw t4, 688(s2)")
    # resume after the instruction: 4 bytes, or 2 for a compressed one
    a("    ld t0, 176(s2)")
    a("    lhu t1, 0(t0)")
    a("    andi t1, t1, 3")
    a("    li t2, 3")
    a("    addi t0, t0, 2")
    a("    bne t1, t2, 5f")
    a("    addi t0, t0, 2")
    a("5:  sd t0, 176(s2)")
    a("    ret")
    a("    .data")
    a("    .balign 8")
    a("rj_sigact: .dword rj_handler, 0x08000004, 0")     # SA_SIGINFO | SA_ONSTACK
    a("rj_altstack_t: .dword 0, 0, 16384")
    a("rj_fcount: .dword 0")
    a("    .text")
    return "\n".join(L)


HANDLER = _handler()
