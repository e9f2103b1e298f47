// Every settable option on every kind of socket it applies to: a valid value is kept (or adjusted the
// way the kernel documents), an invalid one is refused before the call with a message naming the
// option, get-only options refuse setting; and the chapter's demonstrations behave as it says.
#include "CallJournal.h"
#include "EchoServer.h"
#include "PeerThatLeaves.h"
#include "SocketOptionDemos.h"
#include "SocketOptionPlatform.h"
#include "SocketOptions.h"

#include <QTest>

#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

using namespace sockscope;

namespace {

struct Kind {
    const char* name;
    SocketKind kind;
};
const Kind kKinds[] = {
    {"inet stream", {AF_INET, SOCK_STREAM, 0}},   {"inet dgram", {AF_INET, SOCK_DGRAM, 0}},
    {"inet6 stream", {AF_INET6, SOCK_STREAM, 0}}, {"inet6 dgram", {AF_INET6, SOCK_DGRAM, 0}},
    {"unix stream", {AF_UNIX, SOCK_STREAM, 0}},   {"unix dgram", {AF_UNIX, SOCK_DGRAM, 0}},
};

UniqueFd openKind(const SocketKind& k)
{
    return UniqueFd(socket(k.domain, k.type | SOCK_CLOEXEC, k.protocol));
}

// A value the option accepts that differs from a fresh socket's default where that is easy to tell.
OptionValue validValue(const SocketOptionSpec& spec, const OptionValue& current)
{
    const std::string name = spec.nameSymbol;
    switch (spec.type) {
    case OptionType::Bool: return std::get<int>(current) ? 0 : 1;
    case OptionType::Linger: return LingerValue{1, 5};
    case OptionType::Timeval: return TimevalValue{2, 500000};
    case OptionType::String: return std::string(std::get<std::string>(current) == "reno" ? "cubic" : "reno");
    case OptionType::TcpInfo: return current;
    case OptionType::Int: break;
    }
    if (name == "SO_RCVBUF" || name == "SO_SNDBUF")
        return 65536;
    if (name == "SO_RCVLOWAT" || name == "SO_SNDLOWAT")
        return 10;
    if (name == "TCP_MAXSEG")
        return 1000;
    if (name == "TCP_KEEPIDLE")
        return 120;
    if (name == "TCP_KEEPINTVL")
        return 30;
    if (name == "TCP_KEEPCNT")
        return 5;
    if (name == "TCP_USER_TIMEOUT")
        return 5000;
    if (name == "IP_TOS")
        return IPTOS_LOWDELAY;
    if (name == "IP_MULTICAST_TTL" || name == "IPV6_MULTICAST_HOPS")
        return 4;
    return 32; // IP_TTL, IPV6_UNICAST_HOPS
}

// A value of the right type that validation must refuse.
OptionValue invalidValue(const SocketOptionSpec& spec)
{
    switch (spec.type) {
    case OptionType::Bool: return 2;
    case OptionType::Int: return static_cast<int>(spec.min > INT32_MIN ? spec.min - 1 : spec.max + 1);
    case OptionType::Linger: return LingerValue{2, 0};
    case OptionType::Timeval: return TimevalValue{0, 1000000};
    case OptionType::String: return std::string("no such/algorithm");
    case OptionType::TcpInfo: return 0;
    }
    return 0;
}

bool documentedAdjustment(OptionAdjustment a)
{
    return a == OptionAdjustment::Doubled || a == OptionAdjustment::Limited || a == OptionAdjustment::RoundedToTick
           || a == OptionAdjustment::EcnBitsKept || a == OptionAdjustment::NotSticky;
}

} // namespace

class TestSocketOptions : public QObject {
    Q_OBJECT
private slots:
    // The demonstrations write to sockets whose peer resets them: with SIGPIPE fatal, the tests show
    // that they never raise it.
    void initTestCase() { testing::makeSigpipeFatal(); }
    void catalogueIsComplete();
    void readAllOnEveryKind_data();
    void readAllOnEveryKind();
    void setAndReadBack_data();
    void setAndReadBack();
    void getOnlyRefusesSet_data();
    void getOnlyRefusesSet();
    void wrongTypeAndWrongSocket();
    void kernelRefusals();
    void journalHasCompilableCode();
    void registeredSocketAndGone();
    void parseAndFormat();
    void debugNeedsNetAdmin();
    void demoRecvTimeout();
    void demoLingerReset();
    void demoReuseAddress();
    void demoV6Only();
    void demoNoDelayFigures();
};

