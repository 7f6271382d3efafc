#!/usr/bin/env python3
"""Real instruction streams: the x86-64 code of binaries installed on this
machine, disassembled by objdump, assembled again by jas and by GNU as.

Every distinct instruction text that jas's table covers must give the same
bytes from both assemblers (one case per distinct line).  Lines GNU as itself
rejects are dropped; so are relative branches to raw addresses (`jmp 4f2a`,
also after prefix words: `rex.RB jmp 55965553`, `bnd jle 1aac8e`),
which objdump prints as an address, not as assemblable source.  Lines with a
mnemonic jas's table does not have (x87, AVX-512 ...), or with a kind of
register none of the mnemonic's forms takes (ymm for an SSE-only mnemonic,
xmm16-31 and {k1} decorations, or any line GNU encodes with EVEX), are outside what this suite
checks: they are counted and listed, never counted as passed.  Any other line that jas rejects,
or assembles to other bytes than GNU as, is a failure."""
import argparse, collections, os, re, subprocess, sys

# (objdump may put prefix words before it: `rex.RB jmp 55965553`, `bnd jmp`)
BRANCH_TO_ADDR = re.compile(r'^((rex(\.[wrxb]+)?|bnd|notrack|repnz|repz|repne|repe|data16|addr32|[c-g]s|ds|ss)\s+)*'
                            r'(j[a-z]+|call[wq]?|loop[a-z]*|jmp|xbegin|jrcxz|jecxz)\s+(0x)?[0-9a-f]+$', re.I)
PREFIX_WORD = re.compile(r'^(rex(\.[wrxb]+)?|rex64|bnd|notrack|lock|rep[a-z]*|data16|addr32|'
                         r'xacquire|xrelease|[c-g]s|ds|ss|\{(vex|vex2|vex3|evex)\})$')
VREG = re.compile(r'\b(xmm|ymm|zmm|mm|st|k|bnd)(\(?\d+\)?)?\b')


def reg_kinds(text):
    """The register kinds a line or a table row's operands name: xmm, ymm, mm,
    st, k...; registers 16..31 (EVEX only) and EVEX decorations ({k1}, {1to8},
    {sae}) count as the kind `evex`."""
    kinds = set()
    for m in VREG.finditer(text.lower()):
        k, n = m.group(1), m.group(2) or ''
        if k in ('xmm', 'ymm', 'zmm') and n.isdigit() and int(n) > 15:
            k = 'evex'
        kinds.add(k)
    if '{' in text:
        kinds.add('evex')
    return kinds


def run(cmd, data=None):
    return subprocess.run(cmd, input=data, capture_output=True, text=True)


def instruction_lines(binaries, limit):
    seen = {}
    for b in binaries:
        out = run(['objdump', '-d', '-M', 'intel', '--no-show-raw-insn', b]).stdout
        for l in out.splitlines():
            parts = l.split('\t')
            if len(parts) < 2 or not re.match(r'^\s+[0-9a-f]+:$', parts[0]):
                continue
            t = re.sub(r'\s+#.*$', '', parts[1])
            t = re.sub(r'\s*<[^>]*>', '', t).strip()
            if not t or '(bad)' in t or BRANCH_TO_ADDR.match(t):
                continue
            seen[t] = seen.get(t, 0) + 1
    # the most frequent first: a limit keeps what real code uses most
    return [t for t, _ in sorted(seen.items(), key=lambda kv: -kv[1])][:limit]


