/* Unit test of the x86-64 encoder: builds x64_insn structs directly and
 * compares the bytes with what GNU as 2.40 produces for the same line
 * (`.intel_syntax noprefix`, no -O), plus error cases, the patch offsets in
 * x64_code and the table dump.  Last line: "N passed, N failed". */
#include "x64/x64.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

/* ---- operand builders ---- */

enum { NOREG = 0xff };

static x64_operand reg(int cls, int num)
{
    static const uint16_t sz[] = {0, 8, 8, 16, 32, 64, 16, 64, 32};
    x64_operand o;
    memset(&o, 0, sizeof o);
    o.kind = X64_OP_REG;
    o.reg.cls = (uint8_t)cls;
    o.reg.num = (uint8_t)num;
    o.size = cls < (int)(sizeof sz / sizeof sz[0]) ? sz[cls] : 0;
    return o;
}

#define B8(n) reg(X64_RC_GPR8, n)
#define H8(n) reg(X64_RC_GPR8H, n)
#define W16(n) reg(X64_RC_GPR16, n)
#define D32(n) reg(X64_RC_GPR32, n)
#define Q64(n) reg(X64_RC_GPR64, n)
#define SEG(n) reg(X64_RC_SEG, n)

enum { RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15 };
enum { ES, CS, SS, DS, FS, GS };

/* memory: size in bits (0 = unspecified), base/index class + number */
static x64_operand mem(int size, int bcls, int base, int icls, int index,
                       int scale, int64_t disp)
{
    x64_operand o;
    memset(&o, 0, sizeof o);
    o.kind = X64_OP_MEM;
    o.size = (uint16_t)size;
    if (bcls) {
        o.mem.base.cls = (uint8_t)bcls;
        o.mem.base.num = (uint8_t)base;
    }
    if (icls) {
        o.mem.index.cls = (uint8_t)icls;
        o.mem.index.num = (uint8_t)index;
    }
    o.mem.scale = (uint8_t)scale;
    o.mem.disp = disp;
    return o;
}

/* [base64 + disp] */
static x64_operand mb(int size, int base, int64_t disp)
{
    return mem(size, X64_RC_GPR64, base, 0, 0, 1, disp);
}

static x64_operand mbi(int size, int base, int index, int scale, int64_t disp)
{
    return mem(size, X64_RC_GPR64, base, X64_RC_GPR64, index, scale, disp);
}

static x64_operand mseg(x64_operand o, int seg)
{
    o.mem.seg.cls = X64_RC_SEG;
    o.mem.seg.num = (uint8_t)seg;
    return o;
}

static x64_operand mabs(int size, int64_t addr)
{
    return mem(size, 0, 0, 0, 0, 1, addr);
}

static x64_operand dsym(x64_operand o)
{
    o.mem.disp_sym = 1;
    return o;
}

static x64_operand sized(x64_operand o, int size)
{
    o.size = (uint16_t)size;
    return o;
}

static x64_operand imm(int64_t v)
{
    x64_operand o;
    memset(&o, 0, sizeof o);
    o.kind = X64_OP_IMM;
    o.imm = v;
    return o;
}

static x64_operand symimm(int64_t v)
{
    x64_operand o = imm(v);
    o.sym = 1;
    return o;
}

static x64_insn insn(const char *mn, unsigned prefixes, int n, ...)
{
    x64_insn in;
    va_list ap;
    memset(&in, 0, sizeof in);
    snprintf(in.mnem, sizeof in.mnem, "%s", mn);
    in.prefixes = (uint16_t)prefixes;
    in.nops = (uint8_t)n;
    va_start(ap, n);
    for (int i = 0; i < n; i++) in.op[i] = va_arg(ap, x64_operand);
    va_end(ap);
    return in;
}

/* ---- checks ---- */

static int parse_hex(const char *s, uint8_t *b)
{
    int n = 0;
    while (*s) {
        if (*s == ' ') {
            s++;
            continue;
        }
        unsigned v;
        if (sscanf(s, "%2x", &v) != 1) break;
        b[n++] = (uint8_t)v;
        s += 2;
    }
    return n;
}

static void check_at(const char *what, x64_insn in, uint64_t addr, unsigned flags,
                     const char *hex)
{
    uint8_t want[32];
    int n = parse_hex(hex, want);
    x64_code c;
    x64_error e;
    int rc = x64_encode(&in, addr, flags, &c, &e);
    if (rc != X64_OK) {
        printf("FAIL %-44s: error %d (%s), want %s\n", what, rc, e.msg, hex);
        failed++;
        return;
    }
    if (c.len != n || memcmp(c.bytes, want, (size_t)n) != 0) {
        printf("FAIL %-44s: got", what);
        for (int i = 0; i < c.len; i++) printf(" %02x", c.bytes[i]);
        printf(", want %s\n", hex);
        failed++;
        return;
    }
    passed++;
}

#define CHECK(what, in, hex) check_at(what, in, 0, 0, hex)

static void check_err(const char *what, x64_insn in, int want_rc, int want_op)
{
    x64_code c;
    x64_error e;
    int rc = x64_encode(&in, 0, 0, &c, &e);
    if (rc != want_rc || (want_op != -2 && e.op != want_op) || (rc && !e.msg[0])) {
        printf("FAIL %-44s: rc %d op %d (%s), want rc %d op %d\n", what, rc, e.op,
               e.msg, want_rc, want_op);
        failed++;
        return;
    }
    passed++;
}

static void check_fields(const char *what, x64_insn in, uint64_t addr,
                         int imm_off, int imm_size, int disp_off, int disp_size,
                         int rel_off, int rel_size)
{
    x64_code c;
    x64_error e;
    int rc = x64_encode(&in, addr, 0, &c, &e);
    if (rc || c.imm_off != imm_off || c.imm_size != imm_size ||
        c.disp_off != disp_off || c.disp_size != disp_size ||
        c.rel_off != rel_off || c.rel_size != rel_size) {
        printf("FAIL %-44s: rc %d imm %d/%d disp %d/%d rel %d/%d\n", what, rc,
               c.imm_off, c.imm_size, c.disp_off, c.disp_size, c.rel_off, c.rel_size);
        failed++;
        return;
    }
    passed++;
}

static void check_true(const char *what, int cond)
{
    if (!cond) {
        printf("FAIL %s\n", what);
        failed++;
    } else
        passed++;
}

/* ---- tests ---- */

