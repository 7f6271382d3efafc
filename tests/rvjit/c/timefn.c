/* Time: clock_gettime (several clocks), gettimeofday, time, nanosleep,
 * clock_getres, clock(), gmtime/strftime/mktime on fixed dates.  Only
 * invariants are printed, never the current time.                       */
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static double ts_diff(struct timespec a, struct timespec b)
{
    return (double)(b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) * 1e-9;
}

int main(void)
{
    struct timespec rt, mono, res;
    CHECK(clock_gettime(CLOCK_REALTIME, &rt) == 0, "clock_gettime REALTIME");
    CHECK(rt.tv_sec > 1600000000 && rt.tv_nsec >= 0 && rt.tv_nsec < 1000000000, "realtime plausible");
    CHECK(clock_gettime(CLOCK_MONOTONIC, &mono) == 0 && mono.tv_nsec < 1000000000, "clock_gettime MONOTONIC");
    {
        struct timeval tv;
        CHECK(gettimeofday(&tv, NULL) == 0, "gettimeofday");
        double d = (double)tv.tv_sec + tv.tv_usec * 1e-6 - ((double)rt.tv_sec + rt.tv_nsec * 1e-9);
        CHECK(d > -0.001 && d < 5.0 && tv.tv_usec >= 0 && tv.tv_usec < 1000000, "gettimeofday agrees with REALTIME");
        time_t t = time(NULL);
        /* time() may read the coarse clock, which lags the precise one by
         * up to a tick: just after a second boundary it still says the
         * second before */
        CHECK(t >= rt.tv_sec - 1 && t - rt.tv_sec < 5, "time() agrees");
    }
    /* monotonic never goes backwards over 10000 reads */
    {
        struct timespec prev = mono, cur;
        int back = 0;
        for (int i = 0; i < 10000; i++) {
            clock_gettime(CLOCK_MONOTONIC, &cur);
            if (ts_diff(prev, cur) < 0) back++;
            prev = cur;
        }
        CHECK(back == 0, "monotonic non-decreasing");
    }
    /* nanosleep 30 ms */
    {
        struct timespec a, b, req = { 0, 30000000 }, rem = { 9, 9 };
        clock_gettime(CLOCK_MONOTONIC, &a);
        int r = nanosleep(&req, &rem);
        clock_gettime(CLOCK_MONOTONIC, &b);
        double d = ts_diff(a, b);
        CHECK(r == 0, "nanosleep returns 0");
        CHECK(d >= 0.030 && d < 5.0, "nanosleep 30ms elapsed");
        struct timespec c;
        usleep(10000);
        clock_gettime(CLOCK_MONOTONIC, &c);
        CHECK(ts_diff(b, c) >= 0.010, "usleep 10ms");
        clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL);
        clock_gettime(CLOCK_MONOTONIC, &a);
        CHECK(ts_diff(c, a) >= 0.030, "clock_nanosleep 30ms");
        struct timespec abs_t = a;
        abs_t.tv_nsec += 20000000;
        if (abs_t.tv_nsec >= 1000000000) { abs_t.tv_sec++; abs_t.tv_nsec -= 1000000000; }
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs_t, NULL);
        clock_gettime(CLOCK_MONOTONIC, &b);
        CHECK(ts_diff(abs_t, b) >= 0, "clock_nanosleep TIMER_ABSTIME");
    }
    CHECK(clock_getres(CLOCK_MONOTONIC, &res) == 0 && res.tv_sec == 0 && res.tv_nsec > 0 &&
          res.tv_nsec <= 10000000, "clock_getres");
    {
        struct timespec c1, c2;
        CHECK(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1) == 0, "CPUTIME clock");
        volatile double x = 0;
        for (int i = 0; i < 3000000; i++) x += i * 0.5;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c2);
        CHECK(ts_diff(c1, c2) > 0, "CPUTIME advances with work");
        CHECK(clock() >= 0, "clock()");
        CHECK(clock_gettime(CLOCK_MONOTONIC_RAW, &c1) == 0 && clock_gettime(CLOCK_BOOTTIME, &c2) == 0,
              "MONOTONIC_RAW / BOOTTIME");
        CHECK(clock_gettime(CLOCK_REALTIME_COARSE, &c1) == 0, "REALTIME_COARSE");
    }
    /* calendar functions on fixed times (no time zone dependence) */
    {
        time_t t = 1700000000;
        struct tm tm;
        char s[64];
        gmtime_r(&t, &tm);
        strftime(s, sizeof s, "%Y-%m-%d %H:%M:%S %a %j", &tm);
        CHECK_STR(s, "2023-11-14 22:13:20 Tue 318", "gmtime/strftime");
        t = 0;
        gmtime_r(&t, &tm);
        strftime(s, sizeof s, "%c", &tm);
        CHECK_STR(s, "Thu Jan  1 00:00:00 1970", "epoch %%c");
        t = 4102444800;   /* 2100-01-01 */
        gmtime_r(&t, &tm);
        CHECK(tm.tm_year == 200 && tm.tm_mon == 0 && tm.tm_mday == 1 && tm.tm_wday == 5, "year 2100");
        setenv("TZ", "UTC", 1);
        tzset();
        struct tm in = { .tm_year = 124, .tm_mon = 1, .tm_mday = 29, .tm_hour = 12 };
        CHECK(mktime(&in) == 1709208000 && in.tm_yday == 59, "mktime leap day");
        struct tm lt;
        t = 1709208000;
        localtime_r(&t, &lt);
        CHECK(lt.tm_hour == 12 && lt.tm_mday == 29, "localtime UTC");
        CHECK(difftime(10, 4) == 6.0, "difftime");
    }
    return check_done();
}
