/* File system calls in a private temporary directory: create / write /
 * read / lseek / pread / pwrite / fstat / stat / ftruncate / rename /
 * unlink / mkdir / rmdir / getdents (opendir, readdir) / symlink / stdio.
 * The directory name is random and never printed.                       */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>
#include "check.h"

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void)
{
    char dir[] = "/tmp/rvjit-files-XXXXXX";
    char old_cwd[4096];
    CHECK(getcwd(old_cwd, sizeof old_cwd) != NULL, "getcwd");
    CHECK(mkdtemp(dir) != NULL, "mkdtemp");
    CHECK(chdir(dir) == 0, "chdir tempdir");

    /* write 100 KiB in odd-sized chunks, read it back */
    static unsigned char wbuf[100000], rbuf[100000];
    for (size_t i = 0; i < sizeof wbuf; i++) wbuf[i] = (unsigned char)(i * 7 + (i >> 10));
    int fd = open("data.bin", O_CREAT | O_TRUNC | O_RDWR, 0644);
    CHECK(fd >= 0, "open O_CREAT");
    size_t off = 0;
    int wbad = 0;
    while (off < sizeof wbuf) {
        size_t n = sizeof wbuf - off < 7777 ? sizeof wbuf - off : 7777;
        if (write(fd, wbuf + off, n) != (ssize_t)n) wbad++;
        off += n;
    }
    CHECK(wbad == 0, "write chunks");
    CHECK(lseek(fd, 0, SEEK_CUR) == 100000, "lseek SEEK_CUR");
    CHECK(lseek(fd, 0, SEEK_SET) == 0, "lseek SEEK_SET");
    CHECK(read(fd, rbuf, sizeof rbuf) == (ssize_t)sizeof rbuf, "read all");
    CHECK(memcmp(rbuf, wbuf, sizeof wbuf) == 0, "read contents");
    CHECK(read(fd, rbuf, 10) == 0, "read at EOF");
    CHECK(lseek(fd, -10, SEEK_END) == 99990, "lseek SEEK_END");
    CHECK(read(fd, rbuf, 100) == 10 && memcmp(rbuf, wbuf + 99990, 10) == 0, "read tail");
    /* pread / pwrite do not move the offset */
    unsigned char b4[4] = { 1, 2, 3, 4 };
    CHECK(pwrite(fd, b4, 4, 50000) == 4, "pwrite");
    CHECK(pread(fd, rbuf, 8, 49998) == 8 && rbuf[2] == 1 && rbuf[5] == 4 && rbuf[0] == wbuf[49998], "pread");
    CHECK(lseek(fd, 0, SEEK_CUR) == 100000, "offset unchanged");
    /* readv / writev */
    {
        struct iovec iov[3];
        char a[] = "alpha", b[] = "-", c[] = "omega";
        iov[0].iov_base = a; iov[0].iov_len = 5;
        iov[1].iov_base = b; iov[1].iov_len = 1;
        iov[2].iov_base = c; iov[2].iov_len = 5;
        CHECK(writev(fd, iov, 3) == 11, "writev");
        char x[6] = "", y[6] = "";
        lseek(fd, 100000, SEEK_SET);
        iov[0].iov_base = x; iov[0].iov_len = 5;
        iov[1].iov_base = y; iov[1].iov_len = 6;
        CHECK(readv(fd, iov, 2) == 11 && memcmp(x, "alpha", 5) == 0 && memcmp(y, "-omega", 6) == 0, "readv");
    }
    /* fstat / stat / ftruncate */
    struct stat st;
    CHECK(fstat(fd, &st) == 0 && st.st_size == 100011 && S_ISREG(st.st_mode), "fstat size/type");
    CHECK((st.st_mode & 0777) == (0644 & ~umask(022)), "fstat mode");
    CHECK(st.st_nlink == 1 && st.st_blksize > 0, "fstat nlink/blksize");
    CHECK(ftruncate(fd, 1234) == 0, "ftruncate");
    CHECK(fstat(fd, &st) == 0 && st.st_size == 1234, "size after ftruncate");
    CHECK(fsync(fd) == 0, "fsync");
    CHECK(close(fd) == 0, "close");
    CHECK(close(fd) == -1 && errno == EBADF, "close twice EBADF");
    CHECK(stat("data.bin", &st) == 0 && st.st_size == 1234, "stat");
    CHECK(stat("missing", &st) == -1 && errno == ENOENT, "stat ENOENT");
    CHECK(open("missing", O_RDONLY) == -1 && errno == ENOENT, "open ENOENT");
    CHECK(access("data.bin", R_OK | W_OK) == 0 && access("missing", F_OK) == -1, "access");
    CHECK(chmod("data.bin", 0600) == 0 && stat("data.bin", &st) == 0 && (st.st_mode & 0777) == 0600, "chmod");

    /* O_APPEND */
    fd = open("data.bin", O_WRONLY | O_APPEND);
    CHECK(write(fd, "tail", 4) == 4, "append write");
    close(fd);
    CHECK(stat("data.bin", &st) == 0 && st.st_size == 1238, "append size");
    /* O_EXCL on an existing file */
    CHECK(open("data.bin", O_CREAT | O_EXCL | O_WRONLY, 0644) == -1 && errno == EEXIST, "O_EXCL EEXIST");

    /* rename, link, symlink, readlink, unlink */
    CHECK(rename("data.bin", "renamed.bin") == 0, "rename");
    CHECK(stat("data.bin", &st) == -1 && stat("renamed.bin", &st) == 0, "rename effect");
    CHECK(link("renamed.bin", "hard.bin") == 0 && stat("hard.bin", &st) == 0 && st.st_nlink == 2, "link");
    CHECK(symlink("renamed.bin", "sym.lnk") == 0, "symlink");
    {
        char t[64];
        ssize_t n = readlink("sym.lnk", t, sizeof t - 1);
        if (n >= 0) t[n] = 0;
        CHECK_STR(n >= 0 ? t : "", "renamed.bin", "readlink");
        CHECK(lstat("sym.lnk", &st) == 0 && S_ISLNK(st.st_mode), "lstat symlink");
        CHECK(stat("sym.lnk", &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 1238, "stat through symlink");
    }
    /* directories and getdents */
    CHECK(mkdir("sub", 0755) == 0, "mkdir");
    CHECK(mkdir("sub", 0755) == -1 && errno == EEXIST, "mkdir EEXIST");
    CHECK(stat("sub", &st) == 0 && S_ISDIR(st.st_mode), "stat dir");
    for (int i = 0; i < 150; i++) {
        char name[64];
        snprintf(name, sizeof name, "sub/file-%03d.txt", i);
        int f = open(name, O_CREAT | O_WRONLY, 0644);
        dprintf(f, "file %d\n", i);
        close(f);
    }
    {
        DIR *d = opendir("sub");
        CHECK(d != NULL, "opendir");
        char *names[200];
        int n = 0, dots = 0;
        struct dirent *e;
        while (d && (e = readdir(d)) != NULL) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) { dots++; continue; }
            if (n < 200) names[n++] = strdup(e->d_name);
        }
        if (d) closedir(d);
        qsort(names, (size_t)n, sizeof names[0], cmp_name);
        CHECK(n == 150 && dots == 2, "readdir count");
        CHECK(n == 150 && !strcmp(names[0], "file-000.txt") && !strcmp(names[149], "file-149.txt"), "readdir names");
        unsigned long h = 0;
        for (int i = 0; i < n; i++) { for (char *p = names[i]; *p; p++) h = h * 31 + (unsigned char)*p; free(names[i]); }
        printf("  readdir name hash %lx\n", h);
    }
    /* stdio on files */
    {
        FILE *f = fopen("sub/file-042.txt", "r+");
        char line[64] = "";
        CHECK(f && fgets(line, sizeof line, f) && !strcmp(line, "file 42\n"), "fopen/fgets");
        CHECK(f && fseek(f, 0, SEEK_END) == 0 && ftell(f) == 8, "fseek/ftell");
        if (f) { fprintf(f, "more %.2f\n", 2.5); fclose(f); }
        f = fopen("sub/file-042.txt", "r");
        size_t n = f ? fread(line, 1, sizeof line - 1, f) : 0;
        line[n] = 0;
        CHECK_STR(line, "file 42\nmore 2.50\n", "fwrite/fread");
        if (f) fclose(f);
        f = fopen("big.txt", "w");
        for (int i = 0; i < 20000; i++) fprintf(f, "%d\n", i);
        fclose(f);
        f = fopen("big.txt", "r");
        long sum = 0, v;
        while (fscanf(f, "%ld", &v) == 1) sum += v;
        fclose(f);
        CHECK(sum == 19999L * 20000 / 2, "fprintf/fscanf 20000 lines");
    }
    /* openat / fstatat / unlinkat relative to a directory fd */
    {
        int dfd = open("sub", O_RDONLY | O_DIRECTORY);
        CHECK(dfd >= 0, "open O_DIRECTORY");
        int f = openat(dfd, "at.txt", O_CREAT | O_WRONLY, 0600);
        CHECK(f >= 0 && write(f, "x", 1) == 1, "openat");
        close(f);
        CHECK(fstatat(dfd, "at.txt", &st, 0) == 0 && st.st_size == 1, "fstatat");
        CHECK(unlinkat(dfd, "at.txt", 0) == 0, "unlinkat");
        close(dfd);
    }
    /* getcwd inside, chdir .. */
    {
        char cwd[4096];
        CHECK(chdir("sub") == 0 && getcwd(cwd, sizeof cwd) && strstr(cwd, "/rvjit-files-") &&
              !strcmp(cwd + strlen(cwd) - 4, "/sub"), "chdir sub/getcwd");
        CHECK(chdir("..") == 0, "chdir ..");
    }
    /* clean up everything */
    int bad = 0;
    for (int i = 0; i < 150; i++) {
        char name[64];
        snprintf(name, sizeof name, "sub/file-%03d.txt", i);
        if (unlink(name) != 0) bad++;
    }
    CHECK(bad == 0, "unlink 150 files");
    CHECK(rmdir("sub") == 0, "rmdir");
    CHECK(unlink("sym.lnk") == 0 && unlink("hard.bin") == 0 && unlink("renamed.bin") == 0 &&
          unlink("big.txt") == 0, "unlink rest");
    CHECK(unlink("renamed.bin") == -1 && errno == ENOENT, "unlink ENOENT");
    CHECK(chdir(old_cwd) == 0, "chdir back");
    CHECK(rmdir(dir) == 0, "rmdir tempdir");
    return check_done();
}
