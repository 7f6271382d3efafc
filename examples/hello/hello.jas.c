/* hello — the first JIT: a function that returns the number it was given.
 *
 * The two `|` lines are x86-64 assembly.  `jas` turns them into a template
 * (built at compile time) plus one jas_put() call that patches n in at run
 * time.  See README.md for the C that jas generates. */
#include <stdio.h>
#include <stdlib.h>

#include <jas.h>

typedef int (*answer_fn)(void);

static answer_fn make_answer(jas_State *J, int n)
{
    | mov eax, {n}
    | ret
    return (answer_fn)jas_publish(J, "answer");
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 42;
    jas_State *J = jas_new(NULL);
    if (!J)
        return 1;
    answer_fn answer = make_answer(J, n);
    if (!answer) {
        fprintf(stderr, "hello: %s\n", jas_error(J));
        return 1;
    }
    printf("the JIT function returns %d (%zu bytes of machine code)\n", answer(), jas_code_size(J));
    jas_release(J, (void *)answer);
    jas_free(J);
    return 0;
}
