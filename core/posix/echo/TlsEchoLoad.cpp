#include "TlsEchoLoad.h"

#include "CallJournal.h"
#include "ErrnoInfo.h"
#include "HandshakeWait.h"
#include "SigpipeCatcher.h"
#include "SocketAddress.h"
#include "TlsContext.h"
#include "TlsSession.h"
#include "UniqueFd.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <latch>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace sockscope {

namespace {

using Clock = std::chrono::steady_clock;

std::int64_t nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now().time_since_epoch()).count();
}

bool cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

constexpr std::size_t streamPeriod = 65521; // prime, as EchoLoad's: chunks never line up with the pattern

std::string makePattern(std::size_t size, std::uint64_t seed)
{
    std::string s(size, '\0');
    std::uint64_t x = seed * 0x9e3779b97f4a7c15ull + 1;
    for (auto& c : s) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c = static_cast<char>(x);
    }
    return s;
}

struct ThreadResult {
    std::uint64_t handshakes = 0, messages = 0, bytes = 0, errors = 0, mismatches = 0;
    bool connected = false;
    std::int64_t endUs = 0; // when its measured work ended (before the orderly close)
    LatencyHistogram rtt, handshakeTime;
    int err = 0;
    std::string error;
    bool haveSummary = false;
    TlsSummary summary;
};

// What every thread shares: the target, the context and the clock's start.
struct Shared {
    const TlsEchoLoadConfig& cfg;
    SocketAddress target;
    std::shared_ptr<TlsContext> context;
    const std::atomic<bool>* cancel;
    std::latch ready;               // each thread once its first connection is up (or failed)
    std::latch go{1};               // the clock has started
    std::atomic<std::int64_t> deadlineUs{0};
};

// One connection: the socket and its TLS session.
struct TlsConnection {
    UniqueFd fd;
    std::unique_ptr<TlsSession> tls;
};

