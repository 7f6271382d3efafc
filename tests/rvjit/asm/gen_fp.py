#!/usr/bin/env python3
"""Generate rv64f.S and rv64d.S: the F and D instruction cases.

Expected results come from a small exact reference model written here
(Python Fractions + IEEE 754 rounding in all five RISC-V rounding modes,
tininess detected after rounding, RISC-V canonical NaNs, NaN-boxing of
singles).  The generated files are checked in; the test run does not need
this script.  Regenerate with:

    python3 tests/rvjit/asm/gen_fp.py tests/rvjit/asm

Every case is one line of the generated assembly:

    T_FPF name, frm, a, b, c, expect, flags, insn...   (f result in fa0)
    T_FPX name, frm, a, b, c, expect, flags, insn...   (x result in a0)

a, b, c are 64-bit patterns placed in fa1/fa2/fa3 (and a1/a2/a3), frm is
written to the frm CSR and fflags is cleared before the instruction.
"""
import os
import sys
from fractions import Fraction as Q

NX, UF, OF, DZ, NV = 1, 2, 4, 8, 16
RMS = ["rne", "rtz", "rdn", "rup", "rmm"]


class Fmt:
    def __init__(self, name, ebits, mbits):
        self.name, self.e, self.m = name, ebits, mbits
        self.bias = (1 << (ebits - 1)) - 1
        self.emin, self.emax = 1 - self.bias, self.bias
        self.width = 1 + ebits + mbits
        self.qnan = ((1 << ebits) - 1) << mbits | 1 << (mbits - 1)
        self.inf = ((1 << ebits) - 1) << mbits
        self.sign = 1 << (self.width - 1)
        self.maxfin = (((1 << ebits) - 2) << mbits) | ((1 << mbits) - 1)

    # 64-bit register image of a value of this format
    def reg(self, bits):
        return bits | 0xffffffff00000000 if self.width == 32 else bits


S = Fmt("s", 8, 23)
D = Fmt("d", 11, 52)


def ilog2(x):
    """floor(log2(x)) for a positive Fraction"""
    e = x.numerator.bit_length() - x.denominator.bit_length()
    if Q(2) ** e > x:
        e -= 1
    while Q(2) ** (e + 1) <= x:
        e += 1
    return e


# ---- decoding -------------------------------------------------------------
class V:
    """a decoded value: kind in nan/inf/num; num keeps a signed zero"""

    def __init__(self, kind, sign=0, mag=Q(0), snan=False):
        self.kind, self.sign, self.mag, self.snan = kind, sign, mag, snan

    def val(self):
        return -self.mag if self.sign else self.mag


def decode(f, reg):
    if f.width == 32:
        if reg >> 32 != 0xffffffff:          # not NaN-boxed: canonical NaN
            return V("nan")
        bits = reg & 0xffffffff
    else:
        bits = reg
    sign = bits >> (f.width - 1)
    exp = (bits >> f.m) & ((1 << f.e) - 1)
    man = bits & ((1 << f.m) - 1)
    if exp == (1 << f.e) - 1:
        if man == 0:
            return V("inf", sign)
        return V("nan", snan=not (man >> (f.m - 1)))
    if exp == 0:
        mag = Q(man) * Q(2) ** (f.emin - f.m)
    else:
        mag = Q(man | 1 << f.m) * Q(2) ** (exp - f.bias - f.m)
    return V("num", sign, mag)


def encode(f, sign, mag):
    """bits of an exactly representable magnitude"""
    s = sign << (f.width - 1)
    if mag == 0:
        return s
    if mag < Q(2) ** f.emin:
        man = mag / Q(2) ** (f.emin - f.m)
        assert man.denominator == 1
        return s | int(man)
    e = ilog2(mag)
    man = mag / Q(2) ** (e - f.m)
    assert man.denominator == 1
    return s | (e + f.bias) << f.m | (int(man) - (1 << f.m))


def rnd_int(v, rm, sign):
    """round the non-negative Fraction v to an integer, sign of the result"""
    fl = v.numerator // v.denominator
    fr = v - fl
    if fr == 0:
        return fl
    if rm == "rne":
        return fl + 1 if fr > Q(1, 2) or (fr == Q(1, 2) and fl & 1) else fl
    if rm == "rtz":
        return fl
    if rm == "rdn":
        return fl + 1 if sign else fl
    if rm == "rup":
        return fl if sign else fl + 1
    if rm == "rmm":
        return fl + 1 if fr >= Q(1, 2) else fl
    raise ValueError(rm)


