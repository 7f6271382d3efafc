/* execve of a riscv64 program from inside the guest: the program runs in a
 * fresh rvjit with the argv and envp the guest built.  Run by rvjit only:
 * qemu-user hands the exec to the host kernel, which cannot run riscv64
 * without binfmt_misc.  Stage 1 execs /proc/self/exe (which must name the
 * guest program, not the emulator); stage 2 prints what it received. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "stage2")) {
        printf("stage2 argv0=%s arg=%s env=%s\n", argv[0], argv[2], getenv("SELFEXEC") ? getenv("SELFEXEC") : "(none)");
        return 7;
    }
    char *av[] = {"renamed", "stage2", "two words", NULL};
    char *ev[] = {"SELFEXEC=yes", NULL};
    fflush(stdout);
    execve("/proc/self/exe", av, ev);
    perror("execve");
    return 1;
}