// socket, a non-blocking connect within the deadline, TCP_NODELAY (a handshake's flights must not wait
// for delayed ACKs), then the handshake. False with `r.err`/`r.error` filled in.
bool open(Shared& s, TlsConnection& c, ThreadResult& r)
{
    const std::int64_t started = nowUs();
    const auto deadline = Clock::now() + std::chrono::milliseconds(std::max(1, s.cfg.connectTimeoutMs));
    c.fd.reset(::socket(s.target.family(), SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!c.fd) {
        r.err = errno;
        r.error = "socket failed: " + errnoDescription(r.err);
        return false;
    }
    if (::connect(c.fd.get(), s.target.get(), s.target.length) != 0) {
        if (errno != EINPROGRESS && errno != EAGAIN) {
            r.err = errno;
            r.error = "connect to " + s.target.text() + " failed: " + errnoDescription(r.err);
            return false;
        }
        const HandshakeWait w = waitForHandshake(c.fd.get(), deadline, s.cancel);
        int err = w == HandshakeWait::TimedOut ? ETIMEDOUT : w == HandshakeWait::Cancelled ? ECANCELED : 0;
        if (w == HandshakeWait::Ready) {
            socklen_t len = sizeof err;
            ::getsockopt(c.fd.get(), SOL_SOCKET, SO_ERROR, &err, &len);
        } else if (w == HandshakeWait::Failed) {
            err = errno ? errno : EIO;
        }
        if (err) {
            r.err = err;
            r.error = "connect to " + s.target.text() + " failed: " + errnoDescription(err);
            return false;
        }
    }
    if (s.cfg.transport == EchoTransport::Tcp) {
        const int one = 1;
        ::setsockopt(c.fd.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    c.tls = std::make_unique<TlsSession>(s.context, c.fd.get(), s.cfg.serverName);
    const TlsResult h = c.tls->handshake(deadline, s.cancel);
    if (!r.haveSummary) {
        r.summary = c.tls->summary();
        r.haveSummary = true;
    }
    if (!h.ok()) {
        r.err = h.err ? h.err : EPROTO;
        r.error = "TLS handshake with " + s.target.text() + " failed: " + h.message;
        return false;
    }
    r.handshakeTime.record(static_cast<std::uint64_t>(nowUs() - started));
    ++r.handshakes;
    return true;
}

// close_notify, our FIN, then what the server still sends until its EOF (bounded), so it sees an
// orderly end rather than a reset for the session tickets we never read.
void closeOrderly(TlsConnection& c)
{
    if (c.tls)
        c.tls->shutdown();
    ::shutdown(c.fd.get(), SHUT_WR);
    char buf[4096];
    for (int i = 0; i < 64; ++i) {
        pollfd p{c.fd.get(), POLLIN, 0};
        if (::poll(&p, 1, 100) != 1)
            break;
        const ssize_t n = ::recv(c.fd.get(), buf, sizeof buf, 0);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
            break;
    }
    c.tls.reset();
    c.fd.reset();
}

// Waits (in slices, so the deadline and a cancel are seen) for what OpenSSL asked; false when it is time to stop.
bool waitFor(Shared& s, int fd, short events, std::int64_t deadlineUs)
{
    for (;;) {
        if (cancelled(s.cancel) || nowUs() >= deadlineUs)
            return false;
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, 50);
        if (n != 0)
            return true;
    }
}

bool writeAll(Shared& s, TlsConnection& c, const char* data, std::size_t size, std::int64_t deadlineUs)
{
    std::size_t off = 0;
    while (off < size) {
        const TlsResult w = c.tls->write(data + off, size - off, false);
        if (w.ok()) {
            off += static_cast<std::size_t>(w.rc);
            continue;
        }
        if (!w.wouldBlock()
            || !waitFor(s, c.fd.get(), w.status == TlsStatus::WantRead ? POLLIN : POLLOUT, deadlineUs))
            return false;
    }
    return true;
}

void pingPong(Shared& s, TlsConnection& c, ThreadResult& r, int id)
{
    std::string message = makePattern(s.cfg.size, static_cast<std::uint64_t>(id) + 1);
    std::string echo(message.size(), '\0');
    const std::int64_t deadline = s.deadlineUs.load();
    for (std::uint64_t counter = 1; nowUs() < deadline && !cancelled(s.cancel); ++counter) {
        // A new counter in the first bytes makes every message differ, so a stale echo is caught.
        std::memcpy(message.data(), &counter, std::min(sizeof counter, message.size()));
        const std::int64_t t0 = nowUs();
        if (!writeAll(s, c, message.data(), message.size(), deadline))
            return; // the deadline, or a failure (counted below)
        std::size_t got = 0;
        while (got < echo.size()) {
            const TlsResult rd = c.tls->read(echo.data() + got, echo.size() - got, false);
            if (rd.ok()) {
                got += static_cast<std::size_t>(rd.rc);
                continue;
            }
            if (!rd.wouldBlock()) {
                ++r.errors;
                r.error = "SSL_read failed: " + rd.message;
                return;
            }
            if (!waitFor(s, c.fd.get(), rd.status == TlsStatus::WantWrite ? POLLOUT : POLLIN, deadline))
                return;
        }
        if (echo != message) {
            ++r.mismatches;
            ++r.errors;
            r.error = "an echo differed from what was sent";
            return;
        }
        r.rtt.record(static_cast<std::uint64_t>(nowUs() - t0));
        ++r.messages;
        r.bytes += message.size();
    }
}

void stream(Shared& s, TlsConnection& c, ThreadResult& r, const std::string& table)
{
    const std::size_t chunk = std::max<std::size_t>(s.cfg.size, 1);
    const std::uint64_t window = std::max<std::uint64_t>(4 * chunk, 1u << 20);
    const std::uint64_t goal = s.cfg.streamBytes;
    std::vector<char> buf(std::max<std::size_t>(chunk, 65536));
    std::uint64_t sent = 0, received = 0;
    const std::int64_t deadline = s.deadlineUs.load();
    while (nowUs() < deadline && !cancelled(s.cancel) && (goal == 0 || received < goal)) {
        bool progressed = false;
        short wait = POLLIN;
        if (sent - received < window && (goal == 0 || sent < goal)) {
            const std::size_t n = goal ? static_cast<std::size_t>(std::min<std::uint64_t>(chunk, goal - sent)) : chunk;
            const TlsResult w = c.tls->write(table.data() + sent % streamPeriod, n, false);
            if (w.ok()) {
                sent += static_cast<std::uint64_t>(w.rc);
                progressed = true;
            } else if (!w.wouldBlock()) {
                ++r.errors;
                r.error = "SSL_write failed: " + w.message;
                return;
            } else if (w.status == TlsStatus::WantWrite) {
                wait |= POLLOUT;
            }
        }
        for (int i = 0; i < 16; ++i) {
            const std::size_t room = std::min(buf.size(), table.size() - streamPeriod);
            const TlsResult rd = c.tls->read(buf.data(), room, false);
            if (!rd.ok()) {
                if (!rd.wouldBlock()) {
                    ++r.errors;
                    r.error = "SSL_read failed: " + rd.message;
                    return;
                }
                break;
            }
            const auto got = static_cast<std::size_t>(rd.rc);
            if (std::memcmp(buf.data(), table.data() + received % streamPeriod, got) != 0) {
                ++r.mismatches;
                ++r.errors;
                r.error = "the echoed stream differed from what was sent";
                return;
            }
            const std::uint64_t before = received / chunk;
            received += got;
            r.messages += received / chunk - before;
            r.bytes += got;
            progressed = true;
        }
        if (!progressed) {
            pollfd p{c.fd.get(), wait, 0};
            ::poll(&p, 1, 50);
        }
    }
}

void handshakes(Shared& s, ThreadResult& r)
{
    const std::int64_t deadline = s.deadlineUs.load();
    while (nowUs() < deadline && !cancelled(s.cancel)) {
        TlsConnection c;
        ThreadResult one;
        one.haveSummary = r.haveSummary;
        if (!open(s, c, one)) {
            ++r.errors;
            r.err = one.err;
            r.error = one.error;
            if (!r.haveSummary && one.haveSummary) {
                r.summary = one.summary;
                r.haveSummary = true;
            }
            // A refused or failing server: do not spin on it.
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            continue;
        }
        if (!r.haveSummary) {
            r.summary = one.summary;
            r.haveSummary = true;
        }
        r.connected = true;
        r.handshakes += 1;
        r.handshakeTime.merge(one.handshakeTime);
        closeOrderly(c);
    }
}

void runThread(Shared& s, ThreadResult& r, int id, const std::string& table)
{
    pthread_setname_np(pthread_self(), "tls-load");
    UnjournalledCalls quiet; // the load's calls are counted, not journalled
    if (s.cfg.mode == TlsEchoLoadConfig::Mode::Handshakes) {
        s.ready.count_down();
        s.go.wait();
        handshakes(s, r);
        r.endUs = nowUs();
        return;
    }
    TlsConnection c;
    const bool up = open(s, c, r);
    if (!up)
        ++r.errors;
    r.connected = up;
    s.ready.count_down();
    s.go.wait();
    if (!up)
        return;
    if (s.cfg.mode == TlsEchoLoadConfig::Mode::PingPong)
        pingPong(s, c, r, id);
    else
        stream(s, c, r, table);
    r.endUs = nowUs();
    closeOrderly(c);
}

} // namespace

TlsEchoLoadResult runTlsEchoLoad(const TlsEchoLoadConfig& cfg, const std::atomic<bool>* cancel)
{
    TlsEchoLoadResult result;
    SocketAddress target;
    if (cfg.transport == EchoTransport::UnixStream) {
        if (!SocketAddress::fromUnixPath(cfg.path, target)) {
            result.error = "'" + cfg.path + "' is not a usable unix socket path";
            return result;
        }
    } else if (cfg.transport != EchoTransport::Tcp) {
        result.error = "TLS runs over a stream: tcp or unix-stream";
        return result;
    } else if (!SocketAddress::fromNumeric(cfg.host, cfg.port, target)) {
        result.error = "'" + cfg.host + "' is not a numeric IPv4 or IPv6 address";
        return result;
    }
    if (cfg.connections < 1 || cfg.connections > TlsEchoLoadConfig::maxConnections || cfg.seconds <= 0) {
        result.error = "TLS load takes 1 to " + std::to_string(TlsEchoLoadConfig::maxConnections)
                       + " connections and a positive duration";
        return result;
    }
    TlsContextConfig tc;
    tc.verify = cfg.verify;
    tc.caFile = cfg.caFile;
    TlsSetupError setup;
    std::shared_ptr<TlsContext> context;
    {
        UnjournalledCalls quiet;
        context = TlsContext::create(tc, setup);
    }
    if (!context) {
        result.error = "TLS: " + setup.message;
        result.err = EINVAL;
        return result;
    }
    std::string table;
    if (cfg.mode == TlsEchoLoadConfig::Mode::Stream) {
        const std::string period = makePattern(streamPeriod, 7);
        const std::size_t tail = std::max<std::size_t>(cfg.size, 65536);
        table = period;
        while (table.size() < streamPeriod + tail)
            table += period.substr(0, std::min(period.size(), streamPeriod + tail - table.size()));
    }

    Shared shared{cfg, target, context, cancel, std::latch(cfg.connections)};
    std::vector<ThreadResult> results(static_cast<std::size_t>(cfg.connections));
    std::vector<std::thread> threads;
    for (int i = 0; i < cfg.connections; ++i)
        threads.emplace_back([&, i] {
            blockSigpipeInEveryThread(); // SSL_write to a server gone: EPIPE, not the end of the process
            runThread(shared, results[static_cast<std::size_t>(i)], i, table);
        });
    // Every connection up first (ping-pong, stream), so the clock measures echoes, not handshakes.
    shared.ready.wait();
    const std::int64_t start = nowUs();
    shared.deadlineUs.store(start + static_cast<std::int64_t>(cfg.seconds * 1e6));
    shared.go.count_down();
    for (std::thread& t : threads)
        t.join();
    std::int64_t end = start + 1;
    for (const ThreadResult& r : results)
        end = std::max(end, r.endUs);
    result.seconds = double(end - start) / 1e6;

    int lastErr = 0;
    std::string lastError;
    for (const ThreadResult& r : results) {
        result.handshakes += r.handshakes;
        result.messages += r.messages;
        result.bytesVerified += r.bytes;
        result.errors += r.errors;
        result.mismatches += r.mismatches;
        result.connected += r.connected ? 1 : 0;
        result.rtt.merge(r.rtt);
        result.handshakeTime.merge(r.handshakeTime);
        if (!r.error.empty()) {
            lastError = r.error;
            lastErr = r.err;
        }
        if (r.haveSummary && result.version.empty()) {
            result.version = r.summary.version;
            result.cipher = r.summary.cipher;
            result.verified = r.summary.verified;
            result.verifyError = r.summary.verifyError;
        }
    }
    if (cancelled(cancel) && result.handshakes == 0) {
        result.error = "cancelled";
        result.err = ECANCELED;
        return result;
    }
    if (result.handshakes == 0) {
        result.error = lastError.empty() ? "no TLS connection could be made to " + target.text() : lastError;
        result.err = lastErr ? lastErr : ECONNREFUSED;
        return result;
    }
    if (!lastError.empty())
        result.error = lastError; // the run completed; the last failure, for the diagnostic
    result.handshakesPerSecond = cfg.mode == TlsEchoLoadConfig::Mode::Handshakes ? double(result.handshakes) / result.seconds : 0;
    result.messagesPerSecond = double(result.messages) / result.seconds;
    result.megabytesPerSecond = double(result.bytesVerified) / result.seconds / 1e6;
    result.ok = true;
    return result;
}

} // namespace sockscope
