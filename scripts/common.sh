# Shared by run.sh and test.sh: the Debian packages SockScope needs, installed only when missing.
# shellcheck shell=bash

SOCKSCOPE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What every build needs, and what SockScope needs at run time (netbase: /etc/services, /etc/protocols).
# scdoc turns the man pages into roff, rsvg-convert (librsvg2-bin) draws the PNG icons; libssl-dev: TLS (OpenSSL 3);
# liburing-dev: the echo reactor's io_uring loop.
SOCKSCOPE_BUILD_PACKAGES=(cmake ninja-build g++ ccache pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6svg6 qt6-svg-dev libgl-dev fonts-dejavu-core netbase scdoc librsvg2-bin
    libssl-dev liburing-dev)
# What the tests need on top: peers and reference implementations, fonts for the translated pages.
# util-linux: setpriv, to drop CAP_NET_ADMIN for the SO_DEBUG test; gcc: the socket lab's exported C
# program is compiled with cc in tests/core/tst_labexport; tcpdump reads back the wire view's pcapng;
# libcap2-bin: setcap, to test the unprivileged capture through sockscope-capture. The packaging tests
# (tests/packaging): the desktop file and AppStream validators, man-db and groff to render the man
# pages, zsh to load its completion. openssl: s_server and s_client, the TLS tests' peers.
SOCKSCOPE_TEST_PACKAGES=(python3 gcc socat openssl netcat-openbsd fonts-noto-cjk xauth xvfb iproute2 dnsmasq-base strace
    util-linux tcpdump libcap2-bin desktop-file-utils appstream groff man-db zsh)
# scripts/package.sh: cpack's DEB generator runs dpkg-shlibdeps (dpkg-dev) on the files that file(1)
# says are ELF; lintian checks the result.
SOCKSCOPE_PACKAGE_PACKAGES=(dpkg-dev file lintian)
# The fuzz preset: clang with libFuzzer's runtime.
SOCKSCOPE_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

# Installs whichever of the given packages are missing; quiet when all are present.
sockscope_install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root (or sudo) to install: ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq || return 1
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || return 1
}

# Configures (once) and builds one preset.
sockscope_build() {
    local preset=$1
    cd "$SOCKSCOPE_ROOT" || return 1
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset" >/dev/null || { cmake --preset "$preset"; return 1; }
    fi
    cmake --build --preset "$preset"
}
