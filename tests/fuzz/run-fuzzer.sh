#!/bin/sh
# Runs one libFuzzer target for SOCKSCOPE_FUZZ_SECONDS (default 20) over a working corpus seeded
# from the repository's seeds. Exits non-zero on the first crash, leak or sanitizer report.
set -eu
fuzzer=$1 corpus=$2 seeds=$3
mkdir -p "$corpus"
exec "$fuzzer" -max_total_time="${SOCKSCOPE_FUZZ_SECONDS:-20}" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$corpus/../" "$corpus" "$seeds"