static void test_alu(void)
{
    CHECK("add eax, 1", insn("add", 0, 2, D32(RAX), imm(1)), "83 c0 01");
    CHECK("add eax, 0xffffffff", insn("add", 0, 2, D32(RAX), imm(0xffffffff)), "83 c0 ff");
    CHECK("add eax, 0x80", insn("add", 0, 2, D32(RAX), imm(0x80)), "05 80 00 00 00");
    CHECK("add ax, 0xffff", insn("add", 0, 2, W16(RAX), imm(0xffff)), "66 83 c0 ff");
    CHECK("add ax, -0x8000", insn("add", 0, 2, W16(RAX), imm(-0x8000)), "66 05 00 80");
    CHECK("add al, 0xff", insn("add", 0, 2, B8(RAX), imm(0xff)), "04 ff");
    CHECK("add al, -0x81 (GNU truncates)", insn("add", 0, 2, B8(RAX), imm(-0x81)), "04 7f");
    CHECK("add eax, -0xffffffff", insn("add", 0, 2, D32(RAX), imm(-0xffffffffLL)), "05 01 00 00 00");
    CHECK("add eax, -0x80000001", insn("add", 0, 2, D32(RAX), imm(-0x80000001LL)), "05 ff ff ff 7f");
    CHECK("imul ax, bx, -0xffff", insn("imul", 0, 3, W16(RAX), W16(RBX), imm(-0xffff)), "66 69 c3 01 00");
    CHECK("add rax, 0x7fffffff", insn("add", 0, 2, Q64(RAX), imm(0x7fffffff)), "48 05 ff ff ff 7f");
    CHECK("add rax, -1", insn("add", 0, 2, Q64(RAX), imm(-1)), "48 83 c0 ff");
    CHECK("add rcx, 0x80", insn("add", 0, 2, Q64(RCX), imm(0x80)), "48 81 c1 80 00 00 00");
    CHECK("add eax, ebx", insn("add", 0, 2, D32(RAX), D32(RBX)), "01 d8");
    CHECK("add eax, [rbx]", insn("add", 0, 2, D32(RAX), mb(0, RBX, 0)), "03 03");
    CHECK("sub r8, r9", insn("sub", 0, 2, Q64(R8), Q64(R9)), "4d 29 c8");
    CHECK("cmp BYTE PTR [rax], 1", insn("cmp", 0, 2, mb(8, RAX, 0), imm(1)), "80 38 01");
    CHECK("xor WORD PTR [r12], 0x1234", insn("xor", 0, 2, mb(16, R12, 0), imm(0x1234)),
          "66 41 81 34 24 34 12");
    CHECK("adc rax, OFFSET sym", insn("adc", 0, 2, Q64(RAX), symimm(0)), "48 15 00 00 00 00");
    CHECK("and QWORD PTR [rax], 5 (sym)", insn("and", 0, 2, mb(64, RAX, 0), symimm(5)),
          "48 81 20 05 00 00 00");
    CHECK("test al, 1", insn("test", 0, 2, B8(RAX), imm(1)), "a8 01");
    CHECK("test eax, ebx", insn("test", 0, 2, D32(RAX), D32(RBX)), "85 d8");
    CHECK("test eax, [rax]", insn("test", 0, 2, D32(RAX), mb(0, RAX, 0)), "85 00");
    CHECK("test rax, -1", insn("test", 0, 2, Q64(RAX), imm(-1)), "48 a9 ff ff ff ff");
    CHECK("inc DWORD PTR [rax]", insn("inc", 0, 1, mb(32, RAX, 0)), "ff 00");
    CHECK("neg r15b", insn("neg", 0, 1, B8(R15)), "41 f6 df");
    CHECK("not spl", insn("not", 0, 1, B8(RSP)), "40 f6 d4");
    CHECK("mul al", insn("mul", 0, 1, B8(RAX)), "f6 e0");
    CHECK("div rax, rbx", insn("div", 0, 2, Q64(RAX), Q64(RBX)), "48 f7 f3");
    CHECK("imul rax", insn("imul", 0, 1, Q64(RAX)), "48 f7 e8");
    CHECK("imul eax, [rax]", insn("imul", 0, 2, D32(RAX), mb(0, RAX, 0)), "0f af 00");
    CHECK("imul eax, 5", insn("imul", 0, 2, D32(RAX), imm(5)), "6b c0 05");
    CHECK("imul eax, 0x80", insn("imul", 0, 2, D32(RAX), imm(0x80)), "69 c0 80 00 00 00");
    CHECK("imul eax, ebx, 500", insn("imul", 0, 3, D32(RAX), D32(RBX), imm(500)),
          "69 c3 f4 01 00 00");
    CHECK("imul ax, bx, -1", insn("imul", 0, 3, W16(RAX), W16(RBX), imm(-1)), "66 6b c3 ff");
}

static void test_shift_bits(void)
{
    CHECK("shl eax, 1", insn("shl", 0, 2, D32(RAX), imm(1)), "d1 e0");
    CHECK("shl eax", insn("shl", 0, 1, D32(RAX)), "d1 e0");
    CHECK("sal eax, 1", insn("sal", 0, 2, D32(RAX), imm(1)), "d1 e0");
    CHECK("shl eax, cl", insn("shl", 0, 2, D32(RAX), B8(RCX)), "d3 e0");
    CHECK("shl eax, 255", insn("shl", 0, 2, D32(RAX), imm(255)), "c1 e0 ff");
    CHECK("shl eax, -1", insn("shl", 0, 2, D32(RAX), imm(-1)), "c1 e0 ff");
    CHECK("sar QWORD PTR [rbp], 3", insn("sar", 0, 2, mb(64, RBP, 0), imm(3)), "48 c1 7d 00 03");
    CHECK("rcl eax, 1", insn("rcl", 0, 2, D32(RAX), imm(1)), "d1 d0");
    CHECK("shld eax, ebx, 3", insn("shld", 0, 3, D32(RAX), D32(RBX), imm(3)), "0f a4 d8 03");
    CHECK("shld eax, ebx", insn("shld", 0, 2, D32(RAX), D32(RBX)), "0f a5 d8");
    CHECK("shrd ax, bx, 3", insn("shrd", 0, 3, W16(RAX), W16(RBX), imm(3)), "66 0f ac d8 03");
    CHECK("bt rax, 63", insn("bt", 0, 2, Q64(RAX), imm(63)), "48 0f ba e0 3f");
    CHECK("bt [rax], eax", insn("bt", 0, 2, mb(0, RAX, 0), D32(RAX)), "0f a3 00");
    CHECK("btc eax, 3", insn("btc", 0, 2, D32(RAX), imm(3)), "0f ba f8 03");
    CHECK("popcnt rax, rbx", insn("popcnt", 0, 2, Q64(RAX), Q64(RBX)), "f3 48 0f b8 c3");
    CHECK("lzcnt eax, ebx", insn("lzcnt", 0, 2, D32(RAX), D32(RBX)), "f3 0f bd c3");
    CHECK("tzcnt ax, fs:[eax]", insn("tzcnt", 0, 2, W16(RAX),
                                     mseg(mem(0, X64_RC_GPR32, RAX, 0, 0, 1, 0), FS)),
          "64 67 66 f3 0f bc 00");
    CHECK("bsr ax, [rax]", insn("bsr", 0, 2, W16(RAX), mb(0, RAX, 0)), "66 0f bd 00");
}

