/* x86-64 GNU Intel syntax parser and the x64 front-end target.
 * See x64_parse.h for the syntax. */
#include "x64/x64_parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "x64/rt_x64.h"
#include "x64/x64_table.h"

/* ---- registers --------------------------------------------------------------*/
#define REGTAB_BITS 10
#define REGTAB_SIZE (1u << REGTAB_BITS)

typedef struct regent {
    uint64_t key;  /* lower-case name packed little-endian, 0 = empty */
    uint16_t code; /* cls << 8 | num */
} regent;

static regent regtab[REGTAB_SIZE];
static int regtab_ready;

/* Pack up to 8 bytes of a name, lower-cased; 0 if it does not fit. */
static uint64_t pack(const char *s, uint32_t n)
{
    if (n == 0 || n > 8)
        return 0;
    uint64_t k = 0;
    for (uint32_t i = 0; i < n; i++) /* the lexer's JAS_T_IDENT key */
        k |= (uint64_t)((unsigned char)s[i] | 0x20) << (8 * i);
    return k;
}

static uint32_t slot_of(uint64_t k)
{
    return (uint32_t)((k * 0x9E3779B97F4A7C15ull) >> (64 - REGTAB_BITS));
}

static void reg_add(const char *name, int cls, int num)
{
    uint64_t k = pack(name, (uint32_t)strlen(name));
    uint32_t i = slot_of(k);
    while (regtab[i].key && regtab[i].key != k)
        i = (i + 1) & (REGTAB_SIZE - 1);
    regtab[i].key = k;
    regtab[i].code = (uint16_t)(cls << 8 | num);
}