def round_to(f, sign, mag, rm):
    """(bits, flags) of the signed magnitude rounded into format f"""
    if mag == 0:
        return encode(f, sign, Q(0)), 0
    e = ilog2(mag)
    # unbounded exponent rounding: overflow and tininess (after rounding)
    q = Q(2) ** (e - f.m)
    r_unb = rnd_int(mag / q, rm, sign) * q
    if r_unb >= Q(2) ** (f.emax + 1):
        to_inf = {"rne": True, "rmm": True, "rtz": False,
                  "rdn": bool(sign), "rup": not sign}[rm]
        bits = f.inf if to_inf else f.maxfin
        return bits | sign << (f.width - 1), OF | NX
    qb = Q(2) ** (max(e, f.emin) - f.m)
    r = rnd_int(mag / qb, rm, sign) * qb
    flags = 0
    if r != mag:
        flags |= NX
        if r_unb < Q(2) ** f.emin:
            flags |= UF
    return encode(f, sign, r), flags


def from_fraction(f, x, rm, zero_sign=0):
    if x == 0:
        return encode(f, zero_sign, Q(0)), 0
    return round_to(f, 1 if x < 0 else 0, abs(x), rm)


def qnan(f):
    return f.reg(f.qnan)


def nan_flags(*vals):
    return NV if any(v.kind == "nan" and v.snan for v in vals) else 0


def zero_sum_sign(s1, s2, rm):
    """sign of an exact zero sum of two terms with signs s1, s2 (zeros or
    cancelling values are handled by the caller)"""
    if s1 == s2:
        return s1
    return 1 if rm == "rdn" else 0


# ---- arithmetic -----------------------------------------------------------
def op_add(f, a, b, rm, neg_b=False):
    x, y = decode(f, a), decode(f, b)
    if neg_b and y.kind != "nan":
        y = V(y.kind, y.sign ^ 1, y.mag)
    if x.kind == "nan" or y.kind == "nan":
        return qnan(f), nan_flags(x, y)
    if x.kind == "inf" and y.kind == "inf":
        if x.sign != y.sign:
            return qnan(f), NV
        return f.reg(f.inf | x.sign << (f.width - 1)), 0
    if x.kind == "inf":
        return f.reg(f.inf | x.sign << (f.width - 1)), 0
    if y.kind == "inf":
        return f.reg(f.inf | y.sign << (f.width - 1)), 0
    s = x.val() + y.val()
    if s == 0:
        if x.mag == 0 and y.mag == 0:
            zs = zero_sum_sign(x.sign, y.sign, rm)
        else:
            zs = 1 if rm == "rdn" else 0
        return f.reg(encode(f, zs, Q(0))), 0
    bits, fl = from_fraction(f, s, rm)
    return f.reg(bits), fl


def op_mul(f, a, b, rm):
    x, y = decode(f, a), decode(f, b)
    if x.kind == "nan" or y.kind == "nan":
        return qnan(f), nan_flags(x, y)
    sign = x.sign ^ y.sign
    if (x.kind == "inf" and y.kind == "num" and y.mag == 0) or \
       (y.kind == "inf" and x.kind == "num" and x.mag == 0):
        return qnan(f), NV
    if x.kind == "inf" or y.kind == "inf":
        return f.reg(f.inf | sign << (f.width - 1)), 0
    p = x.mag * y.mag
    if p == 0:
        return f.reg(encode(f, sign, Q(0))), 0
    bits, fl = round_to(f, sign, p, rm)
    return f.reg(bits), fl


def op_div(f, a, b, rm):
    x, y = decode(f, a), decode(f, b)
    if x.kind == "nan" or y.kind == "nan":
        return qnan(f), nan_flags(x, y)
    sign = x.sign ^ y.sign
    if x.kind == "inf" and y.kind == "inf":
        return qnan(f), NV
    if x.kind == "inf":
        return f.reg(f.inf | sign << (f.width - 1)), 0
    if y.kind == "inf":
        return f.reg(encode(f, sign, Q(0))), 0
    if y.mag == 0:
        if x.mag == 0:
            return qnan(f), NV
        return f.reg(f.inf | sign << (f.width - 1)), DZ
    if x.mag == 0:
        return f.reg(encode(f, sign, Q(0))), 0
    bits, fl = round_to(f, sign, x.mag / y.mag, rm)
    return f.reg(bits), fl


def isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def op_sqrt(f, a, rm):
    x = decode(f, a)
    if x.kind == "nan":
        return qnan(f), nan_flags(x)
    if x.kind == "inf":
        return (qnan(f), NV) if x.sign else (f.reg(f.inf), 0)
    if x.mag == 0:
        return f.reg(encode(f, x.sign, Q(0))), 0
    if x.sign:
        return qnan(f), NV
    # denominators are powers of two: sqrt(n/d) on a fine binary grid
    n, d = x.mag.numerator, x.mag.denominator
    k = 400
    scaled = n * (1 << (2 * k)) * d
    r = isqrt(scaled)
    exact = r * r == scaled
    val = Q(r, d << k) if exact else Q(2 * r + 1, d << (k + 1))
    bits, fl = round_to(f, 0, val, rm)
    if not exact:
        fl |= NX
    return f.reg(bits), fl


