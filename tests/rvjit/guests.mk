# Builds the rvjit test guests with the riscv64 cross toolchain into $(OUT)
# (tests/out/rvjit by default).  Make's timestamps cache them: a rerun
# rebuilds only what changed.   make -f tests/rvjit/guests.mk OUT=... -j2
HERE    := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
OUT     ?= tests/out/rvjit
CROSS   ?= riscv64-linux-gnu-
RVCC    := $(CROSS)gcc
HOSTCC  ?= cc
ASFLAGS := -nostdlib -static -Wl,--no-relax -I$(HERE)/asm
CFLAGS  := -O2 -static -D_GNU_SOURCE -Wno-stringop-truncation -Wno-alloc-size-larger-than

ASM_BOTH := rv64i rv64m rv64a rv64f rv64d fpmisc
ASM_GC   := rv64c zicsr smc
C_PROGS  := printf strings malloc files mathlib timefn sysinfo auxv exitcode process selfexec siginherit threads realsys evsys realsig gnulib procself realsys2
FAULTS   := 1 2 3 4 5 6 7 8 9 10 11 12 14 15 16 17 18

# random instruction streams (asm/gen_rand.py): seeds built with C (most),
# and without it; f<seed>: with faults and the guest's signal handler
RAND_GC  := 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20
RAND_G   := 21 22 23 24 25 26
RANDF_GC := 1 2 3 4 5 6 7 8 9 10
RANDF_G  := 11 12
# w<seed>: random encodings too (--raw)
RANDW_GC := 1 2 3 4 5 6 7 8
RANDW_G  := 9 10

# random C programs (Csmith), built by gcc and by clang: real compiler output
CSMITH_SEEDS := 1 2 3 4 5 6 7 8 9 10 11 12

TARGETS := $(foreach t,$(ASM_BOTH),$(OUT)/asm/$(t)-g $(OUT)/asm/$(t)-gc) \
           $(foreach n,$(CSMITH_SEEDS),$(OUT)/csmith/c$(n)-gcc $(OUT)/csmith/c$(n)-clang) \
           $(foreach n,$(RAND_GC),$(OUT)/rand/r$(n)-gc) $(foreach n,$(RAND_G),$(OUT)/rand/r$(n)-g) \
           $(foreach n,$(RANDF_GC),$(OUT)/rand/f$(n)-gc) $(foreach n,$(RANDF_G),$(OUT)/rand/f$(n)-g) \
           $(foreach n,$(RANDW_GC),$(OUT)/rand/w$(n)-gc) $(foreach n,$(RANDW_G),$(OUT)/rand/w$(n)-g) \
           $(foreach t,$(ASM_GC),$(OUT)/asm/$(t)-gc) \
           $(foreach t,$(C_PROGS),$(OUT)/c/$(t)) \
           $(foreach n,$(FAULTS),$(OUT)/bad/fault$(n)) \
           $(OUT)/bad/crash $(OUT)/bad/enosys-gc $(OUT)/bad/x86_64-hello \
           $(OUT)/bad/object.o $(OUT)/real/jas $(OUT)/real/big.s

all: $(TARGETS)

ASM_DEPS := $(HERE)/asm/test.h $(lastword $(MAKEFILE_LIST))

$(OUT)/asm/%-g: $(HERE)/asm/%.S $(ASM_DEPS)
	@mkdir -p $(dir $@)
	$(RVCC) -march=rv64g -mabi=lp64d $(ASFLAGS) -o $@ $<

$(OUT)/asm/%-gc: $(HERE)/asm/%.S $(ASM_DEPS)
	@mkdir -p $(dir $@)
	$(RVCC) -march=rv64gc -mabi=lp64d $(ASFLAGS) -o $@ $<

$(OUT)/rand/r%.s: $(HERE)/asm/gen_rand.py $(HERE)/asm/rand_harness.py
	@mkdir -p $(dir $@)
	python3 $< --seed $* -o $@

$(OUT)/rand/f%.s: $(HERE)/asm/gen_rand.py $(HERE)/asm/rand_harness.py
	@mkdir -p $(dir $@)
	python3 $< --faults --seed $* -o $@

