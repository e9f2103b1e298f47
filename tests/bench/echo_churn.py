#!/usr/bin/env python3
"""Two builds of sockscope-cli side by side: connection churn and 64-byte ping-pong on the reactor.

Prints figures; never fails on one. Used to check that registering every echo connection in the
SocketRegistry (work done only at accept and close) costs nothing measurable:
    tests/bench/echo_churn.py OLD/sockscope-cli NEW/sockscope-cli
Churn: one python3 client connects, sends a byte, reads the echo and closes with a reset (no TIME_WAIT
pile-up), for 3 s; the client is the bottleneck, so only a large server-side cost would show.
Ping-pong: `sockscope-cli bench echo` with 100 connections for 3 s. Three reps, alternating servers;
medians and ratios. Bounded in time and count; traffic stays on 127.0.0.1.
"""
import socket, subprocess, sys, time, re, statistics
def start(cli):
    p = subprocess.Popen([cli, "serve", "echo", "--port", "0"], stdout=subprocess.PIPE, text=True)
    line = p.stdout.readline(); port = int(re.search(r":(\d+)$", line.strip()).group(1))
    return p, port
def churn(port, secs):
    n = 0; end = time.time() + secs
    while time.time() < end and n < 200000:
        s = socket.create_connection(("127.0.0.1", port)); s.sendall(b"x"); s.recv(1)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # RST: no TIME_WAIT pile-up
        s.close(); n += 1
    return n / secs
def bench(cli, port):
    out = subprocess.run([cli, "bench", "echo", "127.0.0.1", str(port), "--conns", "100", "--size", "64",
                          "--seconds", "3", "--json"], capture_output=True, text=True).stdout
    import json; d = json.loads(out); return d["msg_per_s"]
names = sys.argv[1:3]
res = {n: {"churn": [], "pp": []} for n in names}
for rep in range(3):
    for n in names:
        p, port = start(n)
        res[n]["churn"].append(churn(port, 3))
        r = bench(n, port)
        res[n]["pp"].append(r if isinstance(r, (int, float)) else 0)
        if not isinstance(r, (int, float)) and rep == 0: print("bench json keys:", list(r)[:20])
        p.terminate(); p.wait()
for n in names:
    print(n, "churn conn/s median %.0f" % statistics.median(res[n]["churn"]), "pingpong msg/s median", statistics.median(res[n]["pp"]))
a, b = names
print("ratio new/old churn %.3f" % (statistics.median(res[b]["churn"]) / statistics.median(res[a]["churn"])))
if statistics.median(res[a]["pp"]): print("ratio new/old pingpong %.3f" % (statistics.median(res[b]["pp"]) / statistics.median(res[a]["pp"])))
