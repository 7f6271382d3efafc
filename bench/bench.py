#!/usr/bin/env python3
"""jas emission benchmark: runs every part and writes the "## jas" section of
docs/bench.md (between its markers).  Called by bench/run.sh, which builds
everything first; see bench/README.md for what is measured and how.

    bench.py --root ROOT --build BUILD [--quick] [--cpu N] [--no-write]
             [--doc FILE] [--skip PART,...]

Parts: emit (honesty check, throughput, cold latency), callgrind, footprint,
asm (standalone assembler against GNU as), profile (perf + callgrind lines).
"""
import argparse
import datetime
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BEGIN = "<!-- jas-bench:begin (written by bench/run.sh: edits between the markers are lost) -->"
END = "<!-- jas-bench:end -->"
# DynASM is optional (bench/Makefile DYNASM_DIR=...): the parts below take
# the libraries the harness actually ran (ran_libs).
LIBS = ["jas", "AsmJit", "Xbyak", "Zydis", "DynASM"]
SIZES = [16, 1000, 100000]


def log(*a):
    print(*a, flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)


# ---- docs/bench.md -----------------------------------------------------------

def write_section(path, body):
    """Put `body` between the markers under "## jas"; touch nothing else."""
    block = BEGIN + "\n" + body.rstrip("\n") + "\n" + END
    if not os.path.exists(path):
        new = "# Benchmarks\n\n## jas\n\n" + block + "\n"
    else:
        old = open(path).read()
        lines = old.split("\n")
        b = next((i for i, ln in enumerate(lines) if ln.strip().startswith("<!-- jas-bench:begin")), None)
        e = next((i for i, ln in enumerate(lines) if ln.strip() == END), None)
        if b is not None and e is not None and e > b:
            head = lines[:b]
            # the heading belongs right above the block: restore it if lost
            prev = next((ln for ln in reversed(head) if ln.strip()), "")
            if prev.strip() != "## jas":
                head = head + ["## jas", ""]
            new = "\n".join(head + [block] + lines[e + 1:])
        else:
            # no markers (or only one, e.g. another script removed a part):
            # drop any old "## jas" section and stray marker, then insert
            h = next((i for i, ln in enumerate(lines) if ln.strip() == "## jas"), None)
            if h is not None:
                stop = next((i for i in range(h + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
                lines = lines[:h] + lines[stop:]
            lines = [ln for ln in lines if not ln.strip().startswith("<!-- jas-bench:") and ln.strip() != END]
            sec = ["## jas", "", block, ""]
            at = next((i for i, ln in enumerate(lines) if ln.startswith("## ")), None)
            if at is None:
                text = "\n".join(lines).rstrip("\n")
                new = (text + "\n\n" if text else "# Benchmarks\n\n") + "\n".join(sec)
            else:
                new = "\n".join(lines[:at] + sec + lines[at:])
        new = re.sub(r"\n{3,}", "\n\n", new)
    if not new.endswith("\n"):
        new += "\n"
    with open(path, "w") as fh:
        fh.write(new)


# ---- parts -----------------------------------------------------------------

def part_emit(a, out, prog="bench-emit", js="emit.json"):
    args = [os.path.join(a.build, "bench", "emit", prog), "--json", os.path.join(out, js)]
    if a.quick:
        args += ["--sizes", "16", "--reps", "1", "--min-time", "0.02"]
    else:
        args += ["--sizes", ",".join(map(str, SIZES)), "--reps", str(a.reps), "--min-time", str(a.min_time)]
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sys.stdout.write(p.stdout)
    rows = []
    try:
        rows = json.load(open(os.path.join(out, js)))
    except (OSError, ValueError):
        pass
    ok = p.returncode == 0 and any(r.get("kind") == "check" and r.get("ok") for r in rows)
    return ok, rows, p.stdout


def callgrind_ir(a, out, args, tag, prog="bench-emit"):
    f = os.path.join(out, "callgrind.%s.out" % tag)
    cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=bs_cg_measured",
           "--callgrind-out-file=" + f, os.path.join(a.build, "bench", "emit", prog)] + args
    p = run(cmd)
    if p.returncode != 0 or not os.path.exists(f):
        log("callgrind failed: " + " ".join(args) + "\n" + p.stdout[-600:])
        return None
    for ln in open(f):
        m = re.match(r"(summary|totals):\s+(\d+)", ln)
        if m:
            return int(m.group(2))
    return None


def ran_libs(rows):
    """LIBS the emission harness measured (DynASM only when it was built)."""
    ran = {r.get("lib") for r in rows or []}
    return [l for l in LIBS if l in ran]


def part_callgrind(a, out, libs):
    if not shutil.which("valgrind"):
        log("callgrind: valgrind not found, skipped")
        return {}
    res = {}
    sizes = [16] if a.quick else SIZES
    for lib in libs:
        for n in sizes:
            ir = callgrind_ir(a, out, ["--callgrind", lib, str(n)], "%s.%d" % (lib, n))
            if ir is not None:
                res[(lib, n)] = ir / n
        ir = callgrind_ir(a, out, ["--callgrind-cold", lib], "%s.cold" % lib)
        if ir is not None:
            res[(lib, "cold")] = ir
        log("callgrind %-7s " % lib + "  ".join(
            "n=%s: %.1f" % (n, res[(lib, n)]) for n in sizes if (lib, n) in res) +
            ("  cold: %d" % res[(lib, "cold")] if (lib, "cold") in res else "") + "  (host instr per emitted instr)")
    # jas in its speed mode (bench-emit-code: the jas blocks built with --emit=code)
    if os.path.exists(os.path.join(a.build, "bench", "emit", "bench-emit-code")):
        lib = "jas-code"
        for n in sizes:
            ir = callgrind_ir(a, out, ["--callgrind", "jas", str(n)], "%s.%d" % (lib, n), "bench-emit-code")
            if ir is not None:
                res[(lib, n)] = ir / n
        ir = callgrind_ir(a, out, ["--callgrind-cold", "jas"], "%s.cold" % lib, "bench-emit-code")
        if ir is not None:
            res[(lib, "cold")] = ir
        log("callgrind jas --emit=code " + "  ".join(
            "n=%s: %.1f" % (n, res[(lib, n)]) for n in sizes if (lib, n) in res) +
            ("  cold: %d" % res[(lib, "cold")] if (lib, "cold") in res else ""))
    return res


def sect_sizes(path, text_prefix=False):
    """bytes of .text and of .rodata* (size -A); text_prefix: every .text*
    section (an object's cold code is in .text.unlikely until it is linked)."""
    p = run(["size", "-A", path])
    text = rodata = 0
    for ln in p.stdout.splitlines():
        f = ln.split()
        if len(f) >= 2 and f[1].isdigit():
            if f[0] == ".text" or (text_prefix and f[0].startswith(".text")):
                text += int(f[1])
            elif f[0].startswith(".rodata"):
                rodata += int(f[1])
    return text, rodata


RT_OBJS = ("put.o", "var.o", "labels.o", "link.o", "state.o", "direct.o", "rt_nops.o")


def map_sizes(path):
    """(.text, .rodata) bytes per libjas.a member kept in a GNU ld link map."""
    sizes = {}
    lines = open(path).read().split("\n")
    start = next((i for i, ln in enumerate(lines) if ln.startswith("Linker script and memory map")), 0)
    name = None
    for ln in lines[start:]:
        m = re.match(r"^ (\.(?:text|rodata)\S*)(?:\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+))?\s*$", ln)
        if m and not m.group(2):
            name = m.group(1)  # the address, size and file follow on the next line
            continue
        if not m:
            m2 = re.match(r"^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+)\s*$", ln)
            if not (m2 and name):
                name = None
                continue
            sec, size, src = name, int(m2.group(2), 16), m2.group(3)
        else:
            sec, size, src = m.group(1), int(m.group(3), 16), m.group(4)
        name = None
        mm = re.search(r"libjas\.a\((\S+\.o)\)$", src)
        if not mm or not size:
            continue
        t = sizes.setdefault(mm.group(1), [0, 0])
        t[0 if sec.startswith(".text") else 1] += size
    return sizes


def runtime_size(a, out):
    """.text (+ .rodata) of libjas that a program links (bench/footprint/
    fp_runtime.c: every function of the action-mode API; then with the
    --emit=code entry points; then with jas_publish), static libjas.a,
    --gc-sections, counted per member in the link map."""
    src = os.path.join(a.root, "bench", "footprint", "fp_runtime.c")
    lib = os.path.join(a.build, "libjas.a")
    res = {}
    for tag, defs in (("action", []), ("code", ["-DCODE"]), ("publish", ["-DCODE", "-DPUBLISH"])):
        mp = os.path.join(out, "fp_runtime.%s.map" % tag)
        cmd = [os.environ.get("CC", "cc"), "-O2", "-std=c11", "-I" + os.path.join(a.root, "include")] + defs + \
            ["-ffunction-sections", "-Wl,--gc-sections", "-Wl,-Map=" + mp, "-o", os.path.join(out, "fp_runtime"),
             src, lib]
        p = run(cmd)
        if p.returncode:  # a sanitizer build of libjas
            p = run(cmd[:1] + ["-fsanitize=address,undefined"] + cmd[1:])
        if p.returncode:
            log("runtime size: link failed\n" + p.stdout[-600:])
            return None
        res[tag] = map_sizes(mp)
    def total(sz, names):
        return [sum(sz.get(n, [0, 0])[k] for n in names) for k in (0, 1)]
    mem = [n for n in res["publish"] if n.startswith("mem_")]
    return {"action": total(res["action"], RT_OBJS), "code": total(res["code"], RT_OBJS),
            "publish": total(res["publish"], ["publish.o"]), "mem": total(res["publish"], mem),
            "objs": [(n, res["action"][n][0]) for n in RT_OBJS if n in res["action"]]}


def part_footprint(a, out, libs):
    fp = os.path.join(a.build, "bench", "emit", "fp")
    res = {}
    base_c = sum(sect_sizes(os.path.join(fp, "base_c")))
    base_cxx = sum(sect_sizes(os.path.join(fp, "base_cxx")))
    for lib, prog, base in (("jas", "jas", base_c), ("AsmJit", "asmjit", base_cxx), ("Xbyak", "xbyak", base_cxx)):
        path = os.path.join(fp, prog)
        ok = run([path]).returncode == 0
        res[lib] = (sum(sect_sizes(path)) - base, ok, "static")
    zy = "/usr/lib/x86_64-linux-gnu/libZydis.so"
    if os.path.exists(zy):
        res["Zydis"] = (sum(sect_sizes(os.path.realpath(zy))), True, "shared")
    res_rt = runtime_size(a, out)
    dasm = os.path.join(fp, "dynasm_engine.o")
    if res_rt and "DynASM" in libs and os.path.exists(dasm):
        res_rt["dynasm"] = sect_sizes(dasm, text_prefix=True)
        log("DynASM engine (dasm_x86.h, -O2): %d bytes .text" % res_rt["dynasm"][0])
    for lib, (b, ok, kind) in res.items():
        log("footprint %-7s %8d bytes .text+.rodata (%s)%s" % (lib, b, kind, "" if ok else "  PROGRAM FAILED"))
    if res_rt:
        r = res_rt
        log("jas runtime .text (action mode): %d bytes (%s); --emit=code adds %d; jas_publish adds %d "
            "+ mem layer %d" % (r["action"][0], ", ".join("%s %d" % x for x in r["objs"]),
                                r["code"][0] - r["action"][0], r["publish"][0], r["mem"][0]))
    return {"libs": res, "rt": res_rt}


def cpu_of(pid_rusage):
    ru = pid_rusage
    return ru.ru_utime + ru.ru_stime


def time_cmd(cmd, min_time):
    """Run cmd until min_time seconds of CPU (user+sys) are spent; returns
    CPU seconds per run, or None if it failed."""
    total, runs = 0.0, 0
    while total < min_time or runs == 0:
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            return None
        total += cpu_of(ru)
        runs += 1
    return total / runs


def part_asm(a, out):
    nlines = 20000 if a.quick else a.asm_lines
    src = os.path.join(out, "big-%d.s" % nlines)
    gen = os.path.join(a.root, "bench", "asm", "gen_big.py")
    if not os.path.exists(src) or os.path.getmtime(src) < os.path.getmtime(gen):
        run([sys.executable, gen, "--lines", str(nlines), src])
    lines = sum(1 for _ in open(src))
    jbin, ao, abin = os.path.join(out, "big.jas.bin"), os.path.join(out, "big.o"), os.path.join(out, "big.as.bin")
    jcmd = [os.path.join(a.build, "jas"), "--arch=x64", "-o", jbin, src]
    acmd = ["as", "-o", ao, src]
    # honesty: the same bytes (GNU's .text extracted from its object file)
    pj, pa = run(jcmd), run(acmd)
    same = False
    if pj.returncode == 0 and pa.returncode == 0 and \
            run(["objcopy", "-O", "binary", "-j", ".text", ao, abin]).returncode == 0:
        same = open(jbin, "rb").read() == open(abin, "rb").read()
    if pj.returncode:
        log("jas failed on %s:\n%s" % (src, pj.stdout[-800:]))
    reps = 1 if a.quick else a.reps
    tj, ta = [], []
    if pj.returncode == 0 and pa.returncode == 0:
        for r in range(reps):  # interleaved, pair by pair
            x = time_cmd(jcmd, 0.0 if a.quick else a.min_time)
            y = time_cmd(acmd, 0.0 if a.quick else a.min_time)
            if x is None or y is None:
                break
            tj.append(x)
            ta.append(y)
    res = {"lines": lines, "same": same, "bytes": os.path.getsize(jbin) if os.path.exists(jbin) else 0,
           "jas": tj, "as": ta}
    if tj and ta:
        ratios = [y / x for x, y in zip(tj, ta)]
        log("asm %d lines: jas %.2f M lines/s, GNU as %.2f M lines/s, ratio %.2f, output %s" % (
            lines, lines / statistics.median(tj) / 1e6, lines / statistics.median(ta) / 1e6,
            statistics.median(ratios), "identical" if same else "DIFFERENT"))
    return res


def callgrind_lines(path):
    """Self cost by (file, line) and by function from an uncompressed
    callgrind file (--compress-pos=no --compress-strings=no)."""
    lines, funcs = {}, {}
    fl = fi = fn = None
    skip_next = False
    for ln in open(path):
        ln = ln.rstrip("\n")
        if ln.startswith("fl="):
            fl = fi = ln[3:]
        elif ln.startswith(("fi=", "fe=")):
            fi = ln[3:]
        elif ln.startswith("fn="):
            fn = ln[3:]
            fi = fl
        elif ln.startswith("calls="):
            skip_next = True  # the next cost line is the callee's inclusive cost
        elif ln and ln[0].isdigit():
            if skip_next:
                skip_next = False
                continue
            f = ln.split()
            if len(f) >= 2 and fn is not None:
                ir = int(f[1])
                lines[(fi, int(f[0]))] = lines.get((fi, int(f[0])), 0) + ir
                funcs[(fn, fl)] = funcs.get((fn, fl), 0) + ir
    return lines, funcs


def source_line(path, n):
    try:
        with open(path, errors="replace") as fh:
            for i, ln in enumerate(fh, 1):
                if i == n:
                    return ln.strip()
    except OSError:
        pass
    return "?"


def part_profile(a, out):
    """Where jas's time goes: callgrind per function and per line (exact),
    perf per symbol (sampled, as a cross-check)."""
    res = {"funcs": [], "lines": [], "perf": []}
    n = "1000"
    f = os.path.join(out, "callgrind.jas.lines.out")
    p = run(["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=bs_cg_measured",
             "--compress-pos=no", "--compress-strings=no", "--callgrind-out-file=" + f,
             os.path.join(a.build, "bench", "emit", "bench-emit"), "--callgrind", "jas", n])
    if p.returncode == 0 and os.path.exists(f):
        lines, funcs = callgrind_lines(f)
        total = sum(funcs.values()) or 1
        res["total"] = total
        for (fn, fl), ir in sorted(funcs.items(), key=lambda x: -x[1])[:8]:
            res["funcs"].append((100.0 * ir / total, fn, os.path.relpath(fl, a.root) if fl.startswith("/") else fl))
        top = sorted(((ir, fl, ln) for (fl, ln), ir in lines.items() if fl and "/src/" in fl), reverse=True)[:12]
        for ir, fl, ln in top:
            res["lines"].append((100.0 * ir / total, os.path.relpath(fl, a.root) if fl.startswith("/") else fl,
                                 ln, source_line(fl, ln)))
    if shutil.which("perf") and not a.quick:
        pd = os.path.join(out, "perf.data")
        p = run(["perf", "record", "-q", "-F", "5000", "-o", pd, "--",
                 os.path.join(a.build, "bench", "emit", "bench-emit"), "--profile", "jas", n, "2"])
        if p.returncode == 0:
            r = run(["perf", "report", "-i", pd, "--stdio", "--no-children", "--sort", "symbol"])
            for ln in r.stdout.splitlines():
                m = re.match(r"\s*([\d.]+)%\s+\[[.k]\]\s+(\S+)", ln)
                if m and len(res["perf"]) < 8:
                    res["perf"].append((float(m.group(1)), m.group(2)))
    # the standalone assembler: inclusive cost of its main stages per line
    src = os.path.join(out, "prof-20000.s")
    if not os.path.exists(src):
        run([sys.executable, os.path.join(a.root, "bench", "asm", "gen_big.py"), "--lines", "20000", src])
    f = os.path.join(out, "callgrind.asm.out")
    p = run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + f,
             os.path.join(a.build, "jas"), "--arch=x64", "-o", os.path.join(out, "prof.bin"), src])
    if p.returncode == 0 and os.path.exists(f) and shutil.which("callgrind_annotate"):
        nl = sum(1 for _ in open(src))
        r = run(["callgrind_annotate", "--inclusive=yes", f])
        total, stages = None, []
        skip = ("main", "jas_cli_asm", "jas_asm_source", "(below main)")
        for ln in r.stdout.splitlines():
            m = re.match(r"\s*([\d,]+)\s+\(\s*([\d.]+)%\)\s+(\S+):(\S+)(\s+\[.*)?$", ln)
            if not m:
                m0 = re.match(r"\s*([\d,]+)\s+\(\s*100\.0%\)\s+PROGRAM TOTALS", ln)
                if m0:
                    total = int(m0.group(1).replace(",", ""))
                continue
            fn = m.group(4)
            if "/src/" not in m.group(3) or fn in skip or len(stages) >= 8:
                continue
            stages.append((float(m.group(2)), fn, os.path.relpath(m.group(3), a.root)
                           if m.group(3).startswith("/") else m.group(3)))
        if total:
            res["asm"] = {"lines": nl, "ir_per_line": total / nl, "stages": stages}
            log("callgrind jas CLI: %.0f host instr per line; " % (total / nl) +
                ", ".join("%s %.1f%%" % (fn, pct) for pct, fn, _ in stages))
    for pct, fn, src in res["funcs"]:
        log("callgrind jas n=%s: %5.1f%% %s (%s)" % (n, pct, fn, src))
    for pct, src, ln, text in res["lines"]:
        log("callgrind jas n=%s: %5.1f%% %s:%d  %s" % (n, pct, src, ln, text))
    for pct, fn in res["perf"]:
        log("perf      jas n=%s: %5.1f%% %s" % (n, pct, fn))
    return res


