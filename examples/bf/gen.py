#!/usr/bin/env python3
"""Generate the Brainfuck test programs in progs/ and their expected output.

Writing Brainfuck by hand is error-prone, so the programs are built from a
few primitives (go to a cell, add, clear, move, copy, loop, if, print a
decimal).  The generator tracks where the data pointer is, so every
primitive can say "cell 5" instead of counting '>'s.

The expected outputs are computed here in Python, independently of both
engines: run.sh checks interpreter == JIT == expected.

    python3 gen.py            # rewrites progs/*.b and progs/*.expected
"""
import os
from contextlib import contextmanager

HERE = os.path.dirname(os.path.abspath(__file__))


class BF:
    def __init__(self):
        self.code = []
        self.ptr = 0  # cell the data pointer is on, relative to the frame

    def emit(self, s):
        self.code.append(s)

    def text(self, width=72):
        s = "".join(self.code)
        return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"

    def go(self, cell):
        d = cell - self.ptr
        self.emit(">" * d if d > 0 else "<" * -d)
        self.ptr = cell

    def add(self, cell, k):
        self.go(cell)
        k %= 256
        self.emit("+" * k if k <= 128 else "-" * (256 - k))

    def clear(self, cell):
        self.go(cell)
        self.emit("[-]")

    @contextmanager
    def loop(self, cell):
        """while (cell) { body }: the body must end where it started."""
        self.go(cell)
        self.emit("[")
        yield
        self.go(cell)
        self.emit("]")

    @contextmanager
    def walk(self, cell, step):
        """while (cell) { body; pointer += step }: the pointer moves one
        array element per turn.  Inside, cells are numbered relative to the
        element being visited; afterwards the caller says where it stopped
        (self.ptr = ...), since only the program's data knows."""
        self.go(cell)
        self.emit("[")
        yield
        self.go(cell)
        self.emit(">" * step if step > 0 else "<" * -step)
        self.emit("]")

    def move(self, src, dsts):
        """dst += src * mult for each (dst, mult); src becomes 0."""
        with self.loop(src):
            self.add(src, -1)
            for d, m in dsts:
                self.add(d, m)

    def copy(self, src, dst, tmp, mult=1):
        """dst += src * mult, src kept (tmp must be 0, stays 0)."""
        self.move(src, [(dst, mult), (tmp, 1)])
        self.move(tmp, [(src, 1)])

    @contextmanager
    def if_nz(self, cell, tmp, flag):
        """if (cell) { body }, cell kept; tmp and flag must be 0."""
        self.copy(cell, flag, tmp)
        with self.loop(flag):
            self.clear(flag)  # first, so the body may not see it
            yield

    @contextmanager
    def if_zero(self, cell, tmp, flag):
        """if (!cell) { body }, cell kept; tmp and flag must be 0."""
        self.copy(cell, tmp, flag)
        self.add(flag, 1)
        with self.loop(tmp):
            self.clear(tmp)
            self.clear(flag)
        with self.loop(flag):
            self.clear(flag)
            yield

    def divmod10(self, n, q, r, t1, t2):
        """q += n / 10, r = n % 10 (q, r, t1, t2 zero); n becomes 0."""
        with self.loop(n):
            self.add(n, -1)
            self.add(r, 1)
            self.copy(r, t1, t2)
            self.add(t1, -10)
            with self._eq_zero(t1, t2):     # r reached 10: carry into q
                self.clear(r)
                self.add(q, 1)
            self.clear(t1)

    @contextmanager
    def _eq_zero(self, t1, t2):
        # t1 is a scratch copy: destroy it while testing it
        self.add(t2, 1)
        with self.loop(t1):
            self.clear(t1)
            self.clear(t2)
        with self.loop(t2):
            self.clear(t2)
            yield

    def print_digit(self, cell):
        self.add(cell, 48)
        self.emit(".")
        self.add(cell, -48)

    def print_dec(self, v, t):
        """Print cell v (0..255) in decimal, v kept; t = 9 zero scratch cells."""
        a, q, d0, d1, d2, f, g, s1, s2 = t
        self.copy(v, a, s1)
        self.divmod10(a, q, d0, s1, s2)     # q = v / 10, d0 = v % 10
        self.divmod10(q, d2, d1, s1, s2)    # d2 = v / 100, d1 = v / 10 % 10
        with self.if_nz(d2, s1, s2):
            self.print_digit(d2)
            self.add(f, 1)
        self.copy(f, g, s1)                 # g = printed a digit, or d1 != 0
        self.copy(d1, g, s1)
        with self.if_nz(g, s1, s2):
            self.print_digit(d1)
        for c in (d1, d2, f, g):
            self.clear(c)
        self.print_digit(d0)
        self.clear(d0)

    def print_char(self, cell, ch):
        self.add(cell, ord(ch))
        self.emit(".")
        self.clear(cell)


def hello():
    """Hello, World!: one cell, each character reached from the previous by
    adding the difference (long runs of + and - that the JIT fuses)."""
    b = BF()
    b.add(1, 8)
    with b.loop(1):  # cell 0 = 8 * 9 = 72 = 'H', a multiplication loop
        b.add(1, -1)
        b.add(0, 9)
    cur = 72
    for ch in "Hello, World!\n":
        b.add(0, ord(ch) - cur)
        b.emit(".")
        cur = ord(ch)
    return b.text(), "Hello, World!\n"


