#!/usr/bin/env bash
# Runs a test in a network namespace of its own, its loopback up, so that the ICMP echoes it sends to
# 127.0.0.1 and ::1 reach no other test's capture on the machine's loopback. As root only (unshare
# needs it); otherwise the test runs as it is, and its raw socket cases skip without CAP_NET_RAW.
# Usage: in-own-netns.sh COMMAND [ARGS...]
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
if [ "$(id -u)" -ne 0 ]; then
    exec "$@"
fi
command -v unshare >/dev/null && command -v ip >/dev/null || {
    echo "in-own-netns: unshare (util-linux) and ip (iproute2) are needed" >&2
    exit 1
}
exec unshare --net -- sh -c 'ip link set lo up && exec "$@"' sh "$@"
