#!/usr/bin/env bash
# Installs what is missing, builds and runs every test.
# Usage: scripts/test.sh [--asan | --tsan | --fuzz]   (default: the ci preset)
#   --asan  everything under AddressSanitizer + UndefinedBehaviorSanitizer
#   --tsan  core's plain C++ layer and its tests under ThreadSanitizer
#   --fuzz  the libFuzzer targets, a short run each (SOCKSCOPE_FUZZ_SECONDS, default 20)
set -euo pipefail
source "$(dirname "$0")/common.sh"

preset=ci
case "${1:-}" in
    "") ;;
    --asan) preset=asan ;;
    --tsan) preset=tsan ;;
    --fuzz) preset=fuzz ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "scripts/test.sh: unknown option '$1' (allowed: --asan, --tsan, --fuzz)" >&2; exit 2 ;;
esac

packages=("${SOCKSCOPE_BUILD_PACKAGES[@]}" "${SOCKSCOPE_TEST_PACKAGES[@]}")
[ "$preset" = fuzz ] && packages+=("${SOCKSCOPE_FUZZ_PACKAGES[@]}")
sockscope_install_packages "${packages[@]}"

echo "== building the $preset preset"
sockscope_build "$preset"
echo "== testing the $preset preset"
cd "$SOCKSCOPE_ROOT"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j2
