#!/usr/bin/env bash
# jas emission benchmark, one command: jas vs AsmJit, Xbyak and the Zydis
# encoder (emission speed, cold latency, code size, footprint) and the
# standalone assembler vs GNU as.  Writes the "## jas" section of
# docs/bench.md (between its markers).  See bench/README.md.
#
#   bash bench/run.sh            full run (~3-5 min), updates docs/bench.md
#   bash bench/run.sh --quick    smallest size, one repetition; writes nothing
#   other options go to bench/bench.py (--cpu N, --no-write, --skip PART,...)
#   env: JAS_BUILD (default build); DYNASM_DIR=/path/to/LuaJIT/dynasm adds
#        DynASM as a peer (Debian ships LuaJIT without it; bench/README.md)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${JAS_BUILD:-$ROOT/build}
JOBS=$(nproc 2>/dev/null || echo 2)

# ---- dependencies (apt-get when missing) -------------------------------------
pkgs=()
[ -e /usr/include/asmjit/x86.h ] || pkgs+=(libasmjit-dev)
[ -e /usr/include/xbyak/xbyak.h ] || pkgs+=(libxbyak-dev)
[ -e /usr/include/Zydis/Zydis.h ] || pkgs+=(libzydis-dev)
[ -e /usr/include/capstone/capstone.h ] || pkgs+=(libcapstone-dev)
command -v valgrind >/dev/null || pkgs+=(valgrind)
command -v as >/dev/null || pkgs+=(binutils)
command -v g++ >/dev/null || pkgs+=(g++)
command -v python3 >/dev/null || pkgs+=(python3)
command -v taskset >/dev/null || pkgs+=(util-linux)
if [ ${#pkgs[@]} -gt 0 ]; then
    echo "== installing: ${pkgs[*]}"
    SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi

# ---- build: jas by the top-level make (-O2), then the bench -------------------
echo "== build"
make -C "$ROOT" -s -j"$JOBS" BUILD="$BUILD" "$BUILD/jas" "$BUILD/libjas.a"
make -C "$ROOT" -s -j"$JOBS" -f bench/Makefile BUILD="$BUILD" OPT=-O2 DYNASM_DIR="${DYNASM_DIR:-}" all code

exec python3 "$ROOT/bench/bench.py" --root "$ROOT" --build "$BUILD" "$@"
