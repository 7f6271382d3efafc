/* Built for the host (x86-64): a valid ELF for the wrong machine. */
#include <stdio.h>
int main(void) { puts("hello from the host"); return 0; }
