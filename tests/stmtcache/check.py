#!/usr/bin/env python3
"""Statement caches vs GNU as: the text cache (an identical line copies the
bytes of its first encoding) and the x64 encoding templates (lines that
differ only in their values share the encoder's bytes when every value is
in the same value class; general-purpose registers are keyed by class and
REX bit, their fields patched).  See docs/testing.md.

For many generated lines whose values sit on the edges of the value
classes (0, +-1, 3, +-127/128, 255/256, +-32767/32768, 65535/65536,
+-2^31, 2^32-1, 2^32, -(2^32-1), -2^32, 64-bit) in hex, decimal, character
and expression spellings:
  1. GNU as classifies each line: silent = good, warning/error = bad;
  2. the good lines, in several orders (so that a template made by one value
     is hit by the others), must give exactly GNU's bytes, with and without
     JAS_CHECK_TEMPLATES=1 (every cache hit checked against the encoder);
  3. every bad line, placed after good lines of its shape (the template is
     cached), must be an error `file:line:col: error: ...` at its line;
  4.-5. a value class regression, plain branches;
  6. the text cache's look-ahead: cached lines in every line layout (blanks,
     comments, ';', labels, block comments over lines) give GNU's bytes,
     and bad lines among them an error at their line and column;
  7. lines that differ only in their registers (templates keyed by register
     class), and the lines GNU rejects after good lines of their mnemonic.
Prints "stmtcache: N passed, N failed"."""
import argparse
import os
import random
import re
import subprocess
import sys

EDGES = [0, 1, 2, 3, 4, 0x7e, 0x7f, 0x80, 0x81, 0xfe, 0xff, 0x100, 0x7fff, 0x8000, 0xfffe,
         0xffff, 0x10000, 0x12345, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffffb,
         0xffffffff, 0x100000000, 0x100000001, 0x100000005, 0x7fffffffffffffff,
         0x8000000000000000, 0xffffffffffffff80, 0xffffffffffffffff]


def spell(rnd, v):
    """v (possibly negative) as a number: hex, decimal, negated, expression."""
    neg = v < 0
    a = -v if neg else v
    k = rnd.randrange(6)
    if k == 0:
        s = "0x%x" % a
    elif k == 1:
        s = "%d" % a
    elif k == 2 and 0 < a < 0x7f and chr(a).isalnum():
        s = "'%s'" % chr(a)
    elif k == 3 and a >= 2:
        s = "(%d+1)" % (a - 1)
    elif k == 4:
        s = "K0+0x%x" % a  # K0 = 0 (.equ): an expression with a symbol
    else:
        s = "0x%X" % a
    return ("-" + s) if neg else s


def values():
    out = []
    for e in EDGES:
        out.append(e)
        if e and e < 2**63:
            out.append(-e)
    return out


R64 = "rax rcx rdx rbx rsp rbp rsi rdi r8 r12 r13 r15".split()
R32 = "eax ecx edx ebx esp ebp esi edi r8d r12d r13d r15d".split()
R16 = "ax cx dx bx si r9w".split()
R8 = "al cl dl bl sil r10b".split()


