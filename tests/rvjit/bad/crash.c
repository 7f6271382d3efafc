/* C-level faults selected by argv[1]: a NULL read, unbounded recursion
 * (stack overflow), a call through a wild pointer, and guests that catch
 * their own SIGSEGV / SIGILL / SIGFPE-free division and carry on.         */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static sigjmp_buf jb;
static volatile void *fault_addr;
static volatile int caught;

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
    (void)ctx;
    caught = sig;
    fault_addr = si->si_addr;
    siglongjmp(jb, 1);
}

static int depth(int n)
{
    volatile char pad[512];
    pad[0] = (char)n;
    return depth(n + 1) + pad[0];
}

int main(int argc, char **argv)
{
    const char *m = argc > 1 ? argv[1] : "";
    setvbuf(stdout, NULL, _IONBF, 0);
    if (!strcmp(m, "null")) {
        printf("reading NULL\n");
        return *(volatile int *)0;
    }
    if (!strcmp(m, "stack")) {
        printf("recursing\n");
        return depth(0);
    }
    if (!strcmp(m, "wild")) {
        void (*f)(void) = (void (*)(void))0xdeadbeef000UL;
        printf("calling a wild pointer\n");
        f();
        return 0;
    }
    if (!strcmp(m, "catch")) {
        /* the guest handles its own faults */
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = on_fault;
        sa.sa_flags = SA_SIGINFO;
        sigaction(SIGSEGV, &sa, NULL);
        sigaction(SIGILL, &sa, NULL);
        int ok = 0;
        if (sigsetjmp(jb, 1) == 0) {
            *(volatile int *)0x10 = 1;
        } else {
            printf("caught signal %d at address %p\n", caught, (void *)fault_addr);
            ok += caught == SIGSEGV && fault_addr == (void *)0x10;
        }
        if (sigsetjmp(jb, 1) == 0) {
            __asm__ volatile(".word 0xc0001073");   /* unimp */
        } else {
            printf("caught signal %d\n", caught);
            ok += caught == SIGILL;
        }
        /* integer division by zero does not trap on RISC-V */
        volatile long z = 0, x = 7;
        printf("7 / 0 = %ld, 7 %% 0 = %ld\n", x / z, x % z);
        ok += x / z == -1 && x % z == 7;
        printf("%s\n", ok == 3 ? "all caught" : "MISSED");
        return ok == 3 ? 0 : 1;
    }
    fprintf(stderr, "unknown mode\n");
    return 2;
}
