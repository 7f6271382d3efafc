#!/usr/bin/env bash
# Unit suite: runs every $JAS_BUILD/tests/*_test binary (each one is built
# from tests/unit/<name>.c and ends its output with "N passed, N failed"),
# adds up their counts and ends with one such line.  A binary that crashes,
# times out, exits non-zero or prints no summary counts as a failure, and so
# does a tests/unit/*_test.c source whose binary is missing.
#   JAS_BUILD   build dir (default: build)
#   JAS_ROOT    repository root (default: two levels up from here)
#   JAS_UNIT_TIMEOUT  seconds per binary (default 120)
set -u
here=$(cd "$(dirname "$0")" && pwd)
ROOT=${JAS_ROOT:-$(cd "$here/../.." && pwd)}
BUILD=${JAS_BUILD:-$ROOT/build}
case "$BUILD" in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
LIMIT=${JAS_UNIT_TIMEOUT:-120}

pass=0; fail=0; failed=()
runner=()
command -v timeout >/dev/null 2>&1 && runner=(timeout -k 5 "$LIMIT")

# Sources without a binary: the build broke or skipped them.
for src in "$here"/*_test.c; do
    [ -e "$src" ] || continue
    name=$(basename "$src" .c)
    if [ ! -x "$BUILD/tests/$name" ]; then
        echo "FAIL $name: no binary $BUILD/tests/$name"
        fail=$((fail + 1)); failed+=("$name")
    fi
done

out=$(mktemp "${TMPDIR:-/tmp}/jas-unit.XXXXXX")
trap 'rm -f "$out"' EXIT
for bin in "$BUILD"/tests/*_test; do
    [ -x "$bin" ] && [ -f "$bin" ] || continue
    name=$(basename "$bin")
    (cd "$ROOT" && "${runner[@]}" "$bin") >"$out" 2>&1
    rc=$?
    line=$(grep -E '^([A-Za-z0-9_()+-]+: )?[0-9]+ passed, [0-9]+ failed' "$out" | tail -n 1)
    if [ -z "$line" ]; then
        p=0; f=1
    else
        p=$(echo "$line" | sed -E 's/^([A-Za-z0-9_()+-]+: )?([0-9]+) passed.*/\2/')
        f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    fi
    [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    if [ "$f" -ne 0 ]; then
        failed+=("$name")
        echo "FAIL $name (exit $rc, $p passed, $f failed):"
        tail -n 30 "$out" | sed 's/^/    /'
    else
        echo "ok   $name: $p passed"
    fi
    pass=$((pass + p)); fail=$((fail + f))
done

[ ${#failed[@]} -gt 0 ] && echo "failed: ${failed[*]}"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
