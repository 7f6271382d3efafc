#!/usr/bin/env python3
"""rvjit test driver (called by tests/rvjit/run.sh).

Every guest program runs under qemu-riscv64 (the reference: it proves the
test itself is right) and under the emulator being tested (rvjit).  What
is counted:

  * self-checking guests (asm/*.S, c/*.c) print "ok <case>" per case: each
    case qemu passes is one test, passed when the emulator prints the same
    "ok <case>" line;
  * random instruction streams (asm/gen_rand.py) print the whole machine
    state at checkpoints: each checkpoint is one test, passed when the
    emulator prints qemu's line;
  * random C programs (Csmith, built by gcc and clang): one test each, the
    output (a checksum of the program's globals) and status equal to qemu's;
  * one more test per run: stdout, stderr and exit status identical to
    qemu's;
  * exit-status programs, faulting guests and malformed ELF files: the
    expected status and message (see the tables below), and never a host
    crash (sanitizer report, host signal without a guest report, timeout).

With --emu qemu-riscv64 the suite validates itself against qemu (messages
specific to rvjit are not checked then).
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import struct
import subprocess
import sys
import time

SAN_PATTERNS = ("AddressSanitizer", "LeakSanitizer", "UndefinedBehaviorSanitizer",
                "runtime error:", "ThreadSanitizer", "MemorySanitizer")


class Run:
    def __init__(self, cmd, out, err, status, raw_rc, elapsed, timed_out=False):
        self.cmd, self.out, self.err = cmd, out, err
        self.status, self.raw_rc = status, raw_rc
        self.elapsed, self.timed_out = elapsed, timed_out


def run(cmd, env, timeout, cwd=None):
    t0 = time.time()
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=env, timeout=timeout, cwd=cwd)
    except subprocess.TimeoutExpired as e:
        return Run(cmd, e.stdout or b"", e.stderr or b"", -1, None, time.time() - t0, True)
    except OSError as e:
        return Run(cmd, b"", str(e).encode(), 127, 127, time.time() - t0)
    rc = p.returncode
    status = 128 - rc if rc < 0 else rc
    return Run(cmd, p.stdout, p.stderr, status, rc, time.time() - t0)


def text(b):
    return b.decode("utf-8", "replace")


def san_report(r):
    e = text(r.err)
    return next((p for p in SAN_PATTERNS if p in e), None)


def short_diff(a, b, what, n=12):
    d = list(difflib.unified_diff(text(a).splitlines(), text(b).splitlines(),
                                  f"qemu {what}", f"emu {what}", lineterm="", n=1))
    if len(d) > n:
        d = d[:n] + [f"... ({len(d) - n} more diff lines)"]
    return "\n".join("      " + x for x in d)


class Ctx:
    def __init__(self, a):
        self.root, self.out, self.emu, self.qemu = a.root, a.out, a.emu, a.qemu
        self.san = a.san
        self.timeout = a.timeout
        self.env = dict(os.environ)
        self.env["RVJIT_TEST_ENV"] = "hello env=1"
        self.env.pop("RVJIT_TEST_UNSET_VAR", None)
        self.emu_is_qemu = os.path.basename(self.emu).startswith("qemu")

    def q(self, prog, args=(), timeout=None):
        return run([self.qemu, prog, *args], self.env, timeout or self.timeout)

    def e(self, prog, args=(), opts=(), timeout=None):
        cmd = [self.emu, *opts, prog, *args]
        return run(cmd, self.env, timeout or self.timeout)


class Report:
    """the cases of one test unit and the text to print for it"""

    def __init__(self, name):
        self.name = name
        self.cases = []      # (case, ok)
        self.notes = []
        self.elapsed = 0.0

    def case(self, case, ok, note=None):
        self.cases.append((case, bool(ok)))
        if not ok and note:
            self.notes.append(f"    {case}: {note}")
        return ok

    def note(self, s):
        self.notes.append(s)

    @property
    def failed(self):
        return sum(1 for _, ok in self.cases if not ok)


EMU_IS_QEMU = False


def host_crash(r, ref=None):
    """a host-side failure of the emulator: sanitizer output, timeout, or
    death by a signal that is neither reported as a guest fault nor the
    signal the reference run `ref` died of too (a guest that dies of a
    signal takes the emulator down with it, as qemu does)"""
    s = san_report(r)
    if s:
        return f"sanitizer report ({s})"
    if r.timed_out:
        return "timeout"
    if r.raw_rc is not None and r.raw_rc < 0 and not EMU_IS_QEMU:
        if "guest SIG" in text(r.err) or (ref is not None and ref.raw_rc == r.raw_rc):
            return None
        return f"killed by host signal {-r.raw_rc} without a guest report"
    return None


# LeakSanitizer's note when a thread of the sanitizer build is still
# exiting as the process ends (it could not stop it for the leak scan): not
# output of the program, and not a report (a leak found is one: san_report)
LSAN_NOTE = re.compile(rb"^==\d+==Running thread \d+ was not suspended\. False leaks are possible\.$")


def filter_stderr(err, status, prefix):
    """drop emulator chatter about a guest killed by a signal, and the
    sanitizer build's LSAN_NOTE"""
    lines = [ln for ln in err.split(b"\n") if not LSAN_NOTE.match(ln)]
    if status < 128:
        return b"\n".join(lines)
    keep = [ln for ln in lines if not ln.startswith(prefix)]
    return b"\n".join(keep)