static void test_bmi_vex(void)
{
    CHECK("andn eax, ebx, ecx", insn("andn", 0, 3, D32(RAX), D32(RBX), D32(RCX)),
          "c4 e2 60 f2 c1");
    CHECK("andn rax, rbx, [r9]", insn("andn", 0, 3, Q64(RAX), Q64(RBX), mb(0, R9, 0)),
          "c4 c2 e0 f2 01");
    CHECK("andn r8d, r9d, r10d", insn("andn", 0, 3, D32(R8), D32(R9), D32(R10)),
          "c4 42 30 f2 c2");
    CHECK("bextr eax, ecx, ebx", insn("bextr", 0, 3, D32(RAX), D32(RCX), D32(RBX)),
          "c4 e2 60 f7 c1");
    CHECK("blsi eax, ebx", insn("blsi", 0, 2, D32(RAX), D32(RBX)), "c4 e2 78 f3 db");
    CHECK("blsmsk rax, [rbx]", insn("blsmsk", 0, 2, Q64(RAX), mb(0, RBX, 0)),
          "c4 e2 f8 f3 13");
    CHECK("blsr r9, r10", insn("blsr", 0, 2, Q64(R9), Q64(R10)), "c4 c2 b0 f3 ca");
    CHECK("bzhi eax, ebx, ecx", insn("bzhi", 0, 3, D32(RAX), D32(RBX), D32(RCX)),
          "c4 e2 70 f5 c3");
    CHECK("pdep eax, ebx, ecx", insn("pdep", 0, 3, D32(RAX), D32(RBX), D32(RCX)),
          "c4 e2 63 f5 c1");
    CHECK("pext rax, rbx, rcx", insn("pext", 0, 3, Q64(RAX), Q64(RBX), Q64(RCX)),
          "c4 e2 e2 f5 c1");
    CHECK("rorx rax, [rbx], 63", insn("rorx", 0, 3, Q64(RAX), mb(0, RBX, 0), imm(63)),
          "c4 e3 fb f0 03 3f");
    CHECK("sarx eax, ebx, ecx", insn("sarx", 0, 3, D32(RAX), D32(RBX), D32(RCX)),
          "c4 e2 72 f7 c3");
    CHECK("shlx eax, ebx, ecx", insn("shlx", 0, 3, D32(RAX), D32(RBX), D32(RCX)),
          "c4 e2 71 f7 c3");
    CHECK("shrx rax, rbx, rcx", insn("shrx", 0, 3, Q64(RAX), Q64(RBX), Q64(RCX)),
          "c4 e2 f3 f7 c3");
    CHECK("andn eax, ebx, fs:[eax]", insn("andn", 0, 3, D32(RAX), D32(RBX),
                                          mseg(mem(0, X64_RC_GPR32, RAX, 0, 0, 1, 0), FS)),
          "64 67 c4 e2 60 f2 00");
    CHECK("adcx eax, ebx", insn("adcx", 0, 2, D32(RAX), D32(RBX)), "66 0f 38 f6 c3");
    CHECK("adcx rax, [r8]", insn("adcx", 0, 2, Q64(RAX), mb(0, R8, 0)), "66 49 0f 38 f6 00");
    CHECK("adox eax, ebx", insn("adox", 0, 2, D32(RAX), D32(RBX)), "f3 0f 38 f6 c3");
    CHECK("crc32 eax, r8b", insn("crc32", 0, 2, D32(RAX), B8(R8)), "f2 41 0f 38 f0 c0");
    CHECK("crc32 rax, rax", insn("crc32", 0, 2, Q64(RAX), Q64(RAX)), "f2 48 0f 38 f1 c0");
    CHECK("crc32 eax, WORD PTR [rax]", insn("crc32", 0, 2, D32(RAX), mb(16, RAX, 0)),
          "66 f2 0f 38 f1 00");
    CHECK("movbe [rax], ax", insn("movbe", 0, 2, mb(0, RAX, 0), W16(RAX)), "66 0f 38 f1 00");
    CHECK("movbe rax, [rax]", insn("movbe", 0, 2, Q64(RAX), mb(0, RAX, 0)), "48 0f 38 f0 00");
}

