#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang in build-fuzz/ and runs each one for
# SECONDS (default 600) from its seeds in tests/fuzz/corpus/<target>/, printing one JSON line
# per target. Inputs that found new code are kept in build-fuzz/corpus/<target>/ for the next
# run; a crashing input is left in build-fuzz/crashes/<target>/ and makes the exit status 1.
# ./tandem.sh fuzz installs clang and its fuzzer runtime first.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"

if [ ! -f build-fuzz/build.ninja ]; then
    CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTANDEM_FUZZ=ON >/dev/null
fi
cmake --build build-fuzz --parallel "$(nproc)" --target fuzzers >&2

# The hub's store is a SQLite file: on tmpfs its commits cost no disk flush. A crashed
# fuzzer leaves its files behind, so they all go in one folder that is removed at the end.
scratch=/dev/shm
[ -w "$scratch" ] || scratch="${TMPDIR:-/tmp}"
TMPDIR=$(mktemp -d "$scratch/tandem-fuzz.XXXXXX")
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT
export ASAN_OPTIONS="check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"

status=0
while read -r target options; do
    corpus="build-fuzz/corpus/$target"
    crashes="build-fuzz/crashes/$target"
    log="build-fuzz/crashes/$target.log"
    rm -rf "$crashes"
    mkdir -p "$corpus" "$crashes"
    started=$(date +%s)
    result=0
    # $options unquoted: each of a target's options is a word of its own.
    "build-fuzz/fuzz/$target" $options -max_total_time="$seconds" -timeout=60 -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || result=$?
    elapsed=$(( $(date +%s) - started ))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    size=$(grep -o 'corp: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$' || true)
    found=$(find "$crashes" -type f | wc -l)
    printf '{"target": "%s", "seconds": %d, "runs": %d, "crashes": %d, "corpus": %d}\n' \
        "$target" "$elapsed" "${runs:-0}" "$found" "${size:-0}"
    if [ "$result" -ne 0 ] || [ "$found" -ne 0 ]; then
        echo "$target failed (exit $result); reproducer in $crashes/, log $log:" >&2
        grep -A 40 -m 1 -E '^==[0-9]+==ERROR|runtime error|^fuzz_[a-z_]+: ' "$log" >&2 || tail -n 40 "$log" >&2
        status=1
    fi
done < build-fuzz/fuzzers.txt
exit "$status"
