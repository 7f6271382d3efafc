#!/usr/bin/env bash
# Fuzz suite: builds tests/fuzz/fuzz_asm.c with libFuzzer + ASan + UBSan,
# replays the seed corpus and every tests/fuzz/regressions/* input (none may
# crash), then fuzzes for FUZZ_TIME seconds (default 60).  See docs/testing.md.
#   JAS_BUILD=build bash tests/fuzz/run.sh
#   FUZZ_TIME=600 bash tests/fuzz/run.sh          longer run
# Without clang/libFuzzer it builds a plain replay driver instead; the bounded
# run is then reported as SKIPPED (not counted as passed).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=${JAS_ROOT:-$(cd "$here/../.." && pwd)}
out=$root/tests/out/fuzz
time=${FUZZ_TIME:-60}
mkdir -p "$out"
pass=0; fail=0
ok()  { pass=$((pass + 1)); echo "pass $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
finish() { echo "fuzz: $pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit $?; }

cd "$root"
# the assembler core plus the runtime it shares code with (what build/jas
# links: libjasasm.a + libjas.a), without the CLI and the preprocessor
srcs=$(ls src/common/*.c src/front/*.c src/x64/*.c src/runtime/*.c src/mem/*.c 2>/dev/null)
cflags="-std=c11 -D_GNU_SOURCE -g -O1 -Iinclude -Isrc"
san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

mode=${FUZZ_MODE:-libfuzzer}   # FUZZ_MODE=replay forces the plain driver
if [ "$mode" = libfuzzer ] && ! command -v clang >/dev/null 2>&1 ||
   ! echo 'int LLVMFuzzerTestOneInput(const char*d,unsigned long n){(void)d;(void)n;return 0;}' |
        clang -x c -fsanitize=fuzzer -o "$out/probe" - >/dev/null 2>&1; then
    mode=replay
fi
bin=$out/fuzz_asm
if [ $mode = libfuzzer ]; then
    echo "== building $bin (clang -fsanitize=fuzzer,address,undefined)"
    if clang $cflags -fsanitize=fuzzer $san -o "$bin" tests/fuzz/fuzz_asm.c $srcs \
            > "$out/build.log" 2>&1; then ok "build fuzz target"
    else bad "build fuzz target"; tail -n 30 "$out/build.log"; finish; fi
else
    echo "== clang with libFuzzer not available: building a plain replay driver"
    cc=${CC:-cc}
    if $cc $cflags $san -DJAS_FUZZ_REPLAY -o "$bin" tests/fuzz/fuzz_asm.c $srcs \
            > "$out/build.log" 2>&1 ||
       $cc $cflags -DJAS_FUZZ_REPLAY -o "$bin" tests/fuzz/fuzz_asm.c $srcs \
            > "$out/build.log" 2>&1; then ok "build replay driver"
    else bad "build replay driver"; tail -n 30 "$out/build.log"; finish; fi
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# ---- replay: seed corpus (one process) and each regression input ------------
ncorp=$(ls tests/fuzz/corpus 2>/dev/null | wc -l)
if [ "$ncorp" -gt 0 ]; then
    if [ $mode = libfuzzer ]; then
        "$bin" -runs=0 -timeout=20 tests/fuzz/corpus > "$out/replay.log" 2>&1
    else
        "$bin" tests/fuzz/corpus/* > "$out/replay.log" 2>&1
    fi
    if [ $? -eq 0 ]; then ok "replay corpus ($ncorp inputs)"
    else bad "replay corpus ($ncorp inputs)"; grep -E 'ERROR|SUMMARY|Test unit|runtime error' "$out/replay.log" | head -n 20; fi
fi
for f in tests/fuzz/regressions/*; do
    [ -f "$f" ] || continue
    case "$f" in *.md|*.txt) continue;; esac
    if [ $mode = libfuzzer ]; then "$bin" -timeout=20 "$f" > "$out/reg.log" 2>&1
    else "$bin" "$f" > "$out/reg.log" 2>&1; fi
    if [ $? -eq 0 ]; then ok "regression $(basename "$f")"
    else bad "regression $(basename "$f")"; grep -E 'ERROR|SUMMARY|runtime error|#[0-9] ' "$out/reg.log" | head -n 15; fi
done

# ---- bounded fuzzing run ----------------------------------------------------
if [ $mode = libfuzzer ]; then
    work=$out/corpus
    mkdir -p "$work" "$out/artifacts"
    echo "== fuzzing for ${time}s (working corpus $work, seeds tests/fuzz/corpus)"
    "$bin" -max_total_time="$time" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        -dict=tests/fuzz/asm.dict -print_final_stats=1 \
        -artifact_prefix="$out/artifacts/" "$work" tests/fuzz/corpus \
        > "$out/fuzz.log" 2>&1
    rc=$?
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$out/fuzz.log" | tail -n 2
    if [ $rc -eq 0 ]; then ok "fuzz ${time}s without a crash"
    else
        bad "fuzz run found a crash (rc=$rc); input saved under $out/artifacts/:"
        ls "$out/artifacts" | tail -n 5
        grep -E 'ERROR|SUMMARY|runtime error|#[0-9] ' "$out/fuzz.log" | head -n 20
    fi
else
    echo "SKIPPED: bounded fuzzing run (clang/libFuzzer not available) -- not counted"
fi
finish