static void test_mov(void)
{
    CHECK("mov eax, 1", insn("mov", 0, 2, D32(RAX), imm(1)), "b8 01 00 00 00");
    CHECK("mov rax, -1", insn("mov", 0, 2, Q64(RAX), imm(-1)), "48 c7 c0 ff ff ff ff");
    CHECK("mov rax, 0xffffffff", insn("mov", 0, 2, Q64(RAX), imm(0xffffffff)),
          "48 b8 ff ff ff ff 00 00 00 00");
    CHECK("mov rax, OFFSET sym", insn("mov", 0, 2, Q64(RAX), symimm(0)), "48 c7 c0 00 00 00 00");
    CHECK("mov r8, 5", insn("mov", 0, 2, Q64(R8), imm(5)), "49 c7 c0 05 00 00 00");
    CHECK("mov al, -0x80", insn("mov", 0, 2, B8(RAX), imm(-0x80)), "b0 80");
    CHECK("mov spl, 1", insn("mov", 0, 2, B8(RSP), imm(1)), "40 b4 01");
    CHECK("mov ah, 1", insn("mov", 0, 2, H8(4), imm(1)), "b4 01");
    CHECK("mov ah, al", insn("mov", 0, 2, H8(4), B8(RAX)), "88 c4");
    CHECK("mov eax, ebx", insn("mov", 0, 2, D32(RAX), D32(RBX)), "89 d8");
    CHECK("mov DWORD PTR [rax], 5", insn("mov", 0, 2, mb(32, RAX, 0), imm(5)),
          "c7 00 05 00 00 00");
    CHECK("movabs rax, 1", insn("movabs", 0, 2, Q64(RAX), imm(1)),
          "48 b8 01 00 00 00 00 00 00 00");
    CHECK("movabs eax, ds:0x1000", insn("movabs", 0, 2, D32(RAX), mseg(mabs(0, 0x1000), DS)),
          "a1 00 10 00 00 00 00 00 00");
    CHECK("movabs ds:0x1000, rax", insn("movabs", 0, 2, mabs(0, 0x1000), Q64(RAX)),
          "48 a3 00 10 00 00 00 00 00 00");
    CHECK("mov eax, ds:0x1000", insn("mov", 0, 2, D32(RAX), mseg(mabs(0, 0x1000), DS)),
          "8b 04 25 00 10 00 00");
    CHECK("mov eax, ds:0xffffffff (moffs)", insn("mov", 0, 2, D32(RAX), mabs(0, 0xffffffff)),
          "a1 ff ff ff ff 00 00 00 00");
    CHECK("mov eax, fs:0x1000", insn("mov", 0, 2, D32(RAX), mseg(mabs(0, 0x1000), FS)),
          "64 8b 04 25 00 10 00 00");
    CHECK("addr32 mov eax, ds:0x1000", insn("mov", X64_P_ADDR32, 2, D32(RAX), mabs(0, 0x1000)),
          "67 a1 00 10 00 00");
    CHECK("mov [rax], ds", insn("mov", 0, 2, mb(0, RAX, 0), SEG(DS)), "8c 18");
    CHECK("mov ax, ds", insn("mov", 0, 2, W16(RAX), SEG(DS)), "66 8c d8");
    CHECK("mov rax, ds", insn("mov", 0, 2, Q64(RAX), SEG(DS)), "8c d8");
    CHECK("mov ds, ax", insn("mov", 0, 2, SEG(DS), W16(RAX)), "8e d8");
    CHECK("mov gs, rax", insn("mov", 0, 2, SEG(GS), Q64(RAX)), "8e e8");
    CHECK("movzx eax, al", insn("movzx", 0, 2, D32(RAX), B8(RAX)), "0f b6 c0");
    CHECK("movzx eax, ah", insn("movzx", 0, 2, D32(RAX), H8(4)), "0f b6 c4");
    CHECK("movzx rax, BYTE PTR [rax]", insn("movzx", 0, 2, Q64(RAX), mb(8, RAX, 0)),
          "48 0f b6 00");
    CHECK("movsx ax, al", insn("movsx", 0, 2, W16(RAX), B8(RAX)), "66 0f be c0");
    CHECK("movsx rax, eax", insn("movsx", 0, 2, Q64(RAX), D32(RAX)), "48 63 c0");
    CHECK("movsxd rax, [rax]", insn("movsxd", 0, 2, Q64(RAX), mb(0, RAX, 0)), "48 63 00");
    CHECK("cmovz eax, ebx", insn("cmovz", 0, 2, D32(RAX), D32(RBX)), "0f 44 c3");
    CHECK("cmove ax, [rax]", insn("cmove", 0, 2, W16(RAX), mb(0, RAX, 0)), "66 0f 44 00");
    CHECK("cmovnae rax, rbx", insn("cmovnae", 0, 2, Q64(RAX), Q64(RBX)), "48 0f 42 c3");
    CHECK("cmovg r8d, r9d", insn("cmovg", 0, 2, D32(R8), D32(R9)), "45 0f 4f c1");
    CHECK("setnb al", insn("setnb", 0, 1, B8(RAX)), "0f 93 c0");
    CHECK("sete spl", insn("sete", 0, 1, B8(RSP)), "40 0f 94 c4");
    CHECK("setz ah", insn("setz", 0, 1, H8(4)), "0f 94 c4");
    CHECK("seto [rax]", insn("seto", 0, 1, mb(0, RAX, 0)), "0f 90 00");
    CHECK("xchg eax, eax", insn("xchg", 0, 2, D32(RAX), D32(RAX)), "87 c0");
    CHECK("xchg ax, ax", insn("xchg", 0, 2, W16(RAX), W16(RAX)), "66 90");
    CHECK("data16 xchg eax, eax", insn("xchg", X64_P_DATA16, 2, D32(RAX), D32(RAX)), "66 87 c0");
    CHECK("rex xchg eax, eax", insn("xchg", X64_P_REX, 2, D32(RAX), D32(RAX)), "40 87 c0");
    CHECK("xchg rax, rax", insn("xchg", 0, 2, Q64(RAX), Q64(RAX)), "90");
    CHECK("xchg ebx, eax", insn("xchg", 0, 2, D32(RBX), D32(RAX)), "93");
    CHECK("xchg ecx, ebx", insn("xchg", 0, 2, D32(RCX), D32(RBX)), "87 d9");
    CHECK("xchg ecx, [rax]", insn("xchg", 0, 2, D32(RCX), mb(0, RAX, 0)), "87 08");
    CHECK("xchg r8, rax", insn("xchg", 0, 2, Q64(R8), Q64(RAX)), "49 90");
    CHECK("bswap r8d", insn("bswap", 0, 1, D32(R8)), "41 0f c8");
    CHECK("bswap rax", insn("bswap", 0, 1, Q64(RAX)), "48 0f c8");
    CHECK("lea eax, [rax]", insn("lea", 0, 2, D32(RAX), mb(0, RAX, 0)), "8d 00");
    CHECK("lea ax, [rax]", insn("lea", 0, 2, W16(RAX), mb(0, RAX, 0)), "66 8d 00");
    CHECK("xadd [rax], eax", insn("xadd", X64_P_LOCK, 2, mb(0, RAX, 0), D32(RAX)),
          "f0 0f c1 00");
    CHECK("cmpxchg8b [rax]", insn("cmpxchg8b", 0, 1, mb(0, RAX, 0)), "0f c7 08");
    CHECK("lock cmpxchg16b [rax]", insn("cmpxchg16b", X64_P_LOCK, 1, mb(0, RAX, 0)),
          "f0 48 0f c7 08");
    CHECK("cbw", insn("cbw", 0, 0), "66 98");
    CHECK("cdqe", insn("cdqe", 0, 0), "48 98");
    CHECK("cqo", insn("cqo", 0, 0), "48 99");
}