def op_fma(f, a, b, c, rm, neg_p=False, neg_c=False):
    x, y, z = decode(f, a), decode(f, b), decode(f, c)
    inv_mul = (x.kind == "inf" and y.kind == "num" and y.mag == 0) or \
              (y.kind == "inf" and x.kind == "num" and x.mag == 0)
    if x.kind == "nan" or y.kind == "nan" or z.kind == "nan":
        return qnan(f), nan_flags(x, y, z) | (NV if inv_mul else 0)
    if inv_mul:
        return qnan(f), NV
    ps = x.sign ^ y.sign ^ (1 if neg_p else 0)
    zs = z.sign ^ (1 if neg_c else 0)
    pinf = x.kind == "inf" or y.kind == "inf"
    if pinf and z.kind == "inf" and ps != zs:
        return qnan(f), NV
    if pinf:
        return f.reg(f.inf | ps << (f.width - 1)), 0
    if z.kind == "inf":
        return f.reg(f.inf | zs << (f.width - 1)), 0
    p = x.mag * y.mag
    pv = -p if ps else p
    zv = -z.mag if zs else z.mag
    s = pv + zv
    if s == 0:
        if p == 0 and z.mag == 0:
            sign = zero_sum_sign(ps, zs, rm)
        else:
            sign = 1 if rm == "rdn" else 0
        return f.reg(encode(f, sign, Q(0))), 0
    bits, fl = from_fraction(f, s, rm)
    return f.reg(bits), fl


def op_minmax(f, a, b, is_max):
    x, y = decode(f, a), decode(f, b)
    fl = nan_flags(x, y)
    if x.kind == "nan" and y.kind == "nan":
        return qnan(f), fl
    if x.kind == "nan":
        return f.reg(b & ((1 << f.width) - 1)), fl
    if y.kind == "nan":
        return f.reg(a & ((1 << f.width) - 1)), fl

    def key(v):
        if v.kind == "inf":
            return (Q(-1) if v.sign else Q(1)) * Q(2) ** 5000, 0
        return v.val(), (0 if v.sign else 1)   # -0 < +0
    kx, ky = key(x), key(y)
    pick_x = (kx >= ky) if is_max else (kx <= ky)
    return f.reg((a if pick_x else b) & ((1 << f.width) - 1)), fl


def cmp_val(v):
    if v.kind == "inf":
        return (Q(-1) if v.sign else Q(1)) * Q(2) ** 5000
    return v.val()


def op_cmp(f, a, b, kind):
    x, y = decode(f, a), decode(f, b)
    if x.kind == "nan" or y.kind == "nan":
        if kind == "eq":
            return 0, nan_flags(x, y)
        return 0, NV
    vx, vy = cmp_val(x), cmp_val(y)
    return int({"eq": vx == vy, "lt": vx < vy, "le": vx <= vy}[kind]), 0


def op_class(f, a):
    x = decode(f, a)
    if x.kind == "nan":
        return (1 << 8) if x.snan else (1 << 9), 0
    if x.kind == "inf":
        return (1 << 0) if x.sign else (1 << 7), 0
    if x.mag == 0:
        return (1 << 3) if x.sign else (1 << 4), 0
    sub = x.mag < Q(2) ** f.emin
    if x.sign:
        return (1 << 2) if sub else (1 << 1), 0
    return (1 << 5) if sub else (1 << 6), 0


def op_sgnj(f, a, b, mode):
    if f.width == 32:
        # inputs that are not NaN-boxed read as the canonical NaN
        a32 = a & 0xffffffff if a >> 32 == 0xffffffff else S.qnan
        b32 = b & 0xffffffff if b >> 32 == 0xffffffff else S.qnan
    else:
        a32, b32 = a, b
    sb = 1 << (f.width - 1)
    body = a32 & (sb - 1)
    if mode == "j":
        s = b32 & sb
    elif mode == "n":
        s = (b32 & sb) ^ sb
    else:
        s = (a32 ^ b32) & sb
    return f.reg(body | s), 0


def sext(v, bits):
    v &= (1 << bits) - 1
    return v | (((1 << 64) - 1) ^ ((1 << bits) - 1)) if v >> (bits - 1) else v


def op_f2i(f, a, rm, width, signed):
    x = decode(f, a)
    lo = -(1 << (width - 1)) if signed else 0
    hi = (1 << (width - 1)) - 1 if signed else (1 << width) - 1

    def out(v):
        return sext(v & ((1 << width) - 1), width) if width == 32 else v & ((1 << 64) - 1)
    if x.kind == "nan":
        return out(hi), NV
    if x.kind == "inf":
        return out(lo if x.sign else hi), NV
    r = rnd_int(x.mag, rm, x.sign)
    r = -r if x.sign else r
    if r < lo:
        return out(lo), NV
    if r > hi:
        return out(hi), NV
    return out(r), (NX if r != x.val() else 0)


def op_i2f(f, a, rm, width, signed):
    v = a & ((1 << width) - 1)
    if signed and v >> (width - 1):
        v -= 1 << width
    bits, fl = from_fraction(f, Q(v), rm)
    return f.reg(bits), fl


