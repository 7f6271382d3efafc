/* A dynamic label is data only alone in a .qword (its address); anything
 * else is refused at build time, never written as the label's number. */
void f(void *J, long i)
{
    | .dword {i}b
// expect: 5:14: only a bare label can be used as data
    | .qword {i}f + 8
// expect: 7:14: only a bare label can be used as data
    | .qword 1, {i}b, 2
    | mov rax, {i}b
// expect: 10:16: a label's address cannot be an immediate
    | lea rax, [rbx + {i}f]
// expect: 12:16: a label in memory must be rip-relative
}