static void test_addressing(void)
{
    CHECK("[rsp]", insn("mov", 0, 2, D32(RAX), mb(0, RSP, 0)), "8b 04 24");
    CHECK("[r12]", insn("mov", 0, 2, D32(RAX), mb(0, R12, 0)), "41 8b 04 24");
    CHECK("[rbp]", insn("mov", 0, 2, D32(RAX), mb(0, RBP, 0)), "8b 45 00");
    CHECK("[r13]", insn("mov", 0, 2, D32(RAX), mb(0, R13, 0)), "41 8b 45 00");
    CHECK("[rax*2]", insn("mov", 0, 2, D32(RAX), mem(0, 0, 0, X64_RC_GPR64, RAX, 2, 0)),
          "8b 04 45 00 00 00 00");
    CHECK("[rax+rax*1]", insn("mov", 0, 2, D32(RAX), mbi(0, RAX, RAX, 1, 0)), "8b 04 00");
    CHECK("[r12+r13*8+0x100]", insn("mov", 0, 2, D32(RAX), mbi(0, R12, R13, 8, 0x100)),
          "43 8b 84 ec 00 01 00 00");
    CHECK("[rax-0x80000000]", insn("mov", 0, 2, D32(RAX), mb(0, RAX, -0x80000000LL)),
          "8b 80 00 00 00 80");
    CHECK("[rax+0x7f]", insn("mov", 0, 2, D32(RAX), mb(0, RAX, 0x7f)), "8b 40 7f");
    CHECK("[rax+0x80]", insn("mov", 0, 2, D32(RAX), mb(0, RAX, 0x80)), "8b 80 80 00 00 00");
    CHECK("[rax+rsp] swaps", insn("mov", 0, 2, D32(RAX), mbi(0, RAX, RSP, 1, 0)), "8b 04 04");
    CHECK("[rax+r12]", insn("mov", 0, 2, D32(RAX), mbi(0, RAX, R12, 1, 0)), "42 8b 04 20");
    CHECK("[eax+ecx*4]", insn("mov", 0, 2, D32(RAX),
                              mem(0, X64_RC_GPR32, RAX, X64_RC_GPR32, RCX, 4, 0)),
          "67 8b 04 88");
    CHECK("[eax+0xffffffff]", insn("mov", 0, 2, D32(RAX), mem(0, X64_RC_GPR32, RAX, 0, 0, 1, 0xffffffff)),
          "67 8b 40 ff");
    CHECK("[eax-0xffffffff]", insn("mov", 0, 2, D32(RAX), mem(0, X64_RC_GPR32, RAX, 0, 0, 1, -0xffffffffLL)),
          "67 8b 80 01 00 00 00");
    CHECK("[r8d]", insn("mov", 0, 2, D32(RAX), mem(0, X64_RC_GPR32, R8, 0, 0, 1, 0)),
          "67 41 8b 00");
    CHECK("[rip+0x10]", insn("mov", 0, 2, D32(RAX), mem(0, X64_RC_RIP, 0, 0, 0, 1, 0x10)),
          "8b 05 10 00 00 00");
    CHECK("[eip+0x10]", insn("mov", 0, 2, D32(RAX), mem(0, X64_RC_EIP, 0, 0, 0, 1, 0x10)),
          "67 8b 05 10 00 00 00");
    CHECK("[rax+sym]", insn("mov", 0, 2, D32(RAX), dsym(mb(0, RAX, 0))), "8b 80 00 00 00 00");
    CHECK("[rbp+sym]", insn("mov", 0, 2, D32(RAX), dsym(mb(0, RBP, 0))), "8b 85 00 00 00 00");
    CHECK("ds:[rax] dropped", insn("mov", 0, 2, D32(RAX), mseg(mb(0, RAX, 0), DS)), "8b 00");
    CHECK("ds:[rbp] kept", insn("mov", 0, 2, D32(RAX), mseg(mb(0, RBP, 0), DS)), "3e 8b 45 00");
    CHECK("ss:[rbp] dropped", insn("mov", 0, 2, D32(RAX), mseg(mb(0, RBP, 0), SS)), "8b 45 00");
    CHECK("ss:[r13] kept", insn("mov", 0, 2, D32(RAX), mseg(mb(0, R13, 0), SS)), "36 41 8b 45 00");
    CHECK("ss:[rip]", insn("mov", 0, 2, D32(RAX), mseg(mem(0, X64_RC_RIP, 0, 0, 0, 1, 0), SS)),
          "36 8b 05 00 00 00 00");
    CHECK("cs:[rax]", insn("mov", 0, 2, D32(RAX), mseg(mb(0, RAX, 0), CS)), "2e 8b 00");
    CHECK("ds:[ebp]", insn("mov", 0, 2, D32(RAX), mseg(mem(0, X64_RC_GPR32, RBP, 0, 0, 1, 0), DS)),
          "3e 67 8b 45 00");
    {
        x64_insn in = insn("mov", X64_P_SEG, 2, D32(RAX), mb(0, RAX, 0));
        in.seg_prefix = DS;
        CHECK("ds mov eax, [rax] (explicit)", in, "3e 8b 00");
    }
    {
        x64_insn in = insn("nop", X64_P_SEG, 1, mbi(16, RAX, RAX, 1, 0));
        in.seg_prefix = CS;
        CHECK("cs nop WORD PTR [rax+rax*1]", in, "2e 66 0f 1f 04 00");
    }
    /* rip-relative to an absolute target: disp = target - end of insn */
    {
        x64_operand m = mem(0, X64_RC_RIP, 0, 0, 0, 1, 0x1000);
        m.mem.disp_pcrel = 1;
        check_at("mov eax, [rip+target] pcrel", insn("mov", 0, 2, D32(RAX), m), 0x100, 0,
                 "8b 05 fa 0e 00 00");
        check_at("mov DWORD PTR [rip+t], 1 pcrel", insn("mov", 0, 2, sized(m, 32), imm(1)),
                 0x100, 0, "c7 05 f6 0e 00 00 01 00 00 00");
    }
}

