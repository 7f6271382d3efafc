/* RV64M: multiply / divide including the high halves, division by zero,
 * signed overflow (INT_MIN / -1) and the 32-bit *w forms (operands taken
 * from the low 32 bits, results sign-extended).                          */
#include "test.h"

#define HOT_X   0xf8f7ff3a37544b0d
#define HOT_ACC 0xe8fa800ddd137891

TEST_BEGIN
    T_RR 1, mul, 0x0000000000000000, 0x0, 0x0
    T_RR 2, mul, 0x0000000000000001, 0x1, 0x1
    T_RR 3, mul, 0x0000000000000015, 0x3, 0x7
    T_RR 4, mul, 0xffffffffffffffeb, 0xfffffffffffffffd, 0x7
    T_RR 5, mul, 0xffffffffffffffeb, 0x3, 0xfffffffffffffff9
    T_RR 6, mul, 0x0000000000000015, 0xfffffffffffffffd, 0xfffffffffffffff9
    T_RR 7, mul, 0x0000000000000015, 0x7, 0x3
    T_RR 8, mul, 0xffffffffffffffeb, 0xfffffffffffffff9, 0x3
    T_RR 9, mul, 0xffffffffffffffeb, 0x7, 0xfffffffffffffffd
    T_RR 10, mul, 0x0000000000000015, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 11, mul, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    T_RR 12, mul, 0x8000000000000000, 0x8000000000000000, 0x1
    T_RR 13, mul, 0x0000000000000000, 0x8000000000000000, 0x8000000000000000
    T_RR 14, mul, 0x0000000000000001, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_RR 15, mul, 0x8000000000000001, 0x7fffffffffffffff, 0xffffffffffffffff
    T_RR 16, mul, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff
    T_RR 17, mul, 0x0000000000000000, 0x5, 0x0
    T_RR 18, mul, 0x0000000000000000, 0xfffffffffffffffb, 0x0
    T_RR 19, mul, 0x0000000000000000, 0x0, 0x0
    T_RR 20, mul, 0x0000000000000000, 0x8000000000000000, 0x0
    T_RR 21, mul, 0x236d88fe5618cf00, 0x123456789abcdef0, 0xfedcba9876543210
    T_RR 22, mul, 0xfffffffe00000001, 0xffffffff, 0xffffffff
    T_RR 23, mul, 0x0000000000000000, 0x100000000, 0x100000000
    T_RR 24, mul, 0x8000000000000000, 0x8000000000000000, 0x7fffffffffffffff
    T_RR 25, mul, 0xffffffffffffffff, 0x1, 0xffffffffffffffff
    T_RR 26, mul, 0xffffffffffffffff, 0xffffffffffffffff, 0x1
    T_RR 27, mul, 0xfffffffffffffffe, 0x7fffffffffffffff, 0x2
    T_RR 1, mulh, 0x0000000000000000, 0x0, 0x0
    T_RR 2, mulh, 0x0000000000000000, 0x1, 0x1
    T_RR 3, mulh, 0x0000000000000000, 0x3, 0x7
    T_RR 4, mulh, 0xffffffffffffffff, 0xfffffffffffffffd, 0x7
    T_RR 5, mulh, 0xffffffffffffffff, 0x3, 0xfffffffffffffff9
    T_RR 6, mulh, 0x0000000000000000, 0xfffffffffffffffd, 0xfffffffffffffff9
    T_RR 7, mulh, 0x0000000000000000, 0x7, 0x3
    T_RR 8, mulh, 0xffffffffffffffff, 0xfffffffffffffff9, 0x3
    T_RR 9, mulh, 0xffffffffffffffff, 0x7, 0xfffffffffffffffd
    T_RR 10, mulh, 0x0000000000000000, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 11, mulh, 0x0000000000000000, 0x8000000000000000, 0xffffffffffffffff
    T_RR 12, mulh, 0xffffffffffffffff, 0x8000000000000000, 0x1
    T_RR 13, mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000
    T_RR 14, mulh, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_RR 15, mulh, 0xffffffffffffffff, 0x7fffffffffffffff, 0xffffffffffffffff
    T_RR 16, mulh, 0x0000000000000000, 0xffffffffffffffff, 0xffffffffffffffff
    T_RR 17, mulh, 0x0000000000000000, 0x5, 0x0
    T_RR 18, mulh, 0x0000000000000000, 0xfffffffffffffffb, 0x0
    T_RR 19, mulh, 0x0000000000000000, 0x0, 0x0
    T_RR 20, mulh, 0x0000000000000000, 0x8000000000000000, 0x0
    T_RR 21, mulh, 0xffeb49923cc09532, 0x123456789abcdef0, 0xfedcba9876543210
    T_RR 22, mulh, 0x0000000000000000, 0xffffffff, 0xffffffff
    T_RR 23, mulh, 0x0000000000000001, 0x100000000, 0x100000000
    T_RR 24, mulh, 0xc000000000000000, 0x8000000000000000, 0x7fffffffffffffff
    T_RR 25, mulh, 0xffffffffffffffff, 0x1, 0xffffffffffffffff
    T_RR 26, mulh, 0xffffffffffffffff, 0xffffffffffffffff, 0x1
    T_RR 27, mulh, 0x0000000000000000, 0x7fffffffffffffff, 0x2
    T_RR 1, mulhsu, 0x0000000000000000, 0x0, 0x0
    T_RR 2, mulhsu, 0x0000000000000000, 0x1, 0x1
    T_RR 3, mulhsu, 0x0000000000000000, 0x3, 0x7
    T_RR 4, mulhsu, 0xffffffffffffffff, 0xfffffffffffffffd, 0x7
    T_RR 5, mulhsu, 0x0000000000000002, 0x3, 0xfffffffffffffff9
    T_RR 6, mulhsu, 0xfffffffffffffffd, 0xfffffffffffffffd, 0xfffffffffffffff9
    T_RR 7, mulhsu, 0x0000000000000000, 0x7, 0x3
    T_RR 8, mulhsu, 0xffffffffffffffff, 0xfffffffffffffff9, 0x3
    T_RR 9, mulhsu, 0x0000000000000006, 0x7, 0xfffffffffffffffd
    T_RR 10, mulhsu, 0xfffffffffffffff9, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 11, mulhsu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    T_RR 12, mulhsu, 0xffffffffffffffff, 0x8000000000000000, 0x1
    T_RR 13, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x8000000000000000
    T_RR 14, mulhsu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_RR 15, mulhsu, 0x7ffffffffffffffe, 0x7fffffffffffffff, 0xffffffffffffffff
    T_RR 16, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff
    T_RR 17, mulhsu, 0x0000000000000000, 0x5, 0x0
    T_RR 18, mulhsu, 0x0000000000000000, 0xfffffffffffffffb, 0x0
    T_RR 19, mulhsu, 0x0000000000000000, 0x0, 0x0
    T_RR 20, mulhsu, 0x0000000000000000, 0x8000000000000000, 0x0
    T_RR 21, mulhsu, 0x121fa00ad77d7422, 0x123456789abcdef0, 0xfedcba9876543210
    T_RR 22, mulhsu, 0x0000000000000000, 0xffffffff, 0xffffffff
    T_RR 23, mulhsu, 0x0000000000000001, 0x100000000, 0x100000000
    T_RR 24, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x7fffffffffffffff
    T_RR 25, mulhsu, 0x0000000000000000, 0x1, 0xffffffffffffffff
    T_RR 26, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x1
    T_RR 27, mulhsu, 0x0000000000000000, 0x7fffffffffffffff, 0x2
    T_RR 1, mulhu, 0x0000000000000000, 0x0, 0x0
    T_RR 2, mulhu, 0x0000000000000000, 0x1, 0x1
    T_RR 3, mulhu, 0x0000000000000000, 0x3, 0x7
    T_RR 4, mulhu, 0x0000000000000006, 0xfffffffffffffffd, 0x7
    T_RR 5, mulhu, 0x0000000000000002, 0x3, 0xfffffffffffffff9
    T_RR 6, mulhu, 0xfffffffffffffff6, 0xfffffffffffffffd, 0xfffffffffffffff9
    T_RR 7, mulhu, 0x0000000000000000, 0x7, 0x3
    T_RR 8, mulhu, 0x0000000000000002, 0xfffffffffffffff9, 0x3
    T_RR 9, mulhu, 0x0000000000000006, 0x7, 0xfffffffffffffffd
    T_RR 10, mulhu, 0xfffffffffffffff6, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 11, mulhu, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff
    T_RR 12, mulhu, 0x0000000000000000, 0x8000000000000000, 0x1
    T_RR 13, mulhu, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000
    T_RR 14, mulhu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_RR 15, mulhu, 0x7ffffffffffffffe, 0x7fffffffffffffff, 0xffffffffffffffff
    T_RR 16, mulhu, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff
    T_RR 17, mulhu, 0x0000000000000000, 0x5, 0x0
    T_RR 18, mulhu, 0x0000000000000000, 0xfffffffffffffffb, 0x0
    T_RR 19, mulhu, 0x0000000000000000, 0x0, 0x0
    T_RR 20, mulhu, 0x0000000000000000, 0x8000000000000000, 0x0
    T_RR 21, mulhu, 0x121fa00ad77d7422, 0x123456789abcdef0, 0xfedcba9876543210
    T_RR 22, mulhu, 0x0000000000000000, 0xffffffff, 0xffffffff
    T_RR 23, mulhu, 0x0000000000000001, 0x100000000, 0x100000000
    T_RR 24, mulhu, 0x3fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff
    T_RR 25, mulhu, 0x0000000000000000, 0x1, 0xffffffffffffffff
    T_RR 26, mulhu, 0x0000000000000000, 0xffffffffffffffff, 0x1
    T_RR 27, mulhu, 0x0000000000000000, 0x7fffffffffffffff, 0x2
    T_RR 1, div, 0xffffffffffffffff, 0x0, 0x0
    T_RR 2, div, 0x0000000000000001, 0x1, 0x1
    T_RR 3, div, 0x0000000000000000, 0x3, 0x7
    T_RR 4, div, 0x0000000000000000, 0xfffffffffffffffd, 0x7
    T_RR 5, div, 0x0000000000000000, 0x3, 0xfffffffffffffff9
    T_RR 6, div, 0x0000000000000000, 0xfffffffffffffffd, 0xfffffffffffffff9
    T_RR 7, div, 0x0000000000000002, 0x7, 0x3
    T_RR 8, div, 0xfffffffffffffffe, 0xfffffffffffffff9, 0x3
    T_RR 9, div, 0xfffffffffffffffe, 0x7, 0xfffffffffffffffd
    T_RR 10, div, 0x0000000000000002, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 11, div, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    T_RR 12, div, 0x8000000000000000, 0x8000000000000000, 0x1
    T_RR 13, div, 0x0000000000000001, 0x8000000000000000, 0x8000000000000000
    T_RR 14, div, 0x0000000000000001, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_RR 15, div, 0x8000000000000001, 0x7fffffffffffffff, 0xffffffffffffffff
    T_RR 16, div, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff
    T_RR 17, div, 0xffffffffffffffff, 0x5, 0x0
    T_RR 18, div, 0xffffffffffffffff, 0xfffffffffffffffb, 0x0
    T_RR 19, div, 0xffffffffffffffff, 0x0, 0x0
    T_RR 20, div, 0xffffffffffffffff, 0x8000000000000000, 0x0
    T_RR 21, div, 0xfffffffffffffff1, 0x123456789abcdef0, 0xfedcba9876543210
    T_RR 22, div, 0x0000000000000001, 0xffffffff, 0xffffffff
    T_RR 23, div, 0x0000000000000001, 0x100000000, 0x100000000
    T_RR 24, div, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff
    T_RR 25, div, 0xffffffffffffffff, 0x1, 0xffffffffffffffff
    T_RR 26, div, 0xffffffffffffffff, 0xffffffffffffffff, 0x1
    T_RR 27, div, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x2
    T_RR 1, divu, 0xffffffffffffffff, 0x0, 0x0
    T_RR 2, divu, 0x0000000000000001, 0x1, 0x1
    T_RR 3, divu, 0x0000000000000000, 0x3, 0x7
    T_RR 4, divu, 0x2492492492492491, 0xfffffffffffffffd, 0x7
    T_RR 5, divu, 0x0000000000000000, 0x3, 0xfffffffffffffff9
    T_RR 6, divu, 0x0000000000000001, 0xfffffffffffffffd, 0xfffffffffffffff9
    T_RR 7, divu, 0x0000000000000002, 0x7, 0x3
    T_RR 8, divu, 0x5555555555555553, 0xfffffffffffffff9, 0x3
    T_RR 9, divu, 0x0000000000000000, 0x7, 0xfffffffffffffffd
    T_RR 10, divu, 0x0000000000000000, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 11, divu, 0x0000000000000000, 0x8000000000000000, 0xffffffffffffffff
    T_RR 12, divu, 0x8000000000000000, 0x8000000000000000, 0x1
    T_RR 13, divu, 0x0000000000000001, 0x8000000000000000, 0x8000000000000000
    T_RR 14, divu, 0x0000000000000001, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_RR 15, divu, 0x0000000000000000, 0x7fffffffffffffff, 0xffffffffffffffff
    T_RR 16, divu, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff
    T_RR 17, divu, 0xffffffffffffffff, 0x5, 0x0
    T_RR 18, divu, 0xffffffffffffffff, 0xfffffffffffffffb, 0x0
    T_RR 19, divu, 0xffffffffffffffff, 0x0, 0x0
    T_RR 20, divu, 0xffffffffffffffff, 0x8000000000000000, 0x0
    T_RR 21, divu, 0x0000000000000000, 0x123456789abcdef0, 0xfedcba9876543210
    T_RR 22, divu, 0x0000000000000001, 0xffffffff, 0xffffffff
    T_RR 23, divu, 0x0000000000000001, 0x100000000, 0x100000000
    T_RR 24, divu, 0x0000000000000001, 0x8000000000000000, 0x7fffffffffffffff
    T_RR 25, divu, 0x0000000000000000, 0x1, 0xffffffffffffffff
    T_RR 26, divu, 0xffffffffffffffff, 0xffffffffffffffff, 0x1
    T_RR 27, divu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x2
    T_RR 1, rem, 0x0000000000000000, 0x0, 0x0
    T_RR 2, rem, 0x0000000000000000, 0x1, 0x1
    T_RR 3, rem, 0x0000000000000003, 0x3, 0x7
    T_RR 4, rem, 0xfffffffffffffffd, 0xfffffffffffffffd, 0x7
    T_RR 5, rem, 0x0000000000000003, 0x3, 0xfffffffffffffff9
    T_RR 6, rem, 0xfffffffffffffffd, 0xfffffffffffffffd, 0xfffffffffffffff9
    T_RR 7, rem, 0x0000000000000001, 0x7, 0x3
    T_RR 8, rem, 0xffffffffffffffff, 0xfffffffffffffff9, 0x3
    T_RR 9, rem, 0x0000000000000001, 0x7, 0xfffffffffffffffd
    T_RR 10, rem, 0xffffffffffffffff, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 11, rem, 0x0000000000000000, 0x8000000000000000, 0xffffffffffffffff
    T_RR 12, rem, 0x0000000000000000, 0x8000000000000000, 0x1
    T_RR 13, rem, 0x0000000000000000, 0x8000000000000000, 0x8000000000000000
    T_RR 14, rem, 0x0000000000000000, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_RR 15, rem, 0x0000000000000000, 0x7fffffffffffffff, 0xffffffffffffffff
    T_RR 16, rem, 0x0000000000000000, 0xffffffffffffffff, 0xffffffffffffffff
    T_RR 17, rem, 0x0000000000000005, 0x5, 0x0
    T_RR 18, rem, 0xfffffffffffffffb, 0xfffffffffffffffb, 0x0
    T_RR 19, rem, 0x0000000000000000, 0x0, 0x0
    T_RR 20, rem, 0x8000000000000000, 0x8000000000000000, 0x0
    T_RR 21, rem, 0x0123456789abcde0, 0x123456789abcdef0, 0xfedcba9876543210
    T_RR 22, rem, 0x0000000000000000, 0xffffffff, 0xffffffff
    T_RR 23, rem, 0x0000000000000000, 0x100000000, 0x100000000
    T_RR 24, rem, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff
    T_RR 25, rem, 0x0000000000000000, 0x1, 0xffffffffffffffff
    T_RR 26, rem, 0x0000000000000000, 0xffffffffffffffff, 0x1
    T_RR 27, rem, 0x0000000000000001, 0x7fffffffffffffff, 0x2
    T_RR 1, remu, 0x0000000000000000, 0x0, 0x0
    T_RR 2, remu, 0x0000000000000000, 0x1, 0x1
    T_RR 3, remu, 0x0000000000000003, 0x3, 0x7
    T_RR 4, remu, 0x0000000000000006, 0xfffffffffffffffd, 0x7
    T_RR 5, remu, 0x0000000000000003, 0x3, 0xfffffffffffffff9
    T_RR 6, remu, 0x0000000000000004, 0xfffffffffffffffd, 0xfffffffffffffff9
    T_RR 7, remu, 0x0000000000000001, 0x7, 0x3
    T_RR 8, remu, 0x0000000000000000, 0xfffffffffffffff9, 0x3
    T_RR 9, remu, 0x0000000000000007, 0x7, 0xfffffffffffffffd
    T_RR 10, remu, 0xfffffffffffffff9, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 11, remu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    T_RR 12, remu, 0x0000000000000000, 0x8000000000000000, 0x1
    T_RR 13, remu, 0x0000000000000000, 0x8000000000000000, 0x8000000000000000
    T_RR 14, remu, 0x0000000000000000, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_RR 15, remu, 0x7fffffffffffffff, 0x7fffffffffffffff, 0xffffffffffffffff
    T_RR 16, remu, 0x0000000000000000, 0xffffffffffffffff, 0xffffffffffffffff
    T_RR 17, remu, 0x0000000000000005, 0x5, 0x0
    T_RR 18, remu, 0xfffffffffffffffb, 0xfffffffffffffffb, 0x0
    T_RR 19, remu, 0x0000000000000000, 0x0, 0x0
    T_RR 20, remu, 0x8000000000000000, 0x8000000000000000, 0x0
    T_RR 21, remu, 0x123456789abcdef0, 0x123456789abcdef0, 0xfedcba9876543210
    T_RR 22, remu, 0x0000000000000000, 0xffffffff, 0xffffffff
    T_RR 23, remu, 0x0000000000000000, 0x100000000, 0x100000000
    T_RR 24, remu, 0x0000000000000001, 0x8000000000000000, 0x7fffffffffffffff
    T_RR 25, remu, 0x0000000000000001, 0x1, 0xffffffffffffffff
    T_RR 26, remu, 0x0000000000000000, 0xffffffffffffffff, 0x1
    T_RR 27, remu, 0x0000000000000001, 0x7fffffffffffffff, 0x2
    T_RR 1, mulw, 0x0000000000000000, 0x0, 0x0
    T_RR 2, mulw, 0x0000000000000015, 0x3, 0x7
    T_RR 3, mulw, 0xffffffffffffffeb, 0xfffffffffffffffd, 0x7
    T_RR 4, mulw, 0xffffffffffffffeb, 0x3, 0xfffffffffffffff9
    T_RR 5, mulw, 0x0000000000000015, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 6, mulw, 0xffffffffffffffeb, 0x7, 0xfffffffffffffffd
    T_RR 7, mulw, 0xffffffffffffffeb, 0xfffffffffffffff9, 0x3
    T_RR 8, mulw, 0xffffffff80000000, 0x80000000, 0xffffffffffffffff
    T_RR 9, mulw, 0xffffffff80000000, 0xffffffff80000000, 0xffffffffffffffff
    T_RR 10, mulw, 0xffffffff80000000, 0x80000000, 0x1
    T_RR 11, mulw, 0x0000000000000001, 0x7fffffff, 0x7fffffff
    T_RR 12, mulw, 0xfffffffffffffffe, 0x7fffffff, 0x2
    T_RR 13, mulw, 0x0000000000000000, 0x5, 0x0
    T_RR 14, mulw, 0x0000000000000000, 0xfffffffffffffffb, 0x0
    T_RR 15, mulw, 0x0000000000000000, 0x80000000, 0x0
    T_RR 16, mulw, 0x00000000468acf12, 0x123456789, 0x100000002
    T_RR 17, mulw, 0x0000000000000015, 0xdeadbeef00000007, 0x3
    T_RR 18, mulw, 0x0000000000000000, 0x100000000, 0x1
    T_RR 19, mulw, 0x0000000000000001, 0xffffffff, 0xffffffff
    T_RR 20, mulw, 0xffffffffffffffff, 0xffffffff, 0x1
    T_RR 21, mulw, 0x0000000000000000, 0xffff0000, 0x10000
    T_RR 22, mulw, 0x0000000000000000, 0x7fffffff00000005, 0xffffffff00000000
    T_RR 1, divw, 0xffffffffffffffff, 0x0, 0x0
    T_RR 2, divw, 0x0000000000000000, 0x3, 0x7
    T_RR 3, divw, 0x0000000000000000, 0xfffffffffffffffd, 0x7
    T_RR 4, divw, 0x0000000000000000, 0x3, 0xfffffffffffffff9
    T_RR 5, divw, 0x0000000000000002, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 6, divw, 0xfffffffffffffffe, 0x7, 0xfffffffffffffffd
    T_RR 7, divw, 0xfffffffffffffffe, 0xfffffffffffffff9, 0x3
    T_RR 8, divw, 0xffffffff80000000, 0x80000000, 0xffffffffffffffff
    T_RR 9, divw, 0xffffffff80000000, 0xffffffff80000000, 0xffffffffffffffff
    T_RR 10, divw, 0xffffffff80000000, 0x80000000, 0x1
    T_RR 11, divw, 0x0000000000000001, 0x7fffffff, 0x7fffffff
    T_RR 12, divw, 0x000000003fffffff, 0x7fffffff, 0x2
    T_RR 13, divw, 0xffffffffffffffff, 0x5, 0x0
    T_RR 14, divw, 0xffffffffffffffff, 0xfffffffffffffffb, 0x0
    T_RR 15, divw, 0xffffffffffffffff, 0x80000000, 0x0
    T_RR 16, divw, 0x0000000011a2b3c4, 0x123456789, 0x100000002
    T_RR 17, divw, 0x0000000000000002, 0xdeadbeef00000007, 0x3
    T_RR 18, divw, 0x0000000000000000, 0x100000000, 0x1
    T_RR 19, divw, 0x0000000000000001, 0xffffffff, 0xffffffff
    T_RR 20, divw, 0xffffffffffffffff, 0xffffffff, 0x1
    T_RR 21, divw, 0xffffffffffffffff, 0xffff0000, 0x10000
    T_RR 22, divw, 0xffffffffffffffff, 0x7fffffff00000005, 0xffffffff00000000
    T_RR 1, divuw, 0xffffffffffffffff, 0x0, 0x0
    T_RR 2, divuw, 0x0000000000000000, 0x3, 0x7
    T_RR 3, divuw, 0x0000000024924924, 0xfffffffffffffffd, 0x7
    T_RR 4, divuw, 0x0000000000000000, 0x3, 0xfffffffffffffff9
    T_RR 5, divuw, 0x0000000000000000, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 6, divuw, 0x0000000000000000, 0x7, 0xfffffffffffffffd
    T_RR 7, divuw, 0x0000000055555553, 0xfffffffffffffff9, 0x3
    T_RR 8, divuw, 0x0000000000000000, 0x80000000, 0xffffffffffffffff
    T_RR 9, divuw, 0x0000000000000000, 0xffffffff80000000, 0xffffffffffffffff
    T_RR 10, divuw, 0xffffffff80000000, 0x80000000, 0x1
    T_RR 11, divuw, 0x0000000000000001, 0x7fffffff, 0x7fffffff
    T_RR 12, divuw, 0x000000003fffffff, 0x7fffffff, 0x2
    T_RR 13, divuw, 0xffffffffffffffff, 0x5, 0x0
    T_RR 14, divuw, 0xffffffffffffffff, 0xfffffffffffffffb, 0x0
    T_RR 15, divuw, 0xffffffffffffffff, 0x80000000, 0x0
    T_RR 16, divuw, 0x0000000011a2b3c4, 0x123456789, 0x100000002
    T_RR 17, divuw, 0x0000000000000002, 0xdeadbeef00000007, 0x3
    T_RR 18, divuw, 0x0000000000000000, 0x100000000, 0x1
    T_RR 19, divuw, 0x0000000000000001, 0xffffffff, 0xffffffff
    T_RR 20, divuw, 0xffffffffffffffff, 0xffffffff, 0x1
    T_RR 21, divuw, 0x000000000000ffff, 0xffff0000, 0x10000
    T_RR 22, divuw, 0xffffffffffffffff, 0x7fffffff00000005, 0xffffffff00000000
    T_RR 1, remw, 0x0000000000000000, 0x0, 0x0
    T_RR 2, remw, 0x0000000000000003, 0x3, 0x7
    T_RR 3, remw, 0xfffffffffffffffd, 0xfffffffffffffffd, 0x7
    T_RR 4, remw, 0x0000000000000003, 0x3, 0xfffffffffffffff9
    T_RR 5, remw, 0xffffffffffffffff, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 6, remw, 0x0000000000000001, 0x7, 0xfffffffffffffffd
    T_RR 7, remw, 0xffffffffffffffff, 0xfffffffffffffff9, 0x3
    T_RR 8, remw, 0x0000000000000000, 0x80000000, 0xffffffffffffffff
    T_RR 9, remw, 0x0000000000000000, 0xffffffff80000000, 0xffffffffffffffff
    T_RR 10, remw, 0x0000000000000000, 0x80000000, 0x1
    T_RR 11, remw, 0x0000000000000000, 0x7fffffff, 0x7fffffff
    T_RR 12, remw, 0x0000000000000001, 0x7fffffff, 0x2
    T_RR 13, remw, 0x0000000000000005, 0x5, 0x0
    T_RR 14, remw, 0xfffffffffffffffb, 0xfffffffffffffffb, 0x0
    T_RR 15, remw, 0xffffffff80000000, 0x80000000, 0x0
    T_RR 16, remw, 0x0000000000000001, 0x123456789, 0x100000002
    T_RR 17, remw, 0x0000000000000001, 0xdeadbeef00000007, 0x3
    T_RR 18, remw, 0x0000000000000000, 0x100000000, 0x1
    T_RR 19, remw, 0x0000000000000000, 0xffffffff, 0xffffffff
    T_RR 20, remw, 0x0000000000000000, 0xffffffff, 0x1
    T_RR 21, remw, 0x0000000000000000, 0xffff0000, 0x10000
    T_RR 22, remw, 0x0000000000000005, 0x7fffffff00000005, 0xffffffff00000000
    T_RR 1, remuw, 0x0000000000000000, 0x0, 0x0
    T_RR 2, remuw, 0x0000000000000003, 0x3, 0x7
    T_RR 3, remuw, 0x0000000000000001, 0xfffffffffffffffd, 0x7
    T_RR 4, remuw, 0x0000000000000003, 0x3, 0xfffffffffffffff9
    T_RR 5, remuw, 0xfffffffffffffff9, 0xfffffffffffffff9, 0xfffffffffffffffd
    T_RR 6, remuw, 0x0000000000000007, 0x7, 0xfffffffffffffffd
    T_RR 7, remuw, 0x0000000000000000, 0xfffffffffffffff9, 0x3
    T_RR 8, remuw, 0xffffffff80000000, 0x80000000, 0xffffffffffffffff
    T_RR 9, remuw, 0xffffffff80000000, 0xffffffff80000000, 0xffffffffffffffff
    T_RR 10, remuw, 0x0000000000000000, 0x80000000, 0x1
    T_RR 11, remuw, 0x0000000000000000, 0x7fffffff, 0x7fffffff
    T_RR 12, remuw, 0x0000000000000001, 0x7fffffff, 0x2
    T_RR 13, remuw, 0x0000000000000005, 0x5, 0x0
    T_RR 14, remuw, 0xfffffffffffffffb, 0xfffffffffffffffb, 0x0
    T_RR 15, remuw, 0xffffffff80000000, 0x80000000, 0x0
    T_RR 16, remuw, 0x0000000000000001, 0x123456789, 0x100000002
    T_RR 17, remuw, 0x0000000000000001, 0xdeadbeef00000007, 0x3
    T_RR 18, remuw, 0x0000000000000000, 0x100000000, 0x1
    T_RR 19, remuw, 0x0000000000000000, 0xffffffff, 0xffffffff
    T_RR 20, remuw, 0x0000000000000000, 0xffffffff, 0x1
    T_RR 21, remuw, 0x0000000000000000, 0xffff0000, 0x10000
    T_RR 22, remuw, 0x0000000000000005, 0x7fffffff00000005, 0xffffffff00000000
    T_RR_D1 a1, mul, 0xe7603ef27e5618cf, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, mul, 0xe7603ef27e5618cf, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, mul, 0x00dce2b9fafaaf71, 0xfffffffff1234567
    T_RR_ZD a4, mul, 0xfffffffff1234567, 3
    T_RR_D1 a1, mulh, 0x0000000000b00ea4, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, mulh, 0x0000000000b00ea4, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, mulh, 0x0000000000000000, 0xfffffffff1234567
    T_RR_ZD a4, mulh, 0xfffffffff1234567, 3
    T_RR_D1 a1, mulhsu, 0x0000000000b00ea4, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, mulhsu, 0x0000000000b00ea4, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, mulhsu, 0xfffffffff1234567, 0xfffffffff1234567
    T_RR_ZD a4, mulhsu, 0xfffffffff1234567, 3
    T_RR_D1 a1, mulhu, 0x0000000000b00ea4, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, mulhu, 0x0000000000b00ea4, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, mulhu, 0xffffffffe2468ace, 0xfffffffff1234567
    T_RR_ZD a4, mulhu, 0xfffffffff1234567, 3
    T_RR_D1 a1, div, 0x00000001e1e1e215, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, div, 0x00000001e1e1e215, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, div, 0x0000000000000001, 0xfffffffff1234567
    T_RR_ZD a4, div, 0xfffffffff1234567, 3
    T_RR_D1 a1, divu, 0x00000001e1e1e215, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, divu, 0x00000001e1e1e215, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, divu, 0x0000000000000001, 0xfffffffff1234567
    T_RR_ZD a4, divu, 0xfffffffff1234567, 3
    T_RR_D1 a1, rem, 0x0000000002716086, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, rem, 0x0000000002716086, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, rem, 0x0000000000000000, 0xfffffffff1234567
    T_RR_ZD a4, rem, 0xfffffffff1234567, 3
    T_RR_D1 a1, remu, 0x0000000002716086, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, remu, 0x0000000002716086, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, remu, 0x0000000000000000, 0xfffffffff1234567
    T_RR_ZD a4, remu, 0xfffffffff1234567, 3
    T_RR_D1 a1, mulw, 0x000000007e5618cf, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, mulw, 0x000000007e5618cf, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, mulw, 0xfffffffffafaaf71, 0xfffffffff1234567
    T_RR_ZD a4, mulw, 0xfffffffff1234567, 3
    T_RR_D1 a1, divw, 0xfffffffffffffff4, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, divw, 0xfffffffffffffff4, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, divw, 0x0000000000000001, 0xfffffffff1234567
    T_RR_ZD a4, divw, 0xfffffffff1234567, 3
    T_RR_D1 a1, divuw, 0x000000000000000e, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, divuw, 0x000000000000000e, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, divuw, 0x0000000000000001, 0xfffffffff1234567
    T_RR_ZD a4, divuw, 0xfffffffff1234567, 3
    T_RR_D1 a1, remw, 0xfffffffffb72ea55, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, remw, 0xfffffffffb72ea55, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, remw, 0x0000000000000000, 0xfffffffff1234567
    T_RR_ZD a4, remw, 0xfffffffff1234567, 3
    T_RR_D1 a1, remuw, 0x000000000000000f, 0x1234567887654321, 0x9abcdef
    T_RR_D2 a2, remuw, 0x000000000000000f, 0x1234567887654321, 0x9abcdef
    T_RR_SAME a3, remuw, 0x0000000000000000, 0xfffffffff1234567
    T_RR_ZD a4, remuw, 0xfffffffff1234567, 3

    /* with high registers as operands */
    T_RRr h1, mulh, 0x0000000000000000, 0x7fffffff, 0x7fffffff, t6, t5, t4
    T_RRr h2, div, 0xfffffffffffffffd, -10, 3, s8, s7, s6
    T_RRr h3, remu, 0x5, 0x1005, 0x10, x31, x30, x29

    /* a hot loop: LCG + every kind of divide, 5000 rounds */
    li  s0, 0x12345
    li  s1, 0
    li  s2, 1
    li  s3, 5001
    li  s4, 6364136223846793005
    li  s5, 1442695040888963407
    li  s6, 7
1:  mul s0, s0, s4
    add s0, s0, s5
    divu t0, s0, s2
    add s1, s1, t0
    remu t0, s0, s2
    add s1, s1, t0
    mulhu t0, s0, s0
    add s1, s1, t0
    ori t1, s2, 1
    rem t0, s0, t1
    add s1, s1, t0
    divw t0, s0, s6
    add s1, s1, t0
    mulh t0, s1, s0
    xor s1, s1, t0
    addi s2, s2, 1
    bne s2, s3, 1b
    CHECK2 hot_muldiv, s0, HOT_X, s1, HOT_ACC
TEST_END
