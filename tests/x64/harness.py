#!/usr/bin/env python3
"""Differential harness: jas vs GNU as, byte for byte, line by line.

For every group from gen.py:
  1. GNU as assembles the group (each line gets a tracking label `__tN:` so
     its offset can be read from the ELF symbol table).  Lines GNU rejects
     (`f.s:LINE: Error:`) or warns about are removed and GNU is re-run.
  2. jas assembles the group as written (GNU-rejected lines included); lines
     jas rejects (`f.s:LINE:COL: error:`) are removed and jas is re-run.
  3. Both assemble the lines both accept; each line's bytes are sliced
     (GNU: tracking labels, per section; jas: --listing offsets) and compared.
  4. Round trip: the jas .text is disassembled with objdump -M intel, branch
     targets become labels, and the text is assembled again; lines GNU itself
     re-assembles to the same bytes must come out identical from jas.
Verdicts per line:
  pass   same bytes, or both reject
  FAIL   bytes differ / jas rejects what GNU accepts / jas accepts what GNU
         rejects / jas crashed
  (not counted) GNU only warns; GNU needs a relocation for it.
"""
import argparse
import collections
import concurrent.futures as cf
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

import gen

HEADER = ".intel_syntax noprefix"


# --------------------------------------------------------------------------
# minimal ELF64 reader: section contents, symbols, relocation offsets
def read_elf(path):
    data = open(path, "rb").read()
    if data[:4] != b"\x7fELF":
        raise ValueError("not ELF")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3a)
    secs = []
    for i in range(shnum):
        (name, typ, flags, addr, off, size, link, info, align,
         entsize) = struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
        secs.append(dict(name=name, type=typ, off=off, size=size, link=link,
                         info=info, entsize=entsize))
    strtab = secs[shstrndx]

    def cstr(sec, o):
        b = sec["off"] + o
        e = data.index(b"\0", b)
        return data[b:e].decode()
    for s in secs:
        s["name"] = cstr(strtab, s["name"])
    contents = {}
    for i, s in enumerate(secs):
        if s["type"] == 1:  # PROGBITS
            contents[i] = data[s["off"]:s["off"] + s["size"]]
        elif s["type"] == 8:  # NOBITS
            contents[i] = b"\0" * s["size"]
    syms = {}
    relocs = collections.defaultdict(list)
    for s in secs:
        if s["type"] == 2:  # SYMTAB
            st = secs[s["link"]]
            for k in range(s["size"] // 24):
                nm, info, other, shndx, value, size = struct.unpack_from(
                    "<IBBHQQ", data, s["off"] + k * 24)
                if nm:
                    syms[cstr(st, nm)] = (shndx, value)
        elif s["type"] in (4, 9):  # RELA / REL
            es = 24 if s["type"] == 4 else 16
            for k in range(s["size"] // es):
                off, = struct.unpack_from("<Q", data, s["off"] + k * es)
                relocs[s["info"]].append(off)
    names = {i: s["name"] for i, s in enumerate(secs)}
    return names, contents, syms, relocs


# --------------------------------------------------------------------------
ERR_RE = re.compile(r"^(?:.*?):(\d+): (Error|Warning): (.*)$")


class Run:
    """Result of one assembler run over a subset of a group's lines."""
    def __init__(self):
        self.errors = {}     # line index -> message
        self.warnings = {}
        self.bytes = {}      # line index -> bytes
        self.section = {}    # line index -> section name
        self.sections = {}   # section name -> bytes
        self.reloc = set()   # line indexes that need a relocation
        self.fatal = None    # text when the run failed without line errors


def write_src(path, lines, active, labels):
    """Line i of the group is file line i+2; inactive lines are blank so
    line numbers stay the same."""
    with open(path, "w") as f:
        f.write(HEADER + "\n")
        for i, l in enumerate(lines):
            if i not in active:
                f.write("\n")
            elif labels:
                f.write("__t%d: %s\n" % (i, l))
            else:
                f.write(l + "\n")


def slice_lines(order, pos, secdata):
    """order: line indexes in file order; pos: i -> (sec, off).
    Bytes of line i = [off_i, offset of the next line in the same section)."""
    out = {}
    last = {}
    for i in order:
        if i not in pos:
            continue
        s, o = pos[i]
        if s in last:
            j = last[s]
            out[j] = secdata[s][pos[j][1]:o]
        last[s] = i
    for s, j in last.items():
        out[j] = secdata[s][pos[j][1]:]
    return out


def run_gnu(tmp, lines, active):
    src, obj = os.path.join(tmp, "g.s"), os.path.join(tmp, "g.o")
    write_src(src, lines, active, True)
    if os.path.exists(obj):
        os.unlink(obj)
    p = subprocess.run(["as", "--64", "-mindex-reg", "-o", obj, src], capture_output=True,
                       text=True)
    r = Run()
    for l in p.stderr.splitlines():
        m = ERR_RE.match(l)
        if m:
            i = int(m.group(1)) - 2
            (r.errors if m.group(2) == "Error" else r.warnings).setdefault(i, m.group(3))
    if p.returncode != 0 or r.errors:
        if not r.errors:
            r.fatal = "as failed: " + p.stderr[-2000:]
        return r
    names, contents, syms, relocs = read_elf(obj)
    pos = {}
    for i in active:
        sh, val = syms.get("__t%d" % i, (None, None))
        if sh is None:
            r.fatal = "tracking label __t%d missing" % i
            return r
        if sh not in names:  # SHN_ABS etc.
            continue
        pos[i] = (names[sh], val)
    secdata = {names[k]: v for k, v in contents.items()}
    r.sections = {k: v for k, v in secdata.items()
                  if not k.startswith((".note", ".comment", ".debug"))}
    order = sorted(active)
    r.bytes = slice_lines(order, pos, secdata)
    r.section = {i: pos[i][0] for i in pos}
    # relocation targets: map reloc section -> target section name
    for relsec, offs in relocs.items():
        tgt = names.get(relsec)
        for o in offs:
            for i in order:
                if i in pos and pos[i][0] == tgt:
                    b = r.bytes.get(i, b"")
                    if pos[i][1] <= o < pos[i][1] + max(1, len(b)):
                        r.reloc.add(i)
    return r


# ---- jas ---------------------------------------------------------------------
JAS_ERR_RE = re.compile(r"^(?:.*?):(\d+):(\d+): error: (.*)$")


def source_sections(lines, active):
    """Section of each line, from the section directives in the source."""
    sec, prev, stack, out = ".text", ".text", [], {}
    for i, l in enumerate(lines):
        if i not in active:
            continue
        w = l.replace(",", " ").split()
        new = None
        if w and w[0] in (".text", ".data", ".bss"):
            new = w[0]
        elif len(w) > 1 and w[0] in (".section", ".pushsection"):
            new = w[1]
            if w[0] == ".pushsection":
                stack.append(sec)
        elif w and w[0] == ".previous":
            new = prev
        elif w and w[0] == ".popsection" and stack:
            new = stack.pop()
        if new is not None and new != sec:
            prev, sec = sec, new
        out[i] = sec
    return out


LIST_RE = re.compile(r"^([0-9A-Fa-f]+)\s+((?:[0-9A-Fa-f]{2} )*)(\.\.)?\s*(.*)$")


def _norm(t):
    return " ".join(t.split())


def _pieces(line):
    """`;`-separated statements of a line (quotes respected, comments
    dropped), normalised."""
    out, cur, q = [], "", None
    for k, c in enumerate(line):
        if not q and (c == "#" or line.startswith("//", k)):
            break
        if q:
            cur += c
            if c == q:
                q = None
        elif c in "\"'":
            q = c
            cur += c
        elif c == ";":
            out.append(cur)
            cur = ""
        else:
            cur += c
    out.append(cur)
    return [_norm(p) for p in out if p.strip()]


def _npieces(line):
    return max(1, len(_pieces(line))) if ";" in line else 1


def parse_listing(text, lines, active):
    """jas --listing: per statement `offset  hex-bytes  source-text`
    (at most 16 bytes shown, `..` when there are more).  Listing lines are
    matched in order to the active source lines by their text (a line with
    several `;`-separated statements has one listing line each); source
    lines without a listing line (labels, .equ, ...) have no bytes.
    Returns {line index: [(offset, bytes or None if truncated), ...]}."""
    want = [i for i in sorted(active) if lines[i].strip()]
    norm = {i: _norm(lines[i]) for i in want}
    pieces = {i: _pieces(lines[i]) for i in want}
    out = {}
    k = 0
    for l in text.splitlines():
        if not l.strip():
            continue
        m = LIST_RE.match(l.rstrip())
        if not m:
            raise ValueError("unexpected listing line %r" % l)
        off = int(m.group(1), 16)
        b = bytes.fromhex(re.sub(r"\s", "", m.group(2)))
        if m.group(3):
            b = None
        t = _norm(m.group(4))
        hit = None
        start = k
        if k > 0 and len(out.get(want[k - 1], ())) < _npieces(lines[want[k - 1]]):
            start = k - 1  # more statements of a `a; b` line
        for kk in range(start, len(want)):
            src = norm[want[kk]]
            if t == src or t in pieces[want[kk]]:
                hit = kk
                break
        if hit is None:
            raise ValueError("listing line %r matches no source line" % l)
        out.setdefault(want[hit], []).append((off, b))
        k = hit + 1
    return out


def run_jas(tmp, lines, active, jas):
    src, out = os.path.join(tmp, "j.s"), os.path.join(tmp, "j.bin")
    write_src(src, lines, active, False)
    if os.path.exists(out):
        os.unlink(out)
    try:
        p = subprocess.run([jas, "--arch=x64", "--listing", "--max-errors=0", "-w",
                            "-o", out, src],
                           capture_output=True, text=True, timeout=120,
                           errors="replace")
    except subprocess.TimeoutExpired:
        r = Run()
        r.fatal = "jas timed out"
        return r
    r = Run()
    for l in p.stderr.splitlines():
        m = JAS_ERR_RE.match(l)
        if m:
            r.errors.setdefault(int(m.group(1)) - 2, m.group(3))
    if p.returncode < 0 or p.returncode >= 128 or "Sanitizer" in p.stderr \
            or "runtime error:" in p.stderr:
        r.fatal = "jas crashed (rc=%d): %s" % (p.returncode, p.stderr[-3000:])
        return r
    if p.returncode != 0:
        if not r.errors:
            r.fatal = "jas failed (rc=%d) without a line error: %s" % (
                p.returncode, p.stderr[-2000:])
        if os.path.exists(out):
            r.fatal = (r.fatal or "") + " [output file left behind on error]"
        return r
    if r.errors:
        r.fatal = "jas printed errors but exited 0"
        return r
    if not os.path.exists(out):
        r.fatal = "jas exited 0 but wrote no output"
        return r
    blob = open(out, "rb").read()
    try:
        lst = parse_listing(p.stdout, lines, active)
    except Exception as e:  # noqa
        r.fatal = "cannot parse jas listing: %s" % e
        return r
    secof = source_sections(lines, active)
    r.section = {i: secof[i] for i in lst}
    # statement list in offset order per section; a truncated statement
    # (`..`) extends to the next statement's offset
    stm = sorted((o, i, b) for i, ents in lst.items() for o, b in ents)
    ranges = jas_section_ranges(stm, secof, blob)
    for sname, (lo, hi) in ranges.items():
        r.sections[sname] = blob[lo:hi]
    r.bytes = {}
    covered = 0
    for k, (o, i, b) in enumerate(stm):
        if b is None:
            hi = ranges[secof[i]][1]
            for o2, i2, b2 in stm[k + 1:]:
                if o2 > o:
                    hi = min(hi, o2)
                    break
            b = blob[o:hi]
        elif blob[o:o + len(b)] != b:
            r.fatal = ("listing bytes for line %d `%s` (%s at 0x%x) disagree "
                       "with the output file (%s)" % (
                           i + 2, lines[i], hexs(b), o,
                           hexs(blob[o:o + len(b)])))
            break
        covered += len(b)
        r.bytes[i] = r.bytes.get(i, b"") + b
    if not r.fatal and covered != len(blob) and not _gaps_are_padding(stm, ranges):
        r.fatal = ("listing accounts for %d bytes, output file has %d"
                   % (covered, len(blob)))
    return r


def _gaps_are_padding(stm, ranges):
    """Zero gaps between sections (section alignment) are fine."""
    return len(ranges) > 1


def jas_section_ranges(stm, secof, blob):
    """Where each section lies in the raw output: jas lays out .text, then
    .data (each at a multiple of its alignment, zero gaps).  A section
    starts at its first statement that has bytes and ends where the next
    section starts (less the zero gap: trailing bytes no statement covers)."""
    lo, hi = {".text": 0}, {}
    for o, i, b in stm:
        s = secof[i]
        n = len(b) if b is not None else 1
        if n and s != ".text":
            lo[s] = min(lo.get(s, o), o)
        if n:
            hi[s] = max(hi.get(s, 0), o + n)
    order = sorted(lo, key=lambda s: (lo[s], s != ".text"))
    rng = {}
    for k, s in enumerate(order):
        end = lo[order[k + 1]] if k + 1 < len(order) else len(blob)
        if k + 1 < len(order):
            end = max(hi.get(s, lo[s]), 0)  # the zero gap is not the section's
        rng[s] = (lo[s], end)
    return rng


# --------------------------------------------------------------------------
KNOWN = []


def load_known(path):
    out = []
    if os.path.exists(path):
        for l in open(path):
            l = l.strip()
            if l and not l.startswith("#"):
                out.append(re.compile(re.split(r"\s{2,}#", l)[0].strip()))
    return out


def _set_known(path):
    global KNOWN
    KNOWN = load_known(path)


def _pf():
    return [0, 0]


class Verdicts:
    def __init__(self):
        self.per_cat = collections.defaultdict(_pf)  # cat -> [pass, fail]
        self.fails = []   # (cat, text)
        self.dropped = collections.Counter()
        self.row_hits = collections.Counter()  # table row -> identical cases
        self.kinds = collections.Counter()     # identical / both-reject / ...
        self.known = []                        # failures listed in known.txt

    def ok(self, cat):
        self.per_cat[cat][0] += 1

    def bad(self, cat, msg, line=None):
        if line is not None and any(k.fullmatch(line.strip()) for k in KNOWN):
            self.known.append((cat, msg))
            return
        self.per_cat[cat][1] += 1
        self.fails.append((cat, msg))

    def merge(self, o):
        for k, (p, f) in o.per_cat.items():
            self.per_cat[k][0] += p
            self.per_cat[k][1] += f
        self.fails += o.fails
        self.dropped.update(o.dropped)
        self.row_hits.update(o.row_hits)
        self.kinds.update(o.kinds)
        self.known += o.known


def hexs(b):
    return " ".join("%02x" % x for x in b) if b is not None else "-"


def _gnu_clean(v, g, tmp, active):
    """Run GNU until clean; returns (errors, warnings) or None."""
    lines = g["lines"]
    g_rej, g_warn = {}, {}
    for _ in range(30):
        r = run_gnu(tmp, lines, active)
        if r.fatal:
            v.bad("harness", "%s: GNU as: %s" % (g["name"], r.fatal))
            return None
        g_warn.update(r.warnings)
        if not r.errors and not (set(r.warnings) & active):
            break
        g_rej.update(r.errors)
        active -= set(r.errors) | set(r.warnings)
    return g_rej, g_warn


def _jas_errors(v, g, tmp, jas, active):
    """One jas run: its error dict, or None after reporting a failure."""
    r = run_jas(tmp, g["lines"], active, jas)
    if r.fatal and not r.errors:
        v.bad("harness", "%s: %s" % (g["name"], r.fatal))
        _count_unrun(v, g, active, "jas run failed")
        return None
    if set(r.errors) - active:
        v.bad("harness", "%s: jas reports errors on lines not in the input: %s"
              % (g["name"], sorted(set(r.errors) - active)[:5]))
        return None
    return r.errors


def _classify(v, g, g_rej, g_warn, j_rej):
    lines, cats = g["lines"], g["cats"]
    for i in range(len(lines)):
        if i in g_warn and i not in g_rej:
            v.dropped["gnu-warning"] += 1
            continue
        if i in g_rej and i in j_rej:
            v.ok(cats[i])
            v.kinds["both reject"] += 1
        elif i in g_rej:
            v.bad(cats[i], "jas accepts, GNU rejects: `%s`  (GNU: %s)"
                  % (lines[i], g_rej[i]), lines[i])
        elif i in j_rej:
            v.bad(cats[i], "jas rejects, GNU accepts: `%s`  (jas: %s)"
                  % (lines[i], j_rej[i]), lines[i])


def _reject_batch(v, g, tmp, jas):
    """Independent lines: GNU and jas each on everything, errors removed
    until clean; the rejected sets are compared line by line."""
    allset = set(range(len(g["lines"])))
    res = _gnu_clean(v, g, tmp, set(allset))
    if res is None:
        return None
    g_rej, g_warn = res
    jactive = allset - (set(g_warn) - set(g_rej))
    j_rej = {}
    for _ in range(200):
        errs = _jas_errors(v, g, tmp, jas, jactive)
        if errs is None:
            return None
        if not errs:
            break
        j_rej.update(errs)
        jactive -= set(errs)
    _classify(v, g, g_rej, g_warn, j_rej)
    return g_rej, g_warn, j_rej


def _reject_program(v, g, tmp, jas):
    """Lines that depend on each other (layout): both assemblers always see
    the same program.  Lines both reject are removed; of the lines only one
    rejects, the first is a real difference (later ones may be consequences),
    it is recorded and removed, and both run again."""
    allset = set(range(len(g["lines"])))
    active = set(allset)
    g_rej, g_warn, j_rej = {}, {}, {}
    for _ in range(100):
        r = run_gnu(tmp, g["lines"], active)
        if r.fatal:
            v.bad("harness", "%s: GNU as: %s" % (g["name"], r.fatal))
            return None
        warn_only = {i: m for i, m in r.warnings.items() if i not in r.errors}
        if warn_only:  # drop what GNU only warns about, then start over
            g_warn.update(warn_only)
            active -= set(warn_only)
            continue
        je = _jas_errors(v, g, tmp, jas, active)
        if je is None:
            return None
        ge = r.errors
        if not ge and not je:
            break
        both = set(ge) & set(je)
        diff = sorted(set(ge) ^ set(je))
        if diff:
            first = diff[0]
            earlier = {i for i in both if i < first}
            if earlier:  # an earlier error may be the cause: remove it first
                for i in earlier:
                    g_rej[i], j_rej[i] = ge[i], je[i]
                active -= earlier
                continue
            if first in ge:
                g_rej[first] = ge[first]
            else:
                j_rej[first] = je[first]
            active.discard(first)
            continue
        for i in both:
            g_rej[i], j_rej[i] = ge[i], je[i]
        active -= both
    else:
        v.bad("harness", "%s: rejection analysis did not converge" % g["name"])
        return None
    _classify(v, g, g_rej, g_warn, j_rej)
    return g_rej, g_warn, j_rej


def check_group(g, jas, tmpdir, roundtrip=True):
    """Run one group, return (Verdicts, jas text bytes)."""
    v = Verdicts()
    lines, cats = g["lines"], g["cats"]
    n = len(lines)
    tmp = tempfile.mkdtemp(dir=tmpdir)
    allset = set(range(n))
    name = g["name"]
    try:
        if g["kind"] == "program":
            res = _reject_program(v, g, tmp, jas)
        else:
            res = _reject_batch(v, g, tmp, jas)
        if res is None:
            return v, None
        g_rej, g_warn, j_rej = res
        # ---- compare bytes on the common set
        common = allset - set(g_rej) - set(g_warn) - set(j_rej)
        gr = run_gnu(tmp, lines, common)
        while gr.errors and not gr.fatal:  # removal cascaded (programs)
            for i in gr.errors:
                v.dropped["cascade"] += 1
            common -= set(gr.errors)
            gr = run_gnu(tmp, lines, common)
        if gr.fatal:
            v.bad("harness", "%s: GNU as (common set): %s" % (name, gr.fatal))
            return v, None
        jr = run_jas(tmp, lines, common, jas)
        if jr.fatal or jr.errors:
            v.bad("harness", "%s: jas (common set): %s %s" % (name, jr.fatal or "",
                                                             jr.errors))
            return v, None
        for i in sorted(common):
            if i in gr.reloc:
                v.dropped["relocation"] += 1
                continue
            gb, jb = gr.bytes.get(i, b""), jr.bytes.get(i, b"")
            gs, js = gr.section.get(i), jr.section.get(i)
            if gb == jb and (not gb or gs == js):
                if gb or g["kind"] == "batch":
                    v.ok(cats[i])
                    v.kinds["identical bytes"] += 1
                    if g.get("rows") and g["rows"][i]:
                        v.row_hits[g["rows"][i]] += 1
                else:
                    v.dropped["no-bytes"] += 1
            else:
                v.bad(cats[i], "mismatch: `%s`\n      GNU: %s\n      jas: %s%s"
                      % (lines[i], hexs(gb), hexs(jb),
                         "" if gs == js or not gb else
                         "  (section %s vs %s)" % (gs, js)), lines[i])
        for s in set(gr.sections) | set(jr.sections):
            a, b = gr.sections.get(s, b""), jr.sections.get(s, b"")
            if gr.reloc:  # relocated lines were not compared
                continue
            if a != b:
                v.bad("section", "%s: whole %s differs (GNU %d bytes, jas %d)"
                      % (name, s, len(a), len(b)))
        if roundtrip and g.get("roundtrip") and ".text" in jr.sections and jr.sections[".text"]:
            roundtrip_check(v, name, jr.sections[".text"], jas, tmp)
        return v, jr.sections.get(".text")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _count_unrun(v, g, idx, why):
    for i in idx:
        v.per_cat[g["cats"][i]][1] += 1
    v.fails.append(("harness", "%s: %d lines not checked (%s)"
                    % (g["name"], len(idx), why)))


# --------------------------------------------------------------------------
# round trip through objdump
OBJ_RE = re.compile(r"^\s*([0-9a-f]+):\t([0-9a-f ]+?)\s*(?:\t(.*))?$")
BRANCH_MN = set(["jmp", "call", "loop", "loope", "loopne", "jrcxz", "jecxz",
                 "xbegin"] + gen.JCC)


def disassemble(blob, tmp):
    path = os.path.join(tmp, "rt.bin")
    open(path, "wb").write(blob)
    p = subprocess.run(["objdump", "-D", "-b", "binary", "-m", "i386:x86-64",
                        "-M", "intel", path], capture_output=True, text=True)
    insns = []  # [off, bytes, text]
    for l in p.stdout.splitlines():
        m = OBJ_RE.match(l)
        if not m:
            continue
        off = int(m.group(1), 16)
        b = bytes.fromhex(m.group(2).replace(" ", ""))
        if m.group(3) is None:  # continuation of the previous line's bytes
            if insns:
                insns[-1][1] += b
            continue
        insns.append([off, b, m.group(3).strip()])
    return insns


def rt_text(txt, starts):
    """objdump text -> assembler text; None when it cannot be expressed."""
    t = re.sub(r"\s+#.*$", "", txt)
    t = re.sub(r"\s*<[^>]*>", "", t)
    if "(bad)" in t or t.startswith(".byte") or not t:
        return None
    # `{evex} vpsrld ymm1, [rax], 1`: objdump's pseudo-prefix for an EVEX
    # encoding VEX could also give (`{vex}` for the AVX-VNNI forms): both
    # assemblers take it back
    words = t.split()
    # prefixes printed as words before the mnemonic
    k = 0
    while k < len(words) and words[k] in ("rep", "repz", "repnz", "repe",
                                          "repne", "lock", "bnd", "notrack",
                                          "data16", "addr32", "cs", "ds", "es",
                                          "ss", "fs", "gs", "rex", "rex.W",
                                          "rex.B", "rex.R", "rex.X", "rex.WB",
                                          "rex.WR", "rex.WX", "rex.RB",
                                          "rex.XB", "rex.RX", "rex.WRB",
                                          "rex.WRX", "rex.WXB", "rex.RXB",
                                          "rex.WRXB", "ds", "xacquire",
                                          "xrelease"):
        k += 1
    if k < len(words) and words[k] in BRANCH_MN and k + 1 < len(words):
        m = re.fullmatch(r"0x([0-9a-f]+)", words[k + 1])
        if m:
            tgt = int(m.group(1), 16)
            if tgt not in starts:
                return None
            words[k + 1] = "rt_%x" % tgt
            return " ".join(words)
    return t


def roundtrip_check(v, name, blob, jas, tmp):
    insns = disassemble(blob, tmp)
    if sum(len(b) for _, b, _ in insns) != len(blob):
        v.bad("roundtrip", "%s: objdump did not cover the whole output" % name)
        return
    starts = {o for o, _, _ in insns}
    lines, cats, raw, want = [], [], [], []
    targets = set()
    for o, b, t in insns:
        rt = rt_text(t, starts)
        m = re.search(r"\brt_([0-9a-f]+)\b", rt or "")
        if m:
            targets.add(int(m.group(1), 16))
        raw.append((o, b, rt))
    for o, b, rt in raw:
        if o in targets:
            lines.append("rt_%x:" % o)
            cats.append(None)
            want.append(b"")
        if rt is None:
            lines.append(".byte " + ", ".join("0x%02x" % x for x in b))
            cats.append(None)
        else:
            lines.append(rt)
            cats.append("roundtrip:" + gen.cat_of(rt))
        want.append(b)
    # GNU must reproduce a line exactly for the line to count; otherwise it
    # becomes .byte (keeps the layout) and is not counted
    active = set(range(len(lines)))
    for _ in range(5):
        gr = run_gnu(tmp, lines, active)
        if gr.fatal and not gr.errors:
            v.bad("harness", "%s: roundtrip GNU: %s" % (name, gr.fatal))
            return
        bad = set(gr.errors)
        if not bad:
            for i in active:
                if cats[i] and gr.bytes.get(i, b"") != want[i]:
                    bad.add(i)
        if not bad:
            break
        for i in bad:
            v.dropped["roundtrip-gnu-differs"] += 1
            lines[i] = (".byte " + ", ".join("0x%02x" % x for x in want[i])
                        if want[i] else "")
            cats[i] = None
    else:
        v.bad("harness", "%s: roundtrip did not converge" % name)
        return
    jr = run_jas(tmp, lines, active, jas)
    if jr.fatal and not jr.errors:
        v.bad("roundtrip", "%s: jas failed on the disassembly: %s"
              % (name, jr.fatal))
        return
    seen = set()
    for i in range(len(lines)):
        if not cats[i]:
            continue
        if (lines[i], want[i]) in seen:  # count each distinct line once
            continue
        seen.add((lines[i], want[i]))
        if i in jr.errors:
            v.bad(cats[i], "jas rejects objdump's `%s` (bytes %s): %s"
                  % (lines[i], hexs(want[i]), jr.errors[i]), lines[i])
        elif not jr.errors and jr.bytes.get(i, b"") != want[i]:
            v.bad(cats[i], "roundtrip mismatch: `%s`\n      want: %s\n      jas:  %s"
                  % (lines[i], hexs(want[i]), hexs(jr.bytes.get(i))), lines[i])
        elif not jr.errors:
            v.ok(cats[i])
            v.kinds["round trip identical"] += 1


# --------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jas", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--tmp", default=None)
    ap.add_argument("--only", help="regex: run only groups whose name matches")
    ap.add_argument("--max-fail-lines", type=int, default=300)
    ap.add_argument("--no-roundtrip", action="store_true")
    ap.add_argument("--known", default=os.path.join(os.path.dirname(
        os.path.abspath(__file__)), "known.txt"),
                    help="accepted differences (regexes), see known.txt")
    ap.add_argument("--sample", type=int, default=1,
                    help="keep every Nth batch group (programs are all kept)")
    ap.add_argument("--table-file", help="use this table dump instead of "
                    "running jas --dump-table=x64")
    a = ap.parse_args()

    if a.table_file:
        table = open(a.table_file).read()
    else:
        p = subprocess.run([a.jas, "--dump-table=x64"], capture_output=True,
                           text=True)
        table = p.stdout if p.returncode == 0 else ""
        if p.returncode != 0:
            print("FAIL: jas --dump-table=x64 failed (rc=%d): %s"
                  % (p.returncode, p.stderr.strip()[:500]))
    global KNOWN
    KNOWN = load_known(a.known)
    groups = []
    unknown, branch_rows = gen.generate(table, a.seed, a.scale, groups)
    if a.only:
        groups = [g for g in groups if re.search(a.only, g["name"])]
    if a.sample > 1:
        batches = [g for g in groups if g["kind"] == "batch"]
        keep = {id(g) for g in batches[::a.sample]}
        groups = [g for g in groups if g["kind"] != "batch" or id(g) in keep]
    total = Verdicts()
    if not table:
        total.bad("table", "jas --dump-table=x64 printed no rows")
    for u in unknown:
        total.bad("table", "table row not understood by gen.py: " + u)
    # every mnemonic of the issue list must be in the table
    if table:
        tab_mn = {r[0] for r in gen.parse_table(table)}
        need = {hf[1] for hf in gen.hand_forms() if hf[0] != "@str"}
        need |= set(["jmp", "call"] + gen.JCC + gen.SHORT_ONLY)
        need |= {gen.cat_of(l) for l in gen.string_lines()}
        for mn in sorted(need - tab_mn):
            total.bad("table", "mnemonic '%s' (issue list) missing from the "
                      "table" % mn)
    ncases = sum(len(g["lines"]) for g in groups)
    print("x64: %d groups, %d lines, %d table rows (%d branch rows covered by "
          "the branch programs)" % (len(groups), ncases,
                                    len(gen.parse_table(table)), len(branch_rows)))
    tmpdir = a.tmp or tempfile.mkdtemp(prefix="jas-x64-")
    os.makedirs(tmpdir, exist_ok=True)
    with cf.ProcessPoolExecutor(max_workers=a.jobs, initializer=_set_known,
                                initargs=(a.known,)) as ex:
        futs = [ex.submit(check_group, g, a.jas, tmpdir, not a.no_roundtrip)
                for g in groups]
        for f in futs:
            v, _ = f.result()
            total.merge(v)
    if not a.tmp:
        shutil.rmtree(tmpdir, ignore_errors=True)

    # ---- rows of the table no case exercised
    if not a.only and a.sample == 1:
        allrows = {"%s|%s" % (m, ", ".join(o)) for m, o, e, f in gen.parse_table(table)}
        brows = {"%s|%s" % (m, ", ".join(o)) for m, o in branch_rows}
        cold = sorted(r for r in allrows - brows if total.row_hits[r] == 0)
        if cold:
            print("\ntable rows without any case that both assemblers accept "
                  "(%d):" % len(cold))
            for r in cold:
                print("  " + r)

    # ---- report
    print("\ncases per mnemonic (pass/fail):")
    cats = sorted(total.per_cat)
    row = []
    for c in cats:
        p, f = total.per_cat[c]
        row.append("%s %d%s" % (c, p, ("/FAIL %d" % f) if f else ""))
    line = ""
    for r in row:
        if len(line) + len(r) > 100:
            print("  " + line)
            line = ""
        line += r + "; "
    if line:
        print("  " + line)
    if total.dropped:
        print("\nnot counted: " + ", ".join("%s %d" % kv for kv in
                                            sorted(total.dropped.items())))
    if total.known:
        print("\nknown differences (known.txt, not counted): %d" % len(total.known))
        for cat, msg in total.known[:50]:
            print("  known [%s] %s" % (cat, msg))
    if total.fails:
        print("\nFAILURES (%d, first %d shown):" % (len(total.fails),
                                                   a.max_fail_lines))
        for cat, msg in total.fails[:a.max_fail_lines]:
            print("FAIL [%s] %s" % (cat, msg))
    print("\npassed cases: " + ", ".join("%s %d" % kv for kv in
                                         sorted(total.kinds.items())))
    np_ = sum(p for p, f in total.per_cat.values())
    nf = sum(f for p, f in total.per_cat.values())
    print("\nx64: %d passed, %d failed" % (np_, nf))
    return 1 if nf else 0


if __name__ == "__main__":
    sys.exit(main())
