#!/usr/bin/env python3
"""Real compiler output: the project's own C files, compiled by gcc (and a
few by clang) to Intel syntax assembly, assembled by jas and by GNU as + ld; the whole images (code
and data) must be byte-identical, and every symbol must have the same value.

GNU's side is linked with a linker script that places every section where
docs/assembler.md ("Output layout") says jas puts it: code sections (.text
first, then the others in order of first appearance), then .rodata*, then the
other data sections, then .bss*, each at the next multiple of its alignment.
The script computes that layout itself from the section sizes and alignments
of GNU's object and the order the sections appear in the source, so a layout
bug in jas shows up as a difference, like an encoding bug.

The raw image cannot hold undefined symbols: each one (`nm -u` of GNU's
object) gets a stub `name: ret` at the end of .text, in both inputs.  GNU's
input alone has its mergeable sections ("aMS", "aM") made plain ones, as ld
would otherwise merge identical strings and constants (jas does not: a
documented difference); jas gets gcc's text untouched."""
import argparse, concurrent.futures, os, re, struct, subprocess, sys, time

# (file, options) -- the same file at several levels gives other instruction
# mixes; -fno-pic adds absolute addresses (OFFSET FLAT:sym, [sym], .quad sym).
CASES = [
    ('src/front/asm.c', '-O2'), ('src/front/asm.c', '-O0'), ('src/front/asm.c', '-Os -fno-pic'),
    ('src/front/expr.c', '-O2'), ('src/front/expr.c', '-O0 -fno-pic'),
    ('src/front/lex.c', '-O2'), ('src/front/lex.c', '-Os'),
    # its _Thread_local shape cache is fs:sym@tpoff, a TLS relocation a raw
    # image cannot resolve: jas must reject those lines and no others ...
    ('src/x64/x64_encode.c', '-O2', r"relocation '@tpoff' is not supported"),
    # ... and without the TLS the whole file must be identical
    ('src/x64/x64_encode.c', '-O2 -D_Thread_local='), ('src/x64/x64_encode.c', '-O0 -D_Thread_local='),
    ('src/x64/x64_encode.c', '-O2 -fno-pic -D_Thread_local='),
    ('src/x64/x64_parse.c', '-O2'), ('src/x64/x64_parse.c', '-Os'),
    ('src/x64/x64_table.c', '-O2'), ('src/x64/x64_table.c', '-O2 -fno-pic'),
    ('src/x64/x64_variants.c', '-O2'), ('src/x64/x64_variants.c', '-O0'),
    ('src/pre/pre.c', '-O2'), ('src/pre/pre.c', '-Os'),
    ('src/pre/tpl.c', '-O2'), ('src/pre/tpl_c.c', '-O0'),
    ('src/runtime/link.c', '-O2'), ('src/runtime/put.c', '-O2 -fno-pic'),
    ('src/runtime/labels.c', '-O0'),
    ('src/cli/main.c', '-O2'), ('src/common/util.c', '-O2'), ('src/common/diag.c', '-Os'),
    # -g: debug sections are not output, but must assemble (view numbers,
    # LEB128 label differences across relaxable code, section symbols)
    ('src/front/lex.c', '-O2 -g'), ('src/x64/x64_variants.c', '-O0 -g'),
    ('src/mem/mem_pool.c', '-O2'), ('src/mem/mem_dualmap.c', '-O0'),
    ('rvjit/decode.c', '-O2'), ('rvjit/decode.c', '-O0'),
    ('rvjit/cache.c', '-O2'), ('rvjit/cache.c', '-Os -fno-pic'),
    ('rvjit/syscall.c', '-O2 -D_Thread_local='), ('rvjit/elf.c', '-O2'),
    # rvjit's per-thread state (_Thread_local) needs TLS relocations
    ('rvjit/syscall.c', '-O2', r"relocation '@(got)?tpoff' is not supported"),
    # clang's spelling (lower-case `qword ptr`, `[rbx + 8*rcx + 16]`,
    # `rep movsq qword ptr es:[rdi], qword ptr [rsi]`...); with PIC it
    # reaches external data through the GOT (`sym@GOTPCREL`), a relocation
    # a raw image cannot resolve
    ('src/front/asm.c', 'clang -O2 -fno-pic'), ('src/x64/x64_parse.c', 'clang -O2 -fno-pic'),
    ('src/pre/tpl.c', 'clang -Os -fno-pic'), ('rvjit/cache.c', 'clang -O2 -fno-pic'),
    ('src/common/util.c', 'clang -O1 -g -fno-pic'),
    ('src/x64/x64_parse.c', 'clang -O2', r"relocation '@GOTPCREL' is not supported"),
    # x86-64-v3 (BMI1/2, LZCNT, MOVBE: shlx, sarx, andn, bzhi, movbe...)
    ('src/front/asm.c', '-O2 -march=x86-64-v3'), ('rvjit/decode.c', '-O2 -march=x86-64-v3'),
    ('src/x64/x64_encode.c', '-O2 -march=x86-64-v3 -D_Thread_local='),
    # C++ exceptions: .gcc_except_table's .uleb128 of label differences
    # across relaxable code (sized by the layout); the .cfi_* that
    # exceptions bring are ignored (GNU's side has them removed)
    ('tests/realasm/except.cpp', '-O2 -fno-pic'), ('tests/realasm/except.cpp', '-O0 -fno-pic'),
    ('tests/realasm/except.cpp', '-Os -fno-pic'),
    # hand-written: .local/.comm and .lcomm after .bss's own content
    ('tests/realasm/comm.s', ''),
    # +fp: without -mgeneral-regs-only, so with float/double code in SSE
    # registers (movsd, cvtsi2sd, ucomisd, pxor...) and SSE2 vectorization
    ('src/front/expr.c', '-O2 +fp'), ('src/x64/x64_variants.c', '-O3 +fp'),
    ('src/x64/x64_parse.c', '-O3 +fp'), ('tests/realasm/simd.c', '-O2 +fp'),
    ('tests/realasm/simd.c', '-O3 -fno-pic +fp'), ('tests/realasm/simd.c', '-O0 +fp'),
    ('tests/realasm/simd.c', 'clang -O2 -fno-pic +fp'),
    # AVX2/FMA/F16C (x86-64-v3): VEX forms, ymm vectorization, vzeroupper
    ('tests/realasm/simd.c', '-O3 -march=x86-64-v3 +fp'),
    ('src/x64/x64_parse.c', '-O3 -march=x86-64-v3 +fp'),
    ('tests/realasm/simd.c', 'clang -O3 -march=x86-64-v3 -fno-pic +fp'),
    # x86-64-v4: AVX-512 code from the compiler (EVEX, zmm, ymm16+, opmasks)
    ('src/x64/x64_parse.c', '-O3 -march=x86-64-v4 +fp'), ('src/front/asm.c', '-O2 -march=x86-64-v4 +fp'),
    # x87: long double arithmetic, conversions, comparisons, libm-style code
    # (fld/fstp TBYTE PTR, fild/fistp, fnstcw/fldcw, fcomi/fucomip, fcmov,
    # the st(i) forms of fsub/fsubr/fdiv/fdivr); rvjit/fp.c rounds with it
    ('rvjit/fp.c', '-O2 +fp'),
    ('tests/realasm/x87.c', '-O2 +fp'), ('tests/realasm/x87.c', '-O0 +fp'),
    ('tests/realasm/x87.c', '-Os -fno-pic +fp'), ('tests/realasm/x87.c', 'clang -O2 -fno-pic +fp'),
]
GCC = ['gcc', '-S', '-masm=intel', '-mgeneral-regs-only', '-fno-asynchronous-unwind-tables',
       '-std=c11', '-D_GNU_SOURCE', '-Iinclude', '-Isrc', '-Irvjit']
