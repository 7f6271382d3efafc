#!/usr/bin/env bash
# Real compiler output: the project's C files compiled by gcc (and clang) to Intel
# syntax, assembled by jas and by GNU as + ld (sections placed where jas
# places them); whole images and symbols must be identical (see realasm.py).
#   JAS_BUILD=build bash tests/realasm/run.sh [--only REGEX]
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=${JAS_ROOT:-$(cd "$here/../.." && pwd)}
build=${JAS_BUILD:-$root/build}
for t in gcc clang as ld nm python3; do
    command -v $t >/dev/null || { echo "FAIL: $t not found"; echo "realasm: 0 passed, 1 failed"; exit 1; }
done
[ -x "$build/jas" ] || { echo "FAIL: no jas at $build/jas"; echo "realasm: 0 passed, 1 failed"; exit 1; }
mkdir -p "$root/tests/out"
tmp=$(mktemp -d "$root/tests/out/realasm.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 "$here/realasm.py" --jas "$build/jas" --root "$root" --tmp "$tmp" --jobs 2 "$@"
