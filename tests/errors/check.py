#!/usr/bin/env python3
"""Error-message suite: every tests/errors/*.s names the errors jas must
report in header comments:

    # expect: LINE:COLS: REGEX
    # expect: ok
    # allow: LINE:COLS: REGEX


COLS is one column or a comma list of acceptable columns (where the caret may
sensibly point: the mnemonic or the culprit operand).  REGEX is searched
case-insensitively in the message.  The errors must be reported (in any
order: layout-time errors come after parse-time ones) and there must be no
others.  `# expect: ok` means the file must assemble.

Per file this checks: non-zero exit, no output file left behind, and for
every expected error: the `file:line:col: error: message` header, the quoted
source line and a caret line whose `^` sits under column COL.
Each check is one case; the last line is `errors: N passed, N failed`.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

HDR = re.compile(r"^(.*?):(\d+):(\d+): error: (.*)$")
QUOTE = re.compile(r"^\s*(\d+) \| (.*)$")
CARET = re.compile(r"^\s*\| ( *)\^(~*)\s*$")
EXPECT = re.compile(r"^#\s*(expect|allow):\s*(?:(ok)|(\d+):([\d,]+):\s*(.*))\s*$")


def expand_tabs(s):
    out = ""
    for c in s:
        if c == "\t":
            out += " " * (8 - len(out) % 8)
        else:
            out += c
    return out


def parse_errors(stderr):
    """-> list of dicts: file, line, col, msg, quote, caret (col or None)."""
    errs = []
    lines = stderr.splitlines()
    for k, l in enumerate(lines):
        m = HDR.match(l)
        if not m:
            continue
        e = dict(file=m.group(1), line=int(m.group(2)), col=int(m.group(3)),
                 msg=m.group(4), quote=None, qline=None, caret=None)
        if k + 1 < len(lines):
            q = QUOTE.match(lines[k + 1])
            if q:
                e["qline"], e["quote"] = int(q.group(1)), q.group(2)
                if k + 2 < len(lines):
                    c = CARET.match(lines[k + 2])
                    if c:
                        e["caret"] = len(c.group(1)) + 1
        errs.append(e)
    return errs


def main():
    jas = os.path.join(os.environ.get("JAS_BUILD", "build"), "jas")
    here = os.path.dirname(os.path.abspath(__file__))
    files = sorted(glob.glob(os.path.join(here, "*.s")))
    npass = nfail = 0
    tmp = tempfile.mkdtemp(prefix="jas-errors-")

    def ok(name, what):
        nonlocal npass
        npass += 1
        print("pass %-24s %s" % (name, what))

    def bad(name, what):
        nonlocal nfail
        nfail += 1
        print("FAIL %-24s %s" % (name, what))

    if not os.access(jas, os.X_OK):
        print("FAIL no jas binary at %s" % jas)
        print("errors: 0 passed, 1 failed")
        return 1
    for path in files:
        name = os.path.basename(path)
        src = open(path).read().split("\n")
        exp, allow = [], []
        want_ok = False
        for l in src:
            m = EXPECT.match(l)
            if m:
                if m.group(2):
                    want_ok = True
                elif m.group(1) == "allow":
                    allow.append((int(m.group(3)),
                                  [int(c) for c in m.group(4).split(",")],
                                  m.group(5)))
                else:
                    exp.append((int(m.group(3)),
                                [int(c) for c in m.group(4).split(",")],
                                m.group(5)))
        out = os.path.join(tmp, name + ".bin")
        # an output an earlier run left must not survive an error (GNU
        # removes it too): it would look like this run's
        with open(out, "wb") as f:
            f.write(b"stale")
        try:
            p = subprocess.run([jas, "--arch=x64", "-o", out, path],
                               capture_output=True, text=True, timeout=60,
                               errors="replace")
        except subprocess.TimeoutExpired:
            bad(name, "jas timed out")
            continue
        crashed = p.returncode < 0 or "Sanitizer" in p.stderr or \
            "runtime error:" in p.stderr
        if crashed:
            bad(name, "jas crashed (rc=%d):\n%s" % (p.returncode, p.stderr[-2000:]))
            continue
        errs = parse_errors(p.stderr)
        if want_ok:
            if p.returncode == 0 and os.path.exists(out) and not errs and \
                    open(out, "rb").read() != b"stale":
                ok(name, "assembles cleanly")
            else:
                bad(name, "should assemble: rc=%d, errors:\n%s"
                    % (p.returncode, p.stderr))
            continue
        if p.returncode != 0:
            ok(name, "non-zero exit (%d)" % p.returncode)
        else:
            bad(name, "exit status 0 for a file with errors")
        if not os.path.exists(out):
            ok(name, "no output file")
        else:
            bad(name, "output file left behind")
        # each expectation takes the first unused error reported on its line
        # (errors found at different phases need not come in file order)
        used = set()
        for line, cols, rx in exp:
            what = "%d:%s: /%s/" % (line, ",".join(map(str, cols)), rx)
            cand = [k for k, e in enumerate(errs) if k not in used and e["line"] == line]
            if not cand:
                bad(name, "%s: not reported" % what)
                continue
            used.add(cand[0])
            e = errs[cand[0]]
            probs = []
            if os.path.basename(e["file"]) != name:
                probs.append("file is '%s'" % e["file"])
            if e["line"] != line:
                probs.append("reported at line %d" % e["line"])
            if e["col"] not in cols:
                probs.append("column %d" % e["col"])
            if not re.search(rx, e["msg"], re.I):
                probs.append("message does not match")
            text = src[line - 1] if 0 < line <= len(src) else ""
            if e["quote"] is None:
                probs.append("no quoted source line")
            elif e["qline"] != line or e["quote"].rstrip() != expand_tabs(text).rstrip():
                probs.append("quoted line is %r" % e["quote"])
            if e["caret"] is None:
                probs.append("no caret line")
            elif e["caret"] != len(expand_tabs(text[:e["col"] - 1])) + 1:
                probs.append("caret at column %d, header says %d"
                             % (e["caret"], e["col"]))
            if probs:
                bad(name, "%s: %s\n      got: %s:%d:%d: error: %s"
                    % (what, "; ".join(probs), e["file"], e["line"], e["col"],
                       e["msg"]))
            else:
                ok(name, "%d:%d: %s" % (e["line"], e["col"], e["msg"]))
        for k, e in enumerate(errs):  # optional follow-on errors
            if k not in used and any(
                    e["line"] == l and e["col"] in c and re.search(rx, e["msg"], re.I)
                    for l, c, rx in allow):
                used.add(k)
        for e in [e for k, e in enumerate(errs) if k not in used]:
            bad(name, "unexpected extra error %d:%d: %s"
                % (e["line"], e["col"], e["msg"]))
    print("errors: %d passed, %d failed" % (npass, nfail))
    return 1 if nfail else 0


if __name__ == "__main__":
    sys.exit(main())