def random_object(seed, count, tmp):
    """An object file whose .text is `count` random instructions' worth of
    bytes: optional legacy prefixes and REX, then an opcode start picked
    among the 0F/0F38/0F3A maps, VEX (C4/C5), EVEX (62), XOP (8F), x87,
    3DNow! and the one-byte groups, then random bytes.  objdump resyncs on
    its own; the lines GNU takes back test what real code rarely holds
    (prefix-only lines, AMD-only and system instructions...)."""
    import random
    rng = random.Random(seed)
    pre = [0x66, 0x67, 0xF2, 0xF3, 0xF0, 0x2E, 0x3E, 0x26, 0x64, 0x65, 0x36]
    starts = ([[0x0F, b] for b in range(256)] + [[0x0F, 0x38, b] for b in range(256)]
              + [[0x0F, 0x3A, b] for b in range(256)] + [[0xC4], [0xC5], [0x62], [0x8F]] * 64
              + [[b] for b in range(0xD8, 0xE0)] * 16 + [[0x0F, 0x0F]] * 32 + [[b] for b in range(256)])
    out = bytearray()
    for _ in range(count):
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
            out.append(rng.choice(pre))
        if rng.random() < 0.3:
            out.append(rng.randrange(0x40, 0x50))
        out += bytes(rng.choice(starts))
        out += bytes(rng.randrange(256) for _ in range(rng.randrange(2, 10)))
    src = f'{tmp}/random{seed}.s'
    with open(src, 'w') as f:
        f.write('.text\n')
        for i in range(0, len(out), 32):
            f.write('.byte ' + ','.join(str(b) for b in out[i:i + 32]) + '\n')
    subprocess.run(['as', '-o', f'{tmp}/random{seed}.o', src], check=True)
    return f'{tmp}/random{seed}.o'


def gnu_accepts(lines, tmp):
    for _ in range(6):
        r = run(['as', '-msyntax=intel', '-mnaked-reg', '-mindex-reg', '-o', f'{tmp}/probe.o', '-'],
                '.intel_syntax noprefix\n' + '\n'.join(lines) + '\n')
        bad = {int(m.group(1)) - 2 for m in re.finditer(r'^\{standard input\}:(\d+): (Error|Warning)', r.stderr, re.M)}
        if not bad:
            return lines
        lines = [l for i, l in enumerate(lines) if i not in bad]
    sys.exit('GNU as keeps rejecting lines; giving up')


def labelled(lines):
    return ''.join(f'L{i}:\n{l}\n' for i, l in enumerate(lines)) + f'L{len(lines)}:\n'


def gnu_bytes(lines, tmp):
    with open(f'{tmp}/g.s', 'w') as f:
        f.write('.intel_syntax noprefix\n' + labelled(lines))
    subprocess.run(['as', '-msyntax=intel', '-mnaked-reg', '-mindex-reg', '-o', f'{tmp}/g.o', f'{tmp}/g.s'], check=True)
    subprocess.run(['objcopy', '-O', 'binary', '-j', '.text', f'{tmp}/g.o', f'{tmp}/g.bin'], check=True)
    off = {}
    for l in run(['nm', f'{tmp}/g.o']).stdout.splitlines():
        p = l.split()
        if len(p) != 3:  # undefined symbols: a line naming one (e.g. `call foo`)
            continue
        a, _, n = p
        if n[0] == 'L' and n[1:].isdigit():
            off[int(n[1:])] = int(a, 16)
    code = open(f'{tmp}/g.bin', 'rb').read()
    return [code[off[i]:off[i + 1]] for i in range(len(lines))]