# ---- report ------------------------------------------------------------------

def fmt_rate(x):
    return "%.0f" % x if x >= 100 else "%.1f" % x


def cpu_model():
    try:
        for ln in open("/proc/cpuinfo"):
            if ln.startswith("model name"):
                return ln.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def code_table(rows, cg=None):
    """jas in its speed mode (`jas --emit=code`: straight-line C per block)
    against AsmJit, measured in a second run of the same harness."""
    cg = cg or {}
    tput = {(r["n"], r["lib"]): r for r in rows if r["kind"] == "tput"}
    sizes = sorted({r["n"] for r in rows if r["kind"] == "tput"})
    L = ["### jas speed mode (`jas --emit=code`)", "",
         "The same stream with the jas blocks preprocessed by `jas --emit=code` (straight-line C per "
         "block instead of an action string; see docs/inline.md, \"Speed or size\"), measured in a "
         "second run of the same harness, honesty check included.", "",
         "| size | jas --emit=code M instr/s | AsmJit M instr/s | jas/AsmJit | host instr/instr |",
         "|---:|---:|---:|---:|---:|"]
    for n in sizes:
        j, m = tput.get((n, "jas")), tput.get((n, "AsmJit"))
        if not j or not m:
            continue
        ir = cg.get(("jas-code", n))
        L.append("| %s | %s | %s | %.2f [%.2f–%.2f] | %s |" % (
            "{:,}".format(n), fmt_rate(j["mips"][0]), fmt_rate(m["mips"][0]), *m["ratio"],
            "%.0f" % ir if ir else "—"))
    L += [""]
    for n in sizes:
        j, m = tput.get((n, "jas")), tput.get((n, "AsmJit"))
        if j and m:
            L.append("ratio jas(--emit=code)/AsmJit: %.2f (%s instructions)  " % (m["ratio"][0], "{:,}".format(n)))
    return "\n".join(L) + "\n\n"