def forms(rnd):
    """(shape, number of values) with {} for the values."""
    f = []
    for r in rnd.sample(R64, 3):
        f += ["mov %s, {}" % r, "add %s, {}" % r, "cmp %s, {}" % r, "and %s, {}" % r,
              "imul %s, %s, {}" % (r, rnd.choice(R64)), "movabs %s, {}" % r]
    for r in rnd.sample(R32, 3):
        f += ["mov %s, {}" % r, "sub %s, {}" % r, "xor %s, {}" % r, "test %s, {}" % r,
              "imul %s, %s, {}" % (r, rnd.choice(R32)), "shl %s, {}" % r]
    for r in rnd.sample(R16, 2):
        f += ["mov %s, {}" % r, "add %s, {}" % r, "or %s, {}" % r]
    for r in rnd.sample(R8, 2):
        f += ["mov %s, {}" % r, "adc %s, {}" % r, "cmp %s, {}" % r]
    for b in rnd.sample(R64, 4):
        i = rnd.choice([r for r in R64 if r != "rsp"])
        m = rnd.choice(["[%s+{}]" % b, "[%s-{}]" % b, "[%s+%s*4+{}]" % (b, i), "[{}+%s]" % b,
                        "[%s*8+{}]" % i])
        f += ["mov %s, QWORD PTR %s" % (rnd.choice(R64), m), "lea %s, %s" % (rnd.choice(R32), m),
              "add DWORD PTR %s, %s" % (m, rnd.choice(R32)), "mov BYTE PTR %s, 5" % m,
              "mov QWORD PTR %s, -7" % m, "addr32 mov eax, DWORD PTR %s" % m.replace(b, "e" + b[1:] if len(b) == 3 else b + "d")]
    f += ["push {}", "int {}", "ret {}", "mov eax, DWORD PTR [{}]", "enter {}, 1",
          "mov DWORD PTR [rax+{}], {}", "imul eax, DWORD PTR [rbx-{}], {}",
          "lock add QWORD PTR [rdx+{}], 1", "rex.w add ecx, {}"]
    return f


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def gas_bytes(tmp, name, lines):
    s = os.path.join(tmp, name + ".s")
    o = os.path.join(tmp, name + ".o")
    b = os.path.join(tmp, name + ".gas")
    with open(s, "w") as fh:
        fh.write(".intel_syntax noprefix\nK0 = 0\n" + "\n".join(lines) + "\n")
    r = run(["as", "-o", o, s])
    if r.returncode:
        return s, None, r.stderr
    run(["objcopy", "-O", "binary", "-j", ".text", o, b])
    with open(b, "rb") as fh:
        return s, fh.read(), r.stderr


CC = ("o no b c nae ae nb nc e z ne nz be na a nbe s ns p pe np po l nge ge nl le ng g nle"
      .split())


def branch_program(rnd, nlab=60):
    """Labels, numeric labels, .p2align, filler and every plain branch form
    (each mnemonic several times, some in upper case), plus targets that
    must not take the shortcut: label+offset, equates, .weak, numbers."""
    mn = ["j" + c for c in CC] + ["jmp", "call"]
    out = [".weak wk", ".set konst, 0x40", ".set alias, L3"]
    for i in range(nlab):
        out.append("L%d:" % i)
        if i == 5:
            out.append("wk:")
        if rnd.random() < 0.5:
            out.append("%d:" % rnd.randrange(1, 4))
        for _ in range(rnd.randrange(1, 6)):
            k = rnd.randrange(14)
            m = rnd.choice(mn)
            if rnd.random() < 0.1:
                m = m.upper()
            d = rnd.choice((1, 2, 3, 5, 9, 20))
            if k < 6:
                tgt = "L%d" % max(0, min(nlab - 1, i + rnd.choice((-d, d))))
            elif k < 8:
                tgt = "%d%s" % (rnd.randrange(1, 4), rnd.choice("fb"))
            elif k == 8:
                tgt = "L%d+%d" % (min(nlab - 1, i + 1), rnd.randrange(0, 3))
            elif k == 9:
                tgt = rnd.choice(("konst", "alias", "wk", "0x30", "fwd_equ"))
            elif k == 10:
                out.append(".p2align %d" % rnd.randrange(1, 6))
                continue
            elif k == 11:
                tgt = "L%d" % max(0, i - 1)
                m = rnd.choice(("loop", "loope", "loopne", "jrcxz", "jecxz"))
            else:
                out.append(rnd.choice(("nop", "add rax, 0x12345678", ".skip %d" % rnd.randrange(1, 90),
                                       "mov eax, DWORD PTR [rbx+rcx*4+0x100]", "ret")))
                continue
            out.append("%s %s" % (m, tgt))
    out.append("1: 2: 3: nop")
    out.append(".set fwd_equ, L7")
    return out


