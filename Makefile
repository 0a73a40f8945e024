# SPDX-License-Identifier: MIT
# Thin wrapper: every target installs what is missing, configures and builds first.
# Each build is a preset of CMakePresets.json, in the preset's folder: `default` in build/,
# `asan` in build-asan/, `fuzz` in build-fuzz/ (`cmake --preset NAME` makes the same ones).
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
ARGS ?=
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
SANITIZE_DIR := build-asan
FUZZ_DIR := build-fuzz
# How long `make fuzz` runs each fuzzer, in seconds.
FUZZ_SECONDS ?= 600

.PHONY: all deps configure build run test test-normal test-sanitize test-fuzz build-sanitize \
	build-fuzz fuzz bench clean format package

all: build

deps:
	@tools/install-deps.sh

$(BUILD_DIR)/build.ninja: CMakeLists.txt | deps
	cmake --preset default -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Only the program and its man page (cheap, and the README's `man ./build/ntnu.1` reads it):
# the tests and their dependencies are built by `make build` and `make test`.
run: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target ntnu man_page
	@./$(BUILD_DIR)/ntnu $(ARGS)

# The whole suite in the normal build, then again under AddressSanitizer and
# UndefinedBehaviorSanitizer, then a short run of each fuzzer. `make test-normal` is the quick one.
test: test-normal test-sanitize test-fuzz

test-normal: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# Timings, not tests: Google Benchmark on the library's hot functions, then the whole-process
# comparison against `date` (bench/run.sh). See bench/README.md.
# NTNU_BENCH=ON stays in the build folder's cache, and with it the smoke test `bench.smoke`.
bench: configure
	@tools/install-deps.sh --bench
	cmake -S . -B $(BUILD_DIR) -DNTNU_BENCH=ON
	cmake --build $(BUILD_DIR) -j $(JOBS) --target ntnu ntnu_bench
	python3 bench/gen_catalog.py data/ntnu.toml $(BUILD_DIR)/bench/catalog-1k.toml 1000
	nice -n 19 ./$(BUILD_DIR)/bench/ntnu_bench $(BUILD_DIR)/bench/catalog-1k.toml
	bench/run.sh $(BUILD_DIR)

# A build from a preset and its ctest run: $(1) names the make targets, $(2) is the preset and
# $(3) its build folder.
define preset_build
$(3)/build.ninja: CMakeLists.txt | deps
	cmake --preset $(2)

build-$(1): deps $(3)/build.ninja
	cmake --build $(3) -j $$(JOBS)

test-$(1): build-$(1)
	ctest --test-dir $(3) --output-on-failure -j $$(JOBS)
endef
$(eval $(call preset_build,sanitize,asan,$(SANITIZE_DIR)))
$(eval $(call preset_build,fuzz,fuzz,$(FUZZ_DIR)))

# Each fuzzer for FUZZ_SECONDS, with a working corpus in build-fuzz/corpus-work (see README).
fuzz: build-fuzz
	FUZZ_BUILD_DIR=$(FUZZ_DIR) FUZZ_SECONDS=$(FUZZ_SECONDS) tools/fuzz.sh

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp' ':!third_party')

# The .deb needs a maintainer, "Name <address>": -DNTNU_MAINTAINER=... when configuring, or
# `make package NTNU_MAINTAINER='Name <address>'` for this run. Without one, cpack refuses.
NTNU_MAINTAINER ?=
package: build
	cd $(BUILD_DIR) && cpack $(if $(NTNU_MAINTAINER),-D "CPACK_DEBIAN_PACKAGE_MAINTAINER=$(NTNU_MAINTAINER)")

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(FUZZ_DIR)