def report(a, emit, cg, fp, asm, prof, findings):
    rows = emit or []
    tput = {(r["n"], r["lib"]): r for r in rows if r["kind"] == "tput"}
    cold = {r["lib"]: r for r in rows if r["kind"] == "cold"}
    osr = next((r for r in rows if r["kind"] == "os"), None)
    sizes = sorted({r["n"] for r in rows if r["kind"] == "tput"})
    dynasm = "DynASM" in ran_libs(rows)
    L = []
    L += ["The same x86-64 instruction stream emitted by jas, AsmJit, Xbyak and the Zydis encoder%s: " % (
              ", and DynASM (LuaJIT's engine `dasm_x86.h`, optional: `DYNASM_DIR`)" if dynasm else "") +
          "a 16-instruction mix (`mov r64, imm32`, `mov r64, imm64`, `add r,r`, `sub r, imm8`, "
          "`imul r,r`, a load with disp 0/8-bit/32-bit, a store with disp32, `lea r, [b+i*4+16]`, "
          "`cmp r, imm8`, `je` forward, `jne` backward, `call` to a C function, `push`, `pop`, "
          "`xor eax,eax`, `add r,r`) with a fresh label every 16 instructions and `ret` at the end; "
          "immediates, displacements and call targets are run-time values.  *Emit* = from an empty "
          "(reused) assembler to final bytes with every label resolved, written where the code will live "
          "(jas: `jas_put` + `jas_link` + `jas_encode`; AsmJit: `x86::Assembler` + `flatten` + "
          "`relocateToBase` + `copyFlattenedData`; Xbyak: `CodeGenerator` on the output buffer; Zydis: "
          "`ZydisEncoderEncodeInstruction` + a minimal label/patch layer of ours%s).  Source: `bench/emit/`." % (
              "; DynASM: `dasm_put` per block + `dasm_link` + `dasm_encode`, the action list written as "
              "dynasm.lua lays it out (`emit_dynasm.c`)" if dynasm else ""), ""]
    L += ["**Honesty check** (before any timing): every library's output at every size is disassembled "
          "with capstone and checked against the stream (each mnemonic, register, immediate, "
          "displacement and call target; every branch must land on the instruction its label stands "
          "at) and against the others, instruction by instruction: **%s**." % (
              "passed" if emit is not None else "FAILED"), ""]
    L += ["Times are CPU time of the benchmark thread (`CLOCK_THREAD_CPUTIME_ID`, so other processes "
          "on the shared core do not count), pinned to one core with `taskset`; after a warm-up, "
          "%d repetition(s) of at least %.2g s per library, the libraries taking turns in ~1 ms batches; median [min–max]. "
          "*jas/lib* is the ratio of speeds computed repetition by repetition (median [min–max]). "
          "*host instr/instr*: instructions the host retires per emitted instruction, counted by "
          "`valgrind --tool=callgrind` over one emission (exact and repeatable). "
          "*memcpy* copies jas's final bytes: the physical limit." % (a.reps, a.min_time), ""]
    for n in sizes:
        L += ["### %s instructions" % format(n, ","), "",
              "| library | M instr/s | MiB/s | bytes / 16-instr block | jas/lib | host instr/instr |",
              "|---|---:|---:|---:|---:|---:|"]
        for lib in LIBS + ["memcpy"]:
            r = tput.get((n, lib))
            if not r:
                continue
            m = r["mips"]
            blocks = (n + 15) // 16
            ratio = "—" if lib in ("jas", "memcpy") else "%.2f [%.2f–%.2f]" % tuple(r["ratio"])
            ir = cg.get((lib, n))
            L.append("| %s | %s [%s–%s] | %.0f | %.1f | %s | %s |" % (
                "**jas**" if lib == "jas" else lib, fmt_rate(m[0]), fmt_rate(m[1]), fmt_rate(m[2]),
                r["mibs"], (r["bytes"] - 1) / blocks, ratio, "%.0f" % ir if ir else "—"))
        L.append("")
    for peer in ("AsmJit", "DynASM"):
        for n in sizes:
            r = tput.get((n, peer))
            if r:
                L.append("ratio jas/%s: %.2f (%s instructions; per repetition %.2f–%.2f)  " % (
                    peer, r["ratio"][0], format(n, ","), r["ratio"][1], r["ratio"][2]))
    L.append("")
    if cold:
        L += ["### Cold: one 16-instruction function", "",
              "Create an assembler, emit the 16 instructions, resolve them into a buffer, destroy the "
              "assembler (*cold*, no mmap); then the same published as executable code with the "
              "library's own facility (*+ publish*), freed after each call.",
              "", "| library | cold ns | host instr (callgrind) | + publish ns | how it publishes |",
              "|---|---:|---:|---:|---|"]
        for lib in LIBS:
            r = cold.get(lib)
            if not r:
                continue
            ir = cg.get((lib, "cold"))
            L.append("| %s | %.0f [%.0f–%.0f] | %s | %.0f [%.0f–%.0f] | %s |" % (
                "**jas**" if lib == "jas" else lib, *r["ns"], "%d" % ir if ir else "—", *r["publish_ns"], r["how"]))
        if osr:
            L += ["", "The OS part alone on this machine: `mmap` RW + `mprotect` RX + `munmap` of one page "
                  "= %.0f ns [%.0f–%.0f] (a KVM guest: page-table changes are expensive)." % tuple(osr["ns"])]
        L.append("")
    if fp:
        L += ["### Footprint", "",
              "Bytes of `.text` + `.rodata` the library adds to a minimal static program that builds "
              "the 16-instruction function and publishes it (`gcc/g++ -O2 -static -ffunction-sections "
              "-fdata-sections -Wl,--gc-sections`; minus the same program without an assembler, "
              "`bench/footprint/`).", "", "| library | bytes added | |", "|---|---:|---|"]
        for lib in LIBS:
            if lib in fp["libs"]:
                b, ok, kind = fp["libs"][lib]
                note = ("static" if kind == "static" else
                        "whole `libZydis.so` (Debian ships no static Zydis; decoder included)")
                L.append("| %s | %s | %s |" % (lib, format(b, ","), note + ("" if ok else "; program FAILED")))
        r = fp.get("rt")
        if r:
            L += ["", "jas x86-64 runtime: **%s bytes of `.text`** (+ %s of `.rodata`): what a program that "
                  "uses the whole action-mode API (`jas_new` ... `jas_put`, labels, `jas_link`/`jas_encode` with "
                  "relaxation, state, queries, errors; `bench/footprint/fp_runtime.c`) links from `libjas.a` "
                  "with `--gc-sections` (the runtime is built with one section per function), counted per "
                  "object in the link map: %s.  Blocks compiled with `--emit=code` call entry points that "
                  "`jas_put` shares; they add %s bytes.  `jas_publish` adds %s bytes, plus %s of the JIT memory "
                  "layer `src/mem/`.  `put.c` is built with `-O2`, the rest of the runtime with `-Os` (Makefile)." % (
                      format(r["action"][0], ","), format(r["action"][1], ","),
                      ", ".join("`%s` %d" % x for x in r["objs"]),
                      format(r["code"][0] - r["action"][0], ","), format(r["publish"][0], ","),
                      format(r["mem"][0], ",")), ""]
            if r.get("dynasm"):
                L[-1:-1] = ["", "For scale: DynASM's x86 engine (`dasm_x86.h` from `DYNASM_DIR`, `-O2`, all of it: "
                            "put, link, encode, set-up) is %s bytes of `.text`." % format(r["dynasm"][0], ",")]
        else:
            L.append("")
    if asm and asm.get("jas") and asm.get("as"):
        tj, ta = asm["jas"], asm["as"]
        ratios = sorted(y / x for x, y in zip(tj, ta))
        n = asm["lines"]
        L += ["### Standalone assembler", "",
              "One generated file of %s lines of general-purpose forms (`bench/asm/gen_big.py`: mov/ALU/"
              "lea/imul/shifts/movzx/cmov/setcc/push/pop, memory operands, a label every 16 lines, "
              "branches and calls to them), %s bytes of code; CPU time (user+sys) of the whole process, "
              "%d repetitions, interleaved.  Output: %s." % (
                  format(n, ","), format(asm["bytes"], ","), len(tj),
                  "byte-identical to GNU as's `.text`" if asm["same"] else "**DIFFERENT from GNU as**"),
              "", "| assembler | command | s | lines/s |", "|---|---|---:|---:|",
              "| **jas** | `build/jas --arch=x64 -o out.bin big.s` | %.3f [%.3f–%.3f] | %.2f M |" % (
                  statistics.median(tj), min(tj), max(tj), n / statistics.median(tj) / 1e6),
              "| GNU as | `as -o out.o big.s` | %.3f [%.3f–%.3f] | %.2f M |" % (
                  statistics.median(ta), min(ta), max(ta), n / statistics.median(ta) / 1e6),
              "", "ratio GNU as / jas (time): %.2f [%.2f–%.2f]" % (
                  statistics.median(ratios), ratios[0], ratios[-1]), ""]
    # targets
    t = []
    for n in (1000, 100000):
        r = tput.get((n, "AsmJit"))
        if r:
            t.append(("≥ 4.5x AsmJit instructions/s, %s instructions" % format(n, ","),
                      "%.2fx" % r["ratio"][0], r["ratio"][0] >= 4.5))
    for n in (1000, 100000):
        r = tput.get((n, "DynASM"))
        what = "≥ 3x DynASM instructions/s, %s instructions" % format(n, ",")
        if r:
            t.append((what, "%.2fx" % r["ratio"][0], r["ratio"][0] >= 3))
        elif tput.get((n, "jas")):
            t.append((what, "not in this run (set `DYNASM_DIR`: Debian ships no DynASM)", None))
    if "jas" in cold:
        t.append(("cold 16-instruction function ≤ 100 ns (no mmap)", "%.0f ns" % cold["jas"]["ns"][0],
                  cold["jas"]["ns"][0] <= 100))
    big = max(sizes) if sizes else None
    if big and tput.get((big, "jas")):
        peers = [tput[(big, l)]["bytes"] for l in LIBS[1:] if (big, l) in tput]
        if peers:
            blocks = (big + 15) // 16
            t.append(("bytes per block ≤ smallest peer's", "%.1f vs %.1f" % (
                (tput[(big, "jas")]["bytes"] - 1) / blocks, (min(peers) - 1) / blocks),
                tput[(big, "jas")]["bytes"] <= min(peers)))
    if fp and fp.get("rt"):
        rt_text = fp["rt"]["action"][0]
        t.append(("x86-64 runtime ≤ 4 KB of .text (action mode)", "%s bytes" % format(rt_text, ","),
                  rt_text <= 4096))
    if asm and asm.get("jas") and asm.get("as"):
        rr = statistics.median(y / x for x, y in zip(asm["jas"], asm["as"]))
        t.append(("standalone ≥ 5x faster than GNU as", "%.2fx" % rr, rr >= 5))
    if t:
        L += ["### Targets", "", "Read off this run; no test asserts them.", "",
              "| target | measured | |", "|---|---:|---|"]
        L += ["| %s | %s | %s |" % (x, y, "—" if ok is None else "met" if ok else "**not met**")
              for x, y, ok in t]
        L.append("")
    if prof and (prof.get("funcs") or prof.get("perf")):
        L += ["### Where jas's time goes (this run)", ""]
        if prof.get("funcs"):
            L += ["callgrind, 1,000-instruction stream, share of the host instructions by function: " +
                  ", ".join("`%s` %.1f%%" % (fn, pct) for pct, fn, _ in prof["funcs"]) + "."]
        if prof.get("lines"):
            L += ["", "Hottest source lines of the runtime (callgrind, share of all host instructions):", "",
                  "| % | where | line |", "|---:|---|---|"]
            for pct, src, ln, text in prof["lines"]:
                L.append("| %.1f | `%s:%s` | `%s` |" % (pct, src, ln if ln else "?", text.replace("|", "\\|")[:70]))
        if prof.get("perf"):
            L += ["", "perf (cpu-clock samples; this KVM guest has no hardware counters), same stream: " +
                  ", ".join("`%s` %.1f%%" % (fn, pct) for pct, fn in prof["perf"]) + "."]
        if prof.get("asm"):
            x = prof["asm"]
            L += ["", "Standalone assembler (callgrind, %s generated lines): %.0f host instructions per line; "
                  "inclusive share by function: %s." % (
                      format(x["lines"], ","), x["ir_per_line"],
                      ", ".join("`%s` %.1f%%" % (fn, pct) for pct, fn, _ in x["stages"]))]
        L.append("")
    if findings:
        L += [findings.rstrip("\n"), ""]
    try:
        cc = run([os.environ.get("CC", "cc"), "--version"]).stdout.splitlines()[0]
    except (OSError, IndexError):
        cc = "cc"
    rev = run(["git", "-C", a.root, "describe", "--always", "--dirty"]).stdout.strip() or "unknown"
    vers = []
    for pkg in ("libasmjit-dev", "libxbyak-dev", "libzydis-dev", "libcapstone-dev", "binutils"):
        v = run(["dpkg-query", "-W", "-f=${Version}", pkg]).stdout.strip()
        if v:
            vers.append("%s %s" % (pkg, v))
    L += ["Machine: %s, %d cores (KVM), pinned to CPU %d; %s; tree %s; %s; %s." % (
        cpu_model(), os.cpu_count() or 0, a.cpu, datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        rev, cc, ", ".join(vers)), "",
        "Reproduce (about %d minutes; installs AsmJit, Xbyak, Zydis, capstone and valgrind with "
        "apt-get when missing):" % max(1, round(a.elapsed / 60)), "", "```sh",
        "bash bench/run.sh            # builds jas and the bench (-O2), runs everything, updates this section",
        "bash bench/run.sh --quick    # smallest size, one repetition; prints, writes nothing",
        "```"]
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--build", required=True)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--cpu", type=int, default=-1)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--min-time", type=float, default=0.3)
    ap.add_argument("--asm-lines", type=int, default=1000000)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--doc", default=None)
    ap.add_argument("--skip", default="")
    a = ap.parse_args()
    a.root, a.build = os.path.abspath(a.root), os.path.abspath(a.build)
    if a.cpu < 0:
        a.cpu = max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {a.cpu})  # children (bench-emit, jas, as) inherit it
    if a.quick:
        a.reps, a.min_time = 1, 0.02
    skip = set(filter(None, a.skip.split(",")))
    out = os.path.join(a.build, "bench", "emit", "quick" if a.quick else "run")
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    log("== emission: honesty check, throughput, cold latency (CPU %d)" % a.cpu)
    ok, emit, _ = part_emit(a, out)
    if not ok:
        log("FAILED: the honesty check or the emission benchmark failed; nothing written")
        return 1
    code = []
    if os.path.exists(os.path.join(a.build, "bench", "emit", "bench-emit-code")) and "code" not in skip:
        log("== emission again, jas blocks preprocessed with --emit=code")
        okc, code, _ = part_emit(a, out, "bench-emit-code", "emit_code.json")
        if not okc:
            log("FAILED: the --emit=code run failed its honesty check")
            return 1
    cg = {}
    if "callgrind" not in skip:
        log("== callgrind: host instructions per emitted instruction")
        cg = part_callgrind(a, out, ran_libs(emit))
    fp = None
    if "footprint" not in skip:
        log("== footprint")
        fp = part_footprint(a, out, ran_libs(emit))
    asm = None
    if "asm" not in skip:
        log("== standalone assembler: jas vs GNU as")
        asm = part_asm(a, out)
        if asm and not asm["same"]:
            log("WARNING: jas and GNU as disagree on the big file")
    prof = None
    if "profile" not in skip and shutil.which("valgrind"):
        log("== profile of jas")
        prof = part_profile(a, out)
    a.elapsed = time.time() - t0
    fpath = os.path.join(a.root, "bench", "findings.md")
    findings = open(fpath).read() if os.path.exists(fpath) else ""
    body = report(a, emit, cg, fp, asm, prof, findings)
    if code:
        body = body.replace("### Cold: one 16-instruction function", code_table(code, cg) + "### Cold: one 16-instruction function", 1)
        # the cold path of the speed mode: its own row under jas's
        cc = next((r for r in code if r["kind"] == "cold" and r["lib"] == "jas"), None)
        if cc:
            lines = body.split("\n")
            at = next((i for i, ln in enumerate(lines) if ln.startswith("| **jas** |") and i > 0 and
                       any(x.startswith("| library | cold ns") for x in lines[max(0, i - 3):i])), None)
            if at is not None:
                ir = cg.get(("jas-code", "cold"))
                lines.insert(at + 1, "| **jas** `--emit=code` | %.0f [%.0f–%.0f] | %s | %.0f [%.0f–%.0f] | %s |" % (
                    *cc["ns"], "%d" % ir if ir else "—", *cc["publish_ns"], "the same, blocks compiled to C"))
                body = "\n".join(lines)
            extra_t = "| cold 16-instruction function ≤ 100 ns (no mmap), `--emit=code` | %.0f ns | %s |" % (
                cc["ns"][0], "met" if cc["ns"][0] <= 100 else "**not met**")
            body = body.replace("\n| bytes per block ≤ smallest peer's", "\n" + extra_t + "\n| bytes per block ≤ smallest peer's", 1)
        ct = {(r["n"], r["lib"]): r for r in code if r["kind"] == "tput"}
        extra = []
        for n in (1000, 100000):
            m = ct.get((n, "AsmJit"))
            if m:
                extra.append("| ≥ 4.5x AsmJit instructions/s, %s instructions, `--emit=code` | %.2fx | %s |" % (
                    "{:,}".format(n), m["ratio"][0], "met" if m["ratio"][0] >= 4.5 else "**not met**"))
        lines = body.split("\n")
        at = next((i for i, ln in enumerate(lines) if ln.startswith("| ≥ 4.5x AsmJit instructions/s, 100,000")), None)
        if at is not None:
            lines[at + 1:at + 1] = extra
            body = "\n".join(lines)
    log("total bench time %.0f s" % a.elapsed)
    if a.quick or a.no_write:
        path = os.path.join(out, "bench-section.md")
        with open(path, "w") as fh:
            fh.write(body)
        log("section written to %s (docs/bench.md untouched)" % os.path.relpath(path, a.root))
    else:
        doc = a.doc or os.path.join(a.root, "docs", "bench.md")
        write_section(doc, body)
        log("wrote the '## jas' section of %s" % os.path.relpath(doc, a.root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
