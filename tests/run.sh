#!/usr/bin/env bash
# The one test command: installs what the tests need, builds everything
# (normal and ASan+UBSan), runs every suite and ends with "N passed, N failed".
#
# Suites are folders tests/<suite>/ with an executable run.sh.  A suite gets
#   JAS_BUILD  the build dir holding jas, libjas.a, rvjit/ ...
#   JAS_SAN    1 when JAS_BUILD is the sanitizer build
# prints what it likes and ends with a line "N passed, N failed"; it exits
# non-zero on any failure.  Suites listed in SAN_SUITES also run against the
# sanitizer build.
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}

# ---- dependencies -----------------------------------------------------------
need_pkgs=()
have() { command -v "$1" >/dev/null 2>&1; }
have cc || need_pkgs+=(gcc)
have make || need_pkgs+=(make)
have as || need_pkgs+=(binutils)
have python3 || need_pkgs+=(python3)
have clang || need_pkgs+=(clang)
have riscv64-linux-gnu-gcc || need_pkgs+=(gcc-riscv64-linux-gnu)
[ -e /usr/riscv64-linux-gnu/lib/libc.a ] || need_pkgs+=(libc6-dev-riscv64-cross)
have qemu-riscv64 || need_pkgs+=(qemu-user)
[ -e /usr/include/capstone/capstone.h ] || need_pkgs+=(libcapstone-dev)
have csmith || need_pkgs+=(csmith)   # random C programs for rvjit (tests/rvjit)
[ -e /usr/include/csmith/csmith.h ] || need_pkgs+=(libcsmith-dev)
if [ ${#need_pkgs[@]} -gt 0 ]; then
    echo "== installing: ${need_pkgs[*]}"
    SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}" >/dev/null || {
        echo "error: could not install ${need_pkgs[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

# ---- build ------------------------------------------------------------------
total_pass=0; total_fail=0; failed_suites=()
count() { # suite-name log-file rc
    local line p f
    line=$(grep -E '^([A-Za-z0-9_()+-]+: )?[0-9]+ passed, [0-9]+ failed' "$2" | tail -n 1)
    if [ -z "$line" ]; then p=0; f=1
    else
        p=$(echo "$line" | sed -E 's/^([A-Za-z0-9_()+-]+: )?([0-9]+) passed.*/\2/')
        f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    fi
    [ "$3" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
    [ "$f" -ne 0 ] && failed_suites+=("$1")
    printf '== %-28s %6d passed, %d failed\n' "$1" "$p" "$f"
}

mkdir -p tests/out
build() { # label make-args...
    local label=$1; shift
    if make -j"$JOBS" "$@" all unit > "tests/out/build-$label.log" 2>&1; then
        echo "== build $label: ok"; total_pass=$((total_pass + 1))
    else
        echo "== build $label: FAILED"; tail -n 40 "tests/out/build-$label.log"
        total_fail=$((total_fail + 1)); failed_suites+=("build-$label")
        return 1
    fi
}
build normal || { echo "$total_pass passed, $total_fail failed"; exit 1; }
build san SAN=1 || true
# A clang build proves the code is warning-free there too.
if have clang; then build clang CC=clang BUILD=build-clang || true; fi

# ---- suites -----------------------------------------------------------------
SAN_SUITES=" unit x64 errors preproc rvjit bench examples stmtcache realasm "
run_suite() { # dir build san
    local name; name=$(basename "$1")
    [ "$3" = 1 ] && name="$name(asan+ubsan)"
    local log="tests/out/$(basename "$1")-$3.log"
    JAS_BUILD="$ROOT/$2" JAS_SAN=$3 JAS_ROOT="$ROOT" bash "$1/run.sh" > "$log" 2>&1
    local rc=$?
    count "$name" "$log" $rc
    if [ $rc -ne 0 ]; then grep -E 'FAIL|error' "$log" | head -n 20 | sed 's/^/   /'; fi
}
for d in tests/*/; do
    d=${d%/}
    [ -f "$d/run.sh" ] || continue
    run_suite "$d" build 0
    case "$SAN_SUITES" in *" $(basename "$d") "*)
        [ -x build-san/jas ] && run_suite "$d" build-san 1 ;;
    esac
done

echo
if [ ${#failed_suites[@]} -gt 0 ]; then echo "failed: ${failed_suites[*]}"; fi
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
