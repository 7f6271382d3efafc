/* branchy + recursion: count N-queens solutions with bitmasks, and solve
 * sudoku puzzles by backtracking.                                        */
#include <string.h>
#include "bench.h"

static long queens(unsigned all, unsigned cols, unsigned d1, unsigned d2)
{
    if (cols == all) return 1;
    long n = 0;
    unsigned free_ = all & ~(cols | d1 | d2);
    while (free_) {
        unsigned bit = free_ & -free_;
        free_ ^= bit;
        n += queens(all, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
    return n;
}

static int grid[81];
static long tries;

static int ok(int pos, int v)
{
    int r = pos / 9, c = pos % 9, br = r / 3 * 3, bc = c / 3 * 3;
    for (int i = 0; i < 9; i++) {
        if (grid[r * 9 + i] == v || grid[i * 9 + c] == v) return 0;
        if (grid[(br + i / 3) * 9 + bc + i % 3] == v) return 0;
    }
    return 1;
}
static int solve(int pos)
{
    while (pos < 81 && grid[pos]) pos++;
    if (pos == 81) return 1;
    for (int v = 1; v <= 9; v++) {
        tries++;
        if (ok(pos, v)) {
            grid[pos] = v;
            if (solve(pos + 1)) return 1;
        }
    }
    grid[pos] = 0;
    return 0;
}

int main(int argc, char **argv)
{
    int n = (int)bench_size(argc, argv, 14);
    uint64_t h = 0;
    for (int k = 4; k <= n; k++) {
        long s = queens((1u << k) - 1, 0, 0, 0);
        printf("queens(%d) = %ld\n", k, s);
        h = mix64(h, (uint64_t)s);
    }
    static const char *puzzles[] = {
        "530070000600195000098000060800060003400803001700020006060000280000419005000080079",
        "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
        "200080300060070084030500209000105408000000000402706000301007040720040060004010003",
    };
    int solved = 0;
    for (int round = 0; round < (n >= 10 ? n * 30 : 1); round++) {
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < 81; i++) grid[i] = puzzles[p][i] - '0';
            solved += solve(0);
            for (int i = 0; i < 81; i++) h = mix64(h, (uint64_t)grid[i]);
        }
    }
    printf("sudoku solved %d\n", solved);
    h = mix64(h, (uint64_t)tries);
    bench_checksum(h);
    return 0;
}
