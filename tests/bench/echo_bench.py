#!/usr/bin/env python3
"""Side-by-side figures for SockScope's echo server engines and other echo servers on loopback.

Prints figures; never fails on one. Run on the release preset:
    cmake --preset release && cmake --build --preset release
    tests/bench/echo_bench.py --cli build/release/app/cli/sockscope-cli [--seconds 5] [--reps 3] [--quick]

Servers: sockscope reactor / thread / fork (`sockscope-cli serve echo`), socat (fork + PIPE), ncat
(--keep-open --exec cat), and the chapter's fork-per-connection server when ../shared/bench/fork_echo.c
is beside the project. Load: `sockscope-cli bench echo` (every byte verified). Each rep runs every
server once, in turn, so machine drift hits all alike; the table shows medians and ratios to socat.
Then the idle-connection footprint: 10,000 idle connections to the reactor, its RSS per connection.
Every loop is bounded in count and time; traffic stays on 127.0.0.1.
"""
import argparse, json, os, re, resource, shutil, signal, socket, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_FORK = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "bench", "fork_echo.c"))


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def wait_listening(port, proc, secs=5):
    end = time.time() + secs
    while time.time() < end:
        if proc.poll() is not None:
            return False
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def start(name, cli, textbook):
    if name.startswith("sockscope-"):
        engine = name.split("-", 1)[1]
        p = subprocess.Popen([cli, "serve", "echo", "--engine", engine, "--bind", "127.0.0.1", "--port", "0"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
        m = re.search(r"listening on [^\s]*:(\d+)", p.stdout.readline())
        if not m:
            stop(p)
            raise RuntimeError(name + ": no listening line")
        return p, int(m.group(1))
    port = free_port()
    cmd = {"socat": ["socat", f"TCP-LISTEN:{port},bind=127.0.0.1,reuseaddr,fork,backlog=4096", "PIPE"],
           "ncat": ["ncat", "-l", "127.0.0.1", str(port), "--keep-open", "--max-conns", "2000", "--exec", "/bin/cat"],
           "textbook": [textbook or "", str(port), "127.0.0.1", "900"]}[name]
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    if not wait_listening(port, p):
        stop(p)
        raise RuntimeError(name + ": not listening")
    return p, port


def stop(p):
    try:
        os.killpg(p.pid, signal.SIGINT)
        p.wait(timeout=3)
    except (subprocess.TimeoutExpired, ProcessLookupError):
        pass
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    p.wait()


def bench(cli, port, conns, size, secs, mode):
    out = subprocess.run([cli, "bench", "echo", "127.0.0.1", str(port), "--conns", str(conns), "--size", str(size),
                          "--seconds", str(secs), "--mode", mode, "--json"],
                         capture_output=True, text=True, timeout=secs + 60)
    try:
        r = json.loads(out.stdout)
    except ValueError:
        return None
    return None if "error" in r or r.get("errors", 1) else r


def idle_footprint(cli, count):
    """RSS growth of the reactor per idle connection, in KiB."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count + 1000), hard))
    p, port = start("sockscope-reactor", cli, None)

    def rss():
        with open(f"/proc/{p.pid}/status") as f:
            return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))

    socks = []
    try:
        time.sleep(0.3)
        before = rss()
        deadline = time.time() + 120
        for _ in range(count):
            if time.time() > deadline:
                break
            socks.append(socket.create_connection(("127.0.0.1", port)))
        time.sleep(1.0)
        after = rss()
        return len(socks), (after - before) / max(len(socks), 1)
    finally:
        for s in socks:
            s.close()
        stop(p)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--seconds", type=float, default=5)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="one scenario, one rep, 2 s")
    ap.add_argument("--idle", type=int, default=10000, help="idle connections for the footprint (0: skip)")
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)

    textbook = None
    if os.path.exists(SHARED_FORK) and shutil.which("cc"):
        textbook = "/tmp/sockscope-bench-fork_echo"
        subprocess.run(["cc", "-O2", "-o", textbook, SHARED_FORK], check=True)
    servers = ["sockscope-reactor", "sockscope-thread", "sockscope-fork"]
    servers += [s for s in ("socat", "ncat") if shutil.which(s)]
    if textbook:
        servers.append("textbook")
    scenarios = [("64 B ping-pong, C=100", 100, 64, "pingpong"),
                 ("64 B ping-pong, C=1000", 1000, 64, "pingpong"),
                 ("64 KiB stream, C=1", 1, 65536, "stream")]
    if a.quick:
        scenarios, a.reps, a.seconds = scenarios[:1], 1, 2

    results = {}
    for title, conns, size, mode in scenarios:
        for rep in range(a.reps):
            for s in servers:
                if s == "ncat" and conns > 500:
                    continue  # ncat --exec forks a cat per connection: 1000 is beyond its --max-conns
                try:
                    p, port = start(s, cli, textbook)
                except RuntimeError as e:
                    print(e, file=sys.stderr)
                    continue
                try:
                    r = bench(cli, port, conns, size, a.seconds, mode)
                finally:
                    stop(p)
                if r:
                    results.setdefault((title, s), []).append(r)
                print(f"  {title} rep {rep + 1} {s}: " + (f"{r['msg_per_s']:.0f} msg/s {r['MB_per_s']:.1f} MB/s" if r else "errors"),
                      file=sys.stderr)

    print(f"\nEcho servers on loopback, {a.seconds:g} s per run, median of {a.reps} (load: sockscope-cli bench, "
          f"bytes verified)\n")
    print(f"{'scenario':24} {'server':18} {'msg/s':>10} {'MB/s':>9} {'p50 us':>7} {'p99 us':>7} {'vs socat':>9}")
    for title, conns, size, mode in scenarios:
        base = results.get((title, "socat"))
        base_rate = statistics.median(r["msg_per_s"] for r in base) if base else None
        for s in servers:
            rs = results.get((title, s))
            if not rs:
                continue
            rate = statistics.median(r["msg_per_s"] for r in rs)
            mb = statistics.median(r["MB_per_s"] for r in rs)
            p50 = statistics.median(r.get("p50_us", 0) for r in rs)
            p99 = statistics.median(r.get("p99_us", 0) for r in rs)
            ratio = f"{rate / base_rate:.2f}x" if base_rate else "-"
            print(f"{title:24} {s:18} {rate:10.0f} {mb:9.1f} {p50:7.0f} {p99:7.0f} {ratio:>9}")
    if a.idle and not a.quick:
        n, kib = idle_footprint(cli, a.idle)
        print(f"\nIdle connections held by the reactor: {n}; RSS growth {kib:.2f} KiB per connection")


if __name__ == "__main__":
    main()
