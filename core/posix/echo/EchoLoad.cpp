#include "EchoLoad.h"
#include "ErrnoInfo.h"
#include "HandshakeWait.h"

#include "Poller.h"
#include "SocketAddress.h"
#include "UniqueFd.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h> // the unix EAGAIN retry
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

namespace sockscope {

namespace {

using Clock = std::chrono::steady_clock;

std::int64_t nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now().time_since_epoch()).count();
}

constexpr std::size_t streamPeriod = 65521; // prime: chunks never line up with the pattern's period

// The bytes a connection sends: deterministic per connection, so the echo can be checked.
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

struct LoadConnection {
    UniqueFd fd;
    std::string message;      // ping-pong: the message in flight (its first bytes carry a counter)
    std::uint64_t counter = 0;
    std::size_t sent = 0;     // ping-pong: bytes of `message` sent; stream: total bytes sent
    std::size_t received = 0; // ping-pong: bytes of the echo received; stream: total received
    std::uint64_t streamSent = 0;
    std::uint64_t streamReceived = 0;
    std::int64_t startUs = 0;
    bool dead = false;
    bool writing = true;      // stream: Writable interest is on
};

struct ThreadStats {
    LatencyHistogram rtt;
    std::uint64_t messages = 0;
    std::uint64_t bytes = 0;
    std::uint64_t errors = 0;
    std::uint64_t mismatches = 0;
    int connected = 0;
};

class LoadWorker {
public:
    LoadWorker(const EchoLoadConfig& c, EchoLoadProgress& p, int count, int firstId)
        : cfg_(c), progress_(p), count_(count), firstId_(firstId)
    {
    }

    // Connects every connection; returns how many made it.
    int connectAll(const SocketAddress& target, std::int64_t deadlineUs, const std::atomic<bool>* cancel);
    int lastConnectError = 0; // errno of the last failed connect
    void run(std::int64_t deadlineUs, const std::atomic<bool>* cancel);
    // Half-closes every stream connection and reads what is still coming until the server's EOF
    // (bounded by `deadlineUs`), so the server sees an orderly close rather than a reset.
    void finishGracefully(std::int64_t deadlineUs);
    ThreadStats& stats() { return stats_; }

private:
    void startMessage(LoadConnection& c);
    bool sendPending(LoadConnection& c); // false: the connection failed
    void onReadablePingPong(LoadConnection& c);
    void onStream(LoadConnection& c, std::uint32_t ready);
    void fail(LoadConnection& c);
    void checkDatagramTimeouts(std::int64_t now);

    const EchoLoadConfig& cfg_;
    EchoLoadProgress& progress_;
    int count_;
    int firstId_;
    bool datagram_ = false;
    std::unique_ptr<Poller> poller_ = Poller::create(PollerKind::Epoll);
    std::vector<std::unique_ptr<LoadConnection>> conns_;
    std::vector<char> scratch_ = std::vector<char>(std::max<std::size_t>(65536, 1));
    std::string streamTable_;
    ThreadStats stats_;
    bool measuring_ = false;
};

namespace {

bool cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

// connect() on a non-blocking socket, then the handshake awaited (waitForHandshake), so neither a
// silent host nor a cancel keeps the caller waiting past the deadline. False with errno set.
bool connectWithin(int fd, const SocketAddress& target, std::int64_t deadlineUs, const std::atomic<bool>* cancel)
{
    for (;;) {
        if (::connect(fd, target.get(), target.length) == 0)
            return true; // at once (udp, or a unix listener with room)
        if (errno == EINPROGRESS || errno == EINTR)
            break; // the handshake goes on: wait for it below
        // A unix listener's queue is full: a blocking connect would wait for room, so wait too.
        if (errno != EAGAIN || target.family() != AF_UNIX)
            return false;
        if (cancelled(cancel) || nowUs() >= deadlineUs) {
            errno = cancelled(cancel) ? ECANCELED : ETIMEDOUT;
            return false;
        }
        ::poll(nullptr, 0, 10);
    }
    const auto deadline = Clock::now() + std::chrono::microseconds(deadlineUs - nowUs());
    switch (waitForHandshake(fd, deadline, cancel)) {
    case HandshakeWait::Ready: {
        int err = 0;
        socklen_t len = sizeof err;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
        errno = err;
        return err == 0;
    }
    case HandshakeWait::TimedOut: errno = ETIMEDOUT; return false;
    case HandshakeWait::Cancelled: errno = ECANCELED; return false;
    case HandshakeWait::Failed: return false;
    }
    return false;
}

} // namespace

