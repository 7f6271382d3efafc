/* A feature-test macro at the top of a .jas.c file must still come before
 * every header: jas writes nothing ahead of the file's own lines but an
 * enum of its global labels. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <time.h>

#include <jas.h>

int main(void)
{
    struct timespec ts;
    int ok_clock = clock_gettime(CLOCK_MONOTONIC, &ts) == 0;
    jas_State *J = jas_new(NULL);
    |*start:
    | mov eax, 11
    | ret
    int (*f)(void) = (int (*)(void))jas_publish(J, "f");
    int ok = f && f() == 11 && jas_global_offset(J, JAS_GLOBAL(start)) == 0;
    printf("%d passed, %d failed\n", ok_clock + ok, !ok_clock + !ok);
    jas_release(J, (void *)f);
    jas_free(J);
    return !(ok && ok_clock);
}