def compare(rep, ctx, label, q, e, check_stderr=True):
    """one case: the emulator's stdout, stderr and status equal qemu's"""
    problems = []
    crash = host_crash(e, q)
    if crash:
        problems.append(crash)
    if q.status != e.status:
        problems.append(f"exit status {e.status}, qemu {q.status}")
    if q.out != e.out:
        problems.append("stdout differs\n" + short_diff(q.out, e.out, "stdout"))
    if check_stderr:
        qe = filter_stderr(q.err, q.status, b"qemu:")
        ee = filter_stderr(e.err, e.status, b"rvjit:")
        if qe != ee:
            problems.append("stderr differs\n" + short_diff(qe, ee, "stderr"))
    return rep.case(f"{label}: matches qemu (stdout, stderr, status)", not problems,
                    "; ".join(problems))


OK_RE = re.compile(rb"^ok (.+)$", re.M)
FAIL_RE = re.compile(rb"^FAIL (.+)$", re.M)


# ---- self-checking programs ---------------------------------------------------
def t_selfcheck(ctx, name, path, args=(), opts=()):
    rep = Report(name)
    t0 = time.time()
    q = ctx.q(path, args)
    qok = OK_RE.findall(q.out)
    qfail = FAIL_RE.findall(q.out)
    if q.status != 0 or qfail or not qok:
        rep.case(f"{name}: reference run under qemu", False,
                 f"status {q.status}, {len(qok)} ok, {len(qfail)} FAIL "
                 f"{[text(x) for x in qfail[:5]]} {text(q.err)[:300]}")
        rep.elapsed = time.time() - t0
        return rep
    e = ctx.e(path, args, opts)
    eok = set(OK_RE.findall(e.out))
    efail = FAIL_RE.findall(e.out)
    missing = 0
    for c in qok:
        if c not in eok:
            missing += 1
    for c in qok:
        rep.cases.append((f"{name}: {text(c)}", c in eok))
    if missing:
        shown = [text(x) for x in efail[:10]]
        rep.note(f"    {missing} of {len(qok)} cases failed; FAIL lines: {len(efail)}")
        for s in shown:
            rep.note(f"      FAIL {s}")
        if len(efail) < missing:
            last = [c for c in qok if c in eok]
            rep.note(f"      {missing - len(efail)} cases never reported (guest stopped"
                     f" after '{text(last[-1]) if last else '-'}'; status {e.status})")
            err = text(e.err).strip()
            if err:
                rep.note("      stderr: " + err[:400].replace("\n", "\n      "))
    compare(rep, ctx, name, q, e)
    rep.elapsed = time.time() - t0
    return rep


# ---- random instruction streams (asm/gen_rand.py) ----------------------------------
STATE_NAMES = (["fcsr"] + [f"x{i}" for i in range(1, 32)] + [f"f{i}" for i in range(32)]
               + ["memory hash"])
# a line of the guest's signal handler (gen_rand.py --faults)
FAULT_NAMES = (["signo", "si_code", "si_addr", "pc"] + [f"x{i}" for i in range(1, 32)]
               + [f"f{i}" for i in range(32)] + ["fcsr"])


# the reference for random encodings (w<seed>): RV64GC; qemu's default rv64
# also decodes Zba/Zbb/Zbc/Zbs (see gen_rand.py --raw)
QEMU_GC = ["-cpu", "rv64,zba=false,zbb=false,zbc=false,zbs=false"]


