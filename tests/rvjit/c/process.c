/* Processes: fork, wait statuses, a pipe between parent and child, and
 * execve of a host program (both qemu-user and rvjit hand a non-riscv64
 * binary to the host kernel) with the argv and envp the guest built. */
#include "check.h"
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

/* run argv in a child with stdout into a pipe; the output and wait status */
static int run_child(char *const argv[], char *const envp[], char *out, size_t cap, int *status)
{
    int p[2];
    if (pipe(p) != 0) return -1;
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        dup2(p[1], 1);
        close(p[0]);
        close(p[1]);
        execve(argv[0], argv, envp);
        _exit(127);
    }
    close(p[1]);
    size_t n = 0;
    ssize_t r;
    while (n + 1 < cap && (r = read(p[0], out + n, cap - 1 - n)) > 0) n += (size_t)r;
    out[n] = 0;
    close(p[0]);
    return waitpid(pid, status, 0) == pid ? 0 : -1;
}

int main(void)
{
    /* fork: the child's exit status and its own copy of memory */
    {
        static int shared = 1;
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            shared = 99;
            _exit(shared == 99 ? 42 : 1);
        }
        int st = 0;
        CHECK(pid > 0 && waitpid(pid, &st, 0) == pid, "fork + waitpid");
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 42, "child exit status 42");
        CHECK(shared == 1, "child writes do not reach the parent");
    }
    /* a child killed by a signal */
    {
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            raise(SIGKILL);
            _exit(0);
        }
        int st = 0;
        CHECK(waitpid(pid, &st, 0) == pid && WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL, "child killed by SIGKILL");
        CHECK(waitpid(-1, &st, WNOHANG) == -1 && errno == ECHILD, "no children left: ECHILD");
    }
    /* execve of a host program: argv and envp arrive as built */
    {
        char out[256];
        int st = 0;
        char *argv[] = {"/bin/sh", "-c", "echo \"$0:$1:$JAS_T\"; exit 3", "zero", "one", NULL};
        char *envp[] = {"JAS_T=env ok", NULL};
        CHECK(run_child(argv, envp, out, sizeof out, &st) == 0, "execve /bin/sh");
        CHECK_STR(out, "zero:one:env ok\n", "execve argv and envp");
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 3, "exec'd program's exit status");
        char *none[] = {"/nonexistent/rvjit-prog", NULL};
        CHECK(run_child(none, envp, out, sizeof out, &st) == 0 && WIFEXITED(st) && WEXITSTATUS(st) == 127,
              "execve of a missing file fails in the child");
        errno = 0;
        CHECK(execve("/nonexistent/rvjit-prog", none, envp) == -1 && errno == ENOENT, "execve ENOENT");
    }
    return check_done();
}
