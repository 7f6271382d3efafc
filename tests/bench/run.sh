#!/usr/bin/env bash
# Bench suite: proves that the emission benchmark (bench/) builds and runs,
# once, at the smallest size; never asserts a time.
#  - builds bench-emit (jas, AsmJit, Xbyak, Zydis; installs the peers with
#    apt-get when missing) and the footprint programs;
#  - the honesty check passes for every library at 16 instructions, and
#    fails when jas's output is corrupted on purpose (the check can fail);
#  - the one command's pipeline (bench/bench.py --quick) completes and
#    produces every part of the report, written to the build dir only;
#  - the standalone-assembler part: jas and GNU as give the same bytes for
#    a small generated file;
#  - the docs/bench.md writer replaces only its own section.
# JAS_SAN=1 (JAS_BUILD is the sanitizer build): the jas part alone, built
# with ASan+UBSan, honesty check at 16 instructions (and the corrupted run).
set -u
B=${JAS_BUILD:?set JAS_BUILD}
R=${JAS_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
SAN=${JAS_SAN:-0}
OUT=$R/tests/out/bench-$SAN
mkdir -p "$OUT"
pass=0; fail=0
ok() { echo "ok   $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1"; fail=$((fail + 1)); }
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit $?; }

if [ ! -x "$B/jas" ] || [ ! -f "$B/libjas.a" ]; then
    bad "no jas / libjas.a in $B (build first)"; finish
fi
if [ ! -e /usr/include/capstone/capstone.h ]; then
    bad "capstone headers missing (libcapstone-dev)"; finish
fi

if [ "$SAN" = 1 ]; then
    # ---- sanitizer run: the jas part only --------------------------------
    if make -s -C "$R" -f bench/Makefile BUILD="$B" SAN=1 jas-only > "$OUT/build.log" 2>&1; then
        ok "build bench-emit-jas (asan+ubsan)"
    else
        bad "build bench-emit-jas (asan+ubsan)"; tail -20 "$OUT/build.log"; finish
    fi
    E=$B/bench/emit/bench-emit-jas
    if "$E" --sizes 16 --reps 1 --min-time 0.01 > "$OUT/run.log" 2>&1 &&
            grep -q '^honesty check: passed' "$OUT/run.log" && grep -q '^throughput n=16' "$OUT/run.log" &&
            grep -q '^cold:' "$OUT/run.log"; then
        ok "jas at 16 instructions: honesty check passes, throughput and cold runs complete"
    else
        bad "jas at 16 instructions"; tail -20 "$OUT/run.log"
    fi
    if "$E" --check-only --sizes 16 --corrupt 3 > "$OUT/corrupt.log" 2>&1; then
        bad "a corrupted output must fail the honesty check"; cat "$OUT/corrupt.log"
    elif grep -q 'CHECK FAIL n=16 jas' "$OUT/corrupt.log" && ! grep -qi 'sanitizer\|runtime error' "$OUT/corrupt.log"; then
        ok "a corrupted output fails the honesty check"
    else
        bad "corrupted run: unexpected output"; cat "$OUT/corrupt.log"
    fi
    finish
fi

