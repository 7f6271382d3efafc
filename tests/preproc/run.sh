#!/usr/bin/env bash
# Preprocessor + runtime suite.
#  - every tests/preproc/*.jas.c, and rtforms_test.jas.c that gen/rtforms.py
#    generates from the x86-64 table, is run through `jas`, compiled (-Werror,
#    and with ASan+UBSan in the sanitizer run) and executed; each program
#    counts its own checks and ends with "N passed, N failed"; all of this
#    in both output modes (--emit=actions, the default, and --emit=code);
#  - every tests/preproc/errors/*.jas.c must be rejected: jas exits non-zero,
#    writes no output file, and prints each "// expect: LINE:COL: text" of
#    the file as "FILE:LINE:COL: error: text...".
set -u
B=${JAS_BUILD:?set JAS_BUILD}
R=${JAS_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
OUT=$R/tests/out/preproc-${JAS_SAN:-0}
mkdir -p "$OUT"
SANFL=""
[ "${JAS_SAN:-0}" = 1 ] && SANFL="-fsanitize=address,undefined -fno-sanitize-recover=all"
CC=${CC:-cc}
pass=0; fail=0

# generated: every table form with run-time operands against the standalone
# assembler (gen/rtforms.py)
# (all of them with templates, every 6th as straight-line C: see rtforms.py)
gen_actions="$OUT/rtforms_test.jas.c"; gen_code="$OUT/rtforms_sample_test.jas.c"
if ! python3 "$R/tests/preproc/gen/rtforms.py" "$B/jas" "$gen_actions" > /dev/null ||
   ! python3 "$R/tests/preproc/gen/rtforms.py" "$B/jas" "$gen_code" 6 > /dev/null; then
    echo "FAIL rtforms: generator failed"; fail=$((fail + 1)); gen_actions=; gen_code=
fi

# each program twice: blocks as templates for jas_put (the default) and as
# straight-line C (--emit=code); named NAME and NAME[code]
for mode in actions code; do
if [ $mode = actions ]; then gen=$gen_actions; else gen=$gen_code; fi
for f in "$R"/tests/preproc/*.jas.c $gen; do
    b=$(basename "$f" .jas.c)
    if [ $mode = actions ]; then n=$b; tag=$b; else n=$b-code; tag="$b[code]"; fi
    if ! "$B/jas" --emit=$mode -o "$OUT/$n.c" "$f" 2> "$OUT/$n.err"; then
        echo "FAIL $tag: jas rejected it"; cat "$OUT/$n.err"; fail=$((fail + 1)); continue
    fi
    if ! $CC -std=c11 -O1 -g -Wall -Wextra -Werror $SANFL -I"$R/include" -I"$R/src" -I"$R/tests/preproc/gen" \
            -o "$OUT/$n" "$OUT/$n.c" "$B/libjasasm.a" "$B/libjas.a" 2> "$OUT/$n.cc"; then
        echo "FAIL $tag: generated C does not compile"; head -20 "$OUT/$n.cc"; fail=$((fail + 1)); continue
    fi
    "$OUT/$n" > "$OUT/$n.log" 2>&1
    rc=$?
    line=$(grep -E '^([A-Za-z0-9_()+-]+: )?[0-9]+ passed, [0-9]+ failed' "$OUT/$n.log" | tail -n 1)
    if [ -z "$line" ]; then
        echo "FAIL $tag: no summary (exit $rc)"; tail -5 "$OUT/$n.log"; fail=$((fail + 1)); continue
    fi
    p=$(echo "$line" | sed -E 's/^([A-Za-z0-9_()+-]+: )?([0-9]+) passed.*/\2/')
    q=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    grep '^FAIL' "$OUT/$n.log" | sed "s/^FAIL/FAIL [$mode]/"
    echo "$tag: $p passed, $q failed"
    pass=$((pass + p)); fail=$((fail + q))
    [ $rc -ne 0 ] && [ "$q" -eq 0 ] && { echo "FAIL $tag: exit $rc"; fail=$((fail + 1)); }
done
done

for f in "$R"/tests/preproc/errors/*.jas.c; do
    n=$(basename "$f" .jas.c)
    echo stale > "$OUT/err-$n.c"   # an earlier run's output must not survive an error
    timeout 60 "$B/jas" -o "$OUT/err-$n.c" "$f" > /dev/null 2> "$OUT/err-$n.txt"
    rc=$?
    ok=1
    if [ $rc -eq 0 ] || [ $rc -ge 128 ]; then echo "FAIL $n: exit status $rc"; ok=0; fi
    if [ -e "$OUT/err-$n.c" ]; then echo "FAIL $n: output file left behind"; ok=0; fi
    while IFS= read -r exp; do
        want="$f:${exp%%: *}: error: ${exp#*: }"
        if ! grep -qF -- "$want" "$OUT/err-$n.txt"; then
            echo "FAIL $n: missing '$want'"; ok=0
        fi
    done < <(grep -oE '// expect: .*' "$f" | sed 's|// expect: ||')
    if grep -q "AddressSanitizer\|runtime error" "$OUT/err-$n.txt"; then echo "FAIL $n: sanitizer"; ok=0; fi
    if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); sed 's/^/    /' "$OUT/err-$n.txt" | head -20; fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
