#!/usr/bin/env bash
# Installs what is missing, builds SockScope (release preset) and starts the GUI.
# Usage: scripts/run.sh [arguments for sockscope]
set -euo pipefail
source "$(dirname "$0")/common.sh"

sockscope_install_packages "${SOCKSCOPE_BUILD_PACKAGES[@]}"
sockscope_build release

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "SockScope is built, but there is no display to show it on (DISPLAY and WAYLAND_DISPLAY are unset): try xvfb-run -a scripts/run.sh, or run it from a desktop session." >&2
    exit 1
fi
exec "$SOCKSCOPE_ROOT/build/release/app/gui/sockscope" "$@"
