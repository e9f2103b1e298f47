// The client console's repeat rate next to socat's: 100,000 messages of 64 bytes back to back
// (N = 100,000, T = 0) from ClientSessionService to a local sink, TCP and UDP, then socat fed the
// same 6,400,000 bytes 64 at a time (-b64). Prints messages/s and the ratio; never fails.
// Loopback only; every loop is bounded in time.
#include "ClientSessionService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace sockscope;

namespace {

constexpr int messages = 100000;
constexpr int size = 64;

// Counts what arrives on 127.0.0.1 (one TCP connection to its end, or datagrams), 30 s at most.
class Sink {
public:
    explicit Sink(bool tcp) : tcp_(tcp)
    {
        fd_ = ::socket(AF_INET, tcp ? SOCK_STREAM : SOCK_DGRAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
        int buf = 32 << 20;
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVBUF, &buf, sizeof buf);
        socklen_t len = sizeof a;
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
        port_ = ntohs(a.sin_port);
        if (tcp)
            ::listen(fd_, 4);
        timeval tv{1, 0};
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        thread_ = std::thread([this] { run(); });
    }
    ~Sink()
    {
        stop_ = true;
        thread_.join();
        ::close(fd_);
    }
    int port() const { return port_; }
    long long bytes() const { return bytes_.load(); }
    long long datagrams() const { return datagrams_.load(); }
    // Waits until `want` bytes came or nothing came for a second.
    void waitFor(long long want)
    {
        QElapsedTimer quiet;
        quiet.start();
        long long last = -1;
        while (bytes_.load() < want && quiet.elapsed() < 1000) {
            if (bytes_.load() != last) {
                last = bytes_.load();
                quiet.restart();
            }
            ::usleep(1000);
        }
    }

private:
    void run()
    {
        char buf[1 << 16];
        QElapsedTimer clock;
        clock.start();
        int fd = fd_;
        if (tcp_) {
            while (!stop_ && (fd = ::accept(fd_, nullptr, nullptr)) < 0 && clock.elapsed() < 30000) {
            }
            if (fd < 0)
                return;
            timeval tv{0, 200000};
            ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        }
        while (!stop_ && clock.elapsed() < 30000) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n == 0)
                break;
            if (n > 0) {
                bytes_ += n;
                ++datagrams_;
            }
        }
        if (tcp_)
            ::close(fd);
    }
    bool tcp_;
    int fd_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<long long> bytes_{0};
    std::atomic<long long> datagrams_{0};
    std::thread thread_;
};

// The service's repeat: from the request to repeatFinished. Returns messages/s (0: it failed).
double serviceRate(bool tcp, long long& arrived)
{
    Sink sink(tcp);
    ClientSessionService s(1);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&s, &ClientSessionService::connected, &loop, [&](const ClientConnectOutcome& o) {
        ok = o.ok;
        loop.quit();
    });
    ClientConnectRequest r;
    r.transport = tcp ? ClientTransport::Tcp : ClientTransport::Udp;
    r.host = QStringLiteral("127.0.0.1");
    r.port = sink.port();
    s.setAutoReceive(false, 4096);
    s.connectTo(r);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!ok)
        return 0;
    qint64 sent = 0;
    QEventLoop done;
    QObject::connect(&s, &ClientSessionService::repeatFinished, &done, [&](qint64 n) {
        sent = n;
        done.quit();
    });
    QTimer::singleShot(60000, &done, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    s.send(QByteArray(size, 'm'), 0, {}, messages, 0);
    done.exec();
    const double secs = clock.nsecsElapsed() / 1e9;
    s.closeSocket();
    sink.waitFor(qint64(messages) * size);
    arrived = sink.bytes();
    return sent / secs;
}

// socat -b64 fed the same bytes from a file: from start to exit.
double socatRate(const QString& socat, const QString& file, bool tcp, long long& arrived)
{
    Sink sink(tcp);
    const QString to = QStringLiteral("%1:127.0.0.1:%2").arg(tcp ? QStringLiteral("TCP") : QStringLiteral("UDP-SENDTO")).arg(sink.port());
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(socat, {QStringLiteral("-b%1").arg(size), QStringLiteral("-u"), QStringLiteral("OPEN:%1").arg(file), to});
    if (!p.waitForFinished(60000))
        return 0;
    const double secs = clock.nsecsElapsed() / 1e9;
    sink.waitFor(qint64(messages) * size);
    arrived = sink.bytes();
    return messages / secs;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("payload"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(qsizetype(messages) * size, 'm')) < 0)
            return 1;
    }
    std::printf("repeat send: %d messages of %d bytes, T = 0, to a sink on 127.0.0.1\n", messages, size);
    std::printf("%-5s %-28s %14s %16s\n", "proto", "sender", "messages/s", "bytes arrived");
    for (const bool tcp : {true, false}) {
        const char* proto = tcp ? "tcp" : "udp";
        long long gotService = 0, gotSocat = 0;
        const double service = serviceRate(tcp, gotService);
        std::printf("%-5s %-28s %14.0f %16lld\n", proto, "ClientSessionService", service, gotService);
        if (socat.isEmpty()) {
            std::printf("%-5s %-28s %14s\n", proto, "socat -b64 -u OPEN:file", "(no socat)");
            continue;
        }
        const double other = socatRate(socat, file, tcp, gotSocat);
        std::printf("%-5s %-28s %14.0f %16lld\n", proto, tcp ? "socat -b64 -u OPEN: TCP:" : "socat -b64 -u OPEN: UDP-SENDTO:",
                    other, gotSocat);
        if (other > 0)
            std::printf("%-5s ratio service/socat: %.2f\n", proto, service / other);
    }
    return 0;
}