def t_random(ctx, name, path, src, qflags=()):
    """A seeded random stream prints the whole state at each checkpoint
    ('S<k> fcsr x1..x31 f0..f31 hash') and, built with --faults, at each
    signal its handler takes ('F<k> signo code addr pc x1..x31 f0..f31
    fcsr', from the ucontext); each line is a case, equal to qemu's.  The
    first that differs is explained: the registers and the instructions of
    its segment."""
    rep = Report(name)
    t0 = time.time()
    q = run([ctx.qemu, *qflags, path], ctx.env, ctx.timeout)
    qlines = text(q.out).splitlines()
    if q.status != 0 or not qlines or not all(x[:1] in ("S", "F") for x in qlines):
        rep.case(f"{name}: reference run under qemu", False,
                 f"status {q.status}, {len(qlines)} lines {text(q.err)[:300]}")
        rep.elapsed = time.time() - t0
        return rep
    e = ctx.e(path, (), qflags if ctx.emu_is_qemu else ())
    elines = text(e.out).splitlines()
    first = None
    for k, ql in enumerate(qlines):
        ok = k < len(elines) and elines[k] == ql
        rep.cases.append((f"{name}: line {k}", ok))
        if not ok and first is None:
            first = k
    if first is not None:
        if first < len(elines):
            qa, ea = qlines[first].split(), elines[first].split()
            names = FAULT_NAMES if qa[0][0] == "F" else STATE_NAMES
            diff = [f"{n} {a} (qemu) {b}" for n, a, b in zip(names, qa[1:], ea[1:]) if a != b]
            if qa[0] != ea[0]:
                diff.insert(0, f"line {qa[0][:1]} (qemu) {ea[0][:1]}")
            rep.note(f"    first difference at line {first} ({qa[0][:1]}{int(qa[0][1:], 16)}): "
                     + "; ".join(diff[:8]))
        else:
            rep.note(f"    the emulator stopped before line {first} (status {e.status}): "
                     + text(e.err).strip()[:300])
        try:
            # the segment: checkpoint k ends segment k; a fault line lies in
            # the segment of the next checkpoint
            seg = sum(1 for x in qlines[:first + 1] if x.startswith("S"))
            seg = seg - 1 if qlines[first].startswith("S") else seg
            lines = open(src).read().splitlines()
            a = lines.index(f"# segment {seg}") if seg else 0
            b = lines.index(f"# segment {seg + 1}") if f"# segment {seg + 1}" in lines else a + 40
            rep.note(f"    its segment ({src}, lines {a + 1}-{b}):")
            for x in lines[a + 1:b]:
                rep.note("      " + x.strip())
        except (OSError, ValueError):
            pass
    # status and stderr; stdout is the checkpoints above (shown cut short)
    cut = lambda r: Run(r.cmd, b"\n".join(x[:100] for x in r.out.split(b"\n")), r.err, r.status,
                        r.raw_rc, r.elapsed, r.timed_out)
    compare(rep, ctx, name, cut(q), cut(e))
    rep.elapsed = time.time() - t0
    return rep


# ---- random C programs (Csmith) -------------------------------------------------------
def t_csmith(ctx, name, path):
    """a Csmith program prints the checksum of its globals: qemu's run must
    print it, and rvjit's output and status must equal qemu's"""
    rep = Report(name)
    t0 = time.time()
    q = ctx.q(path)
    if q.status != 0 or b"checksum = " not in q.out:
        rep.case(f"{name}: reference run under qemu", False, f"status {q.status} {text(q.out)[-200:]}")
    else:
        compare(rep, ctx, name, q, ctx.e(path))
    rep.elapsed = time.time() - t0
    return rep


# ---- exit statuses and output ---------------------------------------------------
EXIT_MODES = [("ret0", 0), ("ret3", 3), ("ret1000", 232), ("exit42", 42), ("exitneg", 255),
              ("exit256", 0), ("_exit7", 7), ("abort", 134), ("sigterm", 143),
              ("stderr", 0), ("bigout", 0)]


def t_exit(ctx, path, mode, want):
    rep = Report(f"exitcode {mode}")
    t0 = time.time()
    q = ctx.q(path, [mode])
    if q.status != want:
        rep.case(f"exitcode {mode}: reference status {want} under qemu", False,
                 f"qemu status {q.status}")
        return rep
    e = ctx.e(path, [mode])
    rep.case(f"exitcode {mode}: status {want}", e.status == want, f"status {e.status}")
    compare(rep, ctx, f"exitcode {mode}", q, e)
    rep.elapsed = time.time() - t0
    return rep


# ---- faulting guests --------------------------------------------------------------
def nm_symbol(ctx, path, sym):
    nm = shutil.which("riscv64-linux-gnu-nm") or "riscv64-linux-gnu-nm"
    out = subprocess.run([nm, path], stdout=subprocess.PIPE, check=True).stdout.decode()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == sym:
            return int(parts[0], 16)
    raise KeyError(sym)


