/* DynASM's x86 engine alone (dasm_x86.h from a LuaJIT tree, bench/Makefile
 * DYNASM_DIR=...), compiled -O2 into an object whose .text bench.py reports
 * beside jas's runtime: the engine DynASM users link. */
#include "dynasm_hooks.h"