def branch_checks(a, rnd):
    """-> (passed, [failure messages])"""
    passed, fails = 0, []
    for k in range(6):
        prog = branch_program(rnd)
        # the loop family has only rel8: drop the lines GNU rejects
        for _ in range(20):
            src = os.path.join(a.tmp, "br%d.s" % k)
            with open(src, "w") as fh:
                fh.write(".intel_syntax noprefix\n" + "\n".join(prog) + "\n")
            r = run(["as", "-o", src + ".o", src])
            bad = {int(m.group(1)) - 2 for m in re.finditer(r"^[^:\n]+:(\d+): Error", r.stderr, re.M)}
            if not bad:
                break
            prog = [l for i, l in enumerate(prog) if i not in bad]
        r = run(["ld", "-N", "-Ttext=0", "-e", "0", "--oformat", "binary", "-o", src + ".gas",
                 src + ".o"])
        if r.returncode:
            fails.append("ld failed on %s: %s" % (src, r.stderr[:300]))
            continue
        with open(src + ".gas", "rb") as fh:
            gb = fh.read()
        for check in ("", "1"):
            env = dict(os.environ, JAS_CHECK_TEMPLATES=check)
            r = run([a.jas, "--arch=x64", "-o", src + ".jas", src], env=env)
            jb = open(src + ".jas", "rb").read() if r.returncode == 0 else None
            if jb != gb:
                fails.append("branches differ from GNU as (%s, check=%r): %s" % (src, check, r.stderr[:300]))
            else:
                passed += 1
    # errors on the shortcut: every mnemonic seen before
    src = os.path.join(a.tmp, "brerr.s")
    lines = ["x:", "jmp x", "jne x", "call x", "loop x", "1:", "jmp 1b",
             "jmp nowhere", "jne 3b", "call nowhere_fn", "je 7f", "loop far_away",
             "jmp x", "call x"]
    with open(src, "w") as fh:
        fh.write(".intel_syntax noprefix\n" + "\n".join(lines) + "\n.skip 300\nfar_away: ret\n")
    r = run([a.jas, "--arch=x64", "--max-errors=0", "-o", src + ".bin", src])
    got = sorted(re.findall(r"brerr\.s:(\d+:\d+): error: ([^\n]*)", r.stderr))
    want = [("9:5", "undefined symbol 'nowhere'"),
            ("10:5", "undefined local label '3b' (no earlier '3:')"),
            ("11:6", "undefined symbol 'nowhere_fn'"),
            ("12:4", "undefined local label '7f'"),
            ("13:6", "branch target out of range (8-bit displacement)")]
    if r.returncode != 1 or got != sorted(want) or os.path.exists(src + ".bin"):
        fails.append("branch errors: rc %d\n%s" % (r.returncode, r.stderr))
    else:
        passed += 1
    return passed, fails


def bad_after_good(a, name, good, badl, group, per):
    """Each bad line after `per` good lines of its group (their template or
    text is cached then): jas must report an error at exactly the bad lines,
    with and without JAS_CHECK_TEMPLATES=1.  -> (passed, [failures])"""
    by_group = {}
    for l in good:
        by_group.setdefault(group(l), []).append(l)
    prog, want = [], []
    for l in badl:
        prog += by_group.get(group(l), [])[:per]
        prog.append(l)
        want.append(len(prog) + 2)
    if not prog:
        return 0, []
    passed, fails = 0, []
    src = os.path.join(a.tmp, name + ".s")
    with open(src, "w") as fh:
        fh.write(".intel_syntax noprefix\nK0 = 0\n" + "\n".join(prog) + "\n")
    for check in ("", "1"):
        env = dict(os.environ, JAS_CHECK_TEMPLATES=check)
        r = run([a.jas, "--arch=x64", "--max-errors=0", "-o", os.path.join(a.tmp, name + ".bin"), src],
                env=env)
        got = sorted(int(m.group(1)) for m in
                     re.finditer(r"^[^:\n]*%s\.s:(\d+):\d+: error: " % name, r.stderr, re.M))
        if (r.returncode != 1 and want) or got != want:
            missing = sorted(set(want) - set(got))[:5]
            extra = sorted(set(got) - set(want))[:5]
            fails.append("%s (check=%r): rc %d, %d errors for %d bad lines; missing %s extra %s" % (
                name, check, r.returncode, len(got), len(want),
                [prog[i - 3] for i in missing], [prog[i - 3] for i in extra]))
        else:
            passed += 1
    return passed, fails


