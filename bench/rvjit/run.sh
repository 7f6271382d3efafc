#!/usr/bin/env bash
# rvjit benchmark: CPU-bound C programs run natively, under qemu-riscv64 and
# under rvjit; best of 3 wall times; writes the "## rvjit" section of
# docs/bench.md.  See docs/bench.md and bench.py.
#
#   bash bench/rvjit/run.sh            full run (~5 min), updates docs/bench.md
#   bash bench/rvjit/run.sh --quick    tiny inputs, one run, writes nothing
#   options are passed to bench.py: --runs N, --only REGEX
#   env: JAS_BUILD (default build), RVJIT (default $JAS_BUILD/rvjit/rvjit)
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${JAS_BUILD:-$ROOT/build}
quick=0
for a in "$@"; do [ "$a" = --quick ] && quick=1; done
if [ -z "${RVJIT:-}" ]; then
    RVJIT=$BUILD/rvjit/rvjit
    # a full run measures the current sources: (re)build rvjit first
    if [ $quick = 0 ] || [ ! -x "$RVJIT" ]; then
        make -C "$ROOT" -s -j"$(nproc 2>/dev/null || echo 2)" BUILD="$BUILD" rvjit
    fi
fi
OUT=$BUILD/bench/rvjit
[ $quick = 1 ] && OUT=$BUILD/bench/rvjit-quick
mkdir -p "$OUT"
exec python3 "$ROOT/bench/rvjit/bench.py" --root "$ROOT" --out "$OUT" --rvjit "$RVJIT" "$@"
