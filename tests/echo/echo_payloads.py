#!/usr/bin/env python3
"""Big payloads through `sockscope-cli serve echo`, checked by SHA-256 (0 bytes lost):
128 MiB on one connection, then 200 connections x 1 MiB at once (python3 clients), then 8 MiB
through OpenBSD nc. Loopback only; every wait is
bounded. Usage: echo_payloads.py SOCKSCOPE_CLI ENGINE"""
import hashlib, os, re, selectors, signal, socket, subprocess, sys, threading, time

cli, engine = sys.argv[1], sys.argv[2]
DEADLINE = time.time() + 240


def start():
    p = subprocess.Popen([cli, "serve", "echo", "--engine", engine, "--port", "0"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, start_new_session=True)
    line = p.stdout.readline()
    m = re.match(r"listening on 127\.0\.0\.1:(\d+)$", line.strip())
    if not m:
        p.kill()
        sys.exit(f"no listening line: {line!r}")
    return p, int(m.group(1))


def one_big(port, size):
    s = socket.create_connection(("127.0.0.1", port), timeout=60)
    chunk = os.urandom(1 << 20)
    sent_hash = hashlib.sha256()
    got_hash = hashlib.sha256()
    received = 0

    def writer():
        for i in range(size // len(chunk)):
            block = chunk[i % 7:] + chunk[:i % 7]  # vary the blocks a little
            sent_hash.update(block)
            s.sendall(block)
        s.shutdown(socket.SHUT_WR)

    t = threading.Thread(target=writer)
    t.start()
    while True:
        data = s.recv(1 << 20)
        if not data:
            break
        got_hash.update(data)
        received += len(data)
        if time.time() > DEADLINE:
            sys.exit("timed out")
    t.join()
    s.close()
    if received != size or got_hash.digest() != sent_hash.digest():
        sys.exit(f"one connection: {received} of {size} bytes, hashes {'equal' if got_hash.digest() == sent_hash.digest() else 'differ'}")
    print(f"{engine}: {size >> 20} MiB on one connection, SHA-256 equal")


def many(port, conns, size):
    sel = selectors.DefaultSelector()
    state = {}
    for i in range(conns):
        s = socket.create_connection(("127.0.0.1", port), timeout=30)
        s.setblocking(False)
        payload = hashlib.sha256(str(i).encode()).digest() * (size // 32)
        state[s] = {"out": memoryview(payload), "sent": hashlib.sha256(payload).digest(), "got": hashlib.sha256(),
                    "n": 0, "size": len(payload)}
        sel.register(s, selectors.EVENT_READ | selectors.EVENT_WRITE)
    done = 0
    while done < conns:
        if time.time() > DEADLINE:
            sys.exit("timed out")
        for key, mask in sel.select(timeout=1):
            s, st = key.fileobj, state[key.fileobj]
            if mask & selectors.EVENT_WRITE and st["out"]:
                try:
                    n = s.send(st["out"][:65536])
                    st["out"] = st["out"][n:]
                except BlockingIOError:
                    pass
                if not st["out"]:
                    sel.modify(s, selectors.EVENT_READ)
            if mask & selectors.EVENT_READ:
                try:
                    data = s.recv(65536)
                except BlockingIOError:
                    continue
                st["got"].update(data)
                st["n"] += len(data)
                if st["n"] >= st["size"]:
                    sel.unregister(s)
                    s.close()
                    done += 1
    bad = [1 for st in state.values() if st["n"] != st["size"] or st["got"].digest() != st["sent"]]
    if bad:
        sys.exit(f"{len(bad)} of {conns} connections lost or changed bytes")
    print(f"{engine}: {conns} connections x {size >> 20} MiB at once, every SHA-256 equal")


def through_nc(port, size):
    """OpenBSD netcat as the peer: stdin to the server, the echo to stdout; -N shuts down the
    writing side at stdin's EOF, so nc ends when the server has sent everything back."""
    payload = os.urandom(size)
    out = subprocess.run(["nc", "-N", "127.0.0.1", str(port)], input=payload, capture_output=True, timeout=60)
    if hashlib.sha256(out.stdout).digest() != hashlib.sha256(payload).digest():
        sys.exit(f"nc: {len(out.stdout)} of {size} bytes came back, or they differ")
    print(f"{engine}: {size >> 20} MiB through nc, SHA-256 equal")


p, port = start()
try:
    one_big(port, 128 << 20)
    many(port, 200, 1 << 20)
    through_nc(port, 8 << 20)
finally:
    os.killpg(p.pid, signal.SIGINT)
    out, err = p.communicate(timeout=10)
print(out.strip())
if p.returncode != 0:
    sys.exit(f"server exited {p.returncode}: {err}")
