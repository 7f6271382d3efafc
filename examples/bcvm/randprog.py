#!/usr/bin/env python3
"""Random bcvm programs for differential testing: the interpreter and the
JIT must agree on every one (bcvm --both checks output, registers, traps).

    python3 randprog.py SEED > prog.vm

Each program sets all registers to edge values, runs a few hundred random
instructions (every opcode, registers aliased on purpose since the JIT has
special cases for rA == rB and rA == rC), forward branches, calls to small
functions, balanced push/pop, guarded memory accesses, and prints registers
along the way.  Divisions trap now and then, on purpose: the trap and its
pc must match too.  Every branch goes forward, so every program ends.
"""
import random
import sys

EDGES = [0, 1, -1, 2, 7, 63, 64, 127, 128, -128, 255, 0x7fffffff, -0x80000000,
         0x80000000, 0xffffffff, 2**63 - 1, -2**63, 0x123456789abcdef]
RRR = "add sub mul div mod and or xor shl shr sar seq sne slt sle".split()
RRI = "addi subi muli andi ori xori".split()
SHI = "shli shri sari".split()
JCC = "jeq jne jlt jle jgt jge".split()


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    rnd = random.Random(seed)
    reg = lambda: "r%d" % rnd.randrange(8)
    imm = lambda: rnd.choice(EDGES[:12] + [rnd.randrange(-2**31, 2**31)])
    out = ["; random program, seed %d (randprog.py)" % seed]
    for r in range(8):
        out.append("movi r%d, %d" % (r, rnd.choice(EDGES + [rnd.randrange(-2**63, 2**63)])))
        out.append("push r%d" % r)  # a cushion: a branch may skip a push
    nlabels = 0
    pending = []   # labels to place later: (position, name)
    pushes = 0
    n = rnd.randrange(150, 400)
    for i in range(n):
        for pos, name in [p for p in pending if p[0] == i]:
            out.append("%s:" % name)
        pending = [p for p in pending if p[0] != i]
        k = rnd.random()
        if k < 0.35:
            op = rnd.choice(RRR)
            a, b, c = reg(), reg(), reg()
            if op in ("div", "mod") and rnd.random() < 0.99:
                out.append("ori %s, %s, 1" % (c, c))  # mostly no division by zero
            out.append("%s %s, %s, %s" % (op, a, b, c))
        elif k < 0.55:
            out.append("%s %s, %s, %d" % (rnd.choice(RRI), reg(), reg(), imm()))
        elif k < 0.62:
            out.append("%s %s, %s, %d" % (rnd.choice(SHI), reg(), reg(), rnd.choice([0, 1, 2, 31, 32, 63, rnd.randrange(64)])))
        elif k < 0.68:
            out.append("%s %s, %s" % (rnd.choice(["neg", "not", "mov"]), reg(), reg()))
        elif k < 0.71:
            out.append("movi %s, %d" % (reg(), rnd.choice(EDGES)))
        elif k < 0.79:  # a forward branch over the next few instructions
            name = "L%d" % nlabels
            nlabels += 1
            pending.append((min(n, i + rnd.randrange(1, 8)), name))
            j = rnd.choice(JCC + ["jz", "jnz", "jmp"])
            if j == "jmp":
                out.append("jmp %s" % name)
            elif j in ("jz", "jnz"):
                out.append("%s %s, %s" % (j, reg(), name))
            else:
                out.append("%s %s, %s, %s" % (j, reg(), reg(), name))
        elif k < 0.85:  # memory: clamp the base into range first
            a, b = reg(), reg()
            out.append("andi %s, %s, 1023" % (b, b))
            out.append("%s %s, %s, %d" % (rnd.choice(["ld", "st"]), a, b, rnd.randrange(0, 200)))
        elif k < 0.90:
            if pushes and rnd.random() < 0.5:
                out.append("pop %s" % reg())
                pushes -= 1
            else:
                out.append("push %s" % reg())
                pushes += 1
        elif k < 0.94:
            out.append("call f%d" % rnd.randrange(3))
        else:
            out.append("print %s" % reg())
    for pos, name in pending:
        out.append("%s:" % name)
    for r in range(8):
        out.append("print r%d" % r)
    out.append("halt")
    # three small functions (they may call each other, forward only)
    for f in range(3):
        out.append("f%d:" % f)
        for _ in range(rnd.randrange(1, 6)):
            out.append("%s %s, %s, %s" % (rnd.choice(["add", "sub", "xor", "mul"]), reg(), reg(), reg()))
        if f < 2 and rnd.random() < 0.5:
            out.append("call f%d" % rnd.randrange(f + 1, 3))
        out.append("ret")
    print("\n".join(out))


if __name__ == "__main__":
    main()