static void test_stack_branch(void)
{
    CHECK("push rax", insn("push", 0, 1, Q64(RAX)), "50");
    CHECK("push r8w", insn("push", 0, 1, W16(R8)), "66 41 50");
    CHECK("push [rax]", insn("push", 0, 1, mb(0, RAX, 0)), "ff 30");
    CHECK("push WORD PTR [rax]", insn("push", 0, 1, mb(16, RAX, 0)), "66 ff 30");
    CHECK("pop [rax]", insn("pop", 0, 1, mb(0, RAX, 0)), "8f 00");
    CHECK("push -1", insn("push", 0, 1, imm(-1)), "6a ff");
    CHECK("push 0x1234", insn("push", 0, 1, imm(0x1234)), "68 34 12 00 00");
    CHECK("push fs", insn("push", 0, 1, SEG(FS)), "0f a0");
    CHECK("pop gs", insn("pop", 0, 1, SEG(GS)), "0f a9");
    CHECK("pushw 1", insn("pushw", 0, 1, imm(1)), "66 6a 01");
    CHECK("pushfq", insn("pushfq", 0, 0), "9c");
    CHECK("popfw", insn("popfw", 0, 0), "66 9d");
    CHECK("enter 1, 2", insn("enter", 0, 2, imm(1), imm(2)), "c8 01 00 02");
    CHECK("leave", insn("leave", 0, 0), "c9");
    CHECK("ret", insn("ret", 0, 0), "c3");
    CHECK("ret 0xffff", insn("ret", 0, 1, imm(0xffff)), "c2 ff ff");
    CHECK("retw", insn("retw", 0, 0), "66 c3");
    CHECK("rep ret", insn("ret", X64_P_REP, 0), "f3 c3");
    CHECK("bnd ret", insn("ret", X64_P_BND, 0), "f2 c3");
    check_at("jmp .+2", insn("jmp", 0, 1, imm(0x1002)), 0x1000, 0, "eb 00");
    check_at("jmp .-126", insn("jmp", 0, 1, imm(0x1000 - 126)), 0x1000, 0, "eb 80");
    check_at("jmp .-127", insn("jmp", 0, 1, imm(0x1000 - 127)), 0x1000, 0, "e9 7c ff ff ff");
    check_at("jmp .+129", insn("jmp", 0, 1, imm(0x1000 + 129)), 0x1000, 0, "eb 7f");
    check_at("jmp .+130", insn("jmp", 0, 1, imm(0x1000 + 130)), 0x1000, 0, "e9 7d 00 00 00");
    check_at("jmp .+2 long", insn("jmp", 0, 1, imm(0x1002)), 0x1000, X64_ENC_LONG_BRANCH,
             "e9 fd ff ff ff");
    check_at("jmp sym (rel32)", insn("jmp", 0, 1, symimm(0x1005)), 0x1000, 0, "e9 00 00 00 00");
    check_at("jz .+2", insn("jz", 0, 1, imm(2)), 0, 0, "74 00");
    check_at("je .+0x1000", insn("je", 0, 1, imm(0x1000)), 0, 0, "0f 84 fa 0f 00 00");
    check_at("jnle .+2", insn("jnle", 0, 1, imm(2)), 0, 0, "7f 00");
    check_at("bnd jz .+2", insn("jz", X64_P_BND, 1, imm(2)), 0, 0, "f2 74 ff");
    check_at("call .+5", insn("call", 0, 1, imm(5)), 0, 0, "e8 00 00 00 00");
    check_at("call .+2 (rel32 only)", insn("call", 0, 1, imm(2)), 0, 0, "e8 fd ff ff ff");
    check_at("loop .+2", insn("loop", 0, 1, imm(2)), 0, 0, "e2 00");
    check_at("loopnz .+2", insn("loopnz", 0, 1, imm(2)), 0, 0, "e0 00");
    check_at("jrcxz .+2", insn("jrcxz", 0, 1, imm(2)), 0, 0, "e3 00");
    check_at("jecxz .+2", insn("jecxz", 0, 1, imm(2)), 0, 0, "67 e3 ff");
    check_at("addr32 loop .+3", insn("loop", X64_P_ADDR32, 1, imm(3)), 0, 0, "67 e2 00");
    {
        x64_insn in = insn("jecxz", X64_P_SEG, 1, imm(2));
        in.seg_prefix = DS;
        check_at("ds jecxz .+2", in, 0, 0, "67 3e e3 fe");
        in = insn("jnz", X64_P_SEG, 1, imm(2));
        in.seg_prefix = DS;
        check_at("ds jnz .+2 (hint)", in, 0, 0, "3e 75 ff");
        in = insn("call", X64_P_SEG, 1, imm(5));
        in.seg_prefix = DS;
        check_err("ds call (GNU skips it)", in, X64_E_PREFIX, -1);
    }
    CHECK("jmp rax", insn("jmp", 0, 1, Q64(RAX)), "ff e0");
    CHECK("jmp ax", insn("jmp", 0, 1, W16(RAX)), "66 ff e0");
    CHECK("jmp [rax]", insn("jmp", 0, 1, mb(0, RAX, 0)), "ff 20");
    CHECK("jmp DWORD PTR [rax] (far)", insn("jmp", 0, 1, mb(32, RAX, 0)), "66 ff 28");
    CHECK("jmp FWORD PTR [rax] (far)", insn("jmp", 0, 1, mb(48, RAX, 0)), "ff 28");
    CHECK("call [rax]", insn("call", 0, 1, mb(0, RAX, 0)), "ff 10");
    CHECK("notrack call QWORD PTR [rax]", insn("call", X64_P_NOTRACK, 1, mb(64, RAX, 0)), "3e ff 10");
    CHECK("bnd jmp rax", insn("jmp", X64_P_BND, 1, Q64(RAX)), "f2 ff e0");
    CHECK("int3", insn("int3", 0, 0), "cc");
    CHECK("int 3", insn("int", 0, 1, imm(3)), "cc");
    CHECK("int 0x80", insn("int", 0, 1, imm(0x80)), "cd 80");
    CHECK("int OFFSET sym", insn("int", 0, 1, symimm(3)), "cd 03");
}

static void test_string_misc(void)
{
    x64_operand rsi = mb(8, RSI, 0), rdi = mseg(mb(8, RDI, 0), ES);
    CHECK("movsb", insn("movsb", 0, 0), "a4");
    CHECK("rep movsw", insn("movsw", X64_P_REP, 0), "66 f3 a5");
    CHECK("movsq", insn("movsq", 0, 0), "48 a5");
    CHECK("movsd", insn("movsd", 0, 0), "a5");
    CHECK("repne scasb", insn("scasb", X64_P_REPNE, 0), "f2 ae");
    CHECK("movs es:[rdi], ds:[rsi]", insn("movs", 0, 2, rdi, mseg(rsi, DS)), "a4");
    CHECK("movs es:[rdi], fs:[rsi]", insn("movs", 0, 2, rdi, mseg(rsi, FS)), "64 a4");
    CHECK("movs es:[edi], [esi]", insn("movs", 0, 2, mseg(mem(8, X64_RC_GPR32, RDI, 0, 0, 1, 0), ES),
                                       mem(8, X64_RC_GPR32, RSI, 0, 0, 1, 0)),
          "67 a4");
    CHECK("movs es:[rdi], BYTE PTR [rsi]", insn("movs", 0, 2, mseg(mb(0, RDI, 0), ES), rsi), "a4");
    CHECK("stos es:[rdi], eax", insn("stos", 0, 2, mseg(mb(0, RDI, 0), ES), D32(RAX)), "ab");
    CHECK("rep stos WORD PTR es:[edi], ax",
          insn("stos", X64_P_REP, 2, mseg(mem(16, X64_RC_GPR32, RDI, 0, 0, 1, 0), ES), W16(RAX)),
          "67 66 f3 ab");
    CHECK("lods eax, fs:[rsi]", insn("lods", 0, 2, D32(RAX), mseg(mb(0, RSI, 0), FS)), "64 ad");
    CHECK("scas al, es:[rdi]", insn("scas", 0, 2, B8(RAX), rdi), "ae");
    CHECK("cmps ds:[rsi], es:[rdi]", insn("cmps", X64_P_REP, 2, mseg(rsi, DS), rdi), "f3 a6");
    CHECK("xlat", insn("xlat", 0, 0), "d7");
    CHECK("xlat BYTE PTR ds:[rbx]", insn("xlat", 0, 1, mseg(mb(8, RBX, 0), DS)), "d7");
    CHECK("ins BYTE PTR es:[rdi], dx", insn("ins", 0, 2, rdi, W16(RDX)), "6c");
    CHECK("outs dx, DWORD PTR fs:[rsi]", insn("outs", 0, 2, W16(RDX), mseg(mb(32, RSI, 0), FS)),
          "64 6f");
    CHECK("in al, dx", insn("in", 0, 2, B8(RAX), W16(RDX)), "ec");
    CHECK("in eax, 0xff", insn("in", 0, 2, D32(RAX), imm(0xff)), "e5 ff");
    CHECK("out 0x80, ax", insn("out", 0, 2, imm(0x80), W16(RAX)), "66 e7 80");
    CHECK("nop", insn("nop", 0, 0), "90");
    CHECK("data16 nop", insn("nop", X64_P_DATA16, 0), "66 90");
    CHECK("nop DWORD PTR [rax]", insn("nop", 0, 1, mb(32, RAX, 0)), "0f 1f 00");
    CHECK("nop WORD PTR [rax+rax*1+0x0]", insn("nop", 0, 1, mbi(16, RAX, RAX, 1, 0)),
          "66 0f 1f 04 00");
    CHECK("nop DWORD PTR [rax+rax*1+0x0] disp8", insn("nop", 0, 1, mbi(32, RAX, RAX, 1, 0)),
          "0f 1f 04 00");
    CHECK("nop rax", insn("nop", 0, 1, Q64(RAX)), "48 0f 1f c0");
    CHECK("pause", insn("pause", 0, 0), "f3 90");
    CHECK("lfence", insn("lfence", 0, 0), "0f ae e8");
    CHECK("sfence", insn("sfence", 0, 0), "0f ae f8");
    CHECK("mfence", insn("mfence", 0, 0), "0f ae f0");
    CHECK("prefetchnta [rax]", insn("prefetchnta", 0, 1, mb(0, RAX, 0)), "0f 18 00");
    CHECK("prefetchw [rax]", insn("prefetchw", 0, 1, mb(0, RAX, 0)), "0f 0d 08");
    CHECK("clflush [rax]", insn("clflush", 0, 1, mb(0, RAX, 0)), "0f ae 38");
    CHECK("clflushopt [rax]", insn("clflushopt", 0, 1, mb(0, RAX, 0)), "66 0f ae 38");
    CHECK("endbr64", insn("endbr64", 0, 0), "f3 0f 1e fa");
    CHECK("rdrand ax", insn("rdrand", 0, 1, W16(RAX)), "66 0f c7 f0");
    CHECK("rdseed r8", insn("rdseed", 0, 1, Q64(R8)), "49 0f c7 f8");
    CHECK("rdtscp", insn("rdtscp", 0, 0), "0f 01 f9");
    CHECK("syscall", insn("syscall", 0, 0), "0f 05");
    CHECK("cpuid", insn("cpuid", 0, 0), "0f a2");
    CHECK("ud2", insn("ud2", 0, 0), "0f 0b");
    CHECK("hlt", insn("hlt", 0, 0), "f4");
    CHECK("lock add fs:[eax], ax", insn("add", X64_P_LOCK, 2,
                                        mseg(mem(0, X64_RC_GPR32, RAX, 0, 0, 1, 0), FS), W16(RAX)),
          "64 67 66 f0 01 00");
    CHECK("lock xchg eax, [rax]", insn("xchg", X64_P_LOCK, 2, D32(RAX), mb(0, RAX, 0)), "f0 87 00");
    CHECK("rex mov eax, ebx", insn("mov", X64_P_REX, 2, D32(RAX), D32(RBX)), "40 89 d8");
    CHECK("rex.w mov eax, ebx", insn("mov", X64_P_REXW, 2, D32(RAX), D32(RBX)), "48 89 d8");
    CHECK("data16 mov eax, ebx", insn("mov", X64_P_DATA16, 2, D32(RAX), D32(RBX)), "66 89 d8");
    CHECK("rep bsf eax, ebx", insn("bsf", X64_P_REP, 2, D32(RAX), D32(RBX)), "f3 0f bc c3");
}