def lookahead_program(rnd, good, n=600):
    """Lines the text cache's look-ahead (asm.c, la_fill) hashes ahead of
    the lexer: repeated instructions with leading blanks, trailing
    comments, two statements on a line, a label in front, block comments
    spanning lines with instructions inside, blank lines; no newline at the
    end.  -> list of lines"""
    pool = rnd.sample(good, min(len(good), 25))
    out = []
    while len(out) < n:
        l = rnd.choice(pool)
        k = rnd.randrange(12)
        if k == 0:
            l = rnd.choice((" ", "\t", "  \t")) + l
        elif k == 1:
            l = l + rnd.choice(("  # note", "\t# %s" % rnd.choice(pool), "   "))
        elif k == 2:
            l = l + " ; " + rnd.choice(pool)
        elif k == 3:
            l = "LA%d: %s" % (len(out), l)
        elif k == 4:
            l = "/* %s\n%s\n */ %s" % (rnd.choice(pool), rnd.choice(pool), l)
        elif k == 5:
            l = ""
        out.append(l)
    return out


def lookahead_checks(a, rnd, good):
    """-> (passed, [failure messages])"""
    passed, fails = 0, []
    for k in range(3):
        prog = lookahead_program(rnd, good)
        src, gb, gerr = gas_bytes(a.tmp, "la%d" % k, prog)
        if gb is None:
            fails.append("GNU as rejected the look-ahead program %s: %s" % (src, gerr[:300]))
            continue
        with open(src) as fh:  # no newline after the last line
            text = fh.read().rstrip("\n")
        with open(src, "w") as fh:
            fh.write(text)
        r = run([a.jas, "--arch=x64", "-o", src + ".jas", src])
        jb = open(src + ".jas", "rb").read() if r.returncode == 0 else None
        if jb != gb:
            fails.append("look-ahead program differs from GNU as (%s): %s" % (src, r.stderr[:300]))
        else:
            passed += 1
        # bad lines after runs of cache hits: an error at each, line and column
        bad, want = list(prog), []
        for _ in range(4):
            i = rnd.randrange(20, len(bad))
            pad = rnd.choice(("", "  ", "\t"))
            bad.insert(i, pad + "addx eax, 1")
        text = ".intel_syntax noprefix\nK0 = 0\n" + "\n".join(bad) + "\n"
        line = 1
        for ln in text.split("\n"):
            m = re.match(r"(\s*)addx ", ln)
            if m:
                want.append((line, len(m.group(1)) + 1))
            line += 1
        with open(src, "w") as fh:
            fh.write(text)
        r = run([a.jas, "--arch=x64", "--max-errors=0", "-o", src + ".bin", src])
        got = [(int(x), int(y)) for x, y in re.findall(r"la%d\.s:(\d+):(\d+): error: " % k, r.stderr)]
        if r.returncode != 1 or got != want:
            fails.append("look-ahead errors: rc %d, want %s got %s" % (r.returncode, want, got))
        else:
            passed += 1
    return passed, fails


GR = {64: "rax rcx rdx rbx rsp rbp rsi rdi r8 r9 r10 r11 r12 r13 r14 r15".split(),
      32: "eax ecx edx ebx esp ebp esi edi r8d r9d r10d r11d r12d r13d r14d r15d".split(),
      16: "ax cx dx bx sp bp si di r8w r9w r10w r11w r12w r13w r14w r15w".split(),
      8: "al cl dl bl spl bpl sil dil r8b r9b r10b r11b r12b r13b r14b r15b ah ch dh bh".split()}
