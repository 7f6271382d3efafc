void f(jas_State *J, int b, int i, long d, long v)
{
    | cmp BYTE PTR [reg64{b}+reg64{i}*8+{d}], {v}
    | mov DWORD PTR [reg32{b}+reg64{i}*2+{d}], {v}
    | add QWORD PTR [reg64{i}+reg64{b}+{d}], {v}
    | lea reg64{i}, [ree64{b}+reg64{i}*4+{d}]
}
