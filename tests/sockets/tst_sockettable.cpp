// The machine's socket table through sock_diag, checked on sockets the test opens itself: a TCP
// listener with a connection waiting in its queue, an established pair with 5 unread bytes, a
// TIME_WAIT after an active close, an IPv6 UDP socket, a unix listener with a connection and an
// unconnected unix datagram socket. Each is found with its state, queues, addresses and this
// process as owner; `ss` (iproute2) reports the same; --listening keeps only LISTEN and UNCONN.

#include "CallJournal.h"
#include "SocketAddress.h"
#include "SocketTable.h"
#include "UniqueFd.h"

#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>

#include <netinet/in.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

using namespace sockscope;

namespace {

UniqueFd tcpListener(SocketAddress& bound)
{
    UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    SocketAddress any;
    SocketAddress::fromNumeric("127.0.0.1", 0, any);
    if (!fd || ::bind(fd.get(), any.get(), any.length) != 0 || ::listen(fd.get(), 8) != 0)
        return {};
    bound.length = sizeof bound.storage;
    ::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&bound.storage), &bound.length);
    return fd;
}

UniqueFd connectTo(const SocketAddress& a)
{
    UniqueFd fd(::socket(a.family(), SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (!fd || ::connect(fd.get(), a.get(), a.length) != 0)
        return {};
    return fd;
}

SocketAddress localOf(int fd)
{
    SocketAddress a;
    a.length = sizeof a.storage;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a.storage), &a.length);
    return a;
}

UniqueFd unixSocket(int type, const std::string& abstractName)
{
    UniqueFd fd(::socket(AF_UNIX, type | SOCK_CLOEXEC, 0));
    sockaddr_un sun{};
    sun.sun_family = AF_UNIX;
    std::memcpy(sun.sun_path + 1, abstractName.data(), abstractName.size());
    const socklen_t len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + abstractName.size());
    if (!fd || ::bind(fd.get(), reinterpret_cast<sockaddr*>(&sun), len) != 0)
        return {};
    if (type == SOCK_STREAM && ::listen(fd.get(), 4) != 0)
        return {};
    return fd;
}

UniqueFd unixConnect(const std::string& abstractName)
{
    UniqueFd fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_un sun{};
    sun.sun_family = AF_UNIX;
    std::memcpy(sun.sun_path + 1, abstractName.data(), abstractName.size());
    const socklen_t len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + abstractName.size());
    if (!fd || ::connect(fd.get(), reinterpret_cast<sockaddr*>(&sun), len) != 0)
        return {};
    return fd;
}

const MachineSocket* find(const SocketTableResult& r, const std::string& proto, const std::string& local,
                          const std::string& peer)
{
    for (const MachineSocket& s : r.sockets)
        if (s.proto == proto && s.local == local && s.peer == peer)
            return &s;
    return nullptr;
}

// ss's names for the states that differ from the kernel's.
std::string ssState(const std::string& kernel)
{
    if (kernel == "ESTABLISHED")
        return "ESTAB";
    if (kernel == "TIME_WAIT")
        return "TIME-WAIT";
    return kernel;
}

// The lines of a command's output.
std::string commandOutput(const std::string& command)
{
    std::string out;
    FILE* p = ::popen(command.c_str(), "r");
    if (!p)
        return out;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0)
        out.append(buf, n);
    ::pclose(p);
    return out;
}

} // namespace

class TestSocketTable : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void ownSocketsListed();
    void sameAsSs();
    void listeningOnly();
    void journalled();

private:
    UniqueFd listener_, client_, accepted_, waiting_, udp6_, unixListener_, unixClient_, unixAccepted_, unixDgram_;
    SocketAddress listenAddress_, clientAddress_, waitingAddress_, timeWaitLocal_, udp6Address_;
    std::string unixName_;
};

