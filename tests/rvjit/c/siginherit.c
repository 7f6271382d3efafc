/* What execve keeps of signals (Linux): a disposition the parent set to
 * SIG_IGN stays ignored, and the blocked mask stays.  The driver starts
 * this program (under qemu and under rvjit alike) from a parent that
 * ignores SIGINT and SIGHUP and blocks SIGUSR2 (driver.py, t_siginherit). */
#include <signal.h>
#include <string.h>

#include "check.h"

static volatile sig_atomic_t got_usr2;
static void on_usr2(int sig) { (void)sig; got_usr2++; }

static const char *disposition(int sig)
{
    struct sigaction old;
    if (sigaction(sig, NULL, &old)) return "error";
    return old.sa_handler == SIG_IGN ? "ignored" : old.sa_handler == SIG_DFL ? "default" : "handler";
}

int main(void)
{
    CHECK_STR(disposition(SIGINT), "ignored", "SIGINT ignored by the parent stays ignored");
    CHECK_STR(disposition(SIGHUP), "ignored", "SIGHUP ignored by the parent stays ignored (nohup)");
    CHECK_STR(disposition(SIGTERM), "default", "SIGTERM stays default");
    raise(SIGINT);
    CHECK(1, "raise(SIGINT) ignored: still running");

    sigset_t cur;
    sigemptyset(&cur);
    CHECK(sigprocmask(SIG_BLOCK, NULL, &cur) == 0, "sigprocmask query");
    CHECK(sigismember(&cur, SIGUSR2) == 1, "SIGUSR2 blocked by the parent stays blocked");
    CHECK(sigismember(&cur, SIGUSR1) == 0, "SIGUSR1 not blocked");

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr2;
    sigemptyset(&sa.sa_mask);
    CHECK(sigaction(SIGUSR2, &sa, NULL) == 0, "SIGUSR2 handler installed");
    raise(SIGUSR2);
    CHECK(got_usr2 == 0, "blocked SIGUSR2 not delivered");
    sigset_t pend;
    sigemptyset(&pend);
    CHECK(sigpending(&pend) == 0 && sigismember(&pend, SIGUSR2) == 1, "SIGUSR2 pending");
    sigset_t one;
    sigemptyset(&one);
    sigaddset(&one, SIGUSR2);
    CHECK(sigprocmask(SIG_UNBLOCK, &one, NULL) == 0, "SIGUSR2 unblocked");
    CHECK(got_usr2 == 1, "SIGUSR2 delivered once on unblock");

    /* the guest may still change what it inherited */
    signal(SIGINT, SIG_DFL);
    CHECK_STR(disposition(SIGINT), "default", "SIGINT set back to default");
    return check_done();
}
