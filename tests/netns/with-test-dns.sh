#!/usr/bin/env bash
# Runs a command inside a network namespace of its own whose resolver talks only to a test DNS
# server, so no test ever reaches the machine's configured DNS:
#   - dnsmasq on 127.0.0.1:53 serves the zone sockscope.test:
#       ok.sockscope.test    A 192.0.2.10, AAAA 2001:db8::10
#       alias.sockscope.test CNAME ok.sockscope.test
#       anything else in sockscope.test: NXDOMAIN
#   - queries for *.drop.sockscope.test are forwarded to 127.0.0.2:53, where a listener reads them
#     and never answers: a dropped query (resolv.conf has timeout:1 attempts:1).
#   - names outside sockscope.test are refused (no upstream).
# Usage: with-test-dns.sh COMMAND [ARGS...]   (as root: ip netns needs it)
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "with-test-dns: needs root for ip netns" >&2; exit 1; }
for tool in ip dnsmasq python3; do
    command -v "$tool" >/dev/null || { echo "with-test-dns: $tool is missing (scripts/test.sh installs it)" >&2; exit 1; }
done

name="sockscope-test-$$"
work=$(mktemp -d) # logs live outside /etc/netns/NAME, which ip netns exec mounts over /etc
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    ip netns del "$name" 2>/dev/null || true
    rm -rf "/etc/netns/$name" "$work"
}
trap cleanup EXIT INT TERM

mkdir -p "/etc/netns/$name"
printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' > "/etc/netns/$name/resolv.conf"
ip netns add "$name"
ip -n "$name" link set lo up

# The black hole: reads DNS queries, answers none. Ready once it has bound.
ip netns exec "$name" python3 -c '
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.2", 53))
print("ready", flush=True)
while True:
    s.recvfrom(65535)
' > "$work/blackhole.out" &
pids+=($!)

ip netns exec "$name" dnsmasq --keep-in-foreground --conf-file=/dev/null --no-resolv --no-hosts \
    --no-daemon --log-facility=- --quiet-dhcp --user=root --pid-file= \
    --listen-address=127.0.0.1 --bind-interfaces --port=53 \
    --local=/sockscope.test/ \
    --host-record=ok.sockscope.test,192.0.2.10,2001:db8::10 \
    --cname=alias.sockscope.test,ok.sockscope.test \
    --server=/drop.sockscope.test/127.0.0.2 \
    >"$work/dnsmasq.log" 2>&1 &
pids+=($!)

# Wait (bounded) until both listen.
for _ in $(seq 1 50); do
    if grep -q ready "$work/blackhole.out" 2>/dev/null \
        && ip netns exec "$name" python3 -c 'import socket; socket.getaddrinfo("ok.sockscope.test", None)' 2>/dev/null; then
        break
    fi
    sleep 0.1
done

export SOCKSCOPE_TEST_DNS=1
set +e
ip netns exec "$name" "$@"
rc=$?
set -e
if [ $rc -ne 0 ]; then
    echo "--- dnsmasq log" >&2
    tail -20 "$work/dnsmasq.log" >&2 || true
fi
exit $rc