def op_f2f(src, dst, a, rm):
    x = decode(src, a)
    if x.kind == "nan":
        return qnan(dst), nan_flags(x)
    if x.kind == "inf":
        return dst.reg(dst.inf | x.sign << (dst.width - 1)), 0
    bits, fl = round_to(dst, x.sign, x.mag, rm)
    return dst.reg(bits), fl


# ---- values ---------------------------------------------------------------
def fb(f, x):
    """register image of the Python float x in format f (must be exact or is
    rounded to nearest)"""
    if x != x:
        return qnan(f)
    if x in (float("inf"), float("-inf")):
        return f.reg(f.inf | (f.sign if x < 0 else 0))
    sign = 1 if (x < 0 or (x == 0 and str(x).startswith("-"))) else 0
    bits, _ = round_to(f, sign, abs(Q(x)), "rne")
    return f.reg(bits)


def specials(f):
    r = f.reg
    return {
        "p0": r(0), "n0": r(f.sign), "pinf": r(f.inf), "ninf": r(f.inf | f.sign),
        "qnan": r(f.qnan), "snan": r(f.inf | 1), "one": fb(f, 1.0),
        "m3": fb(f, -3.0),
    }


def named(f):
    r = f.reg
    v = dict(specials(f))
    v.update({
        "max": r(f.maxfin), "nmax": r(f.maxfin | f.sign), "minn": r(1 << f.m),
        "nminn": r(1 << f.m | f.sign), "mins": r(1), "nmins": r(1 | f.sign),
        "maxs": r((1 << f.m) - 1), "half": fb(f, 0.5), "two": fb(f, 2.0),
        "three": fb(f, 3.0), "tenth": fb(f, 0.1), "ntenth": fb(f, -0.1),
        "1p1": fb(f, 1.1), "2p2": fb(f, 2.2), "pi": fb(f, 3.141592653589793),
        "ulp1": r(encode(f, 0, 1 + Q(2) ** -f.m)),       # 1 + ulp
        "hulp": r(encode(f, 0, Q(2) ** -(f.m + 1))),     # half ulp of 1
        "qulp3": r(encode(f, 0, 3 * Q(2) ** -(f.m + 2))),  # 3/4 ulp of 1
        "mone": fb(f, -1.0), "nqnan": r(f.qnan | f.sign),
        "nsnan": r(f.inf | 1 | f.sign), "qnanp": r(f.qnan | 0x55),
        "big": fb(f, 1e30 if f is S else 1e300), "tiny": fb(f, 1e-30 if f is S else 1e-300),
        "1m": r(encode(f, 0, 1 - Q(2) ** -(f.m + 1))),    # 1 - ulp/2 (largest below 1)
        "p24": fb(f, float(1 << (f.m + 1))),
    })
    return v


class Out:
    def __init__(self):
        self.lines = []
        self.names = set()
        self.count = 0

    def uniq(self, name):
        base, i = name, 2
        while name in self.names:
            name = f"{base}.{i}"
            i += 1
        self.names.add(name)
        return name

    def case(self, kind, name, frm, a, b, c, expect, flags, insn):
        name = self.uniq(name)
        self.lines.append(f"    {kind} \"{name}\", {frm}, 0x{a:x}, 0x{b:x}, 0x{c:x}, "
                          f"0x{expect:x}, 0x{flags:x}, {insn}")
        self.count += 1

    def raw(self, text):
        self.lines.append(text)


def rm_variants(rounding_sensitive):
    """(static rm, frm) pairs: static modes run with a different frm in
    the CSR (the static field must win), dyn runs with frm = the mode"""
    if not rounding_sensitive:
        return [("rne", 2), ("dyn", 0)]
    out = []
    for i, rm in enumerate(RMS):
        out.append((rm, (i + 2) % 5))
        out.append(("dyn", i))
    return out


