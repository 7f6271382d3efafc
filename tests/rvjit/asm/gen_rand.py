#!/usr/bin/env python3
"""Random RV64GC instruction streams for differential testing of rvjit.

    python3 gen_rand.py --seed N [--ops 1200] [--every 30] [--faults | --raw] -o out.s

Writes one self-contained program (no libc) that runs a random, seeded
stream of RV64I/M/A/F/D/Zicsr(fcsr) instructions and prints the whole
architectural state at checkpoints: one line per checkpoint,

    S<k> <fcsr> <x1> .. <x31> <f0> .. <f31> <memory hash>

in hex.  The driver (tests/rvjit/driver.py, t_random) runs it under
qemu-riscv64 and under rvjit and compares the lines; the first that
differs names the registers and the instructions of that segment (between
the `# segment k` comments of the .s file).  Built with -march=rv64gc, GNU
as compresses every instruction that has a C form, so the generator leans
towards those shapes (rd = rs1, x8..x15, small immediates, sp- and
s0-based memory).  Besides single instructions the stream has what
stresses an emulator's decode cache: the idioms its fusions look for, with
overlapping registers; loops (blocks run again, entered from a backward
branch and in the middle); calls (direct, through a register, nested,
tail jumps); self-modifying code (snippets copied to an RWX page, run,
patched, run again after fence.i).

--faults adds faulting instructions and a signal handler that prints
`F<k> <signo> <code> <addr> <pc> <x1..x31> <f0..f31> <fcsr>` from its
ucontext, changes some of it and resumes after the instruction.  --raw
adds random words over the whole encoding space (see raw()).

Nothing in the stream depends on where the emulator puts the stack or on
time: the bases point into the program's own buffer (static addresses),
counters and time CSRs are not read, no system call but write, mmap (at
fixed addresses), sigaltstack, rt_sigaction and exit.

Register roles: x2 (sp), x8 (s0) and x27 (s11) are bases into `rj_buf`
and never written by the stream; every other register, x0 included, may
be a destination.  Memory: rj_buf is 6,144 bytes (sp = buf+2048, s0 = buf,
s11 = buf+5120); the save area of the checkpoint routine follows it.
"""
import argparse
import random

from rand_harness import BUF, DUMP, HANDLER, HANDLER_SETUP, S0_OFF, S11_OFF, SAVE, SMC_SETUP, SP_OFF

BASES = {"sp": SP_OFF, "s0": S0_OFF, "s11": S11_OFF}

WRITABLE = [f"x{i}" for i in range(32) if i not in (2, 8, 27)]
READABLE = [f"x{i}" for i in range(32)]
CREG = [f"x{i}" for i in range(9, 16)]          # x8..x15 but s0 (a base)
CREG_SRC = [f"x{i}" for i in range(8, 16)]
FREG = [f"f{i}" for i in range(32)]
CFREG = [f"f{i}" for i in range(8, 16)]
RMS = ["rne", "rtz", "rdn", "rup", "rmm", "dyn"]

EDGE64 = [0, 1, 2, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000,
          0xffffffff, 0x100000000, 0x7fffffffffffffff, 0x8000000000000000,
          0xffffffffffffffff, 0xfffffffffffffffe, 0xffffffff80000000, 0xffffffff7fffffff,
          0x00000000ffff8000, 0x123456789abcdef0, 31, 32, 33, 63, 64, 65]
FEDGE_D = [0x0, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000,
           0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, 0x7ff0000000000001,
           0xfff8000000000000, 0x7fefffffffffffff, 0x0010000000000000, 0x0000000000000001,
           0x000fffffffffffff, 0x41dfffffffc00000, 0x43e0000000000000, 0xc3e0000000000000,
           0x41f0000000000000, 0x3fe0000000000000, 0x4330000000000000, 0xc1e0000000000000]
FEDGE_S = [0x0, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000, 0x7fc00000,
           0x7f800001, 0x7f7fffff, 0x00800000, 0x00000001, 0x007fffff, 0x4effffff,
           0x4f000000, 0xcf000000, 0x5f000000, 0xdf000000, 0x3f000000, 0x4b000000]


