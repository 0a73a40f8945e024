// SPDX-License-Identifier: MIT
// Linked into every executable of the sanitizer build (NTNU_SANITIZE): the sanitizers' settings,
// built in so that they hold even when a test runner starts the program with a clean
// environment (tests/golden/run_golden.py passes on only PATH and LANG). Any report aborts the
// program, so the test that met it fails. ASAN_OPTIONS and UBSAN_OPTIONS still override these.

extern "C" const char* __asan_default_options() {
    return "halt_on_error=1:abort_on_error=1:detect_leaks=1:check_initialization_order=1:"
           "strict_init_order=1:strict_string_checks=1:detect_invalid_pointer_pairs=0";
}

extern "C" const char* __ubsan_default_options() {
    return "halt_on_error=1:abort_on_error=1:print_stacktrace=1";
}
