#!/usr/bin/env bash
# Measure the runtime proposals of bench/proposals/README.md without touching
# src/: copies the tree into $JAS_BUILD/bench/proposals/tree, applies
# runtime-fastpaths.patch there, checks it (the project's preproc and unit
# suites on the copy, and relax_diff: byte-identical output to the current
# runtime on random relaxation programs), then times jas as it is, jas with
# the patch, and the generated-C prototype (genc_block.c) on the patched
# runtime, on one core, with the emission benchmark's honesty check.
#
#   bash bench/proposals/measure.sh [--seeds N] [--reps N]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${JAS_BUILD:-$ROOT/build}
W=$BUILD/bench/proposals
T=$W/tree
SEEDS=20000; REPS=5
while [ $# -gt 0 ]; do
    case $1 in
    --seeds) SEEDS=$2; shift 2 ;;
    --reps) REPS=$2; shift 2 ;;
    *) echo "usage: $0 [--seeds N] [--reps N]"; exit 2 ;;
    esac
done
CPU=$(( $(nproc) - 1 ))
JOBS=$(nproc)
CFLAGS="-O2 -g -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE"

echo "== current tree"
make -C "$ROOT" -s -j"$JOBS" BUILD="$BUILD" "$BUILD/jas" "$BUILD/libjas.a"
make -C "$ROOT" -s -f bench/Makefile BUILD="$BUILD" jas-only

echo "== patched copy in $T"
rm -rf "$T"; mkdir -p "$T/tests"
cp -r "$ROOT/Makefile" "$ROOT/include" "$ROOT/src" "$T/"
cp -r "$ROOT/tests/preproc" "$ROOT/tests/unit" "$T/tests/"
if ! (cd "$T" && patch -s -p1 < "$ROOT/bench/proposals/runtime-fastpaths.patch"); then
    echo "runtime-fastpaths.patch does not apply to src/runtime any more (made against"
    echo "commit 08e7e8a); port it by hand"; exit 1
fi
make -C "$T" -s -j"$JOBS" BUILD="$T/build" "$T/build/jas" "$T/build/libjas.a" "$T/build/libjasasm.a" unit
make -C "$ROOT" -s -f bench/Makefile BUILD="$T/build" jas-only

echo "== correctness of the patched runtime"
JAS_BUILD=$T/build JAS_ROOT=$T bash "$T/tests/preproc/run.sh" | tail -n 1
JAS_BUILD=$T/build JAS_ROOT=$T bash "$T/tests/unit/run.sh" | tail -n 1
"$BUILD/jas" -o "$W/relax_diff.c" "$ROOT/bench/proposals/relax_diff.jas.c"
cc $CFLAGS -I"$ROOT/include" -o "$W/relax_diff-cur" "$W/relax_diff.c" "$BUILD/libjas.a"
cc $CFLAGS -I"$ROOT/include" -o "$W/relax_diff-new" "$W/relax_diff.c" "$T/build/libjas.a"
"$W/relax_diff-cur" "$SEEDS" > "$W/relax-cur.txt"
"$W/relax_diff-new" "$SEEDS" > "$W/relax-new.txt"
if cmp -s "$W/relax-cur.txt" "$W/relax-new.txt"; then
    echo "relax_diff: $SEEDS random programs, byte-identical output"
else
    echo "relax_diff: OUTPUTS DIFFER"; diff "$W/relax-cur.txt" "$W/relax-new.txt" | head; exit 1
fi

echo "== generated-C prototype (on the patched runtime)"
E=$T/build/bench/emit
cc $CFLAGS -Wno-unused-function -I"$T/include" -I"$T/src" -I"$ROOT/bench/emit" -I"$E" \
    -c "$ROOT/bench/proposals/genc_block.c" -o "$W/genc_block.o"
cc -o "$W/bench-genc" "$E/main-jas.o" "$E/stream.o" "$W/genc_block.o" "$T/build/libjas.a" -lcapstone

echo "== timing on CPU $CPU ($REPS reps of >= 0.3 s; M instr/s median; cold ns median; callgrind Ir)"
printf '%-28s %8s %8s %8s %8s %10s %8s\n' "" "n=16" "n=1000" "n=100000" "cold ns" "Ir/instr" "cold Ir"
for v in "jas now:$BUILD/bench/emit/bench-emit-jas" "jas + runtime patch:$E/bench-emit-jas" \
         "generated C + patch:$W/bench-genc"; do
    name=${v%%:*}; bin=${v#*:}
    out=$(taskset -c "$CPU" "$bin" --sizes 16,1000,100000 --reps "$REPS" --min-time 0.3)
    echo "$out" | grep -q '^honesty check: passed' || { echo "$name: honesty check FAILED"; echo "$out"; exit 1; }
    rates=$(echo "$out" | awk '/^  jas / && !/publish/ {printf "%s ", $2}')
    cold=$(echo "$out" | awk '/^  jas .*publish/ {print $2}')
    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=bs_cg_measured \
        --callgrind-out-file="$W/cg.out" "$bin" --callgrind jas 1000 > /dev/null 2>&1
    ir=$(awk '/^(summary|totals):/ {printf "%.1f", $2 / 1000; exit}' "$W/cg.out")
    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=bs_cg_measured \
        --callgrind-out-file="$W/cg.out" "$bin" --callgrind-cold jas > /dev/null 2>&1
    cir=$(awk '/^(summary|totals):/ {print $2; exit}' "$W/cg.out")
    # shellcheck disable=SC2086
    printf '%-28s %8s %8s %8s %8s %10s %8s\n' "$name" $rates "$cold" "$ir" "$cir"
done