# case -> (description, signal name, status, message builder(syms) -> substring)
def fault_table():
    def segv(pc, addr=None):
        def f(s):
            p = s["fault_pc"] if pc == "fault_pc" else (s[pc] if isinstance(pc, str) else pc)
            m = f"rvjit: guest SIGSEGV at pc 0x{p:x}"
            if addr is not None:
                a = s[addr] if isinstance(addr, str) else addr
                m += f" accessing 0x{a:x}"
            return m
        return f

    def sigill(insn):
        return lambda s: f"rvjit: guest SIGILL: illegal instruction 0x{insn:08x} at pc 0x{s['fault_pc']:x}"
    return {
        1: ("jump to unmapped memory", 139, segv(0x1230)),
        2: ("load from unmapped memory", 139, segv("fault_pc", 0xdead0000)),
        3: ("store near NULL", 139, segv("fault_pc", 8)),
        4: ("store into own R-X code", 139, segv("fault_pc", "_start")),
        5: ("store into read-only data", 139, segv("fault_pc", "rodata_word")),
        6: ("jump into a non-executable data page", 139, segv("data_code")),
        7: ("illegal instruction 0x00000000", 132, sigill(0x00000000)),
        8: ("illegal instruction: write to read-only CSR cycle", 132, sigill(0xc0001073)),
        9: ("dynamic rounding with invalid frm=5", 132, sigill(0x02c5f553)),
        10: ("reserved static rounding mode 5", 132, sigill(0x02c5d553)),
        11: ("AMO on unmapped memory", 139, segv("fault_pc", 0xdead0000)),
        12: ("FP load from unmapped memory", 139, segv("fault_pc", 0xdead0008)),
        14: ("load above the initial program break", 139, segv("fault_pc")),
        15: ("ebreak (SIGTRAP)", 133, None),
        16: ("c.ebreak (SIGTRAP)", 133, None),
        17: ("load from 4 GiB + text address", 139, segv("fault_pc", 0x100010000)),
        18: ("jump to 4 GiB + text address", 139, segv(0x100010000)),
    }


def t_fault(ctx, n, desc, want, msg):
    name = f"fault{n} {desc}"
    rep = Report(name)
    t0 = time.time()
    path = os.path.join(ctx.out, "bad", f"fault{n}")
    syms = {s: nm_symbol(ctx, path, s) for s in ("fault_pc", "_start", "rodata_word", "data_code")}
    q = ctx.q(path)
    if q.status != want:
        rep.case(f"{name}: reference status {want} under qemu", False, f"qemu status {q.status}")
        return rep
    e = ctx.e(path)
    crash = host_crash(e, q)
    rep.case(f"{name}: status {want}", e.status == want and not crash,
             f"status {e.status} {crash or ''} stderr: {text(e.err)[:300]}")
    if not ctx.emu_is_qemu and msg:
        m = msg(syms)
        rep.case(f"{name}: report", m in text(e.err),
                 f"expected '{m}' in stderr, got: {text(e.err).strip()[:300]}")
    rep.case(f"{name}: no stdout", e.out == q.out, "stdout differs")
    rep.elapsed = time.time() - t0
    return rep


CRASH_MODES = [("null", 139, "rvjit: guest SIGSEGV at pc 0x", "accessing 0x0"),
               ("stack", 139, "rvjit: guest SIGSEGV at pc 0x", None),
               ("wild", 139, "rvjit: guest SIGSEGV at pc 0xdeadbeef000", None),
               ("catch", 0, None, None)]


def t_crash(ctx, mode, want, m1, m2):
    name = f"crash {mode}"
    rep = Report(name)
    t0 = time.time()
    path = os.path.join(ctx.out, "bad", "crash")
    q = ctx.q(path, [mode])
    if q.status != want:
        rep.case(f"{name}: reference status {want} under qemu", False, f"qemu status {q.status}")
        return rep
    e = ctx.e(path, [mode])
    crash = host_crash(e, q)
    rep.case(f"{name}: status {want}", e.status == want and not crash,
             f"status {e.status} {crash or ''} stderr: {text(e.err)[:300]}")
    if not ctx.emu_is_qemu:
        for m in (m1, m2):
            if m:
                rep.case(f"{name}: report has '{m}'", m in text(e.err),
                         f"stderr: {text(e.err).strip()[:300]}")
    if want == 0:
        compare(rep, ctx, name, q, e)
    else:
        rep.case(f"{name}: stdout matches qemu", q.out == e.out, short_diff(q.out, e.out, "stdout"))
    rep.elapsed = time.time() - t0
    return rep


