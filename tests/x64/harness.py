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
    p = subprocess.run(["as", "--64", "-o", obj, src], capture_output=True,
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
    r.sections = {k: v for k, v in secdata.items() if k in (".text", ".data")}
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
    sec, out = ".text", {}
    for i, l in enumerate(lines):
        if i not in active:
            continue
        w = l.split()
        if w and w[0] in (".text", ".data", ".bss"):
            sec = w[0]
        elif len(w) > 1 and w[0] == ".section":
            sec = w[1].rstrip(",")
        out[i] = sec
    return out


LIST_PREFIX_RE = re.compile(r"^\s*([0-9A-Fa-f]+)\s*:?((?:\s+[0-9A-Fa-f]{2})*)\s*$")


def parse_listing(text, lines, active):
    """jas --listing: per statement `offset  hex-bytes  source-text`.
    Statements are matched to the active source lines in order by their
    text (so the exact column layout does not matter); a line that holds
    only an offset and bytes continues the previous statement.
    Returns {line index: (offset, bytes)}."""
    want = [i for i in sorted(active) if lines[i].strip()]
    out = {}
    k = 0
    last = None
    for l in text.splitlines():
        if not l.strip():
            continue
        if k < len(want):
            src = lines[want[k]].strip()
            body = l.rstrip()
            if body.endswith(src):
                m = LIST_PREFIX_RE.match(body[:len(body) - len(src)])
                if m:
                    b = bytes.fromhex(m.group(2).replace(" ", "").replace("\t", ""))
                    out[want[k]] = [int(m.group(1), 16), b]
                    last = want[k]
                    k += 1
                    continue
        m = LIST_PREFIX_RE.match(l.rstrip())
        if m and last is not None:  # continuation
            out[last][1] += bytes.fromhex(m.group(2).replace(" ", ""))
            continue
        raise ValueError("unexpected listing line %r (expected %r)"
                         % (l, lines[want[k]] if k < len(want) else None))
    if k != len(want):
        raise ValueError("listing has no statement for line %d `%s`"
                         % (want[k] + 2, lines[want[k]]))
    return out


def run_jas(tmp, lines, active, jas):
    src, out = os.path.join(tmp, "j.s"), os.path.join(tmp, "j.bin")
    write_src(src, lines, active, False)
    if os.path.exists(out):
        os.unlink(out)
    try:
        p = subprocess.run([jas, "--arch=x64", "--listing", "-o", out, src],
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
    r.bytes = {i: bytes(b) for i, (o, b) in lst.items()}
    ranges = jas_section_ranges(lst, secof, blob)
    for sname, (lo, hi) in ranges.items():
        r.sections[sname] = blob[lo:hi]
    # the listing must agree with the output file
    for i, (o, b) in sorted(lst.items()):
        if b and blob[o:o + len(b)] != b:
            r.fatal = ("listing bytes for line %d `%s` (%s at 0x%x) disagree "
                       "with the output file (%s)" % (
                           i + 2, lines[i], hexs(b), o,
                           hexs(blob[o:o + len(b)])))
            break
    covered = sum(len(b) for o, b in lst.values())
    if not r.fatal and covered != len(blob):
        r.fatal = ("listing accounts for %d bytes, output file has %d"
                   % (covered, len(blob)))
    return r


def jas_section_ranges(lst, secof, blob):
    """Where each section lies in the raw output: jas lays out .text, then
    .data; listing offsets are file offsets.  A section starts at its first
    statement that has bytes."""
    lo = {".text": 0}
    for i, (o, b) in lst.items():
        s = secof[i]
        if b and s != ".text":
            lo[s] = min(lo.get(s, o), o)
    order = sorted(lo, key=lambda s: (lo[s], s != ".text"))
    rng = {}
    for k, s in enumerate(order):
        hi = lo[order[k + 1]] if k + 1 < len(order) else len(blob)
        rng[s] = (lo[s], hi)
    return rng


# --------------------------------------------------------------------------
def _pf():
    return [0, 0]


class Verdicts:
    def __init__(self):
        self.per_cat = collections.defaultdict(_pf)  # cat -> [pass, fail]
        self.fails = []   # (cat, text)
        self.dropped = collections.Counter()

    def ok(self, cat):
        self.per_cat[cat][0] += 1

    def bad(self, cat, msg):
        self.per_cat[cat][1] += 1
        self.fails.append((cat, msg))

    def merge(self, o):
        for k, (p, f) in o.per_cat.items():
            self.per_cat[k][0] += p
            self.per_cat[k][1] += f
        self.fails += o.fails
        self.dropped.update(o.dropped)


def hexs(b):
    return " ".join("%02x" % x for x in b) if b is not None else "-"


def check_group(g, jas, tmpdir, roundtrip=True):
    """Run one group, return (Verdicts, jas text bytes)."""
    v = Verdicts()
    lines, cats = g["lines"], g["cats"]
    n = len(lines)
    tmp = tempfile.mkdtemp(dir=tmpdir)
    allset = set(range(n))
    name = g["name"]
    try:
        # ---- GNU on everything
        active = set(allset)
        g_rej, g_warn = {}, {}
        for _ in range(30):
            r = run_gnu(tmp, lines, active)
            if r.fatal:
                v.bad("harness", "%s: GNU as: %s" % (name, r.fatal))
                return v, None
            g_warn.update(r.warnings)
            if not r.errors and not (set(r.warnings) & active):
                break
            g_rej.update(r.errors)
            active -= set(r.errors) | set(r.warnings)
        # ---- jas on everything except what GNU only warns about
        jactive = allset - (set(g_warn) - set(g_rej))
        j_rej = {}
        for _ in range(200):
            r = run_jas(tmp, lines, jactive, jas)
            if r.fatal and not r.errors:
                v.bad("harness", "%s: %s" % (name, r.fatal))
                for i in sorted(jactive)[:0]:
                    pass
                _count_unrun(v, g, jactive, "jas run failed")
                return v, None
            if not r.errors:
                break
            new = set(r.errors) & jactive
            if not new:
                v.bad("harness", "%s: jas reports errors on lines not in the "
                      "input: %s" % (name, r.errors))
                return v, None
            j_rej.update({i: r.errors[i] for i in new})
            jactive -= new
        # ---- classify rejections
        for i in range(n):
            if i in g_warn and i not in g_rej:
                v.dropped["gnu-warning"] += 1
                continue
            if i in g_rej and i in j_rej:
                v.ok(cats[i])
            elif i in g_rej:
                v.bad(cats[i], "jas accepts, GNU rejects: `%s`  (GNU: %s)"
                      % (lines[i], g_rej[i]))
            elif i in j_rej:
                v.bad(cats[i], "jas rejects, GNU accepts: `%s`  (jas: %s)"
                      % (lines[i], j_rej[i]))
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
                else:
                    v.dropped["no-bytes"] += 1
            else:
                v.bad(cats[i], "mismatch: `%s`\n      GNU: %s\n      jas: %s%s"
                      % (lines[i], hexs(gb), hexs(jb),
                         "" if gs == js or not gb else
                         "  (section %s vs %s)" % (gs, js)))
        for s in set(gr.sections) | set(jr.sections):
            a, b = gr.sections.get(s, b""), jr.sections.get(s, b"")
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
                  % (lines[i], hexs(want[i]), jr.errors[i]))
        elif not jr.errors and jr.bytes.get(i, b"") != want[i]:
            v.bad(cats[i], "roundtrip mismatch: `%s`\n      want: %s\n      jas:  %s"
                  % (lines[i], hexs(want[i]), hexs(jr.bytes.get(i))))
        elif not jr.errors:
            v.ok(cats[i])


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
    groups = []
    unknown, branch_rows = gen.generate(table, a.seed, a.scale, groups)
    if a.only:
        groups = [g for g in groups if re.search(a.only, g["name"])]
    total = Verdicts()
    if not table:
        total.bad("table", "jas --dump-table=x64 printed no rows")
    for u in unknown:
        total.bad("table", "table row not understood by gen.py: " + u)
    # every mnemonic of the issue list must be in the table
    if table:
        tab_mn = {r[0] for r in gen.parse_table(table)}
        need = {mn for pfx, mn, ops in gen.hand_forms() if pfx != "@str"}
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
    with cf.ProcessPoolExecutor(max_workers=a.jobs) as ex:
        futs = [ex.submit(check_group, g, a.jas, tmpdir, not a.no_roundtrip)
                for g in groups]
        for f in futs:
            v, _ = f.result()
            total.merge(v)
    if not a.tmp:
        shutil.rmtree(tmpdir, ignore_errors=True)

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
    if total.fails:
        print("\nFAILURES (%d, first %d shown):" % (len(total.fails),
                                                   a.max_fail_lines))
        for cat, msg in total.fails[:a.max_fail_lines]:
            print("FAIL [%s] %s" % (cat, msg))
    np_ = sum(p for p, f in total.per_cat.values())
    nf = sum(f for p, f in total.per_cat.values())
    print("\nx64: %d passed, %d failed" % (np_, nf))
    return 1 if nf else 0


if __name__ == "__main__":
    sys.exit(main())
