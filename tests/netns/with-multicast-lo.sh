#!/usr/bin/env bash
# Runs a command in a network namespace of its own (unshare -n) whose loopback carries multicast, so a
# test can join groups, send to them and leave them without touching the machine's network:
#   - lo up with the MULTICAST flag;
#   - IPv4: 224.0.0.0/4 routed to lo, from 127.0.0.1 (a sender's datagram loops back to the members);
#   - IPv6: ff00::/8 as a *local* route on lo. A plain route via lo is turned into a reject route by the
#     kernel (Ip6OutNoRoutes, "routes via loopback would loop"); a local one delivers the datagram to
#     the sockets that joined the group, and to none once they left.
# Usage: with-multicast-lo.sh COMMAND [ARGS...]   (as root: unshare -n needs CAP_SYS_ADMIN)
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "with-multicast-lo: needs root for unshare -n" >&2; exit 1; }
command -v ip >/dev/null || { echo "with-multicast-lo: ip (iproute2) is missing" >&2; exit 1; }
export SOCKSCOPE_TEST_MULTICAST=1
exec unshare -n -- sh -c '
    ip link set lo up multicast on &&
    ip route add 224.0.0.0/4 dev lo src 127.0.0.1 &&
    ip -6 route add local ff00::/8 dev lo table local &&
    exec "$@"' with-multicast-lo "$@"