def loops():
    """Nested loops: reads one byte n, runs n * 200 * 250 turns of an inner
    loop that updates two counters, prints them.  The benchmark program."""
    b = BF()
    N, A, B, C, X, Y = 0, 1, 2, 3, 4, 5
    tmp = list(range(6, 15))
    b.go(N)
    b.emit(",")
    b.move(N, [(A, 1)])
    with b.loop(A):
        b.add(A, -1)
        b.add(B, 200)
        with b.loop(B):
            b.add(B, -1)
            b.add(C, 250)
            with b.loop(C):
                b.add(C, -1)
                b.add(X, 1)
                b.add(Y, 7)
            b.add(X, 3)
    b.print_dec(X, tmp)
    b.print_char(6, " ")
    b.print_dec(Y, tmp)
    b.print_char(6, "\n")

    def expected(n):
        x = y = 0
        for _ in range(n):
            for _ in range(200):
                x = (x + 250 + 3) % 256
                y = (y + 7 * 250) % 256
        return "%d %d\n" % (x, y)
    return b.text(), expected


def sieve(n_max=250):
    """Sieve of Eratosthenes over 2..n_max, printing the primes.

    The numbers are an array of elements of W cells.  A walk visits each
    element; at a prime p it carries a countdown (and p) element by element
    to the right, crossing off every p-th one."""
    assert n_max <= 254
    b = BF()
    W = 16
    G, V, P, C, Q, T0 = 0, 1, 2, 3, 4, 5   # G = 1 in real elements (walk marker)
    t = list(range(6, 15))                # scratch for printing
    base = lambda n: (n - 1) * W          # element for number n; 1 and n_max+1 are sentinels
    for n in range(2, n_max + 1):
        b.add(base(n) + G, 1)
        b.add(base(n) + P, 1)
    b.add(base(2) + V, 2)
    # V(n) = V(n-1) + 1 for n = 3..n_max: a walk reading the previous element
    b.go(base(3) + G)
    b.ptr = G
    with b.walk(G, W):
        b.copy(V - W, V, T0)
        b.add(V, 1)
    b.ptr = base(n_max + 1) + G
    # the sieve walk
    b.go(base(2) + G)
    b.ptr = G
    with b.walk(G, W):
        with b.if_nz(P, t[0], T0):          # p is prime
            b.print_dec(V, t)
            b.print_char(t[0], " ")
            b.copy(V, C, t[0])
            b.copy(V, Q, t[0])
            b.clear(G)                      # mark our element for the way back
            b.go(G + W)
            b.ptr = G
            with b.walk(G, W):              # carry the countdown rightwards
                b.move(C - W, [(C, 1)])
                b.move(Q - W, [(Q, 1)])
                b.add(C, -1)
                with b.if_zero(C, t[0], t[1]):
                    b.clear(P)              # a multiple of p
                    b.copy(Q, C, t[0])
            b.clear(C - W)                  # stopped on the right sentinel
            b.clear(Q - W)
            b.go(G - W)
            b.ptr = G
            with b.walk(G, -W):             # back to our element (G == 0)
                pass
            b.add(G, 1)
    b.ptr = G                              # on the right sentinel
    b.print_char(T0, "\n")

    primes = [p for p in range(2, n_max + 1) if all(p % d for d in range(2, p))]
    return b.text(), "".join("%d " % p for p in primes) + "\n"


def automaton(width=79, gens=40, rule=30):
    """Elementary cellular automaton (rule 30): each generation prints a
    row, then computes the next from each cell and its two neighbours."""
    b = BF()
    W = 12
    G, A, N, S, T1, T2, T3, T4, T5 = range(9)
    K = T5                                  # generation counter, in the home element
    base = lambda i: i * W                  # element 0 = home, 1..width cells, width+1 sentinel
    for i in range(1, width + 1):
        b.add(base(i) + G, 1)
    b.add(base(width // 2 + 1) + A, 1)
    b.add(K, gens)
    with b.loop(K):
        b.add(K, -1)
        b.go(base(1) + G)
        b.ptr = G
        with b.walk(G, W):
            # print this cell
            b.add(T1, 32)
            with b.if_nz(A, T2, T3):
                b.add(T1, 3)                # '#'
            b.go(T1)
            b.emit(".")
            b.clear(T1)
            # S = 4 * left + 2 * self + right, then N = bit S of the rule
            b.copy(A - W, S, T1, 4)
            b.copy(A, S, T1, 2)
            b.copy(A + W, S, T1, 1)
            for k in range(8):              # S == k is tested as S - k == 0
                with b.if_zero(S, T1, T2):
                    b.add(N, rule >> k & 1)
                    b.add(S, 8)             # never 0 again in this loop
                b.add(S, -1)
            b.clear(S)
        b.ptr = base(width + 1) + G
        b.go(base(width) + G)
        b.ptr = G
        with b.walk(G, -W):                 # N -> A, walking back home
            b.clear(A)
            b.move(N, [(A, 1)])
        b.ptr = base(0) + G
        b.print_char(T1, "\n")

    cells = [0] * width
    cells[width // 2] = 1
    out = []
    for _ in range(gens):
        out.append("".join("#" if c else " " for c in cells) + "\n")
        pad = [0] + cells + [0]
        cells = [rule >> (4 * pad[i] + 2 * pad[i + 1] + pad[i + 2]) & 1 for i in range(width)]
    return b.text(), "".join(out)


def main():
    d = os.path.join(HERE, "progs")
    os.makedirs(d, exist_ok=True)

    def write(name, text):
        with open(os.path.join(d, name), "w") as f:
            f.write(text)

    for name, (prog, exp) in (("hello", hello()), ("sieve", sieve()), ("automaton", automaton())):
        write(name + ".b", "[%s: generated by gen.py]\n" % name + prog)
        write(name + ".expected", exp)
    prog, expected = loops()
    write("loops.b", "[loops: reads one byte n; generated by gen.py]\n" + prog)
    for n in (5, 100):  # input files: one byte each
        write("loops-%d.in" % n, chr(n))
        write("loops-%d.expected" % n, expected(n))


if __name__ == "__main__":
    main()
