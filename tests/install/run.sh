#!/usr/bin/env bash
# `make install` into a temporary prefix, then build the hello example
# against the installed tree through pkg-config, statically and shared.
set -u
B=${JAS_BUILD:?}
R=${JAS_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
[ "${JAS_SAN:-0}" = 1 ] && { echo "install: 0 passed, 0 failed (not run for the sanitizer build)"; exit 0; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0
check() { if "$@"; then pass=$((pass + 1)); else echo "FAIL: $*"; fail=$((fail + 1)); fi; }
check make -s -C "$R" install BUILD="$B" PREFIX="$T/usr" > "$T/install.log" 2>&1
for f in bin/jas lib/libjas.a lib/libjas.so include/jas.h include/jas_mem.h lib/pkgconfig/jas.pc; do
    check test -e "$T/usr/$f"
done
export PKG_CONFIG_PATH="$T/usr/lib/pkgconfig"
check "$T/usr/bin/jas" -o "$T/hello.c" "$R/examples/hello/hello.jas.c"
if command -v pkg-config > /dev/null; then
    FLAGS=$(pkg-config --cflags --libs jas)
else
    FLAGS="-I$T/usr/include -L$T/usr/lib -ljas"
fi
check cc -std=c11 -Wall -Wextra -Werror -o "$T/hello_static" "$T/hello.c" -I"$T/usr/include" "$T/usr/lib/libjas.a"
check cc -std=c11 -Wall -Wextra -Werror -o "$T/hello_shared" "$T/hello.c" $FLAGS
out=$("$T/hello_static" 7 2>&1)
check test "$out" = "the JIT function returns 7 (6 bytes of machine code)"
out=$(LD_LIBRARY_PATH="$T/usr/lib" "$T/hello_shared" 9 2>&1)
check test "$out" = "the JIT function returns 9 (6 bytes of machine code)"
check sh -c "LD_LIBRARY_PATH='$T/usr/lib' ldd '$T/hello_shared' | grep -q 'libjas.so'"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