def gen(f):
    o = Out()
    sx = f.name
    v = named(f)
    sp = specials(f)
    sp_names = list(sp)

    def rmname(rm, frm):
        return RMS[frm] if rm == "dyn" else rm

    # ---- binary arithmetic: specials cross product (rne) + numeric pairs
    numeric = {
        "add": [("one", "hulp"), ("one", "qulp3"), ("mone", "hulp"), ("max", "max"),
                ("nmax", "nmax"), ("1p1", "2p2"), ("tenth", "ntenth"), ("minn", "nmins"),
                ("one", "tiny"), ("mone", "tiny"), ("big", "pi"), ("max", "hulp"),
                ("mins", "mins"), ("p24", "one"), ("tenth", "tenth")],
        "sub": [("one", "hulp"), ("one", "one"), ("max", "nmax"), ("minn", "mins"),
                ("1p1", "tenth"), ("tiny", "one"), ("n0", "p0"), ("p0", "p0"),
                ("nmins", "mins")],
        "mul": [("minn", "half"), ("1p1", "1p1"), ("max", "two"), ("nmax", "two"),
                ("mins", "half"), ("nmins", "half"), ("three", "tenth"), ("tiny", "tiny"),
                ("maxs", "two"), ("minn", "1m"), ("ulp1", "ulp1"), ("big", "big"),
                ("TINYA", "TINYB")],
        "div": [("one", "three"), ("two", "three"), ("mone", "three"), ("one", "p0"),
                ("mone", "p0"), ("one", "n0"), ("max", "half"), ("minn", "p24"),
                ("mins", "two"), ("tenth", "three"), ("pi", "tiny"), ("tiny", "big"),
                ("one", "ulp1")],
    }
    # a product that is just below the smallest normal before rounding and
    # reaches it after rounding (tininess after rounding: no UF in rne)
    if f is S:
        v["TINYA"] = f.reg(encode(f, 0, Q(18631) * Q(2) ** -100))
        v["TINYB"] = f.reg(encode(f, 0, Q(1801) * Q(2) ** -51))
    else:
        v["TINYA"] = f.reg(encode(f, 0, Q((1 << 27) - 1) * Q(2) ** -500))
        v["TINYB"] = f.reg(encode(f, 0, Q((1 << 27) + 1) * Q(2) ** -576))

    ops = {
        "add": lambda a, b, rm: op_add(f, a, b, rm),
        "sub": lambda a, b, rm: op_add(f, a, b, rm, neg_b=True),
        "mul": lambda a, b, rm: op_mul(f, a, b, rm),
        "div": lambda a, b, rm: op_div(f, a, b, rm),
    }
    for op, fn in ops.items():
        ins = f"f{op}.{sx}"
        for na in sp_names:
            for nb in sp_names:
                a, b = sp[na], sp[nb]
                e, fl = fn(a, b, "rne")
                o.case("T_FPF", f"{ins}_{na}_{nb}", 2, a, b, 0, e, fl,
                       f"{ins} fa0, fa1, fa2, rne")
        for na, nb in numeric[op]:
            a, b = v[na], v[nb]
            for rm, frm in rm_variants(True):
                e, fl = fn(a, b, rmname(rm, frm))
                o.case("T_FPF", f"{ins}_{na}_{nb}_{rm}{'' if rm != 'dyn' else RMS[frm]}",
                       frm, a, b, 0, e, fl, f"{ins} fa0, fa1, fa2, {rm}")

    # ---- sqrt
    for n in ["p0", "n0", "pinf", "ninf", "qnan", "snan", "one", "mone", "two", "three",
              "mins", "maxs", "minn", "max", "tenth", "p24", "ulp1", "1m"]:
        a = v[n]
        sens = op_sqrt(f, a, "rne")[1] & NX
        for rm, frm in rm_variants(sens):
            e, fl = op_sqrt(f, a, rmname(rm, frm))
            o.case("T_FPF", f"fsqrt.{sx}_{n}_{rm}{'' if rm != 'dyn' else RMS[frm]}", frm,
                   a, 0, 0, e, fl, f"fsqrt.{sx} fa0, fa1, {rm}")

    # ---- fused multiply-add family
    fma_inputs = [("pinf", "p0", "qnan"), ("p0", "ninf", "one"), ("pinf", "one", "ninf"),
                  ("ninf", "mone", "ninf"), ("qnan", "one", "one"), ("one", "snan", "one"),
                  ("one", "one", "snan"), ("one", "one", "qnan"), ("ulp1", "ULPM", "mone"),
                  ("two", "three", "one"), ("tenth", "TEN", "mone"), ("max", "two", "nmax"),
                  ("one", "mone", "one"), ("p0", "one", "n0"), ("n0", "one", "n0"),
                  ("p0", "one", "p0"), ("mins", "half", "p0"), ("max", "max", "ninf"),
                  ("big", "big", "mone"), ("1p1", "2p2", "pi"), ("tiny", "tiny", "mins"),
                  ("minn", "half", "nmins")]
    v["ULPM"] = f.reg(encode(f, 0, 1 - Q(2) ** -f.m))
    v["TEN"] = fb(f, 10.0)
    fmas = {
        "fmadd": (False, False), "fmsub": (False, True),
        "fnmsub": (True, False), "fnmadd": (True, True),
    }
    for op, (np_, nc) in fmas.items():
        ins = f"{op}.{sx}"
        for na, nb, nc_ in fma_inputs:
            a, b, c = v[na], v[nb], v[nc_]
            sens = op_fma(f, a, b, c, "rne", np_, nc)[1] & NX or \
                (op_fma(f, a, b, c, "rne", np_, nc)[0] !=
                 op_fma(f, a, b, c, "rdn", np_, nc)[0])
            for rm, frm in rm_variants(sens):
                e, fl = op_fma(f, a, b, c, rmname(rm, frm), np_, nc)
                o.case("T_FPF", f"{ins}_{na}_{nb}_{nc_}_{rm}{'' if rm != 'dyn' else RMS[frm]}",
                       frm, a, b, c, e, fl, f"{ins} fa0, fa1, fa2, fa3, {rm}")

    # ---- min / max, compares, sign injection: cross products
    mm_vals = ["p0", "n0", "one", "mone", "pinf", "ninf", "qnan", "snan", "nqnan", "mins"]
    for op in ["fmin", "fmax"]:
        for na in mm_vals:
            for nb in mm_vals:
                a, b = v[na], v[nb]
                e, fl = op_minmax(f, a, b, op == "fmax")
                o.case("T_FPF", f"{op}.{sx}_{na}_{nb}", 0, a, b, 0, e, fl,
                       f"{op}.{sx} fa0, fa1, fa2")
    cmp_vals = ["p0", "n0", "one", "mone", "pinf", "ninf", "qnan", "snan", "mins", "max"]
    for op, kind in [("feq", "eq"), ("flt", "lt"), ("fle", "le")]:
        for na in cmp_vals:
            for nb in cmp_vals:
                a, b = v[na], v[nb]
                e, fl = op_cmp(f, a, b, kind)
                o.case("T_FPX", f"{op}.{sx}_{na}_{nb}", 0, a, b, 0, e, fl,
                       f"{op}.{sx} a0, fa1, fa2")
    sg_vals = ["one", "mone", "qnan", "nqnan", "p0", "ninf", "snan"]
    for op, mode in [("fsgnj", "j"), ("fsgnjn", "n"), ("fsgnjx", "x")]:
        for na in sg_vals:
            for nb in sg_vals:
                a, b = v[na], v[nb]
                e, fl = op_sgnj(f, a, b, mode)
                o.case("T_FPF", f"{op}.{sx}_{na}_{nb}", 0, a, b, 0, e, fl,
                       f"{op}.{sx} fa0, fa1, fa2")
    # pseudo-instructions built on sign injection, with rd aliasing rs
    for n in ["one", "mone", "qnan", "n0"]:
        a = v[n]
        e, _ = op_sgnj(f, a, a, "j")
        o.case("T_FPF", f"fmv.{sx}_{n}", 0, a, 0, 0, e, 0, f"fmv.{sx} fa0, fa1")
        e, _ = op_sgnj(f, a, a, "n")
        o.case("T_FPF", f"fneg.{sx}_{n}", 0, a, 0, 0, e, 0, f"fneg.{sx} fa0, fa1")
        e, _ = op_sgnj(f, a, a, "x")
        o.case("T_FPF", f"fabs.{sx}_{n}", 0, a, 0, 0, e, 0, f"fabs.{sx} fa0, fa1")
        e, _ = op_sgnj(f, a, a, "n")
        o.case("T_FPX", f"fneg.{sx}_inplace_{n}", 0, a, 0, 0, e, 0,
               f"FNEG_INPLACE {sx}")

    # ---- fclass: every class
    cl_vals = ["ninf", "mone", "nmins", "n0", "p0", "mins", "maxs", "one", "max", "pinf",
               "snan", "qnan", "nqnan", "nsnan", "qnanp", "nmax", "nminn"]
    for n in cl_vals:
        e, _ = op_class(f, v[n])
        o.case("T_FPX", f"fclass.{sx}_{n}", 0, v[n], 0, 0, e, 0, f"fclass.{sx} a0, fa1")

    # ---- conversions float -> integer
    fvals = [0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 1.0, -1.0, 7.75, -7.75,
             2147483520.0, 2147483648.0, -2147483648.0, -2147483904.0, 4294967040.0,
             4294967296.0, 3e9, -3e9, 9.223372036854775e18, 9.223372036854776e18,
             -9.223372036854776e18, 1.8446744073709552e19, 1e20, -1e20, 2147483647.5,
             -2147483648.5, 4294967295.5]
    fregs = [(repr(x), fb(f, x)) for x in fvals]
    fregs += [(n, v[n]) for n in ["pinf", "ninf", "qnan", "snan", "nqnan", "mins", "nmins",
                                   "max", "nmax"]]
    for ins, width, signed in [("w", 32, True), ("wu", 32, False), ("l", 64, True),
                               ("lu", 64, False)]:
        seen = set()
        for n, a in fregs:
            if a in seen:
                continue
            seen.add(a)
            sens = any(op_f2i(f, a, r, width, signed) != op_f2i(f, a, "rne", width, signed)
                       for r in RMS)
            for rm, frm in rm_variants(sens):
                e, fl = op_f2i(f, a, rmname(rm, frm), width, signed)
                o.case("T_FPX", f"fcvt.{ins}.{sx}_{n}_{rm}{'' if rm != 'dyn' else RMS[frm]}",
                       frm, a, 0, 0, e, fl, f"fcvt.{ins}.{sx} a0, fa1, {rm}")

    # ---- conversions integer -> float (rs1 is a1 = the 'a' pattern)
    ivals = [0, 1, -1, 16777217, 16777219, -16777217, 0x7fffffff, -0x80000000, 0xffffffff,
             (1 << 53) + 1, (1 << 63) - 1, -(1 << 63), (1 << 64) - 1, 0x0123456789abcdef,
             0xdeadbeef00000001, 0xffffffff80000000, 0x00000000ffffff81, 0x123456789,
             (1 << 24) + (1 << 54)]
    for ins, width, signed in [("w", 32, True), ("wu", 32, False), ("l", 64, True),
                               ("lu", 64, False)]:
        for iv in ivals:
            a = iv & ((1 << 64) - 1)
            sens = op_i2f(f, a, "rne", width, signed)[1] != 0
            if f is D and width == 32:
                # always exact: the assembler takes no rounding mode
                e, fl = op_i2f(f, a, "rne", width, signed)
                o.case("T_FPF", f"fcvt.{sx}.{ins}_{a:x}", 3, a, 0, 0, e, fl,
                       f"fcvt.{sx}.{ins} fa0, a1")
                continue
            for rm, frm in rm_variants(sens):
                e, fl = op_i2f(f, a, rmname(rm, frm), width, signed)
                o.case("T_FPF", f"fcvt.{sx}.{ins}_{a:x}_{rm}{'' if rm != 'dyn' else RMS[frm]}",
                       frm, a, 0, 0, e, fl, f"fcvt.{sx}.{ins} fa0, a1, {rm}")

    # ---- conversions between formats
    if f is S:
        src = D
        dvals = [("one", fb(D, 1.0)), ("tenth", fb(D, 0.1)), ("big", fb(D, 1e300)),
                 ("nbig", fb(D, -1e300)), ("tiny", fb(D, 1e-300)), ("ntiny", fb(D, -1e-300)),
                 ("smins", encode(D, 0, Q(2) ** -149)), ("halfmins", encode(D, 0, Q(2) ** -150)),
                 ("qnan", D.qnan), ("snan", D.inf | 1), ("nqnanp", D.qnan | D.sign | 0x1234),
                 ("pinf", D.inf), ("ninf", D.inf | D.sign), ("n0", D.sign),
                 ("smax", encode(D, 0, Q(S.maxfin & ((1 << 23) - 1) | 1 << 23) * Q(2) ** 104)),
                 ("smaxhalf", encode(D, 0, (Q((1 << 24) - 1) + Q(1, 2)) * Q(2) ** 104)),
                 ("sminn_below", encode(D, 0, Q(2) ** -126 - Q(2) ** -152)),
                 ("pi", fb(D, 3.141592653589793))]
        for n, a in dvals:
            sens = any(op_f2f(D, S, a, r) != op_f2f(D, S, a, "rne") for r in RMS)
            for rm, frm in rm_variants(sens):
                e, fl = op_f2f(D, S, a, rmname(rm, frm))
                o.case("T_FPF", f"fcvt.s.d_{n}_{rm}{'' if rm != 'dyn' else RMS[frm]}", frm,
                       a, 0, 0, e, fl, f"fcvt.s.d fa0, fa1, {rm}")
    else:
        src = S
        svals = [("one", fb(S, 1.0)), ("tenth", fb(S, 0.1)), ("mins", S.reg(1)),
                 ("max", S.reg(S.maxfin)), ("qnan", S.reg(S.qnan)),
                 ("snan", S.reg(S.inf | 1)), ("nqnanp", S.reg(S.qnan | S.sign | 0x55)),
                 ("ninf", S.reg(S.inf | S.sign)), ("n0", S.reg(S.sign)),
                 ("unboxed", 0x3f800000), ("halfboxed", 0x7fffffff3f800000)]
        for n, a in svals:
            e, fl = op_f2f(S, D, a, "rne")
            o.case("T_FPF", f"fcvt.d.s_{n}", 0, a, 0, 0, e, fl, f"fcvt.d.s fa0, fa1")
    del src

    # ---- NaN-boxing (single only): improperly boxed inputs read as qNaN
    if f is S:
        ub = [("unboxed1", 0x000000003f800000), ("unboxed2", 0x7fffffff3f800000),
              ("unboxedinf", 0x00000000ff800000), ("boxed_lo", 0xffffffff00000000)]
        for n, a in ub:
            one = v["one"]
            e, fl = op_add(f, a, one, "rne")
            o.case("T_FPF", f"fadd.s_{n}", 0, a, one, 0, e, fl, "fadd.s fa0, fa1, fa2, rne")
            e, fl = op_mul(f, one, a, "rne")
            o.case("T_FPF", f"fmul.s_{n}", 0, one, a, 0, e, fl, "fmul.s fa0, fa1, fa2, rne")
            e, fl = op_fma(f, one, one, a, "rne")
            o.case("T_FPF", f"fmadd.s_{n}", 0, one, one, a, e, fl,
                   "fmadd.s fa0, fa1, fa2, fa3, rne")
            e, fl = op_sqrt(f, a, "rne")
            o.case("T_FPF", f"fsqrt.s_{n}", 0, a, 0, 0, e, fl, "fsqrt.s fa0, fa1, rne")
            e, fl = op_cmp(f, a, a, "eq")
            o.case("T_FPX", f"feq.s_{n}", 0, a, 0, 0, e, fl, "feq.s a0, fa1, fa1")
            e, fl = op_cmp(f, a, one, "le")
            o.case("T_FPX", f"fle.s_{n}", 0, a, one, 0, e, fl, "fle.s a0, fa1, fa2")
            e, fl = op_class(f, a)
            o.case("T_FPX", f"fclass.s_{n}", 0, a, 0, 0, e, fl, "fclass.s a0, fa1")
            e, fl = op_minmax(f, a, one, False)
            o.case("T_FPF", f"fmin.s_{n}", 0, a, one, 0, e, fl, "fmin.s fa0, fa1, fa2")
            for mode, ins in [("j", "fsgnj.s"), ("n", "fsgnjn.s"), ("x", "fsgnjx.s")]:
                e, fl = op_sgnj(f, a, v["mone"], mode)
                o.case("T_FPF", f"{ins}_{n}_mone", 0, a, v["mone"], 0, e, fl,
                       f"{ins} fa0, fa1, fa2")
                e, fl = op_sgnj(f, v["mone"], a, mode)
                o.case("T_FPF", f"{ins}_mone_{n}", 0, v["mone"], a, 0, e, fl,
                       f"{ins} fa0, fa1, fa2")
            e, fl = op_f2i(f, a, "rtz", 32, True)
            o.case("T_FPX", f"fcvt.w.s_{n}", 0, a, 0, 0, e, fl, "fcvt.w.s a0, fa1, rtz")
            # transfers ignore the boxing: fmv.x.w / fsw move the low 32 bits
            o.case("T_FPX", f"fmv.x.w_{n}", 0, a, 0, 0, sext(a, 32), 0, "fmv.x.w a0, fa1")
            o.case("T_FPX", f"fsw_{n}", 0, a, 0, 0, a & 0xffffffff, 0,
                   "DO_FSW")
        # fmv.x.w sign-extends, fmv.w.x boxes, flw boxes
        for bits in [0x80000000, 0x7fffffff, 0xffffffff, 0x3f800000, 0x00000001]:
            o.case("T_FPX", f"fmv.x.w_{bits:x}", 0, S.reg(bits), 0, 0, sext(bits, 32), 0,
                   "fmv.x.w a0, fa1")
            a = 0x1234567800000000 | bits
            o.case("T_FPF", f"fmv.w.x_{bits:x}", 0, a, 0, 0, S.reg(bits), 0, "fmv.w.x fa0, a1")
            o.case("T_FPF", f"flw_{bits:x}", 0, a, 0, 0, S.reg(bits), 0,
                   "DO_FLW")
    else:
        for bits in [0x8000000000000000, 0x7fffffffffffffff, 0x0123456789abcdef]:
            o.case("T_FPX", f"fmv.x.d_{bits:x}", 0, bits, 0, 0, bits, 0, "fmv.x.d a0, fa1")
            o.case("T_FPF", f"fmv.d.x_{bits:x}", 0, bits, 0, 0, bits, 0, "fmv.d.x fa0, a1")
            o.case("T_FPF", f"fld_{bits:x}", 0, bits, 0, 0, bits, 0,
                   "DO_FLD")
            o.case("T_FPX", f"fsd_{bits:x}", 0, bits, 0, 0, bits, 0,
                   "DO_FSD 2040")
        # a single stored with fsd keeps its box
        o.case("T_FPX", "fsd_boxed_single", 0, S.reg(0x3f800000), 0, 0, S.reg(0x3f800000), 0,
               "DO_FSD 0")
    return o