# ---- malformed ELF files -------------------------------------------------------------
def make_bad_elfs(ctx):
    """write the malformed files; returns [(name, path, kind)] where kind is
    'reject' (clean 'rvjit: <file>: ...' error, status 1..127) or 'nocrash'
    (any outcome but a host crash)"""
    d = os.path.join(ctx.out, "badelf")
    os.makedirs(d, exist_ok=True)
    base = open(os.path.join(ctx.out, "c", "exitcode"), "rb").read()
    assert base[:4] == b"\x7fELF" and base[4] == 2
    phoff = struct.unpack_from("<Q", base, 32)[0]
    phentsize, phnum = struct.unpack_from("<HH", base, 54)
    loads = [phoff + i * phentsize for i in range(phnum)
             if struct.unpack_from("<I", base, phoff + i * phentsize)[0] == 1]
    first_load = loads[0]

    def patch(fmt, off, val):
        b = bytearray(base)
        struct.pack_into(fmt, b, off, val)
        return bytes(b)

    files = [
        ("empty file", b"", "reject"),
        ("truncated to 10 bytes", base[:10], "reject"),
        ("truncated to the ELF header", base[:64], "reject"),
        ("truncated inside the program headers", base[:phoff + phentsize + 20], "reject"),
        ("truncated to half", base[:len(base) // 2], "nocrash"),
        ("bad magic", base[:1] + b"X" + base[2:], "reject"),
        ("ELFCLASS32", base[:4] + b"\x01" + base[5:], "reject"),
        ("big-endian data", base[:5] + b"\x02" + base[6:], "reject"),
        ("e_machine x86-64", patch("<H", 18, 62), "reject"),
        ("e_type ET_REL", patch("<H", 16, 1), "reject"),
        ("e_phoff out of range", patch("<Q", 32, 0xffffffff0000), "reject"),
        ("e_phoff past the end", patch("<Q", 32, len(base) - 10), "reject"),
        ("e_phnum 65535", patch("<H", 56, 0xffff), "reject"),
        ("e_phnum 0", patch("<H", 56, 0), "reject"),
        ("e_phentsize 32", patch("<H", 54, 32), "reject"),
        ("PT_LOAD p_offset out of range", patch("<Q", first_load + 8, 0x7fffffff0000), "nocrash"),
        ("PT_LOAD p_filesz > p_memsz",
         patch("<Q", first_load + 32, struct.unpack_from("<Q", base, first_load + 40)[0] + 0x100000),
         "nocrash"),
        ("PT_LOAD at a huge address", patch("<Q", first_load + 16, 0xfffffffffff00000), "nocrash"),
        ("PT_LOAD p_memsz 2^62", patch("<Q", first_load + 40, 1 << 62), "nocrash"),
        ("entry point unmapped", patch("<Q", 24, 0x10), "nocrash"),
        ("shell script", b"#!/bin/sh\necho hello\n", "reject"),
    ]
    out = []
    for i, (name, data, kind) in enumerate(files):
        p = os.path.join(d, f"bad{i:02d}.elf")
        with open(p, "wb") as fh:
            fh.write(data)
        os.chmod(p, 0o755)
        out.append((name, p, kind))
    out.append(("x86-64 executable", os.path.join(ctx.out, "bad", "x86_64-hello"), "reject"))
    out.append(("riscv64 relocatable object", os.path.join(ctx.out, "bad", "object.o"), "reject"))
    out.append(("a directory", d, "reject"))
    out.append(("a missing file", os.path.join(d, "does-not-exist"), "reject"))
    return out


def t_badelf(ctx, name, path, kind):
    rep = Report(f"bad ELF: {name}")
    t0 = time.time()
    q = ctx.q(path)
    if kind == "reject" and q.status == 0:
        rep.case(f"bad ELF {name}: reference (qemu refuses it)", False, "qemu ran it")
        return rep
    e = ctx.e(path, timeout=min(ctx.timeout, 60))
    crash = host_crash(e)
    rep.case(f"bad ELF {name}: no host crash", not crash, f"{crash} stderr: {text(e.err)[:300]}")
    if kind == "reject":
        rep.case(f"bad ELF {name}: non-zero exit, not a signal",
                 0 < e.status < 128 or (ctx.emu_is_qemu and e.status != 0), f"status {e.status}")
        if not ctx.emu_is_qemu:
            m = f"rvjit: {path}:"
            rep.case(f"bad ELF {name}: message", m in text(e.err),
                     f"expected '{m}' in stderr, got: {text(e.err).strip()[:300]}")
    else:
        ok = e.status == 0 or 0 < e.status < 128 or "guest SIG" in text(e.err) or ctx.emu_is_qemu
        rep.case(f"bad ELF {name}: clean error or guest signal", ok,
                 f"status {e.status}, stderr: {text(e.err).strip()[:300]}")
    rep.elapsed = time.time() - t0
    return rep


def t_cli(ctx):
    rep = Report("command line")
    if ctx.emu_is_qemu:
        return rep
    for label, args in [("no arguments", []), ("unknown option", ["--no-such-option", "x"])]:
        r = run([ctx.emu, *args], ctx.env, 30)
        rep.case(f"cli {label}: non-zero exit, message, no crash",
                 0 < r.status < 128 and r.err.strip() and not host_crash(r),
                 f"status {r.status} stderr: {text(r.err)[:200]}")
    path = os.path.join(ctx.out, "c", "strings")
    q = ctx.q(path)
    for opt in ("--stats", "--strace"):
        e = ctx.e(path, opts=[opt])
        rep.case(f"cli {opt}: stdout and status unchanged",
                 e.out == q.out and e.status == q.status and not host_crash(e, q),
                 f"status {e.status} {host_crash(e, q) or ''}\n" + short_diff(q.out, e.out, "stdout"))
        rep.case(f"cli {opt}: reports on stderr", len(e.err.strip()) > 0, "nothing on stderr")
    e = ctx.e(path, opts=["--strace"])
    rep.case("cli --strace: names write", b"write" in e.err, text(e.err)[:200])
    e = ctx.e(path, opts=["--stats"])
    rep.case("cli --stats: mentions MIPS or instructions",
             re.search(rb"(?i)mips|instr", e.err) is not None, text(e.err)[:200])
    # a riscv64 execve (of /proc/self/exe) runs in a fresh rvjit
    e = ctx.e(os.path.join(ctx.out, "c", "selfexec"))
    rep.case("execve of a riscv64 program: argv, envp, exit status",
             e.out == b"stage2 argv0=renamed arg=two words env=yes\n" and e.status == 7 and not host_crash(e),
             f"status {e.status} stdout {text(e.out)[:200]} stderr {text(e.err)[:200]}")
    return rep


# the parent of t_siginherit's runs: SIGINT and SIGHUP ignored, SIGUSR2
# blocked, then exec (a process of its own: the jobs run in threads)
INHERIT = ("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); "
           "signal.signal(signal.SIGHUP, signal.SIG_IGN); "
           "signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2}); "
           "os.execv(sys.argv[1], sys.argv[1:])")


class InheritCtx:
    """ctx whose runs start from a parent that ignores and blocks signals"""

    def __init__(self, ctx):
        self.__dict__.update(ctx.__dict__)

    def q(self, prog, args=(), timeout=None):
        return run([sys.executable, "-c", INHERIT, self.qemu, prog, *args], self.env,
                   timeout or self.timeout)

    def e(self, prog, args=(), opts=(), timeout=None):
        return run([sys.executable, "-c", INHERIT, self.emu, *opts, prog, *args], self.env,
                   timeout or self.timeout)


# ---- guest threads ----------------------------------------------------------------
# mode -> (status, what) of c/threads runs that end the process or stress it;
# every run has a timeout, so a deadlock fails instead of hanging the suite
THREAD_MODES = [("exit", 3, "a thread calls exit(3) while the others are blocked"),
                ("segv", 139, "a thread dies of SIGSEGV"),
                ("mainexit", 0, "the main thread exits first, the last thread ends the process"),
                ("stress", 0, "8 threads x 50k lock/unlock + condvar queue, 2 rounds")]
THREAD_STRESS_RUNS = 3


def t_threads(ctx, mode, want, what):
    name = f"threads {mode}"
    rep = Report(name)
    t0 = time.time()
    path = os.path.join(ctx.out, "c", "threads")
    args = [mode] + (["2"] if mode == "stress" else [])
    runs = THREAD_STRESS_RUNS if mode == "stress" else 1
    q = ctx.q(path, args, timeout=60)
    if q.status != want:
        rep.case(f"{name}: reference status {want} under qemu", False, f"qemu status {q.status}")
        return rep
    for i in range(runs):
        e = ctx.e(path, args, timeout=60)
        label = f"{name} ({what})" + (f" run {i + 1}" if runs > 1 else "")
        rep.case(f"{label}: status {want}, no timeout", e.status == want and not e.timed_out,
                 f"status {e.status} timed out {e.timed_out} stderr: {text(e.err)[:300]}")
        compare(rep, ctx, label, q, e)
        if mode == "segv" and not ctx.emu_is_qemu:
            lo = nm_symbol(ctx, path, "segver")
            m = re.search(rb"rvjit: guest SIGSEGV at pc 0x([0-9a-f]+) accessing 0x10\n", e.err)
            rep.case(f"{label}: report names the faulting thread's pc",
                     m is not None and lo <= int(m.group(1), 16) < lo + 0x80,
                     f"segver at 0x{lo:x}, stderr: {text(e.err)[:300]}")
    rep.elapsed = time.time() - t0
    return rep


def t_siginherit(ctx):
    """what execve keeps of signals: the program checks itself, under qemu
    and the emulator alike"""
    return t_selfcheck(InheritCtx(ctx), "siginherit", os.path.join(ctx.out, "c", "siginherit"))


def t_objdump(ctx):
    """the rv64c guest really contains every compressed form"""
    rep = Report("rv64c objdump")
    od = shutil.which("riscv64-linux-gnu-objdump") or "riscv64-linux-gnu-objdump"
    out = subprocess.run([od, "-d", "-M", "no-aliases", os.path.join(ctx.out, "asm", "rv64c-gc")],
                         stdout=subprocess.PIPE).stdout.decode()
    seen = set(re.findall(r"\s(c\.[a-z0-9]+)\s", out))
    if "c.addi\tzero,0" in out:        # objdump's spelling of c.nop
        seen.add("c.nop")
    want = {"c.addi4spn", "c.fld", "c.lw", "c.ld", "c.fsd", "c.sw", "c.sd", "c.nop", "c.addi",
            "c.addiw", "c.li", "c.addi16sp", "c.lui", "c.srli", "c.srai", "c.andi", "c.sub",
            "c.xor", "c.or", "c.and", "c.subw", "c.addw", "c.j", "c.beqz", "c.bnez", "c.slli",
            "c.fldsp", "c.lwsp", "c.ldsp", "c.jr", "c.mv", "c.jalr", "c.add", "c.fsdsp",
            "c.swsp", "c.sdsp"}
    missing = sorted(want - seen)
    rep.case("rv64c: objdump shows every RV64C form (but c.ebreak)", not missing,
             f"missing {missing}")
    # and the -gc builds of the other files use compressed forms too
    out = subprocess.run([od, "-d", os.path.join(ctx.out, "asm", "rv64i-gc")],
                         stdout=subprocess.PIPE).stdout.decode()
    n16 = len(re.findall(r"^\s+[0-9a-f]+:\s+[0-9a-f]{4}\s+\S", out, re.M))
    rep.case("rv64i-gc: assembler emitted compressed instructions", n16 > 200, f"only {n16}")
    return rep


# ---- a real program: jas itself, built for riscv64 -------------------------------
def t_realprog(ctx, jas_native):
    """jas (the assembler and the preprocessor) built for riscv64, run under
    qemu and under the emulator on real work; every output must equal qemu's
    and the native (x86-64) jas's: listing, symbols, machine code, generated
    C, diagnostics and exit status"""
    rep = Report("real program: jas")
    t0 = time.time()
    prog = os.path.join(ctx.out, "real", "jas")
    big = os.path.join(ctx.out, "real", "big.s")
    tmp = os.path.join(ctx.out, "real")
    native_ok = rep.case("native jas to compare with exists", os.access(jas_native, os.X_OK),
                         f"not found: {jas_native}")
    bf = os.path.join(ctx.root, "examples", "bf", "bf.jas.c")
    bad = os.path.join(ctx.root, "tests", "errors", "bad-operands.s")
    runs = [  # (label, args, whether it writes an output file at {o})
        ("assemble 40,000 lines (--listing --symbols)",
         ["--arch=x64", "--listing", "--symbols", "-o", "{o}", big], True),
        ("preprocess examples/bf (actions)", ["-o", "-", bf], False),
        ("preprocess examples/bf (--emit=code)", ["--emit=code", "-o", "-", bf], False),
        ("diagnose tests/errors/bad-operands.s", ["--arch=x64", "-o", "{o}", bad], True),
    ]
    for i, (label, args, has_out) in enumerate(runs):
        outs = {}
        res = {}
        for who in ("q", "e", "n"):
            o = os.path.join(tmp, f"out{i}-{who}.bin")
            if os.path.exists(o):
                os.unlink(o)
            a = [x.replace("{o}", o) for x in args]
            if who == "q":
                res[who] = ctx.q(prog, a)
            elif who == "e":
                res[who] = ctx.e(prog, a, timeout=ctx.timeout * 4)
            elif native_ok:
                res[who] = run([jas_native, *a], ctx.env, ctx.timeout)
            outs[who] = open(o, "rb").read() if has_out and os.path.exists(o) else None
        q, e = res["q"], res["e"]
        compare(rep, ctx, label, q, e)
        rep.case(f"{label}: output file equals qemu's", outs["q"] == outs["e"],
                 f"{len(outs['e'] or b'')} bytes, qemu {len(outs['q'] or b'')}")
        if native_ok:
            n = res["n"]
            same = n.out == e.out and n.err == e.err and n.status == e.status and outs["n"] == outs["e"]
            rep.case(f"{label}: equals native jas", same,
                     f"status {e.status}, native {n.status}\n" + short_diff(n.out + n.err, e.out + e.err, "output"))
        if label.startswith("assemble"):
            rep.case(f"{label}: real work done", e.status == 0 and len(outs["e"] or b"") > 100000,
                     f"status {e.status}, {len(outs['e'] or b'')} bytes")
        if label.startswith("diagnose"):
            rep.case(f"{label}: reported as errors", e.status != 0 and b"error:" in e.err,
                     f"status {e.status}")
    rep.elapsed = time.time() - t0
    return rep


def t_bench_quick(ctx):
    rep = Report("bench --quick")
    t0 = time.time()
    env = dict(ctx.env)
    env["RVJIT"] = ctx.emu
    env["JAS_BUILD"] = os.path.dirname(os.path.dirname(ctx.emu)) if not ctx.emu_is_qemu \
        else env.get("JAS_BUILD", os.path.join(ctx.root, "build"))
    r = run(["bash", os.path.join(ctx.root, "bench", "rvjit", "run.sh"), "--quick"], env, 600)
    rep.case("bench/rvjit/run.sh --quick", r.status == 0 and not r.timed_out,
             f"status {r.status}\n      " + text(r.out + r.err)[-1500:].replace("\n", "\n      "))
    rep.elapsed = time.time() - t0
    return rep


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--emu", required=True)
    ap.add_argument("--qemu", default=shutil.which("qemu-riscv64") or "qemu-riscv64")
    ap.add_argument("--san", type=int, default=0)
    ap.add_argument("--jas", default="", help="the native jas, compared with the riscv64 build")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--only", default="", help="regex on test unit names")
    a = ap.parse_args()
    ctx = Ctx(a)
    global EMU_IS_QEMU
    EMU_IS_QEMU = ctx.emu_is_qemu
    out = a.out

    jobs = []   # (name, fn, args)
    asm = ["rv64i", "rv64m", "rv64a", "rv64f", "rv64d", "fpmisc"]
    for t in asm:
        for v in (["gc"] if a.san else ["g", "gc"]):
            p = os.path.join(out, "asm", f"{t}-{v}")
            jobs.append((f"{t}-{v}", t_selfcheck, (ctx, f"{t}-{v}", p)))
    for t in ["rv64c", "zicsr", "smc"]:
        jobs.append((f"{t}-gc", t_selfcheck, (ctx, f"{t}-gc", os.path.join(out, "asm", f"{t}-gc"))))
    jobs.append(("enosys", t_selfcheck, (ctx, "enosys", os.path.join(out, "bad", "enosys-gc"))))
    for t in ["printf", "strings", "malloc", "files", "mathlib", "timefn", "sysinfo", "process",
              "threads", "realsys", "evsys", "realsig", "gnulib", "procself", "realsys2"]:
        jobs.append((t, t_selfcheck, (ctx, t, os.path.join(out, "c", t))))
    rdir = os.path.join(out, "rand")
    for f in sorted(os.listdir(rdir)) if os.path.isdir(rdir) else []:
        m = re.fullmatch(r"([rfw]\d+)-(gc?)", f)
        if m and (not a.san or m.group(2) == "gc"):
            jobs.append((f"rand-{f}", t_random, (ctx, f"rand-{f}", os.path.join(rdir, f),
                                                 os.path.join(rdir, m.group(1) + ".s"),
                                                 QEMU_GC if f[0] == "w" else ())))
    cdir = os.path.join(out, "csmith")
    for f in sorted(os.listdir(cdir)) if os.path.isdir(cdir) else []:
        if re.fullmatch(r"c\d+-(gcc|clang)", f):
            jobs.append((f"csmith-{f}", t_csmith, (ctx, f"csmith-{f}", os.path.join(cdir, f))))
    jobs.append(("siginherit", t_siginherit, (ctx,)))
    jobs.append(("auxv", t_selfcheck, (ctx, "auxv", os.path.join(out, "c", "auxv"),
                                       ["alpha", "b e t a", "", "x=y"])))
    for mode, want, what in THREAD_MODES:
        jobs.append((f"threads-{mode}", t_threads, (ctx, mode, want, what)))
    for mode, want in EXIT_MODES:
        jobs.append((f"exitcode-{mode}", t_exit, (ctx, os.path.join(out, "c", "exitcode"), mode, want)))
    for n, (desc, want, msg) in fault_table().items():
        jobs.append((f"fault{n}", t_fault, (ctx, n, desc, want, msg)))
    for mode, want, m1, m2 in CRASH_MODES:
        jobs.append((f"crash-{mode}", t_crash, (ctx, mode, want, m1, m2)))
    for name, path, kind in make_bad_elfs(ctx):
        jobs.append((f"badelf-{name}", t_badelf, (ctx, name, path, kind)))
    jobs.append(("cli", t_cli, (ctx,)))
    jobs.append(("objdump", t_objdump, (ctx,)))
    jobs.append(("realprog", t_realprog, (ctx, a.jas)))
    if not a.san and not ctx.emu_is_qemu and \
            os.path.exists(os.path.join(a.root, "bench", "rvjit", "run.sh")):
        jobs.append(("bench-quick", t_bench_quick, (ctx,)))
    if a.only:
        jobs = [j for j in jobs if re.search(a.only, j[0])]

    if not os.access(ctx.emu, os.X_OK):
        print(f"FAIL emulator under test not found: {ctx.emu}")
        print("0 passed, 1 failed")
        return 1

    t0 = time.time()
    reports = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        futs = [ex.submit(fn, *args) for _, fn, args in jobs]
        for f, (name, _, _) in zip(futs, jobs):
            try:
                reports.append(f.result())
            except Exception as exc:   # a bug in the driver is a failure too
                r = Report(name)
                r.case(f"{name}: driver error", False, repr(exc))
                reports.append(r)
    passed = failed = 0
    for r in reports:
        n, f = len(r.cases), r.failed
        passed += n - f
        failed += f
        status = "PASS" if f == 0 else "FAIL"
        print(f"{status} {r.name:<48} {n - f:5d}/{n:<5d} {r.elapsed:6.1f}s")
        for s in r.notes[:80]:
            print(s)
    print(f"emulator: {ctx.emu}   reference: {ctx.qemu}   {time.time() - t0:.1f}s")
    print(f"rvjit: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