void TestSocketTable::initTestCase()
{
    listener_ = tcpListener(listenAddress_);
    QVERIFY(listener_);
    client_ = connectTo(listenAddress_);
    QVERIFY(client_);
    accepted_.reset(::accept4(listener_.get(), nullptr, nullptr, SOCK_CLOEXEC));
    QVERIFY(accepted_);
    QCOMPARE(::send(client_.get(), "hello", 5, 0), ssize_t(5));
    clientAddress_ = localOf(client_.get());
    // The active close leaves the closing side in TIME_WAIT.
    {
        UniqueFd c = connectTo(listenAddress_);
        QVERIFY(c);
        timeWaitLocal_ = localOf(c.get());
        UniqueFd a(::accept4(listener_.get(), nullptr, nullptr, SOCK_CLOEXEC));
        QVERIFY(a);
        c.reset();
        char ch;
        QCOMPARE(::recv(a.get(), &ch, 1, 0), ssize_t(0)); // the FIN arrived
    }
    // One connection left in the accept queue: the listener's Recv-Q counts it.
    waiting_ = connectTo(listenAddress_);
    QVERIFY(waiting_);
    waitingAddress_ = localOf(waiting_.get());

    udp6_.reset(::socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    SocketAddress loop6;
    SocketAddress::fromNumeric("::1", 0, loop6);
    if (!udp6_ || ::bind(udp6_.get(), loop6.get(), loop6.length) != 0)
        QSKIP("no IPv6 loopback here");
    udp6Address_ = localOf(udp6_.get());

    unixName_ = "sockscope-tst-table-" + std::to_string(::getpid());
    unixListener_ = unixSocket(SOCK_STREAM, unixName_);
    QVERIFY(unixListener_);
    unixClient_ = unixConnect(unixName_);
    QVERIFY(unixClient_);
    unixAccepted_.reset(::accept4(unixListener_.get(), nullptr, nullptr, SOCK_CLOEXEC));
    QVERIFY(unixAccepted_);
    unixDgram_ = unixSocket(SOCK_DGRAM, unixName_ + "-dgram");
    QVERIFY(unixDgram_);
}

void TestSocketTable::ownSocketsListed()
{
    const SocketTableResult r = listMachineSockets({});
    QVERIFY2(r.ok, r.failedCall.c_str());
    QCOMPARE(r.dumps, 5); // TCP and UDP over IPv4 and IPv6, and unix

    const std::string here = listenAddress_.text();
    const MachineSocket* listener = find(r, "tcp", here, "");
    QVERIFY2(listener, here.c_str());
    QCOMPARE(listener->state, std::string("LISTEN"));
    QCOMPARE(listener->recvQ, 1u); // the connection no one accepted
    QCOMPARE(listener->sendQ, 8u); // the backlog passed to listen()
    QCOMPARE(listener->pid, int(::getpid()));
    QVERIFY(!listener->process.empty());

    const MachineSocket* server = find(r, "tcp", here, clientAddress_.text());
    QVERIFY(server);
    QCOMPARE(server->state, std::string("ESTABLISHED"));
    QCOMPARE(server->recvQ, 5u); // "hello", unread
    const MachineSocket* client = find(r, "tcp", clientAddress_.text(), here);
    QVERIFY(client);
    QCOMPARE(client->pid, int(::getpid()));

    const MachineSocket* timeWait = find(r, "tcp", timeWaitLocal_.text(), here);
    QVERIFY2(timeWait, timeWaitLocal_.text().c_str());
    QCOMPARE(timeWait->state, std::string("TIME_WAIT"));
    QCOMPARE(timeWait->inode, std::uint64_t(0)); // no descriptor, no socket file: the kernel alone keeps it
    QCOMPARE(timeWait->pid, 0);
    QCOMPARE(timeWait->timer, std::string("time-wait"));
    QVERIFY(timeWait->timerMs > 0 && timeWait->timerMs <= 60000);

    const MachineSocket* udp = find(r, "udp", udp6Address_.text(), "");
    QVERIFY2(udp, udp6Address_.text().c_str());
    QCOMPARE(udp->state, std::string("UNCONN"));
    QCOMPARE(udp->family, AF_INET6);

    const std::string unixHere = "unix:@" + unixName_;
    // The listener and the socket accept() made share the name; only one listens.
    const MachineSocket* unixListener = nullptr;
    int named = 0;
    for (const MachineSocket& s : r.sockets)
        if (s.proto == "unix-stream" && s.local == unixHere && ++named && s.state == "LISTEN")
            unixListener = &s;
    QVERIFY(unixListener);
    QCOMPARE(named, 2);
    QCOMPARE(unixListener->sendQ, 4u); // its backlog
    // The client is unnamed; its peer is named by the listener's address, as ss shows it.
    const MachineSocket* unixClient = find(r, "unix-stream", "", unixHere);
    QVERIFY(unixClient);
    QCOMPARE(unixClient->state, std::string("ESTABLISHED"));
    QCOMPARE(unixClient->pid, int(::getpid()));
    const MachineSocket* dgram = find(r, "unix-dgram", unixHere + "-dgram", "");
    QVERIFY(dgram);
    QCOMPARE(dgram->state, std::string("UNCONN"));
}

// What ss, the reference tool, reports for the same sockets: the same state and addresses.
void TestSocketTable::sameAsSs()
{
    if (::access("/usr/bin/ss", X_OK) != 0 && ::access("/bin/ss", X_OK) != 0)
        QSKIP("ss (iproute2) is not installed");
    const SocketTableResult r = listMachineSockets({});
    QVERIFY(r.ok);
    const std::string ss = commandOutput("ss -tanH; ss -uanH; ss -xaH");
    QVERIFY(!ss.empty());
    const std::string here = listenAddress_.text();
    const struct {
        std::string proto, local, peer;
    } ours[] = {{"tcp", here, ""},
                {"tcp", here, clientAddress_.text()},
                {"tcp", timeWaitLocal_.text(), here},
                {"udp", udp6Address_.text(), ""}};
    for (const auto& o : ours) {
        const MachineSocket* s = find(r, o.proto, o.local, o.peer);
        QVERIFY(s);
        // ss prints "STATE Recv-Q Send-Q Local Peer"; find the line with both addresses.
        bool seen = false;
        std::size_t start = 0;
        while (start < ss.size() && !seen) {
            const std::size_t end = ss.find('\n', start);
            const std::string line = ss.substr(start, end == std::string::npos ? std::string::npos : end - start);
            start = end == std::string::npos ? ss.size() : end + 1;
            if (line.find(" " + o.local + " ") == std::string::npos
                || (!o.peer.empty() && line.find(" " + o.peer) == std::string::npos))
                continue;
            seen = line.rfind(ssState(s->state), 0) == 0 || line.find(" " + ssState(s->state) + " ") != std::string::npos;
        }
        QVERIFY2(seen, (o.proto + " " + o.local + " " + o.peer + " " + s->state + " not in ss:\n" + ss).c_str());
    }
}

void TestSocketTable::listeningOnly()
{
    SocketTableQuery q;
    q.listeningOnly = true;
    q.processes = false;
    const SocketTableResult r = listMachineSockets(q);
    QVERIFY(r.ok);
    QVERIFY(!r.sockets.empty());
    for (const MachineSocket& s : r.sockets)
        QVERIFY2(isListeningState(s), (s.proto + " " + s.state + " " + s.local).c_str());
    QVERIFY(find(r, "tcp", listenAddress_.text(), ""));
    QVERIFY(!find(r, "tcp", listenAddress_.text(), clientAddress_.text()));
    QVERIFY(find(r, "unix-stream", "unix:@" + unixName_, ""));
    for (const MachineSocket& s : r.sockets)
        QCOMPARE(s.pid, 0); // processes were not asked for

    SocketTableQuery onlyUdp;
    onlyUdp.tcp = onlyUdp.unixSockets = false;
    const SocketTableResult u = listMachineSockets(onlyUdp);
    QVERIFY(u.ok);
    QCOMPARE(u.dumps, 2);
    for (const MachineSocket& s : u.sockets)
        QCOMPARE(s.proto, std::string("udp"));
}

// Each call of a listing is in the journal, with the C that makes it.
void TestSocketTable::journalled()
{
    const std::uint64_t before = CallJournal::global().lastSeq();
    SocketTableQuery q;
    q.udp = q.unixSockets = false;
    QVERIFY(listMachineSockets(q).ok);
    const auto batch = CallJournal::global().since(before);
    QStringList functions;
    for (const JournalEntry& e : batch.entries)
        functions << QString::fromStdString(e.function);
    QVERIFY(functions.size() >= 6); // socket, sendto and recv for each family, close
    QCOMPARE(functions.first(), QStringLiteral("socket"));
    QCOMPARE(functions.count(QStringLiteral("sendto")), 2);
    QCOMPARE(functions.last(), QStringLiteral("close"));
    QVERIFY(batch.entries.front().args.find("NETLINK_SOCK_DIAG") != std::string::npos);
    QVERIFY(batch.entries[1].code.find("inet_diag_req_v2") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestSocketTable)
#include "tst_sockettable.moc"