void TestSocketOptions::catalogueIsComplete()
{
    const char* const expected[] = {
        "SO_ACCEPTCONN", "SO_BROADCAST", "SO_DEBUG", "SO_DONTROUTE", "SO_ERROR", "SO_KEEPALIVE", "SO_LINGER",
        "SO_OOBINLINE", "SO_RCVBUF", "SO_RCVLOWAT", "SO_RCVTIMEO", "SO_REUSEADDR", "SO_SNDBUF", "SO_SNDLOWAT",
        "SO_SNDTIMEO", "SO_TYPE", "SO_REUSEPORT", "SO_DOMAIN", "SO_PROTOCOL", "TCP_NODELAY", "TCP_MAXSEG",
        "TCP_KEEPIDLE", "TCP_KEEPINTVL", "TCP_KEEPCNT", "TCP_CORK", "TCP_QUICKACK", "TCP_USER_TIMEOUT",
        "TCP_CONGESTION", "TCP_INFO", "IP_TTL", "IP_TOS", "IP_MULTICAST_TTL", "IP_MULTICAST_LOOP", "IPV6_V6ONLY",
        "IPV6_UNICAST_HOPS", "IPV6_MULTICAST_HOPS", "IPV6_MULTICAST_LOOP"};
    for (const char* name : expected) {
        const SocketOptionSpec* spec = findSocketOption(name);
        QVERIFY2(spec, name);
        QVERIFY2(spec->meaning && std::strlen(spec->meaning) > 10, name);
#if defined(__linux__)
        QVERIFY2(spec->available(), name); // Linux has every one of them
#endif
    }
    QCOMPARE(socketOptionCatalogue().size(), std::size(expected));
    QVERIFY(!findSocketOption("SO_NOSUCH"));
}

void TestSocketOptions::readAllOnEveryKind_data()
{
    QTest::addColumn<int>("kindIndex");
    for (int i = 0; i < 6; ++i)
        QTest::newRow(kKinds[i].name) << i;
}

void TestSocketOptions::readAllOnEveryKind()
{
    QFETCH(int, kindIndex);
    const SocketKind kind = kKinds[kindIndex].kind;
    UniqueFd fd = openKind(kind);
    QVERIFY(fd);
    const auto readings = readAllOptions(fd.get(), kind);
    QVERIFY(readings.size() > 10);
    for (const OptionReading& r : readings) {
        QVERIFY2(r.ok(), describeProblem(*r.spec, r.problem, r.err, false).c_str());
        QVERIFY(optionAppliesTo(*r.spec, kind));
        const std::string name = r.spec->nameSymbol;
        if (name == "SO_TYPE")
            QCOMPARE(std::get<int>(r.value), kind.type);
        if (name == "SO_DOMAIN")
            QCOMPARE(std::get<int>(r.value), kind.domain);
        if (name == "TCP_INFO")
            QCOMPARE(std::string(tcpStateName(std::get<TcpInfo>(r.value).state)), std::string("CLOSE"));
    }
    // The defaults read on a scratch socket are the same list.
    const auto defaults = defaultOptions(kind);
    QCOMPARE(defaults.size(), readings.size());
}

void TestSocketOptions::setAndReadBack_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<int>("kindIndex");
    for (const SocketOptionSpec& spec : socketOptionCatalogue()) {
        if (!spec.available() || !spec.settable)
            continue;
        for (int i = 0; i < 6; ++i)
            if (optionAppliesTo(spec, kKinds[i].kind))
                QTest::addRow("%s %s", spec.nameSymbol, kKinds[i].name) << QString::fromLatin1(spec.nameSymbol) << i;
    }
}