# ---- normal run -----------------------------------------------------------------
need=()
[ -e /usr/include/asmjit/x86.h ] || need+=(libasmjit-dev)
[ -e /usr/include/xbyak/xbyak.h ] || need+=(libxbyak-dev)
[ -e /usr/include/Zydis/Zydis.h ] || need+=(libzydis-dev)
command -v valgrind >/dev/null || need+=(valgrind)
if [ ${#need[@]} -gt 0 ]; then
    SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq >/dev/null 2>&1 || true
    if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" > "$OUT/apt.log" 2>&1; then
        bad "could not install ${need[*]}"; tail -5 "$OUT/apt.log"; finish
    fi
fi

if make -s -C "$R" -f bench/Makefile BUILD="$B" all jas-only > "$OUT/build.log" 2>&1; then
    ok "build bench-emit, bench-emit-jas and the footprint programs"
else
    bad "build the bench"; tail -30 "$OUT/build.log"; finish
fi
E=$B/bench/emit/bench-emit

if "$E" --sizes 16 --reps 1 --min-time 0.01 > "$OUT/run.log" 2>&1 &&
        grep -q '^honesty check: passed' "$OUT/run.log"; then
    ok "honesty check at 16 instructions: jas, AsmJit, Xbyak, Zydis emit the same instruction sequence"
else
    bad "honesty check / run at 16 instructions"; tail -20 "$OUT/run.log"
fi
for lib in jas AsmJit Xbyak Zydis; do
    if grep -qE "^  $lib +[0-9.]+ \[" "$OUT/run.log" && grep -qE "^  $lib +[0-9]+ \[.*with publish" "$OUT/run.log"; then
        ok "$lib: throughput and cold (+ publish) measured"
    else
        bad "$lib: no throughput or cold line"
    fi
done
if "$E" --check-only --sizes 16 --corrupt 3 > "$OUT/corrupt.log" 2>&1; then
    bad "a corrupted jas output must fail the honesty check"; cat "$OUT/corrupt.log"
elif grep -q 'CHECK FAIL n=16 jas' "$OUT/corrupt.log"; then
    ok "a corrupted output fails the honesty check"
else
    bad "corrupted run: unexpected output"; cat "$OUT/corrupt.log"
fi

for p in jas asmjit xbyak base_c base_cxx; do
    if "$B/bench/emit/fp/$p" > "$OUT/fp-$p.log" 2>&1 && grep -q '^0x' "$OUT/fp-$p.log"; then
        ok "footprint program $p publishes its function"
    else
        bad "footprint program $p"; cat "$OUT/fp-$p.log"
    fi
done

# standalone assembler: same bytes as GNU as on a small generated file
python3 "$R/bench/asm/gen_big.py" --lines 5000 "$OUT/small.s" &&
    "$B/jas" --arch=x64 -o "$OUT/small.bin" "$OUT/small.s" 2> "$OUT/small.err" &&
    as -o "$OUT/small.o" "$OUT/small.s" && objcopy -O binary -j .text "$OUT/small.o" "$OUT/small.as.bin"
if [ $? -eq 0 ] && cmp -s "$OUT/small.bin" "$OUT/small.as.bin"; then
    ok "standalone part: jas and GNU as agree on the generated file"
else
    bad "standalone part: jas and GNU as disagree (or failed)"; head -5 "$OUT/small.err"
fi

# the whole pipeline once, quick, into the build dir (docs untouched)
doc_before=$(cat "$R/docs/bench.md" 2>/dev/null | md5sum)
if python3 "$R/bench/bench.py" --root "$R" --build "$B" --quick > "$OUT/quick.log" 2>&1; then
    sec=$B/bench/emit/quick/bench-section.md
    missing=""
    for h in '^### 16 instructions' '^ratio jas/AsmJit: [0-9]+\.[0-9][0-9]' '^### Cold' '^### Footprint' \
             '^### Standalone assembler' '^### Targets' "^### Where jas's time goes" '^Machine: ' \
             '^\| \*\*jas\*\* \| [0-9]' 'Honesty check.*\*\*passed\*\*'; do
        grep -qE "$h" "$sec" || missing="$missing [$h]"
    done
    if [ -z "$missing" ]; then ok "bench.py --quick: complete report"; else bad "bench.py --quick: missing$missing"; fi
else
    bad "bench.py --quick failed"; tail -20 "$OUT/quick.log"
fi
if [ "$doc_before" = "$(cat "$R/docs/bench.md" 2>/dev/null | md5sum)" ]; then
    ok "--quick leaves docs/bench.md untouched"
else
    bad "--quick changed docs/bench.md"
fi

# the section writer: only its own part, idempotent, file created if missing
if python3 - "$R" "$OUT" > "$OUT/writer.log" 2>&1 <<'PY'
import os, sys
sys.path.insert(0, os.path.join(sys.argv[1], "bench"))
from bench import write_section, BEGIN, END
d = sys.argv[2]
f = os.path.join(d, "doc1.md")
if os.path.exists(f): os.remove(f)
write_section(f, "one\n")
t = open(f).read()
assert t.startswith("# Benchmarks") and "## jas" in t and BEGIN in t and END in t and "one" in t, t
rv = "## rvjit\n\nrvjit text\n\n| a | b |\n"
for order in ("before", "after"):
    f = os.path.join(d, "doc-%s.md" % order)
    head = "# Benchmarks\n\nintro\n\n"
    open(f, "w").write(head + rv if order == "before" else head)
    write_section(f, "first\n")
    if order == "after":
        open(f, "a").write("\n" + rv)
    write_section(f, "second\n")
    t = open(f).read()
    assert "first" not in t and t.count("second") == 1, t
    assert rv in t and "intro" in t, t
    write_section(f, "second\n")
    assert open(f).read() == t, "not idempotent"
    # the rvjit script's rule: its section runs to the next "## " line
    lines = t.split("\n")
    i = lines.index("## rvjit")
    j = next((k for k in range(i + 1, len(lines)) if lines[k].startswith("## ")), len(lines))
    assert not any("jas-bench" in x for x in lines[i:j]), "markers inside the rvjit section"
print("writer ok")
PY
then ok "docs/bench.md writer: own section only, idempotent, creates the file"
else bad "docs/bench.md writer"; cat "$OUT/writer.log"; fi

finish
