/* The `jas` command: main.c picks a mode, each mode is one function. */
#ifndef JAS_CLI_H
#define JAS_CLI_H

#include <stddef.h>
#include <stdio.h>

/* Standalone assembler: jas [--arch=x64] [-o out.bin] [--listing] in.s */
int jas_cli_asm(int argc, char **argv);

/* Preprocessor: jas [-o out.c] in.jas.c (cli_pre.c) */
int jas_cli_pre(int argc, char **argv);

/* Shared by the modes. */
/* Write an output file atomically (temp + rename); "-" = stdout.  0 or -1
 * after printing the reason. */
int jas_cli_write_file(const char *path, const void *buf, size_t len);
/* After errors: remove an output file an earlier run left at path (a
 * regular file only; "-" and devices are left alone), as GNU as does, so
 * that a stale output never looks like this run's. */
void jas_cli_remove_output(const char *path);
extern const char *const jas_cli_version;
void jas_cli_usage(FILE *f);

#endif
