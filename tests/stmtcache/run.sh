#!/usr/bin/env bash
# Statement caches (text cache, x64 encoding templates) vs GNU as; see
# check.py and docs/testing.md.  JAS_SAN=1 runs fewer lines.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=${JAS_ROOT:-$(cd "$here/../.." && pwd)}
build=${JAS_BUILD:-$root/build}
n=1500
[ "${JAS_SAN:-0}" = 1 ] && n=500
if [ ! -x "$build/jas" ]; then
    echo "FAIL: no jas binary at $build/jas"; echo "stmtcache: 0 passed, 1 failed"; exit 1
fi
for t in as objcopy python3; do
    command -v $t >/dev/null || { echo "FAIL: $t not found"; echo "stmtcache: 0 passed, 1 failed"; exit 1; }
done
mkdir -p "$root/tests/out"
tmp=$(mktemp -d "$root/tests/out/stmtcache.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp "$build/jas" "$tmp/jas"
python3 "$here/check.py" --jas "$tmp/jas" --tmp "$tmp" --lines "$n" "$@"
