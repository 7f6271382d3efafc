/* floating point: Mandelbrot escape counts (double) and a single-precision
 * variant over the same grid.                                            */
#include "bench.h"

int main(int argc, char **argv)
{
    long n = bench_size(argc, argv, 1000);
    const int maxit = 200;
    uint64_t h = 0, total = 0;
    for (long py = 0; py < n; py++) {
        double ci = -1.25 + 2.5 * (double)py / (double)n;
        for (long px = 0; px < n; px++) {
            double cr = -2.0 + 2.6 * (double)px / (double)n;
            double zr = 0, zi = 0, zr2 = 0, zi2 = 0;
            int it = 0;
            while (it < maxit && zr2 + zi2 <= 4.0) {
                zi = 2.0 * zr * zi + ci;
                zr = zr2 - zi2 + cr;
                zr2 = zr * zr;
                zi2 = zi * zi;
                it++;
            }
            total += (uint64_t)it;
            h = mix64(h, (uint64_t)it);
        }
        float cif = (float)ci;
        for (long px = 0; px < n; px += 2) {
            float cr = -2.0f + 2.6f * (float)px / (float)n;
            float zr = 0, zi = 0;
            int it = 0;
            while (it < maxit && zr * zr + zi * zi <= 4.0f) {
                float t = zr * zr - zi * zi + cr;
                zi = 2.0f * zr * zi + cif;
                zr = t;
                it++;
            }
            total += (uint64_t)it;
        }
    }
    printf("iterations %llu\n", (unsigned long long)total);
    bench_checksum(mix64(h, total));
    return 0;
}