SZ = {8: "BYTE", 16: "WORD", 32: "DWORD", 64: "QWORD"}


def reg_line(rnd):
    """A line whose registers vary (templates keyed by register class): every
    register, the special ones (accumulator, cl, rsp/r12 and rbp/r13 bases,
    rsp index, spl..dil, ah..bh) included."""
    w = rnd.choice((8, 16, 32, 64))
    r = lambda n=None: rnd.choice(GR[n or w])
    def mem(asz=64):
        b = rnd.choice(GR[asz] + [None])
        i = rnd.choice(GR[asz] + [None, None]) if rnd.random() < 0.6 else None
        d = rnd.choice(("", "+8", "-0x80", "+0x7f", "+0x100", "-0x12345", "+0", "-8"))
        parts = ([b] if b else []) + (["%s*%d" % (i, rnd.choice((1, 2, 4, 8)))] if i else [])
        if not parts:
            parts = ["0x1000"]
        seg = rnd.choice(("", "", "", "fs:", "ss:", "ds:"))
        return "%s[%s%s]" % (seg, "+".join(parts), d)
    m = lambda: ("%s PTR %s" % (SZ[w], mem(rnd.choice((64, 64, 64, 32)))))
    k = rnd.randrange(24)
    alu = rnd.choice("add sub and or xor cmp adc sbb test mov xchg".split())
    if k == 0: return "%s %s, %s" % (alu, r(), r())
    if k == 1: return "%s %s, %s" % (alu, r(), m())
    if k == 2: return "%s %s, %s" % (alu, m(), r())
    imm = ("1", "-1", "0x7f", "-0x80") + (("0x80", "0x1234", "-0x81") if w > 8 else ())
    if k == 3: return "%s %s, %s" % (alu, r(), rnd.choice(imm))
    if k == 4: return "mov %s, %s" % (r(), rnd.choice(imm + (("0x7fffffff",) if w > 16 else ())))
    if k == 5: return "lea %s, %s" % (r(rnd.choice((16, 32, 64))), mem(rnd.choice((64, 32))).split(":")[-1])
    if k == 6: return "%s %s" % (rnd.choice(("push", "pop")), r(rnd.choice((16, 64))))
    if k == 7: return "%s %s, %s" % (rnd.choice(("shl", "sar", "rol")), r(), rnd.choice(("cl", "1", "3", "cl")))
    if k == 8: return "imul %s, %s, %s" % (r(rnd.choice((16, 32, 64))), rnd.choice((r(), m())), rnd.choice(("3", "300")))
    if k == 9: return "imul %s, %s" % (r(rnd.choice((16, 32, 64))), rnd.choice(("7", "700")))
    if k == 10: return "%s %s, %s" % (rnd.choice(("movzx", "movsx")), r(rnd.choice((32, 64))), r(rnd.choice((8, 16))))
    if k == 11: return "bswap %s" % r(rnd.choice((32, 64)))
    if k == 12: return "%s %s" % (rnd.choice(("inc", "dec", "neg", "not", "mul", "div")), rnd.choice((r(), m())))
    if k == 13: return "%s %s, %s" % (rnd.choice(("cmpxchg", "xadd")), rnd.choice((r(), m())), r())
    if k == 14: return "lock %s %s, %s" % (rnd.choice(("add", "xchg", "xadd")), m(), r())
    if k == 15: return "%s %s, %s" % (rnd.choice(("bt", "bts")), r(rnd.choice((16, 32, 64))), rnd.choice(("5", "ecx", "rax")))
    if k == 16: return "set%s %s" % (rnd.choice(("e", "nz", "l")), r(8))
    if k == 17: return "cmov%s %s, %s" % (rnd.choice(("e", "nz", "l")), r(rnd.choice((16, 32, 64))), rnd.choice((r(), m())))
    if k == 18: return "addr32 mov %s, %s" % (r(), "%s PTR %s" % (SZ[w], mem(32)))
    if k == 19: return "mov %s, %s" % (r(), "%s PTR [%s]" % (SZ[w], r(64)))
    if k == 20: return "%s %s, %s" % (rnd.choice(("in", "out")), "al", "dx") if rnd.random() < 0.5 else "xchg %s, %s" % (r(), r())
    if k == 21: return "%s %s" % (rnd.choice(("lods", "stos")), "%s PTR [%s]" % (SZ[w], rnd.choice(("rsi", "rdi", "rax", "esi", "edi"))))
    if k == 22: return "rex.w %s %s, %s" % (alu, r(32), r(32))
    return "%s %s, %s" % (alu, m(), rnd.choice(("5", "-3", "0x1000")))


