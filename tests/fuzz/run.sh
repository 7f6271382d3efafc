#!/usr/bin/env bash
# Fuzz suite: two targets, the standalone assembler (fuzz_asm.c) and the
# inline-assembly preprocessor (fuzz_pre.c), built with libFuzzer + ASan +
# UBSan.  Each replays its seed corpus and regression inputs (none may crash),
# then fuzzes: FUZZ_TIME seconds for the assembler (default 60), FUZZ_TIME_PRE
# for the preprocessor (default 30).  See docs/testing.md.
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
# links), and the preprocessor for fuzz_pre; never the CLI
srcs=$(ls src/common/*.c src/front/*.c src/x64/*.c src/runtime/*.c src/mem/*.c src/pre/*.c 2>/dev/null)
cflags="-std=c11 -D_GNU_SOURCE -g -O1 -Iinclude -Isrc"
san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

mode=${FUZZ_MODE:-libfuzzer}   # FUZZ_MODE=replay forces the plain driver
if [ "$mode" = libfuzzer ] && ! command -v clang >/dev/null 2>&1 ||
   ! echo 'int LLVMFuzzerTestOneInput(const char*d,unsigned long n){(void)d;(void)n;return 0;}' |
        clang -x c -fsanitize=fuzzer -o "$out/probe" - >/dev/null 2>&1; then
    mode=replay
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# fuzz_target NAME CORPUS REGRESSIONS DICT SECONDS MAX_LEN
fuzz_target() {
    local name=$1 corpus=$2 regs=$3 dict=$4 time=$5 maxlen=$6
    local bin=$out/$name
    if [ $mode = libfuzzer ]; then
        echo "== building $bin (clang -fsanitize=fuzzer,address,undefined)"
        if clang $cflags -fsanitize=fuzzer $san -o "$bin" tests/fuzz/$name.c $srcs \
                > "$out/build-$name.log" 2>&1; then ok "$name: build"
        else bad "$name: build"; tail -n 30 "$out/build-$name.log"; return; fi
    else
        echo "== clang with libFuzzer not available: building a plain replay driver"
        local cc=${CC:-cc}
        if $cc $cflags $san -DJAS_FUZZ_REPLAY -o "$bin" tests/fuzz/$name.c $srcs \
                > "$out/build-$name.log" 2>&1 ||
           $cc $cflags -DJAS_FUZZ_REPLAY -o "$bin" tests/fuzz/$name.c $srcs \
                > "$out/build-$name.log" 2>&1; then ok "$name: build replay driver"
        else bad "$name: build replay driver"; tail -n 30 "$out/build-$name.log"; return; fi
    fi

    # ---- replay: seed corpus (one process) and each regression input -------
    # (60 s per input: the slowest regression, a macro that calls itself up
    # to the 100,000-line budget, takes ~1 s plain and ~20 s under
    # ASan+UBSan on a busy 2-core machine; a hang still fails)
    local ncorp
    ncorp=$(ls "$corpus" 2>/dev/null | wc -l)
    if [ "$ncorp" -gt 0 ]; then
        if [ $mode = libfuzzer ]; then
            "$bin" -runs=0 -timeout=60 "$corpus" > "$out/replay-$name.log" 2>&1
        else
            "$bin" "$corpus"/* > "$out/replay-$name.log" 2>&1
        fi
        if [ $? -eq 0 ]; then ok "$name: replay corpus ($ncorp inputs)"
        else bad "$name: replay corpus ($ncorp inputs)"
            grep -E 'ERROR|SUMMARY|Test unit|runtime error' "$out/replay-$name.log" | head -n 20; fi
    fi
    local f
    for f in "$regs"/*; do
        [ -f "$f" ] || continue
        case "$f" in *.md|*.txt) continue;; esac
        if [ $mode = libfuzzer ]; then "$bin" -timeout=60 "$f" > "$out/reg.log" 2>&1
        else "$bin" "$f" > "$out/reg.log" 2>&1; fi
        if [ $? -eq 0 ]; then ok "$name: regression $(basename "$f")"
        else bad "$name: regression $(basename "$f")"
            grep -E 'ERROR|SUMMARY|runtime error|#[0-9] ' "$out/reg.log" | head -n 15; fi
    done

    # ---- bounded fuzzing run -----------------------------------------------
    if [ $mode = libfuzzer ]; then
        local work=$out/corpus-$name
        mkdir -p "$work" "$out/artifacts-$name"
        echo "== $name: fuzzing for ${time}s (working corpus $work, seeds $corpus)"
        "$bin" -max_total_time="$time" -timeout=10 -rss_limit_mb=2048 -max_len="$maxlen" \
            ${dict:+-dict=$dict} -print_final_stats=1 \
            -artifact_prefix="$out/artifacts-$name/" "$work" "$corpus" \
            > "$out/fuzz-$name.log" 2>&1
        local rc=$?
        grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$out/fuzz-$name.log" | tail -n 2
        if [ $rc -eq 0 ]; then ok "$name: fuzz ${time}s without a crash"
        else
            bad "$name: fuzz run found a crash (rc=$rc); input saved under $out/artifacts-$name/:"
            ls "$out/artifacts-$name" | tail -n 5
            grep -E 'ERROR|SUMMARY|runtime error|#[0-9] ' "$out/fuzz-$name.log" | head -n 20
        fi
    else
        echo "SKIPPED: $name bounded fuzzing run (clang/libFuzzer not available) -- not counted"
    fi
}

fuzz_target fuzz_asm tests/fuzz/corpus tests/fuzz/regressions tests/fuzz/asm.dict "$time" 4096
fuzz_target fuzz_pre tests/fuzz/corpus-pre tests/fuzz/regressions-pre tests/fuzz/pre.dict "${FUZZ_TIME_PRE:-30}" 16384
finish