HEADER = """/* GENERATED by gen_fp.py from an exact reference model - do not edit.
 * {what}: {n} cases.  See test.h for T_FPF / T_FPX.                    */
#include "test.h"

/* multi-instruction bodies (a macro argument cannot hold a ';') */
.macro FNEG_INPLACE fmt
    fneg.\\fmt fa1, fa1
    fmv.x.d a0, fa1
.endm
.macro DO_FSW
    la  t1, fpbuf
    sd  zero, 0(t1)
    fsw fa1, 0(t1)
    ld  a0, 0(t1)
.endm
.macro DO_FLW
    la  t1, fpbuf
    sd  a1, 8(t1)
    addi t1, t1, 16
    flw fa0, -8(t1)
.endm
.macro DO_FLD
    la  t1, fpbuf
    sd  a1, 8(t1)
    addi t1, t1, 16
    fld fa0, -8(t1)
.endm
.macro DO_FSD off
    la  t1, fpbuf
    fsd fa1, \\off(t1)
    addi t2, t1, \\off
    ld  a0, 0(t2)
.endm

TEST_BEGIN
"""
FOOTER = """TEST_END

    .bss
    .balign 16
fpbuf: .space 4096
"""


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for f, fname, what in [(S, "rv64f.S", "RV64F single precision"),
                           (D, "rv64d.S", "RV64D double precision")]:
        o = gen(f)
        with open(os.path.join(outdir, fname), "w") as fh:
            fh.write(HEADER.format(what=what, n=o.count))
            fh.write("\n".join(o.lines) + "\n")
            fh.write(FOOTER)
        print(f"{fname}: {o.count} cases")


if __name__ == "__main__":
    main()
