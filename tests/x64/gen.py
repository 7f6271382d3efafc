#!/usr/bin/env python3
"""Test-case generator for the x86-64 differential suite (tests/x64).

Produces *groups* of GNU Intel-syntax source lines.  A group is either
  kind="batch":   independent instruction lines; each line is one case
  kind="program": lines that belong together (labels, branches, alignment,
                  data); each line is still compared on its own, and the
                  whole program is compared too.

Sources of cases:
  1. every row of `jas --dump-table=x64` (operands in Intel-manual notation),
     expanded over registers, addressing shapes and immediate edges;
  2. HAND_FORMS below: a hand-written list of the ISA the issue asks for, in
     the same notation, independent of the table, so that a form missing from
     the table shows up as a failure (jas rejects what GNU accepts);
  3. branch/relaxation programs, alignment/NOP-padding programs, directive
     programs, syntax variants.

Everything is deterministic for a given --seed.  `python3 gen.py --help`.
"""
import argparse
import random
import re
import sys

# --------------------------------------------------------------------------
# registers
R64 = "rax rcx rdx rbx rsp rbp rsi rdi r8 r9 r10 r11 r12 r13 r14 r15".split()
R32 = "eax ecx edx ebx esp ebp esi edi r8d r9d r10d r11d r12d r13d r14d r15d".split()
R16 = "ax cx dx bx sp bp si di r8w r9w r10w r11w r12w r13w r14w r15w".split()
R8 = ("al cl dl bl spl bpl sil dil r8b r9b r10b r11b r12b r13b r14b r15b "
      "ah ch dh bh").split()
SREG = "es cs ss ds fs gs".split()
REGS = {8: R8, 16: R16, 32: R32, 64: R64}
# vector registers: every one of 0..15 (REX.R/B/X, VEX.R/B/vvvv bits);
# xmm16+ needs EVEX: EVEX forms get 0..31 (R'/V'/X bits), opmasks k0..k7
VREGS = {"xmm": ["xmm%d" % i for i in range(16)],
         "ymm": ["ymm%d" % i for i in range(16)],
         "mm": ["mm%d" % i for i in range(8)],
         "k": ["k%d" % i for i in range(8)]}
VPICK = {"xmm": ["xmm0", "xmm7", "xmm8", "xmm15"],
         "ymm": ["ymm0", "ymm7", "ymm8", "ymm15"],
         "mm": ["mm0", "mm3", "mm7"],
         "k": ["k0", "k1", "k7"]}
EVREGS = {c: ["%s%d" % (c, i) for i in range(32)] for c in ("xmm", "ymm", "zmm")}
EVPICK = {c: ["%s0" % c, "%s15" % c, "%s16" % c, "%s31" % c] for c in ("xmm", "ymm", "zmm")}
STREGS = ["st(%d)" % i for i in range(8)] + ["st"]
# a few registers that exercise the interesting encodings: accumulator,
# plain low reg, REX-only reg (spl..dil), extended reg, rsp/rbp numbers
REG_PICK = {
    8: ["al", "cl", "spl", "sil", "r9b", "r15b", "ah", "bh"],
    16: ["ax", "cx", "sp", "r9w", "r15w"],
    32: ["eax", "ecx", "esp", "ebp", "r9d", "r15d"],
    64: ["rax", "rcx", "rsp", "rbp", "r9", "r12", "r13", "r15"],
}
PTR = {8: "BYTE", 16: "WORD", 32: "DWORD", 64: "QWORD", 80: "TBYTE",
       128: "XMMWORD", 256: "YMMWORD", 512: "ZMMWORD"}

# immediates/displacements at every size edge
EDGES = [-(1 << 63), -(1 << 31) - 1, -(1 << 31), -32769, -32768, -129, -128,
         -1, 0, 1, 127, 128, 255, 256, 32767, 32768, 65535, 65536,
         (1 << 31) - 1, 1 << 31, (1 << 32) - 1, 1 << 32, (1 << 63) - 1,
         (1 << 64) - 1]


def imm_edges(width):
    """Edge values valid for a `width`-bit field (signed or unsigned view),
    plus the first value outside each end so rejection is tested too."""
    lo, hi = -(1 << (width - 1)), (1 << width) - 1
    vals = [v for v in EDGES if lo <= v <= hi]
    outside_lo = [v for v in EDGES if v < lo]
    outside_hi = [v for v in EDGES if v > hi]
    if outside_lo:
        vals.append(max(outside_lo))
    if outside_hi:
        vals.append(min(outside_hi))
    return vals


def fmt_num(v, rng=None, style=None):
    if style is None:
        style = rng.choice(("hex", "hex", "dec")) if rng else "hex"
    if style == "dec":
        return str(v)
    return ("-0x%x" % -v) if v < 0 else ("0x%x" % v)


# --------------------------------------------------------------------------
# memory operands
DISPS = [1, -1, 0x7f, -0x80, 0x80, -0x81, 0x7fffffff, -0x80000000, 0x1234]


def disp_str(d):
    return ("-0x%x" % -d) if d < 0 else ("+0x%x" % d)


def mem_shapes(rng):
    """All addressing shapes, as strings without a size keyword.  The list
    is deterministic in content; rng only picks companion registers."""
    s = []
    # base only, every 64-bit base (rsp/r12 need a SIB, rbp/r13 a disp8 0)
    for b in R64:
        s.append("[%s]" % b)
    # base + disp, every disp edge on the special bases, one random elsewhere
    for b in ("rax", "rsp", "rbp", "r12", "r13", "r8"):
        for d in DISPS:
            s.append("[%s%s]" % (b, disp_str(d)))
    for b in R64:
        s.append("[%s%s]" % (b, disp_str(rng.choice(DISPS))))
    s.append("[rax+0]")
    s.append("[rbp+0]")
    s.append("[r13-0]")
    # base + index*scale: every index with every scale (rsp index = error)
    for i in R64:
        for sc in (1, 2, 4, 8):
            b = rng.choice(R64)
            s.append("[%s+%s*%d]" % (b, i, sc))
    # every base with an index, incl. rbp/r13 base (needs disp8) and disps
    for b in R64:
        i = rng.choice([r for r in R64 if r != "rsp"])
        s.append("[%s+%s*%d%s]" % (b, i, rng.choice((1, 2, 4, 8)),
                                   disp_str(rng.choice(DISPS))))
        s.append("[%s+%s]" % (b, i))
    # index*scale + disp without base
    for i in ("rax", "rcx", "rbp", "r13", "r9", "r15"):
        for sc in (1, 2, 4, 8):
            s.append("[%s*%d%s]" % (i, sc, disp_str(rng.choice(DISPS))))
    s.append("[rcx*1]")
    s.append("[rbp*2]")
    # rip-relative
    for d in (0x1234, -1, 0, 0x7fffffff, -0x80000000, 0x80):
        s.append("[rip%s]" % disp_str(d) if d else "[rip]")
    s.append("[eip+0x10]")
    # absolute addresses
    for a in (0x1000, 0, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffffffff000,
              0x123456789):
        s.append("ds:0x%x" % a)
    s.append("[0x1000]")
    # 32-bit address registers (0x67 prefix)
    s += ["[eax]", "[eax+ecx*2]", "[esp]", "[ebp]", "[r12d]", "[r13d]",
          "[r8d+r9d*8+0x10]", "[esp+0x80]", "[ebp-0x1]", "[ecx*4+0x100]",
          "[eax+0x7fffffff]", "[eax+0x80000000]", "[r15d+eax*1-0x80]"]
    # segment overrides
    s += ["fs:[rax]", "gs:[rax+rbx*8+0x10]", "fs:0x28", "gs:0x0",
          "fs:[rip+0x10]", "es:[rax]", "cs:[rax]", "ss:[rsp+8]", "ds:[rax]",
          "gs:[r12]", "fs:[eax]"]
    # riz/eiz, "no index" written as one (a SIB byte with index 100: what
    # objdump prints; GNU as takes them with -mindex-reg)
    s += ["[rax+riz*1]", "[r8+riz*2+0x10]", "[rsp+riz*1]", "[rbp+riz]", "[r13+riz*4]",
          "[r12+riz*1-0x80]", "[riz*8+0x100]", "[riz*1+0x10]", "[riz+rax]", "[riz]",
          "[rsi+riz*1+0x0]", "[esi+eiz*1]", "[eiz*2+0x10]", "[r15d+eiz*8+0x7f]",
          "fs:[rax+riz*1]"]
    # a few syntax variants GNU accepts
    s += ["[rax + rbx*4 + 8]", "[8+rax]", "[rbx*2+rax]", "[rax+rbx+8]",
          "[rax+16]", "[rax-16]", "[r15+r14*8-0x800]", "[rsp+rbp]"]
    seen, out = set(), []
    for m in s:
        if m not in seen:
            seen.add(m)
            out.append(m)
    return out


# "interesting" memory operands used when crossing against every value of
# another operand
MEM_PICK = ["[rax]", "[rsp+0x8]", "[rbp]", "[r13+rax*2+0x80]", "[rip+0x10]",
            "ds:0x1000", "fs:[r12-0x80]", "[eax+ecx*4]"]


# --------------------------------------------------------------------------
# operand notation -> concrete values
class Spec:
    """Concrete values for one operand position."""
    def __init__(self, values, pick=None, kind="reg", width=0):
        self.values = values
        self.pick = pick or values[:4]
        self.kind = kind
        self.width = width


_mem_cache = {}


def mems(rng, width, bare=False):
    key = (width, bare)
    if key not in _mem_cache:
        shapes = mem_shapes(random.Random(1234))
        if width and width in PTR:
            vals = ["%s PTR %s" % (PTR[width], m) for m in shapes]
            pick = ["%s PTR %s" % (PTR[width], m) for m in MEM_PICK]
        else:
            vals, pick = list(shapes), list(MEM_PICK)
        _mem_cache[key] = (vals, pick)
    return _mem_cache[key]


BNDREGS = ["bnd0", "bnd1", "bnd2", "bnd3"]


def any_size_mems():
    """The addressing shapes, each with one of the size keywords in turn or
    none (MPX takes any), plus [base+rsp] (swapped or rejected)."""
    shapes = mems(None, 0)[0]
    kw = [None, 8, 16, 32, 64, 80, 128, 256, 512]
    out = [m if kw[i % 9] is None else "%s PTR %s" % (PTR[kw[i % 9]], m)
           for i, m in enumerate(shapes)]
    return out + ["[rax+rsp]", "[r12+rsp]", "[rsp+rax]", "[rbx+rsp+0x10]"]


