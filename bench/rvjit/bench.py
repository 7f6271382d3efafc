#!/usr/bin/env python3
"""rvjit benchmark (run through bench/rvjit/run.sh).

Each program is built for the host (gcc -O2) and for riscv64 (-static
-O2), then run natively, under qemu-riscv64 and under rvjit (--stats gives
the guest MIPS); the best of N wall times is kept.  The programs print a
checksum: stdout must be identical in all three runs.  The markdown table
goes to docs/bench.md, section "## rvjit" (only that section is replaced).
--quick uses tiny inputs and one run and writes nothing.
"""
import argparse
import datetime
import math
import os
import re
import subprocess
import sys
import time

# name, what it exercises, full size, quick size
PROGRAMS = [
    ("crc", "integer: CRC-32 (bitwise, table), FNV-1a, multiply-rotate hash", 700, 3),
    ("sort", "memory: merge sort + quicksort of 2M keys, random gather", 1 << 21, 5000),
    ("interp", "branchy: bytecode interpreter (switch dispatch)", 40000, 500),
    ("nqueens", "branchy/recursive: N-queens bitmasks, sudoku backtracking", 14, 7),
    ("nbody", "FP: 5-body simulation, double", 2000000, 500),
    ("mandel", "FP: Mandelbrot, double and float", 1000, 40),
    ("fib", "calls: recursive fib, Ackermann, indirect calls", 41, 18),
    ("strops", "libc: strlen/memcpy/memmove/strcmp/strchr/memchr/strstr", 30000, 20),
]

CFLAGS = ["-O2", "-ffp-contract=off"]   # no FMA contraction: same bits on both ISAs


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def build(here, outdir, rvcc, hostcc):
    os.makedirs(os.path.join(outdir, "native"), exist_ok=True)
    os.makedirs(os.path.join(outdir, "rv64"), exist_ok=True)
    hdr = os.path.join(here, "bench.h")
    for name, *_ in PROGRAMS:
        src = os.path.join(here, name + ".c")
        for kind, cc, extra in (("native", hostcc, []), ("rv64", rvcc, ["-static"])):
            out = os.path.join(outdir, kind, name)
            if os.path.exists(out) and os.path.getmtime(out) >= max(
                    os.path.getmtime(src), os.path.getmtime(hdr), os.path.getmtime(__file__)):
                continue
            sh([cc, *CFLAGS, *extra, "-o", out, src, "-lm"])


def timed(cmd, timeout):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return time.perf_counter() - t0, p


MIPS_RE = re.compile(rb"(?i)\bmips\b[:=\s]+([0-9]+(?:\.[0-9]+)?)")


BUDGET = 20.0   # seconds: no further repetitions once a measurement took this long