# clang: the same, without its .addrsig section (GNU as does not know it)
CLANG = ['clang', '-fno-addrsig'] + GCC[1:]
TEXT, RODATA, DATA, BSS, DISCARD = range(5)


class Fail(Exception):
    pass


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def must(cmd, what):
    r = run(cmd)
    if r.returncode:
        raise Fail(f'{what} failed: {(r.stderr or r.stdout).strip()[:600]}')
    return r.stdout


# ---- ELF64 (little-endian) sections and symbols ------------------------------
def elf_sections(path):
    d = open(path, 'rb').read()
    shoff, = struct.unpack_from('<Q', d, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from('<HHH', d, 0x3a)
    raw = [struct.unpack_from('<IIQQQQIIQQ', d, shoff + i * shentsize) for i in range(shnum)]
    strtab = raw[shstrndx]
    out = []
    for (name, typ, flags, addr, off, size, link, info, align, entsize) in raw:
        n = d[strtab[4] + name:d.index(b'\0', strtab[4] + name)].decode()
        out.append(dict(name=n, type=typ, flags=flags, addr=addr, size=size, align=max(align, 1),
                        data=d[off:off + size] if typ != 8 else bytes(size)))
    return out


def kind(name, flags):
    """The jas section kind of get_section() in src/front/asm.c, as documented."""
    def starts(p):
        return name == p or name.startswith(p + '.')
    if starts('.text') or flags & 4 or name.startswith('.init') or name.startswith('.fini'):
        return TEXT
    if any(name.startswith(p) for p in ('.note', '.comment', '.debug', '.stab', '.gnu.lto', '.llvm')):
        return DISCARD
    if starts('.rodata'):
        return RODATA
    if starts('.bss') or name.startswith('.tbss') or name.startswith('.sbss'):
        return BSS
    return DATA


SEC_DIRECTIVE = re.compile(r'^\s*\.(text|data|bss|section|pushsection)\b\s*([^\s,"]*)')
COMM = re.compile(r'^\s*\.(comm|lcomm)\b')
MERGE = re.compile(r'^(\s*\.section\s+[^,\s]+\s*,\s*")([^"]*)("\s*,\s*@\w+)\s*,\s*\d+\s*$')


def section_order(src):
    """Section names in order of first appearance (jas creates .text first)."""
    order = ['.text']
    for l in src.splitlines():
        m = SEC_DIRECTIVE.match(l)
        if m:
            name = '.' + m.group(1) if m.group(1) in ('text', 'data', 'bss') else m.group(2)
        elif COMM.match(l):
            name = '.bss'
        else:
            continue
        if name and name not in order:
            order.append(name)
    return order


def unmerge(src):
    """`.section .rodata.str1.1,"aMS",@progbits,1` -> `...,"a",@progbits`;
    `.cfi_*` lines dropped: jas ignores them (docs/assembler.md), where GNU
    would build an .eh_frame from them."""
    def fix(m):
        return m.group(1) + m.group(2).replace('M', '').replace('S', '') + m.group(3)
    return '\n'.join(MERGE.sub(fix, l) for l in src.splitlines()
                     if not l.lstrip().startswith('.cfi_')) + '\n'


def count_insns(src):
    n = 0
    for l in src.splitlines():
        t = l.strip()
        if t and not t.startswith(('.', '#')) and not t.endswith(':'):
            n += 1
    return n


def check(case, jas, root, tmp):
    path, opts, reject = (case + (None,))[:3]
    base = os.path.join(tmp, re.sub(r'[^A-Za-z0-9]+', '_', path + opts))
    if path.endswith('.s'):
        src = open(os.path.join(root, path)).read()
    else:
        cc, flags = (CLANG, opts.split()[1:]) if opts.startswith('clang') else (GCC, opts.split())
        if '+fp' in flags:  # floating point and SIMD allowed
            flags = [f for f in flags if f != '+fp']
            cc = [w for w in cc if w != '-mgeneral-regs-only']
        if path.endswith('.cpp'):  # the C++ compiler, its standard
            cc = [{'gcc': 'g++', 'clang': 'clang++'}.get(w, w) for w in cc]
            cc = ['-std=c++17' if w == '-std=c11' else w for w in cc]
        r = run(cc + flags + ['-o', base + '.s', path], cwd=root)
        if r.returncode:
            raise Fail(cc[0] + ' failed: ' + r.stderr.strip()[:600])
        src = open(base + '.s').read()
    # stubs for the undefined symbols, found by GNU as
    open(base + '.g0.s', 'w').write(unmerge(src))
    must(['as', '--64', '-o', base + '.g0.o', base + '.g0.s'], 'GNU as')
    undef = sorted(must(['nm', '-u', base + '.g0.o'], 'nm').split()[1::2])
    stubs = ''.join(f'{u}:\n\tret\n' for u in undef)
    stubs = '\t.text\n' + stubs if stubs else ''
    src += stubs
    open(base + '.s', 'w').write(src)
    open(base + '.g.s', 'w').write(unmerge(src))
    must(['as', '--64', '--keep-locals', '-o', base + '.o', base + '.g.s'], 'GNU as')
    if reject:   # a construct a raw image cannot hold: only these errors
        r = run([jas, '--arch=x64', '--max-errors=0', '-o', base + '.bin', base + '.s'])
        errs = [l for l in r.stderr.splitlines() if ': error:' in l]
        other = [l for l in errs if not re.search(reject, l)]
        if r.returncode != 1 or not errs or other:
            raise Fail(f'expected only errors matching "{reject}", got status {r.returncode}:\n      ' +
                       '\n      '.join((other or errs or r.stderr.splitlines())[:10]))
        return dict(rejected=len(errs), insns=0, bytes=0, text=0, syms=0, stubs=0, secs=0)
    # the layout jas must use
    secs = {s['name']: s for s in elf_sections(base + '.o') if s['flags'] & 2}  # SHF_ALLOC
    order = [n for n in section_order(src) if n in secs]
    missing = {n for n, s in secs.items() if s['size']} - set(order)
    if missing:
        raise Fail(f'sections not found in the source: {sorted(missing)}')
    place, addr = [], 0
    for k in (TEXT, RODATA, DATA, BSS):
        for n in order:
            s = secs[n]
            if kind(n, s['flags']) != k or s['size'] == 0:
                continue
            addr = (addr + s['align'] - 1) & -s['align']
            place.append((n, addr))
            addr += s['size']
    lds = 'SECTIONS {\n' + ''.join(f'  {n} 0x{a:x} : {{ *({n}) }}\n' for n, a in place) + \
        '  /DISCARD/ : { *(*) }\n}\n'
    open(base + '.ld', 'w').write(lds)
    must(['ld', '-N', '-T', base + '.ld', '-e', '0', '-o', base + '.elf', base + '.o'], 'ld')
    out = {s['name']: s for s in elf_sections(base + '.elf')}
    ref = bytearray(addr)
    for n, a in place:
        s = out.get(n)
        if not s or s['addr'] != a or s['size'] != secs[n]['size']:
            raise Fail(f'ld did not place {n} at 0x{a:x}')
        ref[a:a + s['size']] = s['data']
    # jas
    r = run([jas, '--arch=x64', '--symbols', '--max-errors=0', '-o', base + '.bin', base + '.s'])
    if r.returncode:
        errs = [l for l in r.stderr.splitlines() if ': error:' in l]
        raise Fail(f'jas rejects gcc output ({len(errs)} errors):\n      ' +
                   '\n      '.join(errs[:10] or r.stderr.splitlines()[:10]))
    got = open(base + '.bin', 'rb').read()
    if os.environ.get('REALASM_CORRUPT') and got:   # prove the check can fail
        k = int(os.environ['REALASM_CORRUPT']) % len(got)
        got = got[:k] + bytes([got[k] ^ 1]) + got[k + 1:]
    jsyms = {}
    for l in r.stdout.splitlines():
        p = l.split()
        if len(p) == 3:
            jsyms[p[2]] = int(p[0], 16)
    gsyms = {}
    for l in must(['nm', base + '.elf'], 'nm').splitlines():
        p = l.split()
        if len(p) == 3 and p[1] not in 'aAU':
            gsyms[p[2]] = int(p[0], 16)
    problems = []
    if got != bytes(ref):
        k = next((i for i in range(min(len(got), len(ref))) if got[i] != ref[i]), min(len(got), len(ref)))
        sec = next((n for n, a in reversed(place) if a <= k), '?')
        near = max(((v, s) for s, v in gsyms.items() if v <= k), default=(0, '?'))
        ndiff = sum(1 for i in range(min(len(got), len(ref))) if got[i] != ref[i])
        where = f'0x{k:x} in {sec}, {near[1]}+0x{k - near[0]:x}'
        lst = run([jas, '--arch=x64', '--listing', '-o', base + '.bin2', base + '.s']).stdout
        at = sorted((l for l in lst.splitlines() if re.match(r'^[0-9a-f]{8} ', l) and int(l[:8], 16) <= k),
                    key=lambda l: int(l[:8], 16))   # the listing is in source order
        problems.append(f'images differ: jas {len(got)} bytes, GNU {len(ref)} bytes, {ndiff} bytes differ, '
                        f'first at {where}: jas {got[k:k + 8].hex()} GNU {bytes(ref[k:k + 8]).hex()}' +
                        (f'\n      near: {at[-1]}' if at else ''))
    common = set(jsyms) & set(gsyms)
    bad = sorted(s for s in common if jsyms[s] != gsyms[s])
    if bad:
        problems.append(f'{len(bad)} symbols differ, e.g. ' +
                        ', '.join(f'{s} jas 0x{jsyms[s]:x} GNU 0x{gsyms[s]:x}' for s in bad[:5]))
    lost = sorted(set(gsyms) - set(jsyms))
    if lost:
        problems.append(f'{len(lost)} GNU symbols missing from jas --symbols, e.g. {lost[:5]}')
    if problems:
        raise Fail('\n    '.join(problems))
    text = sum(secs[n]['size'] for n, _ in place if kind(n, secs[n]['flags']) == TEXT)
    return dict(insns=count_insns(src) - len(undef), bytes=len(got), text=text,
                syms=len(common), stubs=len(undef), secs=len(place))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--jas', required=True)
    ap.add_argument('--root', required=True)
    ap.add_argument('--tmp', required=True)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--only', default='', help='regex: run the cases whose "file options" match')
    a = ap.parse_args()
    cases = [c for c in CASES if re.search(a.only, f'{c[0]} {c[1]}')]
    cases = [c for c in cases if os.path.isfile(os.path.join(a.root, c[0]))]
    t0 = time.time()
    passed, failed = 0, 0
    tot = dict(insns=0, bytes=0, text=0, syms=0)
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        futs = [ex.submit(check, c, a.jas, a.root, a.tmp) for c in cases]
        for c, f in zip(cases, futs):
            name = f'{c[0]} {c[1]}'
            try:
                r = f.result()
            except Fail as e:
                print(f'FAIL {name}: {e}')
                failed += 1
                continue
            passed += 1
            if 'rejected' in r:
                print(f'ok   {name:40s} jas rejects {r["rejected"]} lines, as expected: {c[2]}')
                continue
            for k in tot:
                tot[k] += r[k]
            print(f'ok   {name:40s} {r["insns"]:6d} insns {r["text"]:7d} code bytes {r["bytes"]:7d} image bytes '
                  f'{r["secs"]:2d} sections {r["syms"]:5d} symbols {r["stubs"]:3d} stubs')
    print(f'{passed + failed} cases: {tot["insns"]} instructions, {tot["text"]} bytes of code, '
          f'{tot["bytes"]} bytes of image, {tot["syms"]} symbols identical to GNU as + ld '
          f'({time.time() - t0:.1f} s)')
    print(f'realasm: {passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