def evex_mems(width):
    """EVEX memory shapes for a memory operand of `width` bits: the
    displacements around disp8*N (N = width / 8): 0, N, -N, 127N, 128N,
    -128N, -129N, N-1 (not a multiple), large, on a few bases."""
    n = max(width // 8, 1)
    out = []
    for d in (0, n, -n, 127 * n, 128 * n, -128 * n, -129 * n, n - 1, 0x12345, 1, -1):
        for b in ("rax", "rbp", "r13+rax*4", "rsp"):
            out.append("[%s%s]" % (b, disp_str(d)) if d else "[%s]" % b)
    out += ["[rip+0x40]", "[r15+r14*8+0x%x]" % (64 * n), "fs:[rax+0x%x]" % n, "[eax+0x%x]" % n]
    return out


def vsib_mems(cls, elem, evex):
    """VSIB memory operands: index `cls` (xmm/ymm/zmm) registers 0..15 (and
    16..31 for EVEX), every scale, bases with and without REX (none: disp32,
    rbp/r13: disp8 0, rsp: SIB base, eax: addr32), displacements around
    disp8*N for the element size N, the size keyword of the element."""
    n = elem // 8
    idx = [0, 7, 8, 15, 16, 31] if evex else [0, 3, 7, 8, 12, 15]
    bases = ["rax", "r13", "rsp", "rbp", "", "r9", "eax", "r12"]
    disps = [0, n, -n, 127 * n, 128 * n, -128 * n, -129 * n, n - 1, 0x12345, 1]
    out = []
    k = 0
    for i in idx:
        for d in disps:
            b = bases[k % len(bases)]
            sc = (1, 2, 4, 8)[(k // 3) % 4]
            k += 1
            ireg = "%s%d" % (cls, i)
            addr = "%s%s*%d" % (b + "+" if b else "", ireg, sc)
            if d or not b:
                addr += disp_str(d) if d else "+0x0"
            out.append("%s PTR [%s]" % (PTR[elem], addr))
    out += ["[rax+%s1*4]" % cls, "[%s5]" % cls, "%s PTR fs:[rdx+%s2*8+0x%x]" % (PTR[elem], cls, n),
            "%s PTR [rax+%s3]" % (PTR[96 - elem], cls), "%s PTR [rip+%s4]" % (PTR[elem], cls)]
    return out


def disp_unit(w, flags, enc):
    """disp8*N of an EVEX memory operand of w bits: the operand, or one
    element for a T1S vector (vpcompressd: 32 << W; "ebw": 8 << W)."""
    fl = (flags or "").split()
    if "T1S" in fl and w >= 128:
        return (8 if "ebw" in fl else 32) << (1 if ".W1 " in enc + " " else 0)
    return w


def operand_spec(notation, ctx_width, rng, evex=False, enc="", flags=""):
    """Map one operand in Intel-manual notation to a Spec, or None when the
    notation is unknown (reported by the caller).  evex: the form is EVEX
    (vector registers 0..31, disp8*N memory shapes); enc: its encoding
    (W gives a VSIB operand's element size)."""
    low = notation.strip().lower()
    m = re.fullmatch(r"vm(32|64)([xyz])", low)
    if m:  # VSIB: elements of 32 << W bits
        elem = 64 if ".W1 " in enc + " " else 32
        mv = vsib_mems({"x": "xmm", "y": "ymm", "z": "zmm"}[m.group(2)], elem, evex)
        return Spec(mv, mv[:6], "mem", elem)
    if evex:
        m = re.fullmatch(r"(xmm|zmm)\d?\+3", low)  # a group of 4 (4FMAPS)
        if m:
            regs = ["%s%d" % (m.group(1), i) for i in range(0, 32, 4)]
            return Spec(regs, regs[0:1] + regs[3:5] + regs[7:], "reg", 0)
        m = re.fullmatch(r"(xmm|ymm|zmm)\d?", low)
        if m:
            return Spec(EVREGS[m.group(1)], EVPICK[m.group(1)], "reg", 0)
        m = re.fullmatch(r"(xmm|ymm|zmm)\d?/m(8|16|32|64|128|256|512)", low)
        if m:
            k, w = m.group(1), int(m.group(2))
            mv = ["%s PTR %s" % (PTR[w], x) for x in evex_mems(disp_unit(w, flags, enc))]
            return Spec(EVREGS[k] + mv, EVPICK[k][:3] + mv[:4], "rm", w)
        m = re.fullmatch(r"m(8|16|32|64|128|256|512)", low)
        if m:
            w = int(m.group(1))
            mv = ["%s PTR %s" % (PTR[w], x) for x in evex_mems(disp_unit(w, flags, enc))]
            return Spec(mv, mv[:4], "mem", w)
        m = re.fullmatch(r"r/m(32|64)", low)
        if m:
            w = int(m.group(1))
            mv = ["%s PTR %s" % (PTR[w], x) for x in evex_mems(w)]
            return Spec(REGS[w] + mv, REG_PICK[w][:3] + mv[:4], "rm", w)
    m = re.fullmatch(r"k\d?", low)  # opmask register
    if m:
        return Spec(VREGS["k"], VPICK["k"], "reg", 0)
    m = re.fullmatch(r"k\d?/m(8|16|32|64)", low)
    if m:
        w = int(m.group(1))
        mv, mp = mems(rng, w)
        return Spec(VREGS["k"] + mv, VPICK["k"][:2] + mp[:4], "rm", w)
    m = re.fullmatch(r"r(8|16|32|64)[a-z]?", low)  # r32a, r32b: two of a kind
    if m:
        w = int(m.group(1))
        return Spec(REGS[w], REG_PICK[w], "reg", w)
    m = re.fullmatch(r"r/?m(8|16|32|64)", low)
    if m:
        w = int(m.group(1))
        mv, mp = mems(rng, w)
        return Spec(REGS[w] + mv, REG_PICK[w][:3] + mp[:4], "rm", w)
    m = re.fullmatch(r"r(16|32|64)/m(8|16|32|64)", low)  # e.g. r32/m16
    if m:
        rw, mw = int(m.group(1)), int(m.group(2))
        mv, mp = mems(rng, mw)
        return Spec(REGS[rw] + mv, REG_PICK[rw][:3] + mp[:4], "rm", rw)
    m = re.fullmatch(r"(xmm|ymm|mm)\d?", low)  # vector register: xmm, xmm1..
    if m and low != "xmm0":
        k = m.group(1)
        return Spec(VREGS[k], VPICK[k], "reg", 0)
    m = re.fullmatch(r"(xmm|ymm|mm)\d?/m(8|16|32|64|128|256)", low)
    if m:  # vector register or memory of the given size: xmm2/m64
        k, w = m.group(1), int(m.group(2))
        mv, mp = mems(rng, w)
        return Spec(VREGS[k] + mv, VPICK[k][:3] + mp[:4], "rm", w)
    m = re.fullmatch(r"m(8|16|32|64|80|128|256|512)", low)
    if m:
        w = int(m.group(1))
        mv, mp = mems(rng, w)
        if w == 128:  # cmpxchg16b: GNU also accepts it without a size
            mv = mv + mems(rng, 0)[0][:10]
        return Spec(mv, mp, "mem", w)
    if low in ("m", "mem", "sibmem"):  # sibmem: AMX, SIB always
        mv, mp = mems(rng, 0)
        return Spec(mv, mp, "mem", 0)
    m = re.fullmatch(r"bnd\d?", low)  # MPX bounds registers
    if m:
        return Spec(BNDREGS, ["bnd0", "bnd3"], "reg", 0)
    m = re.fullmatch(r"bnd\d?/m128", low)  # bndmov: XMMWORD PTR or none
    if m:
        mv, mp = mems(rng, 128)
        return Spec(BNDREGS + mv + mems(rng, 0)[0][:12], ["bnd1"] + mp[:4], "rm", 128)
    if low in ("mib", "r64/m"):  # MPX: memory with any size keyword
        mv = any_size_mems()
        pick = MEM_PICK[:5] + ["[rax+rsp]", "[rax+rbx*2]", "QWORD PTR [r13]"]
        regs = R64 if low == "r64/m" else []
        return Spec(regs + mv, REG_PICK[64][:2] + pick if regs else pick, "rm", 0)
    m = re.fullmatch(r"tmm\d?", low)  # AMX tiles
    if m:
        regs = ["tmm%d" % i for i in range(8)]
        return Spec(regs, ["tmm0", "tmm3", "tmm7"], "reg", 0)
    if low == "imm4":  # vpermil2ps's selector: 0..15 (and both ends + 1)
        vals = [fmt_num(v, rng) for v in (0, 1, 3, 8, 15, 16, -1, -8, 0xff)]
        return Spec(vals, vals[:5], "imm", 4)
    m = re.fullmatch(r"imm(8|16|32|64)", low)
    if m:
        w = int(m.group(1))
        # the value range that matters is the operation size, not the field
        width = ctx_width or w
        if w == 64:
            width = 64
        vals = [fmt_num(v, rng) for v in imm_edges(width)]
        return Spec(vals, vals, "imm", w)
    m = re.fullmatch(r"moffs(8|16|32|64)", low)
    if m:
        w = int(m.group(1))
        addrs = [0x1000, 0x1122334455667788, 0xffffffffffffffff, 0x80000000,
                 0x7fffffff, 0]
        vals = ["ds:0x%x" % a for a in addrs]
        vals += ["%s PTR ds:0x%x" % (PTR[w], a) for a in addrs[:3]]
        vals += ["fs:0x%x" % addrs[1], "gs:0x10"]
        return Spec(vals, vals[:3], "mem", w)
    m = re.fullmatch(r"m(8|16|32|64)@(r?)(si|di|bx)", low)  # string operand
    if m:
        w, r = int(m.group(1)), m.group(3)
        p = PTR[w] + " PTR "
        vals = [p + "[r%s]" % r, "[r%s]" % r, p + "[e%s]" % r]
        if r == "di":
            vals += [p + "es:[rdi]", p + "fs:[rdi]"]
        else:
            vals += [p + "ds:[r%s]" % r, p + "fs:[r%s]" % r, p + "es:[r%s]" % r]
        vals += [p + "[rax]"]  # wrong register: GNU warns or rejects
        return Spec(vals, vals[:1], "str", w)
    far = {"m16:16": "DWORD", "m16:32": "FWORD", "m16:64": "TBYTE"}
    if low in far:
        vals = ["%s PTR %s" % (far[low], x) for x in MEM_PICK]
        return Spec(vals, vals[:2], "mem", 0)
    # x87: stack registers (every one, and the bare `st`), memory kinds
    if low == "st(i)":
        return Spec(STREGS, ["st(1)", "st(7)", "st"], "reg", 0)
    if low == "st(0)":
        return Spec(["st", "st(0)"], ["st"], "reg", 0)
    m = re.fullmatch(r"m(16|32|64|80)(fp|int|bcd)", low)
    if m:  # m32fp, m64int, m80bcd: memory of that size
        w = int(m.group(1))
        mv, mp = mems(rng, w)
        return Spec(mv, mp, "mem", w)
    m = re.fullmatch(r"m(?:\d+/)?(\d+)byte", low)
    if m:  # m2byte (WORD PTR), m14/28byte, m94/108byte, m512byte: no keyword
        w = int(m.group(1)) * 8
        mv, mp = mems(rng, w if w in PTR else 0)
        return Spec(mv, mp, "mem", w)
    # control and debug registers (db0..db15: GNU's other name for dr)
    if low in ("cr", "dr", "db"):
        regs = ["%s%d" % (low, i) for i in range(16)]
        return Spec(regs, [regs[0], regs[3], regs[8], regs[15]], "reg", 0)
    m = re.fullmatch(r"(e[a-d]x)/(r[a-d]x)", low)  # ECX/RCX: either register
    if m:
        return Spec([m.group(1), m.group(2)], [m.group(1), m.group(2)], "reg", 0)
    if low == "mem":  # only memory without a size keyword (xsave, movdir64b)
        mv, mp = mems(rng, 0)
        return Spec(mv, mp, "mem", 0)
    if low == "m16&64":  # lgdt/sidt: TBYTE PTR or no keyword
        mv, mp = mems(rng, 80)
        return Spec(mv, mp, "mem", 80)
    if re.fullmatch(r"\d+", low):
        return Spec([low], [low], "imm1", 0)
    fixed = {"al": 8, "cl": 8, "ax": 16, "dx": 16, "eax": 32, "rax": 64, "xmm0": 0,
             "ecx": 32, "edx": 32, "ebx": 32, "rcx": 64, "rdx": 64, "rbx": 64}
    if low in fixed:
        return Spec([low], [low], "reg", fixed[low])
    if low in ("sreg", "seg"):
        return Spec(SREG, SREG, "reg", 16)
    if low in SREG:
        return Spec([low], [low], "reg", 16)
    if low in ("fs", "gs"):
        return Spec([low], [low], "reg", 16)
    return None


def is_branch_notation(n):
    return re.fullmatch(r"rel(8|16|32)", n.strip().lower()) is not None


def reg_width(notation):
    low = notation.strip().lower()
    m = re.fullmatch(r"(?:r|r/?m|m)(8|16|32|64)[a-z]?", low) or \
        re.fullmatch(r"m(8|16|32|64)@r?(?:si|di|bx)", low) or \
        re.fullmatch(r"r(16|32|64)/m\d+", low)
    if m:
        return int(m.group(1))
    return {"al": 8, "cl": 0, "ax": 16, "dx": 0, "eax": 32, "rax": 64}.get(low, 0)


# mnemonics with an EVEX form in the table (generate() fills it): only
# those get `{evex}` lines from their VEX rows
EVEX_MNEMS = set()

SX_MNEMS = set("add or adc sbb and sub xor cmp imul push mov test".split())


def expand_form(prefix, mnem, operands, rng, budget, flags=None, enc=""):
    """Concrete lines for one form.  Returns (lines, error).

    Coverage per form: every register of every register position, a sample
    of `budget` addressing shapes (plus the MEM_PICK ones) for every memory
    position, every immediate edge crossed with the interesting values of
    the other positions; the other positions are filled at random.  The
    union over all forms (and the `addressing` group) covers every shape."""
    # operation width (for immediate edges): widest sized non-imm operand
    # (CL/DX are counts/ports and do not set it)
    ctx = max([reg_width(o) for o in operands] + [0])
    # a sign-extended immediate is tested over the operation width (GNU
    # picks imm8 or imm32 by value); any other immediate is a field of its
    # own size (shift counts, bt bit numbers, enter, in/out ports)
    sx = ("sx" in flags.split()) if flags is not None else (mnem in SX_MNEMS)
    evex = enc.startswith("EVEX")
    specs = []
    for o in operands:
        m = re.fullmatch(r"imm(8|16|32)", o.strip().lower())
        octx = ctx
        if m and not sx and int(m.group(1)) < ctx:
            octx = int(m.group(1))
        sp = operand_spec(o, octx, rng, evex, enc, flags)
        if sp is None:
            return None, "unknown operand notation '%s'" % o
        specs.append(sp)
    head = (prefix + " " if prefix else "") + mnem
    if flags and "pvex" in flags.split():  # AVX-VNNI...: VEX only with {vex}
        head = "{vex} " + head
    if not specs:
        return [head], None
    vals = []
    for sp in specs:
        if sp.kind in ("rm", "mem"):
            regs = [v for v in sp.values if "[" not in v and ":" not in v]
            ms = [v for v in sp.values if v not in regs]
            extra = [v for v in ms if v not in sp.pick]
            k = min(len(extra), budget)
            vals.append(regs + [m for m in sp.pick if m in ms]
                        + rng.sample(extra, k))
        else:
            vals.append(sp.values)
    combos = []
    seen = set()

    def add(c):
        c = tuple(c)
        if c not in seen:
            seen.add(c)
            combos.append(c)
    for i, sp in enumerate(specs):
        for v in vals[i]:
            c = [rng.choice(s.pick) for s in specs]
            c[i] = v
            add(c)
            if sp.kind == "imm":  # every edge against each interesting value
                for j, sq in enumerate(specs):
                    if j != i:
                        for w in sq.pick:
                            c = [rng.choice(s.pick) for s in specs]
                            c[i], c[j] = v, w
                            add(c)
    if flags and "kmask" in flags.split():  # gathers, scatters: a mask always
        combos = [(c[0] + "{k%d}" % (1 + i % 7),) + c[1:] for i, c in enumerate(combos)]
    lines = [head + " " + ", ".join(c) for c in combos]
    # memory without size keyword (the register or nothing fixes the size)
    for i, sp in enumerate(specs):
        if sp.kind in ("rm", "mem") and sp.width in PTR:
            for m in MEM_PICK[:3]:
                c = [rng.choice(s.pick) for s in specs]
                c[i] = m
                lines.append(head + " " + ", ".join(c))
    if evex:
        lines += evex_lines(head, operands, specs, rng, flags or "", enc)
    # pseudo-prefixes: {evex} forces EVEX (registers 0..15 too), {vex3}
    # the 3-byte VEX, {vex} VEX (an error where no form of that kind fits)
    if enc.startswith("VEX") or enc.startswith("XOP") or evex:
        pseudo = ["{evex}"] * 3 if evex else ["{vex3}", "{vex3}", "{vex}"]
        if not evex and mnem in EVEX_MNEMS:
            pseudo += ["{evex}", "{evex}"]
        for i, pp in enumerate(pseudo):
            c = [rng.choice(s.pick) for s in specs]
            if evex and i == 0:
                c = [v.replace("16", "1").replace("31", "3") for v in c]
            lines.append(pp + " " + head.replace("{vex} ", "") + " " + ", ".join(c))
    return lines, None


def evex_lines(head, operands, specs, rng, flags, enc):
    """Decorations of an EVEX form: write masks {k1}..{k7} and {z} on the
    destination (a memory destination takes no {z}; `nomask' rows none,
    GNU rejects them: errors expected), broadcasts (FV/HV rows:
    `DWORD BCST [..]` and `[..]{1toN}`, element size from W) at
    displacements that are multiples of the element and not of the
    vector."""
    out = []
    d = specs[0]
    for mask in ("{k1}", "{k7}", "{k3}{z}", "{k0}"):
        c = [rng.choice(s.pick) for s in specs]
        if d.kind in ("rm", "mem"):
            c[0] = rng.choice([v for v in d.values if "[" in v][:8])
        c[0] += mask
        out.append(head + " " + ", ".join(c))
    fl = flags.split()
    # static rounding / SAE: as an operand of its own after the last
    # register (or before it), or on that register as objdump writes it;
    # on the 512-bit and scalar (LIG) forms, never with memory; the other
    # lengths, memory and the wrong kind ({sae} for er) are rejected by both
    if "er" in fl or "sae" in fl:
        modes = ["{rn-sae}", "{rd-sae}", "{ru-sae}", "{rz-sae}", "{sae}"] if "er" in fl else ["{sae}", "{rn-sae}"]
        for k, mode in enumerate(modes):
            c = [rng.choice([v for v in sp.pick if "[" not in v] or sp.pick) for sp in specs]
            last = max(i for i, sp in enumerate(specs) if sp.kind != "imm")
            if k % 2:
                c[last] += mode
            else:
                c.insert(last + 1, mode)
            if k == 2:
                c[0] += "{k1}{z}" if specs[0].kind != "mem" else "{k1}"
            out.append(head + " " + ", ".join(c))
        c = [rng.choice(sp.pick) for sp in specs]
        c.insert(len(c) - 1 if specs[-1].kind == "imm" else len(c), modes[0])
        out.append(head + " " + ", ".join(c))
        c = [rng.choice([v for v in sp.pick if "[" not in v] or sp.pick) for sp in specs]
        c.insert(0 if len(c) > 2 else 1, modes[0])  # misplaced (mostly)
        out.append(head + " " + ", ".join(c))
    if "FV" in fl or "HV" in fl or "QV" in fl:
        elem = 16 if "ph" in fl else 64 if ".W1 " in enc + " " else 32
        vl = {"L0": 128, "L1": 256, "L2": 512}.get(enc.split(".")[1], 128)
        n = (vl // 2 if "HV" in fl else vl // 4 if "QV" in fl else vl) // elem
        for i, sp in enumerate(specs):
            if sp.kind not in ("rm", "mem"):
                continue
            for disp in ("", "+0x%x" % (elem // 8), "-0x%x" % (elem * 16), "+0x%x" % (elem * 16)):
                c = [rng.choice(s.pick) for s in specs]
                c[i] = "%s BCST [rax%s]" % (PTR[elem], disp)
                out.append(head + " " + ", ".join(c))
                c[i] = "[rbx%s]{1to%d}" % (disp, n)
                out.append(head + " " + ", ".join(c))
    return out


def addressing_lines():
    """Every addressing shape with a few representative instructions."""
    out = []
    rng = random.Random(7)
    for m in mem_shapes(rng):
        out.append("mov rax, QWORD PTR %s" % m)
        out.append("mov %s, r9d" % m)
        out.append("add BYTE PTR %s, 1" % m)
        out.append("lea rcx, %s" % m)
        out.append("lea r12d, %s" % m)
        out.append("movzx eax, WORD PTR %s" % m)
        out.append("shld QWORD PTR %s, r15, 3" % m)
        out.append("imul r8, QWORD PTR %s, 0x100" % m)
        out.append("mov DWORD PTR %s, 0x7fffffff" % m)
        out.append("andn rax, r14, QWORD PTR %s" % m)
        out.append("mov sil, BYTE PTR %s" % m)
        out.append("push QWORD PTR %s" % m)
    return out


# --------------------------------------------------------------------------
# the hand-written list (independent of the jas table).  `cc` in a mnemonic
# expands to every condition-code spelling.  A leading word in PREFIXES is an
# instruction prefix.
CC = ("o no b c nae nb nc ae e z ne nz be na nbe a s ns p pe np po "
      "l nge nl ge le ng nle g").split()
PREFIXES = {"lock", "rep", "repe", "repz", "repne", "repnz", "notrack",
            "data16", "addr32", "rex", "rex.w", "rex64", "bnd"}

HAND_FORMS = r"""
mov r/m8, r8
mov r/m16, r16
mov r/m32, r32
mov r/m64, r64
mov r8, r/m8
mov r16, r/m16
mov r32, r/m32
mov r64, r/m64
mov r/m16, Sreg
mov r32, Sreg
mov r64, Sreg
mov Sreg, r/m16
mov Sreg, r32
mov Sreg, r64
mov AL, moffs8
mov AX, moffs16
mov EAX, moffs32
mov RAX, moffs64
mov moffs8, AL
mov moffs16, AX
mov moffs32, EAX
mov moffs64, RAX
mov r8, imm8
mov r16, imm16
mov r32, imm32
mov r64, imm64
mov r/m8, imm8
mov r/m16, imm16
mov r/m32, imm32
mov r/m64, imm32
movabs AL, moffs8
movabs AX, moffs16
movabs EAX, moffs32
movabs RAX, moffs64
movabs moffs8, AL
movabs moffs16, AX
movabs moffs32, EAX
movabs moffs64, RAX
movabs r64, imm64
movzx r16, r/m8
movzx r32, r/m8
movzx r64, r/m8
movzx r32, r/m16
movzx r64, r/m16
movsx r16, r/m8
movsx r32, r/m8
movsx r64, r/m8
movsx r32, r/m16
movsx r64, r/m16
movsxd r64, r/m32
movsxd r32, r/m32
movsxd r16, r/m32
movsxd r16, r/m16
cmovcc r16, r/m16
cmovcc r32, r/m32
cmovcc r64, r/m64
xchg AX, r16
xchg r16, AX
xchg EAX, r32
xchg r32, EAX
xchg RAX, r64
xchg r64, RAX
xchg r/m8, r8
xchg r8, r/m8
xchg r/m16, r16
xchg r16, r/m16
xchg r/m32, r32
xchg r32, r/m32
xchg r/m64, r64
xchg r64, r/m64
bswap r32
bswap r64
push r/m16
push r/m64
push r16
push r64
push imm8
push imm32
push FS
push GS
pop r/m16
pop r/m64
pop r16
pop r64
pop FS
pop GS
lea r16, m
lea r32, m
lea r64, m
cbw
cwde
cdqe
cwd
cdq
cqo
leave
@alu AL, imm8
@alu AX, imm16
@alu EAX, imm32
@alu RAX, imm32
@alu r/m8, imm8
@alu r/m16, imm16
@alu r/m32, imm32
@alu r/m64, imm32
@alu r/m16, imm8
@alu r/m32, imm8
@alu r/m64, imm8
@alu r/m8, r8
@alu r/m16, r16
@alu r/m32, r32
@alu r/m64, r64
@alu r8, r/m8
@alu r16, r/m16
@alu r32, r/m32
@alu r64, r/m64
test AL, imm8
test AX, imm16
test EAX, imm32
test RAX, imm32
test r/m8, imm8
test r/m16, imm16
test r/m32, imm32
test r/m64, imm32
test r/m8, r8
test r/m16, r16
test r/m32, r32
test r/m64, r64
@unary r/m8
@unary r/m16
@unary r/m32
@unary r/m64
imul r16, r/m16
imul r32, r/m32
imul r64, r/m64
imul r16, r/m16, imm8
imul r32, r/m32, imm8
imul r64, r/m64, imm8
imul r16, r/m16, imm16
imul r32, r/m32, imm32
imul r64, r/m64, imm32
imul r16, imm16
imul r32, imm32
imul r64, imm32
@shift r/m8, 1
@shift r/m16, 1
@shift r/m32, 1
@shift r/m64, 1
@shift r/m8, CL
@shift r/m16, CL
@shift r/m32, CL
@shift r/m64, CL
@shift r/m8, imm8
@shift r/m16, imm8
@shift r/m32, imm8
@shift r/m64, imm8
@shift r/m64
shld r/m16, r16, imm8
shld r/m32, r32, imm8
shld r/m64, r64, imm8
shld r/m16, r16, CL
shld r/m32, r32, CL
shld r/m64, r64, CL
shrd r/m16, r16, imm8
shrd r/m32, r32, imm8
shrd r/m64, r64, imm8
shrd r/m16, r16, CL
shrd r/m32, r32, CL
shrd r/m64, r64, CL
@bt r/m16, r16
@bt r/m32, r32
@bt r/m64, r64
@bt r/m16, imm8
@bt r/m32, imm8
@bt r/m64, imm8
@bsf r16, r/m16
@bsf r32, r/m32
@bsf r64, r/m64
@vex3 r32, r32, r/m32
@vex3 r64, r64, r/m64
@vexv r32, r/m32, r32
@vexv r64, r/m64, r64
@blsx r32, r/m32
@blsx r64, r/m64
rorx r32, r/m32, imm8
rorx r64, r/m64, imm8
adcx r32, r/m32
adcx r64, r/m64
adox r32, r/m32
adox r64, r/m64
movbe r16, m16
movbe r32, m32
movbe r64, m64
movbe m16, r16
movbe m32, r32
movbe m64, r64
crc32 r32, r/m8
crc32 r32, r/m16
crc32 r32, r/m32
crc32 r64, r/m8
crc32 r64, r/m64
setcc r/m8
jmp r/m64
call r/m64
callq r/m64
callw r/m16
jmpq r/m64
jmpw r/m16
bnd callw r/m16
notrack jmpw r/m16
notrack jmp r/m64
notrack call r/m64
ret
ret imm16
bnd jmp r/m64
bnd call r/m64
bnd ret
bnd ret imm16
bnd jmp r/m16
bnd jmp m16:32
@str
lock @lalu m8, r8
lock @lalu m16, r16
lock @lalu m32, r32
lock @lalu m64, r64
lock @lalu m8, imm8
lock @lalu m32, imm8
lock @lalu m64, imm32
lock cmp m32, r32
lock @unary4 m8
lock @unary4 m64
lock @lbt m32, r32
lock @lbt m64, imm8
lock bt m32, r32
lock xadd m8, r8
lock xadd m64, r64
lock cmpxchg m32, r32
lock cmpxchg m64, r64
lock cmpxchg8b m64
lock cmpxchg16b m128
lock xchg m32, r32
lock add r64, r64
lock mov m32, r32
xadd r/m8, r8
xadd r/m16, r16
xadd r/m32, r32
xadd r/m64, r64
cmpxchg r/m8, r8
cmpxchg r/m16, r16
cmpxchg r/m32, r32
cmpxchg r/m64, r64
cmpxchg8b m64
cmpxchg16b m128
lfence
sfence
mfence
pause
nop
nop r/m16
nop r/m32
nop r/m64
int3
ud2
ud1 r16, r/m16
ud1 r32, r/m32
ud1 r64, r/m64
ud0 r16, r/m16
ud0 r64, r/m64
ud0
clac
stac
tdcall
rmpquery
seamcall
seamret
seamops
hlt
syscall
cpuid
rdtsc
rdtscp
rdrand r16
rdrand r32
rdrand r64
rdseed r16
rdseed r32
rdseed r64
endbr64
prefetcht0 m8
prefetcht1 m8
prefetcht2 m8
prefetchit0 m8
prefetchit1 m8
prefetchit0 m64
prefetchnta m8
prefetchw m8
clflush m8
clflushopt m8
@sse_mov xmm, xmm/m128
@sse_mov xmm/m128, xmm
movss xmm, xmm/m32
movss m32, xmm
movsd xmm, xmm/m64
movsd m64, xmm
@sse_half xmm, m64
@sse_half m64, xmm
movhlps xmm, xmm
movlhps xmm, xmm
movq xmm, xmm/m64
movq m64, xmm
movq xmm, r64
movq r64, xmm
movd xmm, r/m32
movd r/m32, xmm
movd xmm, r64
movd r64, xmm
movmskps r32, xmm
movmskpd r32, xmm
movmskps r64, xmm
pmovmskb r32, xmm
pmovmskb r64, xmm
movntps m128, xmm
movntpd m128, xmm
movntdq m128, xmm
movntdqa xmm, m128
movnti m32, r32
movnti m64, r64
maskmovdqu xmm, xmm
lddqu xmm, m128
ldmxcsr m32
stmxcsr m32
@sse_ps xmm, xmm/m128
@sse_pd xmm, xmm/m128
@sse_ss xmm, xmm/m32
@sse_sd xmm, xmm/m64
@sse_logic xmm, xmm/m128
cmpps xmm, xmm/m128, imm8
cmppd xmm, xmm/m128, imm8
cmpss xmm, xmm/m32, imm8
cmpsd xmm, xmm/m64, imm8
@cmp_ps xmm, xmm/m128
@cmp_pd xmm, xmm/m128
@cmp_ss xmm, xmm/m32
@cmp_sd xmm, xmm/m64
comiss xmm, xmm/m32
ucomiss xmm, xmm/m32
comisd xmm, xmm/m64
ucomisd xmm, xmm/m64
shufps xmm, xmm/m128, imm8
shufpd xmm, xmm/m128, imm8
cvtsi2ss xmm, r/m32
cvtsi2ss xmm, r/m64
cvtsi2sd xmm, r/m32
cvtsi2sd xmm, r/m64
cvtsi2sdd xmm, r/m32
cvtsi2sdq xmm, r/m64
cvtsi2ssd xmm, r/m32
cvtsi2ssq xmm, r/m64
cvtsd2sid r32, xmm/m64
cvtsd2siq r64, xmm/m64
cvttsd2siq r64, xmm/m64
cvtss2siq r64, xmm/m32
cvttss2sid r32, xmm/m32
cvtsi2sdq xmm, r/m32
@cvt_ss2si r32, xmm/m32
@cvt_ss2si r64, xmm/m32
@cvt_sd2si r32, xmm/m64
@cvt_sd2si r64, xmm/m64
cvtss2sd xmm, xmm/m32
cvtsd2ss xmm, xmm/m64
cvtps2pd xmm, xmm/m64
cvtdq2pd xmm, xmm/m64
@cvt_128 xmm, xmm/m128
@sse_int xmm, xmm/m128
@sse_shift xmm, xmm/m128
@sse_shift xmm, imm8
psrldq xmm, imm8
pslldq xmm, imm8
@sse_pshuf xmm, xmm/m128, imm8
pextrw r32, xmm, imm8
pextrw m16, xmm, imm8
pinsrw xmm, r32, imm8
pinsrw xmm, m16, imm8
@ssse3 xmm, xmm/m128
palignr xmm, xmm/m128, imm8
@sse41 xmm, xmm/m128
@sse41_imm xmm, xmm/m128, imm8
@blendv xmm, xmm/m128
@blendv xmm, xmm/m128, xmm0
@pmov64 xmm, xmm/m64
@pmov32 xmm, xmm/m32
@pmov16 xmm, xmm/m16
roundss xmm, xmm/m32, imm8
roundsd xmm, xmm/m64, imm8
insertps xmm, xmm/m32, imm8
pextrb r32, xmm, imm8
pextrb m8, xmm, imm8
pextrd r/m32, xmm, imm8
pextrq r/m64, xmm, imm8
extractps r/m32, xmm, imm8
pinsrb xmm, r32, imm8
pinsrb xmm, m8, imm8
pinsrd xmm, r/m32, imm8
pinsrq xmm, r/m64, imm8
@aes xmm, xmm/m128
aeskeygenassist xmm, xmm/m128, imm8
pclmulqdq xmm, xmm/m128, imm8
@pclmul xmm, xmm/m128
@sha xmm, xmm/m128
sha1rnds4 xmm, xmm/m128, imm8
paddb mm, mm/m64
pxor mm, mm/m64
punpcklbw mm, mm/m32
psrlq mm, imm8
psllw mm, mm/m64
movq mm, mm/m64
movq m64, mm
movq mm, r64
movd mm, r/m32
movd r/m32, mm
emms
pshufw mm, mm/m64, imm8
pshufb mm, mm/m64
pmovmskb r32, mm
@avx_mov xmm, xmm/m128
@avx_mov xmm/m128, xmm
@avx_mov ymm, ymm/m256
@avx_mov ymm/m256, ymm
vmovss xmm, xmm, xmm
vmovss xmm, m32
vmovss m32, xmm
vmovsd xmm, xmm, xmm
vmovsd xmm, m64
vmovsd m64, xmm
vmovq xmm, xmm/m64
vmovq m64, xmm
vmovq xmm, r64
vmovq r64, xmm
vmovd xmm, r/m32
vmovd r/m32, xmm
vpmovmskb r32, xmm
vpmovmskb r32, ymm
vmovmskps r32, ymm
vzeroupper
vzeroall
@avx_fp xmm, xmm, xmm/m128
@avx_fp ymm, ymm, ymm/m256
@avx_int xmm, xmm, xmm/m128
@avx_int ymm, ymm, ymm/m256
@avx_ss xmm, xmm, xmm/m32
@avx_sd xmm, xmm, xmm/m64
@avx_shift xmm, xmm, xmm/m128
@avx_shift ymm, ymm, xmm/m128
@avx_shift xmm, xmm, imm8
@avx_shift ymm, ymm, imm8
vpshufd xmm, xmm/m128, imm8
vpshufd ymm, ymm/m256, imm8
vpalignr xmm, xmm, xmm/m128, imm8
vpalignr ymm, ymm, ymm/m256, imm8
vpbroadcastb xmm, xmm/m8
vpbroadcastd ymm, xmm/m32
vpbroadcastq ymm, xmm/m64
vbroadcastss ymm, m32
vbroadcasti128 ymm, m128
vinserti128 ymm, ymm, xmm/m128, imm8
vextracti128 xmm/m128, ymm, imm8
vperm2i128 ymm, ymm, ymm/m256, imm8
vpermq ymm, ymm/m256, imm8
vpermd ymm, ymm, ymm/m256
vpblendd ymm, ymm, ymm/m256, imm8
vpblendvb xmm, xmm, xmm/m128, xmm
vpblendvb ymm, ymm, ymm/m256, ymm
vptest ymm, ymm/m256
vpinsrd xmm, xmm, r/m32, imm8
vpinsrq xmm, xmm, r/m64, imm8
vpextrd r/m32, xmm, imm8
vpextrq r/m64, xmm, imm8
vpmovzxbw ymm, xmm/m128
vpmovsxdq xmm, xmm/m64
vcvtsi2sd xmm, xmm, r/m32
vcvtsi2sd xmm, xmm, r/m64
vcvtsi2sdq xmm, xmm, r/m64
vcvtsi2ssd xmm, xmm, r/m32
vcvtsd2siq r64, xmm/m64
vcvttss2sid r32, xmm/m32
vcvttsd2si r64, xmm/m64
vcvtss2sd xmm, xmm, xmm/m32
vcvtdq2pd ymm, xmm/m128
vucomisd xmm, xmm/m64
vcmpltpd ymm, ymm, ymm/m256
vcmpgt_oqsd xmm, xmm, xmm/m64
vcmpps xmm, xmm, xmm/m128, imm8
vaesenc xmm, xmm, xmm/m128
vaesenc ymm, ymm, ymm/m256
vpclmulqdq xmm, xmm, xmm/m128, imm8
vpclmulhqlqdq ymm, ymm, ymm/m256
vfmadd231pd ymm, ymm, ymm/m256
vfmadd213sd xmm, xmm, xmm/m64
vfnmadd132ps xmm, xmm, xmm/m128
# x87 FPU
fld m32fp
fld m64fp
fld m80fp
fld ST(i)
fst m32fp
fst m64fp
fst ST(i)
fstp m32fp
fstp m64fp
fstp m80fp
fstp ST(i)
fild m16int
fild m32int
fild m64int
fist m16int
fist m32int
fistp m16int
fistp m32int
fistp m64int
fisttp m16int
fisttp m32int
fisttp m64int
fbld m80bcd
fbstp m80bcd
fxch ST(i)
fxch
@x87_fcmov ST(0), ST(i)
@x87_arith m32fp
@x87_arith m64fp
@x87_arith ST(0), ST(i)
@x87_arith ST(i), ST(0)
@x87_arith ST(i)
@x87_arith
@x87_arithp ST(i), ST(0)
@x87_arithp ST(i)
@x87_arithp
faddp ST(0), ST(i)
fmulp ST(0), ST(i)
@x87_iarith m16int
@x87_iarith m32int
fcom m32fp
fcom m64fp
fcom ST(i)
fcom
fcomp m32fp
fcomp m64fp
fcomp ST(i)
fcomp
fucom ST(i)
fucom
fucomp ST(i)
fucomp
@x87_comi ST(0), ST(i)
@x87_comi ST(i)
@x87_comi
@x87_none
ffree ST(i)
ffreep ST(i)
fldcw m2byte
fnstcw m2byte
fstcw m2byte
fnstsw AX
fnstsw m2byte
fnstsw
fstsw AX
fstsw m2byte
fstsw
@x87_env m14/28byte
@x87_save m94/108byte
@x87_fx m512byte
@xsave mem
@sys0
incsspd r32
incsspd r64
incsspq r64
rdsspd r32
rdsspq r64
rdsspq r32
rstorssp m64
clrssbsy m64
wrssd m32, r32
wrssq m64, r64
wrussd m32, r32
wrussq m64, r64
bndmk bnd, m
bndmk bnd, r64
bndcl bnd, r/m64
bndcl bnd, r32
bndcl bnd, m32
bndcu bnd, r/m64
bndcu bnd, m8
bndcn bnd, r/m64
bndcn bnd, m128
bndmov bnd, bnd
bndmov bnd, m128
bndmov m128, bnd
bndmov bnd, m64
bndldx bnd, m
bndldx bnd, m64
bndstx m, bnd
bndstx m32, bnd
bndstx bnd, m
addr32 bndcl bnd, r64
data16 bndmk bnd, m
rex.w bndcl bnd, r/m64
repne bndcu bnd, r64
rep bndstx m, bnd
@fsgs r32
@fsgs r64
rdpid r64
rdpid r32
senduipi r64
@dtab m16&64
@seg16 r/m16
@seg16 r32
@sldt r16
@sldt r32
@sldt r64
@sldt m16
@lar r16, r16/m16
@lar r32, r32/m16
@lar r32, r16
@lar r64, r64/m16
@lar r64, r16
@lar r16, r32
mov r64, cr
mov cr, r64
mov r64, dr
mov dr, r64
mov r64, db
mov db, r64
mov r32, cr
mov dr, r32
invlpg m
@inv128 r64, m128
hreset imm8
@monitor RAX, ECX/RCX, EDX/RDX
@monitor EAX, ECX/RCX, EDX/RDX
@mwait EAX, ECX
@mwait RAX, RCX
@mwait EAX, RCX
mwaitx EAX, ECX, EBX
mwaitx RAX, RCX, RBX
umonitor r64
umonitor r32
@umwait r32
@umwait r32, EDX, EAX
movdiri m32, r32
movdiri m64, r64
@enq r64, mem
@enq r32, mem
cldemote m
ptwrite r/m32
ptwrite r/m64
@vmptr m64
vmread r/m64, r64
vmwrite r64, r/m64
@svm_rax RAX
@svm_rax EAX
skinit EAX
@svm_ac RAX, ECX/RCX
@svm_ac EAX, ECX/RCX
@svm_acd RAX, ECX/RCX, EDX/RDX
@svm_acd EAX, ECX/RCX, EDX/RDX
# AVX-512.  A leading % marks an EVEX form: vector registers 0..31, the
# disp8*N memory shapes and the {k}/{z}/broadcast decorations are crossed
# as for EVEX table rows (the flags after | give the tuple type and W)
@kmask k, k, k
@kmask1 k, k
kmovb k, k/m8
kmovw k, k/m16
kmovd k, k/m32
kmovq k, k/m64
kmovb m8, k
kmovq m64, k
kmovw k, r32
kmovd k, r32
kmovq k, r64
kmovb r32, k
kmovd r32, k
kmovq r64, k
kshiftlw k, k, imm8
kshiftrq k, k, imm8
kunpckbw k, k, k
kunpckwd k, k, k
kunpckdq k, k, k
%@e_mov zmm, zmm/m512 |FVM EVEX.L2.W0
%@e_mov zmm/m512, zmm |FVM EVEX.L2.W0
%@e_mov xmm, xmm/m128 |FVM EVEX.L0.W0
%@e_mov ymm/m256, ymm |FVM EVEX.L1.W0
%vmovntdq m512, zmm |FVM nomask EVEX.L2.W0
%vmovntdqa zmm, m512 |FVM nomask EVEX.L2.W0
%@e_intd zmm, zmm, zmm/m512 |FV EVEX.L2.W0
%@e_intd xmm, xmm, xmm/m128 |FV EVEX.L0.W0
%@e_intq ymm, ymm, ymm/m256 |FV EVEX.L1.W1
%@e_intq zmm, zmm, zmm/m512 |FV EVEX.L2.W1
%@e_intbw zmm, zmm, zmm/m512 |FVM EVEX.L2.W0
%@e_intbw ymm, ymm, ymm/m256 |FVM EVEX.L1.W0
%vpternlogd zmm, zmm, zmm/m512, imm8 |FV EVEX.L2.W0
%vpternlogq xmm, xmm, xmm/m128, imm8 |FV EVEX.L0.W1
%@e_cmpbw k, zmm, zmm/m512 |FVM EVEX.L2.W0
%@e_cmpbw k, ymm, ymm/m256 |FVM EVEX.L1.W0
%@e_cmpd k, zmm, zmm/m512 |FV EVEX.L2.W0
%@e_cmpd k, xmm, xmm/m128 |FV EVEX.L0.W0
%vpcmpub k, zmm, zmm/m512, imm8 |FVM EVEX.L2.W0
%vpcmpq k, ymm, ymm/m256, imm8 |FV EVEX.L1.W1
%@e_bcst zmm, xmm/m32 |T1S EVEX.L2.W0
%vpbroadcastb zmm, r32 |T1S EVEX.L2.W0
%vpbroadcastd ymm, r32 |T1S EVEX.L1.W0
%vpbroadcastq xmm, r64 |T1S EVEX.L0.W1
%vpermt2d zmm, zmm, zmm/m512 |FV EVEX.L2.W0
%vpermi2q ymm, ymm, ymm/m256 |FV EVEX.L1.W1
%vpshufb zmm, zmm, zmm/m512 |FVM EVEX.L2.W0
%vpmovzxbw zmm, ymm/m256 |HVM EVEX.L2.W0
%vpmovqb xmm/m64, zmm |OVM EVEX.L2.W0
%vpmovsqb xmm/m64, zmm |OVM EVEX.L2.W0
%vpmovusqb xmm/m64, zmm |OVM EVEX.L2.W0
%vpmovqw xmm/m128, zmm |QVM EVEX.L2.W0
%vpmovsqw xmm/m128, zmm |QVM EVEX.L2.W0
%vpmovusqw xmm/m128, zmm |QVM EVEX.L2.W0
%vpmovqd ymm/m256, zmm |HVM EVEX.L2.W0
%vpmovsqd ymm/m256, zmm |HVM EVEX.L2.W0
%vpmovusqd ymm/m256, zmm |HVM EVEX.L2.W0
%vpmovdb xmm/m128, zmm |QVM EVEX.L2.W0
%vpmovsdb xmm/m128, zmm |QVM EVEX.L2.W0
%vpmovusdb xmm/m128, zmm |QVM EVEX.L2.W0
%vpmovdw ymm/m256, zmm |HVM EVEX.L2.W0
%vpmovsdw ymm/m256, zmm |HVM EVEX.L2.W0
%vpmovusdw ymm/m256, zmm |HVM EVEX.L2.W0
%vpmovwb ymm/m256, zmm |HVM EVEX.L2.W0
%vpmovswb ymm/m256, zmm |HVM EVEX.L2.W0
%vpmovuswb ymm/m256, zmm |HVM EVEX.L2.W0
%vpmovb2m k, zmm |nomask EVEX.L2.W0
%vpmovm2d zmm, k |nomask EVEX.L2.W0
%vextracti32x4 xmm/m128, zmm, imm8 |T4 EVEX.L2.W0
%vinserti64x4 zmm, zmm, ymm/m256, imm8 |T4 EVEX.L2.W1
%vextracti32x8 ymm/m256, zmm, imm8 |T8 EVEX.L2.W0
%vinsertf32x8 zmm, zmm, ymm/m256, imm8 |T8 EVEX.L2.W0
%vextractf64x2 xmm/m128, ymm, imm8 |T2 EVEX.L1.W1
%vinserti64x2 zmm, zmm, xmm/m128, imm8 |T2 EVEX.L2.W1
%valignd zmm, zmm, zmm/m512, imm8 |FV EVEX.L2.W0
%valignq ymm, ymm, ymm/m256, imm8 |FV EVEX.L1.W1
%vaddps zmm, zmm, zmm/m512 |FV EVEX.L2.W0
%vaddsd xmm, xmm, xmm/m64 |T1S EVEX.LIG.W1
%vmovd xmm, r/m32 |T1S nomask EVEX.L0.W0
%vmovq xmm, r/m64 |T1S nomask EVEX.L0.W1
%vpmulhrsw zmm, zmm, zmm/m512 |FVM EVEX.L2.W0
%vpabsw ymm, ymm/m256 |FVM EVEX.L1.W0
%vpabsq zmm, zmm/m512 |FV EVEX.L2.W1
%vmovsldup zmm, zmm/m512 |FVM EVEX.L2.W0
%vmovshdup xmm, xmm/m128 |FVM EVEX.L0.W0
%vmovhps m64, xmm |T2 nomask EVEX.L0.W0
%vmovlpd xmm, xmm, m64 |T1S nomask EVEX.L0.W1
%vpsrlvw zmm, zmm, zmm/m512 |FVM EVEX.L2.W1
%vpsllvw ymm, ymm, ymm/m256 |FVM EVEX.L1.W1
%vpextrd r/m32, xmm, imm8 |T1S nomask EVEX.L0.W0
%vpinsrq xmm, xmm, r/m64, imm8 |T1S nomask EVEX.L0.W1
%vshufi32x4 zmm, zmm, zmm/m512, imm8 |FV EVEX.L2.W0
%vshuff64x2 ymm, ymm, ymm/m256, imm8 |FV EVEX.L1.W1
%vbroadcasti32x8 zmm, m256 |T8 EVEX.L2.W0
%vpblendmb zmm, zmm, zmm/m512 |FVM EVEX.L2.W0
%vpblendmq ymm, ymm, ymm/m256 |FV EVEX.L1.W1
%vblendmps xmm, xmm, xmm/m128 |FV EVEX.L0.W0
%vpdpwssd zmm, zmm, zmm/m512 |FV EVEX.L2.W0
%vpdpbusd ymm, ymm, ymm/m256 |FV EVEX.L1.W0
%vpdpwssds xmm, xmm, xmm/m128 |FV EVEX.L0.W0
%vpdpbusds zmm, zmm, zmm/m512 |FV EVEX.L2.W0
%vpmadd52luq zmm, zmm, zmm/m512 |FV EVEX.L2.W1
%vpmadd52huq xmm, xmm, xmm/m128 |FV EVEX.L0.W1
%vpmultishiftqb zmm, zmm, zmm/m512 |FV EVEX.L2.W1
%vpshldd zmm, zmm, zmm/m512, imm8 |FV EVEX.L2.W0
%vpshrdw ymm, ymm, ymm/m256, imm8 |FVM EVEX.L1.W1
%vpshrdvq zmm, zmm, zmm/m512 |FV EVEX.L2.W1
%vpshufbitqmb k, zmm, zmm/m512 |FVM EVEX.L2.W0
%vpopcntq zmm, zmm/m512 |FV EVEX.L2.W1
%vgf2p8affineqb zmm, zmm, zmm/m512, imm8 |FV EVEX.L2.W1
%vgf2p8mulb ymm, ymm, ymm/m256 |FVM EVEX.L1.W0
gf2p8affineqb xmm, xmm/m128, imm8
gf2p8affineinvqb xmm, xmm/m128, imm8
gf2p8mulb xmm, xmm/m128
vgf2p8affineinvqb ymm, ymm, ymm/m256, imm8
vfmaddsd xmm, xmm, xmm, xmm/m64
vfmaddsd xmm, xmm, xmm/m64, xmm
vfmaddps ymm, ymm, ymm, ymm/m256
vfnmsubpd xmm, xmm, xmm/m128, xmm
vfmsubaddps ymm, ymm, ymm/m256, ymm
vprotd xmm, xmm/m128, xmm
vprotq xmm, xmm, xmm/m128
vprotb xmm, xmm/m128, imm8
vpshad xmm, xmm/m128, xmm
vpshlw xmm, xmm, xmm/m128
vpcmov ymm, ymm, ymm/m256, ymm
vpperm xmm, xmm, xmm, xmm/m128
vpermil2ps xmm, xmm, xmm/m128, xmm, imm4
vpermil2ps xmm, xmm, xmm, xmm/m128, imm4
vpermil2ps ymm, ymm, ymm/m256, ymm, imm4
vpermil2pd xmm, xmm, xmm, xmm/m128, imm4
vpermil2pd ymm, ymm, ymm/m256, ymm, imm4
vpermil2pd ymm, ymm, ymm, ymm/m256, imm4
bextr r32, r/m32, imm32
bextr r64, r/m64, imm32
blcfill r32, r/m32
blsfill r64, r/m64
blcs r32, r/m32
tzmsk r64, r/m64
blcic r32, r/m32
blsic r32, r/m32
t1mskc r64, r/m64
blcmsk r32, r/m32
blci r64, r/m64
lwpins r32, r/m32, imm32
lwpins r64, r/m32, imm32
lwpval r64, r/m32, imm32
llwpcb r32
slwpcb r64
vpcomltub xmm, xmm, xmm/m128
vpcomneqw xmm, xmm, xmm/m128
vpcomd xmm, xmm, xmm/m128, imm8
vfrczsd xmm, xmm/m64
vphaddbq xmm, xmm/m128
vpmacsdd xmm, xmm, xmm/m128, xmm
vpgatherdd ymm, vm32y, ymm
vpgatherqd xmm, vm64y, xmm
vgatherdps xmm, vm32x, xmm
vgatherqps xmm, vm64x, xmm
%vpgatherdd zmm, vm32z |T1S kmask EVEX.L2.W0
%vpgatherdq ymm, vm32x |T1S kmask EVEX.L1.W1
%vgatherqps ymm, vm64z |T1S kmask EVEX.L2.W0
%vpscatterdd vm32z, zmm |T1S kmask EVEX.L2.W0
%vscatterqpd vm64y, ymm |T1S kmask EVEX.L1.W1
%vaddps zmm, zmm, zmm/m512 |FV er EVEX.L2.W0
%vmaxsd xmm, xmm, xmm/m64 |T1S sae EVEX.LIG.W1
%vfmadd231pd zmm, zmm, zmm/m512 |FV er EVEX.L2.W1
%vcvtqq2pd zmm, zmm/m512 |FV er EVEX.L2.W1
%vcvtpd2qq ymm, ymm/m256 |FV er EVEX.L1.W1
%vcvtps2pd zmm, ymm/m256 |HV sae EVEX.L2.W0
%vcvtdq2pd xmm, xmm/m64 |HV EVEX.L0.W0
%vcvttsd2usi r64, xmm/m64 |T1F sae EVEX.LIG.W1
%vcvtusi2ss xmm, xmm, r/m32 |T1S er EVEX.LIG.W0
%vcvtsd2ss xmm, xmm, xmm/m64 |T1S er EVEX.LIG.W1
%vcmpss k, xmm, xmm/m32, imm8 |T1S sae EVEX.LIG.W0
%vcmpltsd k, xmm, xmm/m64 |T1S sae EVEX.LIG.W1
%vcomisd xmm, xmm/m64 |T1S sae nomask EVEX.LIG.W1
%vpermt2pd zmm, zmm, zmm/m512 |FV EVEX.L2.W1
%vpcompressd zmm/m512, zmm |T1S EVEX.L2.W0
%vpcompressw ymm/m256, ymm |T1S ebw EVEX.L1.W1
%vpexpandq xmm, xmm/m128 |T1S EVEX.L0.W1
%vexpandps zmm, zmm/m512 |T1S EVEX.L2.W0
%vgetexppd zmm, zmm/m512 |FV sae EVEX.L2.W1
%vrndscaless xmm, xmm, xmm/m32, imm8 |T1S sae EVEX.LIG.W0
%vscalefps zmm, zmm, zmm/m512 |FV er EVEX.L2.W0
%vrangepd ymm, ymm, ymm/m256, imm8 |FV sae EVEX.L1.W1
%vfpclassps k, zmm/m512, imm8 |FV EVEX.L2.W0
%vfpclasssd k, xmm/m64, imm8 |T1S EVEX.LIG.W1
%vrcp28pd zmm, zmm/m512 |FV sae EVEX.L2.W1
%vdpbf16ps zmm, zmm, zmm/m512 |FV EVEX.L2.W0
%vp2intersectd k, zmm, zmm/m512 |FV nomask EVEX.L2.W0
%vcvtusi2sdq xmm, xmm, r/m64 |T1S EVEX.LIG.W1
%vcvtusi2ssd xmm, xmm, r/m32 |T1S EVEX.LIG.W0
%vcvtsi2shq xmm, xmm, r/m64 |T1S EVEX.LIG.W1
%vcvtusi2shd xmm, xmm, r/m32 |T1S EVEX.LIG.W0
%vcvttsd2siq r64, xmm/m64 |T1F EVEX.LIG.W1
%v4fmaddps zmm, zmm+3, m128 |T4 EVEX.L2.W0
%v4fnmaddps zmm, zmm+3, m128 |T4 EVEX.L2.W0
%v4fmaddss xmm, xmm+3, m128 |T4 EVEX.LIG.W0
%v4fnmaddss xmm, xmm+3, m128 |T4 EVEX.LIG.W0
%vp4dpwssd zmm, zmm+3, m128 |T4 EVEX.L2.W0
%vp4dpwssds zmm, zmm+3, m128 |T4 EVEX.L2.W0
%vaddph zmm, zmm, zmm/m512 |FV ph er EVEX.L2.W0
%vmulsh xmm, xmm, xmm/m16 |T1S ph er EVEX.LIG.W0
%vfmadd213ph ymm, ymm, ymm/m256 |FV ph er EVEX.L1.W0
%vcmpph k, zmm, zmm/m512, imm8 |FV ph sae EVEX.L2.W0
%vmovsh xmm, m16 |T1S ph EVEX.LIG.W0
%vmovw xmm, r32 |T1S ph nomask EVEX.L0.W0
%vfmulcph zmm, zmm, zmm/m512 |FV er distinct EVEX.L2.W0
%vcvtph2pd zmm, xmm/m128 |QV ph sae EVEX.L2.W0
%vcvtph2qq ymm, xmm/m64 |QV ph er EVEX.L1.W0
%vcvtsh2si r64, xmm/m16 |T1S ph nomask er EVEX.LIG.W1
%vcvtdq2ph ymm, zmm/m512 |FV er EVEX.L2.W0
tileloadd tmm, sibmem
tilestored sibmem, tmm
tilezero tmm
tdpbssd tmm, tmm, tmm
pmulhrw mm, mm/m64
pfadd mm, mm/m64
pswapd mm, mm/m64
femms
retfw
retfq imm16
lfs r32, m16:32
lgs r16, m16:16
xcrypt-cbc
xcryptecb
rep xsha1
repz xcrypt-ofb
repnz xsha256
rep xstore-rng
montmul
vmaskmovps ymm, ymm, m256
vmaskmovpd m128, xmm, xmm
vmaskmovdqu xmm, xmm
"""

MACROS = {
    "@kmask": ["k%s%s" % (m, z) for m in ("and", "andn", "or", "xor", "xnor", "add")
               for z in "bwdq"],
    "@kmask1": ["k%s%s" % (m, z) for m in ("not", "ortest", "test") for z in "bwdq"],
    "@e_mov": "vmovdqa32 vmovdqa64 vmovdqu8 vmovdqu16 vmovdqu32 vmovdqu64 vmovaps vmovups".split(),
    "@e_intd": "vpaddd vpsubd vpandd vpandnd vpord vpxord vpminud vpmaxsd vpmulld".split(),
    "@e_intq": "vpaddq vpsubq vpandq vpandnq vporq vpxorq vpminuq vpmaxsq".split(),
    "@e_intbw": "vpaddb vpsubb vpaddw vpminub vpmaxub vpminsw vpavgb vpmullw".split(),
    "@e_cmpbw": ("vpcmpeqb vpcmpeqw vpcmpgtb vptestmb vptestnmb vptestmw vpcmpequb "
                 "vpcmpnequb vpcmpltub vpcmpleb vpcmpnltw vpcmpnleuw").split(),
    "@e_cmpd": ("vpcmpeqd vpcmpgtd vptestmd vptestnmd vpcmpneqd vpcmpltud "
                "vpcmpnled").split(),
    "@e_bcst": "vpbroadcastd vbroadcastss".split(),
    "@alu": "add adc sub sbb cmp and or xor".split(),
    "@unary": "inc dec neg not mul div idiv imul".split(),
    "@unary4": "inc dec neg not".split(),
    "@lalu": "add adc sub sbb and or xor".split(),
    "@lbt": "bts btr btc".split(),
    "@shift": "shl shr sar sal rol ror rcl rcr".split(),
    "@bt": "bt bts btr btc".split(),
    "@bsf": "bsf bsr popcnt lzcnt tzcnt".split(),
    "@vex3": "andn pdep pext mulx".split(),
    "@vexv": "bextr bzhi sarx shlx shrx".split(),
    "@blsx": "blsi blsmsk blsr".split(),
    "@sse_mov": "movaps movups movapd movupd movdqa movdqu".split(),
    "@sse_half": "movlps movhps movlpd movhpd".split(),
    "@sse_ps": ("addps subps mulps divps minps maxps sqrtps rsqrtps rcpps unpcklps unpckhps "
                "movshdup movsldup addsubps haddps hsubps").split(),
    "@sse_pd": ("addpd subpd mulpd divpd minpd maxpd sqrtpd unpcklpd unpckhpd addsubpd "
                "haddpd hsubpd").split(),
    "@sse_ss": "addss subss mulss divss minss maxss sqrtss rsqrtss rcpss".split(),
    "@sse_sd": "addsd subsd mulsd divsd minsd maxsd sqrtsd movddup".split(),
    "@sse_logic": "andps andnps orps xorps andpd andnpd orpd xorpd".split(),
    "@cmp_ps": ["cmp%sps" % p for p in "eq lt le unord neq nlt nle ord".split()],
    "@cmp_pd": ["cmp%spd" % p for p in "eq lt le unord neq nlt nle ord".split()],
    "@cmp_ss": ["cmp%sss" % p for p in "eq lt le unord neq nlt nle ord".split()],
    "@cmp_sd": ["cmp%ssd" % p for p in "eq lt le unord neq nlt nle ord".split()],
    "@cvt_ss2si": "cvtss2si cvttss2si".split(),
    "@cvt_sd2si": "cvtsd2si cvttsd2si".split(),
    "@cvt_128": "cvtpd2ps cvtdq2ps cvtps2dq cvttps2dq cvtpd2dq cvttpd2dq".split(),
    "@sse_int": ("paddb paddw paddd paddq paddsb paddsw paddusb paddusw psubb psubw psubd "
                 "psubq psubsb psubsw psubusb psubusw pmullw pmulhw pmulhuw pmuludq pmaddwd "
                 "pand pandn por pxor pcmpeqb pcmpeqw pcmpeqd pcmpgtb pcmpgtw pcmpgtd "
                 "punpcklbw punpcklwd punpckldq punpcklqdq punpckhbw punpckhwd punpckhdq "
                 "punpckhqdq packsswb packssdw packuswb pmaxub pminub pmaxsw pminsw pavgb "
                 "pavgw psadbw").split(),
    "@sse_shift": "psllw pslld psllq psrlw psrld psrlq psraw psrad".split(),
    "@sse_pshuf": "pshufd pshufhw pshuflw".split(),
    "@ssse3": ("pshufb phaddw phaddd phaddsw pmaddubsw phsubw phsubd phsubsw psignb psignw "
               "psignd pmulhrsw pabsb pabsw pabsd").split(),
    "@sse41": ("pmuldq pcmpeqq packusdw pcmpgtq pminsb pminsd pminuw pminud pmaxsb pmaxsd "
               "pmaxuw pmaxud pmulld phminposuw ptest").split(),
    "@sse41_imm": ("roundps roundpd blendps blendpd pblendw dpps dppd mpsadbw pcmpestrm "
                   "pcmpestri pcmpistrm pcmpistri").split(),
    "@blendv": "pblendvb blendvps blendvpd sha256rnds2".split(),
    "@pmov64": "pmovsxbw pmovsxwd pmovsxdq pmovzxbw pmovzxwd pmovzxdq".split(),
    "@pmov32": "pmovsxbd pmovsxwq pmovzxbd pmovzxwq".split(),
    "@pmov16": "pmovsxbq pmovzxbq".split(),
    "@aes": "aesenc aesenclast aesdec aesdeclast aesimc".split(),
    "@pclmul": "pclmullqlqdq pclmulhqlqdq pclmullqhqdq pclmulhqhqdq".split(),
    "@sha": "sha1nexte sha1msg1 sha1msg2 sha256msg1 sha256msg2".split(),
    "@avx_mov": "vmovaps vmovups vmovapd vmovupd vmovdqa vmovdqu".split(),
    "@avx_fp": "vaddps vmulpd vsubps vdivpd vminps vmaxpd vandps vxorpd vunpcklps vshufps".split()[:9],
    "@avx_int": ("vpaddb vpaddd vpaddq vpsubd vpxor vpand vpandn vpor vpcmpeqb vpcmpeqd "
                 "vpcmpgtq vpmuludq vpmulld vpshufb vpminub vpmaxsd vpunpcklqdq vpackuswb "
                 "vpavgb vpsadbw vpmaddwd").split(),
    "@x87_arith": "fadd fmul fsub fsubr fdiv fdivr".split(),
    "@x87_arithp": "faddp fmulp fsubp fsubrp fdivp fdivrp".split(),
    "@x87_iarith": "fiadd fimul fisub fisubr fidiv fidivr ficom ficomp".split(),
    "@x87_fcmov": ("fcmovb fcmovnae fcmove fcmovbe fcmovna fcmovu fcmovnb fcmovae "
                   "fcmovne fcmovnbe fcmova fcmovnu").split(),
    "@x87_comi": "fcomi fcomip fcompi fucomi fucomip fucompi".split(),
    "@x87_none": ("fld1 fldl2t fldl2e fldpi fldlg2 fldln2 fldz fchs fabs ftst fxam "
                  "f2xm1 fyl2x fptan fpatan fxtract fprem1 fdecstp fincstp fprem "
                  "fyl2xp1 fsqrt fsincos frndint fscale fsin fcos fnop fcompp "
                  "fucompp fninit finit fnclex fclex fwait wait").split(),
    "@x87_env": "fldenv fnstenv fstenv".split(),
    "@x87_save": "frstor fnsave fsave".split(),
    "@x87_fx": "fxsave fxrstor fxsave64 fxrstor64".split(),
    "@xsave": ("xsave xsave64 xrstor xrstor64 xsaveopt xsaveopt64 xsavec xsavec64 "
               "xsaves xsaves64 xrstors xrstors64 fxsave fxrstor").split(),
    "@sys0": ("xgetbv xsetbv saveprevssp setssbsy swapgs rdpru clts invd wbinvd wbnoinvd "
              "rdmsr wrmsr wrmsrns rdmsrlist wrmsrlist sysenter sysexitq "
              "sysretq rsm getsec serialize monitor mwait monitorx mwaitx uiret testui "
              "clui stui xsusldtrk xresldtrk vmcall vmlaunch vmresume vmxoff vmfunc vmrun "
              "vmmcall vmload vmsave stgi clgi skinit invlpga invlpgb tlbsync clzero "
              "mcommit psmash pvalidate rmpadjust rmpupdate encls enclu enclv pconfig "
              "int1").split(),
    "@fsgs": "rdfsbase rdgsbase wrfsbase wrgsbase".split(),
    "@dtab": "lgdt lidt sgdt sidt".split(),
    "@seg16": "lldt ltr verr verw lmsw".split(),
    "@sldt": "sldt str smsw".split(),
    "@lar": "lar lsl".split(),
    "@inv128": "invpcid invept invvpid".split(),
    "@monitor": "monitor monitorx".split(),
    "@mwait": "mwait mwaitx".split(),
    "@umwait": "umwait tpause".split(),
    "@enq": "movdir64b enqcmd enqcmds".split(),
    "@vmptr": "vmptrld vmptrst vmclear vmxon".split(),
    "@svm_rax": "vmrun vmload vmsave clzero psmash".split(),
    "@svm_ac": "invlpga rmpupdate".split(),
    "@svm_acd": "invlpgb pvalidate rmpadjust".split(),
    "@avx_ss": "vaddss vmulss vsqrtss vmaxss".split(),
    "@avx_sd": "vaddsd vsubsd vdivsd vsqrtsd vminsd".split(),
    "@avx_shift": "vpsllw vpslld vpsllq vpsrlw vpsrld vpsrlq vpsraw vpsrad".split(),
}


def string_lines():
    out = []
    for base in ("movs", "stos", "lods", "scas", "cmps"):
        for suf in "bwdq":
            m = base + suf
            out.append(m)
            for p in ("rep", "repe", "repz", "repne", "repnz"):
                out.append(p + " " + m)
    # explicit-operand spellings GNU accepts
    out += ["movs BYTE PTR [rdi], BYTE PTR [rsi]",
            "movs QWORD PTR es:[rdi], QWORD PTR [rsi]",
            "stos DWORD PTR [rdi]", "lods al", "lods BYTE PTR [rsi]",
            "scas al", "scas rax", "cmps BYTE PTR [rsi], BYTE PTR [rdi]",
            "rep stos QWORD PTR [rdi]", "stos BYTE PTR [rdi], al",
            "lods rax, QWORD PTR [rsi]", "movs BYTE PTR [edi], BYTE PTR [esi]",
            "addr32 rep movsb", "fs rep movsb", "rep movsb fs:[rsi]"]
    return out


def hand_forms():
    """Expand HAND_FORMS into (prefix, mnemonic, [operand notations])."""
    forms = []
    for raw in HAND_FORMS.strip().splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        if raw == "@str":
            forms.append(("@str", None, None))
            continue
        evex = None
        if raw.startswith("%"):  # an EVEX form: "%mnem ops |flags enc"
            raw, _, tail = raw[1:].partition("|")
            raw = raw.strip()
            tail = tail.split()
            evex = (" ".join(t for t in tail if not t.startswith("EVEX")),
                    " ".join(t for t in tail if t.startswith("EVEX")) + " ")
        words = raw.split(None, 1)
        prefix = ""
        if words[0] in PREFIXES:
            prefix = words[0]
            raw = words[1]
            words = raw.split(None, 1)
        mnem = words[0]
        ops = [o.strip() for o in words[1].split(",")] if len(words) > 1 else []
        mnems = MACROS.get(mnem, [mnem])
        for mn in mnems:
            if "cc" in mn and mn not in ("cmpxchg",):
                for c in CC:
                    forms.append((prefix, mn.replace("cc", c), ops))
            else:
                forms.append((prefix, mn, ops) if evex is None else (prefix, mn, ops, evex))
    return forms


# --------------------------------------------------------------------------
# the jas table
def parse_table(text):
    """`mnemonic|operands|encoding|flags` lines -> [(mnem, [ops], enc, flags)].
    Operands are separated by ',' (spaces tolerated)."""
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) < 2:
            continue
        mnem = parts[0].strip().lower()
        ops = [o.strip() for o in parts[1].split(",") if o.strip()]
        enc = parts[2].strip() if len(parts) > 2 else ""
        flags = parts[3].strip() if len(parts) > 3 else ""
        rows.append((mnem, ops, enc, flags))
    return rows


# --------------------------------------------------------------------------
# branch / relaxation programs
JCC = ["j" + c for c in CC]
SHORT_ONLY = ["loop", "loope", "loopz", "loopne", "loopnz", "jrcxz", "jecxz"]
FILL_INSNS = ["nop", "add rax, rbx", "mov eax, 0x12345678", "push rbp",
              "lea rsi, [rsp+rax*8+0x10]", "xor ecx, ecx",
              "movabs rax, 0x1122334455667788", "ret", "int3"]


def nop_filler(n):
    """Exactly n bytes of one-byte nops (decodable, for the round trip)."""
    out = []
    while n > 0:
        k = min(n, 32)
        out.append(".byte " + ", ".join(["0x90"] * k))
        n -= k
    return out


def branch_programs(rng, scale):
    """Programs that test rel8/rel32 selection and relaxation."""
    progs = []
    pid = [0]

    def new(name):
        pid[0] += 1
        return "b%d" % pid[0], name

    def branches():
        return (["jmp"] + JCC + ["call", "xbegin"] + SHORT_ONLY
                + ["bnd jmp", "bnd je", "bnd jg", "bnd call", "bnd loop",
                   "callq", "callw", "bnd callw"])

    # forward and backward over exact distances around the rel8 limit
    for m in branches():
        dists_f = [0, 1, 2, 100, 124, 125, 126, 127, 128, 129, 130, 200, 300]
        dists_b = [0, 1, 100, 124, 125, 126, 127, 128, 129, 130, 200, 300]
        if scale < 0.5:
            dists_f = [0, 126, 127, 128, 129, 300]
            dists_b = [125, 126, 127, 128]
        lines = []
        p, _ = new(m)
        for d in dists_f:
            lab = "%s_f%d" % (p, d)
            lines.append("%s %s" % (m, lab))
            lines += nop_filler(d)
            lines.append("%s:" % lab)
        for d in dists_b:
            lab = "%s_b%d" % (p, d)
            lines.append("%s:" % lab)
            lines += nop_filler(d)
            lines.append("%s %s" % (m, lab))
        progs.append(("branch-dist:" + m, lines))
    # chains: several branches to one label where growing one pushes the
    # next over the limit
    for n in (2, 3, 5, 8):
        for base in (118, 120, 122, 124, 126, 128):
            p, _ = new("chain")
            lines = []
            for k in range(n):
                lines.append("%s %s_end" % (rng.choice(["jmp"] + JCC), p))
            lines += nop_filler(base - 2 * n)
            lines.append("%s_end:" % p)
            # and backward
            lines += nop_filler(base - 2 * n)
            for k in range(n):
                lines.append("%s %s_end" % (rng.choice(["jmp"] + JCC), p))
            progs.append(("branch-chain", lines))
    # cascade: each jump jumps over the next one; crossing the limit in one
    # forces the others
    for pad in (60, 61, 62, 63, 64):
        p, _ = new("cascade")
        lines = []
        for k in range(6):
            lines.append("jmp %s_l%d" % (p, k))
            lines += nop_filler(pad)
        for k in range(6):
            lines.append("%s_l%d:" % (p, k))
        lines.append("nop")
        progs.append(("branch-cascade", lines))
    # random programs: labels and branches sprinkled over ~1 KiB
    nrand = max(4, int(60 * scale))
    for r in range(nrand):
        p, _ = new("rand")
        nlab = rng.randint(3, 12)
        blocks = []
        for k in range(nlab):
            blk = ["%s_%d:" % (p, k)]
            for _ in range(rng.randint(0, 6)):
                t = rng.random()
                if t < 0.45:
                    blk.append("%s %s_%d" % (rng.choice(["jmp"] + JCC + ["call"]),
                                             p, rng.randrange(nlab)))
                elif t < 0.6:
                    blk.append(rng.choice(FILL_INSNS))
                else:
                    blk += nop_filler(rng.randint(1, 70))
            blocks.append(blk)
        lines = [l for b in blocks for l in b]
        progs.append(("branch-random", lines))
    # numeric local labels
    lines = ["1:", "jmp 1f", "jne 1b", "1:", "nop", "jmp 1b", "call 2f",
             "2:", "loop 2b", "jrcxz 2f"] + nop_filler(130) + ["2:", "jmp 2b",
             "je 3f"] + nop_filler(127) + ["3:", "ret"]
    progs.append(("numeric-labels", lines))
    # label arithmetic in operands/data
    p, _ = new("lab")
    lines = ["%s_a:" % p, "nop", "%s_b:" % p,
             "mov eax, %s_b - %s_a" % (p, p),
             "lea rax, [rip+%s_a]" % p,
             "lea rax, [rip+%s_c]" % p,
             "mov ecx, OFFSET %s_c - %s_a" % (p, p),
             ".byte %s_c - %s_a" % (p, p),
             ".long %s_c - %s_b" % (p, p),
             "jmp %s_c" % p, "%s_c:" % p, "ret"]
    progs.append(("label-expr", lines))
    # rip-relative label references (the field is relative to the end of
    # the instruction, after any immediate) and forward .equ symbols (GNU:
    # a symbol not yet defined is a memory operand in Intel syntax)
    lines = ["start:", "add eax, LATER", "add rax, LATER", "push LATER",
             "mov rax, LATER", "mov eax, [rbx+LATER]", "mov eax, [rbx+fwd-start]",
             "mov DWORD PTR [rip+lab], 0x12345678", "add BYTE PTR [rip+lab], 1",
             "cmp QWORD PTR [rip+lab], 0x80", "mov eax, [rip+fwd]",
             "lea rax, [rip+fwd+8]", "shl DWORD PTR [rip+lab], 3",
             "imul eax, DWORD PTR [rip+lab], 0x1000", "mov WORD PTR [rip+start], 7",
             "lea rcx, [rip+start-8]", "lab: nop", "jmp start", "fwd: ret",
             ".equ LATER, 5", "mov eax, LATER", "add eax, LATER",
             "add rax, [rip+lab]"]
    progs.append(("label-rip", lines))
    return progs


# --------------------------------------------------------------------------
# alignment / NOP padding
def align_programs(rng, scale):
    progs = []
    step = 1 if scale >= 0.5 else 5
    for p2 in (1, 2, 3, 4, 5, 6):
        a = 1 << p2
        lines = []
        for pre in range(0, a + 1, step if a > 8 else 1):
            lines.append(".p2align 6")
            lines += nop_filler(pre)
            lines.append(".p2align %d" % p2)
            lines.append("ret")
        progs.append(("p2align", lines))
    # fill lengths 1..63 with .balign/.align in text (byte alignment on ELF)
    lines = []
    for pre in range(0, 64, step):
        lines.append(".balign 64")
        lines += nop_filler(pre)
        lines.append(".balign 64")
        lines.append("int3")
    progs.append(("balign", lines))
    lines = []
    for pre in range(0, 17, 1):
        lines.append(".align 32")
        lines += nop_filler(pre)
        lines.append(".align 16")
        lines.append("nop")
    progs.append(("align", lines))
    # max-skip and explicit fill
    lines = []
    for pre in range(0, 17, 1 if step == 1 else 4):
        lines += [".p2align 5", *nop_filler(pre), ".p2align 4,,7", "ret",
                  ".p2align 5", *nop_filler(pre), ".p2align 4, 0xcc", "ret",
                  ".p2align 5", *nop_filler(pre), ".balign 8, 0xf4", "ret"]
    progs.append(("align-fill", lines))
    return progs


# --------------------------------------------------------------------------
# directives
def directive_programs():
    text = [
        ".byte 0, 1, 127, 128, 255, -1, -128",
        ".byte 'a', 'z'+1, 0x41",
        ".word 0, 1, 0x7fff, 0x8000, 0xffff, -1, -32768",
        ".short 0x1234",
        ".long 0, 1, 0x7fffffff, 0x80000000, 0xffffffff, -1",
        ".int 0x12345678",
        ".quad 0, 1, 0x7fffffffffffffff, 0x8000000000000000, -1, 0x1122334455667788",
        ".ascii \"abc\"",
        ".ascii \"tab\\there\\nnl\\\\bs\\\"q\\x41\\101\\0end\"",
        ".asciz \"zero-terminated\"",
        ".asciz \"\"",
        ".ascii \"a\", \"b\"",
        ".string \"str\"",
        ".equ FOO, 0x10",
        ".set BAR, FOO*2+1",
        "BAZ = 7",
        "mov eax, FOO",
        "mov eax, BAR",
        "mov eax, BAZ",
        "add rax, FOO+BAR",
        "mov eax, [rbx+FOO]",
        ".byte FOO, BAR, BAZ",
        ".long (1<<20)|3, 100/7, 100%7, -(5), ~0, 6^3, 12&10, 5-9",
        ".quad 1 << 40",
        "mov eax, 2*3+4",
        "mov eax, (2+3)*4",
        "mov eax, 0x10 >> 2",
        ".byte 1",
        ".p2align 3",
        "ret",
    ]
    data = [
        ".text",
        "nop",
        "ret",
        ".data",
        ".byte 1, 2, 3",
        ".p2align 3",
        ".quad 0x1122334455667788",
        ".word 0xabcd",
        ".ascii \"data\"",
        ".balign 16",
        ".long 0xdeadbeef",
        ".text",
        "int3",
        ".data",
        ".asciz \"more\"",
        ".text",
        "mov eax, 1",
    ]
    progs = [("directives", text), ("sections", data)]
    progs.append(("dir-fill", [
        "nop", ".fill 3, 2, 0x1234", ".fill 2, 4, -1", ".fill 5", ".fill 1, 8, 0x1122334455667788",
        ".fill 0, 1, 7", ".fill 2, 1, 0x1ff", ".fill 3, 3, 0x123456", "ret"]))
    progs.append(("dir-skip", [
        "nop", ".skip 3", ".skip 2, 0xaa", ".space 4, 0x55", ".zero 3", ".space 0",
        ".skip 1, -1", "ret"]))
    progs.append(("dir-nbyte", [
        ".2byte 0x1234, -1", ".4byte 0x12345678", ".8byte 0x1122334455667788",
        ".hword 7", ".value 8, 0xffff", ".short -32768", ".int -1", ".word 0x10000",
        ".byte 0x100", ".long 0x100000000", "ret"]))
    progs.append(("dir-leb", [
        ".sleb128 0, -1, 63, 64, -64, -65, 127, 128, -128, -129, 0x12345",
        ".sleb128 0x7fffffffffffffff, -0x8000000000000000",
        ".uleb128 0, 127, 128, 0x3fff, 0x4000, 0x12345, 0xffffffff",
        ".uleb128 0xffffffffffffffff", "ret"]))
    # LEB128 of label differences across relaxable code (exception tables):
    # sized by the layout, around the 1/2-byte (127/128) and 2/3-byte edges,
    # in the code itself and in data, forward and backward, nested
    for n in (118, 121, 122, 125, 126, 16370, 16380):
        progs.append(("dir-leb-layout", [
            "a:", "jmp b", "je b", *nop_filler(n % 100),
            ".fill %d, 1, 0x90" % (n - n % 100), "b:", ".uleb128 b - a, c - b",
            ".sleb128 a - b, b - c", "jne a", "c:", "ret", ".data", "d:",
            ".uleb128 b - a, c - a, e - d", ".sleb128 a - c", "e:", ".byte 1"]))
    progs.append(("dir-equiv", [".equiv EQV, 3", ".byte EQV", ".set S, 1",
                                ".set S, S+1", ".byte S", "X = 5", "X = X*2",
                                ".byte X", "ret"]))
    # equates defined in terms of each other, forward: each level uses the
    # one below twice, 2^60 uses as a tree (an evaluation must expand each
    # equate once, not hang)
    chain = [".quad Q60", "mov eax, Q30 - Q29", "add rax, Q5"]
    chain += [".set Q%d, Q%d + Q%d" % (i, i - 1, i - 1) for i in range(60, 0, -1)]
    chain += [".set Q0, 1", "ret"]
    progs.append(("dir-equ-chain", chain))
    for pre in range(0, 9):
        progs.append(("dir-balignw", [".p2align 4"] + nop_filler(pre) + [
            ".balignw 8, 0x9090", ".balignl 16, 0xcccccccc", "int3",
            ".p2alignw 3, 0x1234", "int3", ".p2alignl 4, 0x90909090", "ret",
            ".balign 8, 0xcc, 3", "int3", ".balignw 4"]))
    progs.append(("dir-org", ["nop", ".org 8", "int3", ".org . + 4, 0xee",
                              "ret", ".org 0x20, 0x90", "nop"]))
    progs.append(("dir-dot", ["start:", "nop", "here: .long . - start",
                              ".byte . - here", ".quad . - start",
                              "mov eax, . - start", "jmp . + 2", "jmp .",
                              "ret"]))
    # values that depend on the layout (forward references across relaxed
    # branches): GNU picks the immediate/field size before layout
    progs.append(("dir-fwdexpr", [
        "start:", "add eax, end - start", "mov eax, end - start",
        "add rcx, 1f - start", "jmp end", "je end", ".byte end - start",
        ".long end - 1f", "1:", "sub eax, mid - start", "push end - start",
        "imul eax, ecx, end - mid", "mov BYTE PTR [rax], end - mid",
        "mid:", *nop_filler(100), "jmp start", "jne mid", "end:", "ret"]))
    progs.append(("dir-sections2", [
        "nop", ".section .rodata", ".byte 1, 2", ".previous", "nop",
        ".pushsection .data", ".byte 3", ".popsection", "ret",
        ".data", ".quad 7", ".text", "int3"]))
    progs.append(("dir-bss", ["nop", ".data", ".byte 1", ".bss", ".zero 8",
                              ".skip 3", ".text", "ret"]))
    esc = "".join("\\%03o" % c for c in range(256))
    progs.append(("dir-strings", [
        ".ascii \"%s\"" % esc[:len(esc) // 2], ".ascii \"%s\"" % esc[len(esc) // 2:],
        ".ascii \"\\x0\\x7f\\xff\\x41g\\101\\1\\12\"",
        ".ascii \"\\b\\f\\n\\r\\t\\\\\\\"'\"",
        ".asciz \"a\", \"bc\", \"\"", ".string \"s1\", \"s2\"",
        ".byte 'a, 'b', '\\n', '\\\\'",
        # GNU's own rules, not C's: \a \e are letters, \x alone is 0, octal
        # takes 8 and 9; a character constant knows only \b \f \n \r \t
        ".ascii \"\\a\\e\\v\\x|\\08\\18\\9\\q\"", ".byte '\\0', '\\v', '\\a', '\\e', '\\t', '\\''",
        "ret"]))
    # values known only after layout: an equate of a label difference with a
    # relaxable branch between is an immediate (not memory), in every
    # spelling, and its field must hold the final value
    progs.append(("dir-late-values", [
        "lv_start: jmp lv_end", ".fill 300, 1, 0x90", "lv_end: ret",
        "lv_size = lv_end - lv_start", "lv_small = lv_mid - lv_start",
        "mov ecx, lv_size", "add ecx, lv_size+0", "push lv_size", "mov eax, (lv_size)",
        "mov rdx, 0+lv_size", "cmp ecx, lv_size", "mov ax, lv_size",
        "lv_mid: mov al, lv_small - 0x100", "add al, lv_small - 0x100", "imul eax, ebx, lv_size",
        ".long lv_size, lv_small", ".word lv_size", "ret"]))
    # an expression of 1,000 operators (docs/assembler.md; flat chains once
    # stopped at 200)
    progs.append(("dir-long-chain", [".long " + "+".join(["1"] * 1000), "mov eax, " + "-".join(["3"] * 1001),
                                     "ret"]))
    # relaxation and alignment interact: padding changes as branches grow
    rng = random.Random(99)
    for k in range(12):
        lines, labs = [], ["ra%d_%d" % (k, j) for j in range(8)]
        for j, lab in enumerate(labs):
            lines.append(lab + ":")
            for _ in range(rng.randint(1, 4)):
                t = rng.random()
                if t < 0.4:
                    lines.append("%s %s" % (rng.choice(["jmp"] + JCC), rng.choice(labs)))
                elif t < 0.6:
                    lines.append(".p2align %d" % rng.randint(1, 5))
                elif t < 0.7:
                    lines.append(".balign %d, 0xcc" % rng.choice([2, 4, 8, 16]))
                else:
                    lines += nop_filler(rng.randint(1, 90))
        progs.append(("relax-align", lines))
    return progs


# --------------------------------------------------------------------------
# syntax variants (GNU Intel syntax spellings)
def syntax_lines():
    return [
        "MOV EAX, EBX", "Add Rax, Rcx", "mov eax, DWORD PTR [RAX]",
        "mov eax, dword ptr [rax]", "mov rax, qword ptr [rbx+rcx*8]",
        "mov   eax ,  ebx", "mov eax,ebx", "mov\teax,\tebx",
        "mov eax, 0b1010", "mov eax, 017", "mov eax, 1234",
        "mov eax, 0X1F", "mov eax, -0x1", "mov eax, +5", "mov eax, ~0",
        "mov eax, 'A'", "nop # comment", "nop ; comment",
        "mov eax, [rax+rbx*4+0x10] # c", "mov byte ptr [rax], 1",
        "mov BYTE PTR [rax], -1", "lea rax, [rax+rax]",
        "lea rax, [rax*2]", "lea rax, [rax*4]", "lea rax, [rax*8]",
        "lea eax, [rax]", "lea ax, [rax]", "lea rax, [eax]",
        "nop; nop", "mov eax, 1; mov ebx, 2",
        "rex.w mov eax, ebx", "data16 mov eax, ebx", "addr32 mov eax, [rax]",
        "rex nop", "rex64 cwde",
        "fs mov eax, [rax]", "gs nop",
        "movabs rax, 1", "movabs rax, -1", "mov rax, -1", "mov rax, 0x80000000",
        "mov rax, 0xffffffff", "mov rax, -0x80000000", "mov eax, -1",
        "mov r8, 0x100000000", "mov QWORD PTR [rax], -1",
        "xchg rax, rax", "xchg eax, eax", "xchg ax, ax", "xchg r8, rax",
        "xchg rax, r8", "xchg al, al", "xchg [rax], rax",
        "test rax, [rbx]", "test [rbx], rax",
        "shl rax, 1", "shl rax", "sal eax, 1",
        "imul rax, 5", "imul eax, 0x100",
        "push 0", "push -1", "push 0x7f", "push 0x80", "push 0x7fffffff",
        "push -0x80000000", "push WORD PTR [rax]", "pushw 1", "push QWORD PTR [rax]",
        "push rsp", "pop rsp", "push r12", "pop r13",
        "ret 0", "ret 8", "ret 0xffff",
        "jmp rax", "jmp QWORD PTR [rax]", "call r11", "call QWORD PTR [rip+0x10]",
        "jmp [rax]", "call [rax]",
        "nop WORD PTR cs:[rax+rax*1+0x0]", "nop DWORD PTR [rax+0x0]",
        "nop DWORD PTR [rax+rax*1+0x0]",
        "int3", "int 3", "int 0x80",
        # GNU's x/y-suffixed conversion names are AT&T only: in Intel
        # syntax both reject them ("unsupported syntax")
    ] + ["%s%s xmm0, %s" % (m, sfx, src)
         for m in ("vcvtpd2dq", "vcvtpd2ps", "vcvttpd2dq", "vcvtqq2ps", "vcvtuqq2ps",
                   "vcvtpd2udq", "vcvttpd2udq", "vcvtph2ps", "vcvtneps2bf16")
         for sfx in ("x", "y", "z")
         for src in ("[rax]", "xmm1", "ymm1", "XMMWORD PTR [rax]", "QWORD BCST [rax]")] + [
        # the SDM's register-group spelling of 4FMAPS, rejected by GNU 2.40
        "v4fmaddps zmm0, zmm4+3, [rax]", "vp4dpwssd zmm0{k1}, zmm8+3, [rax]",
        "v4fmaddss xmm0, xmm4+3, [rax]",
        # PREFETCHI: rip-relative memory (GNU warns on any other address)
        "prefetchit0 BYTE PTR [rip+0x10]", "prefetchit0 [rip-0x80]",
        "prefetchit1 BYTE PTR [rip+0x7fffffff]", "prefetchit1 BYTE PTR fs:[rip+0x10]",
        "prefetchit0 QWORD PTR [rip]", "prefetchit0 BYTE PTR [eip+0x10]",
        # the AT&T l suffix is not taken in Intel syntax (d is); a suffix
        # against the register or memory size
        "cvtsi2sdl xmm0, eax", "vcvtsi2ssl xmm0, xmm1, [rax]", "cvtsd2sil eax, xmm0",
        "cvtsi2sdd xmm0, QWORD PTR [rax]", "cvtsi2sdq xmm0, DWORD PTR [rax]",
        "vcvtsi2sdq xmm0, xmm1, eax", "cvtsd2siq eax, xmm1", "vcvtss2sid rax, xmm1",
        "vcvtusi2ssq xmm2, xmm1, ecx", "vcvtsi2shd xmm1, xmm1, rcx",
    ]


def cat_of(line):
    """Category of a line for reporting: its mnemonic after any prefixes."""
    words = line.replace(",", " ").split()
    i = 0
    while i < len(words) - 1 and (words[i] in PREFIXES or words[i] in SREG or words[i][0] == "{"):
        i += 1
    return words[i].lower() if words else "?"


def prefix_lines():
    """Every explicit prefix word with a sample of instructions (many of the
    combinations are invalid: both assemblers must reject those)."""
    pfx = ["lock", "rep", "repe", "repz", "repne", "repnz", "data16", "addr32",
           "rex", "rex.w", "rex64", "notrack", "cs", "ds", "fs", "gs"]
    # rarer spellings: a few instructions each
    rare = ["es", "ss", "bnd", "rex.b", "rex.wrxb", "xacquire", "xrelease",
            "lock rep", "rep rep", "data16 data16", "fs gs", "rex rex",
            "notrack bnd", "bnd notrack", "bnd bnd", "bnd rep", "bnd cs",
            "rex.w rex.w", "rex.b rex.x", "rex.b rex.b", "rex.WRXB rex"]
    insns = ["nop", "ret", "add eax, ebx", "add DWORD PTR [rax], eax",
             "movsb", "stosq", "cmpsb", "jmp rax", "call QWORD PTR [rax]",
             "mov eax, DWORD PTR [rax]", "cmpxchg DWORD PTR [rax], ecx",
             "push rax", "lea rax, [rax]", "xchg DWORD PTR [rax], eax",
             "inc DWORD PTR [rax]", "cpuid", "mov al, BYTE PTR [rsi]",
             "mov ah, al", "xadd QWORD PTR [rdx], rcx", "bts DWORD PTR [rax], 3",
             "add eax, 1", "mov BYTE PTR [rax], 1", "jmp QWORD PTR [rax]",
             "movsxd rax, DWORD PTR [rax]", "syscall", "pause", "mov eax, 5",
             # system NP rows take data16 in GNU (emitted), SSE/MMX ones not
             "sfence", "xsave [rax]", "ldmxcsr DWORD PTR [rax]", "fxsave [rax]",
             "vmptrst QWORD PTR [rax]", "xgetbv", "addps xmm0, xmm1", "pand mm0, mm1",
             # a32 rows: 67 after a segment (before it only on jecxz)
             "monitor eax, ecx, edx", "umonitor edi", "vmrun eax", "jecxz .+2"]
    few = ["nop", "ret", "xchg DWORD PTR [rax], eax", "jmp rax",
           "jmp QWORD PTR [rip+0x2fe2]"]
    # lines of prefixes only (objdump prints them before undecodable
    # bytes): GNU takes the last word as a stand-alone prefix and the
    # others as its prefixes, in its own order
    words = ["data16", "addr32", "lock", "rep", "repne", "bnd", "notrack",
             "xacquire", "xrelease", "cs", "ds", "fs", "gs", "rex", "rex.w",
             "rex.b", "rex.WRXB", "es"]
    alone = words + ["%s %s" % (a, b) for a in words for b in words]
    r = random.Random(7)
    alone += [" ".join(r.choice(words) for _ in range(3)) for _ in range(150)]
    return (["%s %s" % (p, i) for p in pfx for i in insns]
            + ["%s %s" % (p, i) for p in rare for i in few] + alone)


# --------------------------------------------------------------------------
def generate(table_text, seed, scale, out_groups):
    """Fill out_groups with dicts: {name, kind, lines, cats}.  `cats` gives
    per-line category (mnemonic) for reporting."""
    rng = random.Random(seed)
    unknown = []
    budget = max(4, int(30 * scale))

    def add_batch(name, entries):
        # entries: [(cat, line)]
        chunk = 4000
        for i in range(0, len(entries), chunk):
            part = entries[i:i + chunk]
            out_groups.append({"name": "%s.%d" % (name, i // chunk),
                               "kind": "batch",
                               "lines": [e[1] for e in part],
                               "roundtrip": True,
                               "cats": [e[0] for e in part],
                               "rows": [e[2] if len(e) > 2 else None
                                        for e in part]})

    # 1. the table
    rows = parse_table(table_text) if table_text else []
    EVEX_MNEMS.clear()
    EVEX_MNEMS.update(m for m, _, enc, _ in rows if enc.startswith("EVEX"))
    tab = []
    branch_rows = []
    for mnem, ops, enc, flags in rows:
        if any(is_branch_notation(o) for o in ops):
            branch_rows.append((mnem, ops))
            continue
        lines, err = expand_form("", mnem, ops, rng, budget, flags, enc)
        if err:
            unknown.append("%s %s: %s" % (mnem, ",".join(ops), err))
            continue
        rid = "%s|%s" % (mnem, ", ".join(ops))
        tab += [(mnem, l, rid) for l in lines]
    rng.shuffle(tab)
    add_batch("table", tab)

    # 2. hand-written forms
    hand = []
    for hf in hand_forms():
        prefix, mnem, ops = hf[:3]
        if prefix == "@str":
            hand += [(cat_of(l), l) for l in string_lines()]
            continue
        fl, enc = hf[3] if len(hf) > 3 else (None, "")
        lines, err = expand_form(prefix, mnem, ops, rng, budget, fl, enc)
        if err:
            raise SystemExit("gen.py: HAND_FORMS: %s: %s" % (mnem, err))
        cat = (prefix + " " + mnem) if prefix else mnem
        hand += [(cat, l) for l in lines]
    rng.shuffle(hand)
    add_batch("hand", hand)

    add_batch("syntax", [("syntax", l) for l in syntax_lines()])
    add_batch("addressing", [("addressing", l) for l in addressing_lines()])
    add_batch("prefix", [("prefix:" + l.split()[0], l) for l in prefix_lines()])

    # 3. programs
    progs = [(n, l, True) for n, l in branch_programs(rng, scale)
             + align_programs(rng, scale)]
    progs += [(n, l, False) for n, l in directive_programs()]
    for name, lines, rt in progs:
        cat = name.split(":")[0]
        out_groups.append({"name": name, "kind": "program", "lines": lines,
                           "roundtrip": rt and cat != "label-expr",
                           "cats": [cat] * len(lines)})
    return unknown, branch_rows


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--table", help="file with `jas --dump-table=x64` output")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--out", help="write one .s file per group into this dir")
    ap.add_argument("--corpus", help="write small fuzz seed files into this dir")
    a = ap.parse_args()
    text = open(a.table).read() if a.table else ""
    groups = []
    unknown, _ = generate(text, a.seed, a.scale, groups)
    for u in unknown:
        print("unhandled table row:", u, file=sys.stderr)
    n = sum(len(g["lines"]) for g in groups)
    print("%d groups, %d lines" % (len(groups), n))
    if a.out:
        import os
        os.makedirs(a.out, exist_ok=True)
        for g in groups:
            fn = re.sub(r"[^A-Za-z0-9_.-]", "_", g["name"]) + ".s"
            with open(os.path.join(a.out, fn), "w") as f:
                f.write(".intel_syntax noprefix\n" + "\n".join(g["lines"]) + "\n")
    if a.corpus:
        import os
        os.makedirs(a.corpus, exist_ok=True)
        rng = random.Random(a.seed)
        k = 0
        for g in groups:
            ls = g["lines"]
            if g["kind"] == "program":
                text = "\n".join(ls)
                pieces = [ls] if len(text) < 3000 else [ls[:40]]
            else:
                pieces = [ls[i:i + 12] for i in range(0, len(ls), 12)]
                pieces = rng.sample(pieces, min(len(pieces), 2))
            for p in pieces:
                with open(os.path.join(a.corpus, "seed-%04d.s" % k), "w") as f:
                    f.write(".intel_syntax noprefix\n" + "\n".join(p) + "\n")
                k += 1
        print("%d corpus files" % k)


if __name__ == "__main__":
    main()
