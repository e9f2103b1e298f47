#!/usr/bin/env bash
# Proves the README's two commands on a machine that has none of SockScope's packages: a fresh
# Debian 12 chroot made with debootstrap, the repository cloned into it, then scripts/test.sh
# (and scripts/run.sh, which must build and then say there is no display).
# Usage, as root: scripts/clean-room-check.sh [DIR] [-- test.sh options]
#   DIR defaults to /var/tmp/sockscope-clean-room; it is reused (and the clone refreshed) if present.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dir=/var/tmp/sockscope-clean-room
if [ $# -gt 0 ] && [ "$1" != "--" ]; then dir=$1; shift; fi
[ "${1:-}" = "--" ] && shift
[ "$(id -u)" -eq 0 ] || { echo "clean-room-check: run as root (debootstrap and chroot need it)" >&2; exit 2; }

command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }
if [ ! -x "$dir/usr/bin/apt-get" ]; then
    echo "== debootstrap bookworm into $dir"
    debootstrap --variant=minbase bookworm "$dir" http://deb.debian.org/debian
    cat > "$dir/etc/apt/sources.list" <<'LIST'
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
LIST
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
