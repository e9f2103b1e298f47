#!/usr/bin/env bash
# Proves the README's two commands on a machine that has none of SockScope's packages: a fresh
# Debian 12 chroot made with debootstrap, the repository cloned into it, then scripts/test.sh
# (and scripts/run.sh, which must build and then say there is no display).
# Usage, as root: scripts/clean-room-check.sh [DIR] [-- test.sh options]
#   DIR defaults to /var/tmp/sockscope-clean-room; it is reused (and the clone refreshed) if present.
# Or: scripts/clean-room-check.sh --deb [FILE.deb] [DIR]
#   installs the package (default: the one scripts/package.sh builds) with apt into a fresh chroot that
#   has nothing else, runs sockscope-cli --version, sockscope-cli addr ::1, then the GUI under xvfb-run
#   with a screenshot, copied out to build/clean-room/. DIR defaults to /var/tmp/sockscope-clean-room-deb;
#   the debootstrapped system is kept in DIR.base and copied afresh for every run.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
mode=source
deb=""
if [ "${1:-}" = "--deb" ]; then
    mode=deb
    shift
    if [[ ${1:-} == *.deb ]]; then deb=$(realpath "$1"); shift; fi
fi
if [ $mode = deb ]; then dir=/var/tmp/sockscope-clean-room-deb; else dir=/var/tmp/sockscope-clean-room; fi
if [ $# -gt 0 ] && [ "$1" != "--" ]; then dir=$1; shift; fi
[ "${1:-}" = "--" ] && shift
[ "$(id -u)" -eq 0 ] || { echo "clean-room-check: run as root (debootstrap and chroot need it)" >&2; exit 2; }

if [ $mode = deb ] && [ -z "$deb" ]; then
    echo "== scripts/package.sh"
    "$repo/scripts/package.sh"
    deb=$(ls "$repo"/build/package/deb/sockscope_*.deb)
fi

command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }
# debootstrap DIR: a minimal Debian 12 with apt's sources, unless DIR already has one.
bootstrap() {
    if [ ! -x "$1/usr/bin/apt-get" ]; then
        echo "== debootstrap bookworm into $1"
        debootstrap --variant=minbase bookworm "$1" http://deb.debian.org/debian
    fi
    cat > "$1/etc/apt/sources.list" <<'LIST'
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
LIST
}
if [ $mode = deb ]; then
    # Only what debootstrap laid and the package pulls in: a Depends that is missing shows here.
    bootstrap "$dir.base"
    # Never delete through a mount left by an interrupted run (its /dev, /sys are the host's).
    if grep -q " $dir[/ ]" /proc/mounts; then
        echo "clean-room-check: $dir still has mounts; umount them first" >&2
        exit 1
    fi
    rm -rf --one-file-system "$dir"
    cp -a "$dir.base" "$dir"
else
    bootstrap "$dir"
fi
cp /etc/resolv.conf "$dir/etc/resolv.conf"
# The Debian installer writes /etc/hosts; debootstrap does not. A real machine has one.
[ -s "$dir/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$dir/etc/hosts"

mounts=(proc sys dev dev/pts)
cleanup() {
    for ((i=${#mounts[@]}-1; i>=0; i--)); do umount -l "$dir/${mounts[i]}" 2>/dev/null || true; done
    umount -l "$dir" 2>/dev/null || true
}
trap cleanup EXIT
# The chroot's / must be a mount point of its own: `ip netns exec` (the DNS tests) remounts it.
mount --bind "$dir" "$dir"
mount --make-private "$dir"
mount -t proc proc "$dir/proc"
mount --rbind /sys "$dir/sys"
mount --rbind /dev "$dir/dev"
mount -t devpts devpts "$dir/dev/pts" 2>/dev/null || true

in_chroot() {
    chroot "$dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive /bin/bash -c "$1"
}

if [ $mode = deb ]; then
    echo "== apt install $(basename "$deb") inside the chroot"
    cp "$deb" "$dir/tmp/"
    in_chroot "apt-get update -qq && apt-get install -y -q /tmp/$(basename "$deb")"
    echo "== sockscope-cli --version; sockscope-cli addr ::1"
    in_chroot "sockscope-cli --version && sockscope-cli addr ::1"
    # Every library the programs need came with the package's Depends (nothing else was installed yet).
    if in_chroot "ldd /usr/bin/sockscope /usr/bin/sockscope-cli /usr/libexec/sockscope/sockscope-capture" | grep 'not found'; then
        echo "clean-room-check: a library of the installed programs is missing" >&2
        exit 1
    fi
    in_chroot "getcap /usr/libexec/sockscope/sockscope-capture || echo 'no setcap (libcap2-bin) in the chroot'"
    echo "== the GUI under xvfb-run (xvfb and xauth installed for it)"
    in_chroot "apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null"
    in_chroot "rm -rf /tmp/shots && timeout 300 xvfb-run -a -s '-screen 0 1280x800x24' sockscope --screenshot /tmp/shots"
    in_chroot "ls /tmp/shots" | tr '\n' ' '
    echo
    out=$repo/build/clean-room
    mkdir -p "$out"
    cp "$dir/tmp/shots/addresses.png" "$out/addresses.png"
    echo "== screenshot: $out/addresses.png"
    echo "== apt purge sockscope"
    in_chroot "apt-get purge -y -qq sockscope >/dev/null && ! ls /usr/bin/sockscope* /usr/libexec/sockscope 2>/dev/null"
    echo "== clean-room package check passed"
    exit 0
fi

echo "== cloning $repo into the chroot"
rm -rf "$dir/src"
git clone -q "$repo" "$dir/src"

echo "== scripts/test.sh $* inside the chroot"
chroot "$dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 /bin/bash -c "cd /src && scripts/test.sh $*"

echo "== scripts/run.sh inside the chroot (no display: it must build, then say so)"
set +e
out=$(chroot "$dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    /bin/bash -c "cd /src && scripts/run.sh" 2>&1)
rc=$?
set -e
echo "$out" | tail -3
if [ $rc -ne 1 ] || ! grep -q "no display" <<<"$out"; then
    echo "clean-room-check: scripts/run.sh did not build and report the missing display (exit $rc)" >&2
    exit 1
fi
echo "== clean-room check passed"
