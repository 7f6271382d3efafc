#!/usr/bin/env bash
# Examples suite: builds every example of examples/ against JAS_BUILD, runs
# each on its test inputs, checks the results (against the example's
# interpreter, and against expected output computed independently), and
# checks that bad input gives a clear message and a non-zero exit, never a
# crash or a sanitizer report.
#
#   JAS_BUILD  build dir holding jas and libjas.a (examples go to $JAS_BUILD/examples)
#   JAS_SAN    1: that build is ASan+UBSan; examples are built with the
#              sanitizers too and run on smaller inputs
#   JAS_ROOT   the repository
# Ends with "N passed, N failed"; exits non-zero on any failure.
set -u
B=${JAS_BUILD:?set JAS_BUILD}
R=${JAS_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
SAN=${JAS_SAN:-0}
CC=${CC:-cc}
E=$R/examples
X=$B/examples
OUT=$R/tests/out/examples-$SAN
mkdir -p "$OUT"
SANFL=""
[ "$SAN" = 1 ] && SANFL="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
pass=0; fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL $*"; }

# ---- helpers ----------------------------------------------------------------
# run NAME STDIN CMD...: runs CMD with STDIN (a file or /dev/null), leaves
# $OUT/NAME.out, $OUT/NAME.err and $rc.  A signal (rc >= 128) or a sanitizer
# report always fails.
run() {
    local name=$1 in=$2; shift 2
    "$@" < "$in" > "$OUT/$name.out" 2> "$OUT/$name.err"
    rc=$?
    if [ $rc -ge 128 ] || grep -qE 'AddressSanitizer|runtime error:|LeakSanitizer' "$OUT/$name.err"; then
        no "$name: crashed or sanitizer report (exit $rc)"; sed 's/^/    /' "$OUT/$name.err" | head -20
        return 1
    fi
    return 0
}
# expect_ok NAME EXPECTED-FILE STDIN CMD...: exit 0 and stdout == file
expect_ok() {
    local name=$1 exp=$2 in=$3; shift 3
    run "$name" "$in" "$@" || return
    if [ $rc -ne 0 ]; then no "$name: exit $rc"; sed 's/^/    /' "$OUT/$name.err" | head -5
    elif ! cmp -s "$OUT/$name.out" "$exp"; then no "$name: wrong output"; diff "$OUT/$name.out" "$exp" | head -5
    else ok; fi
}
# expect_text NAME TEXT CMD...: exit 0 and TEXT on stdout
expect_text() {
    local name=$1 text=$2; shift 2
    run "$name" /dev/null "$@" || return
    if [ $rc -ne 0 ]; then no "$name: exit $rc"; sed 's/^/    /' "$OUT/$name.err" | head -5
    elif ! grep -qF -- "$text" "$OUT/$name.out"; then no "$name: no '$text' in output"; head -5 "$OUT/$name.out"
    else ok; fi
}
# expect_err NAME RC MESSAGE STDIN CMD...: exit RC and MESSAGE on stderr
expect_err() {
    local name=$1 want=$2 msg=$3 in=$4; shift 4
    run "$name" "$in" "$@" || return
    if [ $rc -ne "$want" ]; then no "$name: exit $rc, want $want"; sed 's/^/    /' "$OUT/$name.err" | head -5
    elif ! grep -qF -- "$msg" "$OUT/$name.err"; then no "$name: no '$msg' on stderr:"; sed 's/^/    /' "$OUT/$name.err" | head -5
    else ok; fi
}
# bad_files DIR EXT CMD...: each DIR/*.EXT has a line "; expect: MESSAGE";
# CMD FILE must exit 1 with that message.
bad_files() {
    local dir=$1 ext=$2 f; shift 2
    for f in "$dir"/*."$ext"; do
        expect_err "bad-$(basename "$f")-${*: -1}" 1 "$(sed -n 's/^; expect: //p' "$f")" /dev/null "$@" "$f"
    done
}

# ---- build --------------------------------------------------------------------
# -B: the flags may differ from the last build into the same directory.
for ex in hello hello-raw bf bcvm toyisa; do
    if [ "$ex" = hello ]; then
        args=(CFLAGS="-O2 -g -std=c11 -Wall -Wextra -Werror $SANFL")
    else
        args=(EXTRA_CFLAGS="$SANFL")
    fi
    if make -B -C "$E/$ex" BUILD="$B" CC="$CC" "${args[@]}" > "$OUT/build-$ex.log" 2>&1; then ok
    else no "build $ex"; tail -20 "$OUT/build-$ex.log"; fi
done

# ---- hello and hello-raw --------------------------------------------------------
expect_text hello-42 "returns 42" "$X/hello" 42
expect_text hello-neg "returns -5" "$X/hello" -5
for n in 42 -7 0 2147483647 -2147483648; do
    expect_text "hello-raw-$n" "returns $n (6 bytes" "$X/hello-raw" "$n"
done
# W^X: written while rw-, run while r-x
expect_text hello-raw-wx-write "after mmap (writing):        page rw-p" "$X/hello-raw" 1
expect_text hello-raw-wx-run "after mprotect (running):    page r-xp" "$X/hello-raw" 1
expect_err hello-raw-abc 2 "expected one 32-bit integer argument, got 'abc'" /dev/null "$X/hello-raw" abc
expect_err hello-raw-big 2 "got '2147483648'" /dev/null "$X/hello-raw" 2147483648
expect_err hello-raw-junk 2 "got '12x'" /dev/null "$X/hello-raw" 12x
expect_err hello-raw-two 2 "usage: hello-raw" /dev/null "$X/hello-raw" 1 2

# ---- bf -------------------------------------------------------------------------
P=$E/bf/progs
loops_in=$P/loops-100.in; loops_exp=$P/loops-100.expected
[ "$SAN" = 1 ] && { loops_in=$P/loops-5.in; loops_exp=$P/loops-5.expected; }
for mode in --interp --jit --both; do
    for p in hello sieve automaton; do
        expect_ok "bf-$p$mode" "$P/$p.expected" /dev/null "$X/bf" $mode "$P/$p.b"
    done
    expect_ok "bf-loops$mode" "$loops_exp" "$loops_in" "$X/bf" $mode "$P/loops.b"
    expect_ok "bf-cat$mode" "$P/cat.expected" "$P/cat.in" "$X/bf" $mode "$P/cat.b"
    expect_ok "bf-cat-empty$mode" /dev/null /dev/null "$X/bf" $mode "$P/cat.b"
done
expect_ok bf-loops-small "$P/loops-5.expected" "$P/loops-5.in" "$X/bf" --both "$P/loops.b"
run bf-stats "$P/loops-5.in" "$X/bf" --both --stats "$P/loops.b" &&
    { grep -q "speed-up" "$OUT/bf-stats.err" && grep -q "bytes of code" "$OUT/bf-stats.err" && ok || no "bf --stats: no figures"; }
printf '+[\n>+' > "$OUT/unbalanced-open.b"
printf '+\n +]' > "$OUT/unbalanced-close.b"
printf '++<' > "$OUT/left.b"
printf '+[>+]' > "$OUT/right.b"
printf '' > "$OUT/empty.b"
for mode in --interp --jit --both; do
    expect_err "bf-unbalanced-open$mode" 1 "unbalanced-open.b:1:2: error: unbalanced '[': no ']' closes it" /dev/null "$X/bf" $mode "$OUT/unbalanced-open.b"
    expect_err "bf-unbalanced-close$mode" 1 "unbalanced-close.b:2:3: error: unbalanced ']': no '[' before it" /dev/null "$X/bf" $mode "$OUT/unbalanced-close.b"
    expect_err "bf-left$mode" 1 "the data pointer left the tape (moved to cell -1" /dev/null "$X/bf" $mode "$OUT/left.b"
    expect_err "bf-right$mode" 1 "the data pointer left the tape (moved to cell 30000" /dev/null "$X/bf" $mode "$OUT/right.b"
    expect_ok "bf-empty$mode" /dev/null /dev/null "$X/bf" $mode "$OUT/empty.b"
done
expect_err bf-no-args 2 "missing argument: the program file" /dev/null "$X/bf"
expect_err bf-bad-option 2 "unknown option '--fast'" /dev/null "$X/bf" --fast "$P/hello.b"
expect_err bf-no-file 1 "cannot open '$OUT/nonexistent.b'" /dev/null "$X/bf" "$OUT/nonexistent.b"
expect_err bf-two-files 2 "more than one program" /dev/null "$X/bf" "$P/hello.b" "$P/cat.b"
expect_err bf-directory 1 "cannot read" /dev/null "$X/bf" "$P"

# ---- bcvm -----------------------------------------------------------------------
V=$E/bcvm/progs
vm_case() { # name expected-text args...
    local name=$1 exp=$2; shift 2
    printf '%b' "$exp" > "$OUT/bcvm-$name.expected"
    for mode in --interp --jit --both; do
        expect_ok "bcvm-$name$mode" "$OUT/bcvm-$name.expected" /dev/null "$X/bcvm" $mode "$@"
    done
}
vm_case ops "$(cat "$V/ops.expected")\n" "$V/ops.vm"
vm_case sum '333328349529360\n' "$V/sum.vm" 100000
vm_case fib '6765\n' "$V/fib.vm" 20
vm_case sieve '1229\n' "$V/sieve.vm" 10000 2
vm_case collatz '6171\n261\n' "$V/collatz.vm" 10000
vm_case sort '1\n694619961643\n' "$V/sort.vm" 500
if [ "$SAN" = 0 ]; then # the defaults: longer runs
    vm_case fib-default '196418\n' "$V/fib.vm"
    vm_case sieve-default '6542\n' "$V/sieve.vm" 0 3
fi
run bcvm-stats /dev/null "$X/bcvm" --stats "$V/fib.vm" 15 &&
    { grep -q "break-even" "$OUT/bcvm-stats.err" && grep -q "bytes per instruction" "$OUT/bcvm-stats.err" && ok || no "bcvm --stats: no table"; }
# Random programs: interpreter and JIT must agree on each.
if command -v python3 > /dev/null; then
    nseeds=60; [ "$SAN" = 1 ] && nseeds=15
    for s in $(seq 1 $nseeds); do
        python3 "$E/bcvm/randprog.py" "$s" > "$OUT/rand-$s.vm"
        run "bcvm-rand-$s" /dev/null "$X/bcvm" --both "$OUT/rand-$s.vm" || continue
        # exit 1 = both engines trapped at the same place (checked by --both)
        if [ $rc -eq 0 ] || [ $rc -eq 1 ]; then ok; else no "random program seed $s: exit $rc"; head -5 "$OUT/bcvm-rand-$s.err"; fi
    done
else
    echo "note: python3 missing, random bcvm programs skipped"
fi
for mode in --interp --jit --both; do bad_files "$E/bcvm/bad" vm "$X/bcvm" $mode; done
expect_err bcvm-no-args 2 "missing argument: the program file" /dev/null "$X/bcvm"
expect_err bcvm-bad-option 2 "unknown option '--fast'" /dev/null "$X/bcvm" --fast "$V/fib.vm"
expect_err bcvm-bad-arg 2 "argument 'ten' is not a 64-bit integer" /dev/null "$X/bcvm" "$V/fib.vm" ten
expect_err bcvm-many-args 2 "too many arguments" /dev/null "$X/bcvm" "$V/fib.vm" 1 2 3 4 5 6 7 8 9
expect_err bcvm-no-file 1 "cannot open" /dev/null "$X/bcvm" "$OUT/nonexistent.vm"
expect_err bcvm-dump-no-name 2 "--dump needs a file name" /dev/null "$X/bcvm" "$V/fib.vm" --dump
rm -f "$OUT/fib.bin"
run bcvm-dump /dev/null "$X/bcvm" --dump "$OUT/fib.bin" "$V/fib.vm" 10 &&
    { [ $rc -eq 0 ] && [ "$(wc -c < "$OUT/fib.bin")" -gt 100 ] && ok || no "bcvm --dump: no code written"; }

# ---- toyisa ---------------------------------------------------------------------
T=$E/toyisa/progs
toy_case() { # name expected-text args...
    local name=$1 exp=$2; shift 2
    printf '%b' "$exp" > "$OUT/toy-$name.expected"
    expect_ok "toy-$name--all" "$OUT/toy-$name.expected" /dev/null "$X/toyisa" --all "$@"
}
toy_case count '49995000\n' "$T/count.tis" 10000
toy_case fib '4660046610375530308\n' "$T/fib.tis" 90
toy_case sieve '168\n997\n' "$T/sieve.tis" 1000 2
toy_case sort '-8317860858936288447\n9044740716663112089\n-7244512463337715428\n' "$T/sort.tis" 60
printf '49999995000000\n' > "$OUT/toy-count-big.expected"
if [ "$SAN" = 0 ]; then
    for e in --interp --capsule-cached --blocks; do
        expect_ok "toy-count-big$e" "$OUT/toy-count-big.expected" /dev/null "$X/toyisa" $e "$T/count.tis"
    done
fi
# The step limit: exactly enough steps (35) is fine in every engine, one less stops.
printf '45\n' > "$OUT/toy-limit.expected"
expect_ok toy-limit-exact "$OUT/toy-limit.expected" /dev/null "$X/toyisa" --all --max-steps 35 "$T/count.tis" 10
expect_err toy-limit-short 1 "stopped: step limit reached" /dev/null "$X/toyisa" --all --max-steps 34 "$T/count.tis" 10
run toy-stats /dev/null "$X/toyisa" --all --stats --capsule-steps 2000 "$T/fib.tis" 40 &&
    { grep -q "guest MIPS" "$OUT/toy-stats.err" && grep -q "blocks," "$OUT/toy-stats.err" && ok || no "toyisa --stats: no table"; }
bad_files "$E/toyisa/bad" tis "$X/toyisa" --all --max-steps 100000
expect_err toy-no-args 2 "missing argument: the program file" /dev/null "$X/toyisa"
expect_err toy-bad-option 2 "unknown option '--jit'" /dev/null "$X/toyisa" --jit "$T/count.tis"
expect_err toy-bad-steps 2 "--max-steps needs a positive number" /dev/null "$X/toyisa" --max-steps x "$T/count.tis"
expect_err toy-bad-arg 2 "argument '1e3' is not a 64-bit integer" /dev/null "$X/toyisa" "$T/count.tis" 1e3

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
