void f(void *J)
{
    | .include "/dev/zero"
// expect: 3:16: cannot open '/dev/zero': not a regular file
    | .include "/"
// expect: 5:16: cannot open '/': Is a directory
    | .include "no-such-file.inc"
// expect: 7:16: cannot open 'no-such-file.inc': No such file or directory
}