def measure(cmd, runs, timeout):
    """best wall time of up to `runs` runs (a slow configuration stops
    repeating after BUDGET seconds); (best, stdout, stderr of best, rc)"""
    best, spent = None, 0.0
    for _ in range(runs):
        t, p = timed(cmd, timeout)
        spent += t
        if p.returncode != 0:
            return t, p.stdout, p.stderr, p.returncode
        if best is None or t < best[0]:
            best = (t, p.stdout, p.stderr, 0)
        if spent >= BUDGET:
            break
    return best


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def cpu_model():
    try:
        out = subprocess.run(["lscpu"], stdout=subprocess.PIPE, text=True).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def write_section(path, section):
    """replace the '## rvjit' section of docs/bench.md (or append it)"""
    old = open(path).read() if os.path.exists(path) else "# Benchmarks\n"
    lines = old.split("\n")
    start = next((i for i, ln in enumerate(lines) if ln.strip() == "## rvjit"), None)
    if start is None:
        new = old.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
                   len(lines))
        rest = "\n".join(lines[end:])
        new = "\n".join(lines[:start]).rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
        if rest.strip():
            new += "\n" + rest.lstrip("\n")
    with open(path, "w") as fh:
        fh.write(new)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--rvjit", required=True)
    ap.add_argument("--qemu", default="qemu-riscv64")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", default="")
    ap.add_argument("--rvcc", default="riscv64-linux-gnu-gcc")
    ap.add_argument("--hostcc", default=os.environ.get("CC", "cc"))
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    runs = 1 if a.quick else a.runs
    timeout = 120 if a.quick else 600
    build(here, a.out, a.rvcc, a.hostcc)

    rows, bad = [], []
    t_all = time.time()
    for name, what, full, quick in PROGRAMS:
        if a.only and not re.search(a.only, name):
            continue
        size = str(quick if a.quick else full)
        nat = os.path.join(a.out, "native", name)
        rv = os.path.join(a.out, "rv64", name)
        tn, on, _, rn = measure([nat, size], runs, timeout)
        tq, oq, _, rq = measure([a.qemu, rv, size], runs, timeout)
        tr, orv, er, rr = measure([a.rvjit, "--stats", rv, size], runs, timeout)
        m = MIPS_RE.search(er)
        mips = float(m.group(1)) if m else None
        ck = re.search(rb"checksum ([0-9a-f]+)", on)
        ok = rn == 0 and rq == 0 and rr == 0 and on == oq == orv and ck
        if not ok:
            why = []
            if rn or rq or rr:
                why.append(f"exit status native {rn} qemu {rq} rvjit {rr}")
            if on != oq:
                why.append("qemu output differs from native")
            if on != orv:
                why.append("rvjit output differs from native")
            if not ck:
                why.append("no checksum line")
            bad.append(f"{name}: " + "; ".join(why))
            if rr:
                sys.stderr.write(er.decode("utf-8", "replace")[-800:])
        rows.append((name, what, size, tn, tq, tr, mips, ok,
                     ck.group(1).decode() if ck else "-"))
        print(f"{name:8s} native {tn:7.3f}s  qemu {tq:7.3f}s  rvjit {tr:7.3f}s  "
              f"rvjit/native {tr / tn:6.2f}  rvjit/qemu {tr / tq:5.2f}  "
              f"MIPS {mips if mips is not None else '-'}  {'ok' if ok else 'MISMATCH'}",
              flush=True)

    if not rows:
        print("no program selected")
        return 1
    gn = geomean([r[3] for r in rows])
    gq = geomean([r[4] for r in rows])
    gr = geomean([r[5] for r in rows])
    grn = geomean([r[5] / r[3] for r in rows])
    grq = geomean([r[5] / r[4] for r in rows])
    gm = geomean([r[6] for r in rows if r[6]])
    print(f"geomean  native {gn:7.3f}s  qemu {gq:7.3f}s  rvjit {gr:7.3f}s  "
          f"rvjit/native {grn:6.2f}  rvjit/qemu {grq:5.2f}  MIPS {gm:.0f}")
    print(f"total bench time {time.time() - t_all:.0f}s")

    if not a.quick and not a.only and not bad:
        date = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
        qv = subprocess.run([a.qemu, "--version"], stdout=subprocess.PIPE, text=True).stdout
        qv = qv.splitlines()[0] if qv else "qemu-riscv64"
        cc = subprocess.run([a.hostcc, "--version"], stdout=subprocess.PIPE, text=True).stdout.splitlines()[0]
        sec = ["## rvjit", "",
               "RISC-V (RV64GC) user-mode emulation: the same C program built natively "
               "(x86-64, `gcc -O2`) and for riscv64 (`riscv64-linux-gnu-gcc -O2 -static`), "
               "run natively, under `qemu-riscv64` and under `rvjit`.  Times are the best "
               f"of {runs} wall-clock runs in seconds (a configuration stops repeating once "
               f"its runs took {BUDGET:.0f} s, keeping the whole run near 5 minutes); "
               "*guest MIPS* is what `rvjit --stats` "
               "reports (guest instructions per second of run time).  Every program prints "
               "a checksum, identical in all three runs (checked).  Lower is better except "
               "for MIPS.", "",
               "| program | exercises | native s | qemu s | rvjit s | rvjit/native | rvjit/qemu | guest MIPS |",
               "|---|---|---:|---:|---:|---:|---:|---:|"]
        for name, what, size, tn, tq, tr, mips, ok, ck in rows:
            sec.append(f"| {name} | {what} | {tn:.3f} | {tq:.3f} | {tr:.3f} | {tr / tn:.2f} | "
                       f"{tr / tq:.2f} | {f'{mips:.0f}' if mips else '-'} |")
        sec.append(f"| **geomean** | | {gn:.3f} | {gq:.3f} | {gr:.3f} | {grn:.2f} | {grq:.2f} | "
                   f"{gm:.0f} |")
        try:
            rev = subprocess.run(["git", "-C", a.root, "describe", "--always", "--dirty"],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 text=True).stdout.strip() or "unknown"
        except OSError:
            rev = "unknown"
        sec += ["",
                f"Machine: {cpu_model()}, {os.cpu_count()} cores; {date}; tree {rev}; "
                f"{qv.strip()}; host compiler {cc.strip()}.", "",
                "Reproduce (about 5 minutes; `--quick` is a smoke test with tiny inputs "
                "that writes nothing):", "",
                "```sh",
                "bash bench/rvjit/run.sh            # builds rvjit and the programs, updates this section",
                "bash bench/rvjit/run.sh --quick    # tiny inputs, one run, prints only",
                "```", ""]
        path = os.path.join(a.root, "docs", "bench.md")
        write_section(path, "\n".join(sec))
        print(f"wrote the '## rvjit' section of {os.path.relpath(path, a.root)}")
    if bad:
        print("FAILED: " + "; ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
