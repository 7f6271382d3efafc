/* x86-64 instruction table: one row per instruction form, in Intel-manual
 * notation, compiled once by x64_init() into x64_form entries indexed by
 * mnemonic.  The notation is described in docs/x64-table.md.
 *
 * Row order matters only between forms of one mnemonic that encode to the
 * same length: the encoder picks the shortest encoding among the forms that
 * match and the first such row on ties, which is how GNU as chooses. */
#include "x64/x64_table.h"

#include <stdlib.h>
#include <string.h>

const x64_row x64_rows[] = {
    /* mnemonic      operands            encoding                      flags */
    /* ---- integer ALU: add or adc sbb and sub xor cmp ---- */
    {"add",           "r/m16, imm8",       "o16 83 /0 ib",               "lock sx"},
    {"add",           "r/m32, imm8",       "83 /0 ib",                   "lock sx"},
    {"add",           "r/m64, imm8",       "REX.W 83 /0 ib",             "lock sx"},
    {"add",           "AL, imm8",          "04 ib",                      ""},
    {"add",           "AX, imm16",         "o16 05 iw",                  ""},
    {"add",           "EAX, imm32",        "05 id",                      ""},
    {"add",           "RAX, imm32",        "REX.W 05 id",                "sx"},
    {"add",           "r/m8, imm8",        "80 /0 ib",                   "lock"},
    {"add",           "r/m16, imm16",      "o16 81 /0 iw",               "lock"},
    {"add",           "r/m32, imm32",      "81 /0 id",                   "lock"},
    {"add",           "r/m64, imm32",      "REX.W 81 /0 id",             "lock sx"},
    {"add",           "r/m8, r8",          "00 /r",                      "lock"},
    {"add",           "r/m16, r16",        "o16 01 /r",                  "lock"},
    {"add",           "r/m32, r32",        "01 /r",                      "lock"},
    {"add",           "r/m64, r64",        "REX.W 01 /r",                "lock"},
    {"add",           "r8, r/m8",          "02 /r",                      ""},
    {"add",           "r16, r/m16",        "o16 03 /r",                  ""},
    {"add",           "r32, r/m32",        "03 /r",                      ""},
    {"add",           "r64, r/m64",        "REX.W 03 /r",                ""},
    {"or",            "r/m16, imm8",       "o16 83 /1 ib",               "lock sx"},
    {"or",            "r/m32, imm8",       "83 /1 ib",                   "lock sx"},
    {"or",            "r/m64, imm8",       "REX.W 83 /1 ib",             "lock sx"},
    {"or",            "AL, imm8",          "0C ib",                      ""},
    {"or",            "AX, imm16",         "o16 0D iw",                  ""},
    {"or",            "EAX, imm32",        "0D id",                      ""},
    {"or",            "RAX, imm32",        "REX.W 0D id",                "sx"},
    {"or",            "r/m8, imm8",        "80 /1 ib",                   "lock"},
    {"or",            "r/m16, imm16",      "o16 81 /1 iw",               "lock"},
    {"or",            "r/m32, imm32",      "81 /1 id",                   "lock"},
    {"or",            "r/m64, imm32",      "REX.W 81 /1 id",             "lock sx"},
    {"or",            "r/m8, r8",          "08 /r",                      "lock"},
    {"or",            "r/m16, r16",        "o16 09 /r",                  "lock"},
    {"or",            "r/m32, r32",        "09 /r",                      "lock"},
    {"or",            "r/m64, r64",        "REX.W 09 /r",                "lock"},
    {"or",            "r8, r/m8",          "0A /r",                      ""},
    {"or",            "r16, r/m16",        "o16 0B /r",                  ""},
    {"or",            "r32, r/m32",        "0B /r",                      ""},
    {"or",            "r64, r/m64",        "REX.W 0B /r",                ""},
    {"adc",           "r/m16, imm8",       "o16 83 /2 ib",               "lock sx"},
    {"adc",           "r/m32, imm8",       "83 /2 ib",                   "lock sx"},
    {"adc",           "r/m64, imm8",       "REX.W 83 /2 ib",             "lock sx"},
    {"adc",           "AL, imm8",          "14 ib",                      ""},
    {"adc",           "AX, imm16",         "o16 15 iw",                  ""},
    {"adc",           "EAX, imm32",        "15 id",                      ""},
    {"adc",           "RAX, imm32",        "REX.W 15 id",                "sx"},
    {"adc",           "r/m8, imm8",        "80 /2 ib",                   "lock"},
    {"adc",           "r/m16, imm16",      "o16 81 /2 iw",               "lock"},
    {"adc",           "r/m32, imm32",      "81 /2 id",                   "lock"},
    {"adc",           "r/m64, imm32",      "REX.W 81 /2 id",             "lock sx"},
    {"adc",           "r/m8, r8",          "10 /r",                      "lock"},
    {"adc",           "r/m16, r16",        "o16 11 /r",                  "lock"},
    {"adc",           "r/m32, r32",        "11 /r",                      "lock"},
    {"adc",           "r/m64, r64",        "REX.W 11 /r",                "lock"},
    {"adc",           "r8, r/m8",          "12 /r",                      ""},
    {"adc",           "r16, r/m16",        "o16 13 /r",                  ""},
    {"adc",           "r32, r/m32",        "13 /r",                      ""},
    {"adc",           "r64, r/m64",        "REX.W 13 /r",                ""},
    {"sbb",           "r/m16, imm8",       "o16 83 /3 ib",               "lock sx"},
    {"sbb",           "r/m32, imm8",       "83 /3 ib",                   "lock sx"},
    {"sbb",           "r/m64, imm8",       "REX.W 83 /3 ib",             "lock sx"},
    {"sbb",           "AL, imm8",          "1C ib",                      ""},
    {"sbb",           "AX, imm16",         "o16 1D iw",                  ""},
    {"sbb",           "EAX, imm32",        "1D id",                      ""},
    {"sbb",           "RAX, imm32",        "REX.W 1D id",                "sx"},
    {"sbb",           "r/m8, imm8",        "80 /3 ib",                   "lock"},
    {"sbb",           "r/m16, imm16",      "o16 81 /3 iw",               "lock"},
    {"sbb",           "r/m32, imm32",      "81 /3 id",                   "lock"},
    {"sbb",           "r/m64, imm32",      "REX.W 81 /3 id",             "lock sx"},
    {"sbb",           "r/m8, r8",          "18 /r",                      "lock"},
    {"sbb",           "r/m16, r16",        "o16 19 /r",                  "lock"},
    {"sbb",           "r/m32, r32",        "19 /r",                      "lock"},
    {"sbb",           "r/m64, r64",        "REX.W 19 /r",                "lock"},
    {"sbb",           "r8, r/m8",          "1A /r",                      ""},
    {"sbb",           "r16, r/m16",        "o16 1B /r",                  ""},
    {"sbb",           "r32, r/m32",        "1B /r",                      ""},
    {"sbb",           "r64, r/m64",        "REX.W 1B /r",                ""},
    {"and",           "r/m16, imm8",       "o16 83 /4 ib",               "lock sx"},
    {"and",           "r/m32, imm8",       "83 /4 ib",                   "lock sx"},
    {"and",           "r/m64, imm8",       "REX.W 83 /4 ib",             "lock sx"},
    {"and",           "AL, imm8",          "24 ib",                      ""},
    {"and",           "AX, imm16",         "o16 25 iw",                  ""},
    {"and",           "EAX, imm32",        "25 id",                      ""},
    {"and",           "RAX, imm32",        "REX.W 25 id",                "sx"},
    {"and",           "r/m8, imm8",        "80 /4 ib",                   "lock"},
    {"and",           "r/m16, imm16",      "o16 81 /4 iw",               "lock"},
    {"and",           "r/m32, imm32",      "81 /4 id",                   "lock"},
    {"and",           "r/m64, imm32",      "REX.W 81 /4 id",             "lock sx"},
    {"and",           "r/m8, r8",          "20 /r",                      "lock"},
    {"and",           "r/m16, r16",        "o16 21 /r",                  "lock"},
    {"and",           "r/m32, r32",        "21 /r",                      "lock"},
    {"and",           "r/m64, r64",        "REX.W 21 /r",                "lock"},
    {"and",           "r8, r/m8",          "22 /r",                      ""},
    {"and",           "r16, r/m16",        "o16 23 /r",                  ""},
    {"and",           "r32, r/m32",        "23 /r",                      ""},
    {"and",           "r64, r/m64",        "REX.W 23 /r",                ""},
    {"sub",           "r/m16, imm8",       "o16 83 /5 ib",               "lock sx"},
    {"sub",           "r/m32, imm8",       "83 /5 ib",                   "lock sx"},
    {"sub",           "r/m64, imm8",       "REX.W 83 /5 ib",             "lock sx"},
    {"sub",           "AL, imm8",          "2C ib",                      ""},
    {"sub",           "AX, imm16",         "o16 2D iw",                  ""},
    {"sub",           "EAX, imm32",        "2D id",                      ""},
    {"sub",           "RAX, imm32",        "REX.W 2D id",                "sx"},
    {"sub",           "r/m8, imm8",        "80 /5 ib",                   "lock"},
    {"sub",           "r/m16, imm16",      "o16 81 /5 iw",               "lock"},
    {"sub",           "r/m32, imm32",      "81 /5 id",                   "lock"},
    {"sub",           "r/m64, imm32",      "REX.W 81 /5 id",             "lock sx"},
    {"sub",           "r/m8, r8",          "28 /r",                      "lock"},
    {"sub",           "r/m16, r16",        "o16 29 /r",                  "lock"},
    {"sub",           "r/m32, r32",        "29 /r",                      "lock"},
    {"sub",           "r/m64, r64",        "REX.W 29 /r",                "lock"},
    {"sub",           "r8, r/m8",          "2A /r",                      ""},
    {"sub",           "r16, r/m16",        "o16 2B /r",                  ""},
    {"sub",           "r32, r/m32",        "2B /r",                      ""},
    {"sub",           "r64, r/m64",        "REX.W 2B /r",                ""},
    {"xor",           "r/m16, imm8",       "o16 83 /6 ib",               "lock sx"},
    {"xor",           "r/m32, imm8",       "83 /6 ib",                   "lock sx"},
    {"xor",           "r/m64, imm8",       "REX.W 83 /6 ib",             "lock sx"},
    {"xor",           "AL, imm8",          "34 ib",                      ""},
    {"xor",           "AX, imm16",         "o16 35 iw",                  ""},
    {"xor",           "EAX, imm32",        "35 id",                      ""},
    {"xor",           "RAX, imm32",        "REX.W 35 id",                "sx"},
    {"xor",           "r/m8, imm8",        "80 /6 ib",                   "lock"},
    {"xor",           "r/m16, imm16",      "o16 81 /6 iw",               "lock"},
    {"xor",           "r/m32, imm32",      "81 /6 id",                   "lock"},
    {"xor",           "r/m64, imm32",      "REX.W 81 /6 id",             "lock sx"},
    {"xor",           "r/m8, r8",          "30 /r",                      "lock"},
    {"xor",           "r/m16, r16",        "o16 31 /r",                  "lock"},
    {"xor",           "r/m32, r32",        "31 /r",                      "lock"},
    {"xor",           "r/m64, r64",        "REX.W 31 /r",                "lock"},
    {"xor",           "r8, r/m8",          "32 /r",                      ""},
    {"xor",           "r16, r/m16",        "o16 33 /r",                  ""},
    {"xor",           "r32, r/m32",        "33 /r",                      ""},
    {"xor",           "r64, r/m64",        "REX.W 33 /r",                ""},
    {"cmp",           "r/m16, imm8",       "o16 83 /7 ib",               "sx"},
    {"cmp",           "r/m32, imm8",       "83 /7 ib",                   "sx"},
    {"cmp",           "r/m64, imm8",       "REX.W 83 /7 ib",             "sx"},
    {"cmp",           "AL, imm8",          "3C ib",                      ""},
    {"cmp",           "AX, imm16",         "o16 3D iw",                  ""},
    {"cmp",           "EAX, imm32",        "3D id",                      ""},
    {"cmp",           "RAX, imm32",        "REX.W 3D id",                "sx"},
    {"cmp",           "r/m8, imm8",        "80 /7 ib",                   ""},
    {"cmp",           "r/m16, imm16",      "o16 81 /7 iw",               ""},
    {"cmp",           "r/m32, imm32",      "81 /7 id",                   ""},
    {"cmp",           "r/m64, imm32",      "REX.W 81 /7 id",             "sx"},
    {"cmp",           "r/m8, r8",          "38 /r",                      ""},
    {"cmp",           "r/m16, r16",        "o16 39 /r",                  ""},
    {"cmp",           "r/m32, r32",        "39 /r",                      ""},
    {"cmp",           "r/m64, r64",        "REX.W 39 /r",                ""},
    {"cmp",           "r8, r/m8",          "3A /r",                      ""},
    {"cmp",           "r16, r/m16",        "o16 3B /r",                  ""},
    {"cmp",           "r32, r/m32",        "3B /r",                      ""},
    {"cmp",           "r64, r/m64",        "REX.W 3B /r",                ""},
    /* ---- unary group 3/4/5: inc dec not neg mul imul div idiv ---- */
    {"inc",           "r/m8",              "FE /0",                      "lock"},
    {"inc",           "r/m16",             "o16 FF /0",                  "lock"},
    {"inc",           "r/m32",             "FF /0",                      "lock"},
    {"inc",           "r/m64",             "REX.W FF /0",                "lock"},
    {"dec",           "r/m8",              "FE /1",                      "lock"},
    {"dec",           "r/m16",             "o16 FF /1",                  "lock"},
    {"dec",           "r/m32",             "FF /1",                      "lock"},
    {"dec",           "r/m64",             "REX.W FF /1",                "lock"},
    {"not",           "r/m8",              "F6 /2",                      "lock"},
    {"not",           "r/m16",             "o16 F7 /2",                  "lock"},
    {"not",           "r/m32",             "F7 /2",                      "lock"},
    {"not",           "r/m64",             "REX.W F7 /2",                "lock"},
    {"neg",           "r/m8",              "F6 /3",                      "lock"},
    {"neg",           "r/m16",             "o16 F7 /3",                  "lock"},
    {"neg",           "r/m32",             "F7 /3",                      "lock"},
    {"neg",           "r/m64",             "REX.W F7 /3",                "lock"},
    {"mul",           "r/m8",              "F6 /4",                      ""},
    {"mul",           "r/m16",             "o16 F7 /4",                  ""},
    {"mul",           "r/m32",             "F7 /4",                      ""},
    {"mul",           "r/m64",             "REX.W F7 /4",                ""},
    {"imul",          "r/m8",              "F6 /5",                      ""},
    {"imul",          "r/m16",             "o16 F7 /5",                  ""},
    {"imul",          "r/m32",             "F7 /5",                      ""},
    {"imul",          "r/m64",             "REX.W F7 /5",                ""},
    {"div",           "r/m8",              "F6 /6",                      ""},
    {"div",           "r/m16",             "o16 F7 /6",                  ""},
    {"div",           "r/m32",             "F7 /6",                      ""},
    {"div",           "r/m64",             "REX.W F7 /6",                ""},
    {"div",           "AL, r/m8",          "F6 /6",                      ""},
    {"div",           "AX, r/m16",         "o16 F7 /6",                  ""},
    {"div",           "EAX, r/m32",        "F7 /6",                      ""},
    {"div",           "RAX, r/m64",        "REX.W F7 /6",                ""},
    {"idiv",          "r/m8",              "F6 /7",                      ""},
    {"idiv",          "r/m16",             "o16 F7 /7",                  ""},
    {"idiv",          "r/m32",             "F7 /7",                      ""},
    {"idiv",          "r/m64",             "REX.W F7 /7",                ""},
    {"idiv",          "AL, r/m8",          "F6 /7",                      ""},
    {"idiv",          "AX, r/m16",         "o16 F7 /7",                  ""},
    {"idiv",          "EAX, r/m32",        "F7 /7",                      ""},
    {"idiv",          "RAX, r/m64",        "REX.W F7 /7",                ""},
    /* imul with two and three operands */
    {"imul",          "r16, r/m16",        "o16 0F AF /r",               ""},
    {"imul",          "r32, r/m32",        "0F AF /r",                   ""},
    {"imul",          "r64, r/m64",        "REX.W 0F AF /r",             ""},
    {"imul",          "r16, r/m16, imm8",  "o16 6B /r ib",               "sx"},
    {"imul",          "r16, r/m16, imm16", "o16 69 /r iw",               ""},
    {"imul",          "r32, r/m32, imm8",  "6B /r ib",                   "sx"},
    {"imul",          "r32, r/m32, imm32", "69 /r id",                   ""},
    {"imul",          "r64, r/m64, imm8",  "REX.W 6B /r ib",             "sx"},
    {"imul",          "r64, r/m64, imm32", "REX.W 69 /r id",             "sx"},
    {"imul",          "r16, imm8",         "o16 6B /r ib",               "sx openc:RM,I"},
    {"imul",          "r16, imm16",        "o16 69 /r iw",               "openc:RM,I"},
    {"imul",          "r32, imm8",         "6B /r ib",                   "sx openc:RM,I"},
    {"imul",          "r32, imm32",        "69 /r id",                   "openc:RM,I"},
    {"imul",          "r64, imm8",         "REX.W 6B /r ib",             "sx openc:RM,I"},
    {"imul",          "r64, imm32",        "REX.W 69 /r id",             "sx openc:RM,I"},
    /* ---- shifts and rotates: rol ror rcl rcr shl/sal shr sar ---- */
    {"rol",           "r/m8, 1",           "D0 /0",                      ""},
    {"rol",           "r/m8, CL",          "D2 /0",                      ""},
    {"rol",           "r/m8, imm8",        "C0 /0 ib",                   ""},
    {"rol",           "r/m8",              "D0 /0",                      ""},
    {"rol",           "r/m16, 1",          "o16 D1 /0",                  ""},
    {"rol",           "r/m16, CL",         "o16 D3 /0",                  ""},
    {"rol",           "r/m16, imm8",       "o16 C1 /0 ib",               ""},
    {"rol",           "r/m16",             "o16 D1 /0",                  ""},
    {"rol",           "r/m32, 1",          "D1 /0",                      ""},
    {"rol",           "r/m32, CL",         "D3 /0",                      ""},
    {"rol",           "r/m32, imm8",       "C1 /0 ib",                   ""},
    {"rol",           "r/m32",             "D1 /0",                      ""},
    {"rol",           "r/m64, 1",          "REX.W D1 /0",                ""},
    {"rol",           "r/m64, CL",         "REX.W D3 /0",                ""},
    {"rol",           "r/m64, imm8",       "REX.W C1 /0 ib",             ""},
    {"rol",           "r/m64",             "REX.W D1 /0",                ""},
    {"ror",           "r/m8, 1",           "D0 /1",                      ""},
    {"ror",           "r/m8, CL",          "D2 /1",                      ""},
    {"ror",           "r/m8, imm8",        "C0 /1 ib",                   ""},
    {"ror",           "r/m8",              "D0 /1",                      ""},
    {"ror",           "r/m16, 1",          "o16 D1 /1",                  ""},
    {"ror",           "r/m16, CL",         "o16 D3 /1",                  ""},
    {"ror",           "r/m16, imm8",       "o16 C1 /1 ib",               ""},
    {"ror",           "r/m16",             "o16 D1 /1",                  ""},
    {"ror",           "r/m32, 1",          "D1 /1",                      ""},
    {"ror",           "r/m32, CL",         "D3 /1",                      ""},
    {"ror",           "r/m32, imm8",       "C1 /1 ib",                   ""},
    {"ror",           "r/m32",             "D1 /1",                      ""},
    {"ror",           "r/m64, 1",          "REX.W D1 /1",                ""},
    {"ror",           "r/m64, CL",         "REX.W D3 /1",                ""},
    {"ror",           "r/m64, imm8",       "REX.W C1 /1 ib",             ""},
    {"ror",           "r/m64",             "REX.W D1 /1",                ""},
    {"rcl",           "r/m8, 1",           "D0 /2",                      ""},
    {"rcl",           "r/m8, CL",          "D2 /2",                      ""},
    {"rcl",           "r/m8, imm8",        "C0 /2 ib",                   ""},
    {"rcl",           "r/m8",              "D0 /2",                      ""},
    {"rcl",           "r/m16, 1",          "o16 D1 /2",                  ""},
    {"rcl",           "r/m16, CL",         "o16 D3 /2",                  ""},
    {"rcl",           "r/m16, imm8",       "o16 C1 /2 ib",               ""},
    {"rcl",           "r/m16",             "o16 D1 /2",                  ""},
    {"rcl",           "r/m32, 1",          "D1 /2",                      ""},
    {"rcl",           "r/m32, CL",         "D3 /2",                      ""},
    {"rcl",           "r/m32, imm8",       "C1 /2 ib",                   ""},
    {"rcl",           "r/m32",             "D1 /2",                      ""},
    {"rcl",           "r/m64, 1",          "REX.W D1 /2",                ""},
    {"rcl",           "r/m64, CL",         "REX.W D3 /2",                ""},
    {"rcl",           "r/m64, imm8",       "REX.W C1 /2 ib",             ""},
    {"rcl",           "r/m64",             "REX.W D1 /2",                ""},
    {"rcr",           "r/m8, 1",           "D0 /3",                      ""},
    {"rcr",           "r/m8, CL",          "D2 /3",                      ""},
    {"rcr",           "r/m8, imm8",        "C0 /3 ib",                   ""},
    {"rcr",           "r/m8",              "D0 /3",                      ""},
    {"rcr",           "r/m16, 1",          "o16 D1 /3",                  ""},
    {"rcr",           "r/m16, CL",         "o16 D3 /3",                  ""},
    {"rcr",           "r/m16, imm8",       "o16 C1 /3 ib",               ""},
    {"rcr",           "r/m16",             "o16 D1 /3",                  ""},
    {"rcr",           "r/m32, 1",          "D1 /3",                      ""},
    {"rcr",           "r/m32, CL",         "D3 /3",                      ""},
    {"rcr",           "r/m32, imm8",       "C1 /3 ib",                   ""},
    {"rcr",           "r/m32",             "D1 /3",                      ""},
    {"rcr",           "r/m64, 1",          "REX.W D1 /3",                ""},
    {"rcr",           "r/m64, CL",         "REX.W D3 /3",                ""},
    {"rcr",           "r/m64, imm8",       "REX.W C1 /3 ib",             ""},
    {"rcr",           "r/m64",             "REX.W D1 /3",                ""},
    {"shl/sal",       "r/m8, 1",           "D0 /4",                      ""},
    {"shl/sal",       "r/m8, CL",          "D2 /4",                      ""},
    {"shl/sal",       "r/m8, imm8",        "C0 /4 ib",                   ""},
    {"shl/sal",       "r/m8",              "D0 /4",                      ""},
    {"shl/sal",       "r/m16, 1",          "o16 D1 /4",                  ""},
    {"shl/sal",       "r/m16, CL",         "o16 D3 /4",                  ""},
    {"shl/sal",       "r/m16, imm8",       "o16 C1 /4 ib",               ""},
    {"shl/sal",       "r/m16",             "o16 D1 /4",                  ""},
    {"shl/sal",       "r/m32, 1",          "D1 /4",                      ""},
    {"shl/sal",       "r/m32, CL",         "D3 /4",                      ""},
    {"shl/sal",       "r/m32, imm8",       "C1 /4 ib",                   ""},
    {"shl/sal",       "r/m32",             "D1 /4",                      ""},
    {"shl/sal",       "r/m64, 1",          "REX.W D1 /4",                ""},
    {"shl/sal",       "r/m64, CL",         "REX.W D3 /4",                ""},
    {"shl/sal",       "r/m64, imm8",       "REX.W C1 /4 ib",             ""},
    {"shl/sal",       "r/m64",             "REX.W D1 /4",                ""},
    {"shr",           "r/m8, 1",           "D0 /5",                      ""},
    {"shr",           "r/m8, CL",          "D2 /5",                      ""},
    {"shr",           "r/m8, imm8",        "C0 /5 ib",                   ""},
    {"shr",           "r/m8",              "D0 /5",                      ""},
    {"shr",           "r/m16, 1",          "o16 D1 /5",                  ""},
    {"shr",           "r/m16, CL",         "o16 D3 /5",                  ""},
    {"shr",           "r/m16, imm8",       "o16 C1 /5 ib",               ""},
    {"shr",           "r/m16",             "o16 D1 /5",                  ""},
    {"shr",           "r/m32, 1",          "D1 /5",                      ""},
    {"shr",           "r/m32, CL",         "D3 /5",                      ""},
    {"shr",           "r/m32, imm8",       "C1 /5 ib",                   ""},
    {"shr",           "r/m32",             "D1 /5",                      ""},
    {"shr",           "r/m64, 1",          "REX.W D1 /5",                ""},
    {"shr",           "r/m64, CL",         "REX.W D3 /5",                ""},
    {"shr",           "r/m64, imm8",       "REX.W C1 /5 ib",             ""},
    {"shr",           "r/m64",             "REX.W D1 /5",                ""},
    {"sar",           "r/m8, 1",           "D0 /7",                      ""},
    {"sar",           "r/m8, CL",          "D2 /7",                      ""},
    {"sar",           "r/m8, imm8",        "C0 /7 ib",                   ""},
    {"sar",           "r/m8",              "D0 /7",                      ""},
    {"sar",           "r/m16, 1",          "o16 D1 /7",                  ""},
    {"sar",           "r/m16, CL",         "o16 D3 /7",                  ""},
    {"sar",           "r/m16, imm8",       "o16 C1 /7 ib",               ""},
    {"sar",           "r/m16",             "o16 D1 /7",                  ""},
    {"sar",           "r/m32, 1",          "D1 /7",                      ""},
    {"sar",           "r/m32, CL",         "D3 /7",                      ""},
    {"sar",           "r/m32, imm8",       "C1 /7 ib",                   ""},
    {"sar",           "r/m32",             "D1 /7",                      ""},
    {"sar",           "r/m64, 1",          "REX.W D1 /7",                ""},
    {"sar",           "r/m64, CL",         "REX.W D3 /7",                ""},
    {"sar",           "r/m64, imm8",       "REX.W C1 /7 ib",             ""},
    {"sar",           "r/m64",             "REX.W D1 /7",                ""},
    {"shld",          "r/m16, r16, imm8",  "o16 0F A4 /r ib",            ""},
    {"shld",          "r/m16, r16, CL",    "o16 0F A5 /r",               ""},
    {"shld",          "r/m16, r16",        "o16 0F A5 /r",               ""},
    {"shld",          "r/m32, r32, imm8",  "0F A4 /r ib",                ""},
    {"shld",          "r/m32, r32, CL",    "0F A5 /r",                   ""},
    {"shld",          "r/m32, r32",        "0F A5 /r",                   ""},
    {"shld",          "r/m64, r64, imm8",  "REX.W 0F A4 /r ib",          ""},
    {"shld",          "r/m64, r64, CL",    "REX.W 0F A5 /r",             ""},
    {"shld",          "r/m64, r64",        "REX.W 0F A5 /r",             ""},
    {"shrd",          "r/m16, r16, imm8",  "o16 0F AC /r ib",            ""},
    {"shrd",          "r/m16, r16, CL",    "o16 0F AD /r",               ""},
    {"shrd",          "r/m16, r16",        "o16 0F AD /r",               ""},
    {"shrd",          "r/m32, r32, imm8",  "0F AC /r ib",                ""},
    {"shrd",          "r/m32, r32, CL",    "0F AD /r",                   ""},
    {"shrd",          "r/m32, r32",        "0F AD /r",                   ""},
    {"shrd",          "r/m64, r64, imm8",  "REX.W 0F AC /r ib",          ""},
    {"shrd",          "r/m64, r64, CL",    "REX.W 0F AD /r",             ""},
    {"shrd",          "r/m64, r64",        "REX.W 0F AD /r",             ""},
    /* ---- bit test and scan ---- */
    {"bt",            "r/m16, r16",        "o16 0F A3 /r",               ""},
    {"bt",            "r/m32, r32",        "0F A3 /r",                   ""},
    {"bt",            "r/m64, r64",        "REX.W 0F A3 /r",             ""},
    {"bt",            "r/m16, imm8",       "o16 0F BA /4 ib",            ""},
    {"bt",            "r/m32, imm8",       "0F BA /4 ib",                ""},
    {"bt",            "r/m64, imm8",       "REX.W 0F BA /4 ib",          ""},
    {"bts",           "r/m16, r16",        "o16 0F AB /r",               "lock"},
    {"bts",           "r/m32, r32",        "0F AB /r",                   "lock"},
    {"bts",           "r/m64, r64",        "REX.W 0F AB /r",             "lock"},
    {"bts",           "r/m16, imm8",       "o16 0F BA /5 ib",            "lock"},
    {"bts",           "r/m32, imm8",       "0F BA /5 ib",                "lock"},
    {"bts",           "r/m64, imm8",       "REX.W 0F BA /5 ib",          "lock"},
    {"btr",           "r/m16, r16",        "o16 0F B3 /r",               "lock"},
    {"btr",           "r/m32, r32",        "0F B3 /r",                   "lock"},
    {"btr",           "r/m64, r64",        "REX.W 0F B3 /r",             "lock"},
    {"btr",           "r/m16, imm8",       "o16 0F BA /6 ib",            "lock"},
    {"btr",           "r/m32, imm8",       "0F BA /6 ib",                "lock"},
    {"btr",           "r/m64, imm8",       "REX.W 0F BA /6 ib",          "lock"},
    {"btc",           "r/m16, r16",        "o16 0F BB /r",               "lock"},
    {"btc",           "r/m32, r32",        "0F BB /r",                   "lock"},
    {"btc",           "r/m64, r64",        "REX.W 0F BB /r",             "lock"},
    {"btc",           "r/m16, imm8",       "o16 0F BA /7 ib",            "lock"},
    {"btc",           "r/m32, imm8",       "0F BA /7 ib",                "lock"},
    {"btc",           "r/m64, imm8",       "REX.W 0F BA /7 ib",          "lock"},
    {"bsf",           "r16, r/m16",        "o16 0F BC /r",               "rep"},
    {"bsf",           "r32, r/m32",        "0F BC /r",                   "rep"},
    {"bsf",           "r64, r/m64",        "REX.W 0F BC /r",             "rep"},
    {"bsr",           "r16, r/m16",        "o16 0F BD /r",               "rep"},
    {"bsr",           "r32, r/m32",        "0F BD /r",                   "rep"},
    {"bsr",           "r64, r/m64",        "REX.W 0F BD /r",             "rep"},
    {"popcnt",        "r16, r/m16",        "o16 F3 0F B8 /r",            ""},
    {"popcnt",        "r32, r/m32",        "F3 0F B8 /r",                ""},
    {"popcnt",        "r64, r/m64",        "REX.W F3 0F B8 /r",          ""},
    {"lzcnt",         "r16, r/m16",        "o16 F3 0F BD /r",            ""},
    {"lzcnt",         "r32, r/m32",        "F3 0F BD /r",                ""},
    {"lzcnt",         "r64, r/m64",        "REX.W F3 0F BD /r",          ""},
    {"tzcnt",         "r16, r/m16",        "o16 F3 0F BC /r",            ""},
    {"tzcnt",         "r32, r/m32",        "F3 0F BC /r",                ""},
    {"tzcnt",         "r64, r/m64",        "REX.W F3 0F BC /r",          ""},

    /* ---- data movement ---- */
    {"mov",           "r/m8, r8",          "88 /r",                      ""},
    {"mov",           "r/m16, r16",        "o16 89 /r",                  ""},
    {"mov",           "r/m32, r32",        "89 /r",                      ""},
    {"mov",           "r/m64, r64",        "REX.W 89 /r",                ""},
    {"mov",           "r8, r/m8",          "8A /r",                      ""},
    {"mov",           "r16, r/m16",        "o16 8B /r",                  ""},
    {"mov",           "r32, r/m32",        "8B /r",                      ""},
    {"mov",           "r64, r/m64",        "REX.W 8B /r",                ""},
    {"mov",           "r16, Sreg",         "o16 8C /r",                  "openc:M,R"},
    {"mov",           "r32/m16, Sreg",     "8C /r",                      ""},
    {"mov",           "r64, Sreg",         "8C /r",                      "openc:M,R"},
    {"mov",           "Sreg, r/m16",       "8E /r",                      ""},
    {"mov",           "Sreg, r32",         "8E /r",                      ""},
    {"mov",           "Sreg, r64",         "8E /r",                      ""},
    {"mov",           "AL, moffs8",        "A0",                         ""},
    {"mov",           "AX, moffs16",       "o16 A1",                     ""},
    {"mov",           "EAX, moffs32",      "A1",                         ""},
    {"mov",           "RAX, moffs64",      "REX.W A1",                   ""},
    {"mov",           "moffs8, AL",        "A2",                         ""},
    {"mov",           "moffs16, AX",       "o16 A3",                     ""},
    {"mov",           "moffs32, EAX",      "A3",                         ""},
    {"mov",           "moffs64, RAX",      "REX.W A3",                   ""},
    {"mov",           "r8, imm8",          "B0+rb ib",                   ""},
    {"mov",           "r16, imm16",        "o16 B8+rw iw",               ""},
    {"mov",           "r32, imm32",        "B8+rd id",                   ""},
    {"mov",           "r64, imm64",        "REX.W B8+rd io",             ""},
    {"mov",           "r/m8, imm8",        "C6 /0 ib",                   ""},
    {"mov",           "r/m16, imm16",      "o16 C7 /0 iw",               ""},
    {"mov",           "r/m32, imm32",      "C7 /0 id",                   ""},
    {"mov",           "r/m64, imm32",      "REX.W C7 /0 id",             "sx"},
    {"movabs",        "AL, moffs8",        "A0",                         ""},
    {"movabs",        "AX, moffs16",       "o16 A1",                     ""},
    {"movabs",        "EAX, moffs32",      "A1",                         ""},
    {"movabs",        "RAX, moffs64",      "REX.W A1",                   ""},
    {"movabs",        "moffs8, AL",        "A2",                         ""},
    {"movabs",        "moffs16, AX",       "o16 A3",                     ""},
    {"movabs",        "moffs32, EAX",      "A3",                         ""},
    {"movabs",        "moffs64, RAX",      "REX.W A3",                   ""},
    {"movabs",        "r64, imm64",        "REX.W B8+rd io",             ""},
    {"movzx",         "r16, r/m8",         "o16 0F B6 /r",               ""},
    {"movzx",         "r32, r/m8",         "0F B6 /r",                   ""},
    {"movzx",         "r64, r/m8",         "REX.W 0F B6 /r",             ""},
    {"movzx",         "r16, r/m16",        "o16 0F B7 /r",               ""},
    {"movzx",         "r32, r/m16",        "0F B7 /r",                   ""},
    {"movzx",         "r64, r/m16",        "REX.W 0F B7 /r",             ""},
    {"movsx",         "r16, r/m8",         "o16 0F BE /r",               ""},
    {"movsx",         "r32, r/m8",         "0F BE /r",                   ""},
    {"movsx",         "r64, r/m8",         "REX.W 0F BE /r",             ""},
    {"movsx",         "r16, r/m16",        "o16 0F BF /r",               ""},
    {"movsx",         "r32, r/m16",        "0F BF /r",                   ""},
    {"movsx",         "r64, r/m16",        "REX.W 0F BF /r",             ""},
    {"movsx",         "r32, r/m32",        "63 /r",                      ""},
    {"movsx",         "r64, r/m32",        "REX.W 63 /r",                ""},
    {"movsxd",        "r16, r/m32",        "o16 63 /r",                  ""},
    {"movsxd",        "r32, r/m32",        "63 /r",                      ""},
    {"movsxd",        "r64, r/m32",        "REX.W 63 /r",                ""},
    {"cmovcc",        "r16, r/m16",        "o16 0F 40+cc /r",            ""},
    {"cmovcc",        "r32, r/m32",        "0F 40+cc /r",                ""},
    {"cmovcc",        "r64, r/m64",        "REX.W 0F 40+cc /r",          ""},
    {"xchg",          "RAX, RAX",          "90",                         ""},
    {"xchg",          "AX, r16",           "o16 90+rw",                  ""},
    {"xchg",          "r16, AX",           "o16 90+rw",                  ""},
    {"xchg",          "EAX, r32",          "90+rd",                      "no90"},
    {"xchg",          "r32, EAX",          "90+rd",                      "no90"},
    {"xchg",          "RAX, r64",          "REX.W 90+rd",                ""},
    {"xchg",          "r64, RAX",          "REX.W 90+rd",                ""},
    {"xchg",          "r/m8, r8",          "86 /r",                      "lock"},
    {"xchg",          "r8, r/m8",          "86 /r",                      "lock"},
    {"xchg",          "r/m16, r16",        "o16 87 /r",                  "lock"},
    {"xchg",          "r16, r/m16",        "o16 87 /r",                  "lock"},
    {"xchg",          "r/m32, r32",        "87 /r",                      "lock"},
    {"xchg",          "r32, r/m32",        "87 /r",                      "lock"},
    {"xchg",          "r/m64, r64",        "REX.W 87 /r",                "lock"},
    {"xchg",          "r64, r/m64",        "REX.W 87 /r",                "lock"},
    {"bswap",         "r32",               "0F C8+rd",                   ""},
    {"bswap",         "r64",               "REX.W 0F C8+rd",             ""},
    {"xadd",          "r/m8, r8",          "0F C0 /r",                   "lock"},
    {"xadd",          "r/m16, r16",        "o16 0F C1 /r",               "lock"},
    {"xadd",          "r/m32, r32",        "0F C1 /r",                   "lock"},
    {"xadd",          "r/m64, r64",        "REX.W 0F C1 /r",             "lock"},
    {"cmpxchg",       "r/m8, r8",          "0F B0 /r",                   "lock"},
    {"cmpxchg",       "r/m16, r16",        "o16 0F B1 /r",               "lock"},
    {"cmpxchg",       "r/m32, r32",        "0F B1 /r",                   "lock"},
    {"cmpxchg",       "r/m64, r64",        "REX.W 0F B1 /r",             "lock"},
    {"cmpxchg8b",     "m64",               "0F C7 /1",                   "lock"},
    {"cmpxchg16b",    "m128",              "REX.W 0F C7 /1",             "lock"},
    {"movbe",         "r16, m16",          "o16 0F 38 F0 /r",            ""},
    {"movbe",         "r32, m32",          "0F 38 F0 /r",                ""},
    {"movbe",         "r64, m64",          "REX.W 0F 38 F0 /r",          ""},
    {"movbe",         "m16, r16",          "o16 0F 38 F1 /r",            ""},
    {"movbe",         "m32, r32",          "0F 38 F1 /r",                ""},
    {"movbe",         "m64, r64",          "REX.W 0F 38 F1 /r",          ""},
    {"lea",           "r16, m",            "o16 8D /r",                  ""},
    {"lea",           "r32, m",            "8D /r",                      ""},
    {"lea",           "r64, m",            "REX.W 8D /r",                ""},

    /* ---- stack ---- */
    {"push",          "r64",               "50+rd",                      "d64"},
    {"push",          "r16",               "o16 50+rw",                  "d64"},
    {"push",          "r/m64",             "FF /6",                      "d64"},
    {"push",          "r/m16",             "o16 FF /6",                  "d64"},
    {"push",          "imm8",              "6A ib",                      "d64 sx"},
    {"push",          "imm32",             "68 id",                      "d64 sx"},
    {"push",          "FS",                "0F A0",                      "d64"},
    {"push",          "GS",                "0F A8",                      "d64"},
    {"pushw",         "imm8",              "o16 6A ib",                  "sx"},
    {"pushw",         "imm16",             "o16 68 iw",                  ""},
    {"pushw",         "FS",                "o16 0F A0",                  ""},
    {"pushw",         "GS",                "o16 0F A8",                  ""},
    {"pushq",         "imm8",              "6A ib",                      "d64 sx"},
    {"pushq",         "imm32",             "68 id",                      "d64 sx"},
    {"pushq",         "FS",                "0F A0",                      "d64"},
    {"pushq",         "GS",                "0F A8",                      "d64"},
    {"pop",           "r64",               "58+rd",                      "d64"},
    {"pop",           "r16",               "o16 58+rw",                  "d64"},
    {"pop",           "r/m64",             "8F /0",                      "d64"},
    {"pop",           "r/m16",             "o16 8F /0",                  "d64"},
    {"pop",           "FS",                "0F A1",                      "d64"},
    {"pop",           "GS",                "0F A9",                      "d64"},
    {"popw",          "FS",                "o16 0F A1",                  ""},
    {"popw",          "GS",                "o16 0F A9",                  ""},
    {"popq",          "FS",                "0F A1",                      "d64"},
    {"popq",          "GS",                "0F A9",                      "d64"},
    {"pushf/pushfq",  "",                  "9C",                         "d64"},
    {"pushfw",        "",                  "o16 9C",                     ""},
    {"popf/popfq",    "",                  "9D",                         "d64"},
    {"popfw",         "",                  "o16 9D",                     ""},
    {"enter/enterq",  "imm16, imm8",       "C8 iw ib",                   "d64"},
    {"enterw",        "imm16, imm8",       "o16 C8 iw ib",               ""},
    {"leave/leaveq",  "",                  "C9",                         "d64"},
    {"leavew",        "",                  "o16 C9",                     ""},

    /* ---- sign extension of the accumulator ---- */
    {"cbw",           "",                  "o16 98",                     ""},
    {"cwde",          "",                  "98",                         ""},
    {"cdqe",          "",                  "REX.W 98",                   ""},
    {"cwd",           "",                  "o16 99",                     ""},
    {"cdq",           "",                  "99",                         ""},
    {"cqo",           "",                  "REX.W 99",                   ""},

    /* ---- flags ---- */
    {"clc",           "",                  "F8",                         ""},
    {"stc",           "",                  "F9",                         ""},
    {"cmc",           "",                  "F5",                         ""},
    {"cld",           "",                  "FC",                         ""},
    {"std",           "",                  "FD",                         ""},
    {"cli",           "",                  "FA",                         ""},
    {"sti",           "",                  "FB",                         ""},
    {"sahf",          "",                  "9E",                         ""},
    {"lahf",          "",                  "9F",                         ""},
    {"setcc",         "r/m8",              "0F 90+cc /0",                ""},

    /* ---- test ---- */
    {"test",          "AL, imm8",          "A8 ib",                      ""},
    {"test",          "AX, imm16",         "o16 A9 iw",                  ""},
    {"test",          "EAX, imm32",        "A9 id",                      ""},
    {"test",          "RAX, imm32",        "REX.W A9 id",                "sx"},
    {"test",          "r/m8, imm8",        "F6 /0 ib",                   ""},
    {"test",          "r/m16, imm16",      "o16 F7 /0 iw",               ""},
    {"test",          "r/m32, imm32",      "F7 /0 id",                   ""},
    {"test",          "r/m64, imm32",      "REX.W F7 /0 id",             "sx"},
    {"test",          "r/m8, r8",          "84 /r",                      ""},
    {"test",          "r/m16, r16",        "o16 85 /r",                  ""},
    {"test",          "r/m32, r32",        "85 /r",                      ""},
    {"test",          "r/m64, r64",        "REX.W 85 /r",                ""},
    {"test",          "r8, r/m8",          "84 /r",                      ""},
    {"test",          "r16, r/m16",        "o16 85 /r",                  ""},
    {"test",          "r32, r/m32",        "85 /r",                      ""},
    {"test",          "r64, r/m64",        "REX.W 85 /r",                ""},

    /* ---- VEX-encoded BMI1/BMI2 ---- */
    {"andn",          "r32a, r32b, r/m32", "VEX.LZ.0F38.W0 F2 /r",       ""},
    {"andn",          "r64a, r64b, r/m64", "VEX.LZ.0F38.W1 F2 /r",       ""},
    {"bextr",         "r32a, r/m32, r32b", "VEX.LZ.0F38.W0 F7 /r",       ""},
    {"bextr",         "r64a, r/m64, r64b", "VEX.LZ.0F38.W1 F7 /r",       ""},
    /* AMD TBM (XOP maps 09 and 0A): bextr with an immediate control, the
     * /digit forms write the register in vvvv */
    {"bextr",         "r32, r/m32, imm32", "XOP.LZ.0A.W0 10 /r id",      ""},
    {"bextr",         "r64, r/m64, imm32", "XOP.LZ.0A.W1 10 /r id",      "sx"},
    {"blcfill",       "r32, r/m32",        "XOP.LZ.09.W0 01 /1",         ""},
    {"blcfill",       "r64, r/m64",        "XOP.LZ.09.W1 01 /1",         ""},
    {"blsfill",       "r32, r/m32",        "XOP.LZ.09.W0 01 /2",         ""},
    {"blsfill",       "r64, r/m64",        "XOP.LZ.09.W1 01 /2",         ""},
    {"blcs",          "r32, r/m32",        "XOP.LZ.09.W0 01 /3",         ""},
    {"blcs",          "r64, r/m64",        "XOP.LZ.09.W1 01 /3",         ""},
    {"tzmsk",         "r32, r/m32",        "XOP.LZ.09.W0 01 /4",         ""},
    {"tzmsk",         "r64, r/m64",        "XOP.LZ.09.W1 01 /4",         ""},
    {"blcic",         "r32, r/m32",        "XOP.LZ.09.W0 01 /5",         ""},
    {"blcic",         "r64, r/m64",        "XOP.LZ.09.W1 01 /5",         ""},
    {"blsic",         "r32, r/m32",        "XOP.LZ.09.W0 01 /6",         ""},
    {"blsic",         "r64, r/m64",        "XOP.LZ.09.W1 01 /6",         ""},
    {"t1mskc",        "r32, r/m32",        "XOP.LZ.09.W0 01 /7",         ""},
    {"t1mskc",        "r64, r/m64",        "XOP.LZ.09.W1 01 /7",         ""},
    {"blcmsk",        "r32, r/m32",        "XOP.LZ.09.W0 02 /1",         ""},
    {"blcmsk",        "r64, r/m64",        "XOP.LZ.09.W1 02 /1",         ""},
    {"blci",          "r32, r/m32",        "XOP.LZ.09.W0 02 /6",         ""},
    {"blci",          "r64, r/m64",        "XOP.LZ.09.W1 02 /6",         ""},
    /* AMD LWP: the register operand in vvvv (lwpins/lwpval) or ModRM.rm */
    {"lwpins",        "r32, r/m32, imm32", "XOP.LZ.0A.W0 12 /0 id",      ""},
    {"lwpins",        "r64, r/m32, imm32", "XOP.LZ.0A.W1 12 /0 id",      "sx"},
    {"lwpval",        "r32, r/m32, imm32", "XOP.LZ.0A.W0 12 /1 id",      ""},
    {"lwpval",        "r64, r/m32, imm32", "XOP.LZ.0A.W1 12 /1 id",      "sx"},
    {"llwpcb",        "r32",               "XOP.LZ.09.W0 12 /0",         ""},
    {"llwpcb",        "r64",               "XOP.LZ.09.W1 12 /0",         ""},
    {"slwpcb",        "r32",               "XOP.LZ.09.W0 12 /1",         ""},
    {"slwpcb",        "r64",               "XOP.LZ.09.W1 12 /1",         ""},
    {"blsi",          "r32, r/m32",        "VEX.LZ.0F38.W0 F3 /3",       ""},
    {"blsi",          "r64, r/m64",        "VEX.LZ.0F38.W1 F3 /3",       ""},
    {"blsmsk",        "r32, r/m32",        "VEX.LZ.0F38.W0 F3 /2",       ""},
    {"blsmsk",        "r64, r/m64",        "VEX.LZ.0F38.W1 F3 /2",       ""},
    {"blsr",          "r32, r/m32",        "VEX.LZ.0F38.W0 F3 /1",       ""},
    {"blsr",          "r64, r/m64",        "VEX.LZ.0F38.W1 F3 /1",       ""},
    {"bzhi",          "r32a, r/m32, r32b", "VEX.LZ.0F38.W0 F5 /r",       ""},
    {"bzhi",          "r64a, r/m64, r64b", "VEX.LZ.0F38.W1 F5 /r",       ""},
    {"mulx",          "r32a, r32b, r/m32", "VEX.LZ.F2.0F38.W0 F6 /r",    ""},
    {"mulx",          "r64a, r64b, r/m64", "VEX.LZ.F2.0F38.W1 F6 /r",    ""},
    {"pdep",          "r32a, r32b, r/m32", "VEX.LZ.F2.0F38.W0 F5 /r",    ""},
    {"pdep",          "r64a, r64b, r/m64", "VEX.LZ.F2.0F38.W1 F5 /r",    ""},
    {"pext",          "r32a, r32b, r/m32", "VEX.LZ.F3.0F38.W0 F5 /r",    ""},
    {"pext",          "r64a, r64b, r/m64", "VEX.LZ.F3.0F38.W1 F5 /r",    ""},
    {"rorx",          "r32, r/m32, imm8",  "VEX.LZ.F2.0F3A.W0 F0 /r ib", ""},
    {"rorx",          "r64, r/m64, imm8",  "VEX.LZ.F2.0F3A.W1 F0 /r ib", ""},
    {"sarx",          "r32a, r/m32, r32b", "VEX.LZ.F3.0F38.W0 F7 /r",    ""},
    {"sarx",          "r64a, r/m64, r64b", "VEX.LZ.F3.0F38.W1 F7 /r",    ""},
    {"shlx",          "r32a, r/m32, r32b", "VEX.LZ.66.0F38.W0 F7 /r",    ""},
    {"shlx",          "r64a, r/m64, r64b", "VEX.LZ.66.0F38.W1 F7 /r",    ""},
    {"shrx",          "r32a, r/m32, r32b", "VEX.LZ.F2.0F38.W0 F7 /r",    ""},
    {"shrx",          "r64a, r/m64, r64b", "VEX.LZ.F2.0F38.W1 F7 /r",    ""},

    /* ---- other ALU extensions ---- */
    {"adcx",          "r32, r/m32",        "66 0F 38 F6 /r",             ""},
    {"adcx",          "r64, r/m64",        "66 REX.W 0F 38 F6 /r",       ""},
    {"adox",          "r32, r/m32",        "F3 0F 38 F6 /r",             ""},
    {"adox",          "r64, r/m64",        "F3 REX.W 0F 38 F6 /r",       ""},
    {"crc32",         "r32, r/m8",         "F2 0F 38 F0 /r",             ""},
    {"crc32",         "r32, r/m16",        "o16 F2 0F 38 F1 /r",         ""},
    {"crc32",         "r32, r/m32",        "F2 0F 38 F1 /r",             ""},
    {"crc32",         "r64, r/m8",         "F2 REX.W 0F 38 F0 /r",       ""},
    {"crc32",         "r64, r/m64",        "F2 REX.W 0F 38 F1 /r",       ""},

    /* ---- control transfer ---- */
    {"jcc",           "rel8",              "70+cc cb",                   "bnd hint"},
    {"jcc",           "rel32",             "0F 80+cc cd",                "bnd hint"},
    {"jmp",           "rel8",              "EB cb",                      "bnd hint"},
    {"jmp",           "rel32",             "E9 cd",                      "bnd hint"},
    {"jmp",           "r/m64",             "FF /4",                      "d64 bnd notrack"},
    {"jmp",           "r/m16",             "o16 FF /4",                  "d64 bnd notrack"},
    {"jmp",           "m16:16",            "o16 FF /5",                  "d64"},
    {"jmp",           "m16:32",            "FF /5",                      "d64"},
    {"call",          "rel32",             "E8 cd",                      "bnd"},
    {"call",          "r/m64",             "FF /2",                      "d64 bnd notrack"},
    {"call",          "r/m16",             "o16 FF /2",                  "d64 bnd notrack"},
    {"call",          "m16:16",            "o16 FF /3",                  "d64"},
    {"call",          "m16:32",            "FF /3",                      "d64"},
    /* GNU's suffixed names: callw is a 16-bit call (66 E8 rel16, 66 FF
     * /2), callq the plain one; jmpq/jmpw are indirect only (GNU takes
     * `jmpq label` as memory, see is_branch_mnem in x64_parse.c) */
    {"callq",         "rel32",             "E8 cd",                      "bnd"},
    {"callq",         "r/m64",             "FF /2",                      "d64 bnd notrack"},
    {"callw",         "rel16",             "o16 E8 cw",                  "bnd"},
    {"callw",         "r/m16",             "o16 FF /2",                  "bnd notrack"},
    {"jmpq",          "r/m64",             "FF /4",                      "d64 bnd notrack"},
    {"jmpw",          "r/m16",             "o16 FF /4",                  "bnd notrack"},
    {"ret/retq",      "",                  "C3",                         "d64 rep bnd"},
    {"ret/retq",      "imm16",             "C2 iw",                      "d64 rep bnd"},
    {"retw",          "",                  "o16 C3",                     "rep bnd"},
    {"retw",          "imm16",             "o16 C2 iw",                  "rep bnd"},
    {"loop",          "rel8",              "E2 cb",                      "hint"},
    {"loope/loopz",   "rel8",              "E1 cb",                      "hint"},
    {"loopne/loopnz", "rel8",              "E0 cb",                      "hint"},
    {"jrcxz",         "rel8",              "E3 cb",                      "hint"},
    {"jecxz",         "rel8",              "a32 E3 cb",                  "hint"},
    {"int3",          "",                  "CC",                         ""},
    {"int",           "3",                 "CC",                         ""},
    {"int",           "imm8",              "CD ib",                      ""},
    {"int1",          "",                  "F1",                         ""},
    {"iretw",         "",                  "o16 CF",                     ""},
    {"iretd/iret",    "",                  "CF",                         ""},
    {"iretq",         "",                  "REX.W CF",                   ""},
    {"syscall",       "",                  "0F 05",                      ""},

    /* ---- string instructions ---- */
    {"movs",          "m8@rdi, m8@rsi",    "A4",                         "rep"},
    {"movs",          "m16@rdi, m16@rsi",  "o16 A5",                     "rep"},
    {"movs",          "m32@rdi, m32@rsi",  "A5",                         "rep"},
    {"movs",          "m64@rdi, m64@rsi",  "REX.W A5",                   "rep"},
    {"movsb",         "",                  "A4",                         "rep"},
    {"movsb",         "m8@rdi, m8@rsi",    "A4",                         "rep"},
    {"movsw",         "",                  "o16 A5",                     "rep"},
    {"movsw",         "m16@rdi, m16@rsi",  "o16 A5",                     "rep"},
    {"movsd",         "",                  "A5",                         "rep"},
    {"movsd",         "m32@rdi, m32@rsi",  "A5",                         "rep"},
    {"movsq",         "",                  "REX.W A5",                   "rep"},
    {"movsq",         "m64@rdi, m64@rsi",  "REX.W A5",                   "rep"},
    {"cmps",          "m8@rsi, m8@rdi",    "A6",                         "rep"},
    {"cmps",          "m16@rsi, m16@rdi",  "o16 A7",                     "rep"},
    {"cmps",          "m32@rsi, m32@rdi",  "A7",                         "rep"},
    {"cmps",          "m64@rsi, m64@rdi",  "REX.W A7",                   "rep"},
    {"cmpsb",         "",                  "A6",                         "rep"},
    {"cmpsb",         "m8@rsi, m8@rdi",    "A6",                         "rep"},
    {"cmpsw",         "",                  "o16 A7",                     "rep"},
    {"cmpsw",         "m16@rsi, m16@rdi",  "o16 A7",                     "rep"},
    {"cmpsd",         "",                  "A7",                         "rep"},
    {"cmpsd",         "m32@rsi, m32@rdi",  "A7",                         "rep"},
    {"cmpsq",         "",                  "REX.W A7",                   "rep"},
    {"cmpsq",         "m64@rsi, m64@rdi",  "REX.W A7",                   "rep"},
    {"stos",          "m8@rdi, AL",        "AA",                         "rep"},
    {"stos",          "m16@rdi, AX",       "o16 AB",                     "rep"},
    {"stos",          "m32@rdi, EAX",      "AB",                         "rep"},
    {"stos",          "m64@rdi, RAX",      "REX.W AB",                   "rep"},
    {"stos",          "m8@rdi",            "AA",                         "rep"},
    {"stos",          "m16@rdi",           "o16 AB",                     "rep"},
    {"stos",          "m32@rdi",           "AB",                         "rep"},
    {"stos",          "m64@rdi",           "REX.W AB",                   "rep"},
    {"stosb",         "",                  "AA",                         "rep"},
    {"stosb",         "m8@rdi, AL",        "AA",                         "rep"},
    {"stosb",         "m8@rdi",            "AA",                         "rep"},
    {"stosw",         "",                  "o16 AB",                     "rep"},
    {"stosw",         "m16@rdi, AX",       "o16 AB",                     "rep"},
    {"stosw",         "m16@rdi",           "o16 AB",                     "rep"},
    {"stosd",         "",                  "AB",                         "rep"},
    {"stosd",         "m32@rdi, EAX",      "AB",                         "rep"},
    {"stosd",         "m32@rdi",           "AB",                         "rep"},
    {"stosq",         "",                  "REX.W AB",                   "rep"},
    {"stosq",         "m64@rdi, RAX",      "REX.W AB",                   "rep"},
    {"stosq",         "m64@rdi",           "REX.W AB",                   "rep"},
    {"lods",          "AL, m8@rsi",        "AC",                         "rep"},
    {"lods",          "AX, m16@rsi",       "o16 AD",                     "rep"},
    {"lods",          "EAX, m32@rsi",      "AD",                         "rep"},
    {"lods",          "RAX, m64@rsi",      "REX.W AD",                   "rep"},
    {"lods",          "m8@rsi",            "AC",                         "rep"},
    {"lods",          "m16@rsi",           "o16 AD",                     "rep"},
    {"lods",          "m32@rsi",           "AD",                         "rep"},
    {"lods",          "m64@rsi",           "REX.W AD",                   "rep"},
    {"lodsb",         "",                  "AC",                         "rep"},
    {"lodsb",         "AL, m8@rsi",        "AC",                         "rep"},
    {"lodsb",         "m8@rsi",            "AC",                         "rep"},
    {"lodsw",         "",                  "o16 AD",                     "rep"},
    {"lodsw",         "AX, m16@rsi",       "o16 AD",                     "rep"},
    {"lodsw",         "m16@rsi",           "o16 AD",                     "rep"},
    {"lodsd",         "",                  "AD",                         "rep"},
    {"lodsd",         "EAX, m32@rsi",      "AD",                         "rep"},
    {"lodsd",         "m32@rsi",           "AD",                         "rep"},
    {"lodsq",         "",                  "REX.W AD",                   "rep"},
    {"lodsq",         "RAX, m64@rsi",      "REX.W AD",                   "rep"},
    {"lodsq",         "m64@rsi",           "REX.W AD",                   "rep"},
    {"scas",          "AL, m8@rdi",        "AE",                         "rep"},
    {"scas",          "AX, m16@rdi",       "o16 AF",                     "rep"},
    {"scas",          "EAX, m32@rdi",      "AF",                         "rep"},
    {"scas",          "RAX, m64@rdi",      "REX.W AF",                   "rep"},
    {"scas",          "m8@rdi",            "AE",                         "rep"},
    {"scas",          "m16@rdi",           "o16 AF",                     "rep"},
    {"scas",          "m32@rdi",           "AF",                         "rep"},
    {"scas",          "m64@rdi",           "REX.W AF",                   "rep"},
    {"scasb",         "",                  "AE",                         "rep"},
    {"scasb",         "AL, m8@rdi",        "AE",                         "rep"},
    {"scasb",         "m8@rdi",            "AE",                         "rep"},
    {"scasw",         "",                  "o16 AF",                     "rep"},
    {"scasw",         "AX, m16@rdi",       "o16 AF",                     "rep"},
    {"scasw",         "m16@rdi",           "o16 AF",                     "rep"},
    {"scasd",         "",                  "AF",                         "rep"},
    {"scasd",         "EAX, m32@rdi",      "AF",                         "rep"},
    {"scasd",         "m32@rdi",           "AF",                         "rep"},
    {"scasq",         "",                  "REX.W AF",                   "rep"},
    {"scasq",         "RAX, m64@rdi",      "REX.W AF",                   "rep"},
    {"scasq",         "m64@rdi",           "REX.W AF",                   "rep"},
    {"ins",           "m8@rdi, DX",        "6C",                         "rep"},
    {"ins",           "m16@rdi, DX",       "o16 6D",                     "rep"},
    {"ins",           "m32@rdi, DX",       "6D",                         "rep"},
    {"insb",          "",                  "6C",                         "rep"},
    {"insb",          "m8@rdi, DX",        "6C",                         "rep"},
    {"insw",          "",                  "o16 6D",                     "rep"},
    {"insw",          "m16@rdi, DX",       "o16 6D",                     "rep"},
    {"insd",          "",                  "6D",                         "rep"},
    {"insd",          "m32@rdi, DX",       "6D",                         "rep"},
    {"outs",          "DX, m8@rsi",        "6E",                         "rep"},
    {"outs",          "DX, m16@rsi",       "o16 6F",                     "rep"},
    {"outs",          "DX, m32@rsi",       "6F",                         "rep"},
    {"outsb",         "",                  "6E",                         "rep"},
    {"outsb",         "DX, m8@rsi",        "6E",                         "rep"},
    {"outsw",         "",                  "o16 6F",                     "rep"},
    {"outsw",         "DX, m16@rsi",       "o16 6F",                     "rep"},
    {"outsd",         "",                  "6F",                         "rep"},
    {"outsd",         "DX, m32@rsi",       "6F",                         "rep"},
    {"xlat",          "m8@rbx",            "D7",                         ""},
    {"xlat/xlatb",    "",                  "D7",                         ""},

    /* ---- port I/O ---- */
    {"in",            "AL, imm8",          "E4 ib",                      ""},
    {"in",            "AX, imm8",          "o16 E5 ib",                  ""},
    {"in",            "EAX, imm8",         "E5 ib",                      ""},
    {"in",            "AL, DX",            "EC",                         ""},
    {"in",            "AX, DX",            "o16 ED",                     ""},
    {"in",            "EAX, DX",           "ED",                         ""},
    {"out",           "imm8, AL",          "E6 ib",                      ""},
    {"out",           "imm8, AX",          "o16 E7 ib",                  ""},
    {"out",           "imm8, EAX",         "E7 ib",                      ""},
    {"out",           "DX, AL",            "EE",                         ""},
    {"out",           "DX, AX",            "o16 EF",                     ""},
    {"out",           "DX, EAX",           "EF",                         ""},

    /* ---- no-ops, fences, cache control, misc system ---- */
    {"nop",           "",                  "90",                         "rep"},
    {"nop",           "r/m16",             "o16 0F 1F /0",               ""},
    {"nop",           "r/m32",             "0F 1F /0",                   ""},
    {"nop",           "r/m64",             "REX.W 0F 1F /0",             ""},
    {"pause",         "",                  "F3 90",                      ""},
    {"lfence",        "",                  "0F AE E8",                   ""},
    {"sfence",        "",                  "0F AE F8",                   ""},
    {"mfence",        "",                  "0F AE F0",                   ""},
    {"prefetchnta",   "m",                 "0F 18 /0",                   ""},
    {"prefetcht0",    "m",                 "0F 18 /1",                   ""},
    {"prefetcht1",    "m",                 "0F 18 /2",                   ""},
    {"prefetcht2",    "m",                 "0F 18 /3",                   ""},
    /* PREFETCHI: meant for rip-relative memory (GNU only warns on
     * another address and encodes it) */
    {"prefetchit0",   "m",                 "0F 18 /7",                   ""},
    {"prefetchit1",   "m",                 "0F 18 /6",                   ""},
    {"prefetch",      "m",                 "0F 0D /0",                   ""},
    /* far returns with the operand size in the mnemonic (plain retf/lret
     * is ambiguous for GNU: a warning); far pointer loads */
    {"retfw/lretw",   "",                  "o16 CB",                     ""},
    {"retfw/lretw",   "imm16",             "o16 CA iw",                  ""},
    {"retfq/lretq",   "",                  "REX.W CB",                   ""},
    {"retfq/lretq",   "imm16",             "REX.W CA iw",                ""},
    {"lfs",           "r32, m16:32",       "0F B4 /r",                   ""},
    {"lfs",           "r16, m16:16",       "o16 0F B4 /r",               ""},
    {"lgs",           "r32, m16:32",       "0F B5 /r",                   ""},
    {"lgs",           "r16, m16:16",       "o16 0F B5 /r",               ""},
    {"lss",           "r32, m16:32",       "0F B2 /r",                   ""},
    {"lss",           "r16, m16:16",       "o16 0F B2 /r",               ""},
    /* VIA PadLock: the F3 of the rep forms is the rep prefix itself
     * (`repz xsha1` is f3 0f a6 c8 too); objdump writes xcrypt-ecb */
    {"xstore/xstorerng/xstore-rng", "",    "0F A7 C0",                   "rep"},
    {"xcryptecb/xcrypt-ecb", "",           "F3 0F A7 C8",                "rep"},
    {"xcryptcbc/xcrypt-cbc", "",           "F3 0F A7 D0",                "rep"},
    {"xcryptctr/xcrypt-ctr", "",           "F3 0F A7 D8",                "rep"},
    {"xcryptcfb/xcrypt-cfb", "",           "F3 0F A7 E0",                "rep"},
    {"xcryptofb/xcrypt-ofb", "",           "F3 0F A7 E8",                "rep"},
    {"xsha1",         "",                  "F3 0F A6 C8",                "rep"},
    {"xsha256",       "",                  "F3 0F A6 D0",                "rep"},
    {"montmul",       "",                  "F3 0F A6 C0",                "rep"},
    {"vmgexit",       "",                  "F3 0F 01 D9",                ""},
    /* RAO-INT, CMPccXADD, Key Locker, SSE4a, the 16-bit x87 environment
     * forms and GNU's 32-bit sysret/sysexit names */
    {"aadd",          "m32, r32",          "0F 38 FC /r",                ""},
    {"aadd",          "m64, r64",          "REX.W 0F 38 FC /r",          ""},
    {"aand",          "m32, r32",          "66 0F 38 FC /r",             ""},
    {"aand",          "m64, r64",          "66 REX.W 0F 38 FC /r",       ""},
    {"aor",           "m32, r32",          "F2 0F 38 FC /r",             ""},
    {"aor",           "m64, r64",          "F2 REX.W 0F 38 FC /r",       ""},
    {"axor",          "m32, r32",          "F3 0F 38 FC /r",             ""},
    {"axor",          "m64, r64",          "F3 REX.W 0F 38 FC /r",       ""},
    {"cmpccxadd",     "m32, r32a, r32b",   "VEX.128.66.0F38.W0 E0+cc /r", ""},
    {"cmpccxadd",     "m64, r64a, r64b",   "VEX.128.66.0F38.W1 E0+cc /r", ""},
    {"aesenc128kl",   "xmm1, mem",         "F3 0F 38 DC /r",             ""},
    {"aesdec128kl",   "xmm1, mem",         "F3 0F 38 DD /r",             ""},
    {"aesenc256kl",   "xmm1, mem",         "F3 0F 38 DE /r",             ""},
    {"aesdec256kl",   "xmm1, mem",         "F3 0F 38 DF /r",             ""},
    {"aesencwide128kl", "mem",             "F3 0F 38 D8 /0",             ""},
    {"aesdecwide128kl", "mem",             "F3 0F 38 D8 /1",             ""},
    {"aesencwide256kl", "mem",             "F3 0F 38 D8 /2",             ""},
    {"aesdecwide256kl", "mem",             "F3 0F 38 D8 /3",             ""},
    {"encodekey128",  "r32a, r32b",        "F3 0F 38 FA /r",             ""},
    {"encodekey256",  "r32a, r32b",        "F3 0F 38 FB /r",             ""},
    {"loadiwkey",     "xmm1, xmm2",        "F3 0F 38 DC /r",             ""},
    {"movntss",       "m32, xmm1",         "F3 0F 2B /r",                ""},
    {"movntsd",       "m64, xmm1",         "F2 0F 2B /r",                ""},
    {"extrq",         "xmm1, imm8, imm8",  "66 0F 78 /0 ib ib",          ""},
    {"extrq",         "xmm1, xmm2",        "66 0F 79 /r",                ""},
    {"insertq",       "xmm1, xmm2, imm8, imm8", "F2 0F 78 /r ib ib",     ""},
    {"insertq",       "xmm1, xmm2",        "F2 0F 79 /r",                ""},
    {"fldenvw",       "m14byte",           "o16 D9 /4",                  ""},
    {"fnstenvw",      "m14byte",           "o16 D9 /6",                  ""},
    {"fstenvw",       "m14byte",           "9B o16 D9 /6",               ""},
    {"frstorw",       "m94byte",           "o16 DD /4",                  ""},
    {"fnsavew",       "m94byte",           "o16 DD /6",                  ""},
    {"fsavew",        "m94byte",           "9B o16 DD /6",               ""},
    {"sysretd",       "",                  "0F 07",                      ""},
    {"sysexitd",      "",                  "0F 35",                      ""},
    /* 3DNow! (AMD): 0F 0F /r with the operation in the imm8 byte */
    {"femms",         "",                  "0F 0E",                      ""},
    {"pavgusb",      "mm1, mm2/m64",      "0F 0F /r BF",                ""},
    {"pf2id",        "mm1, mm2/m64",      "0F 0F /r 1D",                ""},
    {"pf2iw",        "mm1, mm2/m64",      "0F 0F /r 1C",                ""},
    {"pfacc",        "mm1, mm2/m64",      "0F 0F /r AE",                ""},
    {"pfadd",        "mm1, mm2/m64",      "0F 0F /r 9E",                ""},
    {"pfcmpeq",      "mm1, mm2/m64",      "0F 0F /r B0",                ""},
    {"pfcmpge",      "mm1, mm2/m64",      "0F 0F /r 90",                ""},
    {"pfcmpgt",      "mm1, mm2/m64",      "0F 0F /r A0",                ""},
    {"pfmax",        "mm1, mm2/m64",      "0F 0F /r A4",                ""},
    {"pfmin",        "mm1, mm2/m64",      "0F 0F /r 94",                ""},
    {"pfmul",        "mm1, mm2/m64",      "0F 0F /r B4",                ""},
    {"pfnacc",       "mm1, mm2/m64",      "0F 0F /r 8A",                ""},
    {"pfpnacc",      "mm1, mm2/m64",      "0F 0F /r 8E",                ""},
    {"pfrcp",        "mm1, mm2/m64",      "0F 0F /r 96",                ""},
    {"pfrcpit1",     "mm1, mm2/m64",      "0F 0F /r A6",                ""},
    {"pfrcpit2",     "mm1, mm2/m64",      "0F 0F /r B6",                ""},
    {"pfrsqit1",     "mm1, mm2/m64",      "0F 0F /r A7",                ""},
    {"pfrsqrt",      "mm1, mm2/m64",      "0F 0F /r 97",                ""},
    {"pfsub",        "mm1, mm2/m64",      "0F 0F /r 9A",                ""},
    {"pfsubr",       "mm1, mm2/m64",      "0F 0F /r AA",                ""},
    {"pi2fd",        "mm1, mm2/m64",      "0F 0F /r 0D",                ""},
    {"pi2fw",        "mm1, mm2/m64",      "0F 0F /r 0C",                ""},
    {"pmulhrw",      "mm1, mm2/m64",      "0F 0F /r B7",                ""},
    {"pswapd",       "mm1, mm2/m64",      "0F 0F /r BB",                ""},
    {"prefetchw",     "m",                 "0F 0D /1",                   ""},
    {"prefetchwt1",   "m",                 "0F 0D /2",                   ""},
    {"clflush",       "m",                 "0F AE /7",                   ""},
    {"clflushopt",    "m",                 "66 0F AE /7",                ""},
    {"clwb",          "m",                 "66 0F AE /6",                ""},
    {"hlt",           "",                  "F4",                         ""},
    {"ud2",           "",                  "0F 0B",                      ""},
    {"ud1",           "r16, r/m16",        "o16 0F B9 /r",               ""},
    {"ud1",           "r32, r/m32",        "0F B9 /r",                   ""},
    {"ud1",           "r64, r/m64",        "REX.W 0F B9 /r",             ""},
    {"ud0",           "r16, r/m16",        "o16 0F FF /r",               ""},
    {"ud0",           "r32, r/m32",        "0F FF /r",                   ""},
    {"ud0",           "r64, r/m64",        "REX.W 0F FF /r",             ""},
    {"cpuid",         "",                  "0F A2",                      ""},
    {"rdtsc",         "",                  "0F 31",                      ""},
    {"rdtscp",        "",                  "0F 01 F9",                   ""},
    {"rdpmc",         "",                  "0F 33",                      ""},
    {"rdrand",        "r16",               "o16 0F C7 /6",               ""},
    {"rdrand",        "r32",               "0F C7 /6",                   ""},
    {"rdrand",        "r64",               "REX.W 0F C7 /6",             ""},
    {"rdseed",        "r16",               "o16 0F C7 /7",               ""},
    {"rdseed",        "r32",               "0F C7 /7",                   ""},
    {"rdseed",        "r64",               "REX.W 0F C7 /7",             ""},
    {"endbr64",       "",                  "F3 0F 1E FA",                ""},
    {"endbr32",       "",                  "F3 0F 1E FB",                ""},
    /* TSX (restricted transactional memory) and protection keys */
    {"xbegin",        "rel32",             "C7 F8 cd",                   ""},
    {"xabort",        "imm8",              "C6 F8 ib",                   ""},
    {"xend",          "",                  "0F 01 D5",                   ""},
    {"xtest",         "",                  "0F 01 D6",                   ""},
    {"rdpkru",        "",                  "0F 01 EE",                   ""},
    {"wrpkru",        "",                  "0F 01 EF",                   ""},

    /* ---- system and miscellaneous ---- */
    /* XSAVE family: the save area has no size keyword ("mem": memory
     * written without one, as GNU requires) */
    {"xsave",         "mem",               "0F AE /4",                   ""},
    {"xsave64",       "mem",               "REX.W 0F AE /4",             ""},
    {"xrstor",        "mem",               "0F AE /5",                   ""},
    {"xrstor64",      "mem",               "REX.W 0F AE /5",             ""},
    {"xsaveopt",      "mem",               "0F AE /6",                   ""},
    {"xsaveopt64",    "mem",               "REX.W 0F AE /6",             ""},
    {"xsavec",        "mem",               "0F C7 /4",                   ""},
    {"xsavec64",      "mem",               "REX.W 0F C7 /4",             ""},
    {"xsaves",        "mem",               "0F C7 /5",                   ""},
    {"xsaves64",      "mem",               "REX.W 0F C7 /5",             ""},
    {"xrstors",       "mem",               "0F C7 /3",                   ""},
    {"xrstors64",     "mem",               "REX.W 0F C7 /3",             ""},
    {"xgetbv",        "",                  "0F 01 D0",                   ""},
    {"xsetbv",        "",                  "0F 01 D1",                   ""},
    /* CET shadow stack */
    {"incsspd",       "r32",               "F3 0F AE /5",                ""},
    {"incsspq",       "r64",               "F3 REX.W 0F AE /5",          ""},
    {"rdsspd",        "r32",               "F3 0F 1E /1",                ""},
    {"rdsspq",        "r64",               "F3 REX.W 0F 1E /1",          ""},
    {"saveprevssp",   "",                  "F3 0F 01 EA",                ""},
    {"rstorssp",      "m64",               "F3 0F 01 /5",                ""},
    {"wrssd",         "m32, r32",          "0F 38 F6 /r",                ""},
    {"wrssq",         "m64, r64",          "REX.W 0F 38 F6 /r",          ""},
    {"wrussd",        "m32, r32",          "66 0F 38 F5 /r",             ""},
    {"wrussq",        "m64, r64",          "66 REX.W 0F 38 F5 /r",       ""},
    {"setssbsy",      "",                  "F3 0F 01 E8",                ""},
    {"clrssbsy",      "m64",               "F3 0F AE /6",                ""},
    /* FS/GS base, processor id */
    {"rdfsbase",      "r32",               "F3 0F AE /0",                ""},
    {"rdfsbase",      "r64",               "F3 REX.W 0F AE /0",          ""},
    {"rdgsbase",      "r32",               "F3 0F AE /1",                ""},
    {"rdgsbase",      "r64",               "F3 REX.W 0F AE /1",          ""},
    {"wrfsbase",      "r32",               "F3 0F AE /2",                ""},
    {"wrfsbase",      "r64",               "F3 REX.W 0F AE /2",          ""},
    {"wrgsbase",      "r32",               "F3 0F AE /3",                ""},
    {"wrgsbase",      "r64",               "F3 REX.W 0F AE /3",          ""},
    {"swapgs",        "",                  "0F 01 F8",                   ""},
    {"clac",          "",                  "0F 01 CA",                   ""},
    {"stac",          "",                  "0F 01 CB",                   ""},
    {"rdpid",         "r64",               "F3 0F C7 /7",                ""},
    {"rdpru",         "",                  "0F 01 FD",                   ""},
    /* MPX: bounds registers bnd0..bnd3.  GNU takes any size keyword on
     * the memory operands but bndmov's (XMMWORD/OWORD or none); `mib`
     * (bndmk, bndldx, bndstx) refuses rip and does not swap [rax+rsp];
     * no 32-bit address, no addr32 or data16 (flag mpx) */
    {"bndmk",         "bnd, mib",          "F3 0F 1B /r",                "mpx"},
    {"bndcl",         "bnd, r64/m",        "F3 0F 1A /r",                "mpx"},
    {"bndcu",         "bnd, r64/m",        "F2 0F 1A /r",                "mpx"},
    {"bndcn",         "bnd, r64/m",        "F2 0F 1B /r",                "mpx"},
    {"bndmov",        "bnd1, bnd2/m128",   "66 0F 1A /r",                "mpx"},
    {"bndmov",        "bnd1/m128, bnd2",   "66 0F 1B /r",                "mpx"},
    {"bndldx",        "bnd, mib",          "NP 0F 1A /r",                "mpx"},
    {"bndstx",        "mib, bnd",          "NP 0F 1B /r",                "mpx"},
    /* descriptor tables, task register, machine status word; GNU's
     * sldt/str r64 have no REX.W (the 32-bit encoding), smsw r64 has */
    {"lgdt",          "m16&64",            "0F 01 /2",                   ""},
    {"lidt",          "m16&64",            "0F 01 /3",                   ""},
    {"sgdt",          "m16&64",            "0F 01 /0",                   ""},
    {"sidt",          "m16&64",            "0F 01 /1",                   ""},
    {"lldt",          "r/m16",             "0F 00 /2",                   ""},
    {"ltr",           "r/m16",             "0F 00 /3",                   ""},
    {"verr",          "r/m16",             "0F 00 /4",                   ""},
    {"verw",          "r/m16",             "0F 00 /5",                   ""},
    {"sldt",          "r16",               "o16 0F 00 /0",               ""},
    {"sldt",          "r32",               "0F 00 /0",                   ""},
    {"sldt",          "r64",               "0F 00 /0",                   ""},
    {"sldt",          "m16",               "0F 00 /0",                   ""},
    {"str",           "r16",               "o16 0F 00 /1",               ""},
    {"str",           "r32",               "0F 00 /1",                   ""},
    {"str",           "r64",               "0F 00 /1",                   ""},
    {"str",           "m16",               "0F 00 /1",                   ""},
    {"lmsw",          "r/m16",             "0F 01 /6",                   ""},
    {"smsw",          "r16",               "o16 0F 01 /4",               ""},
    {"smsw",          "r32",               "0F 01 /4",                   ""},
    {"smsw",          "r64",               "REX.W 0F 01 /4",             ""},
    {"smsw",          "m16",               "0F 01 /4",                   ""},
    {"lar",           "r16, r16/m16",      "o16 0F 02 /r",               ""},
    {"lar",           "r32, r32/m16",      "0F 02 /r",                   ""},
    {"lar",           "r32, r16",          "0F 02 /r",                   ""},
    {"lar",           "r64, r64/m16",      "REX.W 0F 02 /r",             ""},
    {"lar",           "r64, r16",          "REX.W 0F 02 /r",             ""},
    {"lsl",           "r16, r16/m16",      "o16 0F 03 /r",               ""},
    {"lsl",           "r32, r32/m16",      "0F 03 /r",                   ""},
    {"lsl",           "r32, r16",          "0F 03 /r",                   ""},
    {"lsl",           "r64, r64/m16",      "REX.W 0F 03 /r",             ""},
    {"lsl",           "r64, r16",          "REX.W 0F 03 /r",             ""},
    /* control and debug registers: always 64-bit, no REX.W */
    {"mov",           "r64, cr",           "0F 20 /r",                   "openc:M,R"},
    {"mov",           "cr, r64",           "0F 22 /r",                   ""},
    {"mov",           "r64, dr",           "0F 21 /r",                   "openc:M,R"},
    {"mov",           "dr, r64",           "0F 23 /r",                   ""},
    /* caches, TLB, MSRs, fast system calls */
    {"clts",          "",                  "0F 06",                      ""},
    {"invd",          "",                  "0F 08",                      ""},
    {"wbinvd",        "",                  "0F 09",                      ""},
    {"wbnoinvd",      "",                  "F3 0F 09",                   ""},
    {"invlpg",        "m",                 "0F 01 /7",                   ""},
    {"invpcid",       "r64, m128",         "66 0F 38 82 /r",             ""},
    {"rdmsr",         "",                  "0F 32",                      ""},
    {"wrmsr",         "",                  "0F 30",                      ""},
    {"wrmsrns",       "",                  "0F 01 C6",                   ""},
    {"rdmsrlist",     "",                  "F2 0F 01 C6",                ""},
    {"wrmsrlist",     "",                  "F3 0F 01 C6",                ""},
    {"sysenter",      "",                  "0F 34",                      ""},
    {"sysexitq",      "",                  "REX.W 0F 35",                ""},
    {"sysretq",       "",                  "REX.W 0F 07",                ""},
    {"rsm",           "",                  "0F AA",                      ""},
    {"getsec",        "",                  "0F 37",                      ""},
    {"serialize",     "",                  "0F 01 E8",                   ""},
    {"hreset",        "imm8",              "F3 0F 3A F0 C0 ib",          ""},
    /* monitor/mwait: GNU's operand forms name the implicit registers; with
     * 32-bit address registers the address-size prefix */
    {"monitor",       "",                  "0F 01 C8",                   ""},
    {"monitor",       "RAX, ECX/RCX, EDX/RDX", "0F 01 C8",                   ""},
    {"monitor",       "EAX, ECX/RCX, EDX/RDX", "a32 0F 01 C8",               ""},
    {"mwait",         "",                  "0F 01 C9",                   ""},
    {"mwait",         "EAX, ECX",          "0F 01 C9",                   ""},
    {"mwait",         "RAX, RCX",          "0F 01 C9",                   ""},
    {"monitorx",      "",                  "0F 01 FA",                   ""},
    {"monitorx",      "RAX, ECX/RCX, EDX/RDX", "0F 01 FA",                   ""},
    {"monitorx",      "EAX, ECX/RCX, EDX/RDX", "a32 0F 01 FA",               ""},
    {"mwaitx",        "",                  "0F 01 FB",                   ""},
    {"mwaitx",        "EAX, ECX, EBX",     "0F 01 FB",                   ""},
    {"mwaitx",        "RAX, RCX, RBX",     "0F 01 FB",                   ""},
    {"umonitor",      "r64",               "F3 0F AE /6",                ""},
    {"umonitor",      "r32",               "a32 F3 0F AE /6",            ""},
    {"umwait",        "r32",               "F2 0F AE /6",                ""},
    {"umwait",        "r32, EDX, EAX",     "F2 0F AE /6",                ""},
    {"tpause",        "r32",               "66 0F AE /6",                ""},
    {"tpause",        "r32, EDX, EAX",     "66 0F AE /6",                ""},
    /* direct stores, enqueue (the 64-byte source has no size keyword) */
    {"movdiri",       "m32, r32",          "0F 38 F9 /r",                ""},
    {"movdiri",       "m64, r64",          "REX.W 0F 38 F9 /r",          ""},
    {"movdir64b",     "r64, mem",          "66 0F 38 F8 /r",             "asreg"},
    {"movdir64b",     "r32, mem",          "66 0F 38 F8 /r",             "asreg"},
    {"enqcmd",        "r64, mem",          "F2 0F 38 F8 /r",             "asreg"},
    {"enqcmd",        "r32, mem",          "F2 0F 38 F8 /r",             "asreg"},
    {"enqcmds",       "r64, mem",          "F3 0F 38 F8 /r",             "asreg"},
    {"enqcmds",       "r32, mem",          "F3 0F 38 F8 /r",             "asreg"},
    {"cldemote",      "m",                 "0F 1C /0",                   ""},
    {"ptwrite",       "r/m32",             "F3 0F AE /4",                ""},
    {"ptwrite",       "r/m64",             "F3 REX.W 0F AE /4",          ""},
    /* user interrupts */
    {"uiret",         "",                  "F3 0F 01 EC",                ""},
    {"testui",        "",                  "F3 0F 01 ED",                ""},
    {"clui",          "",                  "F3 0F 01 EE",                ""},
    {"stui",          "",                  "F3 0F 01 EF",                ""},
    {"senduipi",      "r64",               "F3 0F C7 /6",                ""},
    /* TSX suspend load address tracking */
    {"xsusldtrk",     "",                  "F2 0F 01 E8",                ""},
    {"xresldtrk",     "",                  "F2 0F 01 E9",                ""},
    /* VMX */
    {"vmcall",        "",                  "0F 01 C1",                   ""},
    {"vmlaunch",      "",                  "0F 01 C2",                   ""},
    {"vmresume",      "",                  "0F 01 C3",                   ""},
    {"vmxoff",        "",                  "0F 01 C4",                   ""},
    {"vmfunc",        "",                  "0F 01 D4",                   ""},
    {"vmptrld",       "m64",               "0F C7 /6",                   ""},
    {"vmptrst",       "m64",               "0F C7 /7",                   ""},
    {"vmclear",       "m64",               "66 0F C7 /6",                ""},
    {"vmxon",         "m64",               "F3 0F C7 /6",                ""},
    {"vmread",        "r/m64, r64",        "0F 78 /r",                   ""},
    {"vmwrite",       "r64, r/m64",        "0F 79 /r",                   ""},
    {"invept",        "r64, m128",         "66 0F 38 80 /r",             ""},
    {"invvpid",       "r64, m128",         "66 0F 38 81 /r",             ""},
    /* SVM and SEV-SNP: GNU's operand forms name the implicit registers */
    {"vmrun",         "",                  "0F 01 D8",                   ""},
    {"vmrun",         "RAX",               "0F 01 D8",                   ""},
    {"vmrun",         "EAX",               "a32 0F 01 D8",               ""},
    {"vmmcall",       "",                  "0F 01 D9",                   ""},
    {"vmload",        "",                  "0F 01 DA",                   ""},
    {"vmload",        "RAX",               "0F 01 DA",                   ""},
    {"vmload",        "EAX",               "a32 0F 01 DA",               ""},
    {"vmsave",        "",                  "0F 01 DB",                   ""},
    {"vmsave",        "RAX",               "0F 01 DB",                   ""},
    {"vmsave",        "EAX",               "a32 0F 01 DB",               ""},
    {"stgi",          "",                  "0F 01 DC",                   ""},
    {"clgi",          "",                  "0F 01 DD",                   ""},
    {"skinit",        "",                  "0F 01 DE",                   ""},
    {"skinit",        "EAX",               "0F 01 DE",                   ""},
    {"invlpga",       "",                  "0F 01 DF",                   ""},
    {"invlpga",       "RAX, ECX/RCX",      "0F 01 DF",                   ""},
    {"invlpga",       "EAX, ECX/RCX",      "a32 0F 01 DF",               ""},
    {"invlpgb",       "",                  "0F 01 FE",                   ""},
    {"invlpgb",       "RAX, ECX/RCX, EDX/RDX", "0F 01 FE",                   ""},
    {"invlpgb",       "EAX, ECX/RCX, EDX/RDX", "a32 0F 01 FE",               ""},
    {"tlbsync",       "",                  "0F 01 FF",                   ""},
    {"clzero",        "",                  "0F 01 FC",                   ""},
    {"clzero",        "RAX",               "0F 01 FC",                   ""},
    {"clzero",        "EAX",               "a32 0F 01 FC",               ""},
    {"mcommit",       "",                  "F3 0F 01 FA",                ""},
    {"psmash",        "",                  "F3 0F 01 FF",                ""},
    {"psmash",        "RAX",               "F3 0F 01 FF",                ""},
    {"psmash",        "EAX",               "a32 F3 0F 01 FF",            ""},
    {"pvalidate",     "",                  "F2 0F 01 FF",                ""},
    {"pvalidate",     "RAX, ECX/RCX, EDX/RDX", "F2 0F 01 FF",                ""},
    {"pvalidate",     "EAX, ECX/RCX, EDX/RDX", "a32 F2 0F 01 FF",            ""},
    {"rmpadjust",     "",                  "F3 0F 01 FE",                ""},
    {"rmpadjust",     "RAX, ECX/RCX, EDX/RDX", "F3 0F 01 FE",                ""},
    {"rmpadjust",     "EAX, ECX/RCX, EDX/RDX", "a32 F3 0F 01 FE",            ""},
    {"rmpquery",      "",                  "F3 0F 01 FD",                ""},
    {"rmpquery",      "RAX, ECX/RCX, EDX/RDX", "F3 0F 01 FD",                ""},
    {"rmpquery",      "EAX, ECX/RCX, EDX/RDX", "a32 F3 0F 01 FD",            ""},
    {"rmpupdate",     "",                  "F2 0F 01 FE",                ""},
    {"rmpupdate",     "RAX, ECX/RCX",      "F2 0F 01 FE",                ""},
    {"rmpupdate",     "EAX, ECX/RCX",      "a32 F2 0F 01 FE",            ""},
    /* SGX, PCONFIG */
    {"encls",         "",                  "0F 01 CF",                   ""},
    {"enclu",         "",                  "0F 01 D7",                   ""},
    {"enclv",         "",                  "0F 01 C0",                   ""},
    {"pconfig",       "",                  "0F 01 C5",                   ""},
    /* TDX */
    {"tdcall",        "",                  "66 0F 01 CC",                ""},
    {"seamret",       "",                  "66 0F 01 CD",                ""},
    {"seamops",       "",                  "66 0F 01 CE",                ""},
    {"seamcall",      "",                  "66 0F 01 CF",                ""},
    /* ---- SSE/SSE2 data movement ---- */
    {"movaps",        "xmm1, xmm2/m128",       "NP 0F 28 /r",                 ""},
    {"movaps",        "xmm2/m128, xmm1",       "NP 0F 29 /r",                 ""},
    {"movups",        "xmm1, xmm2/m128",       "NP 0F 10 /r",                 ""},
    {"movups",        "xmm2/m128, xmm1",       "NP 0F 11 /r",                 ""},
    {"movapd",        "xmm1, xmm2/m128",       "66 0F 28 /r",                 ""},
    {"movapd",        "xmm2/m128, xmm1",       "66 0F 29 /r",                 ""},
    {"movupd",        "xmm1, xmm2/m128",       "66 0F 10 /r",                 ""},
    {"movupd",        "xmm2/m128, xmm1",       "66 0F 11 /r",                 ""},
    {"movdqa",        "xmm1, xmm2/m128",       "66 0F 6F /r",                 ""},
    {"movdqa",        "xmm2/m128, xmm1",       "66 0F 7F /r",                 ""},
    {"movdqu",        "xmm1, xmm2/m128",       "F3 0F 6F /r",                 ""},
    {"movdqu",        "xmm2/m128, xmm1",       "F3 0F 7F /r",                 ""},
    {"movss",         "xmm1, xmm2/m32",        "F3 0F 10 /r",                 ""},
    {"movss",         "xmm2/m32, xmm1",        "F3 0F 11 /r",                 ""},
    {"movsd",         "xmm1, xmm2/m64",        "F2 0F 10 /r",                 ""},
    {"movsd",         "xmm2/m64, xmm1",        "F2 0F 11 /r",                 ""},
    {"movlps",        "xmm, m64",              "NP 0F 12 /r",                 ""},
    {"movlps",        "m64, xmm",              "NP 0F 13 /r",                 ""},
    {"movhps",        "xmm, m64",              "NP 0F 16 /r",                 ""},
    {"movhps",        "m64, xmm",              "NP 0F 17 /r",                 ""},
    {"movlpd",        "xmm, m64",              "66 0F 12 /r",                 ""},
    {"movlpd",        "m64, xmm",              "66 0F 13 /r",                 ""},
    {"movhpd",        "xmm, m64",              "66 0F 16 /r",                 ""},
    {"movhpd",        "m64, xmm",              "66 0F 17 /r",                 ""},
    {"movhlps",       "xmm1, xmm2",            "NP 0F 12 /r",                 ""},
    {"movlhps",       "xmm1, xmm2",            "NP 0F 16 /r",                 ""},
    {"movq",          "xmm1, xmm2/m64",        "F3 0F 7E /r",                 ""},
    {"movq",          "xmm2/m64, xmm1",        "66 0F D6 /r",                 ""},
    {"movq",          "xmm, r/m64",            "66 REX.W 0F 6E /r",           ""},
    {"movq",          "r/m64, xmm",            "66 REX.W 0F 7E /r",           ""},
    {"movd",          "xmm, r/m32",            "66 0F 6E /r",                 ""},
    {"movd",          "r/m32, xmm",            "66 0F 7E /r",                 ""},
    {"movd",          "xmm, r64",              "66 REX.W 0F 6E /r",           ""},
    {"movd",          "r64, xmm",              "66 REX.W 0F 7E /r",           "openc:M,R"},
    {"movq2dq",       "xmm, mm",               "F3 0F D6 /r",                 ""},
    {"movdq2q",       "mm, xmm",               "F2 0F D6 /r",                 ""},
    {"movmskps",      "r32, xmm",              "NP 0F 50 /r",                 ""},
    {"movmskps",      "r64, xmm",              "NP 0F 50 /r",                 ""},
    {"movmskpd",      "r32, xmm",              "66 0F 50 /r",                 ""},
    {"movmskpd",      "r64, xmm",              "66 0F 50 /r",                 ""},
    {"pmovmskb",      "r32, xmm",              "66 0F D7 /r",                 ""},
    {"pmovmskb",      "r64, xmm",              "66 0F D7 /r",                 ""},
    {"movntps",       "m128, xmm",             "NP 0F 2B /r",                 ""},
    {"movntpd",       "m128, xmm",             "66 0F 2B /r",                 ""},
    {"movntdq",       "m128, xmm",             "66 0F E7 /r",                 ""},
    {"movnti",        "m32, r32",              "0F C3 /r",                    ""},
    {"movnti",        "m64, r64",              "REX.W 0F C3 /r",              ""},
    {"maskmovdqu",    "xmm1, xmm2",            "66 0F F7 /r",                 ""},
    {"ldmxcsr",       "m32",                   "0F AE /2",                    ""},
    {"stmxcsr",       "m32",                   "0F AE /3",                    ""},

    /* ---- SSE/SSE2 floating-point arithmetic, logic, comparison ---- */
    {"addps",         "xmm1, xmm2/m128",       "NP 0F 58 /r",                 ""},
    {"addpd",         "xmm1, xmm2/m128",       "66 0F 58 /r",                 ""},
    {"addss",         "xmm1, xmm2/m32",        "F3 0F 58 /r",                 ""},
    {"addsd",         "xmm1, xmm2/m64",        "F2 0F 58 /r",                 ""},
    {"mulps",         "xmm1, xmm2/m128",       "NP 0F 59 /r",                 ""},
    {"mulpd",         "xmm1, xmm2/m128",       "66 0F 59 /r",                 ""},
    {"mulss",         "xmm1, xmm2/m32",        "F3 0F 59 /r",                 ""},
    {"mulsd",         "xmm1, xmm2/m64",        "F2 0F 59 /r",                 ""},
    {"subps",         "xmm1, xmm2/m128",       "NP 0F 5C /r",                 ""},
    {"subpd",         "xmm1, xmm2/m128",       "66 0F 5C /r",                 ""},
    {"subss",         "xmm1, xmm2/m32",        "F3 0F 5C /r",                 ""},
    {"subsd",         "xmm1, xmm2/m64",        "F2 0F 5C /r",                 ""},
    {"minps",         "xmm1, xmm2/m128",       "NP 0F 5D /r",                 ""},
    {"minpd",         "xmm1, xmm2/m128",       "66 0F 5D /r",                 ""},
    {"minss",         "xmm1, xmm2/m32",        "F3 0F 5D /r",                 ""},
    {"minsd",         "xmm1, xmm2/m64",        "F2 0F 5D /r",                 ""},
    {"divps",         "xmm1, xmm2/m128",       "NP 0F 5E /r",                 ""},
    {"divpd",         "xmm1, xmm2/m128",       "66 0F 5E /r",                 ""},
    {"divss",         "xmm1, xmm2/m32",        "F3 0F 5E /r",                 ""},
    {"divsd",         "xmm1, xmm2/m64",        "F2 0F 5E /r",                 ""},
    {"maxps",         "xmm1, xmm2/m128",       "NP 0F 5F /r",                 ""},
    {"maxpd",         "xmm1, xmm2/m128",       "66 0F 5F /r",                 ""},
    {"maxss",         "xmm1, xmm2/m32",        "F3 0F 5F /r",                 ""},
    {"maxsd",         "xmm1, xmm2/m64",        "F2 0F 5F /r",                 ""},
    {"sqrtps",        "xmm1, xmm2/m128",       "NP 0F 51 /r",                 ""},
    {"sqrtpd",        "xmm1, xmm2/m128",       "66 0F 51 /r",                 ""},
    {"sqrtss",        "xmm1, xmm2/m32",        "F3 0F 51 /r",                 ""},
    {"sqrtsd",        "xmm1, xmm2/m64",        "F2 0F 51 /r",                 ""},
    {"rsqrtps",       "xmm1, xmm2/m128",       "NP 0F 52 /r",                 ""},
    {"rsqrtss",       "xmm1, xmm2/m32",        "F3 0F 52 /r",                 ""},
    {"rcpps",         "xmm1, xmm2/m128",       "NP 0F 53 /r",                 ""},
    {"rcpss",         "xmm1, xmm2/m32",        "F3 0F 53 /r",                 ""},
    {"andps",         "xmm1, xmm2/m128",       "NP 0F 54 /r",                 ""},
    {"andpd",         "xmm1, xmm2/m128",       "66 0F 54 /r",                 ""},
    {"andnps",        "xmm1, xmm2/m128",       "NP 0F 55 /r",                 ""},
    {"andnpd",        "xmm1, xmm2/m128",       "66 0F 55 /r",                 ""},
    {"orps",          "xmm1, xmm2/m128",       "NP 0F 56 /r",                 ""},
    {"orpd",          "xmm1, xmm2/m128",       "66 0F 56 /r",                 ""},
    {"xorps",         "xmm1, xmm2/m128",       "NP 0F 57 /r",                 ""},
    {"xorpd",         "xmm1, xmm2/m128",       "66 0F 57 /r",                 ""},
    {"unpcklps",      "xmm1, xmm2/m128",       "NP 0F 14 /r",                 ""},
    {"unpcklpd",      "xmm1, xmm2/m128",       "66 0F 14 /r",                 ""},
    {"unpckhps",      "xmm1, xmm2/m128",       "NP 0F 15 /r",                 ""},
    {"unpckhpd",      "xmm1, xmm2/m128",       "66 0F 15 /r",                 ""},
    {"cmpps",         "xmm1, xmm2/m128, imm8", "NP 0F C2 /r ib",              ""},
    {"cmppd",         "xmm1, xmm2/m128, imm8", "66 0F C2 /r ib",              ""},
    {"cmpss",         "xmm1, xmm2/m32, imm8",  "F3 0F C2 /r ib",              ""},
    {"cmpsd",         "xmm1, xmm2/m64, imm8",  "F2 0F C2 /r ib",              ""},
    {"cmp*ps",        "xmm1, xmm2/m128",       "NP 0F C2 /r ip",              ""},
    {"cmp*pd",        "xmm1, xmm2/m128",       "66 0F C2 /r ip",              ""},
    {"cmp*ss",        "xmm1, xmm2/m32",        "F3 0F C2 /r ip",              ""},
    {"cmp*sd",        "xmm1, xmm2/m64",        "F2 0F C2 /r ip",              ""},
    {"comiss",        "xmm1, xmm2/m32",        "NP 0F 2F /r",                 ""},
    {"comisd",        "xmm1, xmm2/m64",        "66 0F 2F /r",                 ""},
    {"ucomiss",       "xmm1, xmm2/m32",        "NP 0F 2E /r",                 ""},
    {"ucomisd",       "xmm1, xmm2/m64",        "66 0F 2E /r",                 ""},
    {"shufps",        "xmm1, xmm2/m128, imm8", "NP 0F C6 /r ib",              ""},
    {"shufpd",        "xmm1, xmm2/m128, imm8", "66 0F C6 /r ib",              ""},

    /* ---- SSE/SSE2 conversions ---- */
    /* GNU also takes these with a size suffix in Intel syntax: d (32-bit
     * general register or memory) or q (64-bit): cvtsi2sdq xmm0, [rax] */
    {"cvtsi2ss/cvtsi2ssd", "xmm, r/m32",            "F3 0F 2A /r",                 ""},
    {"cvtsi2ss/cvtsi2ssq", "xmm, r/m64",            "F3 REX.W 0F 2A /r",           ""},
    {"cvttss2si/cvttss2sid", "r32, xmm/m32",          "F3 0F 2C /r",                 ""},
    {"cvttss2si/cvttss2siq", "r64, xmm/m32",          "F3 REX.W 0F 2C /r",           ""},
    {"cvtss2si/cvtss2sid", "r32, xmm/m32",          "F3 0F 2D /r",                 ""},
    {"cvtss2si/cvtss2siq", "r64, xmm/m32",          "F3 REX.W 0F 2D /r",           ""},
    {"cvtsi2sd/cvtsi2sdd", "xmm, r/m32",            "F2 0F 2A /r",                 ""},
    {"cvtsi2sd/cvtsi2sdq", "xmm, r/m64",            "F2 REX.W 0F 2A /r",           ""},
    {"cvttsd2si/cvttsd2sid", "r32, xmm/m64",          "F2 0F 2C /r",                 ""},
    {"cvttsd2si/cvttsd2siq", "r64, xmm/m64",          "F2 REX.W 0F 2C /r",           ""},
    {"cvtsd2si/cvtsd2sid", "r32, xmm/m64",          "F2 0F 2D /r",                 ""},
    {"cvtsd2si/cvtsd2siq", "r64, xmm/m64",          "F2 REX.W 0F 2D /r",           ""},
    {"cvtss2sd",      "xmm1, xmm2/m32",        "F3 0F 5A /r",                 ""},
    {"cvtsd2ss",      "xmm1, xmm2/m64",        "F2 0F 5A /r",                 ""},
    {"cvtps2pd",      "xmm1, xmm2/m64",        "NP 0F 5A /r",                 ""},
    {"cvtpd2ps",      "xmm1, xmm2/m128",       "66 0F 5A /r",                 ""},
    {"cvtdq2ps",      "xmm1, xmm2/m128",       "NP 0F 5B /r",                 ""},
    {"cvtps2dq",      "xmm1, xmm2/m128",       "66 0F 5B /r",                 ""},
    {"cvttps2dq",     "xmm1, xmm2/m128",       "F3 0F 5B /r",                 ""},
    {"cvtdq2pd",      "xmm1, xmm2/m64",        "F3 0F E6 /r",                 ""},
    {"cvtpd2dq",      "xmm1, xmm2/m128",       "F2 0F E6 /r",                 ""},
    {"cvttpd2dq",     "xmm1, xmm2/m128",       "66 0F E6 /r",                 ""},
    {"cvtpi2ps",      "xmm, mm/m64",           "NP 0F 2A /r",                 ""},
    {"cvtpi2pd",      "xmm, mm/m64",           "66 0F 2A /r",                 ""},
    {"cvtps2pi",      "mm, xmm/m64",           "NP 0F 2D /r",                 ""},
    {"cvttps2pi",     "mm, xmm/m64",           "NP 0F 2C /r",                 ""},
    {"cvtpd2pi",      "mm, xmm/m128",          "66 0F 2D /r",                 ""},
    {"cvttpd2pi",     "mm, xmm/m128",          "66 0F 2C /r",                 ""},

    /* ---- SSE2 integer SIMD ---- */
    {"paddb",         "xmm1, xmm2/m128",       "66 0F FC /r",                 ""},
    {"paddw",         "xmm1, xmm2/m128",       "66 0F FD /r",                 ""},
    {"paddd",         "xmm1, xmm2/m128",       "66 0F FE /r",                 ""},
    {"paddq",         "xmm1, xmm2/m128",       "66 0F D4 /r",                 ""},
    {"paddsb",        "xmm1, xmm2/m128",       "66 0F EC /r",                 ""},
    {"paddsw",        "xmm1, xmm2/m128",       "66 0F ED /r",                 ""},
    {"paddusb",       "xmm1, xmm2/m128",       "66 0F DC /r",                 ""},
    {"paddusw",       "xmm1, xmm2/m128",       "66 0F DD /r",                 ""},
    {"psubb",         "xmm1, xmm2/m128",       "66 0F F8 /r",                 ""},
    {"psubw",         "xmm1, xmm2/m128",       "66 0F F9 /r",                 ""},
    {"psubd",         "xmm1, xmm2/m128",       "66 0F FA /r",                 ""},
    {"psubq",         "xmm1, xmm2/m128",       "66 0F FB /r",                 ""},
    {"psubsb",        "xmm1, xmm2/m128",       "66 0F E8 /r",                 ""},
    {"psubsw",        "xmm1, xmm2/m128",       "66 0F E9 /r",                 ""},
    {"psubusb",       "xmm1, xmm2/m128",       "66 0F D8 /r",                 ""},
    {"psubusw",       "xmm1, xmm2/m128",       "66 0F D9 /r",                 ""},
    {"pmullw",        "xmm1, xmm2/m128",       "66 0F D5 /r",                 ""},
    {"pmulhw",        "xmm1, xmm2/m128",       "66 0F E5 /r",                 ""},
    {"pmulhuw",       "xmm1, xmm2/m128",       "66 0F E4 /r",                 ""},
    {"pmuludq",       "xmm1, xmm2/m128",       "66 0F F4 /r",                 ""},
    {"pmaddwd",       "xmm1, xmm2/m128",       "66 0F F5 /r",                 ""},
    {"pand",          "xmm1, xmm2/m128",       "66 0F DB /r",                 ""},
    {"pandn",         "xmm1, xmm2/m128",       "66 0F DF /r",                 ""},
    {"por",           "xmm1, xmm2/m128",       "66 0F EB /r",                 ""},
    {"pxor",          "xmm1, xmm2/m128",       "66 0F EF /r",                 ""},
    {"pcmpeqb",       "xmm1, xmm2/m128",       "66 0F 74 /r",                 ""},
    {"pcmpeqw",       "xmm1, xmm2/m128",       "66 0F 75 /r",                 ""},
    {"pcmpeqd",       "xmm1, xmm2/m128",       "66 0F 76 /r",                 ""},
    {"pcmpgtb",       "xmm1, xmm2/m128",       "66 0F 64 /r",                 ""},
    {"pcmpgtw",       "xmm1, xmm2/m128",       "66 0F 65 /r",                 ""},
    {"pcmpgtd",       "xmm1, xmm2/m128",       "66 0F 66 /r",                 ""},
    {"punpcklbw",     "xmm1, xmm2/m128",       "66 0F 60 /r",                 ""},
    {"punpcklwd",     "xmm1, xmm2/m128",       "66 0F 61 /r",                 ""},
    {"punpckldq",     "xmm1, xmm2/m128",       "66 0F 62 /r",                 ""},
    {"packsswb",      "xmm1, xmm2/m128",       "66 0F 63 /r",                 ""},
    {"packuswb",      "xmm1, xmm2/m128",       "66 0F 67 /r",                 ""},
    {"punpckhbw",     "xmm1, xmm2/m128",       "66 0F 68 /r",                 ""},
    {"punpckhwd",     "xmm1, xmm2/m128",       "66 0F 69 /r",                 ""},
    {"punpckhdq",     "xmm1, xmm2/m128",       "66 0F 6A /r",                 ""},
    {"packssdw",      "xmm1, xmm2/m128",       "66 0F 6B /r",                 ""},
    {"punpcklqdq",    "xmm1, xmm2/m128",       "66 0F 6C /r",                 ""},
    {"punpckhqdq",    "xmm1, xmm2/m128",       "66 0F 6D /r",                 ""},
    {"pmaxub",        "xmm1, xmm2/m128",       "66 0F DE /r",                 ""},
    {"pminub",        "xmm1, xmm2/m128",       "66 0F DA /r",                 ""},
    {"pmaxsw",        "xmm1, xmm2/m128",       "66 0F EE /r",                 ""},
    {"pminsw",        "xmm1, xmm2/m128",       "66 0F EA /r",                 ""},
    {"pavgb",         "xmm1, xmm2/m128",       "66 0F E0 /r",                 ""},
    {"pavgw",         "xmm1, xmm2/m128",       "66 0F E3 /r",                 ""},
    {"psadbw",        "xmm1, xmm2/m128",       "66 0F F6 /r",                 ""},
    {"psrlw",         "xmm1, xmm2/m128",       "66 0F D1 /r",                 ""},
    {"psrlw",         "xmm, imm8",             "66 0F 71 /2 ib",              ""},
    {"psraw",         "xmm1, xmm2/m128",       "66 0F E1 /r",                 ""},
    {"psraw",         "xmm, imm8",             "66 0F 71 /4 ib",              ""},
    {"psllw",         "xmm1, xmm2/m128",       "66 0F F1 /r",                 ""},
    {"psllw",         "xmm, imm8",             "66 0F 71 /6 ib",              ""},
    {"psrld",         "xmm1, xmm2/m128",       "66 0F D2 /r",                 ""},
    {"psrld",         "xmm, imm8",             "66 0F 72 /2 ib",              ""},
    {"psrad",         "xmm1, xmm2/m128",       "66 0F E2 /r",                 ""},
    {"psrad",         "xmm, imm8",             "66 0F 72 /4 ib",              ""},
    {"pslld",         "xmm1, xmm2/m128",       "66 0F F2 /r",                 ""},
    {"pslld",         "xmm, imm8",             "66 0F 72 /6 ib",              ""},
    {"psrlq",         "xmm1, xmm2/m128",       "66 0F D3 /r",                 ""},
    {"psrlq",         "xmm, imm8",             "66 0F 73 /2 ib",              ""},
    {"psllq",         "xmm1, xmm2/m128",       "66 0F F3 /r",                 ""},
    {"psllq",         "xmm, imm8",             "66 0F 73 /6 ib",              ""},
    {"psrldq",        "xmm, imm8",             "66 0F 73 /3 ib",              ""},
    {"pslldq",        "xmm, imm8",             "66 0F 73 /7 ib",              ""},
    {"pshufd",        "xmm1, xmm2/m128, imm8", "66 0F 70 /r ib",              ""},
    {"pshufhw",       "xmm1, xmm2/m128, imm8", "F3 0F 70 /r ib",              ""},
    {"pshuflw",       "xmm1, xmm2/m128, imm8", "F2 0F 70 /r ib",              ""},
    {"pextrw",        "r32, xmm, imm8",        "66 0F C5 /r ib",              ""},
    {"pextrw",        "r64, xmm, imm8",        "66 0F C5 /r ib",              ""},
    {"pextrw",        "r32/m16, xmm, imm8",    "66 0F 3A 15 /r ib",           ""},
    {"pinsrw",        "xmm, r32/m16, imm8",    "66 0F C4 /r ib",              ""},
    {"pinsrw",        "xmm, r64, imm8",        "66 0F C4 /r ib",              ""},

    /* ---- SSE3, SSSE3 ---- */
    {"lddqu",         "xmm, m128",             "F2 0F F0 /r",                 ""},
    {"movddup",       "xmm1, xmm2/m64",        "F2 0F 12 /r",                 ""},
    {"movshdup",      "xmm1, xmm2/m128",       "F3 0F 16 /r",                 ""},
    {"movsldup",      "xmm1, xmm2/m128",       "F3 0F 12 /r",                 ""},
    {"addsubps",      "xmm1, xmm2/m128",       "F2 0F D0 /r",                 ""},
    {"addsubpd",      "xmm1, xmm2/m128",       "66 0F D0 /r",                 ""},
    {"haddps",        "xmm1, xmm2/m128",       "F2 0F 7C /r",                 ""},
    {"haddpd",        "xmm1, xmm2/m128",       "66 0F 7C /r",                 ""},
    {"hsubps",        "xmm1, xmm2/m128",       "F2 0F 7D /r",                 ""},
    {"hsubpd",        "xmm1, xmm2/m128",       "66 0F 7D /r",                 ""},
    {"pshufb",        "xmm1, xmm2/m128",       "66 0F 38 00 /r",              ""},
    {"phaddw",        "xmm1, xmm2/m128",       "66 0F 38 01 /r",              ""},
    {"phaddd",        "xmm1, xmm2/m128",       "66 0F 38 02 /r",              ""},
    {"phaddsw",       "xmm1, xmm2/m128",       "66 0F 38 03 /r",              ""},
    {"pmaddubsw",     "xmm1, xmm2/m128",       "66 0F 38 04 /r",              ""},
    {"phsubw",        "xmm1, xmm2/m128",       "66 0F 38 05 /r",              ""},
    {"phsubd",        "xmm1, xmm2/m128",       "66 0F 38 06 /r",              ""},
    {"phsubsw",       "xmm1, xmm2/m128",       "66 0F 38 07 /r",              ""},
    {"psignb",        "xmm1, xmm2/m128",       "66 0F 38 08 /r",              ""},
    {"psignw",        "xmm1, xmm2/m128",       "66 0F 38 09 /r",              ""},
    {"psignd",        "xmm1, xmm2/m128",       "66 0F 38 0A /r",              ""},
    {"pmulhrsw",      "xmm1, xmm2/m128",       "66 0F 38 0B /r",              ""},
    {"pabsb",         "xmm1, xmm2/m128",       "66 0F 38 1C /r",              ""},
    {"pabsw",         "xmm1, xmm2/m128",       "66 0F 38 1D /r",              ""},
    {"pabsd",         "xmm1, xmm2/m128",       "66 0F 38 1E /r",              ""},
    {"palignr",       "xmm1, xmm2/m128, imm8", "66 0F 3A 0F /r ib",           ""},

    /* ---- SSE4.1, SSE4.2 ---- */
    {"pmuldq",        "xmm1, xmm2/m128",       "66 0F 38 28 /r",              ""},
    {"pcmpeqq",       "xmm1, xmm2/m128",       "66 0F 38 29 /r",              ""},
    {"packusdw",      "xmm1, xmm2/m128",       "66 0F 38 2B /r",              ""},
    {"pcmpgtq",       "xmm1, xmm2/m128",       "66 0F 38 37 /r",              ""},
    {"pminsb",        "xmm1, xmm2/m128",       "66 0F 38 38 /r",              ""},
    {"pminsd",        "xmm1, xmm2/m128",       "66 0F 38 39 /r",              ""},
    {"pminuw",        "xmm1, xmm2/m128",       "66 0F 38 3A /r",              ""},
    {"pminud",        "xmm1, xmm2/m128",       "66 0F 38 3B /r",              ""},
    {"pmaxsb",        "xmm1, xmm2/m128",       "66 0F 38 3C /r",              ""},
    {"pmaxsd",        "xmm1, xmm2/m128",       "66 0F 38 3D /r",              ""},
    {"pmaxuw",        "xmm1, xmm2/m128",       "66 0F 38 3E /r",              ""},
    {"pmaxud",        "xmm1, xmm2/m128",       "66 0F 38 3F /r",              ""},
    {"pmulld",        "xmm1, xmm2/m128",       "66 0F 38 40 /r",              ""},
    {"phminposuw",    "xmm1, xmm2/m128",       "66 0F 38 41 /r",              ""},
    {"ptest",         "xmm1, xmm2/m128",       "66 0F 38 17 /r",              ""},
    {"pblendvb",      "xmm1, xmm2/m128",       "66 0F 38 10 /r",              ""},
    {"pblendvb",      "xmm1, xmm2/m128, XMM0", "66 0F 38 10 /r",              ""},
    {"blendvps",      "xmm1, xmm2/m128",       "66 0F 38 14 /r",              ""},
    {"blendvps",      "xmm1, xmm2/m128, XMM0", "66 0F 38 14 /r",              ""},
    {"blendvpd",      "xmm1, xmm2/m128",       "66 0F 38 15 /r",              ""},
    {"blendvpd",      "xmm1, xmm2/m128, XMM0", "66 0F 38 15 /r",              ""},
    {"pmovsxbw",      "xmm1, xmm2/m64",        "66 0F 38 20 /r",              ""},
    {"pmovzxbw",      "xmm1, xmm2/m64",        "66 0F 38 30 /r",              ""},
    {"pmovsxbd",      "xmm1, xmm2/m32",        "66 0F 38 21 /r",              ""},
    {"pmovzxbd",      "xmm1, xmm2/m32",        "66 0F 38 31 /r",              ""},
    {"pmovsxbq",      "xmm1, xmm2/m16",        "66 0F 38 22 /r",              ""},
    {"pmovzxbq",      "xmm1, xmm2/m16",        "66 0F 38 32 /r",              ""},
    {"pmovsxwd",      "xmm1, xmm2/m64",        "66 0F 38 23 /r",              ""},
    {"pmovzxwd",      "xmm1, xmm2/m64",        "66 0F 38 33 /r",              ""},
    {"pmovsxwq",      "xmm1, xmm2/m32",        "66 0F 38 24 /r",              ""},
    {"pmovzxwq",      "xmm1, xmm2/m32",        "66 0F 38 34 /r",              ""},
    {"pmovsxdq",      "xmm1, xmm2/m64",        "66 0F 38 25 /r",              ""},
    {"pmovzxdq",      "xmm1, xmm2/m64",        "66 0F 38 35 /r",              ""},
    {"movntdqa",      "xmm, m128",             "66 0F 38 2A /r",              ""},
    {"roundps",       "xmm1, xmm2/m128, imm8", "66 0F 3A 08 /r ib",           ""},
    {"roundpd",       "xmm1, xmm2/m128, imm8", "66 0F 3A 09 /r ib",           ""},
    {"roundss",       "xmm1, xmm2/m32, imm8",  "66 0F 3A 0A /r ib",           ""},
    {"roundsd",       "xmm1, xmm2/m64, imm8",  "66 0F 3A 0B /r ib",           ""},
    {"blendps",       "xmm1, xmm2/m128, imm8", "66 0F 3A 0C /r ib",           ""},
    {"blendpd",       "xmm1, xmm2/m128, imm8", "66 0F 3A 0D /r ib",           ""},
    {"pblendw",       "xmm1, xmm2/m128, imm8", "66 0F 3A 0E /r ib",           ""},
    {"dpps",          "xmm1, xmm2/m128, imm8", "66 0F 3A 40 /r ib",           ""},
    {"dppd",          "xmm1, xmm2/m128, imm8", "66 0F 3A 41 /r ib",           ""},
    {"mpsadbw",       "xmm1, xmm2/m128, imm8", "66 0F 3A 42 /r ib",           ""},
    {"pcmpestrm",     "xmm1, xmm2/m128, imm8", "66 0F 3A 60 /r ib",           ""},
    {"pcmpestri",     "xmm1, xmm2/m128, imm8", "66 0F 3A 61 /r ib",           ""},
    {"pcmpistrm",     "xmm1, xmm2/m128, imm8", "66 0F 3A 62 /r ib",           ""},
    {"pcmpistri",     "xmm1, xmm2/m128, imm8", "66 0F 3A 63 /r ib",           ""},
    {"pextrb",        "r32/m8, xmm, imm8",     "66 0F 3A 14 /r ib",           ""},
    {"pextrb",        "r64, xmm, imm8",        "66 0F 3A 14 /r ib",           "openc:M,R,I"},
    {"pextrd",        "r/m32, xmm, imm8",      "66 0F 3A 16 /r ib",           ""},
    {"pextrq",        "r/m64, xmm, imm8",      "66 REX.W 0F 3A 16 /r ib",     ""},
    {"extractps",     "r/m32, xmm, imm8",      "66 0F 3A 17 /r ib",           ""},
    {"extractps",     "r64, xmm, imm8",        "66 0F 3A 17 /r ib",           "openc:M,R,I"},
    {"pinsrb",        "xmm, r32/m8, imm8",     "66 0F 3A 20 /r ib",           ""},
    {"pinsrb",        "xmm, r64, imm8",        "66 0F 3A 20 /r ib",           ""},
    {"insertps",      "xmm1, xmm2/m32, imm8",  "66 0F 3A 21 /r ib",           ""},
    {"pinsrd",        "xmm, r/m32, imm8",      "66 0F 3A 22 /r ib",           ""},
    {"pinsrq",        "xmm, r/m64, imm8",      "66 REX.W 0F 3A 22 /r ib",     ""},

    /* ---- AES, PCLMULQDQ, SHA ---- */
    {"aesimc",        "xmm1, xmm2/m128",       "66 0F 38 DB /r",              ""},
    {"aesenc",        "xmm1, xmm2/m128",       "66 0F 38 DC /r",              ""},
    {"aesenclast",    "xmm1, xmm2/m128",       "66 0F 38 DD /r",              ""},
    {"aesdec",        "xmm1, xmm2/m128",       "66 0F 38 DE /r",              ""},
    {"aesdeclast",    "xmm1, xmm2/m128",       "66 0F 38 DF /r",              ""},
    {"aeskeygenassist", "xmm1, xmm2/m128, imm8", "66 0F 3A DF /r ib",           ""},
    {"pclmulqdq",     "xmm1, xmm2/m128, imm8", "66 0F 3A 44 /r ib",           ""},
    {"pclmullqlqdq",  "xmm1, xmm2/m128",       "66 0F 3A 44 /r 00",           ""},
    {"pclmulhqlqdq",  "xmm1, xmm2/m128",       "66 0F 3A 44 /r 01",           ""},
    {"pclmullqhqdq",  "xmm1, xmm2/m128",       "66 0F 3A 44 /r 10",           ""},
    {"pclmulhqhqdq",  "xmm1, xmm2/m128",       "66 0F 3A 44 /r 11",           ""},
    {"sha1nexte",     "xmm1, xmm2/m128",       "NP 0F 38 C8 /r",              ""},
    {"sha1msg1",      "xmm1, xmm2/m128",       "NP 0F 38 C9 /r",              ""},
    {"sha1msg2",      "xmm1, xmm2/m128",       "NP 0F 38 CA /r",              ""},
    {"sha256msg1",    "xmm1, xmm2/m128",       "NP 0F 38 CC /r",              ""},
    {"sha256msg2",    "xmm1, xmm2/m128",       "NP 0F 38 CD /r",              ""},
    {"sha256rnds2",   "xmm1, xmm2/m128",       "NP 0F 38 CB /r",              ""},
    {"sha256rnds2",   "xmm1, xmm2/m128, XMM0", "NP 0F 38 CB /r",              ""},
    {"sha1rnds4",     "xmm1, xmm2/m128, imm8", "NP 0F 3A CC /r ib",           ""},

    /* ---- MMX (and the SSE/SSE2/SSSE3 additions to it) ---- */
    {"paddb",         "mm1, mm2/m64",          "NP 0F FC /r",                 ""},
    {"paddw",         "mm1, mm2/m64",          "NP 0F FD /r",                 ""},
    {"paddd",         "mm1, mm2/m64",          "NP 0F FE /r",                 ""},
    {"paddq",         "mm1, mm2/m64",          "NP 0F D4 /r",                 ""},
    {"paddsb",        "mm1, mm2/m64",          "NP 0F EC /r",                 ""},
    {"paddsw",        "mm1, mm2/m64",          "NP 0F ED /r",                 ""},
    {"paddusb",       "mm1, mm2/m64",          "NP 0F DC /r",                 ""},
    {"paddusw",       "mm1, mm2/m64",          "NP 0F DD /r",                 ""},
    {"psubb",         "mm1, mm2/m64",          "NP 0F F8 /r",                 ""},
    {"psubw",         "mm1, mm2/m64",          "NP 0F F9 /r",                 ""},
    {"psubd",         "mm1, mm2/m64",          "NP 0F FA /r",                 ""},
    {"psubq",         "mm1, mm2/m64",          "NP 0F FB /r",                 ""},
    {"psubsb",        "mm1, mm2/m64",          "NP 0F E8 /r",                 ""},
    {"psubsw",        "mm1, mm2/m64",          "NP 0F E9 /r",                 ""},
    {"psubusb",       "mm1, mm2/m64",          "NP 0F D8 /r",                 ""},
    {"psubusw",       "mm1, mm2/m64",          "NP 0F D9 /r",                 ""},
    {"pmullw",        "mm1, mm2/m64",          "NP 0F D5 /r",                 ""},
    {"pmulhw",        "mm1, mm2/m64",          "NP 0F E5 /r",                 ""},
    {"pmulhuw",       "mm1, mm2/m64",          "NP 0F E4 /r",                 ""},
    {"pmuludq",       "mm1, mm2/m64",          "NP 0F F4 /r",                 ""},
    {"pmaddwd",       "mm1, mm2/m64",          "NP 0F F5 /r",                 ""},
    {"pand",          "mm1, mm2/m64",          "NP 0F DB /r",                 ""},
    {"pandn",         "mm1, mm2/m64",          "NP 0F DF /r",                 ""},
    {"por",           "mm1, mm2/m64",          "NP 0F EB /r",                 ""},
    {"pxor",          "mm1, mm2/m64",          "NP 0F EF /r",                 ""},
    {"pcmpeqb",       "mm1, mm2/m64",          "NP 0F 74 /r",                 ""},
    {"pcmpeqw",       "mm1, mm2/m64",          "NP 0F 75 /r",                 ""},
    {"pcmpeqd",       "mm1, mm2/m64",          "NP 0F 76 /r",                 ""},
    {"pcmpgtb",       "mm1, mm2/m64",          "NP 0F 64 /r",                 ""},
    {"pcmpgtw",       "mm1, mm2/m64",          "NP 0F 65 /r",                 ""},
    {"pcmpgtd",       "mm1, mm2/m64",          "NP 0F 66 /r",                 ""},
    {"punpcklbw",     "mm1, mm2/m32",          "NP 0F 60 /r",                 ""},
    {"punpcklwd",     "mm1, mm2/m32",          "NP 0F 61 /r",                 ""},
    {"punpckldq",     "mm1, mm2/m32",          "NP 0F 62 /r",                 ""},
    {"packsswb",      "mm1, mm2/m64",          "NP 0F 63 /r",                 ""},
    {"packuswb",      "mm1, mm2/m64",          "NP 0F 67 /r",                 ""},
    {"punpckhbw",     "mm1, mm2/m64",          "NP 0F 68 /r",                 ""},
    {"punpckhwd",     "mm1, mm2/m64",          "NP 0F 69 /r",                 ""},
    {"punpckhdq",     "mm1, mm2/m64",          "NP 0F 6A /r",                 ""},
    {"packssdw",      "mm1, mm2/m64",          "NP 0F 6B /r",                 ""},
    {"pmaxub",        "mm1, mm2/m64",          "NP 0F DE /r",                 ""},
    {"pminub",        "mm1, mm2/m64",          "NP 0F DA /r",                 ""},
    {"pmaxsw",        "mm1, mm2/m64",          "NP 0F EE /r",                 ""},
    {"pminsw",        "mm1, mm2/m64",          "NP 0F EA /r",                 ""},
    {"pavgb",         "mm1, mm2/m64",          "NP 0F E0 /r",                 ""},
    {"pavgw",         "mm1, mm2/m64",          "NP 0F E3 /r",                 ""},
    {"psadbw",        "mm1, mm2/m64",          "NP 0F F6 /r",                 ""},
    {"psrlw",         "mm1, mm2/m64",          "NP 0F D1 /r",                 ""},
    {"psrlw",         "mm, imm8",              "NP 0F 71 /2 ib",              ""},
    {"psraw",         "mm1, mm2/m64",          "NP 0F E1 /r",                 ""},
    {"psraw",         "mm, imm8",              "NP 0F 71 /4 ib",              ""},
    {"psllw",         "mm1, mm2/m64",          "NP 0F F1 /r",                 ""},
    {"psllw",         "mm, imm8",              "NP 0F 71 /6 ib",              ""},
    {"psrld",         "mm1, mm2/m64",          "NP 0F D2 /r",                 ""},
    {"psrld",         "mm, imm8",              "NP 0F 72 /2 ib",              ""},
    {"psrad",         "mm1, mm2/m64",          "NP 0F E2 /r",                 ""},
    {"psrad",         "mm, imm8",              "NP 0F 72 /4 ib",              ""},
    {"pslld",         "mm1, mm2/m64",          "NP 0F F2 /r",                 ""},
    {"pslld",         "mm, imm8",              "NP 0F 72 /6 ib",              ""},
    {"psrlq",         "mm1, mm2/m64",          "NP 0F D3 /r",                 ""},
    {"psrlq",         "mm, imm8",              "NP 0F 73 /2 ib",              ""},
    {"psllq",         "mm1, mm2/m64",          "NP 0F F3 /r",                 ""},
    {"psllq",         "mm, imm8",              "NP 0F 73 /6 ib",              ""},
    {"movq",          "mm1, mm2/m64",          "NP 0F 6F /r",                 ""},
    {"movq",          "mm2/m64, mm1",          "NP 0F 7F /r",                 ""},
    {"movq",          "mm, r/m64",             "NP REX.W 0F 6E /r",           ""},
    {"movq",          "r/m64, mm",             "NP REX.W 0F 7E /r",           ""},
    {"movd",          "mm, r/m32",             "NP 0F 6E /r",                 ""},
    {"movd",          "r/m32, mm",             "NP 0F 7E /r",                 ""},
    {"movd",          "mm, r64",               "NP REX.W 0F 6E /r",           ""},
    {"movd",          "r64, mm",               "NP REX.W 0F 7E /r",           "openc:M,R"},
    {"emms",          "",                      "0F 77",                       ""},
    {"pshufw",        "mm1, mm2/m64, imm8",    "NP 0F 70 /r ib",              ""},
    {"pextrw",        "r32, mm, imm8",         "NP 0F C5 /r ib",              ""},
    {"pextrw",        "r64, mm, imm8",         "NP 0F C5 /r ib",              ""},
    {"pinsrw",        "mm, r32/m16, imm8",     "NP 0F C4 /r ib",              ""},
    {"pinsrw",        "mm, r64, imm8",         "NP 0F C4 /r ib",              ""},
    {"pmovmskb",      "r32, mm",               "NP 0F D7 /r",                 ""},
    {"pmovmskb",      "r64, mm",               "NP 0F D7 /r",                 ""},
    {"movntq",        "m64, mm",               "NP 0F E7 /r",                 ""},
    {"maskmovq",      "mm1, mm2",              "NP 0F F7 /r",                 ""},
    {"pshufb",        "mm1, mm2/m64",          "NP 0F 38 00 /r",              ""},
    {"phaddw",        "mm1, mm2/m64",          "NP 0F 38 01 /r",              ""},
    {"phaddd",        "mm1, mm2/m64",          "NP 0F 38 02 /r",              ""},
    {"phaddsw",       "mm1, mm2/m64",          "NP 0F 38 03 /r",              ""},
    {"pmaddubsw",     "mm1, mm2/m64",          "NP 0F 38 04 /r",              ""},
    {"phsubw",        "mm1, mm2/m64",          "NP 0F 38 05 /r",              ""},
    {"phsubd",        "mm1, mm2/m64",          "NP 0F 38 06 /r",              ""},
    {"phsubsw",       "mm1, mm2/m64",          "NP 0F 38 07 /r",              ""},
    {"psignb",        "mm1, mm2/m64",          "NP 0F 38 08 /r",              ""},
    {"psignw",        "mm1, mm2/m64",          "NP 0F 38 09 /r",              ""},
    {"psignd",        "mm1, mm2/m64",          "NP 0F 38 0A /r",              ""},
    {"pmulhrsw",      "mm1, mm2/m64",          "NP 0F 38 0B /r",              ""},
    {"pabsb",         "mm1, mm2/m64",          "NP 0F 38 1C /r",              ""},
    {"pabsw",         "mm1, mm2/m64",          "NP 0F 38 1D /r",              ""},
    {"pabsd",         "mm1, mm2/m64",          "NP 0F 38 1E /r",              ""},
    {"palignr",       "mm1, mm2/m64, imm8",    "NP 0F 3A 0F /r ib",           ""},
    /* ---- AVX/AVX2 (VEX) data movement ---- */
    {"vmovaps",       "xmm1, xmm2/m128",       "VEX.128.0F.WIG 28 /r",        ""},
    {"vmovaps",       "xmm2/m128, xmm1",       "VEX.128.0F.WIG 29 /r",        ""},
    {"vmovaps",       "ymm1, ymm2/m256",       "VEX.256.0F.WIG 28 /r",        ""},
    {"vmovaps",       "ymm2/m256, ymm1",       "VEX.256.0F.WIG 29 /r",        ""},
    {"vmovups",       "xmm1, xmm2/m128",       "VEX.128.0F.WIG 10 /r",        ""},
    {"vmovups",       "xmm2/m128, xmm1",       "VEX.128.0F.WIG 11 /r",        ""},
    {"vmovups",       "ymm1, ymm2/m256",       "VEX.256.0F.WIG 10 /r",        ""},
    {"vmovups",       "ymm2/m256, ymm1",       "VEX.256.0F.WIG 11 /r",        ""},
    {"vmovapd",       "xmm1, xmm2/m128",       "VEX.128.66.0F.WIG 28 /r",     ""},
    {"vmovapd",       "xmm2/m128, xmm1",       "VEX.128.66.0F.WIG 29 /r",     ""},
    {"vmovapd",       "ymm1, ymm2/m256",       "VEX.256.66.0F.WIG 28 /r",     ""},
    {"vmovapd",       "ymm2/m256, ymm1",       "VEX.256.66.0F.WIG 29 /r",     ""},
    {"vmovupd",       "xmm1, xmm2/m128",       "VEX.128.66.0F.WIG 10 /r",     ""},
    {"vmovupd",       "xmm2/m128, xmm1",       "VEX.128.66.0F.WIG 11 /r",     ""},
    {"vmovupd",       "ymm1, ymm2/m256",       "VEX.256.66.0F.WIG 10 /r",     ""},
    {"vmovupd",       "ymm2/m256, ymm1",       "VEX.256.66.0F.WIG 11 /r",     ""},
    {"vmovdqa",       "xmm1, xmm2/m128",       "VEX.128.66.0F.WIG 6F /r",     ""},
    {"vmovdqa",       "xmm2/m128, xmm1",       "VEX.128.66.0F.WIG 7F /r",     ""},
    {"vmovdqa",       "ymm1, ymm2/m256",       "VEX.256.66.0F.WIG 6F /r",     ""},
    {"vmovdqa",       "ymm2/m256, ymm1",       "VEX.256.66.0F.WIG 7F /r",     ""},
    {"vmovdqu",       "xmm1, xmm2/m128",       "VEX.128.F3.0F.WIG 6F /r",     ""},
    {"vmovdqu",       "xmm2/m128, xmm1",       "VEX.128.F3.0F.WIG 7F /r",     ""},
    {"vmovdqu",       "ymm1, ymm2/m256",       "VEX.256.F3.0F.WIG 6F /r",     ""},
    {"vmovdqu",       "ymm2/m256, ymm1",       "VEX.256.F3.0F.WIG 7F /r",     ""},
    {"vmovss",        "xmm1, xmm2, xmm3",      "VEX.LIG.F3.0F.WIG 10 /r",     ""},
    {"vmovss",        "xmm1, xmm2, xmm3",      "VEX.LIG.F3.0F.WIG 11 /r",     "openc:M,V,R"},
    {"vmovss",        "xmm1, m32",             "VEX.LIG.F3.0F.WIG 10 /r",     ""},
    {"vmovss",        "m32, xmm1",             "VEX.LIG.F3.0F.WIG 11 /r",     ""},
    {"vmovsd",        "xmm1, xmm2, xmm3",      "VEX.LIG.F2.0F.WIG 10 /r",     ""},
    {"vmovsd",        "xmm1, xmm2, xmm3",      "VEX.LIG.F2.0F.WIG 11 /r",     "openc:M,V,R"},
    {"vmovsd",        "xmm1, m64",             "VEX.LIG.F2.0F.WIG 10 /r",     ""},
    {"vmovsd",        "m64, xmm1",             "VEX.LIG.F2.0F.WIG 11 /r",     ""},
    {"vmovlps",       "xmm1, xmm2, m64",       "VEX.128.0F.WIG 12 /r",        ""},
    {"vmovlps",       "m64, xmm1",             "VEX.128.0F.WIG 13 /r",        ""},
    {"vmovhps",       "xmm1, xmm2, m64",       "VEX.128.0F.WIG 16 /r",        ""},
    {"vmovhps",       "m64, xmm1",             "VEX.128.0F.WIG 17 /r",        ""},
    {"vmovlpd",       "xmm1, xmm2, m64",       "VEX.128.66.0F.WIG 12 /r",     ""},
    {"vmovlpd",       "m64, xmm1",             "VEX.128.66.0F.WIG 13 /r",     ""},
    {"vmovhpd",       "xmm1, xmm2, m64",       "VEX.128.66.0F.WIG 16 /r",     ""},
    {"vmovhpd",       "m64, xmm1",             "VEX.128.66.0F.WIG 17 /r",     ""},
    {"vmovhlps",      "xmm1, xmm2, xmm3",      "VEX.128.0F.WIG 12 /r",        ""},
    {"vmovlhps",      "xmm1, xmm2, xmm3",      "VEX.128.0F.WIG 16 /r",        ""},
    {"vmovq",         "xmm1, xmm2/m64",        "VEX.128.F3.0F.WIG 7E /r",     ""},
    {"vmovq",         "xmm2/m64, xmm1",        "VEX.128.66.0F.WIG D6 /r",     ""},
    {"vmovq",         "xmm, r/m64",            "VEX.128.66.0F.W1 6E /r",      ""},
    {"vmovq",         "r/m64, xmm",            "VEX.128.66.0F.W1 7E /r",      ""},
    {"vmovd",         "xmm, r/m32",            "VEX.128.66.0F.W0 6E /r",      ""},
    {"vmovd",         "r/m32, xmm",            "VEX.128.66.0F.W0 7E /r",      ""},
    {"vmovmskps",     "r32, xmm",              "VEX.128.0F.WIG 50 /r",        ""},
    {"vmovmskps",     "r32, ymm",              "VEX.256.0F.WIG 50 /r",        ""},
    {"vmovmskps",     "r64, xmm",              "VEX.128.0F.WIG 50 /r",        ""},
    {"vmovmskps",     "r64, ymm",              "VEX.256.0F.WIG 50 /r",        ""},
    {"vmovmskpd",     "r32, xmm",              "VEX.128.66.0F.WIG 50 /r",     ""},
    {"vmovmskpd",     "r32, ymm",              "VEX.256.66.0F.WIG 50 /r",     ""},
    {"vmovmskpd",     "r64, xmm",              "VEX.128.66.0F.WIG 50 /r",     ""},
    {"vmovmskpd",     "r64, ymm",              "VEX.256.66.0F.WIG 50 /r",     ""},
    {"vpmovmskb",     "r32, xmm",              "VEX.128.66.0F.WIG D7 /r",     ""},
    {"vpmovmskb",     "r32, ymm",              "VEX.256.66.0F.WIG D7 /r",     ""},
    {"vpmovmskb",     "r64, xmm",              "VEX.128.66.0F.WIG D7 /r",     ""},
    {"vpmovmskb",     "r64, ymm",              "VEX.256.66.0F.WIG D7 /r",     ""},
    {"vmovntps",      "m128, xmm",             "VEX.128.0F.WIG 2B /r",        ""},
    {"vmovntps",      "m256, ymm",             "VEX.256.0F.WIG 2B /r",        ""},
    {"vmovntpd",      "m128, xmm",             "VEX.128.66.0F.WIG 2B /r",     ""},
    {"vmovntpd",      "m256, ymm",             "VEX.256.66.0F.WIG 2B /r",     ""},
    {"vmovntdq",      "m128, xmm",             "VEX.128.66.0F.WIG E7 /r",     ""},
    {"vmovntdq",      "m256, ymm",             "VEX.256.66.0F.WIG E7 /r",     ""},
    {"vmovntdqa",     "xmm, m128",             "VEX.128.66.0F38.WIG 2A /r",   ""},
    {"vmovntdqa",     "ymm, m256",             "VEX.256.66.0F38.WIG 2A /r",   ""},
    {"vlddqu",        "xmm, m128",             "VEX.128.F2.0F.WIG F0 /r",     ""},
    {"vlddqu",        "ymm, m256",             "VEX.256.F2.0F.WIG F0 /r",     ""},
    {"vmovddup",      "xmm1, xmm2/m64",        "VEX.128.F2.0F.WIG 12 /r",     ""},
    {"vmovddup",      "ymm1, ymm2/m256",       "VEX.256.F2.0F.WIG 12 /r",     ""},
    {"vmovshdup",     "xmm1, xmm2/m128",       "VEX.128.F3.0F.WIG 16 /r",     ""},
    {"vmovshdup",     "ymm1, ymm2/m256",       "VEX.256.F3.0F.WIG 16 /r",     ""},
    {"vmovsldup",     "xmm1, xmm2/m128",       "VEX.128.F3.0F.WIG 12 /r",     ""},
    {"vmovsldup",     "ymm1, ymm2/m256",       "VEX.256.F3.0F.WIG 12 /r",     ""},
    {"vzeroupper",    "",                      "VEX.128.0F.WIG 77",           ""},
    {"vzeroall",      "",                      "VEX.256.0F.WIG 77",           ""},
    {"vldmxcsr",      "m32",                   "VEX.LZ.0F.WIG AE /2",         ""},
    {"vstmxcsr",      "m32",                   "VEX.LZ.0F.WIG AE /3",         ""},
    {"vbroadcastss",  "xmm1, m32",             "VEX.128.66.0F38.W0 18 /r",    ""},
    {"vbroadcastss",  "ymm1, m32",             "VEX.256.66.0F38.W0 18 /r",    ""},
    {"vbroadcastss",  "xmm1, xmm2",            "VEX.128.66.0F38.W0 18 /r",    ""},
    {"vbroadcastss",  "ymm1, xmm2",            "VEX.256.66.0F38.W0 18 /r",    ""},
    {"vbroadcastsd",  "ymm1, xmm2/m64",        "VEX.256.66.0F38.W0 19 /r",    ""},
    {"vbroadcastf128", "ymm1, m128",            "VEX.256.66.0F38.W0 1A /r",    ""},
    {"vbroadcasti128", "ymm1, m128",            "VEX.256.66.0F38.W0 5A /r",    ""},
    {"vpbroadcastb",  "xmm1, xmm2/m8",         "VEX.128.66.0F38.W0 78 /r",    ""},
    {"vpbroadcastb",  "ymm1, xmm2/m8",         "VEX.256.66.0F38.W0 78 /r",    ""},
    {"vpbroadcastw",  "xmm1, xmm2/m16",        "VEX.128.66.0F38.W0 79 /r",    ""},
    {"vpbroadcastw",  "ymm1, xmm2/m16",        "VEX.256.66.0F38.W0 79 /r",    ""},
    {"vpbroadcastd",  "xmm1, xmm2/m32",        "VEX.128.66.0F38.W0 58 /r",    ""},
    {"vpbroadcastd",  "ymm1, xmm2/m32",        "VEX.256.66.0F38.W0 58 /r",    ""},
    {"vpbroadcastq",  "xmm1, xmm2/m64",        "VEX.128.66.0F38.W0 59 /r",    ""},
    {"vpbroadcastq",  "ymm1, xmm2/m64",        "VEX.256.66.0F38.W0 59 /r",    ""},
    {"vinsertf128",   "ymm1, ymm2, xmm3/m128, imm8", "VEX.256.66.0F3A.W0 18 /r ib", ""},
    {"vinserti128",   "ymm1, ymm2, xmm3/m128, imm8", "VEX.256.66.0F3A.W0 38 /r ib", ""},
    {"vextractf128",  "xmm1/m128, ymm2, imm8", "VEX.256.66.0F3A.W0 19 /r ib", ""},
    {"vextracti128",  "xmm1/m128, ymm2, imm8", "VEX.256.66.0F3A.W0 39 /r ib", ""},
    {"vperm2f128",    "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F3A.W0 06 /r ib", ""},
    {"vperm2i128",    "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F3A.W0 46 /r ib", ""},
    {"vpermq",        "ymm1, ymm2/m256, imm8", "VEX.256.66.0F3A.W1 00 /r ib", ""},
    {"vpermpd",       "ymm1, ymm2/m256, imm8", "VEX.256.66.0F3A.W1 01 /r ib", ""},
    {"vpermd",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 36 /r",    ""},
    {"vpermps",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 16 /r",    ""},
    {"vpermilps",     "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 0C /r",    ""},
    {"vpermilps",     "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 0C /r",    ""},
    {"vpermilpd",     "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 0D /r",    ""},
    {"vpermilpd",     "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 0D /r",    ""},
    {"vpermilps",     "xmm1, xmm2/m128, imm8", "VEX.128.66.0F3A.W0 04 /r ib", ""},
    {"vpermilps",     "ymm1, ymm2/m256, imm8", "VEX.256.66.0F3A.W0 04 /r ib", ""},
    {"vpermilpd",     "xmm1, xmm2/m128, imm8", "VEX.128.66.0F3A.W0 05 /r ib", ""},
    {"vpermilpd",     "ymm1, ymm2/m256, imm8", "VEX.256.66.0F3A.W0 05 /r ib", ""},
    {"vpblendd",      "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.66.0F3A.W0 02 /r ib", ""},
    {"vpblendd",      "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F3A.W0 02 /r ib", ""},
    {"vpsllvd",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 47 /r",    ""},
    {"vpsllvd",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 47 /r",    ""},
    {"vpsllvq",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 47 /r",    ""},
    {"vpsllvq",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 47 /r",    ""},
    {"vpsrlvd",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 45 /r",    ""},
    {"vpsrlvd",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 45 /r",    ""},
    {"vpsrlvq",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 45 /r",    ""},
    {"vpsrlvq",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 45 /r",    ""},
    {"vpsravd",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 46 /r",    ""},
    {"vpsravd",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 46 /r",    ""},
    {"vmaskmovps",    "xmm1, xmm2, m128",      "VEX.128.66.0F38.W0 2C /r",    ""},
    {"vmaskmovps",    "ymm1, ymm2, m256",      "VEX.256.66.0F38.W0 2C /r",    ""},
    {"vmaskmovpd",    "xmm1, xmm2, m128",      "VEX.128.66.0F38.W0 2D /r",    ""},
    {"vmaskmovpd",    "ymm1, ymm2, m256",      "VEX.256.66.0F38.W0 2D /r",    ""},
    {"vmaskmovps",    "m128, xmm1, xmm2",      "VEX.128.66.0F38.W0 2E /r",    "openc:M,V,R"},
    {"vmaskmovps",    "m256, ymm1, ymm2",      "VEX.256.66.0F38.W0 2E /r",    "openc:M,V,R"},
    {"vmaskmovpd",    "m128, xmm1, xmm2",      "VEX.128.66.0F38.W0 2F /r",    "openc:M,V,R"},
    {"vmaskmovpd",    "m256, ymm1, ymm2",      "VEX.256.66.0F38.W0 2F /r",    "openc:M,V,R"},
    {"vmaskmovdqu",   "xmm1, xmm2",            "VEX.128.66.0F.WIG F7 /r",     ""},
    {"vpmaskmovd",    "xmm1, xmm2, m128",      "VEX.128.66.0F38.W0 8C /r",    ""},
    {"vpmaskmovd",    "ymm1, ymm2, m256",      "VEX.256.66.0F38.W0 8C /r",    ""},
    {"vpmaskmovd",    "m128, xmm1, xmm2",      "VEX.128.66.0F38.W0 8E /r",    "openc:M,V,R"},
    {"vpmaskmovd",    "m256, ymm1, ymm2",      "VEX.256.66.0F38.W0 8E /r",    "openc:M,V,R"},
    {"vpmaskmovq",    "xmm1, xmm2, m128",      "VEX.128.66.0F38.W1 8C /r",    ""},
    {"vpmaskmovq",    "ymm1, ymm2, m256",      "VEX.256.66.0F38.W1 8C /r",    ""},
    {"vpmaskmovq",    "m128, xmm1, xmm2",      "VEX.128.66.0F38.W1 8E /r",    "openc:M,V,R"},
    {"vpmaskmovq",    "m256, ymm1, ymm2",      "VEX.256.66.0F38.W1 8E /r",    "openc:M,V,R"},

    /* ---- AVX floating point ---- */
    {"vaddps",        "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG 58 /r",        ""},
    {"vaddps",        "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG 58 /r",        ""},
    {"vaddpd",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 58 /r",     ""},
    {"vaddpd",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 58 /r",     ""},
    {"vaddss",        "xmm1, xmm2, xmm3/m32",  "VEX.LIG.F3.0F.WIG 58 /r",     ""},
    {"vaddsd",        "xmm1, xmm2, xmm3/m64",  "VEX.LIG.F2.0F.WIG 58 /r",     ""},
    {"vmulps",        "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG 59 /r",        ""},
    {"vmulps",        "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG 59 /r",        ""},
    {"vmulpd",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 59 /r",     ""},
    {"vmulpd",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 59 /r",     ""},
    {"vmulss",        "xmm1, xmm2, xmm3/m32",  "VEX.LIG.F3.0F.WIG 59 /r",     ""},
    {"vmulsd",        "xmm1, xmm2, xmm3/m64",  "VEX.LIG.F2.0F.WIG 59 /r",     ""},
    {"vsubps",        "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG 5C /r",        ""},
    {"vsubps",        "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG 5C /r",        ""},
    {"vsubpd",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 5C /r",     ""},
    {"vsubpd",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 5C /r",     ""},
    {"vsubss",        "xmm1, xmm2, xmm3/m32",  "VEX.LIG.F3.0F.WIG 5C /r",     ""},
    {"vsubsd",        "xmm1, xmm2, xmm3/m64",  "VEX.LIG.F2.0F.WIG 5C /r",     ""},
    {"vminps",        "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG 5D /r",        ""},
    {"vminps",        "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG 5D /r",        ""},
    {"vminpd",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 5D /r",     ""},
    {"vminpd",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 5D /r",     ""},
    {"vminss",        "xmm1, xmm2, xmm3/m32",  "VEX.LIG.F3.0F.WIG 5D /r",     ""},
    {"vminsd",        "xmm1, xmm2, xmm3/m64",  "VEX.LIG.F2.0F.WIG 5D /r",     ""},
    {"vdivps",        "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG 5E /r",        ""},
    {"vdivps",        "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG 5E /r",        ""},
    {"vdivpd",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 5E /r",     ""},
    {"vdivpd",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 5E /r",     ""},
    {"vdivss",        "xmm1, xmm2, xmm3/m32",  "VEX.LIG.F3.0F.WIG 5E /r",     ""},
    {"vdivsd",        "xmm1, xmm2, xmm3/m64",  "VEX.LIG.F2.0F.WIG 5E /r",     ""},
    {"vmaxps",        "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG 5F /r",        ""},
    {"vmaxps",        "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG 5F /r",        ""},
    {"vmaxpd",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 5F /r",     ""},
    {"vmaxpd",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 5F /r",     ""},
    {"vmaxss",        "xmm1, xmm2, xmm3/m32",  "VEX.LIG.F3.0F.WIG 5F /r",     ""},
    {"vmaxsd",        "xmm1, xmm2, xmm3/m64",  "VEX.LIG.F2.0F.WIG 5F /r",     ""},
    {"vsqrtss",       "xmm1, xmm2, xmm3/m32",  "VEX.LIG.F3.0F.WIG 51 /r",     ""},
    {"vsqrtsd",       "xmm1, xmm2, xmm3/m64",  "VEX.LIG.F2.0F.WIG 51 /r",     ""},
    {"vrsqrtss",      "xmm1, xmm2, xmm3/m32",  "VEX.LIG.F3.0F.WIG 52 /r",     ""},
    {"vrcpss",        "xmm1, xmm2, xmm3/m32",  "VEX.LIG.F3.0F.WIG 53 /r",     ""},
    {"vandps",        "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG 54 /r",        ""},
    {"vandps",        "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG 54 /r",        ""},
    {"vandpd",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 54 /r",     ""},
    {"vandpd",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 54 /r",     ""},
    {"vandnps",       "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG 55 /r",        ""},
    {"vandnps",       "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG 55 /r",        ""},
    {"vandnpd",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 55 /r",     ""},
    {"vandnpd",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 55 /r",     ""},
    {"vorps",         "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG 56 /r",        ""},
    {"vorps",         "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG 56 /r",        ""},
    {"vorpd",         "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 56 /r",     ""},
    {"vorpd",         "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 56 /r",     ""},
    {"vxorps",        "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG 57 /r",        ""},
    {"vxorps",        "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG 57 /r",        ""},
    {"vxorpd",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 57 /r",     ""},
    {"vxorpd",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 57 /r",     ""},
    {"vunpcklps",     "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG 14 /r",        ""},
    {"vunpcklps",     "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG 14 /r",        ""},
    {"vunpcklpd",     "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 14 /r",     ""},
    {"vunpcklpd",     "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 14 /r",     ""},
    {"vunpckhps",     "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG 15 /r",        ""},
    {"vunpckhps",     "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG 15 /r",        ""},
    {"vunpckhpd",     "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 15 /r",     ""},
    {"vunpckhpd",     "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 15 /r",     ""},
    {"vsqrtps",       "xmm1, xmm2/m128",       "VEX.128.0F.WIG 51 /r",        ""},
    {"vsqrtps",       "ymm1, ymm2/m256",       "VEX.256.0F.WIG 51 /r",        ""},
    {"vsqrtpd",       "xmm1, xmm2/m128",       "VEX.128.66.0F.WIG 51 /r",     ""},
    {"vsqrtpd",       "ymm1, ymm2/m256",       "VEX.256.66.0F.WIG 51 /r",     ""},
    {"vrsqrtps",      "xmm1, xmm2/m128",       "VEX.128.0F.WIG 52 /r",        ""},
    {"vrsqrtps",      "ymm1, ymm2/m256",       "VEX.256.0F.WIG 52 /r",        ""},
    {"vrcpps",        "xmm1, xmm2/m128",       "VEX.128.0F.WIG 53 /r",        ""},
    {"vrcpps",        "ymm1, ymm2/m256",       "VEX.256.0F.WIG 53 /r",        ""},
    {"vaddsubps",     "xmm1, xmm2, xmm3/m128", "VEX.128.F2.0F.WIG D0 /r",     ""},
    {"vaddsubps",     "ymm1, ymm2, ymm3/m256", "VEX.256.F2.0F.WIG D0 /r",     ""},
    {"vaddsubpd",     "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG D0 /r",     ""},
    {"vaddsubpd",     "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG D0 /r",     ""},
    {"vhaddps",       "xmm1, xmm2, xmm3/m128", "VEX.128.F2.0F.WIG 7C /r",     ""},
    {"vhaddps",       "ymm1, ymm2, ymm3/m256", "VEX.256.F2.0F.WIG 7C /r",     ""},
    {"vhaddpd",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 7C /r",     ""},
    {"vhaddpd",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 7C /r",     ""},
    {"vhsubps",       "xmm1, xmm2, xmm3/m128", "VEX.128.F2.0F.WIG 7D /r",     ""},
    {"vhsubps",       "ymm1, ymm2, ymm3/m256", "VEX.256.F2.0F.WIG 7D /r",     ""},
    {"vhsubpd",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 7D /r",     ""},
    {"vhsubpd",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 7D /r",     ""},
    {"vcmpps",        "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.0F.WIG C2 /r ib",     ""},
    {"vcmpps",        "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.0F.WIG C2 /r ib",     ""},
    {"vcmp*ps",       "xmm1, xmm2, xmm3/m128", "VEX.128.0F.WIG C2 /r ip",     ""},
    {"vcmp*ps",       "ymm1, ymm2, ymm3/m256", "VEX.256.0F.WIG C2 /r ip",     ""},
    {"vcmppd",        "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.66.0F.WIG C2 /r ib",  ""},
    {"vcmppd",        "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F.WIG C2 /r ib",  ""},
    {"vcmp*pd",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG C2 /r ip",  ""},
    {"vcmp*pd",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG C2 /r ip",  ""},
    {"vcmpss",        "xmm1, xmm2, xmm3/m32, imm8", "VEX.LIG.F3.0F.WIG C2 /r ib",  ""},
    {"vcmp*ss",       "xmm1, xmm2, xmm3/m32",  "VEX.LIG.F3.0F.WIG C2 /r ip",  ""},
    {"vcmpsd",        "xmm1, xmm2, xmm3/m64, imm8", "VEX.LIG.F2.0F.WIG C2 /r ib",  ""},
    {"vcmp*sd",       "xmm1, xmm2, xmm3/m64",  "VEX.LIG.F2.0F.WIG C2 /r ip",  ""},
    {"vcomiss",       "xmm1, xmm2/m32",        "VEX.LIG.0F.WIG 2F /r",        ""},
    {"vcomisd",       "xmm1, xmm2/m64",        "VEX.LIG.66.0F.WIG 2F /r",     ""},
    {"vucomiss",      "xmm1, xmm2/m32",        "VEX.LIG.0F.WIG 2E /r",        ""},
    {"vucomisd",      "xmm1, xmm2/m64",        "VEX.LIG.66.0F.WIG 2E /r",     ""},
    {"vshufps",       "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.0F.WIG C6 /r ib",     ""},
    {"vshufps",       "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.0F.WIG C6 /r ib",     ""},
    {"vshufpd",       "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.66.0F.WIG C6 /r ib",  ""},
    {"vshufpd",       "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F.WIG C6 /r ib",  ""},
    {"vroundps",      "xmm1, xmm2/m128, imm8", "VEX.128.66.0F3A.WIG 08 /r ib", ""},
    {"vroundps",      "ymm1, ymm2/m256, imm8", "VEX.256.66.0F3A.WIG 08 /r ib", ""},
    {"vroundpd",      "xmm1, xmm2/m128, imm8", "VEX.128.66.0F3A.WIG 09 /r ib", ""},
    {"vroundpd",      "ymm1, ymm2/m256, imm8", "VEX.256.66.0F3A.WIG 09 /r ib", ""},
    {"vroundss",      "xmm1, xmm2, xmm3/m32, imm8", "VEX.LIG.66.0F3A.WIG 0A /r ib", ""},
    {"vroundsd",      "xmm1, xmm2, xmm3/m64, imm8", "VEX.LIG.66.0F3A.WIG 0B /r ib", ""},
    {"vblendps",      "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.66.0F3A.WIG 0C /r ib", ""},
    {"vblendps",      "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F3A.WIG 0C /r ib", ""},
    {"vblendpd",      "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.66.0F3A.WIG 0D /r ib", ""},
    {"vblendpd",      "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F3A.WIG 0D /r ib", ""},
    {"vdpps",         "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.66.0F3A.WIG 40 /r ib", ""},
    {"vdpps",         "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F3A.WIG 40 /r ib", ""},
    {"vdppd",         "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.66.0F3A.WIG 41 /r ib", ""},
    {"vblendvps",     "xmm1, xmm2, xmm3/m128, xmm4", "VEX.128.66.0F3A.W0 4A /r /is4", ""},
    {"vblendvps",     "ymm1, ymm2, ymm3/m256, ymm4", "VEX.256.66.0F3A.W0 4A /r /is4", ""},
    {"vblendvpd",     "xmm1, xmm2, xmm3/m128, xmm4", "VEX.128.66.0F3A.W0 4B /r /is4", ""},
    {"vblendvpd",     "ymm1, ymm2, ymm3/m256, ymm4", "VEX.256.66.0F3A.W0 4B /r /is4", ""},
    {"vpblendvb",     "xmm1, xmm2, xmm3/m128, xmm4", "VEX.128.66.0F3A.W0 4C /r /is4", ""},
    {"vpblendvb",     "ymm1, ymm2, ymm3/m256, ymm4", "VEX.256.66.0F3A.W0 4C /r /is4", ""},
    {"vinsertps",     "xmm1, xmm2, xmm3/m32, imm8", "VEX.128.66.0F3A.WIG 21 /r ib", ""},
    {"vextractps",    "r/m32, xmm1, imm8",     "VEX.128.66.0F3A.WIG 17 /r ib", ""},
    {"vptest",        "xmm1, xmm2/m128",       "VEX.128.66.0F38.WIG 17 /r",   ""},
    {"vptest",        "ymm1, ymm2/m256",       "VEX.256.66.0F38.WIG 17 /r",   ""},
    {"vtestps",       "xmm1, xmm2/m128",       "VEX.128.66.0F38.W0 0E /r",    ""},
    {"vtestps",       "ymm1, ymm2/m256",       "VEX.256.66.0F38.W0 0E /r",    ""},
    {"vtestpd",       "xmm1, xmm2/m128",       "VEX.128.66.0F38.W0 0F /r",    ""},
    {"vtestpd",       "ymm1, ymm2/m256",       "VEX.256.66.0F38.W0 0F /r",    ""},

    /* ---- AVX conversions ---- */
    {"vcvtsi2ss/vcvtsi2ssd", "xmm1, xmm2, r/m32",     "VEX.LIG.F3.0F.W0 2A /r",      ""},
    {"vcvtsi2ss/vcvtsi2ssq", "xmm1, xmm2, r/m64",     "VEX.LIG.F3.0F.W1 2A /r",      ""},
    {"vcvttss2si/vcvttss2sid", "r32, xmm1/m32",         "VEX.LIG.F3.0F.W0 2C /r",      ""},
    {"vcvttss2si/vcvttss2siq", "r64, xmm1/m32",         "VEX.LIG.F3.0F.W1 2C /r",      ""},
    {"vcvtss2si/vcvtss2sid", "r32, xmm1/m32",         "VEX.LIG.F3.0F.W0 2D /r",      ""},
    {"vcvtss2si/vcvtss2siq", "r64, xmm1/m32",         "VEX.LIG.F3.0F.W1 2D /r",      ""},
    {"vcvtsi2sd/vcvtsi2sdd", "xmm1, xmm2, r/m32",     "VEX.LIG.F2.0F.W0 2A /r",      ""},
    {"vcvtsi2sd/vcvtsi2sdq", "xmm1, xmm2, r/m64",     "VEX.LIG.F2.0F.W1 2A /r",      ""},
    {"vcvttsd2si/vcvttsd2sid", "r32, xmm1/m64",         "VEX.LIG.F2.0F.W0 2C /r",      ""},
    {"vcvttsd2si/vcvttsd2siq", "r64, xmm1/m64",         "VEX.LIG.F2.0F.W1 2C /r",      ""},
    {"vcvtsd2si/vcvtsd2sid", "r32, xmm1/m64",         "VEX.LIG.F2.0F.W0 2D /r",      ""},
    {"vcvtsd2si/vcvtsd2siq", "r64, xmm1/m64",         "VEX.LIG.F2.0F.W1 2D /r",      ""},
    {"vcvtss2sd",     "xmm1, xmm2, xmm3/m32",  "VEX.LIG.F3.0F.WIG 5A /r",     ""},
    {"vcvtsd2ss",     "xmm1, xmm2, xmm3/m64",  "VEX.LIG.F2.0F.WIG 5A /r",     ""},
    {"vcvtps2pd",     "xmm1, xmm2/m64",        "VEX.128.0F.WIG 5A /r",        ""},
    {"vcvtps2pd",     "ymm1, xmm2/m128",       "VEX.256.0F.WIG 5A /r",        ""},
    {"vcvtdq2pd",     "xmm1, xmm2/m64",        "VEX.128.F3.0F.WIG E6 /r",     ""},
    {"vcvtdq2pd",     "ymm1, xmm2/m128",       "VEX.256.F3.0F.WIG E6 /r",     ""},
    {"vcvtdq2ps",     "xmm1, xmm2/m128",       "VEX.128.0F.WIG 5B /r",        ""},
    {"vcvtdq2ps",     "ymm1, ymm2/m256",       "VEX.256.0F.WIG 5B /r",        ""},
    {"vcvtps2dq",     "xmm1, xmm2/m128",       "VEX.128.66.0F.WIG 5B /r",     ""},
    {"vcvtps2dq",     "ymm1, ymm2/m256",       "VEX.256.66.0F.WIG 5B /r",     ""},
    {"vcvttps2dq",    "xmm1, xmm2/m128",       "VEX.128.F3.0F.WIG 5B /r",     ""},
    {"vcvttps2dq",    "ymm1, ymm2/m256",       "VEX.256.F3.0F.WIG 5B /r",     ""},
    {"vcvtpd2ps",     "xmm1, xmm2/m128",       "VEX.128.66.0F.WIG 5A /r",     ""},
    {"vcvtpd2ps",     "xmm1, ymm2/m256",       "VEX.256.66.0F.WIG 5A /r",     ""},
    {"vcvtpd2dq",     "xmm1, xmm2/m128",       "VEX.128.F2.0F.WIG E6 /r",     ""},
    {"vcvtpd2dq",     "xmm1, ymm2/m256",       "VEX.256.F2.0F.WIG E6 /r",     ""},
    {"vcvttpd2dq",    "xmm1, xmm2/m128",       "VEX.128.66.0F.WIG E6 /r",     ""},
    {"vcvttpd2dq",    "xmm1, ymm2/m256",       "VEX.256.66.0F.WIG E6 /r",     ""},
    {"vcvtph2ps",     "xmm1, xmm2/m64",        "VEX.128.66.0F38.W0 13 /r",    ""},
    {"vcvtph2ps",     "ymm1, xmm2/m128",       "VEX.256.66.0F38.W0 13 /r",    ""},
    {"vcvtps2ph",     "xmm1/m64, xmm2, imm8",  "VEX.128.66.0F3A.W0 1D /r ib", ""},
    {"vcvtps2ph",     "xmm1/m128, ymm2, imm8", "VEX.256.66.0F3A.W0 1D /r ib", ""},

    /* ---- AVX/AVX2 integer ---- */
    {"vpaddb",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG FC /r",     ""},
    {"vpaddb",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG FC /r",     ""},
    {"vpaddw",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG FD /r",     ""},
    {"vpaddw",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG FD /r",     ""},
    {"vpaddd",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG FE /r",     ""},
    {"vpaddd",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG FE /r",     ""},
    {"vpaddq",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG D4 /r",     ""},
    {"vpaddq",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG D4 /r",     ""},
    {"vpaddsb",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG EC /r",     ""},
    {"vpaddsb",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG EC /r",     ""},
    {"vpaddsw",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG ED /r",     ""},
    {"vpaddsw",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG ED /r",     ""},
    {"vpaddusb",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG DC /r",     ""},
    {"vpaddusb",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG DC /r",     ""},
    {"vpaddusw",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG DD /r",     ""},
    {"vpaddusw",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG DD /r",     ""},
    {"vpsubb",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG F8 /r",     ""},
    {"vpsubb",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG F8 /r",     ""},
    {"vpsubw",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG F9 /r",     ""},
    {"vpsubw",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG F9 /r",     ""},
    {"vpsubd",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG FA /r",     ""},
    {"vpsubd",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG FA /r",     ""},
    {"vpsubq",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG FB /r",     ""},
    {"vpsubq",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG FB /r",     ""},
    {"vpsubsb",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG E8 /r",     ""},
    {"vpsubsb",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG E8 /r",     ""},
    {"vpsubsw",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG E9 /r",     ""},
    {"vpsubsw",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG E9 /r",     ""},
    {"vpsubusb",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG D8 /r",     ""},
    {"vpsubusb",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG D8 /r",     ""},
    {"vpsubusw",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG D9 /r",     ""},
    {"vpsubusw",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG D9 /r",     ""},
    {"vpmullw",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG D5 /r",     ""},
    {"vpmullw",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG D5 /r",     ""},
    {"vpmulhw",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG E5 /r",     ""},
    {"vpmulhw",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG E5 /r",     ""},
    {"vpmulhuw",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG E4 /r",     ""},
    {"vpmulhuw",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG E4 /r",     ""},
    {"vpmuludq",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG F4 /r",     ""},
    {"vpmuludq",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG F4 /r",     ""},
    {"vpmaddwd",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG F5 /r",     ""},
    {"vpmaddwd",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG F5 /r",     ""},
    {"vpand",         "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG DB /r",     ""},
    {"vpand",         "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG DB /r",     ""},
    {"vpandn",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG DF /r",     ""},
    {"vpandn",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG DF /r",     ""},
    {"vpor",          "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG EB /r",     ""},
    {"vpor",          "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG EB /r",     ""},
    {"vpxor",         "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG EF /r",     ""},
    {"vpxor",         "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG EF /r",     ""},
    {"vpcmpeqb",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 74 /r",     ""},
    {"vpcmpeqb",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 74 /r",     ""},
    {"vpcmpeqw",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 75 /r",     ""},
    {"vpcmpeqw",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 75 /r",     ""},
    {"vpcmpeqd",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 76 /r",     ""},
    {"vpcmpeqd",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 76 /r",     ""},
    {"vpcmpgtb",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 64 /r",     ""},
    {"vpcmpgtb",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 64 /r",     ""},
    {"vpcmpgtw",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 65 /r",     ""},
    {"vpcmpgtw",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 65 /r",     ""},
    {"vpcmpgtd",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 66 /r",     ""},
    {"vpcmpgtd",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 66 /r",     ""},
    {"vpunpcklbw",    "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 60 /r",     ""},
    {"vpunpcklbw",    "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 60 /r",     ""},
    {"vpunpcklwd",    "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 61 /r",     ""},
    {"vpunpcklwd",    "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 61 /r",     ""},
    {"vpunpckldq",    "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 62 /r",     ""},
    {"vpunpckldq",    "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 62 /r",     ""},
    {"vpacksswb",     "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 63 /r",     ""},
    {"vpacksswb",     "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 63 /r",     ""},
    {"vpackuswb",     "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 67 /r",     ""},
    {"vpackuswb",     "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 67 /r",     ""},
    {"vpunpckhbw",    "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 68 /r",     ""},
    {"vpunpckhbw",    "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 68 /r",     ""},
    {"vpunpckhwd",    "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 69 /r",     ""},
    {"vpunpckhwd",    "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 69 /r",     ""},
    {"vpunpckhdq",    "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 6A /r",     ""},
    {"vpunpckhdq",    "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 6A /r",     ""},
    {"vpackssdw",     "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 6B /r",     ""},
    {"vpackssdw",     "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 6B /r",     ""},
    {"vpunpcklqdq",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 6C /r",     ""},
    {"vpunpcklqdq",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 6C /r",     ""},
    {"vpunpckhqdq",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG 6D /r",     ""},
    {"vpunpckhqdq",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG 6D /r",     ""},
    {"vpmaxub",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG DE /r",     ""},
    {"vpmaxub",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG DE /r",     ""},
    {"vpminub",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG DA /r",     ""},
    {"vpminub",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG DA /r",     ""},
    {"vpmaxsw",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG EE /r",     ""},
    {"vpmaxsw",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG EE /r",     ""},
    {"vpminsw",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG EA /r",     ""},
    {"vpminsw",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG EA /r",     ""},
    {"vpavgb",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG E0 /r",     ""},
    {"vpavgb",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG E0 /r",     ""},
    {"vpavgw",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG E3 /r",     ""},
    {"vpavgw",        "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG E3 /r",     ""},
    {"vpsadbw",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG F6 /r",     ""},
    {"vpsadbw",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F.WIG F6 /r",     ""},
    {"vpshufb",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 00 /r",   ""},
    {"vpshufb",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 00 /r",   ""},
    {"vphaddw",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 01 /r",   ""},
    {"vphaddw",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 01 /r",   ""},
    {"vphaddd",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 02 /r",   ""},
    {"vphaddd",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 02 /r",   ""},
    {"vphaddsw",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 03 /r",   ""},
    {"vphaddsw",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 03 /r",   ""},
    {"vpmaddubsw",    "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 04 /r",   ""},
    {"vpmaddubsw",    "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 04 /r",   ""},
    {"vphsubw",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 05 /r",   ""},
    {"vphsubw",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 05 /r",   ""},
    {"vphsubd",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 06 /r",   ""},
    {"vphsubd",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 06 /r",   ""},
    {"vphsubsw",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 07 /r",   ""},
    {"vphsubsw",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 07 /r",   ""},
    {"vpsignb",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 08 /r",   ""},
    {"vpsignb",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 08 /r",   ""},
    {"vpsignw",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 09 /r",   ""},
    {"vpsignw",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 09 /r",   ""},
    {"vpsignd",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 0A /r",   ""},
    {"vpsignd",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 0A /r",   ""},
    {"vpmulhrsw",     "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 0B /r",   ""},
    {"vpmulhrsw",     "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 0B /r",   ""},
    {"vpmuldq",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 28 /r",   ""},
    {"vpmuldq",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 28 /r",   ""},
    {"vpcmpeqq",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 29 /r",   ""},
    {"vpcmpeqq",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 29 /r",   ""},
    {"vpackusdw",     "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 2B /r",   ""},
    {"vpackusdw",     "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 2B /r",   ""},
    {"vpcmpgtq",      "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 37 /r",   ""},
    {"vpcmpgtq",      "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 37 /r",   ""},
    {"vpminsb",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 38 /r",   ""},
    {"vpminsb",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 38 /r",   ""},
    {"vpminsd",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 39 /r",   ""},
    {"vpminsd",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 39 /r",   ""},
    {"vpminuw",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 3A /r",   ""},
    {"vpminuw",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 3A /r",   ""},
    {"vpminud",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 3B /r",   ""},
    {"vpminud",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 3B /r",   ""},
    {"vpmaxsb",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 3C /r",   ""},
    {"vpmaxsb",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 3C /r",   ""},
    {"vpmaxsd",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 3D /r",   ""},
    {"vpmaxsd",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 3D /r",   ""},
    {"vpmaxuw",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 3E /r",   ""},
    {"vpmaxuw",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 3E /r",   ""},
    {"vpmaxud",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 3F /r",   ""},
    {"vpmaxud",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 3F /r",   ""},
    {"vpmulld",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG 40 /r",   ""},
    {"vpmulld",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG 40 /r",   ""},
    {"vpabsb",        "xmm1, xmm2/m128",       "VEX.128.66.0F38.WIG 1C /r",   ""},
    {"vpabsb",        "ymm1, ymm2/m256",       "VEX.256.66.0F38.WIG 1C /r",   ""},
    {"vpabsw",        "xmm1, xmm2/m128",       "VEX.128.66.0F38.WIG 1D /r",   ""},
    {"vpabsw",        "ymm1, ymm2/m256",       "VEX.256.66.0F38.WIG 1D /r",   ""},
    {"vpabsd",        "xmm1, xmm2/m128",       "VEX.128.66.0F38.WIG 1E /r",   ""},
    {"vpabsd",        "ymm1, ymm2/m256",       "VEX.256.66.0F38.WIG 1E /r",   ""},
    {"vphminposuw",   "xmm1, xmm2/m128",       "VEX.128.66.0F38.WIG 41 /r",   ""},
    {"vpsrlw",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG D1 /r",     ""},
    {"vpsrlw",        "ymm1, ymm2, xmm3/m128", "VEX.256.66.0F.WIG D1 /r",     ""},
    {"vpsrlw",        "xmm1, xmm2, imm8",      "VEX.128.66.0F.WIG 71 /2 ib",  ""},
    {"vpsrlw",        "ymm1, ymm2, imm8",      "VEX.256.66.0F.WIG 71 /2 ib",  ""},
    {"vpsraw",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG E1 /r",     ""},
    {"vpsraw",        "ymm1, ymm2, xmm3/m128", "VEX.256.66.0F.WIG E1 /r",     ""},
    {"vpsraw",        "xmm1, xmm2, imm8",      "VEX.128.66.0F.WIG 71 /4 ib",  ""},
    {"vpsraw",        "ymm1, ymm2, imm8",      "VEX.256.66.0F.WIG 71 /4 ib",  ""},
    {"vpsllw",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG F1 /r",     ""},
    {"vpsllw",        "ymm1, ymm2, xmm3/m128", "VEX.256.66.0F.WIG F1 /r",     ""},
    {"vpsllw",        "xmm1, xmm2, imm8",      "VEX.128.66.0F.WIG 71 /6 ib",  ""},
    {"vpsllw",        "ymm1, ymm2, imm8",      "VEX.256.66.0F.WIG 71 /6 ib",  ""},
    {"vpsrld",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG D2 /r",     ""},
    {"vpsrld",        "ymm1, ymm2, xmm3/m128", "VEX.256.66.0F.WIG D2 /r",     ""},
    {"vpsrld",        "xmm1, xmm2, imm8",      "VEX.128.66.0F.WIG 72 /2 ib",  ""},
    {"vpsrld",        "ymm1, ymm2, imm8",      "VEX.256.66.0F.WIG 72 /2 ib",  ""},
    {"vpsrad",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG E2 /r",     ""},
    {"vpsrad",        "ymm1, ymm2, xmm3/m128", "VEX.256.66.0F.WIG E2 /r",     ""},
    {"vpsrad",        "xmm1, xmm2, imm8",      "VEX.128.66.0F.WIG 72 /4 ib",  ""},
    {"vpsrad",        "ymm1, ymm2, imm8",      "VEX.256.66.0F.WIG 72 /4 ib",  ""},
    {"vpslld",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG F2 /r",     ""},
    {"vpslld",        "ymm1, ymm2, xmm3/m128", "VEX.256.66.0F.WIG F2 /r",     ""},
    {"vpslld",        "xmm1, xmm2, imm8",      "VEX.128.66.0F.WIG 72 /6 ib",  ""},
    {"vpslld",        "ymm1, ymm2, imm8",      "VEX.256.66.0F.WIG 72 /6 ib",  ""},
    {"vpsrlq",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG D3 /r",     ""},
    {"vpsrlq",        "ymm1, ymm2, xmm3/m128", "VEX.256.66.0F.WIG D3 /r",     ""},
    {"vpsrlq",        "xmm1, xmm2, imm8",      "VEX.128.66.0F.WIG 73 /2 ib",  ""},
    {"vpsrlq",        "ymm1, ymm2, imm8",      "VEX.256.66.0F.WIG 73 /2 ib",  ""},
    {"vpsllq",        "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F.WIG F3 /r",     ""},
    {"vpsllq",        "ymm1, ymm2, xmm3/m128", "VEX.256.66.0F.WIG F3 /r",     ""},
    {"vpsllq",        "xmm1, xmm2, imm8",      "VEX.128.66.0F.WIG 73 /6 ib",  ""},
    {"vpsllq",        "ymm1, ymm2, imm8",      "VEX.256.66.0F.WIG 73 /6 ib",  ""},
    {"vpsrldq",       "xmm1, xmm2, imm8",      "VEX.128.66.0F.WIG 73 /3 ib",  ""},
    {"vpsrldq",       "ymm1, ymm2, imm8",      "VEX.256.66.0F.WIG 73 /3 ib",  ""},
    {"vpslldq",       "xmm1, xmm2, imm8",      "VEX.128.66.0F.WIG 73 /7 ib",  ""},
    {"vpslldq",       "ymm1, ymm2, imm8",      "VEX.256.66.0F.WIG 73 /7 ib",  ""},
    {"vpshufd",       "xmm1, xmm2/m128, imm8", "VEX.128.66.0F.WIG 70 /r ib",  ""},
    {"vpshufd",       "ymm1, ymm2/m256, imm8", "VEX.256.66.0F.WIG 70 /r ib",  ""},
    {"vpshufhw",      "xmm1, xmm2/m128, imm8", "VEX.128.F3.0F.WIG 70 /r ib",  ""},
    {"vpshufhw",      "ymm1, ymm2/m256, imm8", "VEX.256.F3.0F.WIG 70 /r ib",  ""},
    {"vpshuflw",      "xmm1, xmm2/m128, imm8", "VEX.128.F2.0F.WIG 70 /r ib",  ""},
    {"vpshuflw",      "ymm1, ymm2/m256, imm8", "VEX.256.F2.0F.WIG 70 /r ib",  ""},
    {"vpalignr",      "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.66.0F3A.WIG 0F /r ib", ""},
    {"vpalignr",      "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F3A.WIG 0F /r ib", ""},
    {"vpblendw",      "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.66.0F3A.WIG 0E /r ib", ""},
    {"vpblendw",      "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F3A.WIG 0E /r ib", ""},
    {"vmpsadbw",      "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.66.0F3A.WIG 42 /r ib", ""},
    {"vmpsadbw",      "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F3A.WIG 42 /r ib", ""},
    {"vpmovsxbw",     "xmm1, xmm2/m64",        "VEX.128.66.0F38.WIG 20 /r",   ""},
    {"vpmovsxbw",     "ymm1, xmm2/m128",       "VEX.256.66.0F38.WIG 20 /r",   ""},
    {"vpmovzxbw",     "xmm1, xmm2/m64",        "VEX.128.66.0F38.WIG 30 /r",   ""},
    {"vpmovzxbw",     "ymm1, xmm2/m128",       "VEX.256.66.0F38.WIG 30 /r",   ""},
    {"vpmovsxbd",     "xmm1, xmm2/m32",        "VEX.128.66.0F38.WIG 21 /r",   ""},
    {"vpmovsxbd",     "ymm1, xmm2/m64",        "VEX.256.66.0F38.WIG 21 /r",   ""},
    {"vpmovzxbd",     "xmm1, xmm2/m32",        "VEX.128.66.0F38.WIG 31 /r",   ""},
    {"vpmovzxbd",     "ymm1, xmm2/m64",        "VEX.256.66.0F38.WIG 31 /r",   ""},
    {"vpmovsxbq",     "xmm1, xmm2/m16",        "VEX.128.66.0F38.WIG 22 /r",   ""},
    {"vpmovsxbq",     "ymm1, xmm2/m32",        "VEX.256.66.0F38.WIG 22 /r",   ""},
    {"vpmovzxbq",     "xmm1, xmm2/m16",        "VEX.128.66.0F38.WIG 32 /r",   ""},
    {"vpmovzxbq",     "ymm1, xmm2/m32",        "VEX.256.66.0F38.WIG 32 /r",   ""},
    {"vpmovsxwd",     "xmm1, xmm2/m64",        "VEX.128.66.0F38.WIG 23 /r",   ""},
    {"vpmovsxwd",     "ymm1, xmm2/m128",       "VEX.256.66.0F38.WIG 23 /r",   ""},
    {"vpmovzxwd",     "xmm1, xmm2/m64",        "VEX.128.66.0F38.WIG 33 /r",   ""},
    {"vpmovzxwd",     "ymm1, xmm2/m128",       "VEX.256.66.0F38.WIG 33 /r",   ""},
    {"vpmovsxwq",     "xmm1, xmm2/m32",        "VEX.128.66.0F38.WIG 24 /r",   ""},
    {"vpmovsxwq",     "ymm1, xmm2/m64",        "VEX.256.66.0F38.WIG 24 /r",   ""},
    {"vpmovzxwq",     "xmm1, xmm2/m32",        "VEX.128.66.0F38.WIG 34 /r",   ""},
    {"vpmovzxwq",     "ymm1, xmm2/m64",        "VEX.256.66.0F38.WIG 34 /r",   ""},
    {"vpmovsxdq",     "xmm1, xmm2/m64",        "VEX.128.66.0F38.WIG 25 /r",   ""},
    {"vpmovsxdq",     "ymm1, xmm2/m128",       "VEX.256.66.0F38.WIG 25 /r",   ""},
    {"vpmovzxdq",     "xmm1, xmm2/m64",        "VEX.128.66.0F38.WIG 35 /r",   ""},
    {"vpmovzxdq",     "ymm1, xmm2/m128",       "VEX.256.66.0F38.WIG 35 /r",   ""},
    {"vpextrb",       "r32/m8, xmm1, imm8",    "VEX.128.66.0F3A.W0 14 /r ib", ""},
    {"vpextrw",       "r32, xmm1, imm8",       "VEX.128.66.0F.W0 C5 /r ib",   ""},
    {"vpextrw",       "r32/m16, xmm1, imm8",   "VEX.128.66.0F3A.W0 15 /r ib", ""},
    {"vpextrd",       "r/m32, xmm1, imm8",     "VEX.128.66.0F3A.W0 16 /r ib", ""},
    {"vpextrq",       "r/m64, xmm1, imm8",     "VEX.128.66.0F3A.W1 16 /r ib", ""},
    {"vpinsrb",       "xmm1, xmm2, r32/m8, imm8", "VEX.128.66.0F3A.W0 20 /r ib", ""},
    {"vpinsrw",       "xmm1, xmm2, r32/m16, imm8", "VEX.128.66.0F.W0 C4 /r ib",   ""},
    {"vpinsrd",       "xmm1, xmm2, r/m32, imm8", "VEX.128.66.0F3A.W0 22 /r ib", ""},
    {"vpinsrq",       "xmm1, xmm2, r/m64, imm8", "VEX.128.66.0F3A.W1 22 /r ib", ""},
    {"vpcmpestrm",    "xmm1, xmm2/m128, imm8", "VEX.128.66.0F3A.WIG 60 /r ib", ""},
    {"vpcmpestri",    "xmm1, xmm2/m128, imm8", "VEX.128.66.0F3A.WIG 61 /r ib", ""},
    {"vpcmpistrm",    "xmm1, xmm2/m128, imm8", "VEX.128.66.0F3A.WIG 62 /r ib", ""},
    {"vpcmpistri",    "xmm1, xmm2/m128, imm8", "VEX.128.66.0F3A.WIG 63 /r ib", ""},

    /* ---- VEX AES, PCLMULQDQ (VAES/VPCLMULQDQ: ymm) ---- */
    {"vaesenc",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG DC /r",   ""},
    {"vaesenc",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG DC /r",   ""},
    {"vaesenclast",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG DD /r",   ""},
    {"vaesenclast",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG DD /r",   ""},
    {"vaesdec",       "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG DE /r",   ""},
    {"vaesdec",       "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG DE /r",   ""},
    {"vaesdeclast",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.WIG DF /r",   ""},
    {"vaesdeclast",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.WIG DF /r",   ""},
    {"vaesimc",       "xmm1, xmm2/m128",       "VEX.128.66.0F38.WIG DB /r",   ""},
    {"vaeskeygenassist", "xmm1, xmm2/m128, imm8", "VEX.128.66.0F3A.WIG DF /r ib", ""},
    {"vpclmulqdq",    "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.66.0F3A.WIG 44 /r ib", ""},
    {"vpclmulqdq",    "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F3A.WIG 44 /r ib", ""},
    {"vpclmullqlqdq", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F3A.WIG 44 /r 00", ""},
    {"vpclmullqlqdq", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F3A.WIG 44 /r 00", ""},
    {"vpclmulhqlqdq", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F3A.WIG 44 /r 01", ""},
    {"vpclmulhqlqdq", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F3A.WIG 44 /r 01", ""},
    {"vpclmullqhqdq", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F3A.WIG 44 /r 10", ""},
    {"vpclmullqhqdq", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F3A.WIG 44 /r 10", ""},
    {"vpclmulhqhqdq", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F3A.WIG 44 /r 11", ""},
    {"vpclmulhqhqdq", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F3A.WIG 44 /r 11", ""},

    /* ---- FMA ---- */
    {"vfmadd132ps",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 98 /r",    ""},
    {"vfmadd132ps",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 98 /r",    ""},
    {"vfmadd132pd",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 98 /r",    ""},
    {"vfmadd132pd",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 98 /r",    ""},
    {"vfmadd132ss",   "xmm1, xmm2, xmm3/m32",  "VEX.LIG.66.0F38.W0 99 /r",    ""},
    {"vfmadd132sd",   "xmm1, xmm2, xmm3/m64",  "VEX.LIG.66.0F38.W1 99 /r",    ""},
    {"vfmadd213ps",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 A8 /r",    ""},
    {"vfmadd213ps",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 A8 /r",    ""},
    {"vfmadd213pd",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 A8 /r",    ""},
    {"vfmadd213pd",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 A8 /r",    ""},
    {"vfmadd213ss",   "xmm1, xmm2, xmm3/m32",  "VEX.LIG.66.0F38.W0 A9 /r",    ""},
    {"vfmadd213sd",   "xmm1, xmm2, xmm3/m64",  "VEX.LIG.66.0F38.W1 A9 /r",    ""},
    {"vfmadd231ps",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 B8 /r",    ""},
    {"vfmadd231ps",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 B8 /r",    ""},
    {"vfmadd231pd",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 B8 /r",    ""},
    {"vfmadd231pd",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 B8 /r",    ""},
    {"vfmadd231ss",   "xmm1, xmm2, xmm3/m32",  "VEX.LIG.66.0F38.W0 B9 /r",    ""},
    {"vfmadd231sd",   "xmm1, xmm2, xmm3/m64",  "VEX.LIG.66.0F38.W1 B9 /r",    ""},
    {"vfmsub132ps",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 9A /r",    ""},
    {"vfmsub132ps",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 9A /r",    ""},
    {"vfmsub132pd",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 9A /r",    ""},
    {"vfmsub132pd",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 9A /r",    ""},
    {"vfmsub132ss",   "xmm1, xmm2, xmm3/m32",  "VEX.LIG.66.0F38.W0 9B /r",    ""},
    {"vfmsub132sd",   "xmm1, xmm2, xmm3/m64",  "VEX.LIG.66.0F38.W1 9B /r",    ""},
    {"vfmsub213ps",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 AA /r",    ""},
    {"vfmsub213ps",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 AA /r",    ""},
    {"vfmsub213pd",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 AA /r",    ""},
    {"vfmsub213pd",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 AA /r",    ""},
    {"vfmsub213ss",   "xmm1, xmm2, xmm3/m32",  "VEX.LIG.66.0F38.W0 AB /r",    ""},
    {"vfmsub213sd",   "xmm1, xmm2, xmm3/m64",  "VEX.LIG.66.0F38.W1 AB /r",    ""},
    {"vfmsub231ps",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 BA /r",    ""},
    {"vfmsub231ps",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 BA /r",    ""},
    {"vfmsub231pd",   "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 BA /r",    ""},
    {"vfmsub231pd",   "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 BA /r",    ""},
    {"vfmsub231ss",   "xmm1, xmm2, xmm3/m32",  "VEX.LIG.66.0F38.W0 BB /r",    ""},
    {"vfmsub231sd",   "xmm1, xmm2, xmm3/m64",  "VEX.LIG.66.0F38.W1 BB /r",    ""},
    {"vfnmadd132ps",  "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 9C /r",    ""},
    {"vfnmadd132ps",  "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 9C /r",    ""},
    {"vfnmadd132pd",  "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 9C /r",    ""},
    {"vfnmadd132pd",  "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 9C /r",    ""},
    {"vfnmadd132ss",  "xmm1, xmm2, xmm3/m32",  "VEX.LIG.66.0F38.W0 9D /r",    ""},
    {"vfnmadd132sd",  "xmm1, xmm2, xmm3/m64",  "VEX.LIG.66.0F38.W1 9D /r",    ""},
    {"vfnmadd213ps",  "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 AC /r",    ""},
    {"vfnmadd213ps",  "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 AC /r",    ""},
    {"vfnmadd213pd",  "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 AC /r",    ""},
    {"vfnmadd213pd",  "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 AC /r",    ""},
    {"vfnmadd213ss",  "xmm1, xmm2, xmm3/m32",  "VEX.LIG.66.0F38.W0 AD /r",    ""},
    {"vfnmadd213sd",  "xmm1, xmm2, xmm3/m64",  "VEX.LIG.66.0F38.W1 AD /r",    ""},
    {"vfnmadd231ps",  "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 BC /r",    ""},
    {"vfnmadd231ps",  "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 BC /r",    ""},
    {"vfnmadd231pd",  "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 BC /r",    ""},
    {"vfnmadd231pd",  "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 BC /r",    ""},
    {"vfnmadd231ss",  "xmm1, xmm2, xmm3/m32",  "VEX.LIG.66.0F38.W0 BD /r",    ""},
    {"vfnmadd231sd",  "xmm1, xmm2, xmm3/m64",  "VEX.LIG.66.0F38.W1 BD /r",    ""},
    {"vfnmsub132ps",  "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 9E /r",    ""},
    {"vfnmsub132ps",  "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 9E /r",    ""},
    {"vfnmsub132pd",  "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 9E /r",    ""},
    {"vfnmsub132pd",  "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 9E /r",    ""},
    {"vfnmsub132ss",  "xmm1, xmm2, xmm3/m32",  "VEX.LIG.66.0F38.W0 9F /r",    ""},
    {"vfnmsub132sd",  "xmm1, xmm2, xmm3/m64",  "VEX.LIG.66.0F38.W1 9F /r",    ""},
    {"vfnmsub213ps",  "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 AE /r",    ""},
    {"vfnmsub213ps",  "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 AE /r",    ""},
    {"vfnmsub213pd",  "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 AE /r",    ""},
    {"vfnmsub213pd",  "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 AE /r",    ""},
    {"vfnmsub213ss",  "xmm1, xmm2, xmm3/m32",  "VEX.LIG.66.0F38.W0 AF /r",    ""},
    {"vfnmsub213sd",  "xmm1, xmm2, xmm3/m64",  "VEX.LIG.66.0F38.W1 AF /r",    ""},
    {"vfnmsub231ps",  "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 BE /r",    ""},
    {"vfnmsub231ps",  "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 BE /r",    ""},
    {"vfnmsub231pd",  "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 BE /r",    ""},
    {"vfnmsub231pd",  "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 BE /r",    ""},
    {"vfnmsub231ss",  "xmm1, xmm2, xmm3/m32",  "VEX.LIG.66.0F38.W0 BF /r",    ""},
    {"vfnmsub231sd",  "xmm1, xmm2, xmm3/m64",  "VEX.LIG.66.0F38.W1 BF /r",    ""},
    {"vfmaddsub132ps", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 96 /r",    ""},
    {"vfmaddsub132ps", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 96 /r",    ""},
    {"vfmaddsub132pd", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 96 /r",    ""},
    {"vfmaddsub132pd", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 96 /r",    ""},
    {"vfmaddsub213ps", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 A6 /r",    ""},
    {"vfmaddsub213ps", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 A6 /r",    ""},
    {"vfmaddsub213pd", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 A6 /r",    ""},
    {"vfmaddsub213pd", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 A6 /r",    ""},
    {"vfmaddsub231ps", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 B6 /r",    ""},
    {"vfmaddsub231ps", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 B6 /r",    ""},
    {"vfmaddsub231pd", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 B6 /r",    ""},
    {"vfmaddsub231pd", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 B6 /r",    ""},
    {"vfmsubadd132ps", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 97 /r",    ""},
    {"vfmsubadd132ps", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 97 /r",    ""},
    {"vfmsubadd132pd", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 97 /r",    ""},
    {"vfmsubadd132pd", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 97 /r",    ""},
    {"vfmsubadd213ps", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 A7 /r",    ""},
    {"vfmsubadd213ps", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 A7 /r",    ""},
    {"vfmsubadd213pd", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 A7 /r",    ""},
    {"vfmsubadd213pd", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 A7 /r",    ""},
    {"vfmsubadd231ps", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W0 B7 /r",    ""},
    {"vfmsubadd231ps", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W0 B7 /r",    ""},
    {"vfmsubadd231pd", "xmm1, xmm2, xmm3/m128", "VEX.128.66.0F38.W1 B7 /r",    ""},
    {"vfmsubadd231pd", "ymm1, ymm2, ymm3/m256", "VEX.256.66.0F38.W1 B7 /r",    ""},
    /* @SSE_END@ */

    /* ---- x87 FPU ---- */
    /* loads and stores; ST(i) is a register in the opcode's low bits (+i) */
    {"fld",             "m32fp",              "D9 /0",                       ""},
    {"fld",             "m64fp",              "DD /0",                       ""},
    {"fld",             "m80fp",              "DB /5",                       ""},
    {"fld",             "ST(i)",              "D9 C0+i",                     ""},
    {"fst",             "m32fp",              "D9 /2",                       ""},
    {"fst",             "m64fp",              "DD /2",                       ""},
    {"fst",             "ST(i)",              "DD D0+i",                     ""},
    {"fstp",            "m32fp",              "D9 /3",                       ""},
    {"fstp",            "m64fp",              "DD /3",                       ""},
    {"fstp",            "m80fp",              "DB /7",                       ""},
    {"fstp",            "ST(i)",              "DD D8+i",                     ""},
    {"fild",            "m16int",             "DF /0",                       ""},
    {"fild",            "m32int",             "DB /0",                       ""},
    {"fild",            "m64int",             "DF /5",                       ""},
    {"fist",            "m16int",             "DF /2",                       ""},
    {"fist",            "m32int",             "DB /2",                       ""},
    {"fistp",           "m16int",             "DF /3",                       ""},
    {"fistp",           "m32int",             "DB /3",                       ""},
    {"fistp",           "m64int",             "DF /7",                       ""},
    {"fisttp",          "m16int",             "DF /1",                       ""},
    {"fisttp",          "m32int",             "DB /1",                       ""},
    {"fisttp",          "m64int",             "DD /1",                       ""},
    {"fbld",            "m80bcd",             "DF /4",                       ""},
    {"fbstp",           "m80bcd",             "DF /6",                       ""},
    {"fxch",            "ST(i)",              "D9 C8+i",                     ""},
    {"fxch",            "",                   "D9 C9",                       ""},
    {"fcmovb/fcmovnae", "ST(0), ST(i)",       "DA C0+i",                     ""},
    {"fcmove",          "ST(0), ST(i)",       "DA C8+i",                     ""},
    {"fcmovbe/fcmovna", "ST(0), ST(i)",       "DA D0+i",                     ""},
    {"fcmovu",          "ST(0), ST(i)",       "DA D8+i",                     ""},
    {"fcmovnb/fcmovae", "ST(0), ST(i)",       "DB C0+i",                     ""},
    {"fcmovne",         "ST(0), ST(i)",       "DB C8+i",                     ""},
    {"fcmovnbe/fcmova", "ST(0), ST(i)",       "DB D0+i",                     ""},
    {"fcmovnu",         "ST(0), ST(i)",       "DB D8+i",                     ""},
    /* arithmetic: ST(0) op ST(i) = D8, ST(i) op ST(0) = DC, and pop = DE, as the
     * SDM writes them (which is GNU's Intel syntax, not its AT&T fsub/fsubr
     * swap); no operand is the pop form with ST(1), one register is ST(0), ST(i) */
    {"fadd",            "m32fp",              "D8 /0",                       ""},
    {"fadd",            "m64fp",              "DC /0",                       ""},
    {"fadd",            "ST(0), ST(i)",       "D8 C0+i",                     ""},
    {"fadd",            "ST(i), ST(0)",       "DC C0+i",                     ""},
    {"fadd",            "ST(i)",              "D8 C0+i",                     ""},
    {"fadd",            "",                   "DE C1",                       ""},
    {"faddp",           "ST(i), ST(0)",       "DE C0+i",                     ""},
    {"faddp",           "ST(i)",              "DE C0+i",                     ""},
    {"faddp",           "ST(0), ST(i)",       "DE C0+i",                     ""},
    {"faddp",           "",                   "DE C1",                       ""},
    {"fiadd",           "m32int",             "DA /0",                       ""},
    {"fiadd",           "m16int",             "DE /0",                       ""},
    {"fmul",            "m32fp",              "D8 /1",                       ""},
    {"fmul",            "m64fp",              "DC /1",                       ""},
    {"fmul",            "ST(0), ST(i)",       "D8 C8+i",                     ""},
    {"fmul",            "ST(i), ST(0)",       "DC C8+i",                     ""},
    {"fmul",            "ST(i)",              "D8 C8+i",                     ""},
    {"fmul",            "",                   "DE C9",                       ""},
    {"fmulp",           "ST(i), ST(0)",       "DE C8+i",                     ""},
    {"fmulp",           "ST(i)",              "DE C8+i",                     ""},
    {"fmulp",           "ST(0), ST(i)",       "DE C8+i",                     ""},
    {"fmulp",           "",                   "DE C9",                       ""},
    {"fimul",           "m32int",             "DA /1",                       ""},
    {"fimul",           "m16int",             "DE /1",                       ""},
    {"fsub",            "m32fp",              "D8 /4",                       ""},
    {"fsub",            "m64fp",              "DC /4",                       ""},
    {"fsub",            "ST(0), ST(i)",       "D8 E0+i",                     ""},
    {"fsub",            "ST(i), ST(0)",       "DC E8+i",                     ""},
    {"fsub",            "ST(i)",              "D8 E0+i",                     ""},
    {"fsub",            "",                   "DE E9",                       ""},
    {"fsubp",           "ST(i), ST(0)",       "DE E8+i",                     ""},
    {"fsubp",           "ST(i)",              "DE E8+i",                     ""},
    {"fsubp",           "",                   "DE E9",                       ""},
    {"fisub",           "m32int",             "DA /4",                       ""},
    {"fisub",           "m16int",             "DE /4",                       ""},
    {"fsubr",           "m32fp",              "D8 /5",                       ""},
    {"fsubr",           "m64fp",              "DC /5",                       ""},
    {"fsubr",           "ST(0), ST(i)",       "D8 E8+i",                     ""},
    {"fsubr",           "ST(i), ST(0)",       "DC E0+i",                     ""},
    {"fsubr",           "ST(i)",              "D8 E8+i",                     ""},
    {"fsubr",           "",                   "DE E1",                       ""},
    {"fsubrp",          "ST(i), ST(0)",       "DE E0+i",                     ""},
    {"fsubrp",          "ST(i)",              "DE E0+i",                     ""},
    {"fsubrp",          "",                   "DE E1",                       ""},
    {"fisubr",          "m32int",             "DA /5",                       ""},
    {"fisubr",          "m16int",             "DE /5",                       ""},
    {"fdiv",            "m32fp",              "D8 /6",                       ""},
    {"fdiv",            "m64fp",              "DC /6",                       ""},
    {"fdiv",            "ST(0), ST(i)",       "D8 F0+i",                     ""},
    {"fdiv",            "ST(i), ST(0)",       "DC F8+i",                     ""},
    {"fdiv",            "ST(i)",              "D8 F0+i",                     ""},
    {"fdiv",            "",                   "DE F9",                       ""},
    {"fdivp",           "ST(i), ST(0)",       "DE F8+i",                     ""},
    {"fdivp",           "ST(i)",              "DE F8+i",                     ""},
    {"fdivp",           "",                   "DE F9",                       ""},
    {"fidiv",           "m32int",             "DA /6",                       ""},
    {"fidiv",           "m16int",             "DE /6",                       ""},
    {"fdivr",           "m32fp",              "D8 /7",                       ""},
    {"fdivr",           "m64fp",              "DC /7",                       ""},
    {"fdivr",           "ST(0), ST(i)",       "D8 F8+i",                     ""},
    {"fdivr",           "ST(i), ST(0)",       "DC F0+i",                     ""},
    {"fdivr",           "ST(i)",              "D8 F8+i",                     ""},
    {"fdivr",           "",                   "DE F1",                       ""},
    {"fdivrp",          "ST(i), ST(0)",       "DE F0+i",                     ""},
    {"fdivrp",          "ST(i)",              "DE F0+i",                     ""},
    {"fdivrp",          "",                   "DE F1",                       ""},
    {"fidivr",          "m32int",             "DA /7",                       ""},
    {"fidivr",          "m16int",             "DE /7",                       ""},
    /* comparisons */
    {"fcom",            "m32fp",              "D8 /2",                       ""},
    {"fcom",            "m64fp",              "DC /2",                       ""},
    {"fcom",            "ST(i)",              "D8 D0+i",                     ""},
    {"fcom",            "",                   "D8 D1",                       ""},
    {"fcomp",           "m32fp",              "D8 /3",                       ""},
    {"fcomp",           "m64fp",              "DC /3",                       ""},
    {"fcomp",           "ST(i)",              "D8 D8+i",                     ""},
    {"fcomp",           "",                   "D8 D9",                       ""},
    {"fcompp",          "",                   "DE D9",                       ""},
    {"fucom",           "ST(i)",              "DD E0+i",                     ""},
    {"fucom",           "",                   "DD E1",                       ""},
    {"fucomp",          "ST(i)",              "DD E8+i",                     ""},
    {"fucomp",          "",                   "DD E9",                       ""},
    {"fucompp",         "",                   "DA E9",                       ""},
    {"fcomi",           "ST(0), ST(i)",       "DB F0+i",                     ""},
    {"fcomi",           "ST(i)",              "DB F0+i",                     ""},
    {"fcomi",           "",                   "DB F1",                       ""},
    {"fcomip/fcompi",   "ST(0), ST(i)",       "DF F0+i",                     ""},
    {"fcomip/fcompi",   "ST(i)",              "DF F0+i",                     ""},
    {"fcomip/fcompi",   "",                   "DF F1",                       ""},
    {"fucomi",          "ST(0), ST(i)",       "DB E8+i",                     ""},
    {"fucomi",          "ST(i)",              "DB E8+i",                     ""},
    {"fucomi",          "",                   "DB E9",                       ""},
    {"fucomip/fucompi", "ST(0), ST(i)",       "DF E8+i",                     ""},
    {"fucomip/fucompi", "ST(i)",              "DF E8+i",                     ""},
    {"fucomip/fucompi", "",                   "DF E9",                       ""},
    {"ficom",           "m32int",             "DA /2",                       ""},
    {"ficom",           "m16int",             "DE /2",                       ""},
    {"ficomp",          "m32int",             "DA /3",                       ""},
    {"ficomp",          "m16int",             "DE /3",                       ""},
    {"ftst",            "",                   "D9 E4",                       ""},
    {"fxam",            "",                   "D9 E5",                       ""},
    /* constants and other operations on the stack */
    {"fld1",            "",                   "D9 E8",                       ""},
    {"fldl2t",          "",                   "D9 E9",                       ""},
    {"fldl2e",          "",                   "D9 EA",                       ""},
    {"fldpi",           "",                   "D9 EB",                       ""},
    {"fldlg2",          "",                   "D9 EC",                       ""},
    {"fldln2",          "",                   "D9 ED",                       ""},
    {"fldz",            "",                   "D9 EE",                       ""},
    {"fchs",            "",                   "D9 E0",                       ""},
    {"fabs",            "",                   "D9 E1",                       ""},
    {"f2xm1",           "",                   "D9 F0",                       ""},
    {"fyl2x",           "",                   "D9 F1",                       ""},
    {"fptan",           "",                   "D9 F2",                       ""},
    {"fpatan",          "",                   "D9 F3",                       ""},
    {"fxtract",         "",                   "D9 F4",                       ""},
    {"fprem1",          "",                   "D9 F5",                       ""},
    {"fdecstp",         "",                   "D9 F6",                       ""},
    {"fincstp",         "",                   "D9 F7",                       ""},
    {"fprem",           "",                   "D9 F8",                       ""},
    {"fyl2xp1",         "",                   "D9 F9",                       ""},
    {"fsqrt",           "",                   "D9 FA",                       ""},
    {"fsincos",         "",                   "D9 FB",                       ""},
    {"frndint",         "",                   "D9 FC",                       ""},
    {"fscale",          "",                   "D9 FD",                       ""},
    {"fsin",            "",                   "D9 FE",                       ""},
    {"fcos",            "",                   "D9 FF",                       ""},
    {"fnop",            "",                   "D9 D0",                       ""},
    {"ffree",           "ST(i)",              "DD C0+i",                     ""},
    {"ffreep",          "ST(i)",              "DF C0+i",                     ""},
    /* control: the fn* forms, and the waiting forms with the 9B (fwait) first */
    {"fldcw",           "m2byte",             "D9 /5",                       ""},
    {"fnstcw",          "m2byte",             "D9 /7",                       ""},
    {"fstcw",           "m2byte",             "9B D9 /7",                    ""},
    {"fnstsw",          "AX",                 "DF E0",                       ""},
    {"fnstsw",          "m2byte",             "DD /7",                       ""},
    {"fnstsw",          "",                   "DF E0",                       ""},
    {"fstsw",           "AX",                 "9B DF E0",                    ""},
    {"fstsw",           "m2byte",             "9B DD /7",                    ""},
    {"fstsw",           "",                   "9B DF E0",                    ""},
    {"fldenv",          "m14/28byte",         "D9 /4",                       ""},
    {"fnstenv",         "m14/28byte",         "D9 /6",                       ""},
    {"fstenv",          "m14/28byte",         "9B D9 /6",                    ""},
    {"frstor",          "m94/108byte",        "DD /4",                       ""},
    {"fnsave",          "m94/108byte",        "DD /6",                       ""},
    {"fsave",           "m94/108byte",        "9B DD /6",                    ""},
    {"fninit",          "",                   "DB E3",                       ""},
    {"finit",           "",                   "9B DB E3",                    ""},
    {"fnclex",          "",                   "DB E2",                       ""},
    {"fclex",           "",                   "9B DB E2",                    ""},
    {"fwait/wait",      "",                   "9B",                          ""},
    {"fxsave",          "m512byte",           "0F AE /0",                    ""},
    {"fxrstor",         "m512byte",           "0F AE /1",                    ""},
    {"fxsave64",        "m512byte",           "REX.W 0F AE /0",              ""},
    {"fxrstor64",       "m512byte",           "REX.W 0F AE /1",              ""},
    /* ---- AVX-512: opmask instructions (VEX), then EVEX forms.  EVEX.VL
     * rows are written for 512 bits and give the 128/256/512 forms (zmm
     * operands scaled to ymm/xmm, vector-tuple memory with them); the
     * flag that is a tuple type (FV, FVM, T1S...) says how disp8*N scales
     * and whether {1toN} applies.  {k}/{z} are allowed on every EVEX row
     * but `nomask' ones.  Where VEX can encode a form too, VEX wins (see
     * x64_encode: GNU picks VEX). ---- */
    {"kmovb",           "k1, k2/m8",                   "VEX.L0.66.0F.W0 90 /r",        ""},
    {"kmovb",           "m8, k1",                      "VEX.L0.66.0F.W0 91 /r",        ""},
    {"kmovw",           "k1, k2/m16",                  "VEX.L0.0F.W0 90 /r",           ""},
    {"kmovw",           "m16, k1",                     "VEX.L0.0F.W0 91 /r",           ""},
    {"kmovd",           "k1, k2/m32",                  "VEX.L0.66.0F.W1 90 /r",        ""},
    {"kmovd",           "m32, k1",                     "VEX.L0.66.0F.W1 91 /r",        ""},
    {"kmovq",           "k1, k2/m64",                  "VEX.L0.0F.W1 90 /r",           ""},
    {"kmovq",           "m64, k1",                     "VEX.L0.0F.W1 91 /r",           ""},
    {"kmovb",           "k1, r32",                     "VEX.L0.66.0F.W0 92 /r",        ""},
    {"kmovb",           "r32, k1",                     "VEX.L0.66.0F.W0 93 /r",        ""},
    {"kmovw",           "k1, r32",                     "VEX.L0.0F.W0 92 /r",           ""},
    {"kmovw",           "r32, k1",                     "VEX.L0.0F.W0 93 /r",           ""},
    {"kmovd",           "k1, r32",                     "VEX.L0.F2.0F.W0 92 /r",        ""},
    {"kmovd",           "r32, k1",                     "VEX.L0.F2.0F.W0 93 /r",        ""},
    {"kmovq",           "k1, r64",                     "VEX.L0.F2.0F.W1 92 /r",        ""},
    {"kmovq",           "r64, k1",                     "VEX.L0.F2.0F.W1 93 /r",        ""},
    {"kandb",           "k1, k2, k3",                  "VEX.L1.66.0F.W0 41 /r",        ""},
    {"kandnb",          "k1, k2, k3",                  "VEX.L1.66.0F.W0 42 /r",        ""},
    {"korb",            "k1, k2, k3",                  "VEX.L1.66.0F.W0 45 /r",        ""},
    {"kxnorb",          "k1, k2, k3",                  "VEX.L1.66.0F.W0 46 /r",        ""},
    {"kxorb",           "k1, k2, k3",                  "VEX.L1.66.0F.W0 47 /r",        ""},
    {"kaddb",           "k1, k2, k3",                  "VEX.L1.66.0F.W0 4A /r",        ""},
    {"knotb",           "k1, k2",                      "VEX.L0.66.0F.W0 44 /r",        ""},
    {"kortestb",        "k1, k2",                      "VEX.L0.66.0F.W0 98 /r",        ""},
    {"ktestb",          "k1, k2",                      "VEX.L0.66.0F.W0 99 /r",        ""},
    {"kandw",           "k1, k2, k3",                  "VEX.L1.0F.W0 41 /r",           ""},
    {"kandnw",          "k1, k2, k3",                  "VEX.L1.0F.W0 42 /r",           ""},
    {"korw",            "k1, k2, k3",                  "VEX.L1.0F.W0 45 /r",           ""},
    {"kxnorw",          "k1, k2, k3",                  "VEX.L1.0F.W0 46 /r",           ""},
    {"kxorw",           "k1, k2, k3",                  "VEX.L1.0F.W0 47 /r",           ""},
    {"kaddw",           "k1, k2, k3",                  "VEX.L1.0F.W0 4A /r",           ""},
    {"knotw",           "k1, k2",                      "VEX.L0.0F.W0 44 /r",           ""},
    {"kortestw",        "k1, k2",                      "VEX.L0.0F.W0 98 /r",           ""},
    {"ktestw",          "k1, k2",                      "VEX.L0.0F.W0 99 /r",           ""},
    {"kandd",           "k1, k2, k3",                  "VEX.L1.66.0F.W1 41 /r",        ""},
    {"kandnd",          "k1, k2, k3",                  "VEX.L1.66.0F.W1 42 /r",        ""},
    {"kord",            "k1, k2, k3",                  "VEX.L1.66.0F.W1 45 /r",        ""},
    {"kxnord",          "k1, k2, k3",                  "VEX.L1.66.0F.W1 46 /r",        ""},
    {"kxord",           "k1, k2, k3",                  "VEX.L1.66.0F.W1 47 /r",        ""},
    {"kaddd",           "k1, k2, k3",                  "VEX.L1.66.0F.W1 4A /r",        ""},
    {"knotd",           "k1, k2",                      "VEX.L0.66.0F.W1 44 /r",        ""},
    {"kortestd",        "k1, k2",                      "VEX.L0.66.0F.W1 98 /r",        ""},
    {"ktestd",          "k1, k2",                      "VEX.L0.66.0F.W1 99 /r",        ""},
    {"kandq",           "k1, k2, k3",                  "VEX.L1.0F.W1 41 /r",           ""},
    {"kandnq",          "k1, k2, k3",                  "VEX.L1.0F.W1 42 /r",           ""},
    {"korq",            "k1, k2, k3",                  "VEX.L1.0F.W1 45 /r",           ""},
    {"kxnorq",          "k1, k2, k3",                  "VEX.L1.0F.W1 46 /r",           ""},
    {"kxorq",           "k1, k2, k3",                  "VEX.L1.0F.W1 47 /r",           ""},
    {"kaddq",           "k1, k2, k3",                  "VEX.L1.0F.W1 4A /r",           ""},
    {"knotq",           "k1, k2",                      "VEX.L0.0F.W1 44 /r",           ""},
    {"kortestq",        "k1, k2",                      "VEX.L0.0F.W1 98 /r",           ""},
    {"ktestq",          "k1, k2",                      "VEX.L0.0F.W1 99 /r",           ""},
    {"kunpckbw",        "k1, k2, k3",                  "VEX.L1.66.0F.W0 4B /r",        ""},
    {"kunpckwd",        "k1, k2, k3",                  "VEX.L1.0F.W0 4B /r",           ""},
    {"kunpckdq",        "k1, k2, k3",                  "VEX.L1.0F.W1 4B /r",           ""},
    {"kshiftlb",        "k1, k2, imm8",                "VEX.L0.66.0F3A.W0 32 /r ib",   ""},
    {"kshiftlw",        "k1, k2, imm8",                "VEX.L0.66.0F3A.W1 32 /r ib",   ""},
    {"kshiftld",        "k1, k2, imm8",                "VEX.L0.66.0F3A.W0 33 /r ib",   ""},
    {"kshiftlq",        "k1, k2, imm8",                "VEX.L0.66.0F3A.W1 33 /r ib",   ""},
    {"kshiftrb",        "k1, k2, imm8",                "VEX.L0.66.0F3A.W0 30 /r ib",   ""},
    {"kshiftrw",        "k1, k2, imm8",                "VEX.L0.66.0F3A.W1 30 /r ib",   ""},
    {"kshiftrd",        "k1, k2, imm8",                "VEX.L0.66.0F3A.W0 31 /r ib",   ""},
    {"kshiftrq",        "k1, k2, imm8",                "VEX.L0.66.0F3A.W1 31 /r ib",   ""},
    {"vmovdqa32",       "zmm1, zmm2/m512",             "EVEX.VL.66.0F.W0 6F /r",       "FVM"},
    {"vmovdqa32",       "zmm2/m512, zmm1",             "EVEX.VL.66.0F.W0 7F /r",       "FVM"},
    {"vmovdqa64",       "zmm1, zmm2/m512",             "EVEX.VL.66.0F.W1 6F /r",       "FVM"},
    {"vmovdqa64",       "zmm2/m512, zmm1",             "EVEX.VL.66.0F.W1 7F /r",       "FVM"},
    {"vmovdqu8",        "zmm1, zmm2/m512",             "EVEX.VL.F2.0F.W0 6F /r",       "FVM"},
    {"vmovdqu8",        "zmm2/m512, zmm1",             "EVEX.VL.F2.0F.W0 7F /r",       "FVM"},
    {"vmovdqu16",       "zmm1, zmm2/m512",             "EVEX.VL.F2.0F.W1 6F /r",       "FVM"},
    {"vmovdqu16",       "zmm2/m512, zmm1",             "EVEX.VL.F2.0F.W1 7F /r",       "FVM"},
    {"vmovdqu32",       "zmm1, zmm2/m512",             "EVEX.VL.F3.0F.W0 6F /r",       "FVM"},
    {"vmovdqu32",       "zmm2/m512, zmm1",             "EVEX.VL.F3.0F.W0 7F /r",       "FVM"},
    {"vmovdqu64",       "zmm1, zmm2/m512",             "EVEX.VL.F3.0F.W1 6F /r",       "FVM"},
    {"vmovdqu64",       "zmm2/m512, zmm1",             "EVEX.VL.F3.0F.W1 7F /r",       "FVM"},
    {"vmovaps",         "zmm1, zmm2/m512",             "EVEX.VL.0F.W0 28 /r",          "FVM"},
    {"vmovaps",         "zmm2/m512, zmm1",             "EVEX.VL.0F.W0 29 /r",          "FVM"},
    {"vmovapd",         "zmm1, zmm2/m512",             "EVEX.VL.66.0F.W1 28 /r",       "FVM"},
    {"vmovapd",         "zmm2/m512, zmm1",             "EVEX.VL.66.0F.W1 29 /r",       "FVM"},
    {"vmovups",         "zmm1, zmm2/m512",             "EVEX.VL.0F.W0 10 /r",          "FVM"},
    {"vmovups",         "zmm2/m512, zmm1",             "EVEX.VL.0F.W0 11 /r",          "FVM"},
    {"vmovupd",         "zmm1, zmm2/m512",             "EVEX.VL.66.0F.W1 10 /r",       "FVM"},
    {"vmovupd",         "zmm2/m512, zmm1",             "EVEX.VL.66.0F.W1 11 /r",       "FVM"},
    {"vmovntdq",        "m512, zmm1",                  "EVEX.VL.66.0F.W0 E7 /r",       "FVM nomask"},
    {"vmovntdqa",       "zmm1, m512",                  "EVEX.VL.66.0F38.W0 2A /r",     "FVM nomask"},
    {"vmovntps",        "m512, zmm1",                  "EVEX.VL.0F.W0 2B /r",          "FVM nomask"},
    {"vmovntpd",        "m512, zmm1",                  "EVEX.VL.66.0F.W1 2B /r",       "FVM nomask"},
    {"vmovd",           "xmm1, r/m32",                 "EVEX.128.66.0F.W0 6E /r",      "T1S nomask"},
    {"vmovd",           "r/m32, xmm1",                 "EVEX.128.66.0F.W0 7E /r",      "T1S nomask"},
    {"vmovq",           "xmm1, r/m64",                 "EVEX.128.66.0F.W1 6E /r",      "T1S nomask"},
    {"vmovq",           "r/m64, xmm1",                 "EVEX.128.66.0F.W1 7E /r",      "T1S nomask"},
    {"vmovq",           "xmm1, xmm2/m64",              "EVEX.128.F3.0F.W1 7E /r",      "T1S nomask"},
    {"vmovq",           "xmm2/m64, xmm1",              "EVEX.128.66.0F.W1 D6 /r",      "T1S nomask"},
    {"vmovss",          "xmm1, m32",                   "EVEX.LIG.F3.0F.W0 10 /r",      "T1S"},
    {"vmovss",          "m32, xmm1",                   "EVEX.LIG.F3.0F.W0 11 /r",      "T1S"},
    {"vmovss",          "xmm1, xmm2, xmm3",            "EVEX.LIG.F3.0F.W0 10 /r",      ""},
    {"vmovsd",          "xmm1, m64",                   "EVEX.LIG.F2.0F.W1 10 /r",      "T1S"},
    {"vmovsd",          "m64, xmm1",                   "EVEX.LIG.F2.0F.W1 11 /r",      "T1S"},
    {"vmovsd",          "xmm1, xmm2, xmm3",            "EVEX.LIG.F2.0F.W1 10 /r",      ""},
    {"vpaddb",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG FC /r",      "FVM"},
    {"vpaddw",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG FD /r",      "FVM"},
    {"vpsubb",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG F8 /r",      "FVM"},
    {"vpsubw",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG F9 /r",      "FVM"},
    {"vpaddsb",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG EC /r",      "FVM"},
    {"vpaddsw",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG ED /r",      "FVM"},
    {"vpaddusb",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG DC /r",      "FVM"},
    {"vpaddusw",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG DD /r",      "FVM"},
    {"vpsubsb",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG E8 /r",      "FVM"},
    {"vpsubsw",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG E9 /r",      "FVM"},
    {"vpsubusb",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG D8 /r",      "FVM"},
    {"vpsubusw",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG D9 /r",      "FVM"},
    {"vpminub",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG DA /r",      "FVM"},
    {"vpmaxub",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG DE /r",      "FVM"},
    {"vpminsw",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG EA /r",      "FVM"},
    {"vpmaxsw",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG EE /r",      "FVM"},
    {"vpminuw",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.WIG 3A /r",    "FVM"},
    {"vpmaxuw",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.WIG 3E /r",    "FVM"},
    {"vpminsb",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.WIG 38 /r",    "FVM"},
    {"vpmaxsb",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.WIG 3C /r",    "FVM"},
    {"vpavgb",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG E0 /r",      "FVM"},
    {"vpavgw",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG E3 /r",      "FVM"},
    {"vpmullw",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG D5 /r",      "FVM"},
    {"vpmulhw",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG E5 /r",      "FVM"},
    {"vpmulhuw",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG E4 /r",      "FVM"},
    {"vpshufb",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.WIG 00 /r",    "FVM"},
    {"vpunpcklbw",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG 60 /r",      "FVM"},
    {"vpunpckhbw",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG 68 /r",      "FVM"},
    {"vpunpcklwd",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG 61 /r",      "FVM"},
    {"vpunpckhwd",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG 69 /r",      "FVM"},
    {"vpacksswb",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG 63 /r",      "FVM"},
    {"vpackuswb",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG 67 /r",      "FVM"},
    {"vpmaddubsw",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.WIG 04 /r",    "FVM"},
    {"vpmaddwd",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG F5 /r",      "FVM"},
    {"vpsadbw",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.WIG F6 /r",      "FVM nomask"},
    {"vpaddd",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W0 FE /r",       "FV"},
    {"vpaddq",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 D4 /r",       "FV"},
    {"vpsubd",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W0 FA /r",       "FV"},
    {"vpsubq",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 FB /r",       "FV"},
    {"vpandd",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W0 DB /r",       "FV"},
    {"vpandq",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 DB /r",       "FV"},
    {"vpandnd",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W0 DF /r",       "FV"},
    {"vpandnq",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 DF /r",       "FV"},
    {"vpord",           "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W0 EB /r",       "FV"},
    {"vporq",           "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 EB /r",       "FV"},
    {"vpxord",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W0 EF /r",       "FV"},
    {"vpxorq",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 EF /r",       "FV"},
    {"vpminud",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 3B /r",     "FV"},
    {"vpminuq",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 3B /r",     "FV"},
    {"vpmaxud",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 3F /r",     "FV"},
    {"vpmaxuq",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 3F /r",     "FV"},
    {"vpminsd",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 39 /r",     "FV"},
    {"vpminsq",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 39 /r",     "FV"},
    {"vpmaxsd",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 3D /r",     "FV"},
    {"vpmaxsq",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 3D /r",     "FV"},
    {"vpmulld",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 40 /r",     "FV"},
    {"vpmullq",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 40 /r",     "FV"},
    {"vpsllvd",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 47 /r",     "FV"},
    {"vpsllvq",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 47 /r",     "FV"},
    {"vpsrlvd",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 45 /r",     "FV"},
    {"vpsrlvq",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 45 /r",     "FV"},
    {"vpsravd",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 46 /r",     "FV"},
    {"vpsravq",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 46 /r",     "FV"},
    {"vprolvd",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 15 /r",     "FV"},
    {"vprolvq",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 15 /r",     "FV"},
    {"vprorvd",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 14 /r",     "FV"},
    {"vprorvq",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 14 /r",     "FV"},
    {"vpmuludq",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 F4 /r",       "FV"},
    {"vpmuldq",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 28 /r",     "FV"},
    {"vpunpckldq",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W0 62 /r",       "FV"},
    {"vpunpckhdq",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W0 6A /r",       "FV"},
    {"vpunpcklqdq",     "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 6C /r",       "FV"},
    {"vpunpckhqdq",     "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 6D /r",       "FV"},
    {"vpackssdw",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W0 6B /r",       "FV"},
    {"vpackusdw",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 2B /r",     "FV"},
    {"vpternlogd",      "zmm1, zmm2, zmm3/m512, imm8", "EVEX.VL.66.0F3A.W0 25 /r ib",  "FV"},
    {"vpternlogq",      "zmm1, zmm2, zmm3/m512, imm8", "EVEX.VL.66.0F3A.W1 25 /r ib",  "FV"},
    {"vpshufd",         "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.W0 70 /r ib",    "FV"},
    {"vpshufhw",        "zmm1, zmm2/m512, imm8",       "EVEX.VL.F3.0F.WIG 70 /r ib",   "FVM"},
    {"vpshuflw",        "zmm1, zmm2/m512, imm8",       "EVEX.VL.F2.0F.WIG 70 /r ib",   "FVM"},
    {"vpalignr",        "zmm1, zmm2, zmm3/m512, imm8", "EVEX.VL.66.0F3A.WIG 0F /r ib", "FVM"},
    {"vpermi2b",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 75 /r",     "FVM"},
    {"vpermi2w",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 75 /r",     "FVM"},
    {"vpermi2d",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 76 /r",     "FV"},
    {"vpermi2q",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 76 /r",     "FV"},
    {"vpermt2b",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 7D /r",     "FVM"},
    {"vdbpsadbw",       "zmm1, zmm2, zmm3/m512, imm8", "EVEX.VL.66.0F3A.W0 42 /r ib",  "FVM"},
    {"vpermi2ps",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 77 /r",     "FV"},
    {"vpermi2pd",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 77 /r",     "FV"},
    {"vpermt2ps",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 7F /r",     "FV"},
    {"vpermt2pd",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 7F /r",     "FV"},
    {"vpermt2w",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 7D /r",     "FVM"},
    {"vpermt2d",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 7E /r",     "FV"},
    {"vpermt2q",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 7E /r",     "FV"},
    {"vpermb",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 8D /r",     "FVM"},
    {"vpermw",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 8D /r",     "FVM"},
    {"vpermd",          "ymm1, ymm2, ymm3/m256",       "EVEX.256.66.0F38.W0 36 /r",    "FV"},
    {"vpermq",          "ymm1, ymm2, ymm3/m256",       "EVEX.256.66.0F38.W1 36 /r",    "FV"},
    {"vpermq",          "ymm1, ymm2/m256, imm8",       "EVEX.256.66.0F3A.W1 00 /r ib", "FV"},
    {"vpermd",          "zmm1, zmm2, zmm3/m512",       "EVEX.512.66.0F38.W0 36 /r",    "FV"},
    {"vpermq",          "zmm1, zmm2, zmm3/m512",       "EVEX.512.66.0F38.W1 36 /r",    "FV"},
    {"vpermq",          "zmm1, zmm2/m512, imm8",       "EVEX.512.66.0F3A.W1 00 /r ib", "FV"},
    {"vpsllw",          "zmm1, zmm2, xmm3/m128",       "EVEX.VL.66.0F.WIG F1 /r",      "M128"},
    {"vpslld",          "zmm1, zmm2, xmm3/m128",       "EVEX.VL.66.0F.W0 F2 /r",       "M128"},
    {"vpsllq",          "zmm1, zmm2, xmm3/m128",       "EVEX.VL.66.0F.W1 F3 /r",       "M128"},
    {"vpsrlw",          "zmm1, zmm2, xmm3/m128",       "EVEX.VL.66.0F.WIG D1 /r",      "M128"},
    {"vpsrld",          "zmm1, zmm2, xmm3/m128",       "EVEX.VL.66.0F.W0 D2 /r",       "M128"},
    {"vpsrlq",          "zmm1, zmm2, xmm3/m128",       "EVEX.VL.66.0F.W1 D3 /r",       "M128"},
    {"vpsraw",          "zmm1, zmm2, xmm3/m128",       "EVEX.VL.66.0F.WIG E1 /r",      "M128"},
    {"vpsrad",          "zmm1, zmm2, xmm3/m128",       "EVEX.VL.66.0F.W0 E2 /r",       "M128"},
    {"vpsraq",          "zmm1, zmm2, xmm3/m128",       "EVEX.VL.66.0F.W1 E2 /r",       "M128"},
    {"vpsllw",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.WIG 71 /6 ib",   "FVM"},
    {"vpsrlw",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.WIG 71 /2 ib",   "FVM"},
    {"vpsraw",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.WIG 71 /4 ib",   "FVM"},
    {"vpslld",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.W0 72 /6 ib",    "FV"},
    {"vpsrld",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.W0 72 /2 ib",    "FV"},
    {"vpsrad",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.W0 72 /4 ib",    "FV"},
    {"vpsllq",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.W1 73 /6 ib",    "FV"},
    {"vpsrlq",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.W1 73 /2 ib",    "FV"},
    {"vpsraq",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.W1 72 /4 ib",    "FV"},
    {"vprold",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.W0 72 /1 ib",    "FV"},
    {"vprolq",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.W1 72 /1 ib",    "FV"},
    {"vprord",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.W0 72 /0 ib",    "FV"},
    {"vprorq",          "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.W1 72 /0 ib",    "FV"},
    {"vpslldq",         "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.WIG 73 /7 ib",   "FVM nomask"},
    {"vpsrldq",         "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F.WIG 73 /3 ib",   "FVM nomask"},
    {"vpcmpeqb",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F.WIG 74 /r",      "FVM"},
    {"vpcmpeqw",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F.WIG 75 /r",      "FVM"},
    {"vpcmpeqd",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F.W0 76 /r",       "FV"},
    {"vpcmpeqq",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F38.W1 29 /r",     "FV"},
    {"vpcmpgtb",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F.WIG 64 /r",      "FVM"},
    {"vpcmpgtw",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F.WIG 65 /r",      "FVM"},
    {"vpcmpgtd",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F.W0 66 /r",       "FV"},
    {"vpcmpgtq",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F38.W1 37 /r",     "FV"},
    {"vptestmb",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F38.W0 26 /r",     "FVM"},
    {"vptestmw",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F38.W1 26 /r",     "FVM"},
    {"vptestmd",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F38.W0 27 /r",     "FV"},
    {"vptestmq",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F38.W1 27 /r",     "FV"},
    {"vptestnmb",       "k1, zmm2, zmm3/m512",         "EVEX.VL.F3.0F38.W0 26 /r",     "FVM"},
    {"vptestnmw",       "k1, zmm2, zmm3/m512",         "EVEX.VL.F3.0F38.W1 26 /r",     "FVM"},
    {"vptestnmd",       "k1, zmm2, zmm3/m512",         "EVEX.VL.F3.0F38.W0 27 /r",     "FV"},
    {"vptestnmq",       "k1, zmm2, zmm3/m512",         "EVEX.VL.F3.0F38.W1 27 /r",     "FV"},
    {"vpcmpb",          "k1, zmm2, zmm3/m512, imm8",   "EVEX.VL.66.0F3A.W0 3F /r ib",  "FVM"},
    {"vpcmp*b",         "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F3A.W0 3F /r ip",  "FVM ipred"},
    {"vpcmpub",         "k1, zmm2, zmm3/m512, imm8",   "EVEX.VL.66.0F3A.W0 3E /r ib",  "FVM"},
    {"vpcmp*ub",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F3A.W0 3E /r ip",  "FVM ipred"},
    {"vpcmpw",          "k1, zmm2, zmm3/m512, imm8",   "EVEX.VL.66.0F3A.W1 3F /r ib",  "FVM"},
    {"vpcmp*w",         "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F3A.W1 3F /r ip",  "FVM ipred"},
    {"vpcmpuw",         "k1, zmm2, zmm3/m512, imm8",   "EVEX.VL.66.0F3A.W1 3E /r ib",  "FVM"},
    {"vpcmp*uw",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F3A.W1 3E /r ip",  "FVM ipred"},
    {"vpcmpd",          "k1, zmm2, zmm3/m512, imm8",   "EVEX.VL.66.0F3A.W0 1F /r ib",  "FV"},
    {"vpcmp*d",         "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F3A.W0 1F /r ip",  "FV ipred"},
    {"vpcmpud",         "k1, zmm2, zmm3/m512, imm8",   "EVEX.VL.66.0F3A.W0 1E /r ib",  "FV"},
    {"vpcmp*ud",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F3A.W0 1E /r ip",  "FV ipred"},
    {"vpcmpq",          "k1, zmm2, zmm3/m512, imm8",   "EVEX.VL.66.0F3A.W1 1F /r ib",  "FV"},
    {"vpcmp*q",         "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F3A.W1 1F /r ip",  "FV ipred"},
    {"vpcmpuq",         "k1, zmm2, zmm3/m512, imm8",   "EVEX.VL.66.0F3A.W1 1E /r ib",  "FV"},
    {"vpcmp*uq",        "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F3A.W1 1E /r ip",  "FV ipred"},
    {"vcmpps",          "k1, zmm2, zmm3/m512, imm8",   "EVEX.VL.0F.W0 C2 /r ib",       "FV sae"},
    {"vcmppd",          "k1, zmm2, zmm3/m512, imm8",   "EVEX.VL.66.0F.W1 C2 /r ib",    "FV sae"},
    {"vcmp*ps",         "k1, zmm2, zmm3/m512",         "EVEX.VL.0F.W0 C2 /r ip",       "FV sae"},
    {"vcmp*pd",         "k1, zmm2, zmm3/m512",         "EVEX.VL.66.0F.W1 C2 /r ip",    "FV sae"},
    {"vcmpss",          "k1, xmm2, xmm3/m32, imm8",    "EVEX.LIG.F3.0F.W0 C2 /r ib",   "T1S sae"},
    {"vcmpsd",          "k1, xmm2, xmm3/m64, imm8",    "EVEX.LIG.F2.0F.W1 C2 /r ib",   "T1S sae"},
    {"vcmp*ss",         "k1, xmm2, xmm3/m32",          "EVEX.LIG.F3.0F.W0 C2 /r ip",   "T1S sae"},
    {"vcmp*sd",         "k1, xmm2, xmm3/m64",          "EVEX.LIG.F2.0F.W1 C2 /r ip",   "T1S sae"},
    {"vpmovb2m",        "k1, zmm1",                    "EVEX.VL.F3.0F38.W0 29 /r",     "nomask"},
    {"vpmovm2b",        "zmm1, k1",                    "EVEX.VL.F3.0F38.W0 28 /r",     "nomask"},
    {"vpmovw2m",        "k1, zmm1",                    "EVEX.VL.F3.0F38.W1 29 /r",     "nomask"},
    {"vpmovm2w",        "zmm1, k1",                    "EVEX.VL.F3.0F38.W1 28 /r",     "nomask"},
    {"vpmovd2m",        "k1, zmm1",                    "EVEX.VL.F3.0F38.W0 39 /r",     "nomask"},
    {"vpmovm2d",        "zmm1, k1",                    "EVEX.VL.F3.0F38.W0 38 /r",     "nomask"},
    {"vpmovq2m",        "k1, zmm1",                    "EVEX.VL.F3.0F38.W1 39 /r",     "nomask"},
    {"vpmovm2q",        "zmm1, k1",                    "EVEX.VL.F3.0F38.W1 38 /r",     "nomask"},
    {"vpbroadcastb",    "zmm1, xmm2/m8",               "EVEX.VL.66.0F38.W0 78 /r",     "T1S"},
    {"vpbroadcastw",    "zmm1, xmm2/m16",              "EVEX.VL.66.0F38.W0 79 /r",     "T1S"},
    {"vpbroadcastd",    "zmm1, xmm2/m32",              "EVEX.VL.66.0F38.W0 58 /r",     "T1S"},
    {"vpbroadcastq",    "zmm1, xmm2/m64",              "EVEX.VL.66.0F38.W1 59 /r",     "T1S"},
    {"vpbroadcastb",    "zmm1, r32",                   "EVEX.VL.66.0F38.W0 7A /r",     ""},
    {"vpbroadcastw",    "zmm1, r32",                   "EVEX.VL.66.0F38.W0 7B /r",     ""},
    {"vpbroadcastd",    "zmm1, r32",                   "EVEX.VL.66.0F38.W0 7C /r",     ""},
    {"vpbroadcastq",    "zmm1, r64",                   "EVEX.VL.66.0F38.W1 7C /r",     ""},
    {"vbroadcastss",    "zmm1, xmm2/m32",              "EVEX.VL.66.0F38.W0 18 /r",     "T1S"},
    {"vbroadcastsd",    "ymm1, xmm2/m64",              "EVEX.256.66.0F38.W1 19 /r",    "T1S"},
    {"vbroadcasti32x4", "ymm1, m128",                  "EVEX.256.66.0F38.W0 5A /r",    "T4"},
    {"vbroadcastf32x4", "ymm1, m128",                  "EVEX.256.66.0F38.W0 1A /r",    "T4"},
    {"vextracti32x4",   "xmm1/m128, ymm2, imm8",       "EVEX.256.66.0F3A.W0 39 /r ib", "T4"},
    {"vextractf32x4",   "xmm1/m128, ymm2, imm8",       "EVEX.256.66.0F3A.W0 19 /r ib", "T4"},
    {"vinserti32x4",    "ymm1, ymm2, xmm3/m128, imm8", "EVEX.256.66.0F3A.W0 38 /r ib", "T4"},
    {"vinsertf32x4",    "ymm1, ymm2, xmm3/m128, imm8", "EVEX.256.66.0F3A.W0 18 /r ib", "T4"},
    {"vbroadcastsd",    "zmm1, xmm2/m64",              "EVEX.512.66.0F38.W1 19 /r",    "T1S"},
    {"vbroadcasti32x4", "zmm1, m128",                  "EVEX.512.66.0F38.W0 5A /r",    "T4"},
    {"vbroadcastf32x4", "zmm1, m128",                  "EVEX.512.66.0F38.W0 1A /r",    "T4"},
    {"vextracti32x4",   "xmm1/m128, zmm2, imm8",       "EVEX.512.66.0F3A.W0 39 /r ib", "T4"},
    {"vextractf32x4",   "xmm1/m128, zmm2, imm8",       "EVEX.512.66.0F3A.W0 19 /r ib", "T4"},
    {"vinserti32x4",    "zmm1, zmm2, xmm3/m128, imm8", "EVEX.512.66.0F3A.W0 38 /r ib", "T4"},
    {"vinsertf32x4",    "zmm1, zmm2, xmm3/m128, imm8", "EVEX.512.66.0F3A.W0 18 /r ib", "T4"},
    {"vbroadcasti64x4", "zmm1, m256",                  "EVEX.512.66.0F38.W1 5B /r",    "T4"},
    {"vbroadcastf64x4", "zmm1, m256",                  "EVEX.512.66.0F38.W1 1B /r",    "T4"},
    {"vextracti64x4",   "ymm1/m256, zmm2, imm8",       "EVEX.512.66.0F3A.W1 3B /r ib", "T4"},
    {"vextractf64x4",   "ymm1/m256, zmm2, imm8",       "EVEX.512.66.0F3A.W1 1B /r ib", "T4"},
    {"vinserti64x4",    "zmm1, zmm2, ymm3/m256, imm8", "EVEX.512.66.0F3A.W1 3A /r ib", "T4"},
    {"vinsertf64x4",    "zmm1, zmm2, ymm3/m256, imm8", "EVEX.512.66.0F3A.W1 1A /r ib", "T4"},
    /* AVX512DQ lane moves (32x8, 64x2) and valign */
    {"vextracti32x8",    "ymm1/m256, zmm2, imm8",        "EVEX.512.66.0F3A.W0 3B /r ib",  "T8"},
    {"vextractf32x8",    "ymm1/m256, zmm2, imm8",        "EVEX.512.66.0F3A.W0 1B /r ib",  "T8"},
    {"vinserti32x8",     "zmm1, zmm2, ymm3/m256, imm8",  "EVEX.512.66.0F3A.W0 3A /r ib",  "T8"},
    {"vinsertf32x8",     "zmm1, zmm2, ymm3/m256, imm8",  "EVEX.512.66.0F3A.W0 1A /r ib",  "T8"},
    {"vextracti64x2",    "xmm1/m128, ymm2, imm8",        "EVEX.256.66.0F3A.W1 39 /r ib",  "T2"},
    {"vextractf64x2",    "xmm1/m128, ymm2, imm8",        "EVEX.256.66.0F3A.W1 19 /r ib",  "T2"},
    {"vinserti64x2",     "ymm1, ymm2, xmm3/m128, imm8",  "EVEX.256.66.0F3A.W1 38 /r ib",  "T2"},
    {"vinsertf64x2",     "ymm1, ymm2, xmm3/m128, imm8",  "EVEX.256.66.0F3A.W1 18 /r ib",  "T2"},
    {"vextracti64x2",    "xmm1/m128, zmm2, imm8",        "EVEX.512.66.0F3A.W1 39 /r ib",  "T2"},
    {"vextractf64x2",    "xmm1/m128, zmm2, imm8",        "EVEX.512.66.0F3A.W1 19 /r ib",  "T2"},
    {"vinserti64x2",     "zmm1, zmm2, xmm3/m128, imm8",  "EVEX.512.66.0F3A.W1 38 /r ib",  "T2"},
    {"vinsertf64x2",     "zmm1, zmm2, xmm3/m128, imm8",  "EVEX.512.66.0F3A.W1 18 /r ib",  "T2"},
    {"valignd",          "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.VL.66.0F3A.W0 03 /r ib",   "FV"},
    {"valignq",          "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.VL.66.0F3A.W1 03 /r ib",   "FV"},
    {"vpmovzxbw",       "zmm1, ymm2/m256",             "EVEX.VL.66.0F38.WIG 30 /r",    "HVM"},
    {"vpmovsxbw",       "zmm1, ymm2/m256",             "EVEX.VL.66.0F38.WIG 20 /r",    "HVM"},
    {"vpmovzxbd",       "zmm1, xmm2/m128",             "EVEX.VL.66.0F38.WIG 31 /r",    "QVM"},
    {"vpmovsxbd",       "zmm1, xmm2/m128",             "EVEX.VL.66.0F38.WIG 21 /r",    "QVM"},
    {"vpmovzxbq",       "zmm1, xmm2/m64",              "EVEX.VL.66.0F38.WIG 32 /r",    "OVM"},
    {"vpmovsxbq",       "zmm1, xmm2/m64",              "EVEX.VL.66.0F38.WIG 22 /r",    "OVM"},
    {"vpmovzxwd",       "zmm1, ymm2/m256",             "EVEX.VL.66.0F38.WIG 33 /r",    "HVM"},
    {"vpmovsxwd",       "zmm1, ymm2/m256",             "EVEX.VL.66.0F38.WIG 23 /r",    "HVM"},
    {"vpmovzxwq",       "zmm1, xmm2/m128",             "EVEX.VL.66.0F38.WIG 34 /r",    "QVM"},
    {"vpmovsxwq",       "zmm1, xmm2/m128",             "EVEX.VL.66.0F38.WIG 24 /r",    "QVM"},
    {"vpmovzxdq",       "zmm1, ymm2/m256",             "EVEX.VL.66.0F38.W0 35 /r",     "HVM"},
    {"vpmovsxdq",       "zmm1, ymm2/m256",             "EVEX.VL.66.0F38.W0 25 /r",     "HVM"},
    /* down-converting stores: truncate (vpmov), signed (vpmovs) and
     * unsigned (vpmovus) saturation; the narrow operand is the destination */
    {"vpmovqb",          "xmm1/m64, zmm2",               "EVEX.VL.F3.0F38.W0 32 /r",      "OVM"},
    {"vpmovsqb",         "xmm1/m64, zmm2",               "EVEX.VL.F3.0F38.W0 22 /r",      "OVM"},
    {"vpmovusqb",        "xmm1/m64, zmm2",               "EVEX.VL.F3.0F38.W0 12 /r",      "OVM"},
    {"vpmovqw",          "xmm1/m128, zmm2",              "EVEX.VL.F3.0F38.W0 34 /r",      "QVM"},
    {"vpmovsqw",         "xmm1/m128, zmm2",              "EVEX.VL.F3.0F38.W0 24 /r",      "QVM"},
    {"vpmovusqw",        "xmm1/m128, zmm2",              "EVEX.VL.F3.0F38.W0 14 /r",      "QVM"},
    {"vpmovqd",          "ymm1/m256, zmm2",              "EVEX.VL.F3.0F38.W0 35 /r",      "HVM"},
    {"vpmovsqd",         "ymm1/m256, zmm2",              "EVEX.VL.F3.0F38.W0 25 /r",      "HVM"},
    {"vpmovusqd",        "ymm1/m256, zmm2",              "EVEX.VL.F3.0F38.W0 15 /r",      "HVM"},
    {"vpmovdb",          "xmm1/m128, zmm2",              "EVEX.VL.F3.0F38.W0 31 /r",      "QVM"},
    {"vpmovsdb",         "xmm1/m128, zmm2",              "EVEX.VL.F3.0F38.W0 21 /r",      "QVM"},
    {"vpmovusdb",        "xmm1/m128, zmm2",              "EVEX.VL.F3.0F38.W0 11 /r",      "QVM"},
    {"vpmovdw",          "ymm1/m256, zmm2",              "EVEX.VL.F3.0F38.W0 33 /r",      "HVM"},
    {"vpmovsdw",         "ymm1/m256, zmm2",              "EVEX.VL.F3.0F38.W0 23 /r",      "HVM"},
    {"vpmovusdw",        "ymm1/m256, zmm2",              "EVEX.VL.F3.0F38.W0 13 /r",      "HVM"},
    {"vpmovwb",          "ymm1/m256, zmm2",              "EVEX.VL.F3.0F38.W0 30 /r",      "HVM"},
    {"vpmovswb",         "ymm1/m256, zmm2",              "EVEX.VL.F3.0F38.W0 20 /r",      "HVM"},
    {"vpmovuswb",        "ymm1/m256, zmm2",              "EVEX.VL.F3.0F38.W0 10 /r",      "HVM"},
    {"vaddps",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.0F.W0 58 /r",          "FV er"},
    {"vaddpd",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 58 /r",       "FV er"},
    {"vaddss",          "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.F3.0F.W0 58 /r",      "T1S er"},
    {"vaddsd",          "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.F2.0F.W1 58 /r",      "T1S er"},
    {"vsubps",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.0F.W0 5C /r",          "FV er"},
    {"vsubpd",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 5C /r",       "FV er"},
    {"vsubss",          "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.F3.0F.W0 5C /r",      "T1S er"},
    {"vsubsd",          "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.F2.0F.W1 5C /r",      "T1S er"},
    {"vmulps",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.0F.W0 59 /r",          "FV er"},
    {"vmulpd",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 59 /r",       "FV er"},
    {"vmulss",          "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.F3.0F.W0 59 /r",      "T1S er"},
    {"vmulsd",          "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.F2.0F.W1 59 /r",      "T1S er"},
    {"vdivps",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.0F.W0 5E /r",          "FV er"},
    {"vdivpd",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 5E /r",       "FV er"},
    {"vdivss",          "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.F3.0F.W0 5E /r",      "T1S er"},
    {"vdivsd",          "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.F2.0F.W1 5E /r",      "T1S er"},
    {"vminps",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.0F.W0 5D /r",          "FV sae"},
    {"vminpd",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 5D /r",       "FV sae"},
    {"vminss",          "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.F3.0F.W0 5D /r",      "T1S sae"},
    {"vminsd",          "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.F2.0F.W1 5D /r",      "T1S sae"},
    {"vmaxps",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.0F.W0 5F /r",          "FV sae"},
    {"vmaxpd",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 5F /r",       "FV sae"},
    {"vmaxss",          "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.F3.0F.W0 5F /r",      "T1S sae"},
    {"vmaxsd",          "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.F2.0F.W1 5F /r",      "T1S sae"},
    {"vandps",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.0F.W0 54 /r",          "FV"},
    {"vandpd",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 54 /r",       "FV"},
    {"vandnps",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.0F.W0 55 /r",          "FV"},
    {"vandnpd",         "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 55 /r",       "FV"},
    {"vorps",           "zmm1, zmm2, zmm3/m512",       "EVEX.VL.0F.W0 56 /r",          "FV"},
    {"vorpd",           "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 56 /r",       "FV"},
    {"vxorps",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.0F.W0 57 /r",          "FV"},
    {"vxorpd",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 57 /r",       "FV"},
    {"vunpcklps",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.0F.W0 14 /r",          "FV"},
    {"vunpcklpd",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 14 /r",       "FV"},
    {"vunpckhps",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.0F.W0 15 /r",          "FV"},
    {"vunpckhpd",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F.W1 15 /r",       "FV"},
    {"vsqrtps",         "zmm1, zmm2/m512",             "EVEX.VL.0F.W0 51 /r",          "FV er"},
    {"vsqrtpd",         "zmm1, zmm2/m512",             "EVEX.VL.66.0F.W1 51 /r",       "FV er"},
    {"vsqrtss",         "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.F3.0F.W0 51 /r",      "T1S er"},
    {"vsqrtsd",         "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.F2.0F.W1 51 /r",      "T1S er"},
    {"vshufps",         "zmm1, zmm2, zmm3/m512, imm8", "EVEX.VL.0F.W0 C6 /r ib",       "FV"},
    {"vshufpd",         "zmm1, zmm2, zmm3/m512, imm8", "EVEX.VL.66.0F.W1 C6 /r ib",    "FV"},
    /* EVEX forms of AVX/AVX2 mnemonics: moves and duplicates, absolute
     * values, variable word shifts, permutes, element extract/insert
     * (no masking), 128-bit lane shuffles, broadcasts, opmask blends */
    {"vmovsldup",        "zmm1, zmm2/m512",              "EVEX.VL.F3.0F.W0 12 /r",        "FVM"},
    {"vmovshdup",        "zmm1, zmm2/m512",              "EVEX.VL.F3.0F.W0 16 /r",        "FVM"},
    {"vmovddup",         "xmm1, xmm2/m64",               "EVEX.128.F2.0F.W1 12 /r",       "DUP"},
    {"vmovddup",         "ymm1, ymm2/m256",              "EVEX.256.F2.0F.W1 12 /r",       "DUP"},
    {"vmovddup",         "zmm1, zmm2/m512",              "EVEX.512.F2.0F.W1 12 /r",       "DUP"},
    {"vmovhlps",         "xmm1, xmm2, xmm3",             "EVEX.128.0F.W0 12 /r",          "nomask"},
    {"vmovlhps",         "xmm1, xmm2, xmm3",             "EVEX.128.0F.W0 16 /r",          "nomask"},
    {"vmovlps",          "xmm1, xmm2, m64",              "EVEX.128.0F.W0 12 /r",          "T2 nomask"},
    {"vmovlps",          "m64, xmm1",                    "EVEX.128.0F.W0 13 /r",          "T2 nomask"},
    {"vmovhps",          "xmm1, xmm2, m64",              "EVEX.128.0F.W0 16 /r",          "T2 nomask"},
    {"vmovhps",          "m64, xmm1",                    "EVEX.128.0F.W0 17 /r",          "T2 nomask"},
    {"vmovlpd",          "xmm1, xmm2, m64",              "EVEX.128.66.0F.W1 12 /r",       "T1S nomask"},
    {"vmovlpd",          "m64, xmm1",                    "EVEX.128.66.0F.W1 13 /r",       "T1S nomask"},
    {"vmovhpd",          "xmm1, xmm2, m64",              "EVEX.128.66.0F.W1 16 /r",       "T1S nomask"},
    {"vmovhpd",          "m64, xmm1",                    "EVEX.128.66.0F.W1 17 /r",       "T1S nomask"},
    {"vpabsb",           "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.WIG 1C /r",     "FVM"},
    {"vpabsw",           "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.WIG 1D /r",     "FVM"},
    {"vpabsd",           "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W0 1E /r",      "FV"},
    {"vpabsq",           "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W1 1F /r",      "FV"},
    {"vpmulhrsw",        "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.WIG 0B /r",     "FVM"},
    {"vpsrlvw",          "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 10 /r",      "FVM"},
    {"vpsravw",          "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 11 /r",      "FVM"},
    {"vpsllvw",          "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 12 /r",      "FVM"},
    {"vpermilps",        "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W0 0C /r",      "FV"},
    {"vpermilps",        "zmm1, zmm2/m512, imm8",        "EVEX.VL.66.0F3A.W0 04 /r ib",   "FV"},
    {"vpermilpd",        "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 0D /r",      "FV"},
    {"vpermilpd",        "zmm1, zmm2/m512, imm8",        "EVEX.VL.66.0F3A.W1 05 /r ib",   "FV"},
    {"vpermps",          "ymm1, ymm2, ymm3/m256",        "EVEX.256.66.0F38.W0 16 /r",     "FV"},
    {"vpermps",          "zmm1, zmm2, zmm3/m512",        "EVEX.512.66.0F38.W0 16 /r",     "FV"},
    {"vpermpd",          "ymm1, ymm2, ymm3/m256",        "EVEX.256.66.0F38.W1 16 /r",     "FV"},
    {"vpermpd",          "ymm1, ymm2/m256, imm8",        "EVEX.256.66.0F3A.W1 01 /r ib",  "FV"},
    {"vpermpd",          "zmm1, zmm2, zmm3/m512",        "EVEX.512.66.0F38.W1 16 /r",     "FV"},
    {"vpermpd",          "zmm1, zmm2/m512, imm8",        "EVEX.512.66.0F3A.W1 01 /r ib",  "FV"},
    {"vpextrb",          "r32/m8, xmm1, imm8",           "EVEX.128.66.0F3A.WIG 14 /r ib", "T1S nomask"},
    {"vpextrw",          "r32, xmm1, imm8",              "EVEX.128.66.0F.WIG C5 /r ib",   "nomask"},
    {"vpextrw",          "r32/m16, xmm1, imm8",          "EVEX.128.66.0F3A.WIG 15 /r ib", "T1S nomask"},
    {"vpextrd",          "r/m32, xmm1, imm8",            "EVEX.128.66.0F3A.W0 16 /r ib",  "T1S nomask"},
    {"vpextrq",          "r/m64, xmm1, imm8",            "EVEX.128.66.0F3A.W1 16 /r ib",  "T1S nomask"},
    {"vpinsrb",          "xmm1, xmm2, r32/m8, imm8",     "EVEX.128.66.0F3A.WIG 20 /r ib", "T1S nomask"},
    {"vpinsrw",          "xmm1, xmm2, r32/m16, imm8",    "EVEX.128.66.0F.WIG C4 /r ib",   "T1S nomask"},
    {"vpinsrd",          "xmm1, xmm2, r/m32, imm8",      "EVEX.128.66.0F3A.W0 22 /r ib",  "T1S nomask"},
    {"vpinsrq",          "xmm1, xmm2, r/m64, imm8",      "EVEX.128.66.0F3A.W1 22 /r ib",  "T1S nomask"},
    {"vextractps",       "r/m32, xmm1, imm8",            "EVEX.128.66.0F3A.WIG 17 /r ib", "T1S nomask"},
    {"vinsertps",        "xmm1, xmm2, xmm3/m32, imm8",   "EVEX.128.66.0F3A.W0 21 /r ib",  "T1S nomask"},
    {"vshuff32x4",       "ymm1, ymm2, ymm3/m256, imm8",  "EVEX.256.66.0F3A.W0 23 /r ib",  "FV"},
    {"vshuff32x4",       "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.512.66.0F3A.W0 23 /r ib",  "FV"},
    {"vshuff64x2",       "ymm1, ymm2, ymm3/m256, imm8",  "EVEX.256.66.0F3A.W1 23 /r ib",  "FV"},
    {"vshuff64x2",       "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.512.66.0F3A.W1 23 /r ib",  "FV"},
    {"vshufi32x4",       "ymm1, ymm2, ymm3/m256, imm8",  "EVEX.256.66.0F3A.W0 43 /r ib",  "FV"},
    {"vshufi32x4",       "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.512.66.0F3A.W0 43 /r ib",  "FV"},
    {"vshufi64x2",       "ymm1, ymm2, ymm3/m256, imm8",  "EVEX.256.66.0F3A.W1 43 /r ib",  "FV"},
    {"vshufi64x2",       "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.512.66.0F3A.W1 43 /r ib",  "FV"},
    {"vbroadcasti32x8",  "zmm1, m256",                   "EVEX.512.66.0F38.W0 5B /r",     "T8"},
    {"vbroadcastf32x8",  "zmm1, m256",                   "EVEX.512.66.0F38.W0 1B /r",     "T8"},
    {"vbroadcasti64x2",  "ymm1, m128",                   "EVEX.256.66.0F38.W1 5A /r",     "T2"},
    {"vbroadcasti64x2",  "zmm1, m128",                   "EVEX.512.66.0F38.W1 5A /r",     "T2"},
    {"vbroadcastf64x2",  "ymm1, m128",                   "EVEX.256.66.0F38.W1 1A /r",     "T2"},
    {"vbroadcastf64x2",  "zmm1, m128",                   "EVEX.512.66.0F38.W1 1A /r",     "T2"},
    {"vbroadcasti32x2",  "zmm1, xmm2/m64",               "EVEX.VL.66.0F38.W0 59 /r",      "T2"},
    {"vbroadcastf32x2",  "ymm1, xmm2/m64",               "EVEX.256.66.0F38.W0 19 /r",     "T2"},
    {"vbroadcastf32x2",  "zmm1, xmm2/m64",               "EVEX.512.66.0F38.W0 19 /r",     "T2"},
    {"vpblendmb",        "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W0 66 /r",      "FVM"},
    {"vpblendmw",        "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 66 /r",      "FVM"},
    {"vpblendmd",        "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W0 64 /r",      "FV"},
    {"vpblendmq",        "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 64 /r",      "FV"},
    {"vblendmps",        "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W0 65 /r",      "FV"},
    {"vblendmpd",        "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 65 /r",      "FV"},
    {"vcomiss",          "xmm1, xmm2/m32",               "EVEX.LIG.0F.W0 2F /r",          "T1S nomask sae"},
    {"vcomisd",          "xmm1, xmm2/m64",               "EVEX.LIG.66.0F.W1 2F /r",       "T1S nomask sae"},
    {"vucomiss",         "xmm1, xmm2/m32",               "EVEX.LIG.0F.W0 2E /r",          "T1S nomask sae"},
    {"vucomisd",         "xmm1, xmm2/m64",               "EVEX.LIG.66.0F.W1 2E /r",       "T1S nomask sae"},
    /* AVX512CD, AVX512ER-less reciprocals (14-bit), VAES and VPCLMULQDQ */
    {"vpconflictd",      "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W0 C4 /r",      "FV"},
    {"vpconflictq",      "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W1 C4 /r",      "FV"},
    {"vplzcntd",         "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W0 44 /r",      "FV"},
    {"vplzcntq",         "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W1 44 /r",      "FV"},
    {"vpbroadcastmb2q",  "zmm1, k1",                     "EVEX.VL.F3.0F38.W1 2A /r",      "nomask"},
    {"vpbroadcastmw2d",  "zmm1, k1",                     "EVEX.VL.F3.0F38.W0 3A /r",      "nomask"},
    {"vrcp14ps",         "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W0 4C /r",      "FV"},
    {"vrcp14pd",         "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W1 4C /r",      "FV"},
    {"vrcp14ss",         "xmm1, xmm2, xmm3/m32",         "EVEX.LIG.66.0F38.W0 4D /r",     "T1S"},
    {"vrcp14sd",         "xmm1, xmm2, xmm3/m64",         "EVEX.LIG.66.0F38.W1 4D /r",     "T1S"},
    {"vrsqrt14ps",       "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W0 4E /r",      "FV"},
    {"vrsqrt14pd",       "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W1 4E /r",      "FV"},
    {"vrsqrt14ss",       "xmm1, xmm2, xmm3/m32",         "EVEX.LIG.66.0F38.W0 4F /r",     "T1S"},
    {"vrsqrt14sd",       "xmm1, xmm2, xmm3/m64",         "EVEX.LIG.66.0F38.W1 4F /r",     "T1S"},
    {"vaesenc",          "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.WIG DC /r",     "FVM nomask"},
    {"vaesenclast",      "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.WIG DD /r",     "FVM nomask"},
    {"vaesdec",          "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.WIG DE /r",     "FVM nomask"},
    {"vaesdeclast",      "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.WIG DF /r",     "FVM nomask"},
    {"vpclmulqdq",       "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.VL.66.0F3A.WIG 44 /r ib",  "FVM nomask"},
    {"vpclmullqlqdq",    "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F3A.WIG 44 /r 00",  "FVM nomask"},
    {"vpclmulhqlqdq",    "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F3A.WIG 44 /r 01",  "FVM nomask"},
    {"vpclmullqhqdq",    "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F3A.WIG 44 /r 10",  "FVM nomask"},
    {"vpclmulhqhqdq",    "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F3A.WIG 44 /r 11",  "FVM nomask"},
    /* AVX-NE-CONVERT; AMX tile configuration; the REX.W string compares */
    {"vbcstnebf162ps",   "xmm1, m16",                    "VEX.128.F3.0F38.W0 B1 /r",      ""},
    {"vbcstnebf162ps",   "ymm1, m16",                    "VEX.256.F3.0F38.W0 B1 /r",      ""},
    {"vbcstnesh2ps",     "xmm1, m16",                    "VEX.128.66.0F38.W0 B1 /r",      ""},
    {"vbcstnesh2ps",     "ymm1, m16",                    "VEX.256.66.0F38.W0 B1 /r",      ""},
    {"vcvtneebf162ps",   "xmm1, m128",                   "VEX.128.F3.0F38.W0 B0 /r",      ""},
    {"vcvtneebf162ps",   "ymm1, m256",                   "VEX.256.F3.0F38.W0 B0 /r",      ""},
    {"vcvtneeph2ps",     "xmm1, m128",                   "VEX.128.66.0F38.W0 B0 /r",      ""},
    {"vcvtneeph2ps",     "ymm1, m256",                   "VEX.256.66.0F38.W0 B0 /r",      ""},
    {"vcvtneobf162ps",   "xmm1, m128",                   "VEX.128.F2.0F38.W0 B0 /r",      ""},
    {"vcvtneobf162ps",   "ymm1, m256",                   "VEX.256.F2.0F38.W0 B0 /r",      ""},
    {"vcvtneoph2ps",     "xmm1, m128",                   "VEX.128.0F38.W0 B0 /r",         ""},
    {"vcvtneoph2ps",     "ymm1, m256",                   "VEX.256.0F38.W0 B0 /r",         ""},
    {"vcvtneps2bf16",    "xmm1, xmm2/m128",              "VEX.128.F3.0F38.W0 72 /r",      "pvex"},
    {"vcvtneps2bf16",    "xmm1, ymm2/m256",              "VEX.256.F3.0F38.W0 72 /r",      "pvex"},
    {"ldtilecfg",        "mem",                          "VEX.128.0F38.W0 49 /0",         ""},
    {"sttilecfg",        "mem",                          "VEX.128.66.0F38.W0 49 /0",      ""},
    {"tilerelease",      "",                             "VEX.128.0F38.W0 49 C0",         ""},
    {"tileloadd",        "tmm1, sibmem",                 "VEX.128.F2.0F38.W0 4B /r",      ""},
    {"tileloaddt1",      "tmm1, sibmem",                 "VEX.128.66.0F38.W0 4B /r",      ""},
    {"tilestored",       "sibmem, tmm1",                 "VEX.128.F3.0F38.W0 4B /r",      ""},
    {"tilezero",         "tmm1",                         "VEX.128.F2.0F38.W0 49 /r",      "openc:R"},
    {"tdpbf16ps",        "tmm1, tmm2, tmm3",             "VEX.128.F3.0F38.W0 5C /r",      "alldistinct openc:R,M,V"},
    {"tdpfp16ps",        "tmm1, tmm2, tmm3",             "VEX.128.F2.0F38.W0 5C /r",      "alldistinct openc:R,M,V"},
    {"tdpbssd",          "tmm1, tmm2, tmm3",             "VEX.128.F2.0F38.W0 5E /r",      "alldistinct openc:R,M,V"},
    {"tdpbsud",          "tmm1, tmm2, tmm3",             "VEX.128.F3.0F38.W0 5E /r",      "alldistinct openc:R,M,V"},
    {"tdpbusd",          "tmm1, tmm2, tmm3",             "VEX.128.66.0F38.W0 5E /r",      "alldistinct openc:R,M,V"},
    {"tdpbuud",          "tmm1, tmm2, tmm3",             "VEX.128.0F38.W0 5E /r",         "alldistinct openc:R,M,V"},
    {"pcmpestriq",       "xmm1, xmm2/m128, imm8",        "66 REX.W 0F 3A 61 /r ib",       ""},
    {"pcmpestrmq",       "xmm1, xmm2/m128, imm8",        "66 REX.W 0F 3A 60 /r ib",       ""},
    {"vpcmpestriq",      "xmm1, xmm2/m128, imm8",        "VEX.128.66.0F3A.W1 61 /r ib",   ""},
    {"vpcmpestrmq",      "xmm1, xmm2/m128, imm8",        "VEX.128.66.0F3A.W1 60 /r ib",   ""},
    /* AVX-VNNI-INT8 (VEX only) */
    {"vpdpbssd",         "xmm1, xmm2, xmm3/m128",        "VEX.128.F2.0F38.W0 50 /r",      ""},
    {"vpdpbssd",         "ymm1, ymm2, ymm3/m256",        "VEX.256.F2.0F38.W0 50 /r",      ""},
    {"vpdpbssds",        "xmm1, xmm2, xmm3/m128",        "VEX.128.F2.0F38.W0 51 /r",      ""},
    {"vpdpbssds",        "ymm1, ymm2, ymm3/m256",        "VEX.256.F2.0F38.W0 51 /r",      ""},
    {"vpdpbsud",         "xmm1, xmm2, xmm3/m128",        "VEX.128.F3.0F38.W0 50 /r",      ""},
    {"vpdpbsud",         "ymm1, ymm2, ymm3/m256",        "VEX.256.F3.0F38.W0 50 /r",      ""},
    {"vpdpbsuds",        "xmm1, xmm2, xmm3/m128",        "VEX.128.F3.0F38.W0 51 /r",      ""},
    {"vpdpbsuds",        "ymm1, ymm2, ymm3/m256",        "VEX.256.F3.0F38.W0 51 /r",      ""},
    {"vpdpbuud",         "xmm1, xmm2, xmm3/m128",        "VEX.128.0F38.W0 50 /r",         ""},
    {"vpdpbuud",         "ymm1, ymm2, ymm3/m256",        "VEX.256.0F38.W0 50 /r",         ""},
    {"vpdpbuuds",        "xmm1, xmm2, xmm3/m128",        "VEX.128.0F38.W0 51 /r",         ""},
    {"vpdpbuuds",        "ymm1, ymm2, ymm3/m256",        "VEX.256.0F38.W0 51 /r",         ""},
    /* AVX512_VNNI and AVX-VNNI (VEX only with {vex}: GNU takes EVEX) */
    {"vpdpbusd",         "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W0 50 /r",      "FV"},
    {"vpdpbusds",        "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W0 51 /r",      "FV"},
    {"vpdpwssd",         "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W0 52 /r",      "FV"},
    {"vpdpwssds",        "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W0 53 /r",      "FV"},
    {"vpdpbusd",         "xmm1, xmm2, xmm3/m128",        "VEX.128.66.0F38.W0 50 /r",      "pvex"},
    {"vpdpbusd",         "ymm1, ymm2, ymm3/m256",        "VEX.256.66.0F38.W0 50 /r",      "pvex"},
    {"vpdpbusds",        "xmm1, xmm2, xmm3/m128",        "VEX.128.66.0F38.W0 51 /r",      "pvex"},
    {"vpdpbusds",        "ymm1, ymm2, ymm3/m256",        "VEX.256.66.0F38.W0 51 /r",      "pvex"},
    {"vpdpwssd",         "xmm1, xmm2, xmm3/m128",        "VEX.128.66.0F38.W0 52 /r",      "pvex"},
    {"vpdpwssd",         "ymm1, ymm2, ymm3/m256",        "VEX.256.66.0F38.W0 52 /r",      "pvex"},
    {"vpdpwssds",        "xmm1, xmm2, xmm3/m128",        "VEX.128.66.0F38.W0 53 /r",      "pvex"},
    {"vpdpwssds",        "ymm1, ymm2, ymm3/m256",        "VEX.256.66.0F38.W0 53 /r",      "pvex"},
    /* AVX512_IFMA and AVX-IFMA */
    {"vpmadd52luq",      "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 B4 /r",      "FV"},
    {"vpmadd52huq",      "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 B5 /r",      "FV"},
    {"vpmadd52luq",      "xmm1, xmm2, xmm3/m128",        "VEX.128.66.0F38.W1 B4 /r",      "pvex"},
    {"vpmadd52luq",      "ymm1, ymm2, ymm3/m256",        "VEX.256.66.0F38.W1 B4 /r",      "pvex"},
    {"vpmadd52huq",      "xmm1, xmm2, xmm3/m128",        "VEX.128.66.0F38.W1 B5 /r",      "pvex"},
    {"vpmadd52huq",      "ymm1, ymm2, ymm3/m256",        "VEX.256.66.0F38.W1 B5 /r",      "pvex"},
    /* AVX512_VBMI, AVX512_VBMI2 (concatenate and shift), AVX512_BITALG,
     * AVX512_VPOPCNTDQ */
    {"vpmultishiftqb",   "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 83 /r",      "FV"},
    {"vpshldw",          "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.VL.66.0F3A.W1 70 /r ib",   "FVM"},
    {"vpshldd",          "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.VL.66.0F3A.W0 71 /r ib",   "FV"},
    {"vpshldq",          "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.VL.66.0F3A.W1 71 /r ib",   "FV"},
    {"vpshrdw",          "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.VL.66.0F3A.W1 72 /r ib",   "FVM"},
    {"vpshrdd",          "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.VL.66.0F3A.W0 73 /r ib",   "FV"},
    {"vpshrdq",          "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.VL.66.0F3A.W1 73 /r ib",   "FV"},
    {"vpshldvw",         "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 70 /r",      "FVM"},
    {"vpshldvd",         "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W0 71 /r",      "FV"},
    {"vpshldvq",         "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 71 /r",      "FV"},
    {"vpshrdvw",         "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 72 /r",      "FVM"},
    {"vpshrdvd",         "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W0 73 /r",      "FV"},
    {"vpshrdvq",         "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W1 73 /r",      "FV"},
    {"vpshufbitqmb",     "k1, zmm2, zmm3/m512",          "EVEX.VL.66.0F38.W0 8F /r",      "FVM"},
    {"vpopcntb",         "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W0 54 /r",      "FVM"},
    {"vpopcntw",         "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W1 54 /r",      "FVM"},
    {"vpopcntd",         "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W0 55 /r",      "FV"},
    {"vpopcntq",         "zmm1, zmm2/m512",              "EVEX.VL.66.0F38.W1 55 /r",      "FV"},
    /* GFNI: legacy, VEX and EVEX */
    {"gf2p8affineqb",    "xmm1, xmm2/m128, imm8",        "66 0F 3A CE /r ib",             ""},
    {"gf2p8affineinvqb", "xmm1, xmm2/m128, imm8",        "66 0F 3A CF /r ib",             ""},
    {"gf2p8mulb",        "xmm1, xmm2/m128",              "66 0F 38 CF /r",                ""},
    {"vgf2p8affineqb",   "xmm1, xmm2, xmm3/m128, imm8",  "VEX.128.66.0F3A.W1 CE /r ib",   ""},
    {"vgf2p8affineqb",   "ymm1, ymm2, ymm3/m256, imm8",  "VEX.256.66.0F3A.W1 CE /r ib",   ""},
    {"vgf2p8affineinvqb", "xmm1, xmm2, xmm3/m128, imm8", "VEX.128.66.0F3A.W1 CF /r ib",   ""},
    {"vgf2p8affineinvqb", "ymm1, ymm2, ymm3/m256, imm8", "VEX.256.66.0F3A.W1 CF /r ib",   ""},
    {"vgf2p8mulb",       "xmm1, xmm2, xmm3/m128",        "VEX.128.66.0F38.W0 CF /r",      ""},
    {"vgf2p8mulb",       "ymm1, ymm2, ymm3/m256",        "VEX.256.66.0F38.W0 CF /r",      ""},
    {"vgf2p8affineqb",   "zmm1, zmm2, zmm3/m512, imm8",  "EVEX.VL.66.0F3A.W1 CE /r ib",   "FV"},
    {"vgf2p8affineinvqb", "zmm1, zmm2, zmm3/m512, imm8", "EVEX.VL.66.0F3A.W1 CF /r ib",   "FV"},
    {"vgf2p8mulb",       "zmm1, zmm2, zmm3/m512",        "EVEX.VL.66.0F38.W0 CF /r",      "FVM"},    /* EVEX FMA: 132/213/231 in ps/pd (FV) and ss/sd (T1S) */
    {"vfmadd132ps",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 98 /r",      "FV er"},
    {"vfmadd132pd",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 98 /r",      "FV er"},
    {"vfmadd132ss",       "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 99 /r",     "T1S er"},
    {"vfmadd132sd",       "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 99 /r",     "T1S er"},
    {"vfmadd213ps",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 A8 /r",      "FV er"},
    {"vfmadd213pd",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 A8 /r",      "FV er"},
    {"vfmadd213ss",       "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 A9 /r",     "T1S er"},
    {"vfmadd213sd",       "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 A9 /r",     "T1S er"},
    {"vfmadd231ps",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 B8 /r",      "FV er"},
    {"vfmadd231pd",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 B8 /r",      "FV er"},
    {"vfmadd231ss",       "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 B9 /r",     "T1S er"},
    {"vfmadd231sd",       "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 B9 /r",     "T1S er"},
    {"vfmsub132ps",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 9A /r",      "FV er"},
    {"vfmsub132pd",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 9A /r",      "FV er"},
    {"vfmsub132ss",       "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 9B /r",     "T1S er"},
    {"vfmsub132sd",       "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 9B /r",     "T1S er"},
    {"vfmsub213ps",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 AA /r",      "FV er"},
    {"vfmsub213pd",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 AA /r",      "FV er"},
    {"vfmsub213ss",       "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 AB /r",     "T1S er"},
    {"vfmsub213sd",       "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 AB /r",     "T1S er"},
    {"vfmsub231ps",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 BA /r",      "FV er"},
    {"vfmsub231pd",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 BA /r",      "FV er"},
    {"vfmsub231ss",       "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 BB /r",     "T1S er"},
    {"vfmsub231sd",       "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 BB /r",     "T1S er"},
    {"vfnmadd132ps",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 9C /r",      "FV er"},
    {"vfnmadd132pd",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 9C /r",      "FV er"},
    {"vfnmadd132ss",      "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 9D /r",     "T1S er"},
    {"vfnmadd132sd",      "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 9D /r",     "T1S er"},
    {"vfnmadd213ps",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 AC /r",      "FV er"},
    {"vfnmadd213pd",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 AC /r",      "FV er"},
    {"vfnmadd213ss",      "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 AD /r",     "T1S er"},
    {"vfnmadd213sd",      "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 AD /r",     "T1S er"},
    {"vfnmadd231ps",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 BC /r",      "FV er"},
    {"vfnmadd231pd",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 BC /r",      "FV er"},
    {"vfnmadd231ss",      "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 BD /r",     "T1S er"},
    {"vfnmadd231sd",      "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 BD /r",     "T1S er"},
    {"vfnmsub132ps",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 9E /r",      "FV er"},
    {"vfnmsub132pd",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 9E /r",      "FV er"},
    {"vfnmsub132ss",      "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 9F /r",     "T1S er"},
    {"vfnmsub132sd",      "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 9F /r",     "T1S er"},
    {"vfnmsub213ps",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 AE /r",      "FV er"},
    {"vfnmsub213pd",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 AE /r",      "FV er"},
    {"vfnmsub213ss",      "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 AF /r",     "T1S er"},
    {"vfnmsub213sd",      "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 AF /r",     "T1S er"},
    {"vfnmsub231ps",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 BE /r",      "FV er"},
    {"vfnmsub231pd",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 BE /r",      "FV er"},
    {"vfnmsub231ss",      "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 BF /r",     "T1S er"},
    {"vfnmsub231sd",      "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 BF /r",     "T1S er"},
    {"vfmaddsub132ps",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 96 /r",      "FV er"},
    {"vfmaddsub132pd",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 96 /r",      "FV er"},
    {"vfmaddsub213ps",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 A6 /r",      "FV er"},
    {"vfmaddsub213pd",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 A6 /r",      "FV er"},
    {"vfmaddsub231ps",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 B6 /r",      "FV er"},
    {"vfmaddsub231pd",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 B6 /r",      "FV er"},
    {"vfmsubadd132ps",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 97 /r",      "FV er"},
    {"vfmsubadd132pd",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 97 /r",      "FV er"},
    {"vfmsubadd213ps",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 A7 /r",      "FV er"},
    {"vfmsubadd213pd",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 A7 /r",      "FV er"},
    {"vfmsubadd231ps",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 B7 /r",      "FV er"},
    {"vfmsubadd231pd",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 B7 /r",      "FV er"},
    /* Gathers (AVX2: VEX with a mask register; AVX-512: EVEX with a
     * mandatory {k}) and scatters: VSIB memory, vm32x = dword indices in
     * an xmm, the element size from W */
    {"vpgatherdd",    "xmm1, vm32x, xmm2",       "VEX.128.66.0F38.W0 90 /r",      ""},
    {"vpgatherdd",    "ymm1, vm32y, ymm2",       "VEX.256.66.0F38.W0 90 /r",      ""},
    {"vpgatherdq",    "xmm1, vm32x, xmm2",       "VEX.128.66.0F38.W1 90 /r",      ""},
    {"vpgatherdq",    "ymm1, vm32x, ymm2",       "VEX.256.66.0F38.W1 90 /r",      ""},
    {"vpgatherqd",    "xmm1, vm64x, xmm2",       "VEX.128.66.0F38.W0 91 /r",      ""},
    {"vpgatherqd",    "xmm1, vm64y, xmm2",       "VEX.256.66.0F38.W0 91 /r",      ""},
    {"vpgatherqq",    "xmm1, vm64x, xmm2",       "VEX.128.66.0F38.W1 91 /r",      ""},
    {"vpgatherqq",    "ymm1, vm64y, ymm2",       "VEX.256.66.0F38.W1 91 /r",      ""},
    {"vgatherdps",    "xmm1, vm32x, xmm2",       "VEX.128.66.0F38.W0 92 /r",      ""},
    {"vgatherdps",    "ymm1, vm32y, ymm2",       "VEX.256.66.0F38.W0 92 /r",      ""},
    {"vgatherdpd",    "xmm1, vm32x, xmm2",       "VEX.128.66.0F38.W1 92 /r",      ""},
    {"vgatherdpd",    "ymm1, vm32x, ymm2",       "VEX.256.66.0F38.W1 92 /r",      ""},
    {"vgatherqps",    "xmm1, vm64x, xmm2",       "VEX.128.66.0F38.W0 93 /r",      ""},
    {"vgatherqps",    "xmm1, vm64y, xmm2",       "VEX.256.66.0F38.W0 93 /r",      ""},
    {"vgatherqpd",    "xmm1, vm64x, xmm2",       "VEX.128.66.0F38.W1 93 /r",      ""},
    {"vgatherqpd",    "ymm1, vm64y, ymm2",       "VEX.256.66.0F38.W1 93 /r",      ""},
    {"vpgatherdd",    "zmm1, vm32z",             "EVEX.VL.66.0F38.W0 90 /r",      "T1S kmask"},
    {"vpgatherdq",    "zmm1, vm32y",             "EVEX.VL.66.0F38.W1 90 /r",      "T1S kmask"},
    {"vpgatherqd",    "ymm1, vm64z",             "EVEX.VL.66.0F38.W0 91 /r",      "T1S kmask"},
    {"vpgatherqq",    "zmm1, vm64z",             "EVEX.VL.66.0F38.W1 91 /r",      "T1S kmask"},
    {"vgatherdps",    "zmm1, vm32z",             "EVEX.VL.66.0F38.W0 92 /r",      "T1S kmask"},
    {"vgatherdpd",    "zmm1, vm32y",             "EVEX.VL.66.0F38.W1 92 /r",      "T1S kmask"},
    {"vgatherqps",    "ymm1, vm64z",             "EVEX.VL.66.0F38.W0 93 /r",      "T1S kmask"},
    {"vgatherqpd",    "zmm1, vm64z",             "EVEX.VL.66.0F38.W1 93 /r",      "T1S kmask"},
    {"vpscatterdd",   "vm32z, zmm1",             "EVEX.VL.66.0F38.W0 A0 /r",      "T1S kmask"},
    {"vpscatterdq",   "vm32y, zmm1",             "EVEX.VL.66.0F38.W1 A0 /r",      "T1S kmask"},
    {"vpscatterqd",   "vm64z, ymm1",             "EVEX.VL.66.0F38.W0 A1 /r",      "T1S kmask"},
    {"vpscatterqq",   "vm64z, zmm1",             "EVEX.VL.66.0F38.W1 A1 /r",      "T1S kmask"},
    {"vscatterdps",   "vm32z, zmm1",             "EVEX.VL.66.0F38.W0 A2 /r",      "T1S kmask"},
    {"vscatterdpd",   "vm32y, zmm1",             "EVEX.VL.66.0F38.W1 A2 /r",      "T1S kmask"},
    {"vscatterqps",   "vm64z, ymm1",             "EVEX.VL.66.0F38.W0 A3 /r",      "T1S kmask"},
    {"vscatterqpd",   "vm64z, zmm1",             "EVEX.VL.66.0F38.W1 A3 /r",      "T1S kmask"},
    /* EVEX conversions: packed ones as EVEX.VL rows (HV: the source is
     * half the vector; a narrowing destination stays xmm at 128 bits),
     * scalar ones LIG; "er" static rounding, "sae" exceptions off */
    {"vcvtdq2pd",     "zmm1, ymm2/m256",         "EVEX.VL.F3.0F.W0 E6 /r",        "HV"},
    {"vcvtdq2ps",     "zmm1, zmm2/m512",         "EVEX.VL.0F.W0 5B /r",           "FV er"},
    {"vcvtpd2dq",     "ymm1, zmm2/m512",         "EVEX.VL.F2.0F.W1 E6 /r",        "FV er"},
    {"vcvtpd2ps",     "ymm1, zmm2/m512",         "EVEX.VL.66.0F.W1 5A /r",        "FV er"},
    {"vcvtps2dq",     "zmm1, zmm2/m512",         "EVEX.VL.66.0F.W0 5B /r",        "FV er"},
    {"vcvtps2pd",     "zmm1, ymm2/m256",         "EVEX.VL.0F.W0 5A /r",           "HV sae"},
    {"vcvttpd2dq",    "ymm1, zmm2/m512",         "EVEX.VL.66.0F.W1 E6 /r",        "FV sae"},
    {"vcvttps2dq",    "zmm1, zmm2/m512",         "EVEX.VL.F3.0F.W0 5B /r",        "FV sae"},
    {"vcvtph2ps",     "zmm1, ymm2/m256",         "EVEX.VL.66.0F38.W0 13 /r",      "HVM sae"},
    {"vcvtudq2pd",    "zmm1, ymm2/m256",         "EVEX.VL.F3.0F.W0 7A /r",        "HV"},
    {"vcvtudq2ps",    "zmm1, zmm2/m512",         "EVEX.VL.F2.0F.W0 7A /r",        "FV er"},
    {"vcvtpd2udq",    "ymm1, zmm2/m512",         "EVEX.VL.0F.W1 79 /r",           "FV er"},
    {"vcvtps2udq",    "zmm1, zmm2/m512",         "EVEX.VL.0F.W0 79 /r",           "FV er"},
    {"vcvttpd2udq",   "ymm1, zmm2/m512",         "EVEX.VL.0F.W1 78 /r",           "FV sae"},
    {"vcvttps2udq",   "zmm1, zmm2/m512",         "EVEX.VL.0F.W0 78 /r",           "FV sae"},
    {"vcvtqq2pd",     "zmm1, zmm2/m512",         "EVEX.VL.F3.0F.W1 E6 /r",        "FV er"},
    {"vcvtqq2ps",     "ymm1, zmm2/m512",         "EVEX.VL.0F.W1 5B /r",           "FV er"},
    {"vcvtuqq2pd",    "zmm1, zmm2/m512",         "EVEX.VL.F3.0F.W1 7A /r",        "FV er"},
    {"vcvtuqq2ps",    "ymm1, zmm2/m512",         "EVEX.VL.F2.0F.W1 7A /r",        "FV er"},
    {"vcvtpd2qq",     "zmm1, zmm2/m512",         "EVEX.VL.66.0F.W1 7B /r",        "FV er"},
    {"vcvtpd2uqq",    "zmm1, zmm2/m512",         "EVEX.VL.66.0F.W1 79 /r",        "FV er"},
    {"vcvtps2qq",     "zmm1, ymm2/m256",         "EVEX.VL.66.0F.W0 7B /r",        "HV er"},
    {"vcvtps2uqq",    "zmm1, ymm2/m256",         "EVEX.VL.66.0F.W0 79 /r",        "HV er"},
    {"vcvttpd2qq",    "zmm1, zmm2/m512",         "EVEX.VL.66.0F.W1 7A /r",        "FV sae"},
    {"vcvttpd2uqq",   "zmm1, zmm2/m512",         "EVEX.VL.66.0F.W1 78 /r",        "FV sae"},
    {"vcvttps2qq",    "zmm1, ymm2/m256",         "EVEX.VL.66.0F.W0 7A /r",        "HV sae"},
    {"vcvttps2uqq",   "zmm1, ymm2/m256",         "EVEX.VL.66.0F.W0 78 /r",        "HV sae"},
    {"vcvtps2ph",     "ymm1/m256, zmm2, imm8",   "EVEX.VL.66.0F3A.W0 1D /r ib",   "HVM sae"},
    {"vcvtsd2si/vcvtsd2sid", "r32, xmm1/m64",           "EVEX.LIG.F2.0F.W0 2D /r",       "T1F er nomask"},
    {"vcvtsd2si/vcvtsd2siq", "r64, xmm1/m64",           "EVEX.LIG.F2.0F.W1 2D /r",       "T1F er nomask"},
    {"vcvtss2si/vcvtss2sid", "r32, xmm1/m32",           "EVEX.LIG.F3.0F.W0 2D /r",       "T1F er nomask"},
    {"vcvtss2si/vcvtss2siq", "r64, xmm1/m32",           "EVEX.LIG.F3.0F.W1 2D /r",       "T1F er nomask"},
    {"vcvttsd2si/vcvttsd2sid", "r32, xmm1/m64",           "EVEX.LIG.F2.0F.W0 2C /r",       "T1F sae nomask"},
    {"vcvttsd2si/vcvttsd2siq", "r64, xmm1/m64",           "EVEX.LIG.F2.0F.W1 2C /r",       "T1F sae nomask"},
    {"vcvttss2si/vcvttss2sid", "r32, xmm1/m32",           "EVEX.LIG.F3.0F.W0 2C /r",       "T1F sae nomask"},
    {"vcvttss2si/vcvttss2siq", "r64, xmm1/m32",           "EVEX.LIG.F3.0F.W1 2C /r",       "T1F sae nomask"},
    {"vcvtsd2usi",    "r32, xmm1/m64",           "EVEX.LIG.F2.0F.W0 79 /r",       "T1F er nomask"},
    {"vcvtsd2usi",    "r64, xmm1/m64",           "EVEX.LIG.F2.0F.W1 79 /r",       "T1F er nomask"},
    {"vcvtss2usi",    "r32, xmm1/m32",           "EVEX.LIG.F3.0F.W0 79 /r",       "T1F er nomask"},
    {"vcvtss2usi",    "r64, xmm1/m32",           "EVEX.LIG.F3.0F.W1 79 /r",       "T1F er nomask"},
    {"vcvttsd2usi",   "r32, xmm1/m64",           "EVEX.LIG.F2.0F.W0 78 /r",       "T1F sae nomask"},
    {"vcvttsd2usi",   "r64, xmm1/m64",           "EVEX.LIG.F2.0F.W1 78 /r",       "T1F sae nomask"},
    {"vcvttss2usi",   "r32, xmm1/m32",           "EVEX.LIG.F3.0F.W0 78 /r",       "T1F sae nomask"},
    {"vcvttss2usi",   "r64, xmm1/m32",           "EVEX.LIG.F3.0F.W1 78 /r",       "T1F sae nomask"},
    {"vcvtsi2sd/vcvtsi2sdd", "xmm1, xmm2, r/m32",       "EVEX.LIG.F2.0F.W0 2A /r",       "T1S nomask"},
    {"vcvtsi2sd/vcvtsi2sdq", "xmm1, xmm2, r/m64",       "EVEX.LIG.F2.0F.W1 2A /r",       "T1S er nomask"},
    {"vcvtsi2ss/vcvtsi2ssd", "xmm1, xmm2, r/m32",       "EVEX.LIG.F3.0F.W0 2A /r",       "T1S er nomask"},
    {"vcvtsi2ss/vcvtsi2ssq", "xmm1, xmm2, r/m64",       "EVEX.LIG.F3.0F.W1 2A /r",       "T1S er nomask"},
    {"vcvtusi2sd/vcvtusi2sdd", "xmm1, xmm2, r/m32",       "EVEX.LIG.F2.0F.W0 7B /r",       "T1S nomask"},
    {"vcvtusi2sd/vcvtusi2sdq", "xmm1, xmm2, r/m64",       "EVEX.LIG.F2.0F.W1 7B /r",       "T1S er nomask"},
    {"vcvtusi2ss/vcvtusi2ssd", "xmm1, xmm2, r/m32",       "EVEX.LIG.F3.0F.W0 7B /r",       "T1S er nomask"},
    {"vcvtusi2ss/vcvtusi2ssq", "xmm1, xmm2, r/m64",       "EVEX.LIG.F3.0F.W1 7B /r",       "T1S er nomask"},
    {"vcvtsd2ss",     "xmm1, xmm2, xmm3/m64",    "EVEX.LIG.F2.0F.W1 5A /r",       "T1S er"},
    {"vcvtss2sd",     "xmm1, xmm2, xmm3/m32",    "EVEX.LIG.F3.0F.W0 5A /r",       "T1S sae"},
    /* AVX-512 FP helpers: exponent and mantissa, fix-up, range, reduce,
     * round to scale, scale */
    {"vgetexpps",     "zmm1, zmm2/m512",             "EVEX.VL.66.0F38.W0 42 /r",      "FV sae"},
    {"vgetexppd",     "zmm1, zmm2/m512",             "EVEX.VL.66.0F38.W1 42 /r",      "FV sae"},
    {"vgetexpss",     "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 43 /r",     "T1S sae"},
    {"vgetexpsd",     "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 43 /r",     "T1S sae"},
    {"vgetmantps",    "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F3A.W0 26 /r ib",   "FV sae"},
    {"vgetmantpd",    "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F3A.W1 26 /r ib",   "FV sae"},
    {"vgetmantss",    "xmm1, xmm2, xmm3/m32, imm8",  "EVEX.LIG.66.0F3A.W0 27 /r ib",  "T1S sae"},
    {"vgetmantsd",    "xmm1, xmm2, xmm3/m64, imm8",  "EVEX.LIG.66.0F3A.W1 27 /r ib",  "T1S sae"},
    {"vfixupimmps",   "zmm1, zmm2, zmm3/m512, imm8", "EVEX.VL.66.0F3A.W0 54 /r ib",   "FV sae"},
    {"vfixupimmpd",   "zmm1, zmm2, zmm3/m512, imm8", "EVEX.VL.66.0F3A.W1 54 /r ib",   "FV sae"},
    {"vfixupimmss",   "xmm1, xmm2, xmm3/m32, imm8",  "EVEX.LIG.66.0F3A.W0 55 /r ib",  "T1S sae"},
    {"vfixupimmsd",   "xmm1, xmm2, xmm3/m64, imm8",  "EVEX.LIG.66.0F3A.W1 55 /r ib",  "T1S sae"},
    {"vrangeps",      "zmm1, zmm2, zmm3/m512, imm8", "EVEX.VL.66.0F3A.W0 50 /r ib",   "FV sae"},
    {"vrangepd",      "zmm1, zmm2, zmm3/m512, imm8", "EVEX.VL.66.0F3A.W1 50 /r ib",   "FV sae"},
    {"vrangess",      "xmm1, xmm2, xmm3/m32, imm8",  "EVEX.LIG.66.0F3A.W0 51 /r ib",  "T1S sae"},
    {"vrangesd",      "xmm1, xmm2, xmm3/m64, imm8",  "EVEX.LIG.66.0F3A.W1 51 /r ib",  "T1S sae"},
    {"vreduceps",     "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F3A.W0 56 /r ib",   "FV sae"},
    {"vreducepd",     "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F3A.W1 56 /r ib",   "FV sae"},
    {"vreducess",     "xmm1, xmm2, xmm3/m32, imm8",  "EVEX.LIG.66.0F3A.W0 57 /r ib",  "T1S sae"},
    {"vreducesd",     "xmm1, xmm2, xmm3/m64, imm8",  "EVEX.LIG.66.0F3A.W1 57 /r ib",  "T1S sae"},
    {"vscalefps",     "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W0 2C /r",      "FV er"},
    {"vscalefpd",     "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.0F38.W1 2C /r",      "FV er"},
    {"vscalefss",     "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 2D /r",     "T1S er"},
    {"vscalefsd",     "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 2D /r",     "T1S er"},
    {"vrndscaleps",   "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F3A.W0 08 /r ib",   "FV sae"},
    {"vrndscalepd",   "zmm1, zmm2/m512, imm8",       "EVEX.VL.66.0F3A.W1 09 /r ib",   "FV sae"},
    {"vrndscaless",   "xmm1, xmm2, xmm3/m32, imm8",  "EVEX.LIG.66.0F3A.W0 0A /r ib",  "T1S sae"},
    {"vrndscalesd",   "xmm1, xmm2, xmm3/m64, imm8",  "EVEX.LIG.66.0F3A.W1 0B /r ib",  "T1S sae"},
    /* compress and expand: the memory operand is a vector, but disp8*N is
     * one element (T1S; "ebw": bytes/words, VBMI2) */
    {"vpcompressd",     "zmm1/m512, zmm2",             "EVEX.VL.66.0F38.W0 8B /r",     "T1S"},
    {"vpcompressq",     "zmm1/m512, zmm2",             "EVEX.VL.66.0F38.W1 8B /r",     "T1S"},
    {"vcompressps",     "zmm1/m512, zmm2",             "EVEX.VL.66.0F38.W0 8A /r",     "T1S"},
    {"vcompresspd",     "zmm1/m512, zmm2",             "EVEX.VL.66.0F38.W1 8A /r",     "T1S"},
    {"vpexpandd",       "zmm1, zmm2/m512",             "EVEX.VL.66.0F38.W0 89 /r",     "T1S"},
    {"vpexpandq",       "zmm1, zmm2/m512",             "EVEX.VL.66.0F38.W1 89 /r",     "T1S"},
    {"vexpandps",       "zmm1, zmm2/m512",             "EVEX.VL.66.0F38.W0 88 /r",     "T1S"},
    {"vexpandpd",       "zmm1, zmm2/m512",             "EVEX.VL.66.0F38.W1 88 /r",     "T1S"},
    {"vpcompressb",     "zmm1/m512, zmm2",             "EVEX.VL.66.0F38.W0 63 /r",     "T1S ebw"},
    {"vpcompressw",     "zmm1/m512, zmm2",             "EVEX.VL.66.0F38.W1 63 /r",     "T1S ebw"},
    {"vpexpandb",       "zmm1, zmm2/m512",             "EVEX.VL.66.0F38.W0 62 /r",     "T1S ebw"},
    {"vpexpandw",       "zmm1, zmm2/m512",             "EVEX.VL.66.0F38.W1 62 /r",     "T1S ebw"},
    /* vfpclass: the memory forms of one vector length are also written
     * with GNU's x/y/z suffix; AVX512ER (Xeon Phi) approximations */
    {"vfpclassps",      "k1, zmm2/m512, imm8",         "EVEX.VL.66.0F3A.W0 66 /r ib",  "FV"},
    {"vfpclasspd",      "k1, zmm2/m512, imm8",         "EVEX.VL.66.0F3A.W1 66 /r ib",  "FV"},
    {"vfpclasspsx",     "k1, xmm2/m128, imm8",         "EVEX.128.66.0F3A.W0 66 /r ib", "FV"},
    {"vfpclasspsy",     "k1, ymm2/m256, imm8",         "EVEX.256.66.0F3A.W0 66 /r ib", "FV"},
    {"vfpclasspsz",     "k1, zmm2/m512, imm8",         "EVEX.512.66.0F3A.W0 66 /r ib", "FV"},
    {"vfpclasspdx",     "k1, xmm2/m128, imm8",         "EVEX.128.66.0F3A.W1 66 /r ib", "FV"},
    {"vfpclasspdy",     "k1, ymm2/m256, imm8",         "EVEX.256.66.0F3A.W1 66 /r ib", "FV"},
    {"vfpclasspdz",     "k1, zmm2/m512, imm8",         "EVEX.512.66.0F3A.W1 66 /r ib", "FV"},
    {"vfpclassss",      "k1, xmm2/m32, imm8",          "EVEX.LIG.66.0F3A.W0 67 /r ib", "T1S"},
    {"vfpclasssd",      "k1, xmm2/m64, imm8",          "EVEX.LIG.66.0F3A.W1 67 /r ib", "T1S"},
    {"vexp2ps",         "zmm1, zmm2/m512",             "EVEX.512.66.0F38.W0 C8 /r",    "FV sae"},
    {"vexp2pd",         "zmm1, zmm2/m512",             "EVEX.512.66.0F38.W1 C8 /r",    "FV sae"},
    {"vrcp28ps",        "zmm1, zmm2/m512",             "EVEX.512.66.0F38.W0 CA /r",    "FV sae"},
    {"vrcp28pd",        "zmm1, zmm2/m512",             "EVEX.512.66.0F38.W1 CA /r",    "FV sae"},
    {"vrcp28ss",        "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 CB /r",    "T1S sae"},
    {"vrcp28sd",        "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 CB /r",    "T1S sae"},
    {"vrsqrt28ps",      "zmm1, zmm2/m512",             "EVEX.512.66.0F38.W0 CC /r",    "FV sae"},
    {"vrsqrt28pd",      "zmm1, zmm2/m512",             "EVEX.512.66.0F38.W1 CC /r",    "FV sae"},
    {"vrsqrt28ss",      "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.66.0F38.W0 CD /r",    "T1S sae"},
    {"vrsqrt28sd",      "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.66.0F38.W1 CD /r",    "T1S sae"},
    /* AVX512_BF16, AVX512_VP2INTERSECT */
    {"vcvtne2ps2bf16",  "zmm1, zmm2, zmm3/m512",       "EVEX.VL.F2.0F38.W0 72 /r",     "FV"},
    {"vcvtneps2bf16",   "ymm1, zmm2/m512",             "EVEX.VL.F3.0F38.W0 72 /r",     "FV"},
    {"vdpbf16ps",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.F3.0F38.W0 52 /r",     "FV"},
    {"vp2intersectd",   "k1, zmm2, zmm3/m512",         "EVEX.VL.F2.0F38.W0 68 /r",     "FV nomask"},
    {"vp2intersectq",   "k1, zmm2, zmm3/m512",         "EVEX.VL.F2.0F38.W1 68 /r",     "FV nomask"},
    /* AVX512_4FMAPS, AVX512_4VNNIW: the source is a group of four
     * registers, named by its first (`zmm2+3' in the SDM; GNU 2.40 and
     * objdump write the first alone, a multiple of 4: others only warn),
     * the memory 128 bits, disp8*N with N = 16 (T1_4X: T4 here) */
    {"v4fmaddps",       "zmm1, zmm2+3, m128",          "EVEX.512.F2.0F38.W0 9A /r",    "T4"},
    {"v4fnmaddps",      "zmm1, zmm2+3, m128",          "EVEX.512.F2.0F38.W0 AA /r",    "T4"},
    {"v4fmaddss",       "xmm1, xmm2+3, m128",          "EVEX.LIG.F2.0F38.W0 9B /r",    "T4"},
    {"v4fnmaddss",      "xmm1, xmm2+3, m128",          "EVEX.LIG.F2.0F38.W0 AB /r",    "T4"},
    {"vp4dpwssd",       "zmm1, zmm2+3, m128",          "EVEX.512.F2.0F38.W0 52 /r",    "T4"},
    {"vp4dpwssds",      "zmm1, zmm2+3, m128",          "EVEX.512.F2.0F38.W0 53 /r",    "T4"},
    /* AVX512_FP16 arithmetic (maps 5 and 6, half-precision elements:
     * "ph"), without its conversions */
    {"vaddph",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.MAP5.W0 58 /r",           "FV ph er"},
    {"vaddsh",          "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.F3.MAP5.W0 58 /r",       "T1S ph er"},
    {"vsubph",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.MAP5.W0 5C /r",           "FV ph er"},
    {"vsubsh",          "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.F3.MAP5.W0 5C /r",       "T1S ph er"},
    {"vmulph",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.MAP5.W0 59 /r",           "FV ph er"},
    {"vmulsh",          "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.F3.MAP5.W0 59 /r",       "T1S ph er"},
    {"vdivph",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.MAP5.W0 5E /r",           "FV ph er"},
    {"vdivsh",          "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.F3.MAP5.W0 5E /r",       "T1S ph er"},
    {"vminph",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.MAP5.W0 5D /r",           "FV ph sae"},
    {"vminsh",          "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.F3.MAP5.W0 5D /r",       "T1S ph sae"},
    {"vmaxph",          "zmm1, zmm2, zmm3/m512",       "EVEX.VL.MAP5.W0 5F /r",           "FV ph sae"},
    {"vmaxsh",          "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.F3.MAP5.W0 5F /r",       "T1S ph sae"},
    {"vsqrtph",         "zmm1, zmm2/m512",             "EVEX.VL.MAP5.W0 51 /r",           "FV ph er"},
    {"vsqrtsh",         "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.F3.MAP5.W0 51 /r",       "T1S ph er"},
    {"vcmpph",          "k1, zmm2, zmm3/m512, imm8",   "EVEX.VL.0F3A.W0 C2 /r ib",        "FV ph sae"},
    {"vcmp*ph",         "k1, zmm2, zmm3/m512",         "EVEX.VL.0F3A.W0 C2 /r ip",        "FV ph sae"},
    {"vcmpsh",          "k1, xmm2, xmm3/m16, imm8",    "EVEX.LIG.F3.0F3A.W0 C2 /r ib",    "T1S ph sae"},
    {"vcmp*sh",         "k1, xmm2, xmm3/m16",          "EVEX.LIG.F3.0F3A.W0 C2 /r ip",    "T1S ph sae"},
    {"vcomish",         "xmm1, xmm2/m16",              "EVEX.LIG.MAP5.W0 2F /r",          "T1S ph sae nomask"},
    {"vucomish",        "xmm1, xmm2/m16",              "EVEX.LIG.MAP5.W0 2E /r",          "T1S ph sae nomask"},
    {"vmovsh",          "xmm1, m16",                   "EVEX.LIG.F3.MAP5.W0 10 /r",       "T1S ph"},
    {"vmovsh",          "m16, xmm1",                   "EVEX.LIG.F3.MAP5.W0 11 /r",       "T1S ph"},
    {"vmovsh",          "xmm1, xmm2, xmm3",            "EVEX.LIG.F3.MAP5.W0 10 /r",       "ph"},
    {"vmovsh",          "xmm1, xmm2, xmm3",            "EVEX.LIG.F3.MAP5.W0 11 /r",       "ph openc:M,V,R"},
    {"vmovw",           "xmm1, r32/m16",               "EVEX.128.66.MAP5.WIG 6E /r",      "T1S ph nomask"},
    {"vmovw",           "r32/m16, xmm1",               "EVEX.128.66.MAP5.WIG 7E /r",      "T1S ph nomask"},
    {"vrcpph",          "zmm1, zmm2/m512",             "EVEX.VL.66.MAP6.W0 4C /r",        "FV ph"},
    {"vrcpsh",          "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 4D /r",       "T1S ph"},
    {"vrsqrtph",        "zmm1, zmm2/m512",             "EVEX.VL.66.MAP6.W0 4E /r",        "FV ph"},
    {"vrsqrtsh",        "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 4F /r",       "T1S ph"},
    {"vgetexpph",       "zmm1, zmm2/m512",             "EVEX.VL.66.MAP6.W0 42 /r",        "FV ph sae"},
    {"vgetexpsh",       "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 43 /r",       "T1S ph sae"},
    {"vscalefph",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 2C /r",        "FV ph er"},
    {"vscalefsh",       "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 2D /r",       "T1S ph er"},
    {"vgetmantph",      "zmm1, zmm2/m512, imm8",       "EVEX.VL.0F3A.W0 26 /r ib",        "FV ph sae"},
    {"vgetmantsh",      "xmm1, xmm2, xmm3/m16, imm8",  "EVEX.LIG.0F3A.W0 27 /r ib",       "T1S ph sae"},
    {"vreduceph",       "zmm1, zmm2/m512, imm8",       "EVEX.VL.0F3A.W0 56 /r ib",        "FV ph sae"},
    {"vreducesh",       "xmm1, xmm2, xmm3/m16, imm8",  "EVEX.LIG.0F3A.W0 57 /r ib",       "T1S ph sae"},
    {"vrndscaleph",     "zmm1, zmm2/m512, imm8",       "EVEX.VL.0F3A.W0 08 /r ib",        "FV ph sae"},
    {"vrndscalesh",     "xmm1, xmm2, xmm3/m16, imm8",  "EVEX.LIG.0F3A.W0 0A /r ib",       "T1S ph sae"},
    {"vfpclassph",      "k1, zmm2/m512, imm8",         "EVEX.VL.0F3A.W0 66 /r ib",        "FV ph"},
    {"vfpclasssh",      "k1, xmm2/m16, imm8",          "EVEX.LIG.0F3A.W0 67 /r ib",       "T1S ph"},
    {"vfmadd132ph",     "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 98 /r",        "FV ph er"},
    {"vfmadd132sh",     "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 99 /r",       "T1S ph er"},
    {"vfmadd213ph",     "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 A8 /r",        "FV ph er"},
    {"vfmadd213sh",     "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 A9 /r",       "T1S ph er"},
    {"vfmadd231ph",     "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 B8 /r",        "FV ph er"},
    {"vfmadd231sh",     "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 B9 /r",       "T1S ph er"},
    {"vfmsub132ph",     "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 9A /r",        "FV ph er"},
    {"vfmsub132sh",     "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 9B /r",       "T1S ph er"},
    {"vfmsub213ph",     "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 AA /r",        "FV ph er"},
    {"vfmsub213sh",     "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 AB /r",       "T1S ph er"},
    {"vfmsub231ph",     "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 BA /r",        "FV ph er"},
    {"vfmsub231sh",     "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 BB /r",       "T1S ph er"},
    {"vfnmadd132ph",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 9C /r",        "FV ph er"},
    {"vfnmadd132sh",    "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 9D /r",       "T1S ph er"},
    {"vfnmadd213ph",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 AC /r",        "FV ph er"},
    {"vfnmadd213sh",    "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 AD /r",       "T1S ph er"},
    {"vfnmadd231ph",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 BC /r",        "FV ph er"},
    {"vfnmadd231sh",    "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 BD /r",       "T1S ph er"},
    {"vfnmsub132ph",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 9E /r",        "FV ph er"},
    {"vfnmsub132sh",    "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 9F /r",       "T1S ph er"},
    {"vfnmsub213ph",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 AE /r",        "FV ph er"},
    {"vfnmsub213sh",    "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 AF /r",       "T1S ph er"},
    {"vfnmsub231ph",    "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 BE /r",        "FV ph er"},
    {"vfnmsub231sh",    "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.66.MAP6.W0 BF /r",       "T1S ph er"},
    {"vfmaddsub132ph",  "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 96 /r",        "FV ph er"},
    {"vfmaddsub213ph",  "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 A6 /r",        "FV ph er"},
    {"vfmaddsub231ph",  "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 B6 /r",        "FV ph er"},
    {"vfmsubadd132ph",  "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 97 /r",        "FV ph er"},
    {"vfmsubadd213ph",  "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 A7 /r",        "FV ph er"},
    {"vfmsubadd231ph",  "zmm1, zmm2, zmm3/m512",       "EVEX.VL.66.MAP6.W0 B7 /r",        "FV ph er"},
    {"vfmaddcph",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.F3.MAP6.W0 56 /r",        "FV er distinct"},
    {"vfcmaddcph",      "zmm1, zmm2, zmm3/m512",       "EVEX.VL.F2.MAP6.W0 56 /r",        "FV er distinct"},
    {"vfmulcph",        "zmm1, zmm2, zmm3/m512",       "EVEX.VL.F3.MAP6.W0 D6 /r",        "FV er distinct"},
    {"vfcmulcph",       "zmm1, zmm2, zmm3/m512",       "EVEX.VL.F2.MAP6.W0 D6 /r",        "FV er distinct"},
    {"vfmaddcsh",       "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.F3.MAP6.W0 57 /r",       "T1S er distinct"},
    {"vfcmaddcsh",      "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.F2.MAP6.W0 57 /r",       "T1S er distinct"},
    {"vfmulcsh",        "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.F3.MAP6.W0 D7 /r",       "T1S er distinct"},
    {"vfcmulcsh",       "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.F2.MAP6.W0 D7 /r",       "T1S er distinct"},
    /* AVX512_FP16 conversions (QV: a quarter-vector source, vcvtph2pd) */
    {"vcvtsd2sh",       "xmm1, xmm2, xmm3/m64",        "EVEX.LIG.F2.MAP5.W1 5A /r",       "T1S er"},
    {"vcvtsh2sd",       "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.F3.MAP5.W0 5A /r",       "T1S ph sae"},
    {"vcvtss2sh",       "xmm1, xmm2, xmm3/m32",        "EVEX.LIG.MAP5.W0 1D /r",          "T1S er"},
    {"vcvtsh2ss",       "xmm1, xmm2, xmm3/m16",        "EVEX.LIG.MAP6.W0 13 /r",          "T1S ph sae"},
    {"vcvtsh2si",       "r32, xmm1/m16",               "EVEX.LIG.F3.MAP5.W0 2D /r",       "T1S ph nomask er"},
    {"vcvtsh2si",       "r64, xmm1/m16",               "EVEX.LIG.F3.MAP5.W1 2D /r",       "T1S ph nomask er"},
    {"vcvtsh2usi",      "r32, xmm1/m16",               "EVEX.LIG.F3.MAP5.W0 79 /r",       "T1S ph nomask er"},
    {"vcvtsh2usi",      "r64, xmm1/m16",               "EVEX.LIG.F3.MAP5.W1 79 /r",       "T1S ph nomask er"},
    {"vcvttsh2si",      "r32, xmm1/m16",               "EVEX.LIG.F3.MAP5.W0 2C /r",       "T1S ph nomask sae"},
    {"vcvttsh2si",      "r64, xmm1/m16",               "EVEX.LIG.F3.MAP5.W1 2C /r",       "T1S ph nomask sae"},
    {"vcvttsh2usi",     "r32, xmm1/m16",               "EVEX.LIG.F3.MAP5.W0 78 /r",       "T1S ph nomask sae"},
    {"vcvttsh2usi",     "r64, xmm1/m16",               "EVEX.LIG.F3.MAP5.W1 78 /r",       "T1S ph nomask sae"},
    {"vcvtsi2sh/vcvtsi2shd", "xmm1, xmm2, r/m32",           "EVEX.LIG.F3.MAP5.W0 2A /r",       "T1S nomask er"},
    {"vcvtsi2sh/vcvtsi2shq", "xmm1, xmm2, r/m64",           "EVEX.LIG.F3.MAP5.W1 2A /r",       "T1S nomask er"},
    {"vcvtusi2sh/vcvtusi2shd", "xmm1, xmm2, r/m32",           "EVEX.LIG.F3.MAP5.W0 7B /r",       "T1S nomask er"},
    {"vcvtusi2sh/vcvtusi2shq", "xmm1, xmm2, r/m64",           "EVEX.LIG.F3.MAP5.W1 7B /r",       "T1S nomask er"},
    {"vcvtph2pd",       "zmm1, xmm2/m128",             "EVEX.VL.MAP5.W0 5A /r",           "QV ph sae"},
    {"vcvtpd2ph",       "xmm1, zmm2/m512",             "EVEX.VL.66.MAP5.W1 5A /r",        "FV er"},
    {"vcvtph2psx",      "zmm1, ymm2/m256",             "EVEX.VL.66.MAP6.W0 13 /r",        "HV ph sae"},
    {"vcvtps2phx",      "ymm1, zmm2/m512",             "EVEX.VL.66.MAP5.W0 1D /r",        "FV er"},
    {"vcvtph2dq",       "zmm1, ymm2/m256",             "EVEX.VL.66.MAP5.W0 5B /r",        "HV ph er"},
    {"vcvtph2udq",      "zmm1, ymm2/m256",             "EVEX.VL.MAP5.W0 79 /r",           "HV ph er"},
    {"vcvttph2dq",      "zmm1, ymm2/m256",             "EVEX.VL.F3.MAP5.W0 5B /r",        "HV ph sae"},
    {"vcvttph2udq",     "zmm1, ymm2/m256",             "EVEX.VL.MAP5.W0 78 /r",           "HV ph sae"},
    {"vcvtph2qq",       "zmm1, xmm2/m128",             "EVEX.VL.66.MAP5.W0 7B /r",        "QV ph er"},
    {"vcvtph2uqq",      "zmm1, xmm2/m128",             "EVEX.VL.66.MAP5.W0 79 /r",        "QV ph er"},
    {"vcvttph2qq",      "zmm1, xmm2/m128",             "EVEX.VL.66.MAP5.W0 7A /r",        "QV ph sae"},
    {"vcvttph2uqq",     "zmm1, xmm2/m128",             "EVEX.VL.66.MAP5.W0 78 /r",        "QV ph sae"},
    {"vcvtph2w",        "zmm1, zmm2/m512",             "EVEX.VL.66.MAP5.W0 7D /r",        "FV ph er"},
    {"vcvtph2uw",       "zmm1, zmm2/m512",             "EVEX.VL.MAP5.W0 7D /r",           "FV ph er"},
    {"vcvttph2w",       "zmm1, zmm2/m512",             "EVEX.VL.66.MAP5.W0 7C /r",        "FV ph sae"},
    {"vcvttph2uw",      "zmm1, zmm2/m512",             "EVEX.VL.MAP5.W0 7C /r",           "FV ph sae"},
    {"vcvtw2ph",        "zmm1, zmm2/m512",             "EVEX.VL.F3.MAP5.W0 7D /r",        "FV ph er"},
    {"vcvtuw2ph",       "zmm1, zmm2/m512",             "EVEX.VL.F2.MAP5.W0 7D /r",        "FV ph er"},
    {"vcvtdq2ph",       "ymm1, zmm2/m512",             "EVEX.VL.MAP5.W0 5B /r",           "FV er"},
    {"vcvtudq2ph",      "ymm1, zmm2/m512",             "EVEX.VL.F2.MAP5.W0 7A /r",        "FV er"},
    {"vcvtqq2ph",       "xmm1, zmm2/m512",             "EVEX.VL.MAP5.W1 5B /r",           "FV er"},
    {"vcvtuqq2ph",      "xmm1, zmm2/m512",             "EVEX.VL.F2.MAP5.W1 7A /r",        "FV er"},
    /* FMA4 (AMD): the fourth operand in imm8[7:4]; W1 puts the last
     * operand in ModRM.rm, W0 the third.  With registers only GNU takes
     * W1: that row comes first */
    {"vfmaddsubps",       "xmm1, xmm2, xmm3, xmm4/m128",     "VEX.128.66.0F3A.W1 5C /r /is4",   ""},
    {"vfmaddsubps",       "xmm1, xmm2, xmm3/m128, xmm4",     "VEX.128.66.0F3A.W0 5C /r /is4",   ""},
    {"vfmaddsubps",       "ymm1, ymm2, ymm3, ymm4/m256",     "VEX.256.66.0F3A.W1 5C /r /is4",   ""},
    {"vfmaddsubps",       "ymm1, ymm2, ymm3/m256, ymm4",     "VEX.256.66.0F3A.W0 5C /r /is4",   ""},
    {"vfmaddsubpd",       "xmm1, xmm2, xmm3, xmm4/m128",     "VEX.128.66.0F3A.W1 5D /r /is4",   ""},
    {"vfmaddsubpd",       "xmm1, xmm2, xmm3/m128, xmm4",     "VEX.128.66.0F3A.W0 5D /r /is4",   ""},
    {"vfmaddsubpd",       "ymm1, ymm2, ymm3, ymm4/m256",     "VEX.256.66.0F3A.W1 5D /r /is4",   ""},
    {"vfmaddsubpd",       "ymm1, ymm2, ymm3/m256, ymm4",     "VEX.256.66.0F3A.W0 5D /r /is4",   ""},
    {"vfmsubaddps",       "xmm1, xmm2, xmm3, xmm4/m128",     "VEX.128.66.0F3A.W1 5E /r /is4",   ""},
    {"vfmsubaddps",       "xmm1, xmm2, xmm3/m128, xmm4",     "VEX.128.66.0F3A.W0 5E /r /is4",   ""},
    {"vfmsubaddps",       "ymm1, ymm2, ymm3, ymm4/m256",     "VEX.256.66.0F3A.W1 5E /r /is4",   ""},
    {"vfmsubaddps",       "ymm1, ymm2, ymm3/m256, ymm4",     "VEX.256.66.0F3A.W0 5E /r /is4",   ""},
    {"vfmsubaddpd",       "xmm1, xmm2, xmm3, xmm4/m128",     "VEX.128.66.0F3A.W1 5F /r /is4",   ""},
    {"vfmsubaddpd",       "xmm1, xmm2, xmm3/m128, xmm4",     "VEX.128.66.0F3A.W0 5F /r /is4",   ""},
    {"vfmsubaddpd",       "ymm1, ymm2, ymm3, ymm4/m256",     "VEX.256.66.0F3A.W1 5F /r /is4",   ""},
    {"vfmsubaddpd",       "ymm1, ymm2, ymm3/m256, ymm4",     "VEX.256.66.0F3A.W0 5F /r /is4",   ""},
    {"vfmaddps",          "xmm1, xmm2, xmm3, xmm4/m128",     "VEX.128.66.0F3A.W1 68 /r /is4",   ""},
    {"vfmaddps",          "xmm1, xmm2, xmm3/m128, xmm4",     "VEX.128.66.0F3A.W0 68 /r /is4",   ""},
    {"vfmaddps",          "ymm1, ymm2, ymm3, ymm4/m256",     "VEX.256.66.0F3A.W1 68 /r /is4",   ""},
    {"vfmaddps",          "ymm1, ymm2, ymm3/m256, ymm4",     "VEX.256.66.0F3A.W0 68 /r /is4",   ""},
    {"vfmaddpd",          "xmm1, xmm2, xmm3, xmm4/m128",     "VEX.128.66.0F3A.W1 69 /r /is4",   ""},
    {"vfmaddpd",          "xmm1, xmm2, xmm3/m128, xmm4",     "VEX.128.66.0F3A.W0 69 /r /is4",   ""},
    {"vfmaddpd",          "ymm1, ymm2, ymm3, ymm4/m256",     "VEX.256.66.0F3A.W1 69 /r /is4",   ""},
    {"vfmaddpd",          "ymm1, ymm2, ymm3/m256, ymm4",     "VEX.256.66.0F3A.W0 69 /r /is4",   ""},
    {"vfmaddss",          "xmm1, xmm2, xmm3, xmm4/m32",      "VEX.LIG.66.0F3A.W1 6A /r /is4",   ""},
    {"vfmaddss",          "xmm1, xmm2, xmm3/m32, xmm4",      "VEX.LIG.66.0F3A.W0 6A /r /is4",   ""},
    {"vfmaddsd",          "xmm1, xmm2, xmm3, xmm4/m64",      "VEX.LIG.66.0F3A.W1 6B /r /is4",   ""},
    {"vfmaddsd",          "xmm1, xmm2, xmm3/m64, xmm4",      "VEX.LIG.66.0F3A.W0 6B /r /is4",   ""},
    {"vfmsubps",          "xmm1, xmm2, xmm3, xmm4/m128",     "VEX.128.66.0F3A.W1 6C /r /is4",   ""},
    {"vfmsubps",          "xmm1, xmm2, xmm3/m128, xmm4",     "VEX.128.66.0F3A.W0 6C /r /is4",   ""},
    {"vfmsubps",          "ymm1, ymm2, ymm3, ymm4/m256",     "VEX.256.66.0F3A.W1 6C /r /is4",   ""},
    {"vfmsubps",          "ymm1, ymm2, ymm3/m256, ymm4",     "VEX.256.66.0F3A.W0 6C /r /is4",   ""},
    {"vfmsubpd",          "xmm1, xmm2, xmm3, xmm4/m128",     "VEX.128.66.0F3A.W1 6D /r /is4",   ""},
    {"vfmsubpd",          "xmm1, xmm2, xmm3/m128, xmm4",     "VEX.128.66.0F3A.W0 6D /r /is4",   ""},
    {"vfmsubpd",          "ymm1, ymm2, ymm3, ymm4/m256",     "VEX.256.66.0F3A.W1 6D /r /is4",   ""},
    {"vfmsubpd",          "ymm1, ymm2, ymm3/m256, ymm4",     "VEX.256.66.0F3A.W0 6D /r /is4",   ""},
    {"vfmsubss",          "xmm1, xmm2, xmm3, xmm4/m32",      "VEX.LIG.66.0F3A.W1 6E /r /is4",   ""},
    {"vfmsubss",          "xmm1, xmm2, xmm3/m32, xmm4",      "VEX.LIG.66.0F3A.W0 6E /r /is4",   ""},
    {"vfmsubsd",          "xmm1, xmm2, xmm3, xmm4/m64",      "VEX.LIG.66.0F3A.W1 6F /r /is4",   ""},
    {"vfmsubsd",          "xmm1, xmm2, xmm3/m64, xmm4",      "VEX.LIG.66.0F3A.W0 6F /r /is4",   ""},
    {"vfnmaddps",         "xmm1, xmm2, xmm3, xmm4/m128",     "VEX.128.66.0F3A.W1 78 /r /is4",   ""},
    {"vfnmaddps",         "xmm1, xmm2, xmm3/m128, xmm4",     "VEX.128.66.0F3A.W0 78 /r /is4",   ""},
    {"vfnmaddps",         "ymm1, ymm2, ymm3, ymm4/m256",     "VEX.256.66.0F3A.W1 78 /r /is4",   ""},
    {"vfnmaddps",         "ymm1, ymm2, ymm3/m256, ymm4",     "VEX.256.66.0F3A.W0 78 /r /is4",   ""},
    {"vfnmaddpd",         "xmm1, xmm2, xmm3, xmm4/m128",     "VEX.128.66.0F3A.W1 79 /r /is4",   ""},
    {"vfnmaddpd",         "xmm1, xmm2, xmm3/m128, xmm4",     "VEX.128.66.0F3A.W0 79 /r /is4",   ""},
    {"vfnmaddpd",         "ymm1, ymm2, ymm3, ymm4/m256",     "VEX.256.66.0F3A.W1 79 /r /is4",   ""},
    {"vfnmaddpd",         "ymm1, ymm2, ymm3/m256, ymm4",     "VEX.256.66.0F3A.W0 79 /r /is4",   ""},
    {"vfnmaddss",         "xmm1, xmm2, xmm3, xmm4/m32",      "VEX.LIG.66.0F3A.W1 7A /r /is4",   ""},
    {"vfnmaddss",         "xmm1, xmm2, xmm3/m32, xmm4",      "VEX.LIG.66.0F3A.W0 7A /r /is4",   ""},
    {"vfnmaddsd",         "xmm1, xmm2, xmm3, xmm4/m64",      "VEX.LIG.66.0F3A.W1 7B /r /is4",   ""},
    {"vfnmaddsd",         "xmm1, xmm2, xmm3/m64, xmm4",      "VEX.LIG.66.0F3A.W0 7B /r /is4",   ""},
    {"vfnmsubps",         "xmm1, xmm2, xmm3, xmm4/m128",     "VEX.128.66.0F3A.W1 7C /r /is4",   ""},
    {"vfnmsubps",         "xmm1, xmm2, xmm3/m128, xmm4",     "VEX.128.66.0F3A.W0 7C /r /is4",   ""},
    {"vfnmsubps",         "ymm1, ymm2, ymm3, ymm4/m256",     "VEX.256.66.0F3A.W1 7C /r /is4",   ""},
    {"vfnmsubps",         "ymm1, ymm2, ymm3/m256, ymm4",     "VEX.256.66.0F3A.W0 7C /r /is4",   ""},
    {"vfnmsubpd",         "xmm1, xmm2, xmm3, xmm4/m128",     "VEX.128.66.0F3A.W1 7D /r /is4",   ""},
    {"vfnmsubpd",         "xmm1, xmm2, xmm3/m128, xmm4",     "VEX.128.66.0F3A.W0 7D /r /is4",   ""},
    {"vfnmsubpd",         "ymm1, ymm2, ymm3, ymm4/m256",     "VEX.256.66.0F3A.W1 7D /r /is4",   ""},
    {"vfnmsubpd",         "ymm1, ymm2, ymm3/m256, ymm4",     "VEX.256.66.0F3A.W0 7D /r /is4",   ""},
    {"vfnmsubss",         "xmm1, xmm2, xmm3, xmm4/m32",      "VEX.LIG.66.0F3A.W1 7E /r /is4",   ""},
    {"vfnmsubss",         "xmm1, xmm2, xmm3/m32, xmm4",      "VEX.LIG.66.0F3A.W0 7E /r /is4",   ""},
    {"vfnmsubsd",         "xmm1, xmm2, xmm3, xmm4/m64",      "VEX.LIG.66.0F3A.W1 7F /r /is4",   ""},
    {"vfnmsubsd",         "xmm1, xmm2, xmm3/m64, xmm4",      "VEX.LIG.66.0F3A.W0 7F /r /is4",   ""},
    /* XOP (AMD): the 8F escape with VEX's C4 layout, maps 08, 09, 0A.
     * Two-source forms exist with the memory operand second (W0) or third
     * (W1); with registers only GNU takes W0, listed first */
    /* AMD's five-operand permutes (VEX, map 0F3A): imm8[7:4] is the
     * fourth register, imm8[3:0] the imm4 selector (Intel's old "/is5");
     * W says which of the middle two is ModRM.rm, W0 first as in GNU */
    {"vpermil2ps",        "xmm1, xmm2, xmm3/m128, xmm4, imm4", "VEX.128.66.0F3A.W0 48 /r /is5", ""},
    {"vpermil2ps",        "xmm1, xmm2, xmm3, xmm4/m128, imm4", "VEX.128.66.0F3A.W1 48 /r /is5", ""},
    {"vpermil2ps",        "ymm1, ymm2, ymm3/m256, ymm4, imm4", "VEX.256.66.0F3A.W0 48 /r /is5", ""},
    {"vpermil2ps",        "ymm1, ymm2, ymm3, ymm4/m256, imm4", "VEX.256.66.0F3A.W1 48 /r /is5", ""},
    {"vpermil2pd",        "xmm1, xmm2, xmm3/m128, xmm4, imm4", "VEX.128.66.0F3A.W0 49 /r /is5", ""},
    {"vpermil2pd",        "xmm1, xmm2, xmm3, xmm4/m128, imm4", "VEX.128.66.0F3A.W1 49 /r /is5", ""},
    {"vpermil2pd",        "ymm1, ymm2, ymm3/m256, ymm4, imm4", "VEX.256.66.0F3A.W0 49 /r /is5", ""},
    {"vpermil2pd",        "ymm1, ymm2, ymm3, ymm4/m256, imm4", "VEX.256.66.0F3A.W1 49 /r /is5", ""},
    {"vpcmov",            "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 A2 /r /is4",        ""},
    {"vpcmov",            "xmm1, xmm2, xmm3, xmm4/m128",     "XOP.128.08.W1 A2 /r /is4",        ""},
    {"vpcmov",            "ymm1, ymm2, ymm3/m256, ymm4",     "XOP.256.08.W0 A2 /r /is4",        ""},
    {"vpcmov",            "ymm1, ymm2, ymm3, ymm4/m256",     "XOP.256.08.W1 A2 /r /is4",        ""},
    {"vpperm",            "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 A3 /r /is4",        ""},
    {"vpperm",            "xmm1, xmm2, xmm3, xmm4/m128",     "XOP.128.08.W1 A3 /r /is4",        ""},
    {"vprotb",            "xmm1, xmm2/m128, xmm3",           "XOP.128.09.W0 90 /r",             ""},
    {"vprotb",            "xmm1, xmm2, xmm3/m128",           "XOP.128.09.W1 90 /r",             ""},
    {"vprotb",            "xmm1, xmm2/m128, imm8",           "XOP.128.08.W0 C0 /r ib",          ""},
    {"vpshlb",            "xmm1, xmm2/m128, xmm3",           "XOP.128.09.W0 94 /r",             ""},
    {"vpshlb",            "xmm1, xmm2, xmm3/m128",           "XOP.128.09.W1 94 /r",             ""},
    {"vpshab",            "xmm1, xmm2/m128, xmm3",           "XOP.128.09.W0 98 /r",             ""},
    {"vpshab",            "xmm1, xmm2, xmm3/m128",           "XOP.128.09.W1 98 /r",             ""},
    {"vprotw",            "xmm1, xmm2/m128, xmm3",           "XOP.128.09.W0 91 /r",             ""},
    {"vprotw",            "xmm1, xmm2, xmm3/m128",           "XOP.128.09.W1 91 /r",             ""},
    {"vprotw",            "xmm1, xmm2/m128, imm8",           "XOP.128.08.W0 C1 /r ib",          ""},
    {"vpshlw",            "xmm1, xmm2/m128, xmm3",           "XOP.128.09.W0 95 /r",             ""},
    {"vpshlw",            "xmm1, xmm2, xmm3/m128",           "XOP.128.09.W1 95 /r",             ""},
    {"vpshaw",            "xmm1, xmm2/m128, xmm3",           "XOP.128.09.W0 99 /r",             ""},
    {"vpshaw",            "xmm1, xmm2, xmm3/m128",           "XOP.128.09.W1 99 /r",             ""},
    {"vprotd",            "xmm1, xmm2/m128, xmm3",           "XOP.128.09.W0 92 /r",             ""},
    {"vprotd",            "xmm1, xmm2, xmm3/m128",           "XOP.128.09.W1 92 /r",             ""},
    {"vprotd",            "xmm1, xmm2/m128, imm8",           "XOP.128.08.W0 C2 /r ib",          ""},
    {"vpshld",            "xmm1, xmm2/m128, xmm3",           "XOP.128.09.W0 96 /r",             ""},
    {"vpshld",            "xmm1, xmm2, xmm3/m128",           "XOP.128.09.W1 96 /r",             ""},
    {"vpshad",            "xmm1, xmm2/m128, xmm3",           "XOP.128.09.W0 9A /r",             ""},
    {"vpshad",            "xmm1, xmm2, xmm3/m128",           "XOP.128.09.W1 9A /r",             ""},
    {"vprotq",            "xmm1, xmm2/m128, xmm3",           "XOP.128.09.W0 93 /r",             ""},
    {"vprotq",            "xmm1, xmm2, xmm3/m128",           "XOP.128.09.W1 93 /r",             ""},
    {"vprotq",            "xmm1, xmm2/m128, imm8",           "XOP.128.08.W0 C3 /r ib",          ""},
    {"vpshlq",            "xmm1, xmm2/m128, xmm3",           "XOP.128.09.W0 97 /r",             ""},
    {"vpshlq",            "xmm1, xmm2, xmm3/m128",           "XOP.128.09.W1 97 /r",             ""},
    {"vpshaq",            "xmm1, xmm2/m128, xmm3",           "XOP.128.09.W0 9B /r",             ""},
    {"vpshaq",            "xmm1, xmm2, xmm3/m128",           "XOP.128.09.W1 9B /r",             ""},
    {"vpcomb",            "xmm1, xmm2, xmm3/m128, imm8",     "XOP.128.08.W0 CC /r ib",          ""},
    {"vpcom*b",           "xmm1, xmm2, xmm3/m128",           "XOP.128.08.W0 CC /r ip",          "xpred"},
    {"vpcomub",           "xmm1, xmm2, xmm3/m128, imm8",     "XOP.128.08.W0 EC /r ib",          ""},
    {"vpcom*ub",          "xmm1, xmm2, xmm3/m128",           "XOP.128.08.W0 EC /r ip",          "xpred"},
    {"vpcomw",            "xmm1, xmm2, xmm3/m128, imm8",     "XOP.128.08.W0 CD /r ib",          ""},
    {"vpcom*w",           "xmm1, xmm2, xmm3/m128",           "XOP.128.08.W0 CD /r ip",          "xpred"},
    {"vpcomuw",           "xmm1, xmm2, xmm3/m128, imm8",     "XOP.128.08.W0 ED /r ib",          ""},
    {"vpcom*uw",          "xmm1, xmm2, xmm3/m128",           "XOP.128.08.W0 ED /r ip",          "xpred"},
    {"vpcomd",            "xmm1, xmm2, xmm3/m128, imm8",     "XOP.128.08.W0 CE /r ib",          ""},
    {"vpcom*d",           "xmm1, xmm2, xmm3/m128",           "XOP.128.08.W0 CE /r ip",          "xpred"},
    {"vpcomud",           "xmm1, xmm2, xmm3/m128, imm8",     "XOP.128.08.W0 EE /r ib",          ""},
    {"vpcom*ud",          "xmm1, xmm2, xmm3/m128",           "XOP.128.08.W0 EE /r ip",          "xpred"},
    {"vpcomq",            "xmm1, xmm2, xmm3/m128, imm8",     "XOP.128.08.W0 CF /r ib",          ""},
    {"vpcom*q",           "xmm1, xmm2, xmm3/m128",           "XOP.128.08.W0 CF /r ip",          "xpred"},
    {"vpcomuq",           "xmm1, xmm2, xmm3/m128, imm8",     "XOP.128.08.W0 EF /r ib",          ""},
    {"vpcom*uq",          "xmm1, xmm2, xmm3/m128",           "XOP.128.08.W0 EF /r ip",          "xpred"},
    {"vfrczps",           "xmm1, xmm2/m128",                 "XOP.128.09.W0 80 /r",             ""},
    {"vfrczps",           "ymm1, ymm2/m256",                 "XOP.256.09.W0 80 /r",             ""},
    {"vfrczpd",           "xmm1, xmm2/m128",                 "XOP.128.09.W0 81 /r",             ""},
    {"vfrczpd",           "ymm1, ymm2/m256",                 "XOP.256.09.W0 81 /r",             ""},
    {"vfrczss",           "xmm1, xmm2/m32",                  "XOP.128.09.W0 82 /r",             ""},
    {"vfrczsd",           "xmm1, xmm2/m64",                  "XOP.128.09.W0 83 /r",             ""},
    {"vphaddbw",          "xmm1, xmm2/m128",                 "XOP.128.09.W0 C1 /r",             ""},
    {"vphaddbd",          "xmm1, xmm2/m128",                 "XOP.128.09.W0 C2 /r",             ""},
    {"vphaddbq",          "xmm1, xmm2/m128",                 "XOP.128.09.W0 C3 /r",             ""},
    {"vphaddwd",          "xmm1, xmm2/m128",                 "XOP.128.09.W0 C6 /r",             ""},
    {"vphaddwq",          "xmm1, xmm2/m128",                 "XOP.128.09.W0 C7 /r",             ""},
    {"vphadddq",          "xmm1, xmm2/m128",                 "XOP.128.09.W0 CB /r",             ""},
    {"vphaddubw",         "xmm1, xmm2/m128",                 "XOP.128.09.W0 D1 /r",             ""},
    {"vphaddubd",         "xmm1, xmm2/m128",                 "XOP.128.09.W0 D2 /r",             ""},
    {"vphaddubq",         "xmm1, xmm2/m128",                 "XOP.128.09.W0 D3 /r",             ""},
    {"vphadduwd",         "xmm1, xmm2/m128",                 "XOP.128.09.W0 D6 /r",             ""},
    {"vphadduwq",         "xmm1, xmm2/m128",                 "XOP.128.09.W0 D7 /r",             ""},
    {"vphaddudq",         "xmm1, xmm2/m128",                 "XOP.128.09.W0 DB /r",             ""},
    {"vphsubbw",          "xmm1, xmm2/m128",                 "XOP.128.09.W0 E1 /r",             ""},
    {"vphsubwd",          "xmm1, xmm2/m128",                 "XOP.128.09.W0 E2 /r",             ""},
    {"vphsubdq",          "xmm1, xmm2/m128",                 "XOP.128.09.W0 E3 /r",             ""},
    {"vpmacssww",         "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 85 /r /is4",        ""},
    {"vpmacsswd",         "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 86 /r /is4",        ""},
    {"vpmacssdql",        "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 87 /r /is4",        ""},
    {"vpmacssdd",         "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 8E /r /is4",        ""},
    {"vpmacssdqh",        "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 8F /r /is4",        ""},
    {"vpmacsww",          "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 95 /r /is4",        ""},
    {"vpmacswd",          "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 96 /r /is4",        ""},
    {"vpmacsdql",         "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 97 /r /is4",        ""},
    {"vpmacsdd",          "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 9E /r /is4",        ""},
    {"vpmacsdqh",         "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 9F /r /is4",        ""},
    {"vpmadcsswd",        "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 A6 /r /is4",        ""},
    {"vpmadcswd",         "xmm1, xmm2, xmm3/m128, xmm4",     "XOP.128.08.W0 B6 /r /is4",        ""},
};
const size_t x64_nrows = sizeof x64_rows / sizeof x64_rows[0];

/* ------------------------------------------------------------------------ */
/* Compilation of the rows.                                                  */

#define MAX_FORMS 8192 /* expanded forms; raise when the table grows */
#define MAX_MNEMS 4096
#define NAME_POOL 65536
#define HASH_SIZE 8192 /* power of two, > 2 * MAX_MNEMS */

static x64_form forms[MAX_FORMS];
static size_t nforms;
static x64_accept accepts[MAX_FORMS];

/* The operands a form's operand spec can match (see match_operand in
 * x64_encode.c: anything outside the mask is a type or size mismatch). */
static uint32_t spec_accept(const x64_opspec *s)
{
    uint32_t reg = 0;
    if (s->rc < 30)
        reg = 1u << s->rc;
    if (s->rc == X64_RC_GPR8)
        reg |= 1u << X64_RC_GPR8H;
    switch (s->kind) {
    case X64K_REG:
    case X64K_FIXREG: return reg;
    case X64K_RM: return reg | X64_ACC_MEM;
    case X64K_MEM:
    case X64K_MOFFS:
    case X64K_STRMEM:
    case X64K_VSIB: return X64_ACC_MEM;
    case X64K_IMM:
    case X64K_REL:
    case X64K_CONST: return X64_ACC_IMM;
    }
    return 0;
}
static x64_mnem_entry mnems[MAX_MNEMS];
static size_t nmnems;
static uint16_t hash_tab[HASH_SIZE]; /* mnems index + 1, 0 = empty */
static char name_pool[NAME_POOL];
static size_t name_used;
static int initialized;

/* Condition codes and their GNU aliases, in encoding order. */
static const char *const cc_names[16] = {
    "o", "no", "b c nae", "ae nb nc", "e z", "ne nz", "be na", "a nbe",
    "s", "ns", "p pe", "np po", "l nge", "ge nl", "le ng", "g nle",
};

/* Comparison predicates of the "cmp*ps" families (`ip`) and GNU's aliases:
 * the legacy SSE forms know the first 8 (without aliases), VEX all 32. */
static const char *const pred_names[32] = {
    "eq eq_oq", "lt lt_os", "le le_os", "unord unord_q", "neq neq_uq", "nlt nlt_us",
    "nle nle_us", "ord ord_q", "eq_uq", "nge nge_us", "ngt ngt_us", "false false_oq",
    "neq_oq", "ge ge_os", "gt gt_os", "true true_uq", "eq_os", "lt_oq", "le_oq",
    "unord_s", "neq_us", "nlt_uq", "nle_uq", "ord_s", "eq_us", "nge_uq", "ngt_uq",
    "false_os", "neq_os", "ge_oq", "gt_oq", "true_us",
};

/* The integer predicates of vpcmp[u]b/w/d/q (`ipred`): GNU has no name
 * for 3 and 7 (false, true). */
static const char *const ipred_names[8] = {"eq", "lt", "le", "", "neq", "nlt", "nle", ""};

/* The predicates of XOP's vpcom[u]b/w/d/q (`xpred`). */
static const char *const xpred_names[8] = {"lt", "le", "gt", "ge", "eq", "neq", "false", "true"};

static void table_fail(size_t row, const char *what, const char *tok)
{
    const x64_row *r = &x64_rows[row];
    fprintf(stderr, "jas: x64 table row %zu (%s | %s | %s | %s): %s '%s'\n",
            row, r->mnem, r->ops, r->enc, r->flags, what, tok ? tok : "");
    abort();
}

static const char *pool_add(const char *s, size_t n)
{
    if (name_used + n + 1 > NAME_POOL) {
        fprintf(stderr, "jas: x64 table: name pool full\n");
        abort();
    }
    char *p = name_pool + name_used;
    memcpy(p, s, n);
    p[n] = 0;
    name_used += n + 1;
    return p;
}

static int hexval(const char *t, unsigned *v)
{
    if (!t[0] || !t[1] || t[2]) return 0;
    unsigned x = 0;
    for (int i = 0; i < 2; i++) {
        char c = t[i];
        x <<= 4;
        if (c >= '0' && c <= '9') x |= (unsigned)(c - '0');
        else if (c >= 'A' && c <= 'F') x |= (unsigned)(c - 'A' + 10);
        else return 0;
    }
    *v = x;
    return 1;
}

/* Split `s` at the character `sep` into tokens (blanks around them are
 * dropped when sep is ','; callers trim). */
static int split(const char *s, char sep, char tok[][24], int max)
{
    int n = 0;
    for (;;) {
        while (*s == sep) s++;
        if (!*s) break;
        if (n == max) return -1;
        char *d = tok[n];
        size_t len = 0;
        do { /* scan and copy in one pass */
            if (len == 23) return -1;
            d[len++] = *s++;
        } while (*s && *s != sep);
        d[len] = 0;
        n++;
    }
    return n;
}

/* ---- operands ---- */

typedef struct regname {
    const char *name;
    uint8_t rc, len;
    uint16_t size;
} regname;

/* Register kinds usable as "r32", "r/m32", "r32/m16", "xmm", "xmm/m128"... */
#define RK(n, rc, size) {n, rc, sizeof n - 1, size}
static const regname reg_kinds[] = {
    RK("r8", X64_RC_GPR8, 8),     RK("r16", X64_RC_GPR16, 16),
    RK("r32", X64_RC_GPR32, 32),  RK("r64", X64_RC_GPR64, 64),
    RK("Sreg", X64_RC_SEG, 16),   RK("xmm", X64_RC_XMM, 128),
    RK("ymm", X64_RC_YMM, 256),   RK("zmm", X64_RC_ZMM, 512),
    RK("mm", X64_RC_MM, 64),      RK("k", X64_RC_K, 64),
    RK("cr", X64_RC_CR, 64),      RK("dr", X64_RC_DR, 64),
    RK("ST(i)", X64_RC_ST, 80),   RK("ST", X64_RC_ST, 80),
    RK("tmm", X64_RC_TMM, 8192),  RK("bnd", X64_RC_BND, 128),
};
#undef RK

/* Fixed registers written in upper case, e.g. "AL", "CL", "DX". */
static const struct {
    const char *name;
    uint8_t rc, num;
    uint16_t size;
} fixed_regs[] = {
    {"AL", X64_RC_GPR8, 0, 8},    {"CL", X64_RC_GPR8, 1, 8},
    {"AX", X64_RC_GPR16, 0, 16},  {"DX", X64_RC_GPR16, 2, 16},
    {"EAX", X64_RC_GPR32, 0, 32}, {"ECX", X64_RC_GPR32, 1, 32},
    {"RAX", X64_RC_GPR64, 0, 64}, {"RCX", X64_RC_GPR64, 1, 64},
    {"ES", X64_RC_SEG, 0, 16},    {"CS", X64_RC_SEG, 1, 16},
    {"SS", X64_RC_SEG, 2, 16},    {"DS", X64_RC_SEG, 3, 16},
    {"FS", X64_RC_SEG, 4, 16},    {"GS", X64_RC_SEG, 5, 16},
    {"EDX", X64_RC_GPR32, 2, 32}, {"EBX", X64_RC_GPR32, 3, 32},
    {"RDX", X64_RC_GPR64, 2, 64}, {"RBX", X64_RC_GPR64, 3, 64},
    /* either size (size 0): GNU's count/hint registers of monitor... */
    {"ECX/RCX", X64_RC_GPR64, 1, 0}, {"EDX/RDX", X64_RC_GPR64, 2, 0},
    {"ST(0)", X64_RC_ST, 0, 80},  {"XMM0", X64_RC_XMM, 0, 128},
};

/* "r32" or a variant with a name suffix: "r32a", "r32b" (any kind) or a
 * number ("xmm1"; not for the r8..r64 kinds, whose names end in digits). */
static const regname *reg_kind(const char *t, size_t len)
{
    for (size_t i = 0; i < sizeof reg_kinds / sizeof reg_kinds[0]; i++) {
        const regname *k = &reg_kinds[i];
        if (t[0] != k->name[0]) continue;
        size_t n = k->len;
        if (n > len || strncmp(t, k->name, n) != 0) continue;
        const char *rest = t + n;
        size_t rl = len - n;
        if (rl >= 2 && rest[rl - 2] == '+' && rest[rl - 1] == '3')
            rl -= 2; /* "zmm2+3": a register group, named by its first */
        int ok = rl == 0 || (rl == 1 && (rest[0] == 'a' || rest[0] == 'b'));
        if (!ok && k->name[0] != 'r') {
            ok = 1;
            for (size_t j = 0; j < rl; j++)
                if (rest[j] < '0' || rest[j] > '9') ok = 0;
        }
        if (ok) return k;
    }
    return NULL;
}

static int parse_size(const char *t, uint16_t *sz)
{
    unsigned v = 0;
    if (!*t) return 0;
    for (; *t; t++) {
        if (*t < '0' || *t > '9' || v > 512) return 0;
        v = v * 10 + (unsigned)(*t - '0');
    }
    if (v == 0 || v > 512) return 0;
    *sz = (uint16_t)v;
    return 1;
}

/* The x87 memory kinds, after the 'm': "32fp" "80bcd" "16int" (bits),
 * "2byte" "512byte" (bytes), "14/28byte" "94/108byte" (the 64-bit-mode
 * size, after the slash).  A size no size keyword gives (28, 108, 512
 * bytes) matches only memory written without one. */
static int x87_mem_kind(const char *t, uint16_t *sz)
{
    const char *slash = strchr(t, '/');
    if (slash) t = slash + 1;
    char num[8];
    size_t n = 0;
    while (t[n] >= '0' && t[n] <= '9' && n < sizeof num - 1) {
        num[n] = t[n];
        n++;
    }
    num[n] = 0;
    if (!parse_size(num, sz)) return 0;
    const char *suf = t + n;
    if (!strcmp(suf, "fp") || !strcmp(suf, "int") || !strcmp(suf, "bcd")) return 1;
    if (!strcmp(suf, "byte") && *sz <= 512) {
        *sz = (uint16_t)(*sz * 8);
        return 1;
    }
    return 0;
}

static void parse_operand(size_t row, const char *t, x64_opspec *o)
{
    memset(o, 0, sizeof *o);
    const char *slash = NULL, *at = NULL, *e = t;
    for (; *e; e++) { /* length, '/' and '@' in one pass */
        if (*e == '/' && !slash) slash = e;
        else if (*e == '@') at = e;
    }
    size_t len = (size_t)(e - t);
    uint16_t sz;

    for (size_t i = 0; t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'A' && t[1] <= 'Z' &&
                       i < sizeof fixed_regs / sizeof fixed_regs[0]; i++)
        if (strcmp(t, fixed_regs[i].name) == 0) {
            o->kind = X64K_FIXREG;
            o->rc = fixed_regs[i].rc;
            o->num = fixed_regs[i].num;
            o->size = fixed_regs[i].size;
            return;
        }
    if (t[0] >= '0' && t[0] <= '9') {
        char *end;
        long v = strtol(t, &end, 10);
        if (*end || v > 255) table_fail(row, "bad constant operand", t);
        o->kind = X64K_CONST;
        o->num = (uint8_t)v;
        return;
    }
    if (at) { /* string operand: m8@rsi */
        char tmp[24];
        size_t n = (size_t)(at - t);
        if (t[0] != 'm' || n < 2 || n >= sizeof tmp) table_fail(row, "bad string operand", t);
        memcpy(tmp, t + 1, n - 1);
        tmp[n - 1] = 0;
        if (!parse_size(tmp, &sz)) table_fail(row, "bad string operand", t);
        o->kind = X64K_STRMEM;
        o->msize = sz;
        if (strcmp(at + 1, "rsi") == 0) o->num = 6;
        else if (strcmp(at + 1, "rdi") == 0) { o->num = 7; o->seg = 1; }
        else if (strcmp(at + 1, "rbx") == 0) o->num = 3;
        else table_fail(row, "bad string operand register", t);
        return;
    }
    if (strncmp(t, "imm", 3) == 0 && parse_size(t + 3, &sz)) {
        o->kind = X64K_IMM;
        o->size = sz;
        return;
    }
    if (strncmp(t, "rel", 3) == 0 && parse_size(t + 3, &sz)) {
        o->kind = X64K_REL;
        o->size = sz;
        return;
    }
    if (t[0] == 'm' && t[1] == 'o' && strncmp(t, "moffs", 5) == 0 && parse_size(t + 5, &sz)) {
        o->kind = X64K_MOFFS;
        o->msize = sz;
        o->size = 64;
        return;
    }
    if (t[0] == 's' && strcmp(t, "sibmem") == 0) { /* AMX: SIB always, no size */
        o->kind = X64K_MEM;
        o->msize = X64_MSIZE_NONE;
        o->seg = X64_MEM_SIB;
        return;
    }
    if (t[0] == 'm' && strcmp(t, "mib") == 0) { /* MPX: any size, no rip, no swap */
        o->kind = X64K_MEM;
        o->seg = X64_MEM_MIB;
        return;
    }
    if (t[0] == 'v' && t[1] == 'm' && len == 5 && (t[4] == 'x' || t[4] == 'y' || t[4] == 'z') &&
        (!strncmp(t + 2, "32", 2) || !strncmp(t + 2, "64", 2))) {
        /* VSIB: vm32x = 32-bit indices in an xmm; the element size (the
         * memory size keyword, disp8*N) comes from W, see compile_row() */
        o->kind = X64K_VSIB;
        o->rc = t[4] == 'x' ? X64_RC_XMM : t[4] == 'y' ? X64_RC_YMM : X64_RC_ZMM;
        o->size = t[4] == 'x' ? 128 : t[4] == 'y' ? 256 : 512;
        return;
    }
    if (t[0] == 'm' && (t[1] == 0 || t[1] == 'e' || t[1] == '1')) {
        if (t[1] == 0) { /* "m": any size */
            o->kind = X64K_MEM;
            return;
        }
        if (strcmp(t, "mem") == 0) { /* only memory written without a size */
            o->kind = X64K_MEM;
            o->msize = X64_MSIZE_NONE;
            return;
        }
        if (strcmp(t, "m16&64") == 0) { /* lgdt: limit and base, TBYTE PTR */
            o->kind = X64K_MEM;
            o->msize = 80;
            return;
        }
    }
    if (t[0] == 'm' && t[1] == '1' && t[2] == '6' && t[3] == ':' &&
        (strcmp(t, "m16:16") == 0 || strcmp(t, "m16:32") == 0 || strcmp(t, "m16:64") == 0)) {
        o->kind = X64K_MEM;
        o->msize = (uint16_t)(16 + atoi(t + 4));
        return;
    }
    if (t[0] == 'm' && parse_size(t + 1, &sz)) {
        o->kind = X64K_MEM;
        o->msize = sz;
        return;
    }
    if (t[0] == 'm' && t[1] >= '0' && t[1] <= '9' && x87_mem_kind(t + 1, &sz)) {
        o->kind = X64K_MEM;
        o->msize = sz;
        return;
    }
    if (slash) { /* r/m32, r32/m16, xmm/m128, xmm2/m64 */
        size_t rl = (size_t)(slash - t);
        const char *m = slash + 1;
        sz = 0; /* "r64/m": memory of any size (MPX bndcl) */
        if (m[0] != 'm' || (m[1] && !parse_size(m + 1, &sz)))
            table_fail(row, "bad r/m operand", t);
        o->kind = X64K_RM;
        o->msize = sz;
        if (rl == 1 && t[0] == 'r') { /* r/mN: register of the same size */
            switch (sz) {
            case 8: o->rc = X64_RC_GPR8; break;
            case 16: o->rc = X64_RC_GPR16; break;
            case 32: o->rc = X64_RC_GPR32; break;
            case 64: o->rc = X64_RC_GPR64; break;
            default: table_fail(row, "bad r/m size", t);
            }
            o->size = sz;
            return;
        }
        const regname *rk = reg_kind(t, rl);
        if (!rk) table_fail(row, "bad register kind", t);
        o->rc = rk->rc;
        o->size = rk->size;
        return;
    }
    const regname *rk = reg_kind(t, len);
    if (!rk) table_fail(row, "unknown operand kind", t);
    o->kind = X64K_REG;
    o->rc = rk->rc;
    o->size = rk->size;
}

/* ---- encoding ---- */

static void parse_vex_fields(size_t row, const char *t, x64_form *f);

/* The VEX/EVEX/XOP field (many rows share one: "EVEX.VL.66.0F38.W0"):
 * a small memo by its text. */
static void parse_vex(size_t row, const char *t, x64_form *f)
{
    static struct {
        char text[24];
        uint8_t space, vexl, rexw, mpfx, map;
    } memo[64];
    size_t n = strlen(t);
    unsigned h = (unsigned)(n * 31 + (unsigned char)t[n - 1] * 7 + (unsigned char)t[n - 4] * 3 +
                            (unsigned char)t[n / 2]) & 63;
    if (!strcmp(memo[h].text, t)) {
        f->space = memo[h].space;
        f->vexl = memo[h].vexl;
        f->rexw = memo[h].rexw;
        f->mpfx = memo[h].mpfx;
        f->map = memo[h].map;
        return;
    }
    parse_vex_fields(row, t, f);
    if (n < sizeof memo[h].text) {
        memcpy(memo[h].text, t, n + 1);
        memo[h].space = f->space;
        memo[h].vexl = f->vexl;
        memo[h].rexw = f->rexw;
        memo[h].mpfx = f->mpfx;
        memo[h].map = f->map;
    }
}

static void parse_vex_fields(size_t row, const char *t, x64_form *f)
{
    char parts[8][24];
    int n = split(t, '.', parts, 8);
    int have_map = 0;
    f->space = t[0] == 'E' ? X64S_EVEX : t[0] == 'X' ? X64S_XOP : X64S_VEX;
    int xop = f->space == X64S_XOP;
    int evex = f->space == X64S_EVEX;
    f->vexl = X64V_LIG;
    f->rexw = X64V_WIG;
    for (int i = 1; i < n; i++) {
        const char *p = parts[i];
        int ok = 1;
        switch (p[0]) { /* the first character picks the field */
        case '1': ok = !strcmp(p, "128"); f->vexl = X64V_L0; break;
        case '2': ok = !strcmp(p, "256"); f->vexl = X64V_L1; break;
        case '5': ok = evex && !strcmp(p, "512"); f->vexl = X64V_L2; break;
        case 'L':
            if (!strcmp(p, "L0") || !strcmp(p, "LZ")) f->vexl = X64V_L0;
            else if (!strcmp(p, "L1")) f->vexl = X64V_L1;
            else if (!strcmp(p, "LIG")) f->vexl = X64V_LIG;
            else if (evex && !strcmp(p, "L2")) f->vexl = X64V_L2;
            else ok = 0;
            break;
        case 'V': ok = evex && !strcmp(p, "VL"); f->vexl = X64V_VL; break;
        case 'M': /* EVEX.MAP5 / MAP6 (AVX512_FP16) */
            have_map = 1;
            f->map = !strcmp(p, "MAP5") ? X64M_MAP5 : !strcmp(p, "MAP6") ? X64M_MAP6 : 0;
            ok = evex && f->map;
            break;
        case '6': ok = !strcmp(p, "66"); f->mpfx = 0x66; break;
        case 'F':
            ok = (p[1] == '2' || p[1] == '3') && !p[2];
            f->mpfx = p[1] == '2' ? 0xF2 : 0xF3;
            break;
        case '0':
            have_map = 1;
            if (xop) /* XOP: map_select 08 09 0A only */
                f->map = !strcmp(p, "08") ? X64M_XOP8 : !strcmp(p, "09") ? X64M_XOP9
                       : !strcmp(p, "0A") ? X64M_XOPA : 0;
            else if (!strcmp(p, "0F")) f->map = X64M_0F;
            else if (!strcmp(p, "0F38")) f->map = X64M_0F38;
            else if (!strcmp(p, "0F3A")) f->map = X64M_0F3A;
            ok = f->map != 0;
            break;
        case 'W':
            if (!strcmp(p, "W0")) f->rexw = X64V_W0;
            else if (!strcmp(p, "W1")) f->rexw = X64V_W1;
            else if (!strcmp(p, "WIG")) f->rexw = X64V_WIG;
            else ok = 0;
            break;
        default:
            ok = !strcmp(p, "NDS") || !strcmp(p, "NDD") || !strcmp(p, "DDS");
        }
        if (!ok) table_fail(row, "bad VEX field", p);
    }
    if (!have_map) table_fail(row, "VEX without opcode map", t);
}

static void parse_encoding(size_t row, const char *enc, x64_form *f)
{
    char tok[16][24];
    int n = split(enc, ' ', tok, 16);
    uint8_t hex[8];
    int nhex = 0;
    int after_modrm = 0;
    if (n <= 0) table_fail(row, "empty encoding", enc);
    for (int i = 0; i < n; i++) {
        char *t = tok[i];
        unsigned v;
        char *plus = NULL;
        if (hexval(t, &v)) { /* the common case first: an opcode byte */
            if (after_modrm && f->modrm != X64R_NONE && !f->nimm && i == n - 1) {
                f->has_fimm = 1; /* "0F 3A 44 /r 00": a fixed imm8 byte */
                f->fimm = (uint8_t)v;
                continue;
            }
            if (nhex == 8) table_fail(row, "too many opcode bytes", t);
            if (after_modrm) table_fail(row, "opcode byte after ModRM/immediate", t);
            hex[nhex++] = (uint8_t)v;
        } else if (t[0] == '/' && t[1] == 'r' && !t[2]) { f->modrm = X64R_REG; after_modrm = 1; }
        else if (t[0] == 'o' && !strcmp(t, "o16")) f->o16 = 1;
        else if (t[0] == 'a' && !strcmp(t, "a32")) f->a32 = 1;
        else if (t[0] == 'R' && !strcmp(t, "REX.W")) f->rexw = 1;
        else if (t[0] == 'N' && !strcmp(t, "NP")) f->flags |= X64F_NP;
        else if ((t[0] == 'V' && !strncmp(t, "VEX.", 4)) || (t[0] == 'E' && !strncmp(t, "EVEX.", 5)) ||
                 (t[0] == 'X' && !strncmp(t, "XOP.", 4)))
            parse_vex(row, t, f);
        else if (t[0] == '/' && t[1] >= '0' && t[1] <= '7' && !t[2]) {
            f->modrm = X64R_DIGIT;
            f->digit = (uint8_t)(t[1] - '0');
            after_modrm = 1;
        } else if (!strcmp(t, "/is4") || !strcmp(t, "/is5")) {
            if (f->nimm == 2) table_fail(row, "too many immediates", t);
            f->immsz[f->nimm++] = 1;
            if (t[3] == '5') f->flags |= X64F_IS5; /* + imm4 in [3:0] */
        } else if ((t[0] == 'i' || t[0] == 'c') && strchr("bwdo", t[1]) && !t[2]) {
            if (f->nimm == 2) table_fail(row, "too many immediates", t);
            f->immsz[f->nimm++] = t[1] == 'b' ? 1 : t[1] == 'w' ? 2 : t[1] == 'd' ? 4 : 8;
            after_modrm = 1;
        } else if (!strcmp(t, "ip")) { /* predicate byte of a "cmp*ps" family */
            if (f->nimm || f->has_fimm || i != n - 1) table_fail(row, "ip must be the last field", t);
            f->has_fimm = 2; /* value set per expanded form */
        } else if ((plus = strchr(t, '+')) != NULL) { /* "B8+rd", "70+cc" */
            *plus = 0;
            const char *a = plus + 1;
            if (!*t && nhex > 0) {} /* "B8 +rd" */
            else if (!hexval(t, &v)) table_fail(row, "bad opcode byte", t);
            else if (nhex == 8) table_fail(row, "too many opcode bytes", t);
            else hex[nhex++] = (uint8_t)v;
            if (!strcmp(a, "rb") || !strcmp(a, "rw") || !strcmp(a, "rd") || !strcmp(a, "ro") ||
                !strcmp(a, "i")) /* "D8 C0+i": ST(i) */
                f->add = X64A_REG;
            else if (!strcmp(a, "cc")) f->add = X64A_CC;
            else table_fail(row, "bad opcode addition", a);
            if (after_modrm) table_fail(row, "opcode byte after ModRM/immediate", t);
        } else
            table_fail(row, "unknown encoding token", t);
    }
    /* hex: [mandatory prefix] [0F [38|3A]] opcode... */
    int k = 0;
    if (f->space == X64S_LEGACY && nhex >= 2 && hex[0] == 0x9B) {
        f->fwait = 1; /* "9B D9 /7" (fstcw): the wait instruction before it */
        k++;
    }
    if (f->space == X64S_LEGACY) {
        if (nhex - k >= 2 && (hex[k] == 0x66 || hex[k] == 0xF2 || hex[k] == 0xF3))
            f->mpfx = hex[k++];
        if (k < nhex - 1 && hex[k] == 0x0F) {
            k++;
            f->map = X64M_0F;
            if (k < nhex - 1 && hex[k] == 0x38) { f->map = X64M_0F38; k++; }
            else if (k < nhex - 1 && hex[k] == 0x3A) { f->map = X64M_0F3A; k++; }
        }
    }
    if (nhex - k < 1 || nhex - k > 3) table_fail(row, "bad opcode length", enc);
    f->nopc = (uint8_t)(nhex - k);
    memcpy(f->opc, hex + k, f->nopc);
    if (f->add && (f->opc[f->nopc - 1] & 7)) table_fail(row, "+r/+cc on a byte with low bits set", enc);
    if (f->add == X64A_CC && (f->opc[f->nopc - 1] & 15)) table_fail(row, "+cc on a byte with low nibble set", enc);
}

static const struct {
    const char *name;
    uint32_t bit;
} flag_names[] = {
    {"lock", X64F_LOCK}, {"rep", X64F_REP}, {"bnd", X64F_BND},
    {"notrack", X64F_NOTRACK}, {"sx", X64F_SX}, {"d64", X64F_D64},
    {"no90", X64F_NO90}, {"hint", X64F_HINT}, {"asreg", X64F_ASREG},
    {"nomask", X64F_NOMASK}, {"ipred", X64F_IPRED}, {"pvex", X64F_PVEX}, {"xpred", X64F_XPRED},
    {"kmask", X64F_KMASK}, {"er", X64F_ER}, {"sae", X64F_SAE}, {"ebw", X64F_EBW},
    {"ph", X64F_PH}, {"distinct", X64F_DISTINCT}, {"alldistinct", X64F_ALLDISTINCT},
    {"mpx", X64F_MPX},
};

/* EVEX tuple types, in X64T_* order (flags column). */
static const char *const tuple_names[] = {
    "", "FV", "HV", "FVM", "HVM", "QVM", "OVM", "T1S", "T1F", "T2", "T4", "T8", "M128", "DUP", "QV",
};

/* Operand placement: explicit "openc:RM,I" or inferred (docs/x64-table.md). */
static void place_operands(size_t row, x64_form *f, const char *openc)
{
    if (openc) {
        char tok[X64_MAX_OPS][24];
        int n = split(openc, ',', tok, X64_MAX_OPS);
        if (n != f->nops) table_fail(row, "openc does not list every operand", openc);
        for (int i = 0; i < n; i++) {
            uint8_t loc = 0;
            for (const char *c = tok[i]; *c; c++) {
                switch (*c) {
                case 'R': loc |= X64L_REG; break;
                case 'M': loc |= X64L_RM; break;
                case 'V': loc |= X64L_VVVV; break;
                case 'O': loc |= X64L_OPC; break;
                case 'I': loc |= X64L_IMM; break;
                case 'L': loc |= X64L_IS4; break;
                case 'N': break;
                default: table_fail(row, "bad openc letter", tok[i]);
                }
            }
            f->op[i].loc = loc;
        }
        return;
    }
    int has_rm = 0, nplain = 0, nimm = 0;
    int plain[X64_MAX_OPS];
    for (int i = 0; i < f->nops; i++) {
        x64_opspec *o = &f->op[i];
        switch (o->kind) {
        case X64K_RM:
        case X64K_MEM:
        case X64K_VSIB:
            o->loc = X64L_RM;
            has_rm = 1;
            break;
        case X64K_IMM:
        case X64K_REL:
        case X64K_MOFFS:
            o->loc = X64L_IMM;
            if (o->kind != X64K_MOFFS) nimm++;
            break;
        case X64K_REG:
            plain[nplain++] = i;
            break;
        default:
            break;
        }
    }
    uint8_t slots[5];
    int ns = 0;
    if (f->modrm == X64R_REG) slots[ns++] = X64L_REG;
    int vpos = ns;
    if (f->modrm != X64R_NONE && !has_rm) slots[ns++] = X64L_RM;
    if (f->add == X64A_REG) slots[ns++] = X64L_OPC;
    int is4 = 0, is5 = (f->flags & X64F_IS5) != 0; /* is5: the imm4 shares the byte */
    if (f->space != X64S_LEGACY && nplain == ns + 2 && (f->nimm > nimm || is5)) is4 = 1;
    if (f->space != X64S_LEGACY && nplain == ns + 1 + is4) {
        memmove(slots + vpos + 1, slots + vpos, (size_t)(ns - vpos));
        slots[vpos] = X64L_VVVV;
        ns++;
    }
    if (is4) slots[ns++] = X64L_IS4;
    if (nplain != ns) table_fail(row, "cannot infer operand placement; add openc:", "");
    for (int i = 0; i < nplain; i++) f->op[plain[i]].loc = slots[i];
    if (nimm + is4 - is5 != f->nimm || is5 > is4 || (is5 && nimm != 1))
        table_fail(row, "immediate operands and ib/iw/id/cb/cd tokens disagree", "");
}

static void compile_row(size_t row, x64_form *f)
{
    const x64_row *r = &x64_rows[row];
    char tok[8][24];
    const char *openc = NULL;
    memset(f, 0, sizeof *f);
    f->row = (uint16_t)row;

    /* Many rows share an operand list ("xmm1, xmm2, xmm3/m128"), and the
     * compiler merges equal string literals: the parsed list is kept by
     * the string's address (a direct-mapped memo). */
    static struct {
        const char *ops;
        uint8_t nops;
        x64_opspec op[X64_MAX_OPS];
    } memo[256];
    unsigned h = (unsigned)(((uintptr_t)r->ops >> 3) ^ ((uintptr_t)r->ops >> 11)) & 255;
    int n;
    if (memo[h].ops == r->ops) {
        n = memo[h].nops;
        memcpy(f->op, memo[h].op, sizeof f->op);
    } else {
        n = split(r->ops, ',', tok, X64_MAX_OPS);
        if (n < 0) table_fail(row, "bad operand list", r->ops);
        for (int i = 0; i < n; i++) {
            char *t = tok[i];
            while (*t == ' ') t++;
            size_t l = strlen(t);
            while (l && t[l - 1] == ' ') t[--l] = 0;
            parse_operand(row, t, &f->op[i]);
        }
        memo[h].ops = r->ops;
        memo[h].nops = (uint8_t)n;
        memcpy(memo[h].op, f->op, sizeof f->op);
    }
    f->nops = (uint8_t)n;
    parse_encoding(row, r->enc, f);

    /* Flag lists are shared too ("FV", "T1S nomask"...): a memo by the
     * literal's address, as for the operands (not for openc: rows) */
    static struct {
        const char *flags;
        uint32_t bits;
        uint8_t tuple;
    } fmemo[128];
    unsigned fh = (unsigned)(((uintptr_t)r->flags >> 3) ^ ((uintptr_t)r->flags >> 10)) & 127;
    if (fmemo[fh].flags == r->flags) {
        f->flags |= fmemo[fh].bits;
        f->tuple = fmemo[fh].tuple;
    } else {
        uint32_t bits = 0;
        n = split(r->flags, ' ', tok, 8);
        if (n < 0) table_fail(row, "bad flags", r->flags);
        for (int i = 0; i < n; i++) {
            size_t j;
            if (!strncmp(tok[i], "openc:", 6)) {
                openc = r->flags + (strstr(r->flags, "openc:") - r->flags) + 6;
                continue;
            }
            if (tok[i][0] >= 'A' && tok[i][0] <= 'Z') { /* a tuple type */
                for (j = 1; j < sizeof tuple_names / sizeof tuple_names[0]; j++)
                    if (!strcmp(tok[i], tuple_names[j])) {
                        f->tuple = (uint8_t)j;
                        break;
                    }
                if (j == sizeof tuple_names / sizeof tuple_names[0])
                    table_fail(row, "unknown tuple type", tok[i]);
                continue;
            }
            for (j = 0; j < sizeof flag_names / sizeof flag_names[0]; j++)
                if (!strcmp(tok[i], flag_names[j].name)) {
                    bits |= flag_names[j].bit;
                    break;
                }
            if (j == sizeof flag_names / sizeof flag_names[0]) table_fail(row, "unknown flag", tok[i]);
        }
        f->flags |= bits;
        if (!openc) {
            fmemo[fh].flags = r->flags;
            fmemo[fh].bits = bits;
            fmemo[fh].tuple = f->tuple;
        }
    }
    if (f->tuple && f->space != X64S_EVEX)
        table_fail(row, "tuple type without EVEX", r->flags);
    if (openc) {
        char buf[64];
        size_t l = strcspn(openc, " ");
        if (l >= sizeof buf) table_fail(row, "bad openc", openc);
        memcpy(buf, openc, l);
        buf[l] = 0;
        place_operands(row, f, buf);
    } else
        place_operands(row, f, NULL);

    for (int i = 0; i < f->nops; i++) /* VSIB: elements of 32 << W bits */
        if (f->op[i].kind == X64K_VSIB)
            f->op[i].msize = f->rexw == X64V_W1 ? 64 : 32;

    /* Operand size for sign-extended immediates. */
    f->opsize = 0;
    for (int i = 0; i < f->nops && !f->opsize; i++) {
        uint8_t k = f->op[i].kind;
        if (k == X64K_REG || k == X64K_RM || k == X64K_FIXREG) f->opsize = f->op[i].size;
    }
    if (!f->opsize)
        f->opsize = f->o16 ? 16 : (f->flags & X64F_D64) ? 64 : (f->rexw == 1) ? 64 : 32;
    if (f->space != X64S_LEGACY && (f->o16 || f->a32))
        table_fail(row, "o16/a32 with VEX", r->enc);
    if (f->space == X64S_EVEX && !f->tuple)
        for (int i = 0; i < f->nops; i++)
            if (f->op[i].kind == X64K_RM || f->op[i].kind == X64K_MEM)
                table_fail(row, "EVEX memory operand without a tuple type", r->flags);
}

static uint32_t hash_name(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static x64_mnem_entry *mnem_find(const char *name)
{
    uint32_t h = hash_name(name) & (HASH_SIZE - 1);
    while (hash_tab[h]) {
        x64_mnem_entry *e = &mnems[hash_tab[h] - 1];
        if (strcmp(e->name, name) == 0) return e;
        h = (h + 1) & (HASH_SIZE - 1);
    }
    return NULL;
}

static void mnem_insert(size_t idx)
{
    uint32_t h = hash_name(mnems[idx].name) & (HASH_SIZE - 1);
    while (hash_tab[h]) h = (h + 1) & (HASH_SIZE - 1);
    hash_tab[h] = (uint16_t)(idx + 1);
}

/* Forms in row order as x64_init() compiles them, and the mnemonic entry
 * of each; x64_init() then places every mnemonic's forms together, keeping
 * that order (a counting sort: no comparisons). */
static x64_form raw_forms[MAX_FORMS];
static uint16_t raw_mnem[MAX_FORMS];

static void add_form(const x64_form *f, const char *name, size_t len)
{
    char key[32];
    if (nforms == MAX_FORMS) {
        fprintf(stderr, "jas: x64 table: more than MAX_FORMS forms\n");
        abort();
    }
    if (len >= sizeof key) table_fail(f->row, "mnemonic too long", name);
    /* the same name as the last form (aliases, EVEX.VL lengths): no lookup */
    static x64_mnem_entry *last;
    x64_mnem_entry *e = NULL;
    if (last && !memcmp(last->name, name, len) && !last->name[len])
        e = last;
    memcpy(key, name, len);
    key[len] = 0;
    if (!e) e = mnem_find(key);
    if (!e) {
        if (nmnems == MAX_MNEMS) {
            fprintf(stderr, "jas: x64 table: too many mnemonics\n");
            abort();
        }
        e = &mnems[nmnems];
        e->name = pool_add(name, len);
        mnem_insert(nmnems++);
    }
    last = e;
    raw_forms[nforms] = *f;
    raw_forms[nforms].mnem = e->name;
    raw_mnem[nforms] = (uint16_t)(e - mnems);
    e->count++;
    nforms++;
}

static void add_name(char *buf, size_t *n, const char *s, size_t len)
{
    if (*n + len >= 32) len = 31 - *n;
    memcpy(buf + *n, s, len);
    *n += len;
}

/* An EVEX.VL row is written for 512 bits (zmm operands); form L (0, 1, 2:
 * 128, 256, 512 bits) scales every vector register by VL/512, down to xmm
 * at least (zmm -> ymm -> xmm; the ymm of a half-vector source, the xmm of
 * a scalar one), and the memory operand too when the tuple type is a vector
 * one (FV FVM HV HVM QVM OVM: m512 -> m256 -> m128, m256 -> m128 -> m64). */
static void vl_form(const x64_form *row, int l, x64_form *f)
{
    *f = *row;
    f->vexl = (uint8_t)(l == 2 ? X64V_L2 : l);
    unsigned shift = (unsigned)(2 - l);
    /* a full-vector memory operand scales too (T1S m512 of vpcompressd) */
    int vec_mem = (f->tuple >= X64T_FV && f->tuple <= X64T_OVM) || f->tuple == X64T_QV;
    for (int i = 0; i < f->nops; i++) {
        x64_opspec *o = &f->op[i];
        if ((o->kind == X64K_REG || o->kind == X64K_RM) && o->rc >= X64_RC_XMM &&
            o->rc <= X64_RC_ZMM) {
            unsigned sz = o->size >> shift;
            if (sz < 128) sz = 128;
            o->size = (uint16_t)sz;
            o->rc = sz == 512 ? X64_RC_ZMM : sz == 256 ? X64_RC_YMM : X64_RC_XMM;
        }
        if (o->kind == X64K_VSIB) { /* the index register scales like the data */
            unsigned sz = o->size >> shift;
            if (sz < 128) sz = 128;
            o->size = (uint16_t)sz;
            o->rc = sz == 512 ? X64_RC_ZMM : sz == 256 ? X64_RC_YMM : X64_RC_XMM;
        }
        if ((vec_mem || o->msize == 512) && (o->kind == X64K_RM || o->kind == X64K_MEM) &&
            o->msize && o->msize != X64_MSIZE_NONE)
            o->msize = (uint16_t)(o->msize >> shift);
    }
}

/* add_form(), once per vector length for an EVEX.VL form. */
static void add_vl(const x64_form *f, const char *name, size_t len)
{
    if (f->vexl != X64V_VL) {
        add_form(f, name, len);
        return;
    }
    for (int l = 0; l < 3; l++) {
        x64_form g;
        vl_form(f, l, &g);
        add_form(&g, name, len);
    }
}

void x64_init(void)
{
    if (initialized) return;
    static char cc_al[16][4][24], pred_al[32][4][24], ipred_al[8][4][24], xpred_al[8][4][24];
    static int cc_n[16], pred_n[32], ipred_n[8], xpred_n[8];
    for (int i = 0; i < 16; i++) cc_n[i] = split(cc_names[i], ' ', cc_al[i], 4);
    for (int i = 0; i < 32; i++) pred_n[i] = split(pred_names[i], ' ', pred_al[i], 4);
    for (int i = 0; i < 8; i++) ipred_n[i] = split(ipred_names[i], ' ', ipred_al[i], 4);
    for (int i = 0; i < 8; i++) xpred_n[i] = split(xpred_names[i], ' ', xpred_al[i], 4);
    for (size_t row = 0; row < x64_nrows; row++) {
        x64_form f;
        compile_row(row, &f);
        const char *m = x64_rows[row].mnem;
        while (*m) { /* aliases "shl/sal" */
            size_t len = strcspn(m, "/");
            const char *star = memchr(m, '*', len);
            if ((star != NULL) != (f.has_fimm == 2))
                table_fail(row, "a '*' mnemonic needs the ip field and vice versa", m);
            if (star) {
                int ip = (f.flags & X64F_IPRED) != 0, xp = (f.flags & X64F_XPRED) != 0;
                int np = f.space == X64S_LEGACY || ip || xp ? 8 : 32;
                size_t pre = (size_t)(star - m);
                for (int p = 0; p < np; p++) {
                    char (*al)[24] = xp ? xpred_al[p] : ip ? ipred_al[p] : pred_al[p];
                    int nal = xp ? xpred_n[p] : ip ? ipred_n[p] : f.space == X64S_LEGACY ? 1 : pred_n[p];
                    for (int a = 0; a < nal; a++) {
                        char name[32];
                        size_t nl = 0;
                        add_name(name, &nl, m, pre);
                        add_name(name, &nl, al[a], strlen(al[a]));
                        add_name(name, &nl, star + 1, len - pre - 1);
                        f.fimm = (uint8_t)p;
                        f.cc = (uint8_t)p; /* table order in the dump */
                        add_vl(&f, name, nl);
                    }
                }
            } else if (f.add == X64A_CC) {
                size_t at = len; /* the last "cc": jcc, cmovcc, cmpccxadd */
                for (size_t i = 0; i + 1 < len; i++)
                    if (m[i] == 'c' && m[i + 1] == 'c') at = i;
                if (at == len)
                    table_fail(row, "+cc needs a mnemonic with cc", m);
                for (int cc = 0; cc < 16; cc++) {
                    char (*al)[24] = cc_al[cc];
                    for (int a = 0; a < cc_n[cc]; a++) {
                        char name[32];
                        size_t nl = 0;
                        add_name(name, &nl, m, at);
                        add_name(name, &nl, al[a], strlen(al[a]));
                        add_name(name, &nl, m + at + 2, len - at - 2);
                        f.cc = (uint8_t)cc;
                        add_vl(&f, name, nl);
                    }
                }
            } else
                add_vl(&f, m, len);
            m += len;
            if (*m == '/') m++;
        }
    }
    /* every mnemonic's forms together, in row (then cc) order */
    size_t pos = 0;
    for (size_t k = 0; k < nmnems; k++) {
        mnems[k].first = (uint16_t)pos;
        pos += mnems[k].count;
        mnems[k].count = 0;
    }
    for (size_t i = 0; i < nforms; i++) {
        x64_mnem_entry *e = &mnems[raw_mnem[i]];
        forms[e->first + e->count++] = raw_forms[i];
    }
    for (size_t i = 0; i < nforms; i++)
        for (int k = 0; k < X64_MAX_OPS; k++)
            accepts[i][k] = k < forms[i].nops ? spec_accept(&forms[i].op[k]) : 0;
    for (size_t k = 0; k < nmnems; k++) {
        x64_mnem_entry *e = &mnems[k];
        int r8 = 0, r32 = 0, legacy = 1;
        uint16_t fixregs = 1; /* rax/eax/ax/al: accumulator forms, the 90 of no90 */
        for (size_t j = e->first; j < (size_t)e->first + e->count; j++) {
            for (int o = 0; o < forms[j].nops; o++) {
                const x64_opspec *sp = &forms[j].op[o];
                if (sp->kind == X64K_REL) {
                    if (sp->size == 8) r8 = 1;
                    else r32 = 1;
                }
                if (sp->kind == X64K_FIXREG || sp->kind == X64K_STRMEM)
                    fixregs |= (uint16_t)(1u << (sp->num & 15));
            }
            if (forms[j].space != X64S_LEGACY) legacy = 0;
            if (forms[j].space == X64S_EVEX) e->evex = 1;
        }
        e->relaxable = (uint8_t)(r8 && r32);
        e->fixregs = legacy ? fixregs : 0xFFFF;
    }
    initialized = 1;
}

const x64_form *x64_lookup(const char *mnem, size_t *count, const x64_mnem_entry **entry)
{
    if (!initialized) x64_init();
    const x64_mnem_entry *e = mnem_find(mnem);
    if (entry) *entry = e;
    if (!e) {
        *count = 0;
        return NULL;
    }
    *count = e->count;
    return &forms[e->first];
}

const x64_accept *x64_form_accept(void)
{
    if (!initialized) x64_init();
    return accepts;
}

int x64_is_mnemonic(const char *mnem)
{
    size_t n;
    return x64_lookup(mnem, &n, NULL) != NULL;
}

int x64_is_relaxable(const char *mnem)
{
    size_t n;
    const x64_mnem_entry *e;
    x64_lookup(mnem, &n, &e);
    return e && e->relaxable;
}

/* ------------------------------------------------------------------------ */
/* Printing.                                                                 */

static void cat(char *buf, size_t n, size_t *pos, const char *fmt, const char *s, unsigned v)
{
    if (*pos >= n) return;
    int w = s ? snprintf(buf + *pos, n - *pos, fmt, s) : snprintf(buf + *pos, n - *pos, fmt, v);
    if (w > 0) *pos += (size_t)w;
}

void x64_form_encoding_str(const x64_form *f, char *buf, size_t n)
{
    size_t p = 0;
    buf[0] = 0;
    if (f->space != X64S_LEGACY) {
        static const char *const maps[] = {"", "0F", "0F38", "0F3A", "", "MAP5", "MAP6", "", "08", "09", "0A"};
        cat(buf, n, &p, "%s", f->space == X64S_VEX ? "VEX" : f->space == X64S_XOP ? "XOP" : "EVEX", 0);
        cat(buf, n, &p, ".%s", f->vexl == X64V_L0 ? "L0" : f->vexl == X64V_L1 ? "L1" :
                               f->vexl == X64V_L2 ? "L2" : "LIG", 0);
        if (f->mpfx) cat(buf, n, &p, ".%02X", NULL, f->mpfx);
        cat(buf, n, &p, ".%s", maps[f->map], 0);
        cat(buf, n, &p, ".%s ", f->rexw == X64V_W0 ? "W0" : f->rexw == X64V_W1 ? "W1" : "WIG", 0);
    } else {
        if (f->fwait) cat(buf, n, &p, "%s ", "9B", 0);
        if (f->flags & X64F_NP) cat(buf, n, &p, "%s ", "NP", 0);
        if (f->a32) cat(buf, n, &p, "%s ", "a32", 0);
        if (f->o16) cat(buf, n, &p, "%s ", "o16", 0);
        if (f->mpfx) cat(buf, n, &p, "%02X ", NULL, f->mpfx);
        if (f->rexw) cat(buf, n, &p, "%s ", "REX.W", 0);
        if (f->map >= X64M_0F) cat(buf, n, &p, "%s ", "0F", 0);
        if (f->map == X64M_0F38) cat(buf, n, &p, "%s ", "38", 0);
        if (f->map == X64M_0F3A) cat(buf, n, &p, "%s ", "3A", 0);
    }
    for (int i = 0; i < f->nopc; i++) {
        unsigned b = f->opc[i];
        if (i == f->nopc - 1 && f->add == X64A_CC) b += f->cc;
        cat(buf, n, &p, "%02X", NULL, b);
        if (i == f->nopc - 1 && f->add == X64A_REG) {
            uint16_t sz = 0;
            for (int k = 0; k < f->nops; k++)
                if (f->op[k].loc & X64L_OPC) sz = f->op[k].size;
            cat(buf, n, &p, "%s", sz == 8 ? "+rb" : sz == 16 ? "+rw" : sz == 32 ? "+rd" :
                                      sz == 80 ? "+i" : "+ro", 0);
        }
        if (i != f->nopc - 1) cat(buf, n, &p, "%s", " ", 0);
    }
    if (f->modrm == X64R_REG) cat(buf, n, &p, "%s", " /r", 0);
    else if (f->modrm == X64R_DIGIT) cat(buf, n, &p, " /%u", NULL, f->digit);
    if (f->has_fimm) cat(buf, n, &p, " %02X", NULL, f->fimm);
    int k = 0;
    for (int i = 0; i < f->nops; i++) {
        const x64_opspec *o = &f->op[i];
        if (o->kind == X64K_IMM && (f->flags & X64F_IS5)) {
            continue; /* in the /is5 byte */
        } else if (o->kind == X64K_IMM || o->kind == X64K_REL) {
            char c = o->kind == X64K_REL ? 'c' : 'i';
            unsigned s = f->immsz[k++];
            char t[4] = {' ', c, s == 1 ? 'b' : s == 2 ? 'w' : s == 4 ? 'd' : 'o', 0};
            cat(buf, n, &p, "%s", t, 0);
        } else if (o->loc & X64L_IS4) {
            cat(buf, n, &p, "%s", f->flags & X64F_IS5 ? " /is5" : " /is4", 0);
            k++;
        }
    }
}

static void flags_str(const x64_form *f, char *buf, size_t n)
{
    size_t p = 0;
    buf[0] = 0;
    for (size_t j = 0; j < sizeof flag_names / sizeof flag_names[0]; j++)
        if (f->flags & flag_names[j].bit)
            cat(buf, n, &p, p ? " %s" : "%s", flag_names[j].name, 0);
    if (f->tuple) cat(buf, n, &p, p ? " %s" : "%s", tuple_names[f->tuple], 0);
    const char *fl = x64_rows[f->row].flags;
    const char *oe = strstr(fl, "openc:");
    if (oe) {
        char t[40];
        size_t l = strcspn(oe, " ");
        if (l >= sizeof t) l = sizeof t - 1;
        memcpy(t, oe, l);
        t[l] = 0;
        cat(buf, n, &p, p ? " %s" : "%s", t, 0);
    }
}

void x64_table_dump(FILE *out)
{
    x64_init();
    /* table order (row order, then cc order) rather than sorted order */
    static uint16_t order[MAX_FORMS];
    for (size_t i = 0; i < nforms; i++) order[i] = (uint16_t)i;
    for (size_t i = 1; i < nforms; i++) { /* insertion sort by (row, cc, name) */
        uint16_t v = order[i];
        size_t j = i;
        while (j > 0) {
            const x64_form *a = &forms[order[j - 1]], *b = &forms[v];
            int gt = a->row > b->row || (a->row == b->row && a->cc > b->cc);
            if (!gt) break;
            order[j] = order[j - 1];
            j--;
        }
        order[j] = v;
    }
    for (size_t i = 0; i < nforms; i++) {
        const x64_form *f = &forms[order[i]];
        char enc[96], fl[96];
        x64_form_encoding_str(f, enc, sizeof enc);
        flags_str(f, fl, sizeof fl);
        /* operands: the row's text, normalised to ", " separators */
        char ops[96];
        char tok[X64_MAX_OPS][24];
        int n = split(x64_rows[f->row].ops, ',', tok, X64_MAX_OPS);
        size_t p = 0;
        ops[0] = 0;
        for (int k = 0; k < n; k++) {
            char *t = tok[k];
            while (*t == ' ') t++;
            size_t l = strlen(t);
            while (l && t[l - 1] == ' ') t[--l] = 0;
            const x64_opspec *o = &f->op[k];
            char vt[32];
            if (x64_rows[f->row].enc[0] == 'E' && strstr(x64_rows[f->row].enc, ".VL.") &&
                (o->kind == X64K_REG || o->kind == X64K_RM) && o->rc >= X64_RC_XMM &&
                o->rc <= X64_RC_ZMM) { /* EVEX.VL: the form's sizes */
                const char *rest = t + 3, *sl = strchr(t, '/');
                int rl = sl ? (int)(sl - rest) : (int)strlen(rest);
                const char *cls = o->rc == X64_RC_ZMM ? "zmm" : o->rc == X64_RC_YMM ? "ymm" : "xmm";
                if (sl)
                    snprintf(vt, sizeof vt, "%s%.*s/m%u", cls, rl, rest, (unsigned)o->msize);
                else
                    snprintf(vt, sizeof vt, "%s%s", cls, rest);
                t = vt;
            } else if (o->kind == X64K_VSIB) { /* the form's index register */
                snprintf(vt, sizeof vt, "%.4s%c", t,
                         o->rc == X64_RC_ZMM ? 'z' : o->rc == X64_RC_YMM ? 'y' : 'x');
                t = vt;
            }
            cat(ops, sizeof ops, &p, k ? ", %s" : "%s", t, 0);
        }
        fprintf(out, "%s|%s|%s|%s\n", f->mnem, ops, enc, fl);
    }
}