def register_checks(a, rnd, n):
    """Lines that differ in their registers, in several orders, vs GNU as
    (with and without JAS_CHECK_TEMPLATES=1); then every line GNU rejects
    after good lines of its mnemonic (a template of its shape is cached):
    an error at its line.  -> (passed, [failure messages])"""
    passed, fails = 0, []
    lines = sorted(set(reg_line(rnd) for _ in range(n)))
    rnd.shuffle(lines)
    s, _, err = gas_bytes(a.tmp, "regs", lines)
    bad, warned = set(), set()
    for m in re.finditer(r"^[^:\n]+:(\d+): (Warning|Error)", err, re.M):
        (bad if m.group(2) == "Error" else warned).add(int(m.group(1)) - 3)
    good = [l for i, l in enumerate(lines) if i not in bad and i not in warned]
    badl = [l for i, l in enumerate(lines) if i in bad and i not in warned]
    for k in range(3):
        order = rnd.sample(good, len(good))
        src, gb, gerr = gas_bytes(a.tmp, "regs%d" % k, order)
        if gb is None:
            fails.append("GNU as rejected the good register lines: %s" % gerr[:300])
            continue
        for check in ("", "1"):
            env = dict(os.environ, JAS_CHECK_TEMPLATES=check)
            out = os.path.join(a.tmp, "regs%d.jas%s" % (k, check))
            r = run([a.jas, "--arch=x64", "-o", out, src], env=env)
            jb = open(out, "rb").read() if r.returncode == 0 else None
            if jb != gb:
                fails.append("register lines differ from GNU as (%s, check=%r): %s" % (src, check, r.stderr[:300]))
            else:
                passed += 1
    mnem = lambda l: l.split(",")[0].rsplit(" ", 1)[0]
    p, f = bad_after_good(a, "regbad", good, badl, mnem, 6)
    return passed + p, fails + f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jas", required=True)
    ap.add_argument("--tmp", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lines", type=int, default=1500)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    passed = failed = 0

    def fail(msg):
        nonlocal failed
        failed += 1
        if failed <= 20:
            print("FAIL:", msg)

    vals = values()
    fs = forms(rnd)
    lines = []
    while len(lines) < a.lines:
        f = rnd.choice(fs)
        lines.append(f.format(*[spell(rnd, rnd.choice(vals)) for _ in range(f.count("{}"))]))
    lines = sorted(set(lines), key=lines.index)
    # 1. which lines are good: GNU as is silent and jas alone (a fresh
    #    process: no cache) accepts them; jas alone rejects the bad ones
    #    (GNU as truncates some of those silently: docs/assembler.md)
    s, _, err = gas_bytes(a.tmp, "all", lines)
    warned = set()
    for m in re.finditer(r"^[^:\n]+:(\d+): (Warning|Error)", err, re.M):
        warned.add(int(m.group(1)) - 3)  # two header lines, 1-based
    good, badl = [], []
    one = os.path.join(a.tmp, "one.s")
    for i, l in enumerate(lines):
        with open(one, "w") as fh:
            fh.write(".intel_syntax noprefix\nK0 = 0\n" + l + "\n")
        r = run([a.jas, "--arch=x64", "-o", os.path.join(a.tmp, "one.bin"), one])
        if r.returncode == 1 and re.search(r"one\.s:3:\d+: error: ", r.stderr):
            badl.append(l)
        elif r.returncode == 0 and i not in warned:
            good.append(l)
        elif r.returncode not in (0, 1):
            fail("jas alone: rc %d on %r: %s" % (r.returncode, l, r.stderr[:200]))
    print("%d lines: %d good, %d that jas rejects" % (len(lines), len(good), len(badl)))
    # 2. the good lines in several orders, each twice (text cache hits too)
    for k in range(4):
        order = good[:] if k == 0 else rnd.sample(good, len(good))
        order = order + rnd.sample(order, len(order))
        src, gb, gerr = gas_bytes(a.tmp, "good%d" % k, order)
        if gb is None:
            fail("GNU as rejected the good lines: %s" % gerr[:300])
            continue
        for check in ("", "1"):
            env = dict(os.environ, JAS_CHECK_TEMPLATES=check)
            out = os.path.join(a.tmp, "good%d.jas%s" % (k, check))
            r = run([a.jas, "--arch=x64", "-o", out, src], env=env)
            if r.returncode:
                fail("jas failed on good lines (order %d, check=%r): %s" % (k, check, r.stderr[:400]))
                continue
            with open(out, "rb") as fh:
                jb = fh.read()
            if jb != gb:
                fail("bytes differ from GNU as (%s, order %d, check=%r)" % (src, k, check))
            else:
                passed += 1
    # 3. each bad line after good lines of its shape: an error at its line
    shape = lambda l: re.sub(r"'.'|\b(0x[0-9a-fA-F]+|\d+)\b", "N", l)
    p, f = bad_after_good(a, "bad", good, badl, shape, 3)
    passed += p
    for msg in f:
        fail(msg)
    # 4. the regression: a value class accepted by the encoder must not
    #    carry a value that does not fit (mov eax, -0x100000000 after
    #    mov eax, -0xfffffffb)
    src = os.path.join(a.tmp, "reg.s")
    with open(src, "w") as fh:
        fh.write(".intel_syntax noprefix\nmov eax, -0xfffffffb\nmov eax, -0x100000000\n"
                 "add ecx, -0xffffffff\nadd ecx, -0x100000000\n"
                 "mov ax, -0xfffb\nmov ax, -0x10000\nmov al, -0xfb\nmov al, -0x100\n")
    r = run([a.jas, "--arch=x64", "-o", os.path.join(a.tmp, "reg.bin"), src])
    got = [m.group(0) for m in re.finditer(r"reg\.s:\d+:\d+: error: ", r.stderr)]
    if r.returncode != 1 or got != ["reg.s:%d:%d: error: " % (n, c) for n, c in
                                    ((3, 10), (5, 10), (7, 9), (9, 9))]:
        fail("value class regression: rc %d\n%s" % (r.returncode, r.stderr))
    else:
        passed += 1
    # 5. plain branches `jcc/jmp/call/loop label` (a shortcut once the
    #    mnemonic has been seen: parsed without the operand parser, lengths
    #    known without encoding) vs GNU as + ld, and their errors
    p, f = branch_checks(a, rnd)
    passed += p
    for msg in f:
        fail(msg)
    # 6. the look-ahead of the text cache: line layouts around cached lines
    p, f = lookahead_checks(a, rnd, good)
    passed += p
    for msg in f:
        fail(msg)
    # 7. lines that differ in their registers (templates keyed by register
    #    class and REX bit, the register fields patched)
    p, f = register_checks(a, rnd, a.lines * 2)
    passed += p
    for msg in f:
        fail(msg)
    print("stmtcache: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