static void test_errors(void)
{
    check_err("unknown mnemonic", insn("frobnicate", 0, 0), X64_E_MNEMONIC, -1);
    check_err("mov [rax], [rbx]", insn("mov", 0, 2, mb(0, RAX, 0), mb(0, RBX, 0)), X64_E_OPERANDS, -2);
    check_err("mov eax, bx (size)", insn("mov", 0, 2, D32(RAX), W16(RBX)), X64_E_OPERANDS, -2);
    check_err("inc [rax] ambiguous", insn("inc", 0, 1, mb(0, RAX, 0)), X64_E_OPERANDS, 0);
    check_err("add [rax], 1 ambiguous", insn("add", 0, 2, mb(0, RAX, 0), imm(1)), X64_E_OPERANDS, 0);
    check_err("movzx eax, [rax] ambiguous", insn("movzx", 0, 2, D32(RAX), mb(0, RAX, 0)),
              X64_E_OPERANDS, 1);
    check_err("nop [rax] ambiguous", insn("nop", 0, 1, mb(0, RAX, 0)), X64_E_OPERANDS, 0);
    check_err("mul eax, ebx (operand count)", insn("mul", 0, 2, D32(RAX), D32(RBX)), X64_E_OPERANDS, -2);
    check_err("add al, 0x100", insn("add", 0, 2, B8(RAX), imm(0x100)), X64_E_RANGE, 1);
    check_err("add al, -0x100", insn("add", 0, 2, B8(RAX), imm(-0x100)), X64_E_RANGE, 1);
    check_err("shl ax, -0x81", insn("shl", 0, 2, W16(RAX), imm(-0x81)), X64_E_RANGE, 1);
    check_err("[eax-0x100000000]", insn("mov", 0, 2, D32(RAX), mem(0, X64_RC_GPR32, RAX, 0, 0, 1, -0x100000000LL)),
              X64_E_RANGE, 1);
    check_err("add rax, 0x80000000", insn("add", 0, 2, Q64(RAX), imm(0x80000000LL)), X64_E_RANGE, 1);
    check_err("push 0x80000000", insn("push", 0, 1, imm(0x80000000LL)), X64_E_RANGE, 0);
    check_err("shl eax, 256", insn("shl", 0, 2, D32(RAX), imm(256)), X64_E_RANGE, 1);
    check_err("int 256", insn("int", 0, 1, imm(256)), X64_E_RANGE, 0);
    check_err("ret 0x10000", insn("ret", 0, 1, imm(0x10000)), X64_E_RANGE, 0);
    check_err("mov ebx, ds:0x123456789", insn("mov", 0, 2, D32(RBX), mabs(0, 0x123456789LL)),
              X64_E_RANGE, -2);
    check_err("[rax+0x80000000]", insn("mov", 0, 2, D32(RAX), mb(0, RAX, 0x80000000LL)), X64_E_RANGE, 1);
    check_err("mov ah, [r8]", insn("mov", 0, 2, H8(4), mb(0, R8, 0)), X64_E_REGMIX, 0);
    check_err("mov ah, sil", insn("mov", 0, 2, H8(4), B8(RSI)), X64_E_REGMIX, 0);
    check_err("movzx rax, ah", insn("movzx", 0, 2, Q64(RAX), H8(4)), X64_E_REGMIX, 1);
    check_err("lock add eax, ebx", insn("add", X64_P_LOCK, 2, D32(RAX), D32(RBX)), X64_E_PREFIX, -1);
    check_err("lock mov [rax], eax", insn("mov", X64_P_LOCK, 2, mb(0, RAX, 0), D32(RAX)), X64_E_PREFIX, -1);
    check_err("lock cmp [rax], eax", insn("cmp", X64_P_LOCK, 2, mb(0, RAX, 0), D32(RAX)), X64_E_PREFIX, -1);
    check_err("rep add eax, ebx", insn("add", X64_P_REP, 2, D32(RAX), D32(RBX)), X64_E_PREFIX, -1);
    check_err("data16 mov ax, bx", insn("mov", X64_P_DATA16, 2, W16(RAX), W16(RBX)), X64_E_PREFIX, -1);
    check_err("rex.w mov rax, rbx", insn("mov", X64_P_REXW, 2, Q64(RAX), Q64(RBX)), X64_E_PREFIX, -1);
    check_err("rex.w andn", insn("andn", X64_P_REXW, 3, D32(RAX), D32(RBX), D32(RCX)), X64_E_PREFIX, -1);
    check_err("notrack jmp .+2", insn("jmp", X64_P_NOTRACK, 1, imm(2)), X64_E_PREFIX, -1);
    check_err("bnd loop", insn("loop", X64_P_BND, 1, imm(2)), X64_E_PREFIX, -1);
    check_err("loop out of range", insn("loop", 0, 1, imm(0x1000)), X64_E_RANGE, 0);
    check_err("jrcxz out of range", insn("jrcxz", 0, 1, imm(-0x1000)), X64_E_RANGE, 0);
    check_err("jmp eax", insn("jmp", 0, 1, D32(RAX)), X64_E_OPERANDS, 0);
    check_err("push eax", insn("push", 0, 1, D32(RAX)), X64_E_OPERANDS, 0);
    check_err("bswap ax", insn("bswap", 0, 1, W16(RAX)), X64_E_OPERANDS, 0);
    check_err("andn ax, bx, cx", insn("andn", 0, 3, W16(RAX), W16(RBX), W16(RCX)), X64_E_OPERANDS, -2);
    check_err("movbe eax, ebx", insn("movbe", 0, 2, D32(RAX), D32(RBX)), X64_E_OPERANDS, -2);
    check_err("cmpxchg8b DWORD PTR", insn("cmpxchg8b", 0, 1, mb(32, RAX, 0)), X64_E_OPERANDS, 0);
    check_err("[rsp*2] index", insn("mov", 0, 2, D32(RAX), mem(0, 0, 0, X64_RC_GPR64, RSP, 2, 0)),
              X64_E_OPERANDS, 1);
    {
        x64_operand m = mbi(0, R8, RSP, 1, 0);
        m.mem.scale_explicit = 1;
        check_err("[r8+rsp*1] (explicit scale)", insn("mov", 0, 2, D32(RAX), m), X64_E_OPERANDS, 1);
    }
    check_err("[rax+ecx] mixed", insn("mov", 0, 2, D32(RAX), mem(0, X64_RC_GPR64, RAX, X64_RC_GPR32, RCX, 1, 0)),
              X64_E_OPERANDS, 1);
    check_err("movs fs:[rdi], [rsi]", insn("movs", 0, 2, mseg(mb(8, RDI, 0), FS), mb(8, RSI, 0)),
              X64_E_OPERANDS, -2);
    check_err("movs es:[rdi], ds:[rsi] ambiguous", insn("movs", 0, 2, mseg(mb(0, RDI, 0), ES),
                                                         mseg(mb(0, RSI, 0), DS)),
              X64_E_OPERANDS, 0);
    {
        x64_insn in = insn("mov", X64_P_SEG, 2, D32(RAX), mseg(mb(0, RAX, 0), GS));
        in.seg_prefix = FS;
        check_err("fs mov eax, gs:[rax]", in, X64_E_PREFIX, -1);
    }
}