def signed(v):
    return v - 2**64 if v >= 2**63 else v


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.out = []
        self.protected = set()      # registers rd() must not pick (a loop's counter)

    def e(self, s):
        self.out.append("    " + s)

    # ---- operands --------------------------------------------------------
    def val64(self):
        r = self.r
        k = r.random()
        if k < 0.45:
            v = r.choice(EDGE64)
            if r.random() < 0.3:
                v = (-v) & (2**64 - 1)
            return v
        if k < 0.7:
            return r.getrandbits(r.choice((8, 12, 16, 32)))
        return r.getrandbits(64)

    def fval(self):
        r = self.r
        k = r.random()
        if k < 0.35:
            return r.choice(FEDGE_D)
        if k < 0.6:
            return 0xffffffff00000000 | r.choice(FEDGE_S)      # a boxed single
        if k < 0.7:
            return 0xffffffff00000000 | r.getrandbits(32)
        if k < 0.8:                                            # near 1.0: exact-ish arithmetic
            return 0x3ff0000000000000 | r.getrandbits(52) | (r.getrandbits(3) << 52)
        return r.getrandbits(64)

    def rd(self, compressed=False):
        regs = CREG if compressed else WRITABLE
        if self.protected:
            regs = [x for x in regs if x not in self.protected]
        return self.r.choice(regs)

    def scratch(self, *exclude):
        """a writable register other than x0 for an address or a temporary:
        not protected, not one of `exclude`"""
        return self.r.choice([x for x in WRITABLE
                              if x != "x0" and x not in self.protected and x not in exclude])

    def rs(self, compressed=False):
        return self.r.choice(CREG_SRC if compressed else READABLE)

    def imm12(self):
        r = self.r
        return r.choice((r.randint(-32, 31), r.randint(-2048, 2047), -2048, 2047, 0, -1, 1))

    def mem(self, size, compressed=False):
        """(base, offset) with the address inside rj_buf, aligned to size
        most of the time (misaligned accesses are legal for the
        emulators under test: both take them)."""
        r = self.r
        if compressed:
            base = r.choice(("sp", "s0"))
            if base == "sp":
                lim = 504 if size == 8 else 252      # c.ldsp / c.lwsp
            else:
                lim = 248 if size == 8 else 124      # c.ld / c.lw
            off = r.randrange(0, lim + 1, size)
            return base, off
        base = r.choice(list(BASES))
        lo = max(-2048, -BASES[base])
        hi = min(2047, BUF - size - BASES[base])
        off = r.randint(lo, hi)
        if r.random() < 0.8:
            off -= (off + BASES[base]) % size
            if off < lo:
                off += size
        return base, off

    # ---- instruction kinds -------------------------------------------------
    def alu_rr(self):
        r = self.r
        op = r.choice(("add", "sub", "sll", "slt", "sltu", "xor", "srl", "sra", "or", "and",
                       "addw", "subw", "sllw", "srlw", "sraw",
                       "mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu",
                       "mulw", "divw", "divuw", "remw", "remuw"))
        if r.random() < 0.35 and op in ("add", "sub", "xor", "or", "and", "addw", "subw"):
            d = self.rd(True)          # c.add/c.sub/c.xor/...: rd = rs1
            s2 = self.rs(op not in ("add",))
            self.e(f"{op} {d}, {d}, {s2}")
        else:
            self.e(f"{op} {self.rd()}, {self.rs()}, {self.rs()}")

    def alu_ri(self):
        r = self.r
        op = r.choice(("addi", "slti", "sltiu", "xori", "ori", "andi", "addiw",
                       "slli", "srli", "srai", "slliw", "srliw", "sraiw"))
        if op in ("slli", "srli", "srai"):
            imm = r.choice((0, 1, 31, 32, 63, r.randint(0, 63)))
        elif op in ("slliw", "srliw", "sraiw"):
            imm = r.choice((0, 1, 31, r.randint(0, 31)))
        else:
            imm = self.imm12()
        if r.random() < 0.4 and op in ("addi", "addiw", "andi", "slli", "srli", "srai"):
            d = self.rd(op in ("andi", "srli", "srai"))
            if op in ("addi", "addiw", "andi"):
                imm = r.randint(-32, 31)
            self.e(f"{op} {d}, {d}, {imm}")       # c.addi / c.addiw / c.andi / c.slli ...
        else:
            self.e(f"{op} {self.rd()}, {self.rs()}, {imm}")

    def upper(self):
        r = self.r
        k = r.random()
        if k < 0.4:
            self.e(f"lui {self.rd()}, {r.choice((1, 0xfffff, 0x80000, 0x7ffff, r.randint(1, 31), r.getrandbits(20) or 1))}")
        elif k < 0.6:
            self.e(f"auipc {self.rd()}, {r.getrandbits(20)}")
        elif k < 0.8:
            self.e(f"li {self.rd()}, {signed(self.val64())}")
        else:
            self.e(f"li {self.rd()}, {r.randint(-32, 31)}")   # c.li
            if r.random() < 0.5:
                self.e(f"mv {self.rd()}, {self.rs()}")        # c.mv

    def load(self):
        r = self.r
        if r.random() < 0.35:
            op, size = r.choice((("ld", 8), ("lw", 4)))
            base, off = self.mem(size, True)
            d = self.rd(base == "s0")
            self.e(f"{op} {d}, {off}({base})")
            return
        op, size = r.choice((("lb", 1), ("lbu", 1), ("lh", 2), ("lhu", 2), ("lw", 4), ("lwu", 4),
                             ("ld", 8)))
        base, off = self.mem(size)
        self.e(f"{op} {self.rd()}, {off}({base})")

    def store(self):
        r = self.r
        if r.random() < 0.35:
            op, size = r.choice((("sd", 8), ("sw", 4)))
            base, off = self.mem(size, True)
            self.e(f"{op} {self.rs(base == 's0')}, {off}({base})")
            return
        op, size = r.choice((("sb", 1), ("sh", 2), ("sw", 4), ("sd", 8)))
        base, off = self.mem(size)
        self.e(f"{op} {self.rs()}, {off}({base})")

    def atomic(self):
        r = self.r
        w = r.choice(("w", "d"))
        size = 4 if w == "w" else 8
        off = r.randrange(-2048, BUF - S11_OFF - size, size)
        a = self.scratch()
        order = r.choice(("", ".aq", ".rl", ".aqrl"))
        self.e(f"addi {a}, s11, {off}")
        k = r.random()
        if k < 0.25:
            # the address register stays live until the last sc
            other = [x for x in WRITABLE if x != a and x not in self.protected]
            self.e(f"lr.{w}{order} {r.choice(other)}, ({a})")
            if r.random() < 0.3:   # something between, not a memory access
                self.e(f"add {r.choice(other)}, {self.rs()}, {self.rs()}")
            if r.random() < 0.2:   # a reservation to another address (may fail)
                self.e(f"addi {a}, s11, {r.randrange(-2048, 1024 - 8, 8)}")
            self.e(f"sc.{w}{order} {r.choice(other)}, {self.rs()}, ({a})")
            if r.random() < 0.3:   # a second sc: no reservation left, it fails
                self.e(f"sc.{w} {self.rd()}, {self.rs()}, ({a})")
        else:
            op = r.choice(("amoswap", "amoadd", "amoxor", "amoand", "amoor",
                           "amomin", "amomax", "amominu", "amomaxu"))
            srcs = [x for x in READABLE if x != a]
            self.e(f"{op}.{w}{order} {self.rd()}, {r.choice(srcs)}, ({a})")

    def branch(self):
        r = self.r
        k = r.random()
        body = r.randint(0, 3)
        if k < 0.55:
            op = r.choice(("beq", "bne", "blt", "bge", "bltu", "bgeu"))
            a, b = self.rs(), self.rs()
            if r.random() < 0.2:
                b = a
            self.e(f"{op} {a}, {b}, 1f")
        elif k < 0.75:
            op = r.choice(("beqz", "bnez"))
            self.e(f"{op} {self.rs(True)}, 1f")          # c.beqz / c.bnez
        elif k < 0.85:
            self.e("j 1f")                                # c.j
        elif k < 0.93:
            self.e(f"jal {self.rd()}, 1f")
        else:
            t = self.scratch()
            self.e(f"la {t}, 1f + {r.choice((0, 1))}")     # jalr clears bit 0
            d = self.rd()
            if r.random() < 0.5 and d in ("x0", "x1"):
                self.e(f"jalr {d}, 0({t})")                # c.jr / c.jalr
            else:
                self.e(f"jalr {d}, {t}, 0")
        for _ in range(body):
            r.choice((self.alu_rr, self.alu_ri, self.upper))()
        self.out.append("1:")

    def fp_arith(self):
        r = self.r
        t = r.choice(("s", "d"))
        rm = r.choice(RMS)
        fd, a, b, c = self.r.choice(FREG), r.choice(FREG), r.choice(FREG), r.choice(FREG)
        k = r.random()
        if k < 0.35:
            op = r.choice(("fadd", "fsub", "fmul", "fdiv"))
            self.e(f"{op}.{t} {fd}, {a}, {b}, {rm}")
        elif k < 0.45:
            self.e(f"fsqrt.{t} {fd}, {a}, {rm}")
        elif k < 0.65:
            op = r.choice(("fmin", "fmax", "fsgnj", "fsgnjn", "fsgnjx"))
            self.e(f"{op}.{t} {fd}, {a}, {b}")
        elif k < 0.85:
            op = r.choice(("fmadd", "fmsub", "fnmadd", "fnmsub"))
            self.e(f"{op}.{t} {fd}, {a}, {b}, {c}, {rm}")
        else:
            op = r.choice(("feq", "flt", "fle"))
            self.e(f"{op}.{t} {self.rd()}, {a}, {b}")

    def fp_conv(self):
        r = self.r
        t = r.choice(("s", "d"))
        rm = r.choice(RMS)
        k = r.random()
        if k < 0.3:
            i = r.choice(("w", "wu", "l", "lu"))
            self.e(f"fcvt.{i}.{t} {self.rd()}, {r.choice(FREG)}, {rm}")
        elif k < 0.55:
            i = r.choice(("w", "wu", "l", "lu"))
            exact = t == "d" and i in ("w", "wu")     # no rounding: no rm field
            self.e(f"fcvt.{t}.{i} {r.choice(FREG)}, {self.rs()}" + ("" if exact else f", {rm}"))
        elif k < 0.65:
            self.e(f"fcvt.s.d {r.choice(FREG)}, {r.choice(FREG)}, {rm}")
        elif k < 0.7:
            self.e(f"fcvt.d.s {r.choice(FREG)}, {r.choice(FREG)}")
        elif k < 0.8:
            self.e(f"fmv.x.{'w' if t == 's' else 'd'} {self.rd()}, {r.choice(FREG)}")
        elif k < 0.9:
            self.e(f"fmv.{'w' if t == 's' else 'd'}.x {r.choice(FREG)}, {self.rs()}")
        else:
            self.e(f"fclass.{t} {self.rd()}, {r.choice(FREG)}")

    def fp_mem(self):
        r = self.r
        op, size = r.choice((("flw", 4), ("fld", 8), ("fsw", 4), ("fsd", 8)))
        if op == "fld" or op == "fsd":
            if r.random() < 0.4:                      # c.fld / c.fsd / c.fldsp / c.fsdsp
                base, off = self.mem(8, True)
                f = r.choice(CFREG) if base == "s0" else r.choice(FREG)
                self.e(f"{op} {f}, {off}({base})")
                return
        base, off = self.mem(size)
        self.e(f"{op} {r.choice(FREG)}, {off}({base})")

    def fp_csr(self):
        r = self.r
        k = r.random()
        if k < 0.3:
            self.e(f"fsrmi {r.randint(0, 4)}")
        elif k < 0.45:
            self.e(f"fsflagsi {r.randint(0, 31)}")
        elif k < 0.6:
            self.e(f"{r.choice(('frflags', 'frcsr', 'frrm'))} {self.rd()}")
        elif k < 0.8:
            op = r.choice(("csrrw", "csrrs", "csrrc"))
            self.e(f"{op} {self.rd()}, fflags, {self.rs()}")
        else:
            op = r.choice(("csrrwi", "csrrsi", "csrrci"))
            self.e(f"{op} {self.rd()}, fflags, {r.randint(0, 31)}")

    def misc(self):
        r = self.r
        k = r.random()
        if k < 0.3:
            self.e(r.choice(("fence", "fence rw, rw", "fence.i", "nop", "fence r, w")))
        elif k < 0.6:
            d = r.choice(CREG)                            # c.addi4spn
            self.e(f"addi {d}, sp, {r.randrange(4, 1021, 4)}")
        else:                                             # c.addi16sp, back and forth
            n = r.randrange(16, 497, 16) * r.choice((1, -1))
            self.e(f"addi sp, sp, {n}")
            r.choice((self.alu_rr, self.alu_ri))()
            self.e(f"addi sp, sp, {-n}")

    # ---- loops: a body of 2..12 instructions run 1..40 times, so blocks are
    # found in the decode cache again, entered from a backward branch and
    # in the middle (forward skips inside the body); the counter is out of
    # reach of the body's destinations (only kinds that pick them by rd())
    def loop(self):
        r = self.r
        cnt = r.choice([f"x{i}" for i in list(range(16, 27)) + list(range(28, 32))])
        self.e(f"li {cnt}, {r.randint(1, 40)}")
        self.protected.add(cnt)
        self.out.append("2:")
        for _ in range(r.randint(2, 12)):
            k = r.choice(("alu_rr", "alu_rr", "alu_ri", "alu_ri", "upper", "load", "store",
                          "fp_arith", "fp_conv", "fp_mem", "fp_csr", "skip"))
            if k == "skip":
                op = r.choice(("beq", "bne", "blt", "bgeu"))
                self.e(f"{op} {self.rs()}, {self.rs()}, 1f")
                for _ in range(r.randint(1, 3)):
                    r.choice((self.alu_rr, self.alu_ri))()
                self.out.append("1:")
            else:
                getattr(self, k)()
        self.e(f"addi {cnt}, {cnt}, -1")
        self.e(f"bnez {cnt}, 2b")
        self.protected.discard(cnt)

    # ---- self-modifying code: straight-line snippets (assembled without C,
    # every instruction 4 bytes, ending with ret) are copied to an RWX page
    # mapped at a fixed address, run after fence.i, then one of their
    # instructions is overwritten with one from another snippet, and run
    # again: the decode cache must see the new code.  Snippets never write
    # x1 (their return address).
    SMC_PAGE = 0x2100000000
    NTPL = 6

    def make_templates(self):
        r = self.r
        saved, self.out = self.out, []
        self.protected.add("x1")
        self.out.append("    .option push")
        self.out.append("    .option norvc")
        for i in range(self.NTPL):
            self.out.append(f"rj_tpl{i}:")
            for _ in range(r.randint(2, 12)):
                getattr(self, r.choice(("alu_rr", "alu_ri", "alu_ri", "load", "store",
                                        "fp_arith", "fp_conv", "fp_mem")))()
            self.e("ret")
            self.out.append(f"rj_tpl{i}_end:")     # li expands: the copy runs to here
        self.out.append("    .option pop")
        self.protected.discard("x1")
        self.tpl_text, self.out = "\n".join(self.out), saved

    def smc(self):
        r = self.r
        a, b, c, d = r.sample([x for x in WRITABLE
                               if x not in ("x0", "x1") and x not in self.protected], 4)
        i = r.randrange(self.NTPL)
        off = r.randrange(0, 4096 - 128, 4)
        self.e(f"la {a}, rj_tpl{i}")
        self.e(f"la {c}, rj_tpl{i}_end")
        self.e(f"li {b}, {self.SMC_PAGE + off}")
        self.out.append("3:")
        self.e(f"lw {d}, 0({a})")
        self.e(f"sw {d}, 0({b})")
        self.e(f"addi {a}, {a}, 4")
        self.e(f"addi {b}, {b}, 4")
        self.e(f"bltu {a}, {c}, 3b")
        self.e("fence.i")
        self.e(f"li {b}, {self.SMC_PAGE + off}")
        self.e(f"jalr x1, 0({b})")
        if r.random() < 0.6:            # patch one word (not the final ret), run again
            j = r.randrange(self.NTPL)
            self.e(f"la {a}, rj_tpl{j}")
            self.e(f"la {c}, rj_tpl{i}_end - 8")
            self.e(f"la {d}, rj_tpl{i}")
            self.e(f"sub {c}, {c}, {d}")           # offset of the last word before ret
            self.e(f"li {d}, {r.randrange(0, 64, 4)}")
            self.e(f"bltu {d}, {c}, 4f")            # the patched word: min(offset, last)
            self.e(f"mv {d}, {c}")
            self.out.append("4:")
            self.e(f"lw {c}, 0({a})")              # the new word: the first of snippet j
            self.e(f"li {b}, {self.SMC_PAGE + off}")
            self.e(f"add {b}, {b}, {d}")
            self.e(f"sw {c}, 0({b})")
            self.e("fence.i")
            self.e(f"li {b}, {self.SMC_PAGE + off}")
            self.e(f"jalr x1, 0({b})")

    # ---- calls: functions after the stream, called directly (the decode
    # cache follows direct jumps and calls into a superblock), through a
    # register, or as auipc + jalr; a function may call a later one (ra
    # kept on the stack) or end in a tail jump to it.  Bodies never write
    # x1 and have no memory access (sp moves while ra is saved).
    NFUN = 6

    def make_functions(self):
        r = self.r
        saved, self.out = self.out, []
        self.protected.add("x1")
        for i in range(self.NFUN):
            self.out.append(f"rj_fn{i}:")
            for _ in range(r.randint(1, 8)):
                getattr(self, r.choice(("alu_rr", "alu_ri", "upper", "fp_arith", "fp_conv")))()
            later = i + 1 < self.NFUN
            k = r.random()
            if later and k < 0.3:
                self.e("addi sp, sp, -16")
                self.e("sd ra, 8(sp)")
                self.e(f"jal ra, rj_fn{r.randrange(i + 1, self.NFUN)}")
                self.e("ld ra, 8(sp)")
                self.e("addi sp, sp, 16")
                self.alu_ri()
                self.e("ret")
            elif later and k < 0.45:
                self.e(f"j rj_fn{r.randrange(i + 1, self.NFUN)}")     # tail call
            else:
                self.e("ret")
        self.protected.discard("x1")
        self.fn_text, self.out = "\n".join(self.out), saved

    def call(self):
        r = self.r
        f = f"rj_fn{r.randrange(self.NFUN)}"
        k = r.random()
        if k < 0.5:
            self.e(f"jal ra, {f}")
        elif k < 0.8:
            t = self.scratch("x1")
            self.e(f"la {t}, {f}")
            self.e(f"jalr ra, 0({t})")
        else:
            self.e(f"call {f}")                       # auipc ra + jalr ra

    # ---- the decode cache's fusions (rvjit/cache.c), with the register
    # overlaps that make them hard: a load whose destination is the next
    # base, a store of its own base, runs of 8-byte loads/stores (LD2/SD2
    # pairs, LD4..8/SD4..8 runs), kind op + load/store/branch/jr, load +
    # kind op or branch, auipc + load/store, frflags/compare/fsflags ----
    def tmp_base(self):
        """a writable register made to point into rj_buf: (reg, offset of
        rj_buf it points to)"""
        r = self.r
        t = self.scratch()
        off = r.randrange(-1024, 1024, 8)
        self.e(f"addi {t}, s11, {off}")
        return t, S11_OFF + off

    def idiom(self):
        r = self.r
        k = r.randrange(9)
        if k in (0, 1):                       # runs of 8-byte loads or stores
            t, toff = self.tmp_base()
            bases = {"sp": SP_OFF, "s0": S0_OFF, "s11": S11_OFF, t: toff}
            b0 = r.choice(list(bases))
            off0 = r.randrange(-bases[b0] if bases[b0] < 2048 else -2048, 1, 8)
            for i in range(r.randint(2, 9)):
                if r.random() < 0.25:
                    b0 = r.choice(list(bases))
                    off0 = r.randrange(max(-2048, -bases[b0]), min(2047, BUF - 8 - bases[b0]) - 80, 8)
                off = off0 + 8 * i
                if not (0 <= bases[b0] + off <= BUF - 8 and -2048 <= off <= 2047):
                    off = 0
                if k == 0:
                    if r.random() < 0.3:
                        self.e(f"fld {r.choice(FREG)}, {off}({b0})")
                    else:
                        d = r.choice(WRITABLE)
                        self.e(f"ld {d}, {off}({b0})")
                        if d in bases:        # the base is overwritten: no longer one
                            del bases[d]
                            if b0 == d:
                                b0 = "s11"
                                off0 = -8 * (i + 1)
                else:
                    if r.random() < 0.3:
                        self.e(f"fsd {r.choice(FREG)}, {off}({b0})")
                    else:
                        self.e(f"sd {r.choice(READABLE)}, {off}({b0})")
        elif k == 2:                          # kind op + load/store through its result
            t, toff = self.tmp_base()
            op, size = r.choice((("ld", 8), ("lw", 4), ("lbu", 1), ("sd", 8), ("sw", 4), ("sb", 1)))
            off = r.randrange(0, 64, size)
            if op[0] == "l":
                self.e(f"{op} {r.choice((t, self.rd()))}, {off}({t})")
            else:
                self.e(f"{op} {r.choice((t, self.rs()))}, {off}({t})")
        elif k == 3:                          # load + kind op on what it loaded
            op, size = r.choice((("ld", 8), ("lw", 4), ("lbu", 1)))
            base, off = self.mem(size)
            d = self.rd()
            self.e(f"{op} {d}, {off}({base})")
            k2 = r.choice(("add", "sub", "and", "xor", "sltu", "addw"))
            self.e(f"{k2} {self.rd()}, {r.choice((d, self.rs()))}, {r.choice((d, self.rs()))}"
                   if r.random() < 0.6 else f"addi {self.rd()}, {d}, {self.imm12()}")
        elif k == 4:                          # load + branch on it, kind op + branch
            if r.random() < 0.5:
                op, size = r.choice((("ld", 8), ("lw", 4), ("lbu", 1)))
                base, off = self.mem(size)
                d = self.rd()
                self.e(f"{op} {d}, {off}({base})")
            else:
                d = self.rd()
                self.e(r.choice((f"addi {d}, {self.rs()}, {self.imm12()}",
                                 f"slt {d}, {self.rs()}, {self.rs()}",
                                 f"and {d}, {self.rs()}, {self.rs()}")))
            br = r.choice(("beq", "bne", "blt", "bge", "bltu", "bgeu", "beqz", "bnez"))
            if br in ("beqz", "bnez"):
                self.e(f"{br} {d}, 1f")
            else:
                a, b = (d, self.rs()) if r.random() < 0.5 else (self.rs(), d)
                self.e(f"{br} {a}, {b}, 1f")
            for _ in range(r.randint(0, 2)):
                self.alu_ri()
            self.out.append("1:")
        elif k == 5:                          # kind op + jr (a computed jump)
            t = self.scratch()
            y, z = r.randrange(-64, 64, 2), r.randrange(-64, 64, 2)
            self.e(f"la {t}, 1f - {y + z}")
            self.e(f"addi {t}, {t}, {y}")
            self.e(f"jalr {r.choice(('x0', 'x0', self.rd()))}, {z}({t})")
            for _ in range(r.randint(0, 2)):
                self.alu_ri()
            self.out.append("1:")
        elif k == 6:                          # frflags X; flt Y, a, b; fsflags X
            x = self.rd()
            y = r.choice((x, self.rd(), self.rd()))
            t = r.choice(("s", "d"))
            self.e(f"frflags {x}")
            self.e(f"{r.choice(('flt', 'fle', 'feq'))}.{t} {y}, {r.choice(FREG)}, {r.choice(FREG)}")
            self.e(f"fsflags {x}")
        elif k == 7:                          # auipc + load / store (pc-relative symbol)
            off = r.randrange(0, BUF - 8, r.choice((1, 4, 8)))
            op = r.choice(("ld", "lw", "lbu", "lh", "fld", "flw", "sd", "sw", "sb", "fsd"))
            tmp = self.scratch()
            if op in ("ld", "lw", "lbu", "lh"):
                self.e(f"{op} {self.scratch()}, rj_buf + {off}")
            elif op[0] == "f":
                self.e(f"{op} {r.choice(FREG)}, rj_buf + {off}, {tmp}")
            else:
                self.e(f"{op} {self.rs()}, rj_buf + {off}, {tmp}")
        else:                                 # two kind ops (pair handlers), dependent
            d = self.rd()
            self.e(f"addi {d}, {self.rs()}, {self.imm12()}")
            self.e(f"{r.choice(('add', 'sub', 'sll', 'srl', 'or', 'xor', 'slt', 'addw', 'subw'))} "
                   f"{r.choice((d, self.rd()))}, {r.choice((d, self.rs()))}, {r.choice((d, self.rs()))}")

    # ---- precise faults (--faults): an access to an unmapped page, an
    # illegal instruction, ebreak, a dynamic rounding mode while frm is
    # invalid, alone or as one half of what the decode cache fuses.  The
    # guest's handler prints the signal, its code and address, the pc and
    # every register from the ucontext, then resumes after the instruction.
    BAD = (0, 8, 0x800, 0xff8, 0x1000, 0x7ff0, 0xfff8)

    def bad_base(self):
        t = self.scratch()
        self.e(f"li {t}, {self.r.choice(self.BAD)}")
        return t

    def fault(self):
        r = self.r
        k = r.randrange(8)
        if k == 0:                                # one access
            t = self.bad_base()
            op = r.choice(("lb", "lhu", "lw", "ld", "flw", "fld", "sb", "sh", "sw", "sd", "fsd"))
            off = r.randrange(0, 64, 8)
            reg = r.choice(FREG) if op[0] == "f" else self.rd() if op[0] == "l" else self.rs()
            self.e(f"{op} {reg}, {off}({t})")
        elif k == 1:                              # a pair or run of 8-byte accesses, one faults
            t = self.bad_base()
            n = r.randint(2, 8)
            at = r.randrange(n)
            st = r.random() < 0.5
            good = r.choice(("sp", "s0"))
            for i in range(n):
                base, off = (t, 8 * i) if i == at else (good, 8 * i + 64)
                if st:
                    self.e(f"sd {self.rs()}, {off}({base})")
                else:
                    d = self.scratch(t)
                    self.e(f"ld {d}, {off}({base})")
        elif k == 2:                              # kind op + access through its result
            t = self.scratch()
            self.e(f"addi {t}, x0, {r.choice((0, 8, 0x400, 0x7f8, -8, -2048))}")
            op = r.choice(("ld", "lw", "lbu", "sd", "sw", "sb"))
            self.e(f"{op} {r.choice((t, self.rd()) if op[0] == 'l' else (t, self.rs()))}, 0({t})")
        elif k == 3:                              # load + branch on it
            t = self.bad_base()
            d = self.rd()
            self.e(f"{r.choice(('ld', 'lw', 'lbu'))} {d}, 0({t})")
            self.e(f"bnez {d}, 1f")
            self.alu_ri()
            self.out.append("1:")
        elif k == 4:                              # atomics
            t = self.bad_base()
            w = r.choice(("w", "d"))
            self.e(r.choice((f"amoadd.{w} {self.rd()}, {self.rs()}, ({t})",
                             f"amoswap.{w} {self.rd()}, {self.rs()}, ({t})",
                             f"lr.{w} {self.rd()}, ({t})",
                             f"sc.{w} {self.rd()}, {self.rs()}, ({t})")))
        elif k == 5:                              # illegal instructions, breakpoints
            self.e(r.choice(("unimp", "ebreak", ".2byte 0x9002", ".4byte 0xffffffff",   # 0x9002: c.ebreak
                             ".2byte 0x0000", "csrw cycle, x0", ".4byte 0x0000007f")))
        elif k == 6:                              # a dynamic rounding mode with frm invalid
            t = r.choice(("s", "d"))
            self.e(f"fsrmi {r.choice((5, 6, 7))}")
            self.e(f"fadd.{t} {r.choice(FREG)}, {r.choice(FREG)}, {r.choice(FREG)}")
            if r.random() < 0.5:                  # a static mode still works
                self.e(f"fmul.{t} {r.choice(FREG)}, {r.choice(FREG)}, {r.choice(FREG)}, rtz")
            self.e(f"fsrmi {r.randint(0, 4)}")
        else:                                     # kind op whose pair partner faults
            d = self.rd()
            self.e(f"addi {d}, {self.rs()}, {self.imm12()}")
            t = self.bad_base()
            self.e(f"sw {d}, 4({t})")

    # ---- raw encodings (--raw): random 32- and 16-bit words over the whole
    # encoding space, reserved and illegal ones included (the handler skips
    # what traps), minus what would leave the stream or the test's frame:
    # control transfers, auipc, ecall/ebreak/xRET/wfi (SYSTEM funct3 0),
    # counters and time (CSRs 0xc00..0xc1f), the entropy CSR, writes to
    # the bases sp, s0, s11, and two places where qemu 7.2 differs from
    # Linux on hardware (below).  Compared with qemu -cpu
    # rv64,zba=false,zbb=false,zbc=false,zbs=false: RV64GC (qemu's default
    # rv64 also decodes Zb*; its sifive-u54 has fmin/fmax of the 1.10 spec).
    BASE_REGS = (2, 8, 27)

    def raw_ok32(self, w):
        op, rd, f3 = w & 0x7f, (w >> 7) & 31, (w >> 12) & 7
        if op in (0x63, 0x6f, 0x67, 0x17, 0x57):
            return False
        if op in (0x07, 0x27) and f3 not in (2, 3):
            return False      # vector loads/stores: qemu 7.2 runs some with V off
        if op == 0x2f and w >> 27 == 3:
            return False      # sc without a reservation: qemu fails it untrapped even when
            #                   misaligned or unmapped (Linux and rvjit: SIGBUS / SIGSEGV)
        if op == 0x73:
            csr = w >> 20
            if (w >> 12) & 7 == 0 or 0xc00 <= csr <= 0xc1f or csr == 0x015:
                return False
        if op in (0x03, 0x13, 0x1b, 0x33, 0x3b, 0x37, 0x2f, 0x73, 0x53) and rd in self.BASE_REGS:
            return False
        return True

    def raw_ok16(self, h):
        q, f3 = h & 3, (h >> 13) & 7
        rd, rdp, rs2 = (h >> 7) & 31, (h >> 2) & 7, (h >> 2) & 31
        if q == 0:
            return not (f3 in (0, 2, 3) and rdp == 0)           # c.addi4spn, c.lw, c.ld to s0
        if q == 1:
            if f3 in (5, 6, 7):                                  # c.j, c.beqz, c.bnez
                return False
            if f3 == 4:
                return (h >> 7) & 7 != 0                          # rd' = s0
            return rd not in self.BASE_REGS                       # c.addi(w), c.li, c.lui/addi16sp
        if f3 == 4:
            if rs2 == 0:                                          # c.jr, c.jalr, c.ebreak
                return False
            return rd not in self.BASE_REGS                       # c.mv, c.add
        if f3 in (0, 2, 3):                                       # c.slli, c.lwsp, c.ldsp
            return rd not in self.BASE_REGS
        return True

    def raw(self):
        r = self.r
        while True:
            if r.random() < 0.4:
                h = r.getrandbits(16)
                if h & 3 != 3 and self.raw_ok16(h):
                    self.e(f".2byte {h:#06x}")
                    return
            else:
                w = r.getrandbits(32) | 3
                if r.random() < 0.6:          # the major opcodes GC defines, more often
                    w = (w & ~0x7f) | r.choice((0x03, 0x07, 0x0f, 0x13, 0x1b, 0x23, 0x27, 0x2f, 0x33,
                                                0x37, 0x3b, 0x43, 0x47, 0x4b, 0x4f, 0x53, 0x73))
                if self.raw_ok32(w):
                    self.e(f".4byte {w:#010x}")
                    return

    KINDS = (("alu_rr", 22), ("alu_ri", 18), ("upper", 6), ("load", 8), ("store", 7),
             ("atomic", 4), ("branch", 6), ("fp_arith", 12), ("fp_conv", 9), ("fp_mem", 4),
             ("fp_csr", 3), ("misc", 1), ("idiom", 10), ("loop", 3), ("smc", 2), ("call", 3))

    def program(self, ops, every, faults=False, raw=False):
        r = self.r
        faults = faults or raw
        kinds = self.KINDS + ((("fault", 4),) if faults else ()) + ((("raw", 60),) if raw else ())
        names = [k for k, _ in kinds]
        weights = [w for _, w in kinds]
        o = self.out
        self.make_templates()
        self.make_functions()
        o += ["    .option nopic", "    .text", "    .globl _start", "_start:"]
        if faults:
            o.append(HANDLER_SETUP)
        o.append(SMC_SETUP % self.SMC_PAGE)
        self.e("la s0, rj_buf")
        self.e(f"li sp, {SP_OFF}")
        self.e("add sp, s0, sp")
        self.e("li s11, %d" % S11_OFF)
        self.e("add s11, s0, s11")
        self.e("csrwi fcsr, 0")
        for i in range(32):                  # fp registers first, through x5
            self.e(f"li x5, {signed(self.fval())}")
            self.e(f"fmv.d.x f{i}, x5")
        for x in WRITABLE:
            if x != "x0":
                self.e(f"li {x}, {signed(self.val64())}")
        self.e(f"fsrmi {r.randint(0, 4)}")
        self.checkpoint()
        seg = 0
        for n in range(ops):
            if n % every == 0:
                seg += 1
                o.append(f"# segment {seg}")
            getattr(self, r.choices(names, weights)[0])()
            if n % every == every - 1:
                self.checkpoint()
        if ops % every:
            self.checkpoint()
        self.e("li a0, 0")
        self.e("li a7, 94")
        self.e("ecall")
        o.append(DUMP)
        o.append(self.tpl_text)
        o.append(self.fn_text)
        if faults:
            o.append(HANDLER)
        o.append("    .data")
        o.append("    .balign 16")
        o.append("rj_buf:")
        for _ in range(BUF // 8):
            o.append(f"    .dword {r.getrandbits(64):#x}")
        o.append("    .space %d" % (8 * 72))     # the save area, at s11 + SAVE
        o.append("    .bss")
        o.append("rj_line: .space 1280")
        return "\n".join(o) + "\n"

    def checkpoint(self):
        self.e(f"sd x1, {SAVE + 8}(s11)")
        self.e("jal x1, rj_dump")
        self.e(f"ld x1, {SAVE + 8}(s11)")




def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--ops", type=int, default=1200)
    ap.add_argument("--every", type=int, default=30)
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--faults", action="store_true",
                    help="install a signal handler and add faulting instructions")
    ap.add_argument("--raw", action="store_true",
                    help="add random encodings (implies --faults; compare with qemu -cpu "
                         "rv64,zba=false,zbb=false,zbc=false,zbs=false)")
    a = ap.parse_args()
    text = Gen(a.seed).program(a.ops, a.every, a.faults, a.raw)
    with open(a.out, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
