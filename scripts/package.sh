#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, builds a preset (package by default: optimised
# and hardened), runs `cpack -G DEB` and lintian on the result, which must report no error.
# Usage: scripts/package.sh [--preset NAME]   (the .deb goes to build/NAME/deb/)
set -euo pipefail
source "$(dirname "$0")/common.sh"

preset=package
while [ $# -gt 0 ]; do
    case $1 in
        --preset) [ $# -ge 2 ] || { echo "scripts/package.sh: --preset needs a name" >&2; exit 2; }
                  preset=$2; shift 2 ;;
        -h|--help) sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "scripts/package.sh: unknown option '$1' (allowed: --preset NAME)" >&2; exit 2 ;;
    esac
done

sockscope_install_packages "${SOCKSCOPE_BUILD_PACKAGES[@]}" "${SOCKSCOPE_PACKAGE_PACKAGES[@]}"
echo "== building the $preset preset"
sockscope_build "$preset"
build=$SOCKSCOPE_ROOT/build/$preset
echo "== cpack -G DEB"
rm -rf "$build/deb"
(cd "$build" && cpack -G DEB -B "$build/deb" >"$build/cpack.log" 2>&1) || { cat "$build/cpack.log" >&2; exit 1; }
deb=$(ls "$build"/deb/sockscope_*.deb)
dpkg-deb --field "$deb" Package Version Section Depends Recommends
echo "== lintian $(basename "$deb")"
# Errors fail the package; warnings and the rest are shown for the record.
lintian --fail-on error --display-info "$deb"
echo "== $deb"
echo "Install it with: sudo apt install $deb"
