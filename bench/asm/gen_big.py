#!/usr/bin/env python3
"""Generate a large GNU Intel-syntax assembly file of general-purpose x86-64
forms, for timing the standalone assembler (jas) against GNU as.

    gen_big.py [--lines N] [--seed S] OUT.s

Every 16 lines a label; branches go to the previous and the next label
(numeric local labels and named ones), so both assemblers relax branches.
The file is deterministic for a given seed."""
import argparse
import random

R64 = "rax rcx rdx rbx rsp rbp rsi rdi r8 r9 r10 r11 r12 r13 r14 r15".split()
R32 = "eax ecx edx ebx esp ebp esi edi r8d r9d r10d r11d r12d r13d r14d r15d".split()
R16 = "ax cx dx bx sp bp si di r8w r9w r10w r11w r12w r13w r14w r15w".split()
R8 = "al cl dl bl spl bpl sil dil r8b r9b r10b r11b r12b r13b r14b r15b".split()
ALU = "add sub and or xor cmp adc sbb".split()
SHIFT = "shl shr sar rol ror".split()
CC = "e ne l le g ge b be a ae s ns o no p np".split()
NOSP = [r for r in R64 if r != "rsp"]


def mem(rnd, size=None):
    base = rnd.choice(R64)
    parts = [base]
    if rnd.random() < 0.4:
        parts.append("%s*%d" % (rnd.choice(NOSP), rnd.choice((1, 2, 4, 8))))
    d = rnd.choice((0, 0, 8, -16, 0x40, 0x7f, -0x80, 0x100, 0x12345, -0x4000))
    s = "+".join(parts)
    if d > 0:
        s += "+0x%x" % d
    elif d < 0:
        s += "-0x%x" % -d
    p = "[%s]" % s
    return ("%s PTR %s" % (size, p)) if size else p


def imm(rnd, bits):
    if bits == 8:
        return str(rnd.randint(-128, 127))
    if bits == 32:
        return rnd.choice((str(rnd.randint(-2**31, 2**31 - 1)), "0x%x" % rnd.randint(0, 2**31 - 1),
                           str(rnd.randint(-128, 127))))
    return "0x%x" % rnd.randint(2**33, 2**62)


def line(rnd, lab, nlab):
    k = rnd.randrange(30)
    r64, r64b = rnd.choice(R64), rnd.choice(R64)
    r32, r32b = rnd.choice(R32), rnd.choice(R32)
    if k == 0: return "mov %s, %s" % (r64, r64b)
    if k == 1: return "mov %s, %s" % (r32, imm(rnd, 32))
    if k == 2: return "mov %s, %s" % (r64, str(rnd.randint(-2**31, -1)))
    if k == 3: return "movabs %s, %s" % (r64, imm(rnd, 64))
    if k == 4: return "mov %s, %s" % (r64, mem(rnd, "QWORD"))
    if k == 5: return "mov %s, %s" % (mem(rnd, "QWORD"), r64)
    if k == 6: return "mov %s, %s" % (mem(rnd, "DWORD"), r32)
    if k == 7: return "%s %s, %s" % (rnd.choice(ALU), r64, r64b)
    if k == 8: return "%s %s, %s" % (rnd.choice(ALU), r32, r32b)
    if k == 9: return "%s %s, %s" % (rnd.choice(ALU), r64, imm(rnd, 8))
    if k == 10: return "%s %s, %s" % (rnd.choice(ALU), r32, imm(rnd, 32))
    if k == 11: return "%s %s, %s" % (rnd.choice(ALU), r64, mem(rnd, "QWORD"))
    if k == 12: return "%s %s, %s" % (rnd.choice(ALU), mem(rnd, "DWORD"), r32)
    if k == 13: return "test %s, %s" % (r64, r64b)
    if k == 14: return "lea %s, %s" % (r64, mem(rnd))
    if k == 15: return "imul %s, %s" % (r64, r64b)
    if k == 16: return "imul %s, %s, %s" % (r32, r32b, imm(rnd, 32))
    if k == 17: return "%s %s, %d" % (rnd.choice(SHIFT), r64, rnd.randint(1, 63))
    if k == 18: return "%s %s" % (rnd.choice(("inc", "dec", "neg", "not")), rnd.choice((r64, r32)))
    if k == 19: return "push %s" % r64
    if k == 20: return "pop %s" % r64
    if k == 21: return "movzx %s, %s" % (r32, rnd.choice(R8))
    if k == 22: return "movsx %s, %s" % (r64, rnd.choice(R16))
    if k == 23: return "cmov%s %s, %s" % (rnd.choice(CC), r64, r64b)
    if k == 24: return "set%s %s" % (rnd.choice(CC), rnd.choice(R8))
    if k == 25: return "j%s %s" % (rnd.choice(CC), rnd.choice(("1b", "1f")))
    if k == 26: return "j%s L%d" % (rnd.choice(CC), min(nlab - 1, lab + rnd.choice((1, 2, 8))))
    if k == 27: return "jmp L%d" % max(0, lab - rnd.choice((0, 1, 3)))
    if k == 28: return "call L%d" % rnd.randrange(nlab)
    return "xor %s, %s" % (r32, r32)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--lines", type=int, default=1000000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    nlab = a.lines // 16 + 1
    out = [".intel_syntax noprefix", ".text"]
    n = 0
    lab = 0
    while n < a.lines:
        if n % 16 == 0:
            out.append("L%d:" % lab)
            out.append("1:")
            lab += 1
            n += 2
            continue
        out.append(line(rnd, lab - 1, nlab))
        n += 1
    while lab < nlab:
        out.append("L%d:" % lab)
        lab += 1
    out.append("1:")
    out.append("ret")
    with open(a.out, "w") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