int LoadWorker::connectAll(const SocketAddress& target, std::int64_t deadlineUs, const std::atomic<bool>* cancel)
{
    datagram_ = cfg_.transport == EchoTransport::Udp;
    const int type = datagram_ ? SOCK_DGRAM : SOCK_STREAM;
    if (cfg_.mode == EchoLoadConfig::Mode::Stream)
    {
        // Periodic: byte k of the stream is table[k % streamPeriod], and the tail repeats the head
        // so any slice up to one chunk long can be sent or compared without wrapping.
        const std::string period = makePattern(streamPeriod, 7);
        const std::size_t tail = std::max<std::size_t>(cfg_.size, scratch_.size());
        streamTable_ = period;
        while (streamTable_.size() < streamPeriod + tail)
            streamTable_ += period.substr(0, std::min(period.size(), streamPeriod + tail - streamTable_.size()));
    }
    for (int i = 0; i < count_ && !cancelled(cancel); ++i) {
        auto c = std::make_unique<LoadConnection>();
        c->fd.reset(socket(target.family(), type | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
        if (!c->fd || !connectWithin(c->fd.get(), target, deadlineUs, cancel)) {
            lastConnectError = errno;
            ++stats_.errors;
            progress_.errors.fetch_add(1, std::memory_order_relaxed);
            continue;
        }
        if (cfg_.transport == EchoTransport::Tcp) {
            const int one = 1;
            setsockopt(c->fd.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        }
        if (datagram_) {
            int big = 1 << 20;
            setsockopt(c->fd.get(), SOL_SOCKET, SO_RCVBUF, &big, sizeof big);
        }
        c->message = makePattern(cfg_.size, static_cast<std::uint64_t>(firstId_ + i) + 1);
        conns_.push_back(std::move(c));
        ++stats_.connected;
        progress_.connected.fetch_add(1, std::memory_order_relaxed);
    }
    return stats_.connected;
}

void LoadWorker::fail(LoadConnection& c)
{
    if (c.dead)
        return;
    c.dead = true;
    poller_->remove(c.fd.get());
    ++stats_.errors;
    progress_.errors.fetch_add(1, std::memory_order_relaxed);
}

void LoadWorker::startMessage(LoadConnection& c)
{
    // A new counter in the first bytes makes every message differ, so a stale echo is caught.
    ++c.counter;
    std::memcpy(c.message.data(), &c.counter, std::min(sizeof c.counter, c.message.size()));
    c.sent = 0;
    c.received = 0;
    c.startUs = nowUs();
}

bool LoadWorker::sendPending(LoadConnection& c)
{
    if (datagram_) {
        const ssize_t n = ::send(c.fd.get(), c.message.data(), c.message.size(), 0);
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != ECONNREFUSED) {
            fail(c);
            return false;
        }
        c.sent = c.message.size(); // a datagram the kernel refused counts as lost when it times out
        poller_->modify(c.fd.get(), Poller::Readable, &c);
        return true;
    }
    while (c.sent < c.message.size()) {
        const ssize_t n = ::send(c.fd.get(), c.message.data() + c.sent, c.message.size() - c.sent, MSG_NOSIGNAL);
        if (n > 0) {
            c.sent += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            poller_->modify(c.fd.get(), Poller::Readable | Poller::Writable, &c);
            return true;
        }
        fail(c);
        return false;
    }
    poller_->modify(c.fd.get(), Poller::Readable, &c);
    return true;
}

void LoadWorker::onReadablePingPong(LoadConnection& c)
{
    for (;;) {
        const std::size_t want = datagram_ ? scratch_.size() : c.message.size() - c.received;
        const ssize_t n = ::recv(c.fd.get(), scratch_.data(), want, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            fail(c);
            return;
        }
        if (n == 0 && !datagram_) {
            fail(c); // the server closed the connection
            return;
        }
        const auto got = static_cast<std::size_t>(n);
        if (datagram_) {
            std::uint64_t echoed = 0;
            std::memcpy(&echoed, scratch_.data(), std::min(sizeof echoed, got));
            if (got != c.message.size() || (c.message.size() >= sizeof echoed && echoed != c.counter))
                continue; // a late echo of a message already counted as lost
            if (std::memcmp(scratch_.data(), c.message.data(), got) != 0) {
                ++stats_.mismatches;
                fail(c);
                return;
            }
        } else if (std::memcmp(scratch_.data(), c.message.data() + c.received, got) != 0) {
            ++stats_.mismatches;
            fail(c);
            return;
        }
        c.received += got;
        if (c.received < c.message.size())
            continue;
        const std::int64_t now = nowUs();
        if (measuring_) {
            stats_.rtt.record(static_cast<std::uint64_t>(now - c.startUs));
            ++stats_.messages;
            stats_.bytes += c.message.size();
            progress_.messages.fetch_add(1, std::memory_order_relaxed);
            progress_.bytes.fetch_add(c.message.size(), std::memory_order_relaxed);
        }
        startMessage(c);
        sendPending(c);
        return;
    }
}

void LoadWorker::onStream(LoadConnection& c, std::uint32_t ready)
{
    const std::size_t chunk = std::max<std::size_t>(cfg_.size, 1);
    // At most this much unechoed data in flight: enough to keep the pipe full, and the sender
    // sleeps in the poller (rather than spinning on a writable socket) when it is reached.
    const std::uint64_t window = std::max<std::uint64_t>(4 * chunk, 1u << 20);
    if (ready & Poller::Writable) {
        for (int i = 0; i < 16 && c.streamSent - c.streamReceived < window; ++i) {
            const std::size_t off = c.streamSent % streamPeriod;
            const ssize_t n = ::send(c.fd.get(), streamTable_.data() + off, chunk, MSG_NOSIGNAL);
            if (n > 0) {
                c.streamSent += static_cast<std::uint64_t>(n);
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
                break;
            fail(c);
            return;
        }
    }
    if (ready & Poller::Readable) {
        for (int i = 0; i < 16; ++i) {
            const std::size_t room = std::min(scratch_.size(), streamTable_.size() - streamPeriod);
            const ssize_t n = ::recv(c.fd.get(), scratch_.data(), room, 0);
            if (n > 0) {
                const auto got = static_cast<std::size_t>(n);
                const std::size_t off = c.streamReceived % streamPeriod;
                if (std::memcmp(scratch_.data(), streamTable_.data() + off, got) != 0) {
                    ++stats_.mismatches;
                    fail(c);
                    return;
                }
                const std::uint64_t before = c.streamReceived / chunk;
                c.streamReceived += got;
                if (measuring_) {
                    const std::uint64_t done = c.streamReceived / chunk - before;
                    stats_.messages += done;
                    stats_.bytes += got;
                    progress_.messages.fetch_add(done, std::memory_order_relaxed);
                    progress_.bytes.fetch_add(got, std::memory_order_relaxed);
                }
                continue;
            }
            if (n == 0) {
                fail(c);
                return;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                break;
            fail(c);
            return;
        }
    }
    const bool wantWrite = c.streamSent - c.streamReceived < window;
    if (wantWrite != c.writing) {
        c.writing = wantWrite;
        poller_->modify(c.fd.get(), Poller::Readable | (wantWrite ? Poller::Writable : 0u), &c);
    }
}

void LoadWorker::checkDatagramTimeouts(std::int64_t now)
{
    const std::int64_t limit = cfg_.datagramTimeoutMs * 1000LL;
    for (auto& c : conns_) {
        if (!c->dead && now - c->startUs > limit) {
            ++stats_.errors; // lost: count it and carry on with the next message
            progress_.errors.fetch_add(1, std::memory_order_relaxed);
            startMessage(*c);
            sendPending(*c);
        }
    }
}

void LoadWorker::run(std::int64_t deadlineUs, const std::atomic<bool>* cancel)
{
    pthread_setname_np(pthread_self(), "echo-load");
    const bool stream = cfg_.mode == EchoLoadConfig::Mode::Stream;
    for (auto& c : conns_)
        poller_->add(c->fd.get(), stream ? (Poller::Readable | Poller::Writable) : Poller::Readable, c.get());
    measuring_ = true;
    if (!stream) {
        for (auto& c : conns_) {
            startMessage(*c);
            sendPending(*c);
        }
    }
    std::vector<Poller::Event> events;
    std::int64_t now = nowUs();
    while (now < deadlineUs && !(cancel && cancel->load(std::memory_order_relaxed))) {
        const int timeout = static_cast<int>(std::min<std::int64_t>((deadlineUs - now) / 1000 + 1, 50));
        if (!poller_->wait(timeout, events))
            break;
        for (const auto& e : events) {
            auto* c = static_cast<LoadConnection*>(e.token);
            if (c->dead)
                continue;
            if (stream) {
                onStream(*c, e.ready | (e.error ? Poller::Readable : 0u));
            } else if (e.ready & Poller::Readable) {
                onReadablePingPong(*c);
            } else if (e.ready & Poller::Writable) {
                sendPending(*c);
            } else if (e.error) {
                fail(*c);
            }
        }
        now = nowUs();
        if (datagram_)
            checkDatagramTimeouts(now);
    }
    measuring_ = false;
}

void LoadWorker::finishGracefully(std::int64_t deadlineUs)
{
    if (datagram_)
        return;
    std::size_t open = 0;
    for (auto& c : conns_) {
        if (c->dead)
            continue;
        ::shutdown(c->fd.get(), SHUT_WR);
        poller_->modify(c->fd.get(), Poller::Readable, c.get());
        ++open;
    }
    std::vector<Poller::Event> events;
    while (open > 0 && nowUs() < deadlineUs) {
        if (!poller_->wait(10, events))
            break;
        for (const auto& e : events) {
            auto* c = static_cast<LoadConnection*>(e.token);
            if (c->dead)
                continue;
            const ssize_t n = ::recv(c->fd.get(), scratch_.data(), scratch_.size(), 0);
            if (n > 0 || (n < 0 && (errno == EAGAIN || errno == EINTR)))
                continue; // late echoes: not counted, the clock has stopped
            c->dead = true; // EOF (or an error): this one is done
            poller_->remove(c->fd.get());
            --open;
        }
    }
}

} // namespace

EchoLoadResult EchoLoad::run(const std::atomic<bool>* cancel)
{
    EchoLoadResult result;
    SocketAddress target;
    if (config_.transport == EchoTransport::UnixStream || config_.transport == EchoTransport::UnixDgram) {
        if (config_.transport == EchoTransport::UnixDgram) {
            result.error = "the load generator drives tcp, udp and unix-stream servers";
            return result;
        }
        if (!SocketAddress::fromUnixPath(config_.path, target)) {
            result.error = "'" + config_.path + "' is not a usable unix socket path";
            return result;
        }
    } else if (!SocketAddress::fromNumeric(config_.host, config_.port, target)) {
        result.error = "'" + config_.host + "' is not a numeric IPv4 or IPv6 address";
        return result;
    }
    if (config_.transport == EchoTransport::Udp && config_.mode == EchoLoadConfig::Mode::Stream) {
        result.error = "stream mode needs a stream socket (tcp or unix-stream): datagrams may be lost";
        return result;
    }
    if (config_.connections < 1 || config_.seconds <= 0) {
        result.error = "at least one connection and a positive duration are needed";
        return result;
    }
    if (config_.transport == EchoTransport::Udp && config_.size > 65507) {
        result.error = "a UDP datagram carries at most 65,507 bytes over IPv4";
        return result;
    }
    const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const int threads = std::clamp(config_.threads > 0 ? config_.threads : std::min(cores, config_.connections), 1,
                                   config_.connections);

    std::vector<std::unique_ptr<LoadWorker>> workers;
    int first = 0;
    for (int t = 0; t < threads; ++t) {
        const int count = config_.connections / threads + (t < config_.connections % threads ? 1 : 0);
        workers.push_back(std::make_unique<LoadWorker>(config_, progress_, count, first));
        first += count;
    }
    // Connect everything first, so the clock measures echoes, not handshakes.
    const std::int64_t connectBy = nowUs() + std::int64_t(std::max(1, config_.connectTimeoutMs)) * 1000;
    int lastError = 0;
    for (auto& w : workers) {
        result.connected += w->connectAll(target, connectBy, cancel);
        if (w->lastConnectError)
            lastError = w->lastConnectError;
    }
    if (cancelled(cancel)) {
        result.error = "cancelled while connecting (" + std::to_string(result.connected) + " of "
                       + std::to_string(config_.connections) + " connected)";
        result.err = ECANCELED;
        return result; // the workers close what they connected
    }
    if (result.connected == 0) {
        result.error = "no connection could be made to " + target.text()
                       + (lastError ? ": " + errnoDescription(lastError) : std::string());
        result.err = lastError ? lastError : ECONNREFUSED;
        for (auto& w : workers)
            result.errors += w->stats().errors;
        return result;
    }
    const std::int64_t start = nowUs();
    const auto deadline = start + static_cast<std::int64_t>(config_.seconds * 1e6);
    std::vector<std::thread> pool;
    for (auto& w : workers)
        pool.emplace_back([&w, deadline, cancel] { w->run(deadline, cancel); });
    for (auto& t : pool)
        t.join();
    result.seconds = double(nowUs() - start) / 1e6;
    const std::int64_t closeBy = nowUs() + 500'000;
    for (auto& w : workers)
        w->finishGracefully(closeBy);
    for (auto& w : workers) {
        ThreadStats& s = w->stats();
        result.rtt.merge(s.rtt);
        result.messages += s.messages;
        result.bytesVerified += s.bytes;
        result.errors += s.errors;
        result.mismatches += s.mismatches;
    }
    result.messagesPerSecond = double(result.messages) / result.seconds;
    result.megabytesPerSecond = double(result.bytesVerified) / result.seconds / 1e6;
    result.ok = true;
    return result;
}

} // namespace sockscope