void TestSocketOptions::setAndReadBack()
{
    QFETCH(QString, option);
    QFETCH(int, kindIndex);
    const SocketOptionSpec* spec = findSocketOption(option.toStdString());
    QVERIFY(spec);
    const SocketKind kind = kKinds[kindIndex].kind;
    UniqueFd fd = openKind(kind);
    QVERIFY(fd);

    const OptionReading before = getOption(fd.get(), *spec);
    QVERIFY(before.ok());
    const OptionValue value = validValue(*spec, before.value);
    const OptionSetResult set = setOption(fd.get(), kind, *spec, value);
    QVERIFY2(set.applied(), set.message.c_str());
    QVERIFY(set.kept.has_value());
    if (!set.keptAsRequested()) {
        QVERIFY2(documentedAdjustment(set.adjustment), set.message.c_str());
        QVERIFY(set.message.find(spec->nameSymbol) != std::string::npos);
    }
    if (option == QLatin1String("SO_RCVBUF") || option == QLatin1String("SO_SNDBUF")) {
        if (platform::doublesSocketBuffers) {
            QCOMPARE(set.adjustment, OptionAdjustment::Doubled);
            QCOMPARE(std::get<int>(*set.kept), 2 * 65536);
            QVERIFY(set.message.find("doubles") != std::string::npos);
        }
    }

    const OptionSetResult bad = setOption(fd.get(), kind, *spec, invalidValue(*spec));
    QVERIFY(!bad.applied());
    QVERIFY(bad.problem == OptionProblem::OutOfRange || bad.problem == OptionProblem::BadName);
    QVERIFY2(bad.message.find(spec->nameSymbol) != std::string::npos, bad.message.c_str());
    QVERIFY2(bad.message.find("Allowed") != std::string::npos, bad.message.c_str());
    QVERIFY(!bad.kept.has_value()); // refused before any call
}

void TestSocketOptions::getOnlyRefusesSet_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<int>("kindIndex");
    for (const SocketOptionSpec& spec : socketOptionCatalogue()) {
        if (!spec.available() || spec.settable)
            continue;
        for (int i = 0; i < 6; ++i)
            if (optionAppliesTo(spec, kKinds[i].kind))
                QTest::addRow("%s %s", spec.nameSymbol, kKinds[i].name) << QString::fromLatin1(spec.nameSymbol) << i;
    }
}

void TestSocketOptions::getOnlyRefusesSet()
{
    QFETCH(QString, option);
    QFETCH(int, kindIndex);
    const SocketOptionSpec* spec = findSocketOption(option.toStdString());
    const SocketKind kind = kKinds[kindIndex].kind;
    UniqueFd fd = openKind(kind);
    const OptionSetResult r = setOption(fd.get(), kind, *spec, OptionValue(1));
    QCOMPARE(r.problem, OptionProblem::GetOnly);
    QVERIFY2(r.message.find(spec->nameSymbol) != std::string::npos, r.message.c_str());
    QVERIFY(r.message.find("only be read") != std::string::npos);
}

void TestSocketOptions::wrongTypeAndWrongSocket()
{
    const SocketKind udp{AF_INET, SOCK_DGRAM, 0};
    UniqueFd fd = openKind(udp);
    const SocketOptionSpec* nodelay = findSocketOption("TCP_NODELAY");
    const OptionSetResult notForUdp = setOption(fd.get(), udp, *nodelay, OptionValue(1));
    QCOMPARE(notForUdp.problem, OptionProblem::NotForSocket);
    QVERIFY(notForUdp.message.find("TCP_NODELAY") != std::string::npos);

    const SocketOptionSpec* ttl = findSocketOption("IP_TTL");
    const OptionSetResult wrongType = setOption(fd.get(), udp, *ttl, OptionValue(std::string("64")));
    QCOMPARE(wrongType.problem, OptionProblem::WrongType);
    QVERIFY2(wrongType.message.find("Allowed: 1 to 255") != std::string::npos, wrongType.message.c_str());
}

void TestSocketOptions::kernelRefusals()
{
#if defined(__linux__)
    // SO_SNDLOWAT: the catalogue says get-only on Linux because the kernel refuses it.
    UniqueFd fd = openKind({AF_INET, SOCK_STREAM, 0});
    const int v = 10;
    QCOMPARE(setsockopt(fd.get(), SOL_SOCKET, SO_SNDLOWAT, &v, sizeof v), -1);
    QCOMPARE(errno, ENOPROTOOPT);
    const std::string why = describeProblem(*findSocketOption("SO_SNDLOWAT"), OptionProblem::Kernel, ENOPROTOOPT, true);
    QVERIFY2(why.find("does not allow changing") != std::string::npos, why.c_str());

    // IPV6_V6ONLY after bind(): EINVAL, explained.
    UniqueFd v6 = openKind({AF_INET6, SOCK_STREAM, 0});
    SocketAddress a;
    QVERIFY(SocketAddress::fromNumeric("::1", 0, a));
    QCOMPARE(bind(v6.get(), a.get(), a.length), 0);
    const OptionReading now = getOption(v6.get(), *findSocketOption("IPV6_V6ONLY"));
    const OptionSetResult late = setOption(v6.get(), {AF_INET6, SOCK_STREAM, 0}, *findSocketOption("IPV6_V6ONLY"),
                                           OptionValue(std::get<int>(now.value) ? 0 : 1));
    QCOMPARE(late.problem, OptionProblem::Kernel);
    QCOMPARE(late.err, EINVAL);
    QVERIFY2(late.message.find("before the socket is bound") != std::string::npos, late.message.c_str());
    QVERIFY(late.kept.has_value()); // read back even after a failed set
    QCOMPARE(*late.kept, now.value);

    // An unknown congestion control algorithm: ENOENT from the kernel, explained.
    UniqueFd tcp = openKind({AF_INET, SOCK_STREAM, 0});
    const OptionSetResult cc = setOption(tcp.get(), {AF_INET, SOCK_STREAM, 0}, *findSocketOption("TCP_CONGESTION"),
                                         OptionValue(std::string("nosuchalgo")));
    QCOMPARE(cc.problem, OptionProblem::Kernel);
    QVERIFY2(cc.message.find("tcp_available_congestion_control") != std::string::npos, cc.message.c_str());
#else
    QSKIP("Linux behaviour");
#endif
}

