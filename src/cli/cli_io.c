/* Output files for every mode: written to a temporary file and renamed, so
 * that an error never leaves a half-written output behind. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "common/util.h"

void jas_cli_remove_output(const char *path)
{
    struct stat st;
    if (path && strcmp(path, "-") && lstat(path, &st) == 0 && S_ISREG(st.st_mode))
        unlink(path);
}

int jas_cli_write_file(const char *path, const void *buf, size_t len)
{
    if (!strcmp(path, "-")) {
        if (fwrite(buf, 1, len, stdout) != len || fflush(stdout)) {
            fprintf(stderr, "jas: error: cannot write to stdout: %s\n", strerror(errno));
            return -1;
        }
        return 0;
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        /* a device, a FIFO...: never replace it, write into it */
        FILE *f = fopen(path, "wb");
        int ok = f && fwrite(buf, 1, len, f) == len;
        if (f && fclose(f))
            ok = 0;
        if (!ok) {
            fprintf(stderr, "jas: error: cannot write '%s': %s\n", path, strerror(errno));
            return -1;
        }
        return 0;
    }
    size_t n = strlen(path);
    char *tmp = jas_xmalloc(n + 16);
    snprintf(tmp, n + 16, "%s.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        fprintf(stderr, "jas: error: cannot create '%s': %s\n", path, strerror(errno));
        free(tmp);
        return -1;
    }
    FILE *f = fdopen(fd, "wb");
    int ok = f && fwrite(buf, 1, len, f) == len;
    if (f) {
        if (fclose(f))
            ok = 0;
    } else {
        close(fd);
    }
    if (ok) {
        mode_t um = umask(0);
        umask(um);
        (void)chmod(tmp, 0666 & ~um);
        ok = rename(tmp, path) == 0;
    }
    if (!ok) {
        fprintf(stderr, "jas: error: cannot write '%s': %s\n", path, strerror(errno));
        unlink(tmp);
    }
    free(tmp);
    return ok ? 0 : -1;
}
