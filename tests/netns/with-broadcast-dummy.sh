#!/usr/bin/env bash
# Runs a command in a network namespace of its own (unshare -n) with an interface carrying a /24, so a
# test can send to a broadcast address without any datagram leaving the namespace:
#   - bc0 with 10.77.0.1/24, broadcast 10.77.0.255, up; lo up. bc0 is a dummy interface where the
#     kernel has the dummy driver, else one end of a veth pair whose other end (bc1, no address) stays
#     in the namespace too (containers often lack the dummy module);
#   - the kernel then has a local broadcast route for 10.77.0.255, and a datagram sent there is looped
#     back to this host's sockets bound to the wildcard address;
#   - IPv6 fd77::1/64 on bc0 (nodad: usable at once), so multicast can leave by bc0: a sender's
#     IP_MULTICAST_LOOP / IPV6_MULTICAST_LOOP then decides whether this host's members get a copy (on
#     lo the device itself loops every datagram back, so loop 0 shows nothing there);
#   - 255.255.255.255 (the limited broadcast) goes out by the default route's interface: a default
#     route on bc0 gives it one, inside this namespace only (without it: ENETUNREACH).
# Usage: with-broadcast-dummy.sh COMMAND [ARGS...]   (as root: unshare -n needs CAP_SYS_ADMIN)
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "with-broadcast-dummy: needs root for unshare -n" >&2; exit 1; }
command -v ip >/dev/null || { echo "with-broadcast-dummy: ip (iproute2) is missing" >&2; exit 1; }
export SOCKSCOPE_TEST_BROADCAST=1
exec unshare -n -- sh -c '
    ip link set lo up &&
    { ip link add bc0 type dummy 2>/dev/null ||
      { ip link add bc0 type veth peer name bc1 && ip link set bc1 up; }; } &&
    ip addr add 10.77.0.1/24 broadcast 10.77.0.255 dev bc0 &&
    ip link set bc0 up &&
    { ip -6 addr add fd77::1/64 dev bc0 nodad 2>/dev/null || true; } &&
    ip route add default dev bc0 &&
    exec "$@"' with-broadcast-dummy "$@"
