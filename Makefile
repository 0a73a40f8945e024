# Thin wrapper: every target installs what is missing, configures and builds first.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
ARGS ?=
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test bench clean format package

all: build

deps:
	@tools/install-deps.sh

$(BUILD_DIR)/build.ninja: CMakeLists.txt | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@./$(BUILD_DIR)/ntnu $(ARGS)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# Timings, not tests: Google Benchmark on the library's hot functions, then the whole-process
# comparison against `date` (bench/run.sh). See bench/README.md.
bench: configure
	@tools/install-deps.sh --bench
	cmake -S . -B $(BUILD_DIR)
	cmake --build $(BUILD_DIR) -j $(JOBS) --target ntnu ntnu_bench
	python3 bench/gen_catalog.py data/ntnu.toml $(BUILD_DIR)/bench/catalog-10k.toml 10000
	nice -n 19 ./$(BUILD_DIR)/bench/ntnu_bench $(BUILD_DIR)/bench/catalog-10k.toml
	bench/run.sh $(BUILD_DIR)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

package: build
	cd $(BUILD_DIR) && cpack

clean:
	rm -rf $(BUILD_DIR)