$(OUT)/rand/w%.s: $(HERE)/asm/gen_rand.py $(HERE)/asm/rand_harness.py
	@mkdir -p $(dir $@)
	python3 $< --raw --seed $* -o $@

$(OUT)/rand/%-gc: $(OUT)/rand/%.s
	$(RVCC) -march=rv64gc -mabi=lp64d $(ASFLAGS) -o $@ $<

$(OUT)/rand/%-g: $(OUT)/rand/%.s
	$(RVCC) -march=rv64g -mabi=lp64d $(ASFLAGS) -o $@ $<

.PRECIOUS: $(OUT)/rand/r%.s $(OUT)/rand/f%.s $(OUT)/rand/w%.s

CSMITH_INC := -I/usr/include/csmith
$(OUT)/csmith/c%.c:
	@mkdir -p $(dir $@)
	cd $(dir $@) && csmith --seed $* > $(notdir $@)   # it also writes platform.info there

$(OUT)/csmith/c%-gcc: $(OUT)/csmith/c%.c
	$(RVCC) -O2 -static -w $(CSMITH_INC) -o $@ $<

# clang's riscv64 code (its own idioms, not gcc's), with the cross sysroot,
# gcc's crt files and libgcc, and the cross linker
RVGCCDIR = $(dir $(shell $(RVCC) -print-libgcc-file-name))
$(OUT)/csmith/c%-clang: $(OUT)/csmith/c%.c
	clang --target=riscv64-linux-gnu -march=rv64gc -O2 -static -w $(CSMITH_INC) \
	    --sysroot=/usr/riscv64-linux-gnu -B$(RVGCCDIR) -L$(RVGCCDIR) \
	    -fuse-ld=$(shell command -v $(CROSS)ld) -o $@ $<

.PRECIOUS: $(OUT)/csmith/c%.c

$(OUT)/c/%: $(HERE)/c/%.c $(HERE)/c/check.h
	@mkdir -p $(dir $@)
	$(RVCC) $(CFLAGS) -o $@ $< -lm

$(OUT)/c/threads $(OUT)/c/evsys $(OUT)/c/realsig $(OUT)/c/procself $(OUT)/c/realsys2: CFLAGS += -pthread

$(OUT)/bad/fault%: $(HERE)/bad/faults.S
	@mkdir -p $(dir $@)
	$(RVCC) -march=rv64gc $(ASFLAGS) -DCASE=$* -o $@ $<

$(OUT)/bad/enosys-gc: $(HERE)/bad/enosys.S $(ASM_DEPS)
	@mkdir -p $(dir $@)
	$(RVCC) -march=rv64gc $(ASFLAGS) -o $@ $<

$(OUT)/bad/crash: $(HERE)/bad/crash.c
	@mkdir -p $(dir $@)
	$(RVCC) $(CFLAGS) -o $@ $<

# A real program: jas itself (the assembler and the preprocessor, ~20k
# lines of C), built for riscv64, and a generated input for it.
ROOT     := $(HERE)/../..
JAS_SRCS := $(wildcard $(ROOT)/src/common/*.c $(ROOT)/src/front/*.c $(ROOT)/src/pre/*.c \
                       $(ROOT)/src/x64/*.c $(ROOT)/src/cli/*.c)
JAS_HDRS := $(wildcard $(ROOT)/include/*.h $(ROOT)/src/*/*.h)

$(OUT)/real/jas: $(JAS_SRCS) $(JAS_HDRS)
	@mkdir -p $(dir $@)
	$(RVCC) -O2 -static -std=c11 -D_GNU_SOURCE -I$(ROOT)/include -I$(ROOT)/src -o $@ $(JAS_SRCS)

$(OUT)/real/big.s: $(ROOT)/bench/asm/gen_big.py
	@mkdir -p $(dir $@)
	python3 $< --lines 40000 --seed 11 $@

# a valid ELF for the wrong machine (the host's)
$(OUT)/bad/x86_64-hello: $(HERE)/bad/hello.c
	@mkdir -p $(dir $@)
	$(HOSTCC) -O2 -o $@ $<

# a relocatable object: ELF, right machine, wrong type
$(OUT)/bad/object.o: $(HERE)/bad/crash.c
	@mkdir -p $(dir $@)
	$(RVCC) -O2 -c -o $@ $<

.PHONY: all