def jas_bytes(jas, lines, tmp):
    """Bytes per line, or the error message for lines jas rejects."""
    errors = {}
    idx = list(range(len(lines)))
    for _ in range(10):   # rejected lines are dropped and the rest re-run
        r = run([jas, '--arch=x64', '--max-errors=0', '-o', f'{tmp}/j.bin', '-'],
                ''.join(lines[i] + '\n' for i in idx))
        bad = {}
        for m in re.finditer(r'^[^\n]*?:(\d+):\d+: error: (.*)$', r.stderr, re.M):
            bad.setdefault(int(m.group(1)) - 1, m.group(2))
        if r.returncode < 0 or (r.returncode and not bad):
            sys.exit(f'jas failed without a diagnostic (status {r.returncode}): {r.stderr[:300]}')
        if not bad:
            break
        for k, msg in bad.items():
            errors[idx[k]] = msg
        idx = [i for k, i in enumerate(idx) if k not in bad]
    sub = [lines[i] for i in idx]
    r = run([jas, '--arch=x64', '--symbols', '-o', f'{tmp}/j.bin', '-'], labelled(sub))
    if r.returncode:
        sys.exit(f'jas failed on lines it accepted before: {r.stderr[:300]}')
    off = {}
    for l in r.stdout.splitlines():
        p = l.split()
        if len(p) == 3 and p[2][0] == 'L' and p[2][1:].isdigit():
            off[int(p[2][1:])] = int(p[0], 16)
    code = open(f'{tmp}/j.bin', 'rb').read()
    out = {i: code[off[k]:off[k + 1]] for k, i in enumerate(idx)}
    return out, errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--jas', required=True)
    ap.add_argument('--tmp', required=True)
    ap.add_argument('--limit', type=int, default=200000)
    ap.add_argument('--show', type=int, default=40, help='failures to print')
    ap.add_argument('--show-outside', type=int, default=0, help='outside mnemonics to list')
    ap.add_argument('--random', action='append', default=[], metavar='SEED:COUNT',
                    help='also random bytes of COUNT instructions (see random_object)')
    ap.add_argument('binaries', nargs='*')
    a = ap.parse_args()
    bins = [b for b in a.binaries if os.path.isfile(b)]
    rnd = []
    for r in a.random:
        seed, count = (int(x) for x in r.split(':'))
        rnd.append(random_object(seed, count, a.tmp))
    if not bins and not rnd:
        print('FAIL: none of the binaries exist'); print('realstream: 0 passed, 1 failed'); return 1
    print('binaries:', ' '.join(bins + rnd))
    # mnemonic -> the register kinds its forms take
    table = collections.defaultdict(set)
    for l in run([a.jas, '--dump-table=x64']).stdout.splitlines():
        p = l.split('|')
        if len(p) > 1:
            table[p[0].lower()] |= reg_kinds(p[1])
    # the random bytes' lines are not subject to the limit (each is rare)
    lines = instruction_lines(bins, a.limit) if bins else []
    seen = set(lines)
    lines += [l for l in instruction_lines(rnd, 1 << 40) if l not in seen] if rnd else []
    lines = gnu_accepts(lines, a.tmp)
    ref = gnu_bytes(lines, a.tmp)
    got, errors = jas_bytes(a.jas, lines, a.tmp)
    passed, failed, scope = 0, [], collections.Counter()
    for i, l in enumerate(lines):
        # the mnemonic after any prefix words (`data16 ud1 bx, ...` is a
        # ud1 line); a line of prefixes alone is in the table's scope too
        words = l.lower().replace(',', ' ').split()
        k = 0
        while k < len(words) - 1 and PREFIX_WORD.match(words[k]):
            k += 1
        mn = words[k] if not PREFIX_WORD.match(words[k]) else ''
        if not mn:
            table.setdefault('', set())
        if i in errors:
            # EVEX: GNU's bytes start (after 66/67/segment prefixes) with 62
            evex = ref[i].lstrip(bytes([0x66, 0x67, 0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65]))[:1] == b'\x62'
            if mn not in table or not reg_kinds(l) <= table[mn] or evex:
                scope[mn] += 1
            else:
                failed.append(f'{l}: jas: {errors[i]}')
        elif got[i] == ref[i]:
            passed += 1
        else:
            failed.append(f'{l}: jas {got[i].hex()} GNU as {ref[i].hex()}')
    for f in failed[:a.show]:
        print('FAIL', f)
    print(f'{len(lines)} distinct instruction lines accepted by GNU as; {passed} identical, '
          f'{len(failed)} differ or rejected, {sum(scope.values())} outside the table '
          f'({len(scope)} mnemonics, most used: ' + ', '.join(f'{m} {c}' for m, c in scope.most_common(8)) + ')')
    if a.show_outside:
        print('outside:', ', '.join(f'{m} {c}' for m, c in scope.most_common(a.show_outside)))
    print(f'realstream: {passed} passed, {len(failed)} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
