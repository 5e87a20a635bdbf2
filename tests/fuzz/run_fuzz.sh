#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 20) from the seed corpus.
#   tests/fuzz/run_fuzz.sh BUILD_DIR [SECONDS]
# Exit 77 (skipped) when clang or its fuzzer runtime is missing, unless PAYDESK_REQUIRE_FUZZ=1.
set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
build=$1
seconds=${2:-20}
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "clang++ with libFuzzer not found (Debian: clang, libclang-rt-14-dev)"
    [ "${PAYDESK_REQUIRE_FUZZ:-0}" = 1 ] && exit 1
    exit 77
fi
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" >/dev/null
corpus="$build/corpus"
mkdir -p "$corpus"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
rc=0
"$build/fuzz_webhook" -max_total_time="$seconds" -max_len=65536 -timeout=5 -print_final_stats=1 \
    -artifact_prefix="$build/" "$corpus" "$here/seeds" >"$build/fuzz.log" 2>&1 || rc=$?
grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "$build/fuzz.log" || true
if [ $rc -ne 0 ]; then
    tail -n 60 "$build/fuzz.log"
    echo "fuzz_webhook failed (exit $rc); the input is in $build/crash-* (reproduce: $build/fuzz_webhook FILE)"
fi
exit $rc