static void test_fields(void)
{
    check_fields("add DWORD PTR [rax+0x10], 0x1234 fields",
                 insn("add", 0, 2, mb(32, RAX, 0x10), imm(0x1234)), 0, 3, 4, 2, 1, 0, 0);
    check_fields("mov rax, imm64 fields", insn("mov", 0, 2, Q64(RAX), imm(0x123456789LL)), 0,
                 2, 8, 0, 0, 0, 0);
    check_fields("jmp rel32 fields", insn("jmp", 0, 1, imm(0x1000)), 0, 0, 0, 0, 0, 1, 4);
    check_fields("je rel8 fields", insn("je", 0, 1, imm(2)), 0, 0, 0, 0, 0, 1, 1);
    check_fields("[rip+x] fields", insn("mov", 0, 2, D32(RAX), mem(0, X64_RC_RIP, 0, 0, 0, 1, 0x10)),
                 0, 0, 0, 0, 0, 2, 4);
    check_fields("movabs moffs fields", insn("movabs", 0, 2, D32(RAX), mabs(0, 0x1000)), 0, 0, 0,
                 1, 8, 0, 0);
    x64_code c;
    x64_error e;
    x64_insn in = insn("enter", 0, 2, imm(0x100), imm(3));
    int rc = x64_encode(&in, 0, 0, &c, &e);
    check_true("enter imm and imm2 fields", rc == 0 && c.imm_off == 1 && c.imm_size == 2 &&
                                                c.imm2_off == 3 && c.imm2_size == 1);
}

static void test_table(void)
{
    check_true("x64_is_mnemonic(add)", x64_is_mnemonic("add"));
    check_true("x64_is_mnemonic(cmovnae)", x64_is_mnemonic("cmovnae"));
    check_true("x64_is_mnemonic(setnle)", x64_is_mnemonic("setnle"));
    check_true("!x64_is_mnemonic(addd)", !x64_is_mnemonic("addd"));
    check_true("!x64_is_mnemonic(jcc)", !x64_is_mnemonic("jcc"));
    check_true("x64_is_relaxable(jmp)", x64_is_relaxable("jmp"));
    check_true("x64_is_relaxable(jnz)", x64_is_relaxable("jnz"));
    check_true("!x64_is_relaxable(call)", !x64_is_relaxable("call"));
    check_true("!x64_is_relaxable(loop)", !x64_is_relaxable("loop"));
    check_true("!x64_is_relaxable(jrcxz)", !x64_is_relaxable("jrcxz"));
    check_true("!x64_is_relaxable(mov)", !x64_is_relaxable("mov"));

    FILE *f = tmpfile();
    if (!f) {
        check_true("tmpfile", 0);
        return;
    }
    x64_table_dump(f);
    rewind(f);
    char line[256];
    int lines = 0, bad = 0, saw_add = 0, saw_jz = 0, saw_andn = 0;
    while (fgets(line, sizeof line, f)) {
        int bars = 0;
        for (char *p = line; *p; p++) bars += *p == '|';
        if (bars != 3) bad++;
        if (!strcmp(line, "add|r/m64, imm8|REX.W 83 /0 ib|lock sx\n")) saw_add = 1;
        if (!strcmp(line, "jz|rel8|74 cb|bnd hint\n")) saw_jz = 1;
        if (!strcmp(line, "andn|r32a, r32b, r/m32|VEX.L0.0F38.W0 F2 /r|\n")) saw_andn = 1;
        lines++;
    }
    fclose(f);
    check_true("dump: every line has 4 fields", bad == 0);
    check_true("dump: many forms", lines > 800);
    check_true("dump: add r/m64, imm8 line", saw_add);
    check_true("dump: jz rel8 line", saw_jz);
    check_true("dump: andn VEX line", saw_andn);
}

int main(void)
{
    x64_init();
    x64_init(); /* idempotent */
    test_alu();
    test_shift_bits();
    test_bmi_vex();
    test_mov();
    test_addressing();
    test_stack_branch();
    test_string_misc();
    test_errors();
    test_fields();
    test_table();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