void TestSocketOptions::journalHasCompilableCode()
{
    const std::uint64_t before = CallJournal::global().lastSeq();
    UniqueFd fd = openKind({AF_INET, SOCK_STREAM, 0});
    setOption(fd.get(), {AF_INET, SOCK_STREAM, 0}, *findSocketOption("TCP_NODELAY"), OptionValue(1));
    setOption(fd.get(), {AF_INET, SOCK_STREAM, 0}, *findSocketOption("SO_LINGER"), OptionValue(LingerValue{1, 5}));
    const auto batch = CallJournal::global().since(before);
    QCOMPARE(batch.entries.size(), std::size_t(4)); // set + read-back, twice
    QCOMPARE(batch.entries[0].function, std::string("setsockopt"));
    QCOMPARE(batch.entries[0].code, std::string("int v = 1;\nsetsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &v, sizeof v);"));
    QCOMPARE(batch.entries[1].function, std::string("getsockopt"));
    QVERIFY(batch.entries[1].code.find("getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &v, &len);") != std::string::npos);
    QCOMPARE(batch.entries[2].code,
             std::string("struct linger lg = {1, 5};\nsetsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);"));
}

void TestSocketOptions::registeredSocketAndGone()
{
    SocketRegistry registry;
    RegisteredSocket s(openKind({AF_INET6, SOCK_STREAM, 0}), SocketKind{AF_INET6, SOCK_STREAM, 0},
                       SocketOwner::Scratch, "scratch", 0, registry);
    const std::uint64_t id = s.id();
    const auto all = readAllOptions(registry, id);
    QVERIFY(all.has_value());
    QVERIFY(!all->empty());
    const OptionSetResult r = setOption(registry, id, *findSocketOption("TCP_NODELAY"), OptionValue(1));
    QVERIFY(r.keptAsRequested());
    QCOMPARE(getOption(registry, id, *findSocketOption("IP_TTL")).problem, OptionProblem::NotForSocket);
    s.reset();
    QVERIFY(!readAllOptions(registry, id).has_value());
    const OptionSetResult gone = setOption(registry, id, *findSocketOption("TCP_NODELAY"), OptionValue(0));
    QCOMPARE(gone.problem, OptionProblem::SocketGone);
    QVERIFY(gone.message.find("closed") != std::string::npos);
}

void TestSocketOptions::parseAndFormat()
{
    const SocketOptionSpec& linger = *findSocketOption("SO_LINGER");
    const SocketOptionSpec& rcvtimeo = *findSocketOption("SO_RCVTIMEO");
    const SocketOptionSpec& nodelay = *findSocketOption("TCP_NODELAY");
    const SocketOptionSpec& type = *findSocketOption("SO_TYPE");
    QCOMPARE(*parseOptionValue(linger, "{1, 5}"), OptionValue(LingerValue{1, 5}));
    QCOMPARE(*parseOptionValue(linger, "1 5"), OptionValue(LingerValue{1, 5}));
    QCOMPARE(*parseOptionValue(rcvtimeo, "1.5"), OptionValue(TimevalValue{1, 500000}));
    QCOMPARE(*parseOptionValue(rcvtimeo, "{2, 25}"), OptionValue(TimevalValue{2, 25}));
    QCOMPARE(*parseOptionValue(nodelay, "on"), OptionValue(1));
    QVERIFY(!parseOptionValue(nodelay, "maybe"));
    QVERIFY(!parseOptionValue(linger, "1"));
    QCOMPARE(formatOptionValue(linger, LingerValue{1, 5}), std::string("{1, 5}"));
    QCOMPARE(formatOptionValue(type, 1), std::string("1 (SOCK_STREAM)"));
    QCOMPARE(formatOptionValue(rcvtimeo, TimevalValue{1, 500000}), std::string("{1, 500000}"));
}

