#!/usr/bin/env bash
# rvjit suite: instruction-level asm tests, libc C programs, exit statuses,
# faulting guests, malformed ELF files, the CLI and the benchmark's --quick
# mode.  Every guest runs under qemu-riscv64 first (the reference) and then
# under rvjit; see driver.py for what counts as a case.
#
#   JAS_BUILD  build dir holding rvjit/rvjit (default: build)
#   JAS_SAN    1: sanitizer build, run a reduced set
#   JAS_ROOT   repository root
#   RVJIT      emulator under test (default $JAS_BUILD/rvjit/rvjit);
#              RVJIT=qemu-riscv64 validates the suite itself
#   ONLY       regex: run only the test units whose name matches
set -u
ROOT=${JAS_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
BUILD=${JAS_BUILD:-$ROOT/build}
SAN=${JAS_SAN:-0}
OUT=$ROOT/tests/out/rvjit
EMU=${RVJIT:-$BUILD/rvjit/rvjit}
case "$EMU" in */*) ;; *) EMU=$(command -v "$EMU" || echo "$EMU") ;; esac
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
TIMEOUT=120
[ "$SAN" = 1 ] && TIMEOUT=600

for tool in riscv64-linux-gnu-gcc qemu-riscv64 python3 csmith clang; do
    if ! command -v $tool >/dev/null 2>&1; then
        echo "FAIL missing tool: $tool"; echo "rvjit: 0 passed, 1 failed"; exit 1
    fi
done

echo "== building guests into ${OUT#$ROOT/}"
mkdir -p "$OUT"
if ! make -s -f "$ROOT/tests/rvjit/guests.mk" OUT="$OUT" -j"$JOBS" > "$OUT.build.log" 2>&1; then
    tail -n 30 "$OUT.build.log"
    echo "FAIL building the guest programs"
    echo "rvjit: 0 passed, 1 failed"
    exit 1
fi

exec python3 "$ROOT/tests/rvjit/driver.py" --root "$ROOT" --out "$OUT" --emu "$EMU" \
    --jas "$BUILD/jas" --san "$SAN" --jobs "$JOBS" --timeout "$TIMEOUT" --only "${ONLY:-}"