static void reg_init(void)
{
    static const char *const r64[] = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi" };
    static const char *const r32[] = { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi" };
    static const char *const r16[] = { "ax", "cx", "dx", "bx", "sp", "bp", "si", "di" };
    static const char *const r8[] = { "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil" };
    static const char *const r8h[] = { "ah", "ch", "dh", "bh" };
    static const char *const sr[] = { "es", "cs", "ss", "ds", "fs", "gs" };
    char nm[16];
    if (regtab_ready)
        return;
    for (int i = 0; i < 8; i++) {
        reg_add(r64[i], X64_RC_GPR64, i);
        reg_add(r32[i], X64_RC_GPR32, i);
        reg_add(r16[i], X64_RC_GPR16, i);
        reg_add(r8[i], X64_RC_GPR8, i);
    }
    for (int i = 8; i < 16; i++) {
        snprintf(nm, sizeof nm, "r%d", i);
        reg_add(nm, X64_RC_GPR64, i);
        snprintf(nm, sizeof nm, "r%dd", i);
        reg_add(nm, X64_RC_GPR32, i);
        snprintf(nm, sizeof nm, "r%dw", i);
        reg_add(nm, X64_RC_GPR16, i);
        snprintf(nm, sizeof nm, "r%db", i);
        reg_add(nm, X64_RC_GPR8, i);
    }
    for (int i = 0; i < 4; i++)
        reg_add(r8h[i], X64_RC_GPR8H, 4 + i);
    for (int i = 0; i < 6; i++)
        reg_add(sr[i], X64_RC_SEG, i);
    reg_add("rip", X64_RC_RIP, 0);
    reg_add("eip", X64_RC_EIP, 0);
    reg_add("riz", X64_RC_RIZ, 4);
    reg_add("eiz", X64_RC_EIZ, 4);
    for (int i = 0; i < 32; i++) {
        snprintf(nm, sizeof nm, "xmm%d", i);
        reg_add(nm, X64_RC_XMM, i);
        snprintf(nm, sizeof nm, "ymm%d", i);
        reg_add(nm, X64_RC_YMM, i);
        snprintf(nm, sizeof nm, "zmm%d", i);
        reg_add(nm, X64_RC_ZMM, i);
    }
    for (int i = 0; i < 8; i++) {
        snprintf(nm, sizeof nm, "k%d", i);
        reg_add(nm, X64_RC_K, i);
        snprintf(nm, sizeof nm, "mm%d", i);
        reg_add(nm, X64_RC_MM, i);
    }
    for (int i = 0; i < 16; i++) {
        snprintf(nm, sizeof nm, "cr%d", i);
        reg_add(nm, X64_RC_CR, i);
        snprintf(nm, sizeof nm, "dr%d", i);
        reg_add(nm, X64_RC_DR, i);
        snprintf(nm, sizeof nm, "db%d", i); /* GNU's other name */
        reg_add(nm, X64_RC_DR, i);
    }
    for (int i = 0; i < 8; i++) {
        snprintf(nm, sizeof nm, "tmm%d", i);
        reg_add(nm, X64_RC_TMM, i);
    }
    for (int i = 0; i < 4; i++) {
        snprintf(nm, sizeof nm, "bnd%d", i);
        reg_add(nm, X64_RC_BND, i);
    }
    reg_add("st", X64_RC_ST, 0);
    regtab_ready = 1;
}

static int reg_by_key(uint64_t k, int param);

int x64_reg_lookup(const char *name, uint32_t len, int param)
{
    for (uint32_t i = 0; i < len; i++)
        if (!jas_is_ident_char((unsigned char)name[i]))
            return 0;
    return reg_by_key(pack(name, len), param);
}

static int reg_by_key(uint64_t k, int param)
{
    if (!k)
        return 0;
    if (param) {
        static const struct { const char *n; int cls; } pr[] = {
            { "reg8", X64_RC_GPR8 }, { "reg16", X64_RC_GPR16 }, { "reg32", X64_RC_GPR32 },
            { "reg64", X64_RC_GPR64 }, { "xmm", X64_RC_XMM }, { "ymm", X64_RC_YMM },
            { "zmm", X64_RC_ZMM },
        };
        for (size_t i = 0; i < sizeof pr / sizeof pr[0]; i++)
            if (k == pack(pr[i].n, (uint32_t)strlen(pr[i].n)))
                return pr[i].cls << 8;
        return 0;
    }
    uint32_t i = slot_of(k);
    while (regtab[i].key) {
        if (regtab[i].key == k)
            return regtab[i].code;
        i = (i + 1) & (REGTAB_SIZE - 1);
    }
    return 0;
}

static int reg_hook(void *ud, const jas_tok *t, int param)
{
    (void)ud;
    return reg_by_key(t->num, param);
}

static x64_reg mkreg(int code)
{
    x64_reg r;
    r.cls = (uint8_t)(code >> 8);
    r.num = (uint8_t)(code & 0xff);
    return r;
}

/* riz / eiz: an index only. */
static int is_iz(int cls) { return cls == X64_RC_RIZ || cls == X64_RC_EIZ; }

static uint16_t reg_bits(x64_reg r)
{
    switch (r.cls) {
    case X64_RC_GPR8: case X64_RC_GPR8H: return 8;
    case X64_RC_GPR16: case X64_RC_SEG: return 16;
    case X64_RC_GPR32: case X64_RC_EIP: return 32;
    case X64_RC_GPR64: case X64_RC_RIP: case X64_RC_MM: case X64_RC_CR:
    case X64_RC_DR: case X64_RC_K: return 64;
    case X64_RC_ST: return 80;
    case X64_RC_XMM: case X64_RC_BND: return 128;
    case X64_RC_YMM: return 256;
    case X64_RC_ZMM: return 512;
    case X64_RC_TMM: return 8192;
    }
    return 0;
}

/* ---- keywords -----------------------------------------------------------------*/
#define K(s) pack(s, (uint32_t)sizeof(s) - 1)

/* SIZE of `SIZE PTR` from an identifier's key and length, 0 if none. */
static int size_key(uint64_t k, uint32_t len)
{
    static const struct { const char *n; int bits; } kw[] = {
        { "byte", 8 }, { "word", 16 }, { "dword", 32 }, { "fword", 48 }, { "qword", 64 },
        { "tbyte", 80 }, { "oword", 128 }, { "xmmword", 128 }, { "ymmword", 256 },
        { "zmmword", 512 }, { "mmword", 64 },
    };
    static uint64_t keys[sizeof kw / sizeof kw[0]];
    /* first letters of the keywords (a label like L12 is rejected here) */
    enum { FIRST = 1u << ('b' - 'a') | 1u << ('w' - 'a') | 1u << ('d' - 'a') |
                   1u << ('f' - 'a') | 1u << ('q' - 'a') | 1u << ('t' - 'a') |
                   1u << ('o' - 'a') | 1u << ('x' - 'a') | 1u << ('y' - 'a') |
                   1u << ('z' - 'a') | 1u << ('m' - 'a') };
    unsigned c0 = (unsigned)(k & 0xff) - 'a';
    if (len > 7 || len < 4 || c0 >= 26 || !((FIRST >> c0) & 1))
        return 0;
    if (!keys[0])
        for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
            keys[i] = pack(kw[i].n, (uint32_t)strlen(kw[i].n));
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
        if (keys[i] == k)
            return kw[i].bits;
    return 0;
}

static int size_kw(const jas_tok *t)
{
    return t->kind == JAS_T_IDENT ? size_key(t->num, t->len) : 0;
}

static int tok_word(const jas_tok *t, uint64_t key)
{
    return t->kind == JAS_T_IDENT && t->num == key;
}

typedef struct prefix_word {
    const char *name;
    uint16_t bit;     /* X64_P_* (0 = rex.XYZ form, prefix-only) */
    uint8_t byte;
    uint8_t seg;      /* segment number + 1 */
} prefix_word;

static const prefix_word prefix_words[] = {
    { "lock", X64_P_LOCK, 0xF0, 0 },
    { "rep", X64_P_REP, 0xF3, 0 },
    { "repe", X64_P_REP, 0xF3, 0 },
    { "repz", X64_P_REP, 0xF3, 0 },
    { "repne", X64_P_REPNE, 0xF2, 0 },
    { "repnz", X64_P_REPNE, 0xF2, 0 },
    { "data16", X64_P_DATA16, 0x66, 0 },
    { "addr32", X64_P_ADDR32, 0x67, 0 },
    { "rex", X64_P_REX, 0x40, 0 },
    { "rex.w", X64_P_REXW, 0x48, 0 },
    { "rex64", X64_P_REXW, 0x48, 0 },
    { "notrack", X64_P_NOTRACK, 0x3E, 0 },
    { "bnd", X64_P_BND, 0xF2, 0 },
    { "xacquire", 0, 0xF2, 0xF2 },   /* HLE: .seg field holds the byte */
    { "xrelease", 0, 0xF3, 0xF3 },
    { "es", X64_P_SEG, 0x26, 1 },
    { "cs", X64_P_SEG, 0x2E, 2 },
    { "ss", X64_P_SEG, 0x36, 3 },
    { "ds", X64_P_SEG, 0x3E, 4 },
    { "fs", X64_P_SEG, 0x64, 5 },
    { "gs", X64_P_SEG, 0x65, 6 },
};

/* A prefix word?  rex.XYZ forms (any of w r x b, any case) return a static
 * entry with bit 0. */
static const prefix_word *find_prefix(const jas_tok *t)
{
    static prefix_word rexf = { "rex.", 0, 0x40, 0 };
    enum { NPW = sizeof prefix_words / sizeof prefix_words[0] };
    static uint64_t keys[NPW];
    if (t->kind != JAS_T_IDENT || t->len > 8 || t->len < 2)
        return NULL;
    /* the first letters of every prefix word */
    int c0 = t->p[0] | 32;
    if (c0 != 'l' && c0 != 'r' && c0 != 'd' && c0 != 'a' && c0 != 'n' && c0 != 'e' &&
        c0 != 'c' && c0 != 's' && c0 != 'f' && c0 != 'g' && c0 != 'b' && c0 != 'x')
        return NULL;
    if (!keys[0])
        for (size_t i = 0; i < NPW; i++)
            keys[i] = pack(prefix_words[i].name, (uint32_t)strlen(prefix_words[i].name));
    uint64_t k = t->num;
    for (size_t i = 0; i < NPW; i++)
        if (keys[i] == k)
            return &prefix_words[i];
    if (t->len > 4 && t->len <= 8 && (t->p[0] | 32) == 'r' && (t->p[1] | 32) == 'e' &&
        (t->p[2] | 32) == 'x' && t->p[3] == '.') {
        unsigned b = 0x40;
        for (uint32_t i = 4; i < t->len; i++) {
            switch (t->p[i] | 32) {
            case 'w': b |= 8; break;
            case 'r': b |= 4; break;
            case 'x': b |= 2; break;
            case 'b': b |= 1; break;
            default: return NULL;
            }
        }
        rexf.byte = (uint8_t)b;
        return &rexf;
    }
    return NULL;
}

/* Per-mnemonic facts, cached (the table lookups are the costly part of a
 * short statement).  Direct-mapped on the packed name; names longer than 8
 * bytes are not cached. */
typedef struct mnem_info {
    uint64_t key;
    uint8_t known;       /* a mnemonic of the table */
    uint8_t relax;       /* x64_is_relaxable */
    uint8_t br_op;       /* relaxable, plain: short opcode (0xEB, 0x7x), 0 = none */
    uint8_t br_short, br_long; /* lengths of the two forms */
    uint8_t br_tried;
    uint8_t stub_ok;     /* stub holds the encoding below */
    uint8_t br_id;       /* plain_branch(): 1 + its br_tab entry, 0 = none yet */
    uint16_t id, fixregs; /* x64_pinsn.mnem_id, .fixregs */
    uint8_t evex;        /* x64_pinsn.evex */
    char name[9];        /* the mnemonic (lower case), once br_op, stub_ok or plain */
    uint8_t plain;       /* a known mnemonic, not a prefix word: x64_parse()
                          * takes name and branch from here */
    uint8_t branch;      /* is_branch_mnem(name) */
    x64_code stub;       /* a plain_target() branch's first encoding */
} mnem_info;

#define MCACHE_SIZE 1024
static mnem_info mcache[MCACHE_SIZE];

static mnem_info *mnem_lookup_key(const char *m, uint64_t k, mnem_info *tmp)
{
    mnem_info *e = k ? &mcache[slot_of(k) & (MCACHE_SIZE - 1)] : tmp;
    if (k && e->key == k)
        return e;
    memset(e, 0, sizeof *e);
    e->key = k;
    size_t n;
    const x64_mnem_entry *me;
    e->known = (uint8_t)(x64_lookup(m, &n, &me) != NULL);
    e->relax = (uint8_t)(e->known && me->relaxable);
    e->id = (uint16_t)(e->known ? me->first + 1 : 0);
    e->fixregs = e->known ? me->fixregs : 0xFFFF;
    e->evex = (uint8_t)(e->known && me->evex);
    return e;
}

static mnem_info *mnem_lookup(const char *m, mnem_info *tmp)
{
    size_t n = strlen(m);
    return mnem_lookup_key(m, n <= 8 ? pack(m, (uint32_t)n) : 0, tmp);
}

static int is_branch_mnem(const char *m)
{
    switch (m[0]) {
    case 'j': /* GNU: a label after jmpq/jmpw is memory (indirect) */
        return strcmp(m, "jmpq") != 0 && strcmp(m, "jmpw") != 0;
    case 'c': return strcmp(m, "call") == 0 || strcmp(m, "callq") == 0 || strcmp(m, "callw") == 0;
    case 'l': return strncmp(m, "loop", 4) == 0;
    case 'x': return strcmp(m, "xbegin") == 0;
    }
    return 0;
}

/* ---- helpers ------------------------------------------------------------------*/
static int tok_punct(const jas_tok *t, int op)
{
    return t->kind == JAS_T_PUNCT && t->op == op;
}

static int at_end(const jas_tok *t)
{
    return t->kind == JAS_T_EOL || t->kind == JAS_T_EOF;
}

static void next(jas_lexer *lx, jas_tok *t) { jas_lex_next(lx, t); }
static int clip(uint32_t n) { return n > 60 ? 60 : (int)n; }

/* GNU's prefix slots, in the order it emits them: segment (and notrack),
 * addr32, data16, rep/repne/bnd/xacquire/xrelease, lock (REX last). */
static int prefix_slot(uint8_t b)
{
    switch (b) {
    case 0x26: case 0x2E: case 0x36: case 0x3E: case 0x64: case 0x65: return 1;
    case 0x67: return 2;
    case 0x66: return 3;
    case 0xF2: case 0xF3: return 4;
    }
    return 5; /* F0 */
}

/* A line of prefix words only (`data16 ds rex.WRXB`, as objdump prints
 * prefixes before bytes it cannot decode): GNU takes the last word as a
 * stand-alone "instruction" and the words before it as its prefixes,
 * emitted in its slot order (ds data16 rex.WRXB is 3E 66 4F), REX after
 * them and the stand-alone one last; lock, rep, bnd, notrack, xacquire and
 * xrelease cannot prefix it.  t is the last word, pw its entry. */
static int standalone_prefix(jas_pctx *pc, jas_lexer *lx, jas_tok *t, const prefix_word *pw,
                             x64_pinsn *pi)
{
    static const struct { uint16_t bit; const char *msg; } bad[] = {
        { X64_P_LOCK, "expecting lockable instruction after `lock'" },
        { X64_P_REP, "invalid instruction `%.*s' after `rep'" },
        { X64_P_REPNE, "invalid instruction `%.*s' after `repne'" },
        { X64_P_BND, "expecting valid branch instruction after `bnd'" },
        { X64_P_NOTRACK, "expecting indirect branch instruction after `notrack'" },
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (pi->prefixes & bad[i].bit) {
            jas_perror(pc, t->p, t->len, bad[i].msg, clip(t->len), t->p);
            return -1;
        }
    if (pi->hle) {
        jas_perror(pc, t->p, t->len, "invalid instruction `%.*s' after `%s'", clip(t->len), t->p,
                   pi->hle == 0xF2 ? "xacquire" : "xrelease");
        return -1;
    }
    if (pw->bit == X64_P_BND && (pi->prefixes & X64_P_ADDR32)) { /* GNU's words */
        jas_perror(pc, t->p, t->len, "32-bit address isn't allowed in 64-bit MPX instructions");
        return -1;
    }
    uint8_t *b = pi->prefix_bytes;
    int n = pi->nprefix_bytes;
    for (int i = 1; i < n; i++) /* stable insertion sort by slot */
        for (int j = i; j > 0 && prefix_slot(b[j - 1]) > prefix_slot(b[j]); j--) {
            uint8_t x = b[j];
            b[j] = b[j - 1];
            b[j - 1] = x;
        }
    if (pi->rex_or && n < (int)sizeof pi->prefix_bytes)
        b[n++] = pi->rex_or;
    if (n < (int)sizeof pi->prefix_bytes)
        b[n++] = pw->byte; /* rex.XYZ entries carry their byte too */
    pi->nprefix_bytes = (uint8_t)n;
    pi->prefixes = 0;
    pi->rex_or = 0;
    pi->hle = 0;
    pi->prefix_only = 1;
    next(lx, t);
    return 0;
}


/* Evaluate at parse time; reports errors. */
static int peval(jas_pctx *pc, jas_evalctx *ev, const jas_expr *e, jas_value *v)
{
    if (e->op == JAS_E_NUM) {
        memset(v, 0, sizeof *v);
        v->v = e->u.num;
        return 0;
    }
    if (jas_eval(ev, e, v) == 0)
        return 0;
    const jas_expr *at = ev->err_at ? ev->err_at : e;
    jas_perror(pc, at->p, at->len, "%s", ev->err);
    return -1;
}

/* GNU's rule for a bare operand (no brackets, no segment): a symbol, or a
 * symbol plus/minus a constant, is a memory reference; anything else (a
 * constant, a label difference, an expression) is an immediate.  An
 * equate not known yet is what its expression is (`size = end - start`
 * is an immediate even when a relaxable branch lies between). */
static int is_const_now(jas_evalctx *ev, const jas_expr *e)
{
    jas_value v;
    if (e->op == JAS_E_NUM)
        return 1;
    return jas_eval(ev, e, &v) == 0 && v.kind == JAS_V_CONST;
}

static int symref_rec(jas_evalctx *ev, const jas_expr *e, int depth)
{
    switch (e->op) {
    case JAS_E_SYM:
        if (e->u.sym->kind == JAS_SYM_EQU) {
            if (is_const_now(ev, e))
                return 0;
            /* (a cycle or a deep chain: the evaluation reports it) */
            return depth < 32 ? symref_rec(ev, e->u.sym->expr, depth + 1) : 1;
        }
        return 1;
    case JAS_E_DOT:
        return 1;
    case JAS_E_ADD:
        return (symref_rec(ev, e->u.kid[0], depth) && is_const_now(ev, e->u.kid[1])) ||
               (is_const_now(ev, e->u.kid[0]) && symref_rec(ev, e->u.kid[1], depth));
    case JAS_E_SUB:
        return symref_rec(ev, e->u.kid[0], depth) && is_const_now(ev, e->u.kid[1]);
    }
    return 0;
}

static int is_symref(jas_evalctx *ev, const jas_expr *e) { return symref_rec(ev, e, 0); }

/* ---- placeholders ---------------------------------------------------------------*/
static int add_ph(jas_pctx *pc, x64_pinsn *pi, int role, int op, const char *p,
                  const char *text, uint32_t len, int dir, int cls, const jas_expr *node)
{
    if (pi->nph == X64_MAX_PH) {
        jas_perror(pc, p, len + 2, "too many run-time operands in one instruction (max %d)",
                   X64_MAX_PH);
        return -1;
    }
    if (!pi->ph)
        pi->ph = jas_arena_alloc(pc->arena, X64_MAX_PH * sizeof *pi->ph);
    x64_placeholder *h = &pi->ph[pi->nph++];
    h->role = (uint8_t)role;
    h->op = (uint8_t)op;
    h->dir = (uint8_t)dir;
    h->regclass = (uint8_t)cls;
    h->text = text;
    h->len = len;
    h->p = p;
    h->node = node;
    return 0;
}

/* Collect the JAS_E_PH leaves of a value tree. */
static int collect_ph(jas_pctx *pc, x64_pinsn *pi, const jas_expr *e, int role, int op)
{
    while (e) {
        if (e->op == JAS_E_PH)
            return add_ph(pc, pi, e->dir ? X64_PH_LABEL : role, op, e->p, e->u.ph.text,
                          e->u.ph.len, e->dir, 0, e);
        if (e->op < JAS_E_NEG)
            return 0;
        if (e->op > JAS_E_LNOT && collect_ph(pc, pi, e->u.kid[1], role, op))
            return -1;
        e = e->u.kid[0];
    }
    return 0;
}

/* ---- memory operands ------------------------------------------------------------*/
#define MAX_TERMS 32

typedef struct term {
    jas_expr *e;
    int neg;
} term;

/* Flatten a sum into signed terms.  Left-deep chains are walked in a loop;
 * right-hand sides recurse (their depth is bounded by the parser). */
static int flatten(jas_pctx *pc, jas_expr *e, int neg, term *tv, int *n, int depth)
{
    if (depth > 64) {
        jas_perror(pc, e->p, e->len, "memory operand too complex");
        return -1;
    }
    term right[MAX_TERMS];
    int nr = 0;
    while (e->op == JAS_E_ADD || e->op == JAS_E_SUB) {
        if (nr == MAX_TERMS) {
            jas_perror(pc, e->p, e->len, "memory operand too complex");
            return -1;
        }
        right[nr].e = e->u.kid[1];
        right[nr].neg = neg ^ (e->op == JAS_E_SUB);
        nr++;
        e = e->u.kid[0];
    }
    if (*n == MAX_TERMS) {
        jas_perror(pc, e->p, e->len, "memory operand too complex");
        return -1;
    }
    tv[(*n)++] = (term){ e, neg };
    while (nr > 0) {
        nr--;
        jas_expr *r = right[nr].e;
        if (r->op == JAS_E_ADD || r->op == JAS_E_SUB) {
            if (flatten(pc, r, right[nr].neg, tv, n, depth + 1))
                return -1;
        } else {
            if (*n == MAX_TERMS) {
                jas_perror(pc, r->p, r->len, "memory operand too complex");
                return -1;
            }
            tv[(*n)++] = (term){ r, right[nr].neg };
        }
    }
    return 0;
}

/* A register times a constant (either order, nested): the register leaf and
 * the scale.  Returns 1 if e is such a product, 0 if e holds no register,
 * -1 on error (reported). */
static int scaled_reg(jas_pctx *pc, jas_evalctx *ev, jas_expr *e, jas_expr **reg, int64_t *scale)
{
    if (e->op == JAS_E_REG) {
        *reg = e;
        *scale = 1;
        return 1;
    }
    if (e->op != JAS_E_MUL)
        return jas_expr_has(e, JAS_E_REG) ? -2 : 0;
    jas_expr *a = e->u.kid[0], *b = e->u.kid[1];
    int ra = jas_expr_has(a, JAS_E_REG), rb = jas_expr_has(b, JAS_E_REG);
    if (!ra && !rb)
        return 0;
    if (ra && rb)
        return -2;
    jas_expr *r = ra ? a : b, *k = ra ? b : a;
    int64_t inner;
    int rc = scaled_reg(pc, ev, r, reg, &inner);
    if (rc != 1)
        return rc;
    jas_value v;
    if (peval(pc, ev, k, &v))
        return -1;
    if (v.kind != JAS_V_CONST || v.has_ph) {
        jas_perror(pc, k->p, k->len, "the scale must be a constant");
        return -1;
    }
    *scale = inner * v.v;
    if (*scale != 1 && *scale != 2 && *scale != 4 && *scale != 8) {
        jas_perror(pc, k->p, k->len, "bad scale %lld (must be 1, 2, 4 or 8)",
                   (long long)*scale);
        return -1;
    }
    return 1;
}

static const jas_expr *first_reg(const jas_expr *e)
{
    while (e) {
        if (e->op == JAS_E_REG)
            return e;
        if (e->op < JAS_E_NEG)
            return NULL;
        if (e->op > JAS_E_LNOT) {
            const jas_expr *r = first_reg(e->u.kid[1]);
            if (r)
                return r;
        }
        e = e->u.kid[0];
    }
    return NULL;
}

static int addr_reg_ok(jas_pctx *pc, const jas_expr *r, int as_index)
{
    x64_reg g = mkreg(r->u.reg.code);
    switch (g.cls) {
    case X64_RC_GPR64:
    case X64_RC_GPR32:
        return 0;
    case X64_RC_RIP:
    case X64_RC_EIP:
        if (!as_index)
            return 0;
        jas_perror(pc, r->p, r->len, "'%.*s' cannot be an index register", clip(r->len), r->p);
        return -1;
    case X64_RC_RIZ:
    case X64_RC_EIZ:
        if (as_index)
            return 0;
        jas_perror(pc, r->p, r->len, "'%.*s' cannot be a base register", clip(r->len), r->p);
        return -1;
    case X64_RC_XMM:
    case X64_RC_YMM:
    case X64_RC_ZMM:
        if (as_index)
            return 0; /* VSIB */
        break;
    case X64_RC_GPR16:
        jas_perror(pc, r->p, r->len, "16-bit addressing ('%.*s') is not supported in 64-bit mode",
                   clip(r->len), r->p);
        return -1;
    }
    jas_perror(pc, r->p, r->len, "invalid register '%.*s' in memory operand", clip(r->len), r->p);
    return -1;
}

/* Fill the memory part of pop from the operand's terms. */
static int build_mem(jas_pctx *pc, jas_evalctx *ev, x64_pinsn *pi, int opi, x64_pop *pop,
                     jas_expr *sum)
{
    term tv[MAX_TERMS];
    int n = 0;
    if (flatten(pc, sum, 0, tv, &n, 0))
        return -1;
    jas_expr *base = NULL, *index = NULL, *disp = NULL;
    int64_t scale = 1;
    int scaled = 0; /* the index was written with "*scale" */
    for (int i = 0; i < n; i++) {
        jas_expr *e = tv[i].e, *r = NULL;
        int64_t sc = 1;
        int rc = scaled_reg(pc, ev, e, &r, &sc);
        if (rc == -1)
            return -1;
        if (rc == -2) {
            const jas_expr *bad = first_reg(e);
            jas_perror(pc, bad->p, bad->len, "invalid use of register '%.*s'",
                       clip(bad->len), bad->p);
            return -1;
        }
        if (rc == 1) {
            if (tv[i].neg) {
                jas_perror(pc, r->p, r->len, "a register cannot be subtracted");
                return -1;
            }
            int explicit_scale = e->op != JAS_E_REG;
            if (explicit_scale) {
                if (index) {
                    jas_perror(pc, r->p, r->len, "too many registers in memory operand");
                    return -1;
                }
                x64_reg g = mkreg(r->u.reg.code);
                if ((g.cls == X64_RC_GPR64 || g.cls == X64_RC_GPR32) && g.num == 4 &&
                    !r->u.reg.ph) { /* GNU swaps [rax+rsp], never [rax+rsp*1] */
                    jas_perror(pc, r->p, r->len, "'%.*s' cannot be an index register",
                               clip(r->len), r->p);
                    return -1;
                }
                index = r;
                scale = sc;
                scaled = 1;
            } else if (!base) {
                base = r;
            } else if (!index) {
                index = r;
                scale = 1;
            } else {
                jas_perror(pc, r->p, r->len, "too many registers in memory operand");
                return -1;
            }
            continue;
        }
        /* `name*4` where name is not a register */
        if (e->op == JAS_E_MUL) {
            jas_expr *s = e->u.kid[0]->op == JAS_E_SYM ? e->u.kid[0]
                          : e->u.kid[1]->op == JAS_E_SYM ? e->u.kid[1] : NULL;
            if (s && s->u.sym->kind != JAS_SYM_EQU) {
                jas_perror(pc, s->p, s->len, "unknown register '%.*s' in memory operand",
                           clip(s->len), s->p);
                return -1;
            }
        }
        if (tv[i].neg) {
            if (!disp) {
                jas_expr *ng = jas_arena_alloc(pc->arena, sizeof *ng);
                *ng = *e;
                if (e->op == JAS_E_NUM) {
                    ng->u.num = (int64_t)(0 - (uint64_t)e->u.num);
                } else {
                    ng->op = JAS_E_NEG;
                    ng->u.kid[0] = e;
                    ng->u.kid[1] = NULL;
                }
                disp = ng;
            } else {
                disp = jas_expr_bin(pc, JAS_E_SUB, disp, e);
            }
        } else {
            disp = disp ? jas_expr_bin(pc, JAS_E_ADD, disp, e) : e;
        }
    }
    /* riz written first is still the index: [riz+rax] is [rax+riz], [riz]
     * an index alone (GNU) */
    if (base && is_iz(mkreg(base->u.reg.code).cls) && !scaled) {
        jas_expr *t = index;
        index = base;
        base = t;
        scale = 1;
    }
    /* a vector register alone is a VSIB index: [xmm2] is [xmm2*1+0] */
    if (base && !index) {
        x64_reg g = mkreg(base->u.reg.code);
        if (g.cls >= X64_RC_XMM && g.cls <= X64_RC_ZMM) {
            index = base;
            base = NULL;
            scale = 1;
        }
    }
    /* [rbx*1] keeps rbx an index (as GNU does); [rbx] makes it a base */
    if (base && addr_reg_ok(pc, base, 0))
        return -1;
    if (index && addr_reg_ok(pc, index, 1))
        return -1;
    pop->kind = X64_OP_MEM;
    if (base) {
        pop->mem.base = mkreg(base->u.reg.code);
        if (base->u.reg.ph &&
            add_ph(pc, pi, X64_PH_BASE, opi, base->u.reg.ph - 1, base->u.reg.ph,
                   base->u.reg.phlen, 0, pop->mem.base.cls, NULL))
            return -1;
    }
    if (index) {
        pop->mem.index = mkreg(index->u.reg.code);
        pop->mem.scale = (uint8_t)scale;
        if (index->u.reg.ph &&
            add_ph(pc, pi, X64_PH_INDEX, opi, index->u.reg.ph - 1, index->u.reg.ph,
                   index->u.reg.phlen, 0, pop->mem.index.cls, NULL))
            return -1;
    } else {
        pop->mem.scale = 1;
    }
    if (base && index) {
        int b = pop->mem.base.cls, x = pop->mem.index.cls;
        int b64 = b == X64_RC_GPR64 || b == X64_RC_RIP, x64 = x == X64_RC_GPR64 || x == X64_RC_RIZ;
        int b32 = b == X64_RC_GPR32 || b == X64_RC_EIP, x32 = x == X64_RC_GPR32 || x == X64_RC_EIZ;
        if ((b64 && x32) || (b32 && x64)) {
            jas_perror(pc, index->p, index->len,
                       "cannot mix 32-bit and 64-bit registers in an address ('%.*s' with '%.*s')",
                       clip(base->len), base->p, clip(index->len), index->p);
            return -1;
        }
        if (b == X64_RC_RIP || b == X64_RC_EIP) {
            jas_perror(pc, index->p, index->len, "a rip-relative address cannot have an index");
            return -1;
        }
    }
    pop->val = disp;
    pop->known = 1;
    if (disp) {
        jas_value v;
        if (peval(pc, ev, disp, &v))
            return -1;
        pop->reloc = v.reloc;
        pop->has_ph = v.has_ph;
        if (v.kind == JAS_V_CONST) {
            pop->kval = v.v;
        } else {
            pop->known = 0;
            pop->sym = 1;
        }
        int rip = base && (pop->mem.base.cls == X64_RC_RIP || pop->mem.base.cls == X64_RC_EIP);
        if (rip && v.reloc == 1 && !v.has_ph)
            pop->pcrel = 1;
        if (v.has_ph && collect_ph(pc, pi, disp, X64_PH_DISP, opi))
            return -1;
    }
    return 0;
}

/* ---- operands -------------------------------------------------------------------*/
typedef struct body {
    x64_pop *pop;
    int has_size, seg, brackets;
} body;

/* A run of expressions and [...] groups that add up: 8[rbx], [rbx][rcx*2],
 * [rbx]+8, [QWORD PTR 32[rax]].  Inside brackets a SIZE PTR and a seg:
 * may come first. */
static jas_expr *parse_body(jas_pctx *pc, jas_lexer *lx, jas_tok *t, body *b, int depth)
{
    jas_expr *sum = NULL;
    if (depth > 8) {
        jas_perror(pc, t->p, t->len, "brackets nested too deeply");
        return NULL;
    }
    for (;;) {
        jas_expr *e;
        int op = JAS_E_ADD;
        if (tok_punct(t, '[')) {
            const char *open = t->p;
            next(lx, t);
            int ib = size_kw(t); /* [QWORD PTR sym[rip]] */
            if (ib) {
                jas_tok nx;
                jas_lex_peek(lx, &nx);
                if (tok_word(&nx, K("ptr"))) {
                    if (b->has_size && b->pop->size != ib) {
                        jas_perror(pc, t->p, t->len, "conflicting operand sizes");
                        return NULL;
                    }
                    next(lx, t);
                    next(lx, t);
                    b->has_size = 1;
                    b->pop->size = (uint16_t)ib;
                }
            }
            if (t->kind == JAS_T_IDENT && t->len == 2 && !b->seg) { /* [fs:rax] */
                int code = reg_by_key(t->num, 0);
                if (code >> 8 == X64_RC_SEG && jas_lex_next_is(lx, ':')) {
                    b->pop->mem.seg = mkreg(code);
                    b->seg = 1;
                    next(lx, t);
                    next(lx, t);
                }
            }
            e = parse_body(pc, lx, t, b, depth + 1);
            if (!e)
                return NULL;
            if (!tok_punct(t, ']')) {
                if (t->kind == JAS_T_ERROR)
                    jas_perror_tok(pc, t, "");
                else if (at_end(t) || tok_punct(t, ','))
                    jas_perror(pc, open, 1, "missing ']'");
                else
                    jas_perror_tok(pc, t, "expected ']'");
                return NULL;
            }
            next(lx, t);
            b->brackets = 1;
        } else {
            if (sum && (tok_punct(t, '+') || tok_punct(t, '-'))) {
                op = t->op == '-' ? JAS_E_SUB : JAS_E_ADD;
                next(lx, t);
            } else if (sum) {
                break;
            }
            e = jas_expr_parse(pc, lx, t);
            if (!e)
                return NULL;
        }
        sum = sum ? jas_expr_bin(pc, op, sum, e) : e;
        if (tok_punct(t, '[') || (b->brackets && (tok_punct(t, '+') || tok_punct(t, '-'))))
            continue;
        break;
    }
    return sum;
}

/* ---- the common operands, read from the text ------------------------------------
 * Registers, decimal and hex numbers and [SIZE PTR] [seg:] [reg + reg*n +
 * n...] are most operands.  They are read here straight from the source
 * text: a lexer token costs about as much as a whole operand here.  Only
 * what the lexer reads the same way is taken (identifiers, numbers without
 * a suffix, + - * [ ] : , and blanks); anything else (a symbol, a comment,
 * ';', a character constant, an octal, binary or suffixed number, a
 * placeholder...) is left to the token parser, which starts over at the
 * operand.  What an operand gives is what the general parser gives. */
static inline const char *skip_blank(const char *p, const char *end)
{
    while (p < end && (jas_char_class[(unsigned char)*p] & 4))
        p++;
    return p;
}

static int is_digit(const char *p, const char *end)
{
    return p < end && (unsigned)(*p - '0') < 10;
}

/* The identifier at p (an identifier start): its end; *key as the lexer's
 * JAS_T_IDENT key (0 when longer than 8; one load when it can). */
static inline const char *scan_ident(const char *p, const char *end, uint64_t *key)
{
    const char *s = p++;
    while (p < end && jas_is_ident_char((unsigned char)*p))
        p++;
    *key = jas_ident_key(s, (size_t)(p - s), end);
    return p;
}

static int is_scale(uint64_t v) { return v == 1 || v == 2 || v == 4 || v == 8; }

/* The operand at p (not a blank; maybe the buffer end after a comma): its
 * end, with *pop filled (kind, size, reg / mem / kval), or NULL when it is
 * not one of the plain shapes (*pop may be half set then). */
static const char *scan_operand(const char *p, const char *end, int branch, x64_pop *pop,
                                uint8_t *deco)
{
    uint64_t k, v;
    const char *q;
    if (p >= end)
        return NULL;
    if (jas_is_ident_start((unsigned char)*p)) {
        q = scan_ident(p, end, &k);
        int code = reg_by_key(k, 0);
        if (code) {
            x64_reg r = mkreg(code);
            if (r.cls == X64_RC_RIP || r.cls == X64_RC_EIP || r.cls == X64_RC_ST ||
                r.cls == X64_RC_SEG || is_iz(r.cls))
                return NULL;
            pop->kind = X64_OP_REG;
            pop->reg = r;
            pop->size = reg_bits(r);
            return q;
        }
        int bits = size_key(k, (uint32_t)(q - p));
        if (!bits)
            return NULL;
        p = skip_blank(q, end);
        if (p >= end || !jas_is_ident_start((unsigned char)*p))
            return NULL;
        p = skip_blank(scan_ident(p, end, &k), end);
        if (k != K("ptr")) {
            if (k != K("bcst"))
                return NULL;
            pop->mem.bcst = 1; /* DWORD BCST [rax]: objdump's broadcast */
            *deco = 1;
        }
        pop->size = (uint16_t)bits;
        if (p < end && jas_is_ident_start((unsigned char)*p)) { /* seg: */
            q = scan_ident(p, end, &k);
            code = q - p == 2 ? reg_by_key(k, 0) : 0;
            p = skip_blank(q, end);
            if (code >> 8 != X64_RC_SEG || p >= end || *p != ':')
                return NULL;
            pop->mem.seg = mkreg(code);
            p = skip_blank(p + 1, end);
        }
    } else if (!branch && (*p == '-' || is_digit(p, end))) {
        int neg = *p == '-';
        if (neg)
            p = skip_blank(p + 1, end);
        if (!is_digit(p, end) || !(q = jas_scan_number(p, end, &v)))
            return NULL;
        pop->kind = X64_OP_IMM;
        pop->known = 1;
        pop->kval = (int64_t)(neg ? 0 - v : v);
        return q;
    }
    if (p >= end || *p != '[')
        return NULL;
    x64_reg base = { 0, 0 }, index = { 0, 0 };
    uint64_t scale = 1, disp = 0;
    p = skip_blank(p + 1, end);
    for (int first = 1;; first = 0) {
        int neg = 0;
        if (!first) {
            if (p >= end)
                return NULL;
            if (*p == ']')
                break;
            if (*p != '+' && *p != '-')
                return NULL;
            neg = *p == '-';
            p = skip_blank(p + 1, end);
        }
        if (is_digit(p, end)) {
            if (!(q = jas_scan_number(p, end, &v)))
                return NULL;
            p = skip_blank(q, end);
            if (p < end && *p == '*') { /* n*reg */
                p = skip_blank(p + 1, end);
                if (p >= end || !jas_is_ident_start((unsigned char)*p))
                    return NULL;
                q = scan_ident(p, end, &k);
                int code = reg_by_key(k, 0);
                if (!code || neg || index.cls || !is_scale(v))
                    return NULL;
                index = mkreg(code);
                if (index.num == 4)
                    return NULL;
                scale = v;
                p = skip_blank(q, end);
                continue;
            }
            disp += neg ? 0 - v : v;
            continue;
        }
        if (neg || p >= end || !jas_is_ident_start((unsigned char)*p))
            return NULL;
        q = scan_ident(p, end, &k);
        int code = reg_by_key(k, 0);
        if (!code)
            return NULL;
        x64_reg r = mkreg(code);
        p = skip_blank(q, end);
        if (p < end && *p == '*') {
            p = skip_blank(p + 1, end);
            if (!is_digit(p, end) || !(q = jas_scan_number(p, end, &v)) || index.cls || r.num == 4 ||
                !is_scale(v))
                return NULL;
            index = r;
            scale = v;
            p = skip_blank(q, end);
        } else if (!base.cls) {
            base = r;
        } else if (!index.cls) {
            index = r;
            scale = 1;
        } else {
            return NULL;
        }
    }
    /* only the plain cases; anything odd gets the general parser's checks
     * and messages */
    if (base.cls && base.cls != X64_RC_GPR64 && base.cls != X64_RC_RIP)
        return NULL;
    if (index.cls && index.cls != X64_RC_GPR64)
        return NULL;
    if (base.cls == X64_RC_RIP && index.cls)
        return NULL;
    pop->kind = X64_OP_MEM;
    pop->mem.base = base;
    pop->mem.index = index;
    pop->mem.scale = (uint8_t)scale;
    pop->known = 1;
    pop->kval = (int64_t)disp;
    return p + 1;
}

/* One AVX-512 decoration, the text between the braces: {k0}..{k7} (mask
 * 1 + n), {z}, {1to2}..{1to32} (bcst).  1 when it is one, -1 for GNU's
 * rounding and SAE operands (not supported), 0 for anything else. */
static int deco_text(const char *p, size_t n, x64_pop *pop)
{
    if (n == 2 && (p[0] == 'k' || p[0] == 'K') && p[1] >= '0' && p[1] <= '7') {
        if (pop->mask)
            return -2;
        pop->mask = (uint8_t)(p[1] - '0' + 1);
        return 1;
    }
    if (n == 1 && (p[0] == 'z' || p[0] == 'Z')) {
        pop->zero = 1;
        return 1;
    }
    if (n >= 4 && n <= 5 && !memcmp(p, "1to", 3)) {
        unsigned v = (unsigned)(p[3] - '0');
        if (n == 5)
            v = v * 10 + (unsigned)(p[4] - '0');
        if (v == 2 || v == 4 || v == 8 || v == 16 || v == 32) {
            if (pop->mem.bcst > 1) /* QWORD BCST [rax]{1to4}: objdump's, both */
                return -2;
            pop->mem.bcst = (uint8_t)v;
            return 1;
        }
        return 0;
    }
    if ((n == 3 && !memcmp(p, "sae", 3)) ||
        (n == 6 && p[0] == 'r' && strchr("nduz", p[1]) && !memcmp(p + 2, "-sae", 4))) {
        if (pop->er)
            return -2;
        pop->er = (uint8_t)(n == 3 ? X64_ER_SAE : p[1] == 'n' ? X64_ER_RN : p[1] == 'd' ? X64_ER_RD
                            : p[1] == 'u' ? X64_ER_RU : X64_ER_RZ);
        return 1;
    }
    return 0;
}

/* The decorations {..}{..} at p (a '{'): what follows them, or NULL when
 * one is not a decoration (*msg says why when it is an error). */
static const char *scan_decos(const char *p, const char *end, x64_pop *pop, const char **msg)
{
    const char *last = p;
    while (p < end && *p == '{') {
        const char *q = p + 1;
        while (q < end && *q != '}' && *q != '\n' && q - p < 8)
            q++;
        if (q >= end || *q != '}')
            return NULL;
        int r = deco_text(p + 1, (size_t)(q - p - 1), pop);
        if (r <= 0) {
            if (r == -2)
                *msg = "duplicated decoration";
            return NULL;
        }
        last = q + 1;
        p = skip_blank(last, end);
    }
    return last;
}

/* scan_operand() on the operand at p that ends the statement or comes
 * before a comma: what follows it (the comma, the newline or the buffer
 * end), or NULL.  *pop is cleared first (and again on failure). */
static const char *scan_whole(const char *p, const char *end, int branch, x64_pop *pop,
                              uint8_t *deco)
{
    memset(pop, 0, sizeof *pop);
    const char *q = scan_operand(p, end, branch, pop, deco);
    if (q) {
        const char *r = skip_blank(q, end);
        if (r < end && *r != ',' && *r != '\n') {
            if (*r != '{' || pop->kind == X64_OP_IMM) /* zmm0{k1}{z} */
                goto fail;
            const char *msg = NULL;
            q = scan_decos(r, end, pop, &msg);
            if (!q)
                goto fail;
            *deco = 1;
            r = skip_blank(q, end);
        }
        if (r >= end || *r == ',' || *r == '\n') {
            pop->p = p;
            pop->len = (uint32_t)(q - p);
            return r;
        }
    }
fail:
    memset(pop, 0, sizeof *pop);
    return NULL;
}

/* Go on lexing at q, the end of an operand read from the text. */
static void resume_at(jas_lexer *lx, jas_tok *t, const char *q)
{
    lx->p = q;
    lx->prev_end = q;
    next(lx, t);
}

/* The operands of the statement whose mnemonic was the last token, read
 * from the text for as long as scan_whole() takes them.  Returns 0 when
 * that was all of them (*t = the JAS_T_EOL), else 1 with *t the first
 * token of operand pi->nops (or the EOL: no operand) for the token parser. */
static int scan_operands(jas_lexer *lx, jas_tok *t, x64_pinsn *pi)
{
    const char *end = lx->end, *p = skip_blank(lx->p, end);
    if (p >= end || *p == '\n') {
        next(lx, t);
        return 0;
    }
    while (pi->nops < X64_MAX_OPS) {
        const x64_pop *pop = &pi->op[pi->nops];
        const char *r = scan_whole(p, end, pi->is_branch, &pi->op[pi->nops], &pi->deco);
        if (!r)
            break;
        pi->nops++;
        if (r >= end || *r == '\n') {
            resume_at(lx, t, pop->p + pop->len);
            return 0;
        }
        p = skip_blank(r + 1, end); /* after the comma */
    }
    /* the token parser from operand nops on: p is its start */
    if (pi->nops) {
        resume_at(lx, t, p);
        return 1;
    }
    next(lx, t);
    return !at_end(t);
}

/* Operand opi is the immediate or branch target `sum`. */
static int imm_operand(jas_pctx *pc, jas_evalctx *ev, x64_pinsn *pi, int opi, jas_expr *sum)
{
    x64_pop *pop = &pi->op[opi];
    jas_value v;
    if (peval(pc, ev, sum, &v))
        return -1;
    pop->kind = X64_OP_IMM;
    pop->val = sum;
    pop->branch = pi->is_branch;
    pop->reloc = v.reloc;
    pop->has_ph = v.has_ph;
    if (v.kind == JAS_V_CONST) {
        pop->known = 1;
        pop->kval = v.v;
    } else {
        pop->sym = 1;
    }
    if (v.has_ph &&
        collect_ph(pc, pi, sum, pi->is_branch ? X64_PH_TARGET : X64_PH_IMM, opi))
        return -1;
    return 0;
}

/* The usual branch operand, a label alone (`jne .L3`, `call foo`, `jmp
 * 1b`), without the expression parser: the same symbol leaf it would
 * build.  Returns 1 when done (imm_operand's result in *rc), 0 to let the
 * general parser do it (nothing consumed then). */
static int fast_target(jas_pctx *pc, jas_lexer *lx, jas_tok *t, jas_evalctx *ev,
                       x64_pinsn *pi, int opi, int *rc)
{
    jas_sym *s;
    if (t->kind == JAS_T_IDENT) {
        /* keywords and "." take the general path (and its messages);
         * registers were taken by scan_whole */
        if (!pc->sym || (t->len == 1 && t->p[0] == '.') || size_kw(t) ||
            tok_word(t, K("offset")) || tok_word(t, K("flat")) || tok_word(t, K("st")) ||
            reg_by_key(t->num, 0))
            return 0;
    } else if (t->kind != JAS_T_LOCAL || !pc->local) {
        return 0;
    }
    jas_tok nx;
    jas_lex_peek(lx, &nx);
    if (!at_end(&nx))
        return 0;
    if (t->kind == JAS_T_IDENT)
        s = pc->sym(pc->ud, t->p, t->len, t);
    else
        s = pc->local(pc->ud, t->num, t->dir, t);
    if (!s) {
        *rc = -1;
        return 1;
    }
    jas_expr *e = jas_expr_num(pc, 0, t->p, t->len); /* a leaf, made a symbol */
    e->op = JAS_E_SYM;
    e->u.sym = s;
    next(lx, t);
    pi->op[opi].len = (uint32_t)(lx->prev_end - pi->op[opi].p);
    *rc = imm_operand(pc, ev, pi, opi, e);
    return 1;
}

static int parse_operand(jas_pctx *pc, jas_lexer *lx, jas_tok *t, jas_evalctx *ev,
                         x64_pinsn *pi, int opi)
{
    x64_pop *pop = &pi->op[opi];
    const char *start = t->p;
    int has_size = 0, offset = 0, brackets = 0, seg = 0;
    if (scan_whole(start, lx->end, pi->is_branch, pop, &pi->deco)) {
        resume_at(lx, t, start + pop->len);
        return 0;
    }
    pop->p = start;
    int rc;
    if (pi->is_branch && pi->nops == 0 && fast_target(pc, lx, t, ev, pi, opi, &rc))
        return rc;

    /* st / st(i) */
    if (t->len == 2 && tok_word(t, K("st"))) {
        jas_tok nx;
        jas_lex_peek(lx, &nx);
        int num = 0;
        if (tok_punct(&nx, '(') || at_end(&nx) || tok_punct(&nx, ',')) {
            if (tok_punct(&nx, '(')) {
                next(lx, t);
                next(lx, t);
                if (t->len && t->p[0] == '{') { /* a placeholder: no run-time st(i) */
                    jas_perror(pc, t->p, t->len, "st(i) needs a constant 0..7: x87 registers cannot be run-time values");
                    return -1;
                }
                if (t->kind != JAS_T_NUM || t->num > 7) {
                    jas_perror_tok(pc, t, "expected a number 0..7");
                    return -1;
                }
                num = (int)t->num;
                next(lx, t);
                if (!tok_punct(t, ')')) {
                    jas_perror_tok(pc, t, "expected ')'");
                    return -1;
                }
            }
            next(lx, t);
            pop->kind = X64_OP_REG;
            pop->reg.cls = X64_RC_ST;
            pop->reg.num = (uint8_t)num;
            pop->size = 80;
            pop->len = (uint32_t)(lx->prev_end - start);
            return 0;
        }
    }
    int bits = size_kw(t);
    if (bits) {
        jas_tok nx;
        jas_lex_peek(lx, &nx);
        if (tok_word(&nx, K("bcst"))) {
            pop->mem.bcst = 1;
            pi->deco = 1;
        }
        else if (!tok_word(&nx, K("ptr"))) {
            jas_perror(pc, t->p, t->len, "expected 'PTR' after '%.*s'", clip(t->len), t->p);
            return -1;
        }
        next(lx, t);
        next(lx, t);
        has_size = 1;
        pop->size = (uint16_t)bits;
    }
    if (t->len == 6 && tok_word(t, K("offset"))) {
        offset = 1;
        next(lx, t);
        if (t->len == 4 && tok_word(t, K("flat"))) {
            if (jas_lex_next_is(lx, ':')) {
                next(lx, t);
                next(lx, t);
            }
        }
    }
    if (t->kind == JAS_T_IDENT && t->len == 2) {
        int code = reg_by_key(t->num, 0);
        if (code >> 8 == X64_RC_SEG) {
            if (jas_lex_next_is(lx, ':')) {
                pop->mem.seg = mkreg(code);
                seg = 1;
                next(lx, t);
                next(lx, t);
            }
        }
    }

    /* the body: expressions and [...] groups, added together */
    pc->reg = reg_hook;
    body b = { pop, has_size, seg, 0 };
    jas_expr *sum = parse_body(pc, lx, t, &b, 0);
    if (!sum)
        goto fail;
    has_size = b.has_size;
    seg = b.seg;
    brackets = b.brackets;
    pc->reg = NULL;
    while (t->kind == JAS_T_PH) { /* [rip+sym]{1to16}, zmm0{k1} */
        int r = deco_text(t->p + 1, t->len - 2, pop);
        if (r == 0) /* not a decoration: "junk" below */
            break;
        if (r < 0) {
            jas_perror(pc, t->p, t->len, "duplicated decoration '%.*s'", clip(t->len), t->p);
            return -1;
        }
        pi->deco = 1;
        next(lx, t);
    }
    pop->len = (uint32_t)(lx->prev_end - start);

    /* a register */
    if (!brackets && !seg && sum->op == JAS_E_REG) {
        if (has_size || offset) {
            jas_perror(pc, sum->p, sum->len, "a register cannot have %s",
                       offset ? "OFFSET" : "a PTR size");
            return -1;
        }
        pop->kind = X64_OP_REG;
        pop->reg = mkreg(sum->u.reg.code);
        pop->size = reg_bits(pop->reg);
        if (pop->reg.cls == X64_RC_RIP || pop->reg.cls == X64_RC_EIP ||
            is_iz(pop->reg.cls)) {
            jas_perror(pc, sum->p, sum->len, "'%.*s' can only be a memory %s",
                       clip(sum->len), sum->p, is_iz(pop->reg.cls) ? "index" : "base");
            return -1;
        }
        if (sum->u.reg.ph &&
            add_ph(pc, pi, X64_PH_REG, opi, sum->u.reg.ph - 1, sum->u.reg.ph,
                   sum->u.reg.phlen, 0, pop->reg.cls, NULL))
            return -1;
        return 0;
    }
    int has_reg = jas_expr_has(sum, JAS_E_REG);
    int mem = brackets || seg || has_reg;
    if (!mem && !offset) {
        if (pi->is_branch)
            mem = has_size; /* jmp QWORD PTR sym: indirect */
        else
            mem = is_symref(ev, sum);
    }
    if (mem) {
        if (offset) {
            jas_perror(pc, start, pop->len, "OFFSET of a memory operand");
            return -1;
        }
        return build_mem(pc, ev, pi, opi, pop, sum);
    }
    return imm_operand(pc, ev, pi, opi, sum);
fail:
    pc->reg = NULL;
    return -1;
}

int x64_parse(jas_pctx *pc, jas_lexer *lx, jas_tok *t, jas_evalctx *ev, x64_pinsn *pi)
{
    /* op[i] is cleared when operand i is parsed (parse_operand): readers
     * look at op[0..nops) only */
    memset(pi, 0, offsetof(x64_pinsn, op));
    /* a mnemonic seen before (most statements): no prefix words to look
     * for, its facts and lower-case name at hand */
    mnem_info tmpinfo, *mi = NULL;
    if (t->kind == JAS_T_IDENT && t->num && !(lx->p < lx->end && *lx->p == '-')) {
        mnem_info *e = &mcache[slot_of(t->num) & (MCACHE_SIZE - 1)];
        if (e->key == t->num && e->plain)
            mi = e;
    }
    /* prefixes: legacy ones once each; rex words merge into one REX */
    while (!mi) {
        if (t->kind == JAS_T_PH) { /* pseudo-prefix: {vex} {vex3} {evex} */
            char w[8];
            uint16_t bit = 0;
            if (jas_lower(w, sizeof w, t->p + 1, t->len - 2))
                bit = !strcmp(w, "vex") || !strcmp(w, "vex2") ? X64_P_VEX
                    : !strcmp(w, "vex3") ? X64_P_VEX3 : !strcmp(w, "evex") ? X64_P_EVEX : 0;
            if (!bit) {
                jas_perror(pc, t->p, t->len, "unknown pseudo-prefix '%.*s'", clip(t->len), t->p);
                return -1;
            }
            pi->prefixes = (uint16_t)((pi->prefixes & ~X64_P_PSEUDO) | bit);
            const char *p0 = t->p;
            uint32_t l0 = t->len;
            next(lx, t);
            if (at_end(t)) {
                jas_perror(pc, p0, l0, "pseudo prefix without instruction");
                return -1;
            }
            continue;
        }
        const prefix_word *pw = find_prefix(t);
        if (!pw)
            break;
        jas_tok nx;
        jas_lex_peek(lx, &nx);
        if (nx.kind != JAS_T_IDENT && nx.kind != JAS_T_PH && !at_end(&nx))
            break; /* e.g. a mnemonic named like a prefix with operands */
        if (pw->bit == X64_P_SEG && (pw->seg == 1 || pw->seg == 3)) {
            jas_perror(pc, t->p, t->len, "'%.*s' is not supported in 64-bit mode",
                       clip(t->len), t->p);
            return -1;
        }
        if (at_end(&nx)) /* the last word of a line of prefixes only */
            return standalone_prefix(pc, lx, t, pw, pi);
        if (pw->bit == 0 && pw->seg) { /* xacquire / xrelease */
            if (pi->hle) {
                jas_perror(pc, t->p, t->len, "same type of prefix used twice");
                return -1;
            }
            pi->hle = pw->byte;
            if (pi->nprefix_bytes < sizeof pi->prefix_bytes)
                pi->prefix_bytes[pi->nprefix_bytes++] = pw->byte;
        } else if (pw->bit == X64_P_REX || pw->bit == X64_P_REXW || pw->bit == 0) {
            /* GNU merges rex words unless they repeat one of W R X B */
            if (pi->rex_or & pw->byte & 15) {
                jas_perror(pc, t->p, t->len, "same type of prefix used twice");
                return -1;
            }
            pi->rex_or |= pw->byte;
        } else {
            if ((pi->prefixes & pw->bit) ||
                ((pw->bit & (X64_P_REP | X64_P_REPNE | X64_P_BND)) &&
                 (pi->prefixes & (X64_P_REP | X64_P_REPNE | X64_P_BND)))) {
                jas_perror(pc, t->p, t->len, "same type of prefix used twice");
                return -1;
            }
            if (pi->nprefix_bytes < sizeof pi->prefix_bytes)
                pi->prefix_bytes[pi->nprefix_bytes++] = pw->byte;
            if (pw->bit == X64_P_SEG)
                pi->seg_prefix = (uint8_t)(pw->seg - 1);
            pi->prefixes |= pw->bit;
        }
        next(lx, t);
    }
    if (t->kind != JAS_T_IDENT) {
        jas_perror_tok(pc, t, "expected an instruction");
        return -1;
    }
    pi->mnem_p = t->p;
    pi->mnem_len = t->len;
    const char *hy = lx->p;
    if (!mi && hy < lx->end && *hy == '-' && hy == t->p + t->len && hy + 1 < lx->end &&
        jas_is_ident_start((unsigned char)hy[1])) {
        /* GNU's hyphenated names (VIA PadLock: xcrypt-ecb, xstore-rng) */
        const char *e = hy + 1;
        while (e < lx->end && jas_is_ident_char((unsigned char)*e))
            e++;
        if (jas_lower(pi->mnem, sizeof pi->mnem, t->p, (uint32_t)(e - t->p)) &&
            (mi = mnem_lookup_key(pi->mnem, 0, &tmpinfo))->known) {
            pi->mnem_len = (uint32_t)(e - t->p);
            lx->p = e; /* the operands start after it */
            lx->prev_end = e;
        } else
            mi = NULL;
    }
    if (mi) {
        if (mi != &tmpinfo)
            memcpy(pi->mnem, mi->name, sizeof mi->name);
    } else {
        if (!jas_lower(pi->mnem, sizeof pi->mnem, t->p, t->len) ||
            !(mi = mnem_lookup_key(pi->mnem, t->num, &tmpinfo))->known) {
            jas_perror(pc, t->p, t->len, "unknown mnemonic '%.*s'", clip(t->len), t->p);
            return -1;
        }
        mi->branch = (uint8_t)is_branch_mnem(pi->mnem);
        if (mi != &tmpinfo && !find_prefix(t)) {
            memcpy(mi->name, pi->mnem, sizeof mi->name);
            mi->plain = 1;
        }
    }
    pi->is_branch = mi->branch;
    pi->mnem_id = mi->id;
    pi->fixregs = mi->fixregs;
    pi->evex = mi->evex;
    if (scan_operands(lx, t, pi)) {
        for (;;) {
            x64_pop rnd;
            memset(&rnd, 0, sizeof rnd);
            if (t->kind == JAS_T_PH && t->len > 2 && deco_text(t->p + 1, t->len - 2, &rnd) > 0 &&
                rnd.er) { /* {rn-sae} as an operand of its own */
                if (pi->er) {
                    jas_perror(pc, t->p, t->len, "duplicated '%.*s'", clip(t->len), t->p);
                    return -1;
                }
                pi->er = rnd.er;
                pi->er_at = pi->nops;
                pi->deco = 1;
                next(lx, t);
                if (!tok_punct(t, ','))
                    break;
                next(lx, t);
                continue;
            }
            if (pi->nops == X64_MAX_OPS) {
                jas_perror(pc, t->p, t->len, "too many operands (at most %d)", X64_MAX_OPS);
                return -1;
            }
            if (tok_punct(t, ',') || at_end(t)) {
                jas_perror_tok(pc, t, "expected an operand");
                return -1;
            }
            if (parse_operand(pc, lx, t, ev, pi, pi->nops))
                return -1;
            pi->nops++;
            if (!tok_punct(t, ','))
                break;
            next(lx, t);
        }
        if (!at_end(t)) {
            if (t->kind == JAS_T_ERROR || (t->kind == JAS_T_PUNCT &&
                                            ((unsigned char)t->p[0] < 0x20 ||
                                             (unsigned char)t->p[0] >= 0x7f)))
                jas_perror_tok(pc, t, "");
            else
                jas_perror(pc, t->p, t->len, "junk '%.*s' after operand", clip(t->len), t->p);
            return -1;
        }
    }
    pi->relax = (uint8_t)(pi->is_branch && pi->nops == 1 && pi->op[0].kind == X64_OP_IMM &&
                          mi->relax);
    if (pi->hle) { /* GNU's rules for xacquire / xrelease */
        int mem0 = pi->nops > 0 && pi->op[0].kind == X64_OP_MEM;
        int xchg_mem = strcmp(pi->mnem, "xchg") == 0 && pi->nops == 2 &&
                       (mem0 || pi->op[1].kind == X64_OP_MEM);
        int mov_mem = strcmp(pi->mnem, "mov") == 0 && mem0 && pi->hle == 0xF3;
        if (!(pi->prefixes & X64_P_LOCK) && !xchg_mem && !mov_mem) {
            jas_perror(pc, pi->mnem_p, pi->mnem_len, "'%s' needs 'lock' after '%s'", pi->mnem,
                       pi->hle == 0xF2 ? "xacquire" : "xrelease");
            return -1;
        }
        if (pi->prefixes & (X64_P_REP | X64_P_REPNE | X64_P_BND)) {
            jas_perror(pc, pi->mnem_p, pi->mnem_len, "same type of prefix used twice");
            return -1;
        }
    }
    return 0;
}

/* ---- resolve ------------------------------------------------------------------*/
int x64_resolve(const x64_pinsn *pi, jas_evalctx *ev, uint64_t addr, x64_insn *out,
                int *bad_op)
{
    memset(out, 0, sizeof *out);
    memcpy(out->mnem, pi->mnem, sizeof out->mnem);
    out->prefixes = pi->prefixes;
    out->seg_prefix = pi->seg_prefix;
    out->nops = pi->nops;
    out->deco = pi->deco;
    if (pi->er) {
        out->er = pi->er;
        out->er_at = pi->er_at;
        out->er_alone = 1;
    }
    for (int i = 0; i < pi->nops; i++) {
        const x64_pop *pop = &pi->op[i];
        x64_operand *o = &out->op[i];
        if (pop->er) {
            out->er = pop->er;
            out->er_at = (uint8_t)(i + 1);
            out->er_alone = 0;
        }
        o->kind = pop->kind;
        o->size = pop->size;
        o->mask = pop->mask;
        o->zero = pop->zero;
        if (pop->kind == X64_OP_REG) {
            o->reg = pop->reg;
            continue;
        }
        int64_t v = pop->kval;
        int known = pop->known;
        if (pop->val && !pop->known) {
            jas_value val;
            if (jas_eval(ev, pop->val, &val)) {
                *bad_op = i;
                return -1;
            }
            if (val.kind == JAS_V_CONST && !val.has_ph) {
                v = val.v;
                known = 1;
            }
        }
        if (pop->kind == X64_OP_IMM) {
            if (pop->branch) {
                /* the target address; stand-in before layout */
                o->imm = (ev->final && known) ? v : (int64_t)addr;
                o->sym = 0;
            } else {
                o->imm = known ? v : 0;
                o->sym = pop->sym && known && ev->final ? X64_SYM_LATE : pop->sym;
            }
            continue;
        }
        o->mem = pop->mem;
        if (pop->pcrel) {
            o->mem.disp_pcrel = 1;
            o->mem.disp = (ev->final && known) ? v : (int64_t)addr;
        } else {
            o->mem.disp_sym = pop->sym && known && ev->final ? X64_SYM_LATE : pop->sym;
            o->mem.disp = known ? v : 0;
        }
    }
    return 0;
}

/* ---- the target -------------------------------------------------------------------*/
static void t_init(void)
{
    reg_init();
    x64_init();
}

static int check_templates(void);

/* A plain branch kept for layout as a compact record (48 bytes instead of
 * the 216 of an x64_pinsn with one operand and an expression leaf): the
 * target leaf (the front end's f->expr), the mnemonic as an index into
 * br_tab and where the mnemonic is.  t_encode() rebuilds the x64_pinsn
 * plain_branch() would have kept (pbr_expand) and goes on as before.  Told
 * apart from an x64_pinsn by its first byte: an x64_pinsn starts with its
 * mnemonic (lower-case ASCII, or 0 for prefixes alone), never 0xFF. */
#define PBR_TAG 0xFF
typedef struct x64_pbr {
    uint8_t tag;          /* PBR_TAG */
    uint8_t id;           /* br_tab index */
    uint8_t mnem_len;
    uint8_t stub;         /* the first encoding is br_tab[id].stub (call, loop...) */
    uint32_t mnem_gap;    /* target operand - mnemonic, in the source */
    jas_expr leaf;        /* the target: a JAS_E_SYM leaf over the operand */
} x64_pbr;

/* The mnemonics of compact branches (names and, for call/loop..., the
 * first encoding), append-only; mcache entries come and go. */
#define BR_TAB_MAX 255
static struct br_ent {
    char name[9];
    uint8_t has_stub;
    x64_code stub;
} br_tab[BR_TAB_MAX];
static unsigned br_n;

/* mi's br_tab index + 1, or 0 when the table is full. */
static unsigned br_intern(mnem_info *mi)
{
    if (mi->br_id)
        return mi->br_id;
    unsigned i = 0;
    while (i < br_n && memcmp(br_tab[i].name, mi->name, sizeof mi->name))
        i++;
    if (i == br_n) {
        if (br_n == BR_TAB_MAX)
            return 0;
        memcpy(br_tab[i].name, mi->name, sizeof mi->name);
        br_n++;
    }
    mi->br_id = (uint8_t)(i + 1);
    return i + 1;
}

/* The x64_pinsn plain_branch() builds for `mnemonic target`. */
static void plain_pinsn(x64_pinsn *pi, const char *name, const char *mnem_p, uint32_t mnem_len,
                        jas_expr *e)
{
    memset(pi, 0, offsetof(x64_pinsn, op) + sizeof(x64_pop));
    memcpy(pi->mnem, name, sizeof br_tab[0].name);
    pi->nops = 1;
    pi->is_branch = 1;
    pi->mnem_p = mnem_p;
    pi->mnem_len = mnem_len;
    x64_pop *o = &pi->op[0];
    o->kind = X64_OP_IMM;
    o->branch = 1;
    o->sym = 1;
    o->reloc = 1;
    o->val = e;
    o->p = e->p;
    o->len = e->len;
}

static void set_stub(x64_pinsn *pi, const x64_code *c)
{
    pi->enc_len = c->len;
    memcpy(pi->enc, c->bytes, c->len);
    pi->imm_off = c->imm_off;
    pi->imm_size = c->imm_size;
    pi->imm2_off = c->imm2_off;
    pi->imm2_size = c->imm2_size;
    pi->disp_off = c->disp_off;
    pi->disp_size = c->disp_size;
    pi->rel_off = c->rel_off;
    pi->rel_size = c->rel_size;
}

static void pbr_expand(x64_pbr *r, x64_pinsn *pi)
{
    const struct br_ent *b = &br_tab[r->id];
    plain_pinsn(pi, b->name, r->leaf.p - r->mnem_gap, r->mnem_len, &r->leaf);
    if (r->stub)
        set_stub(pi, &b->stub); /* call, loop...: never relaxable */
    else
        pi->relax = 1; /* jmp / jcc */
}

/* `mnemonic symbol` (or `mnemonic Nb/Nf`) for a branch mnemonic the general
 * path has handled before (so its facts are in mcache): the parsed
 * instruction x64_parse() would build, built directly, with the lengths of
 * both forms (jmp/jcc) or the first encoding (call, loop...) so that the
 * front end need not encode.  Returns 1 when done, 0 for the general path
 * (nothing consumed), -1 after an error. */
static int plain_branch(jas_pctx *pc, jas_lexer *lx, jas_tok *t, jas_tinsn *out)
{
    mnem_info *mi = &mcache[slot_of(t->num) & (MCACHE_SIZE - 1)];
    if (mi->key != t->num || !mi->known || !(mi->br_op || (mi->stub_ok && !mi->relax)))
        return 0;
    jas_lexer lx0 = *lx;
    jas_tok mn = *t;
    next(lx, t);
    jas_tok op = *t;
    if (op.kind == JAS_T_IDENT) {
        if (!pc->sym || (op.len == 1 && op.p[0] == '.') || size_kw(&op) ||
            tok_word(&op, K("offset")) || tok_word(&op, K("flat")) || tok_word(&op, K("st")) ||
            reg_by_key(op.num, 0))
            goto undo;
    } else if (op.kind != JAS_T_LOCAL || !pc->local) {
        goto undo;
    }
    next(lx, t);
    if (!at_end(t))
        goto undo;
    jas_sym *s = op.kind == JAS_T_IDENT ? pc->sym(pc->ud, op.p, op.len, &op)
                                        : pc->local(pc->ud, op.num, op.dir, &op);
    if (!s)
        return -1;
    if (s->kind != JAS_SYM_LABEL && s->kind != JAS_SYM_UNDEF)
        goto undo; /* an equate: its value decides (general path) */
    int chk = check_templates();
    unsigned id = 0;
    if ((mi->relax || !chk) && mn.len < 256 && op.p > mn.p &&
        (uint64_t)(op.p - mn.p) <= UINT32_MAX)
        id = br_intern(mi);
    if (id) { /* a compact record (pbr_expand) */
        x64_pbr *r = jas_arena_alloc(pc->arena, sizeof *r);
        memset(r, 0, sizeof *r);
        r->tag = PBR_TAG;
        r->id = (uint8_t)(id - 1);
        r->mnem_len = (uint8_t)mn.len;
        r->mnem_gap = (uint32_t)(op.p - mn.p);
        r->leaf.op = JAS_E_SYM;
        r->leaf.p = op.p;
        r->leaf.len = op.len;
        r->leaf.u.sym = s;
        out->insn = r;
        if (mi->relax) { /* br_op: jmp / jcc */
            out->relax = 1;
            out->target = &r->leaf;
            out->short_len = mi->br_short;
            out->long_len = mi->br_long;
            return 1;
        }
        struct br_ent *be = &br_tab[id - 1];
        if (!be->has_stub) {
            be->stub = mi->stub;
            be->has_stub = 1;
        }
        r->stub = 1;
        out->fixup = 1;
        out->enc = be->stub.bytes;
        out->enc_len = be->stub.len;
        return 1;
    }
    jas_expr *e = jas_expr_num(pc, 0, op.p, op.len); /* a leaf, made a symbol */
    e->op = JAS_E_SYM;
    e->u.sym = s;
    x64_pinsn *pi = jas_arena_alloc(pc->arena, offsetof(x64_pinsn, op) + sizeof(x64_pop));
    plain_pinsn(pi, mi->name, mn.p, mn.len, e);
    out->insn = pi;
    if (mi->relax) { /* br_op: jmp / jcc */
        pi->relax = 1;
        out->relax = 1;
        out->target = e;
        out->short_len = mi->br_short;
        out->long_len = mi->br_long;
        return 1;
    }
    out->fixup = 1;
    if (!chk) { /* the stub, kept for patching after layout */
        set_stub(pi, &mi->stub);
        out->enc = pi->enc;
        out->enc_len = pi->enc_len;
    }
    return 1;
undo:
    *lx = lx0;
    *t = mn;
    return 0;
}

static int t_parse(jas_pctx *pc, jas_lexer *lx, jas_tok *t, jas_evalctx *ev, jas_tinsn *out)
{
    if (t->kind == JAS_T_IDENT && t->num) {
        int rc = plain_branch(pc, lx, t, out);
        if (rc)
            return rc < 0 ? -1 : 0;
    }
    x64_pinsn tmp;
    if (x64_parse(pc, lx, t, ev, &tmp))
        return -1;
    x64_pinsn *pi = jas_arena_alloc(pc->arena, x64_pinsn_size(&tmp));
    memcpy(pi, &tmp, x64_pinsn_size(&tmp));
    out->insn = pi;
    if (pi->prefix_only)
        return 0;
    for (int i = 0; i < pi->nops; i++) {
        const x64_pop *o = &pi->op[i];
        if (o->kind == X64_OP_IMM && o->branch)
            out->fixup = 1; /* relative to its own address */
        if (o->kind != X64_OP_REG && (o->sym || o->pcrel))
            out->fixup = 1;
    }
    if (pi->relax) {
        const x64_pop *o = &pi->op[0];
        out->relax = 1;
        out->fixup = 0;
        out->target = o->val;
        out->force_long = (uint8_t)(o->known && o->reloc == 0);
    }
    return 0;
}

/* Plain jmp/jcc: both forms are fixed patterns (src/x64/rt_x64.h), so after
 * asking the encoder once per mnemonic they are built directly.  Returns
 * -2 to fall back to the encoder. */
static int branch_fast(jas_pctx *pc, const x64_pinsn *pi, jas_evalctx *ev, uint64_t addr,
                       unsigned flags, uint8_t *out)
{
    mnem_info tmp, *mi = mnem_lookup(pi->mnem, &tmp);
    if (!mi->br_tried) {
        mi->br_tried = 1;
        x64_insn in;
        memset(&in, 0, sizeof in);
        memcpy(in.mnem, pi->mnem, sizeof in.mnem);
        in.nops = 1;
        in.op[0].kind = X64_OP_IMM;
        in.op[0].imm = 0;
        x64_code s, l;
        x64_error err;
        if (x64_encode(&in, 0, 0, &s, &err) == X64_OK &&
            x64_encode(&in, 0, X64_ENC_LONG_BRANCH, &l, &err) == X64_OK && s.len == 2 &&
            (s.bytes[0] == 0xEB || (s.bytes[0] & 0xF0) == 0x70) &&
            l.len == jas_x64_branch_long(s.bytes[0])) {
            mi->br_op = s.bytes[0];
            mi->br_short = s.len;
            mi->br_long = l.len;
            if (mi != &tmp)
                memcpy(mi->name, pi->mnem, sizeof mi->name);
        }
    }
    if (!mi->br_op)
        return -2;
    int is_short = !(flags & JAS_ENC_LONG);
    int len = is_short ? mi->br_short : mi->br_long;
    int64_t target = (int64_t)addr;
    if (ev->final) {
        jas_value v;
        if (pi->op[0].known) {
            target = pi->op[0].kval;
        } else {
            if (jas_eval(ev, pi->op[0].val, &v)) {
                const jas_expr *at = ev->err_at ? ev->err_at : pi->op[0].val;
                jas_perror(pc, at->p, at->len, "%s", ev->err);
                return -1;
            }
            target = v.v;
        }
    }
    int64_t rel = (int64_t)((uint64_t)target - (addr + (uint64_t)len));
    if (is_short ? (rel < -128 || rel > 127) : (rel < INT32_MIN || rel > INT32_MAX))
        return -2; /* let the encoder say what is wrong */
    jas_x64_branch(out, mi->br_op, is_short, (int32_t)rel);
    return len;
}

static int fits_signed(int64_t v, unsigned bytes)
{
    if (bytes >= 8)
        return 1;
    int64_t lim = (int64_t)1 << (bytes * 8 - 1);
    return v >= -lim && v < lim;
}

static inline void put_field(uint8_t *p, uint64_t v, unsigned n)
{
    switch (n) { /* unrolled: the compiler makes one store of each size */
    case 8:
        p[7] = (uint8_t)(v >> 56); p[6] = (uint8_t)(v >> 48);
        p[5] = (uint8_t)(v >> 40); p[4] = (uint8_t)(v >> 32);
        /* fall through */
    case 4:
        p[3] = (uint8_t)(v >> 24); p[2] = (uint8_t)(v >> 16);
        /* fall through */
    case 2:
        p[1] = (uint8_t)(v >> 8);
        /* fall through */
    case 1:
        p[0] = (uint8_t)v;
        break;
    default:
        for (unsigned i = 0; i < n; i++, v >>= 8)
            p[i] = (uint8_t)v;
    }
}

/* After layout: the first encoding with its value fields filled in (no
 * second trip through the encoder).  Returns -2 when that is not certainly
 * what the encoder would produce (then it encodes again). */
static int patch_fields(jas_pctx *pc, const x64_pinsn *pi, jas_evalctx *ev, uint64_t addr,
                        uint8_t *out)
{
    uint8_t b[X64_MAX_LEN];
    unsigned len = pi->enc_len;
    int nimm = 0;
    memcpy(b, pi->enc, len);
    for (int i = 0; i < pi->nops; i++) {
        const x64_pop *o = &pi->op[i];
        if (o->kind == X64_OP_REG)
            continue;
        int is_imm = o->kind == X64_OP_IMM && !o->branch;
        int imm_slot = is_imm ? nimm++ : -1;
        if (o->known && !o->branch && !o->pcrel)
            continue; /* already in the bytes */
        if (!o->val)
            continue;
        jas_value v;
        if (jas_eval(ev, o->val, &v)) {
            const jas_expr *at = ev->err_at ? ev->err_at : o->val;
            jas_perror(pc, at->p, at->len, "%s", ev->err);
            return -1;
        }
        unsigned off, size;
        int64_t x = v.v;
        if (o->branch || o->pcrel) {
            off = pi->rel_off;
            size = pi->rel_size;
            x = (int64_t)((uint64_t)v.v - (addr + len));
        } else if (is_imm) {
            off = imm_slot == 0 ? pi->imm_off : pi->imm2_off;
            size = imm_slot == 0 ? pi->imm_size : pi->imm2_size;
        } else {
            off = pi->disp_off;
            size = pi->disp_size;
        }
        if (!size || off + size > len || !fits_signed(x, size))
            return -2;
        put_field(b + off, (uint64_t)x, size);
    }
    memcpy(out, b, len);
    return (int)len;
}

/* Insert byte b at position i, moving the field offsets after it. */
static int insert_byte(x64_code *code, unsigned i, uint8_t b)
{
    if (code->len >= X64_MAX_LEN)
        return -1;
    memmove(code->bytes + i + 1, code->bytes + i, code->len - i);
    code->bytes[i] = b;
    code->len++;
    uint8_t *offs[4] = { &code->imm_off, &code->imm2_off, &code->disp_off, &code->rel_off };
    const uint8_t sizes[4] = { code->imm_size, code->imm2_size, code->disp_size, code->rel_size };
    for (int k = 0; k < 4; k++)
        if (sizes[k] && *offs[k] >= i)
            (*offs[k])++;
    for (unsigned k = 0; code->nreg_at != X64_AT_NONE && k < code->nreg_at; k++)
        if (code->reg_at[k] >> 3 >= i)
            code->reg_at[k] = (uint8_t)(code->reg_at[k] + 8);
    return 0;
}

int x64_apply_rex(uint8_t rex_or, x64_code *code)
{
    unsigned i = 0;
    if (!rex_or)
        return 0;
    if (code->len > 1 && code->bytes[0] == 0x9B) /* fstcw: fwait, then the prefixes */
        i++;
    while (i < code->len) {
        uint8_t b = code->bytes[i];
        if (b == 0x66 || b == 0x67 || b == 0xF0 || b == 0xF2 || b == 0xF3 || b == 0x26 ||
            b == 0x2E || b == 0x36 || b == 0x3E || b == 0x64 || b == 0x65)
            i++;
        else
            break;
    }
    if (i < code->len && (code->bytes[i] & 0xF0) == 0x40) {
        if (code->bytes[i] & rex_or & 0x0F)
            return -1;
        code->bytes[i] |= rex_or;
        return 0;
    }
    if (i < code->len &&
        (code->bytes[i] == 0xC4 || code->bytes[i] == 0xC5 || code->bytes[i] == 0x62))
        return -2;
    return insert_byte(code, i, rex_or) ? -3 : 0;
}

/* Where xacquire/xrelease (F2/F3) go: after segment, 67 and 66 prefixes,
 * before lock, REX and the opcode (GNU's order). */
static unsigned hle_position(const x64_code *code)
{
    unsigned i = 0;
    while (i < code->len) {
        uint8_t b = code->bytes[i];
        if (b == 0x66 || b == 0x67 || b == 0x26 || b == 0x2E || b == 0x36 || b == 0x3E ||
            b == 0x64 || b == 0x65)
            i++;
        else
            break;
    }
    return i;
}

static int insert_hle(jas_pctx *pc, const x64_pinsn *pi, x64_code *code)
{
    if (insert_byte(code, hle_position(code), pi->hle)) {
        jas_perror(pc, pi->mnem_p, pi->mnem_len, "instruction longer than 15 bytes");
        return -1;
    }
    return 0;
}

int x64_apply_words(const x64_pinsn *pi, x64_code *code)
{
    int rc = x64_apply_rex(pi->rex_or, code);
    if (rc || !pi->hle)
        return rc;
    return insert_byte(code, hle_position(code), pi->hle) ? -3 : 0;
}

static int merge_rex(jas_pctx *pc, const x64_pinsn *pi, x64_code *code)
{
    switch (x64_apply_rex(pi->rex_or, code)) {
    case 0:
        return 0;
    case -1:
        jas_perror(pc, pi->mnem_p, pi->mnem_len, "same type of prefix used twice");
        return -1;
    case -2:
        jas_perror(pc, pi->mnem_p, pi->mnem_len, "a rex prefix cannot go with '%s'", pi->mnem);
        return -1;
    default:
        jas_perror(pc, pi->mnem_p, pi->mnem_len, "instruction longer than 15 bytes");
        return -1;
    }
}

/* ---- encoding templates ---------------------------------------------------------
 * Instructions that differ only in the values of their immediates and
 * displacements encode alike as long as every value falls in the same
 * classes (fits in 8/16/32 bits signed or unsigned, sign-extended at each
 * operand size, is 0, 1 or 3): such an instruction takes the bytes of the
 * first one of its kind, with the value fields patched (x64_code says where
 * they are).  Set JAS_CHECK_TEMPLATES=1 to have every hit checked against
 * the encoder. */
typedef struct tkey {
    uint16_t mnem_id;
    uint16_t prefixes;
    uint8_t seg_prefix, nops, rex_or, hle;
    struct {
        uint8_t kind, seg, scale, pad;
        uint16_t size, vclass;
        uint16_t a, b; /* REG: reg_key(); MEM: base and index reg_key() */
    } op[X64_MAX_OPS];
} tkey;

typedef struct tent {
    uint64_t hash; /* 0 = empty */
    tkey key;
    x64_code code;
} tent;

/* 8192 templates (~1.8 MB of slots): a table 8 times bigger made a
 * million-line file slower, its probes missing the cache more than the
 * extra templates saved encoding. */
#define TCACHE_MAX (1u << 13)
static tent *tcache;
static uint64_t *thash; /* tcache[i].hash, probed without touching the entries */
static uint32_t tcap, tcount;
static int tcheck = -1;

/* Every value test the encoder makes (x64_encode.c: match_imm with
 * fits_either/fits_signed/fits_magnitude at 8/16/32 bits and after sign
 * extension, the displacement rules, the constant operands 1 and 3), one
 * bit each: two values of the same class encode alike (form, field sizes)
 * and are both accepted or both rejected.  fits_magnitude (-2^N, 2^N) is
 * not implied by the signed/unsigned tests: without it `mov eax,
 * -0x100000000` took the template of `mov eax, -0xfffffffb` and was
 * accepted.  fs(v, b) is v + 2^(b-1) < 2^b unsigned, fm(v, b) is
 * v + 2^b - 1 < 2^(b+1) - 1; the sign-extended tests use 16/32-bit
 * arithmetic. */
static uint16_t vclass(int64_t v)
{
    uint64_t u = (uint64_t)v;
    return (uint16_t)((u == 0) | (u == 1) << 1 | (u == 3) << 2 | (u + 0x80 < 0x100) << 3 |
                      (u < 0x100) << 4 | (u + 0x8000 < 0x10000) << 5 | (u < 0x10000) << 6 |
                      (u + 0x80000000u < 0x100000000u) << 7 | (u < 0x100000000u) << 8 |
                      ((uint16_t)(u + 0x80) < 0x100) << 9 | ((uint32_t)(u + 0x80) < 0x100) << 10 |
                      ((uint32_t)(u + 0x8000) < 0x10000) << 11 | (u + 0xff < 0x1ff) << 12 |
                      (u + 0xffff < 0x1ffff) << 13 | (u + 0xffffffffu < 0x1ffffffffu) << 14 |
                      (v < 0) << 15);
}

/* A displacement's class when the base is a 64-bit register (no addr32):
 * encode_mem() then only asks whether it is 0, fits 8 or 32 bits signed. */
static uint16_t dclass(int64_t v)
{
    return (uint16_t)(v == 0 ? 1 : v == (int8_t)v ? 2 : v == (int32_t)v ? 3 : 4);
}

/* A register in a template key: what the encoding depends on.  That is
 * (class, number), except for a general-purpose register whose number no
 * form of the mnemonic names (fix, x64_mnem_entry.fixregs): it only
 * changes its 3-bit fields (x64_code.reg_at, patched by fill_template)
 * and the REX bit, and for byte registers 4..7 the need of a REX prefix
 * (spl..dil).  A base whose low bits are 4 or 5 (rsp/r12: SIB; rbp/r13:
 * no disp0; rsp/rbp: ss is the default segment) and an index with low
 * bits 4 (rsp cannot be one) stay exact as well. */
static uint16_t reg_key(x64_reg r, unsigned fix, unsigned role)
{
    unsigned lo = r.num & 7;
    if (r.cls == X64_RC_GPR8 || r.cls == X64_RC_GPR16 || r.cls == X64_RC_GPR32 ||
        r.cls == X64_RC_GPR64) {
        if (r.num < 16 && !((fix >> r.num) & 1) &&
            !(role == X64_AT_BASE && (lo == 4 || lo == 5)) && !(role == X64_AT_INDEX && lo == 4))
            return (uint16_t)(0x8000 | r.cls << 8 | (r.num >> 3) << 1 |
                              (r.cls == X64_RC_GPR8 && (r.num & 4)));
    }
    return (uint16_t)(r.cls << 8 | r.num);
}

/* The key of an instruction whose values are all known now; 0 if it can't
 * have a template. */
static int make_key(const x64_pinsn *pi, tkey *k)
{
    /* AVX-512 decorations: no template (nor for the mnemonics that do not
     * take them: the encoder's message) */
    if (!pi->mnem_id || pi->deco)
        return 0;
    /* rex words and xacquire/xrelease move bytes after encoding: registers
     * exact then */
    unsigned fix = (pi->rex_or || pi->hle) ? 0xFFFF : pi->fixregs;
    memset(k, 0, sizeof *k);
    k->mnem_id = pi->mnem_id;
    k->prefixes = pi->prefixes;
    k->seg_prefix = pi->seg_prefix;
    k->nops = pi->nops;
    k->rex_or = pi->rex_or;
    k->hle = pi->hle;
    for (int i = 0; i < pi->nops; i++) {
        const x64_pop *o = &pi->op[i];
        if (o->kind != X64_OP_REG && (!o->known || o->sym || o->pcrel || o->branch || o->has_ph))
            return 0;
        k->op[i].kind = o->kind;
        k->op[i].size = o->size;
        if (o->kind == X64_OP_REG) {
            k->op[i].a = reg_key(o->reg, fix, X64_AT_REG);
        } else if (o->kind == X64_OP_MEM) {
            if (pi->evex) /* disp8*N: dclass does not say how it scales */
                return 0;
            k->op[i].seg = (uint8_t)(o->mem.seg.cls ? o->mem.seg.num + 1 : 0);
            k->op[i].scale = (uint8_t)(o->mem.scale | o->mem.scale_explicit << 4);
            k->op[i].a = reg_key(o->mem.base, fix, X64_AT_BASE);
            k->op[i].b = reg_key(o->mem.index, fix, X64_AT_INDEX);
            k->op[i].vclass = o->mem.base.cls == X64_RC_GPR64 && !(pi->prefixes & X64_P_ADDR32)
                                  ? dclass(o->kval) : vclass(o->kval);
        } else {
            k->op[i].vclass = vclass(o->kval);
        }
    }
    return 1;
}

/* Every general-purpose register keyed by class (reg_key) has its fields
 * listed in the template's code. */
static int regs_listed(const x64_pinsn *pi, const tkey *k, const x64_code *c)
{
    for (int i = 0; i < pi->nops; i++) {
        const uint16_t keys[2] = { k->op[i].a, k->op[i].b };
        const unsigned what[2] = { pi->op[i].kind == X64_OP_REG ? X64_AT_REG : X64_AT_BASE,
                                   X64_AT_INDEX };
        for (int j = 0; j < 2; j++) {
            if (!(keys[j] & 0x8000))
                continue;
            if (c->nreg_at == X64_AT_NONE)
                return 0;
            unsigned n = 0;
            while (n < c->nreg_at && c->reg_src[n] != (i | what[j]))
                n++;
            if (n == c->nreg_at)
                return 0;
        }
    }
    return 1;
}

static uint64_t key_hash(const tkey *k)
{
    const unsigned char *p = (const unsigned char *)k;
    uint64_t h = 0x9E3779B97F4A7C15ull;
    for (size_t i = 0; i + 8 <= sizeof *k; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 31;
    }
    return h ? h : 1;
}

static tent *tfind(const tkey *k, uint64_t h, int insert)
{
    if (insert && (tcount + 1) * 2 > tcap) {
        if (tcap >= TCACHE_MAX * 2)
            return NULL;
        uint32_t ncap = tcap ? tcap * 2 : 1024;
        tent *nt = jas_xcalloc(ncap, sizeof *nt);
        uint64_t *nh = jas_xcalloc(ncap, sizeof *nh);
        for (uint32_t i = 0; i < tcap; i++) {
            if (!thash[i])
                continue;
            uint32_t j = (uint32_t)thash[i] & (ncap - 1);
            while (nh[j])
                j = (j + 1) & (ncap - 1);
            nt[j] = tcache[i];
            nh[j] = thash[i];
        }
        free(tcache);
        free(thash);
        tcache = nt;
        thash = nh;
        tcap = ncap;
    }
    if (!tcap)
        return NULL;
    uint32_t mask = tcap - 1, i = (uint32_t)h & mask;
    for (;;) {
        uint64_t hv = thash[i];
        if (!hv)
            return insert ? &tcache[i] : NULL;
        if (hv == h && memcmp(&tcache[i].key, k, sizeof *k) == 0)
            return &tcache[i];
        i = (i + 1) & mask;
    }
}

/* The template's bytes with this instruction's values and registers; 0 if
 * a value has no field to go to. */
static int fill_template(const x64_pinsn *pi, const x64_code *t, uint8_t *out)
{
    uint8_t *b = out; /* room for X64_MAX_LEN (jas_target.max_insn) */
    int nimm = 0;
    memcpy(b, t->bytes, X64_MAX_LEN);
    for (int i = 0; i < pi->nops; i++) {
        const x64_pop *o = &pi->op[i];
        unsigned off, size;
        if (o->kind == X64_OP_IMM) {
            off = nimm ? t->imm2_off : t->imm_off;
            size = nimm ? t->imm2_size : t->imm_size;
            nimm++;
        } else if (o->kind == X64_OP_MEM) {
            off = t->disp_off;
            size = t->disp_size;
            if (!size) {
                if (o->kval != 0)
                    return 0;
                continue;
            }
        } else {
            continue;
        }
        if (!size || off + size > t->len)
            return 0;
        put_field(b + off, (uint64_t)o->kval, size);
    }
    /* registers: the same class and REX bit (the key), maybe another
     * number; exact ones are written over with the same bits */
    for (unsigned i = 0; t->nreg_at != X64_AT_NONE && i < t->nreg_at; i++) {
        const x64_pop *o = &pi->op[t->reg_src[i] & 3];
        unsigned what = t->reg_src[i] & ~3u, at = t->reg_at[i] >> 3, sh = t->reg_at[i] & 7;
        unsigned num = what == X64_AT_BASE ? o->mem.base.num
                     : what == X64_AT_INDEX ? o->mem.index.num : o->reg.num;
        b[at] = (uint8_t)((b[at] & ~(7u << sh)) | (num & 7) << sh);
    }
    return 1;
}

/* The encoder's bytes for pi (messages for what it rejects).  Returns 0
 * or -1. */
static int encode_full(jas_pctx *pc, const x64_pinsn *pi, jas_evalctx *ev, uint64_t addr,
                       unsigned flags, x64_code *code)
{
    x64_insn in;
    int bad = -1;
    if (x64_resolve(pi, ev, addr, &in, &bad)) {
        const jas_expr *at = ev->err_at;
        if (at)
            jas_perror(pc, at->p, at->len, "%s", ev->err);
        else
            jas_perror(pc, pi->op[bad].p, pi->op[bad].len, "%s", ev->err);
        return -1;
    }
    x64_error err;
    err.op = -1;
    err.msg[0] = 0;
    int rc = x64_encode(&in, addr, (flags & JAS_ENC_LONG) ? X64_ENC_LONG_BRANCH : 0, code, &err);
    if (rc == X64_OK && pi->rex_or && merge_rex(pc, pi, code))
        return -1;
    if (rc == X64_OK && pi->hle && insert_hle(pc, pi, code))
        return -1;
    if (rc != X64_OK) {
        const char *p = pi->mnem_p;
        uint32_t len = pi->mnem_len;
        if (err.op >= 0 && err.op < pi->nops) {
            p = pi->op[err.op].p;
            len = pi->op[err.op].len;
        }
        const char *msg = err.msg[0] ? err.msg : NULL;
        char buf[200];
        if (!msg) {
            switch (rc) {
            case X64_E_MNEMONIC:
                snprintf(buf, sizeof buf, "unknown mnemonic '%s'", in.mnem);
                break;
            case X64_E_RANGE:
                snprintf(buf, sizeof buf, "value out of range for '%s'", in.mnem);
                break;
            case X64_E_REGMIX:
                snprintf(buf, sizeof buf, "bad register mix for '%s'", in.mnem);
                break;
            case X64_E_PREFIX:
                snprintf(buf, sizeof buf, "prefix not allowed with '%s'", in.mnem);
                break;
            default: snprintf(buf, sizeof buf, "invalid operands for '%s'", in.mnem);
            }
            msg = buf;
        }
        jas_perror(pc, p, len, "%s", msg);
        return -1;
    }
    return 0;
}

/* A branch or call to an operand alone that is not relaxed (call, loop,
 * jrcxz...): before layout its target stands in at its own address
 * (x64_resolve), so that first encoding depends on the mnemonic only.  It
 * is kept per mnemonic once the encoder has made it; the target goes in
 * after layout (patch_fields). */
static int plain_target(const x64_pinsn *pi)
{
    const x64_pop *o = &pi->op[0];
    return pi->nops == 1 && !pi->relax && !pi->prefix_only && !pi->prefixes && !pi->rex_or &&
           !pi->hle && !pi->nph && o->kind == X64_OP_IMM && o->branch && !o->size && !o->has_ph;
}

static int check_templates(void)
{
    if (tcheck < 0) {
        const char *s = getenv("JAS_CHECK_TEMPLATES");
        tcheck = s && *s && *s != '0';
    }
    return tcheck;
}

static int t_encode(jas_pctx *pc, void *insn, jas_evalctx *ev, uint64_t addr, unsigned flags,
                    uint8_t *out)
{
    x64_pinsn *pi = insn, full;
    if (*(const uint8_t *)insn == PBR_TAG) {
        pbr_expand(insn, &full);
        pi = &full;
    }
    tkey key;
    uint64_t kh = 0;
    if (!pi->relax && !pi->prefix_only && !ev->final && make_key(pi, &key)) {
        kh = key_hash(&key);
        const tent *e = tfind(&key, kh, 0);
        if (e && fill_template(pi, &e->code, out)) {
            if (!check_templates())
                return e->code.len;
            kh = 0; /* encode anyway and compare below */
            memcpy(pi->enc, out, e->code.len);
            pi->enc_len = (uint8_t)(e->code.len | 0x80);
        }
    }
    if (ev->final && pi->enc_len && !pi->relax) {
        int rc = patch_fields(pc, pi, ev, addr, out);
        if (rc != -2)
            return rc;
    }
    if (pi->prefix_only) {
        memcpy(out, pi->prefix_bytes, pi->nprefix_bytes);
        return pi->nprefix_bytes;
    }
    if (pi->relax && !pi->prefixes && !pi->rex_or && !pi->hle) {
        int rc = branch_fast(pc, pi, ev, addr, flags, out);
        if (rc != -2)
            return rc;
    }
    x64_code code;
    mnem_info mtmp, *mi = NULL;
    if (!ev->final && !(flags & JAS_ENC_LONG) && plain_target(pi))
        mi = mnem_lookup(pi->mnem, &mtmp);
    if (mi && mi->stub_ok && !check_templates()) {
        code = mi->stub;
    } else {
        if (encode_full(pc, pi, ev, addr, flags, &code))
            return -1;
        if (mi && mi->stub_ok && (mi->stub.len != code.len ||
                                  memcmp(mi->stub.bytes, code.bytes, code.len))) {
            fprintf(stderr, "jas: branch stub mismatch for '%s' (JAS_CHECK_TEMPLATES)\n",
                    pi->mnem);
            abort();
        }
        if (mi && mi != &mtmp) {
            mi->stub = code;
            mi->stub_ok = 1;
            memcpy(mi->name, pi->mnem, sizeof mi->name);
        }
    }
    memcpy(out, code.bytes, code.len);
    if (pi->enc_len & 0x80) { /* JAS_CHECK_TEMPLATES */
        if ((pi->enc_len & 0x7f) != code.len || memcmp(pi->enc, code.bytes, code.len)) {
            fprintf(stderr, "jas: template mismatch for '%s' (JAS_CHECK_TEMPLATES)\n",
                    pi->mnem);
            abort();
        }
        pi->enc_len = 0;
    }
    if (kh) {
        tent *e = tfind(&key, kh, 1);
        if (e && !e->hash && regs_listed(pi, &key, &code) && fill_template(pi, &code, out)) {
            e->hash = kh;
            thash[e - tcache] = kh;
            e->key = key;
            e->code = code;
            tcount++;
        }
    }
    if (!ev->final && !pi->relax) { /* keep it for patching after layout */
        pi->enc_len = code.len;
        memcpy(pi->enc, code.bytes, code.len);
        pi->imm_off = code.imm_off;
        pi->imm_size = code.imm_size;
        pi->imm2_off = code.imm2_off;
        pi->imm2_size = code.imm2_size;
        pi->disp_off = code.disp_off;
        pi->disp_size = code.disp_size;
        pi->rel_off = code.rel_off;
        pi->rel_size = code.rel_size;
    }
    return code.len;
}

void x64_code_fill(uint8_t *p, uint64_t n)
{
    while (n > 0) { /* jas_x64_nops takes 32-bit counts */
        uint32_t k = n > 0x40000000u ? 0x40000000u : (uint32_t)n;
        jas_x64_nops(p, k);
        p += k;
        n -= k;
    }
}

static const char *const x64_aliases[] = { "x86_64", "x86-64", "amd64", "x86", "i386", NULL };

const jas_target jas_target_x64 = {
    .name = "x64",
    .aliases = x64_aliases,
    .init = t_init,
    .parse = t_parse,
    .encode = t_encode,
    .short_min = -128,
    .short_max = 127,
    .code_fill = x64_code_fill,
    .code_fill_byte = 0x90,
    .max_insn = X64_MAX_LEN,
    .dump_table = x64_table_dump,
};