void TestSocketOptions::debugNeedsNetAdmin()
{
    const SocketOptionSpec& debug = *findSocketOption("SO_DEBUG");
    const SocketKind kind{AF_INET, SOCK_STREAM, 0};
    if (std::getenv("SOCKSCOPE_WITHOUT_NET_ADMIN") || getuid() != 0) {
        // Running without CAP_NET_ADMIN: turning SO_DEBUG on must fail, and say why.
        UniqueFd fd = openKind(kind);
        const OptionSetResult r = setOption(fd.get(), kind, debug, OptionValue(1));
        QCOMPARE(r.problem, OptionProblem::Kernel);
        QVERIFY(r.err == EACCES || r.err == EPERM);
        QVERIFY2(r.message.find("CAP_NET_ADMIN") != std::string::npos, r.message.c_str());
        QCOMPARE(*r.kept, OptionValue(0));
        return;
    }
    // As root: run this test function again in a child whose capabilities lack CAP_NET_ADMIN.
    if (access("/usr/bin/setpriv", X_OK) != 0)
        QSKIP("setpriv (util-linux) is not installed");
    char self[4096] = {};
    QVERIFY(readlink("/proc/self/exe", self, sizeof self - 1) > 0); // resolved here: in setpriv it names setpriv
    const pid_t pid = fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        setenv("SOCKSCOPE_WITHOUT_NET_ADMIN", "1", 1);
        execl("/usr/bin/setpriv", "setpriv", "--inh-caps=-net_admin", "--bounding-set=-net_admin", self,
              "debugNeedsNetAdmin", "-silent", static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    QCOMPARE(waitpid(pid, &status, 0), pid);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
}

void TestSocketOptions::demoRecvTimeout()
{
    const RecvTimeoutOutcome o = sockscope::demoRecvTimeout(200);
    QVERIFY2(o.ran, o.summary.c_str());
    QVERIFY2(o.asExpected, o.summary.c_str());
    QVERIFY(o.err == EAGAIN || o.err == EWOULDBLOCK);
    QVERIFY(o.waitedMs >= 150);   // a clock tick early at most
    QVERIFY(o.waitedMs < 20000); // and it did not wait for ever
}

void TestSocketOptions::demoLingerReset()
{
    const DemoOutcome o = sockscope::demoLingerReset();
    QVERIFY2(o.ran && o.asExpected, o.summary.c_str());
    QCOMPARE(o.err, ECONNRESET);
}

void TestSocketOptions::demoReuseAddress()
{
    const ReuseAddressOutcome o = sockscope::demoReuseAddress();
    QVERIFY2(o.ran, o.summary.c_str());
    QCOMPARE(o.errWithout, EADDRINUSE);
    QCOMPARE(o.errWith, 0);
}

void TestSocketOptions::demoV6Only()
{
    const V6OnlyOutcome on = sockscope::demoV6Only(true);
    QVERIFY2(on.ran, on.summary.c_str());
    QCOMPARE(on.err, ECONNREFUSED);
    QVERIFY(!on.connected);
    const V6OnlyOutcome off = sockscope::demoV6Only(false);
    QVERIFY2(off.ran && off.connected, off.summary.c_str());
    QVERIFY2(off.peerSeen.find("::ffff:127.0.0.1") != std::string::npos, off.peerSeen.c_str());
}

void TestSocketOptions::demoNoDelayFigures()
{
    EchoConfig config;
    config.threads = 1;
    auto server = EchoServer::create(config);
    const EchoStartResult started = server->start();
    QVERIFY2(started.ok, started.message.c_str());
    const NoDelayOutcome o = demoNoDelay("127.0.0.1", started.bound.port(), 50);
    server->stop();
    QVERIFY2(o.ran, o.summary.c_str());
    qInfo("%s", o.summary.c_str()); // figures only: never a timed assertion
}

QTEST_APPLESS_MAIN(TestSocketOptions)
#include "tst_socketoptions.moc"
