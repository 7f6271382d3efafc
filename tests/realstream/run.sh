#!/usr/bin/env bash
# Real instruction streams: objdump of binaries installed on this machine,
# re-assembled by jas and by GNU as, byte for byte (see realstream.py).
#   JAS_BUILD=build bash tests/realstream/run.sh [binary...]
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=${JAS_ROOT:-$(cd "$here/../.." && pwd)}
build=${JAS_BUILD:-$root/build}
for t in as objdump objcopy nm python3; do
    command -v $t >/dev/null || { echo "FAIL: $t not found"; echo "realstream: 0 passed, 1 failed"; exit 1; }
done
[ -x "$build/jas" ] || { echo "FAIL: no jas at $build/jas"; echo "realstream: 0 passed, 1 failed"; exit 1; }
mkdir -p "$root/tests/out"
tmp=$(mktemp -d "$root/tests/out/realstream.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# Present on every machine that runs the tests: the shell, coreutils, the C
# library, the dynamic loader (xsave/xsavec/xrstor/xgetbv in its lazy-binding
# trampolines, CET shadow-stack code), the assembler and the compiler proper
# (gcc's cc1, a large, optimised C++ program).
# Plus random bytes (seeded: the same on every machine), which reach what
# compilers rarely emit: lines of prefixes alone, AMD-only and system
# instructions, GNU's suffixed names (see random_object in realstream.py).
if [ $# -eq 0 ]; then
    set -- /bin/bash /bin/ls /usr/bin/python3 "$(ldd /bin/ls | awk '/libc.so/ {print $3}')" \
        "$(ldd /bin/ls | awk '/ld-linux/ {print $1}')" \
        "$(readlink -f "$(command -v as)")" "$(gcc -print-prog-name=cc1 2>/dev/null)" \
        --random 1:40000
fi
python3 "$here/realstream.py" --jas "$build/jas" --tmp "$tmp" "$@"
