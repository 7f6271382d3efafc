#!/usr/bin/env bash
# Differential suite: jas vs GNU as, byte for byte (see docs/testing.md).
#   JAS_BUILD=build bash tests/x64/run.sh          full default run
#   JAS_BUILD=build bash tests/x64/run.sh --only hand --seed 7
# Extra arguments go to harness.py.  JAS_SAN=1 runs a smaller sample.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=${JAS_ROOT:-$(cd "$here/../.." && pwd)}
build=${JAS_BUILD:-$root/build}
scale=${X64_SCALE:-1.0}
sample=1
# the sanitizer build is slower: a third of the batches, fewer shapes each
[ "${JAS_SAN:-0}" = 1 ] && { scale=${X64_SCALE:-0.3}; sample=3; }
if [ ! -x "$build/jas" ]; then
    echo "FAIL: no jas binary at $build/jas"; echo "x64: 0 passed, 1 failed"; exit 1
fi
for t in as objdump python3; do
    command -v $t >/dev/null || { echo "FAIL: $t not found"; echo "x64: 0 passed, 1 failed"; exit 1; }
done
mkdir -p "$root/tests/out"
tmp=$(mktemp -d "$root/tests/out/x64.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# a private copy: a rebuild during the run must not change the binary under test
cp "$build/jas" "$tmp/jas"
python3 "$here/harness.py" --jas "$tmp/jas" --scale "$scale" --sample "$sample" --tmp "$tmp" "$@"
