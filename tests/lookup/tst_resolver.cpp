// getaddrinfo/getnameinfo through core against python3's socket module (same C library) on inputs
// that never reach a DNS server: numeric forms, names from /etc/hosts, and the error paths.
#include "Resolver.h"
#include "CallJournal.h"
#include "SystemOutput.h"

#include <QTest>

#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

using namespace sockscope;
using namespace sockscope::testing;

namespace {

std::string pyArg(const QString& s) { return s == QLatin1String("-") ? "None" : "'" + s.toStdString() + "'"; }

// One line per addrinfo, "family socktype protocol address port canonname", or "ERR rc".
std::string pythonGetaddrinfo(const QString& node, const QString& service, int family, int socktype, int flags)
{
    const std::string script =
        "import socket\n"
        "try:\n"
        "    for f, t, p, c, sa in socket.getaddrinfo(" + pyArg(node) + ", " + pyArg(service) + ", "
        + std::to_string(family) + ", " + std::to_string(socktype) + ", 0, " + std::to_string(flags) + "):\n"
        "        print(int(f), int(t), p, sa[0], sa[1], c or '-')\n"
        "except socket.gaierror as e:\n"
        "    print('ERR', e.errno)\n";
    return commandOutput("python3 -c \"" + script + "\"");
}

std::string ours(const AddrInfoResult& r)
{
    if (!r.ok())
        return "ERR " + std::to_string(r.rc) + "\n";
    std::string out;
    for (const auto& e : r.entries)
        out += std::to_string(e.family) + " " + std::to_string(e.socktype) + " " + std::to_string(e.protocol) + " "
               + e.address + " " + std::to_string(e.port) + " " + (e.canonname ? *e.canonname : "-") + "\n";
    return out;
}

} // namespace

class TestResolver : public QObject {
    Q_OBJECT
private slots:
    void matchesPython_data();
    void matchesPython();
    void flagsRoundTrip();
    void nameInfo_data();
    void nameInfo();
    void everyGaiCodeHasASymbol();
    void journalShowsHints();
};

void TestResolver::matchesPython_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("socktype");
    QTest::addColumn<int>("flags");

    QTest::newRow("numeric v4 + port") << "127.0.0.1" << "80" << 0 << 0 << 0;
    QTest::newRow("numeric v6 stream") << "::1" << "443" << 0 << int(SOCK_STREAM) << 0;
    QTest::newRow("service name") << "127.0.0.1" << "http" << 0 << int(SOCK_STREAM) << 0;
    QTest::newRow("udp service") << "127.0.0.1" << "domain" << 0 << int(SOCK_DGRAM) << 0;
    QTest::newRow("localhost from files") << "localhost" << "7" << 0 << int(SOCK_STREAM) << 0;
    QTest::newRow("canonname") << "localhost" << "-" << int(AF_INET) << int(SOCK_STREAM) << int(AI_CANONNAME);
    QTest::newRow("passive NULL node") << "-" << "8080" << 0 << int(SOCK_STREAM) << int(AI_PASSIVE);
    QTest::newRow("NULL node not passive") << "-" << "8080" << 0 << int(SOCK_STREAM) << 0;
    QTest::newRow("v4mapped") << "127.0.0.1" << "80" << int(AF_INET6) << int(SOCK_STREAM) << int(AI_V4MAPPED);
    QTest::newRow("v4mapped all") << "localhost" << "80" << int(AF_INET6) << int(SOCK_STREAM)
                                  << int(AI_V4MAPPED | AI_ALL);
    QTest::newRow("addrconfig") << "localhost" << "80" << 0 << int(SOCK_STREAM) << int(AI_ADDRCONFIG);
    QTest::newRow("numerichost rejects names") << "localhost" << "80" << 0 << 0 << int(AI_NUMERICHOST);
    QTest::newRow("numericserv rejects names") << "127.0.0.1" << "http" << 0 << 0 << int(AI_NUMERICSERV);
    QTest::newRow("unknown service") << "127.0.0.1" << "no-such-service" << 0 << int(SOCK_STREAM) << 0;
    QTest::newRow("both NULL") << "-" << "-" << 0 << 0 << 0;
    QTest::newRow("bad flags") << "127.0.0.1" << "80" << 0 << 0 << 0x40000;
    QTest::newRow("canonname without node") << "-" << "80" << 0 << 0 << int(AI_CANONNAME);
    QTest::newRow("bad family") << "127.0.0.1" << "80" << 99 << 0 << 0;
    QTest::newRow("bad socktype") << "127.0.0.1" << "80" << 0 << 99 << 0;
    QTest::newRow("v6 text with AF_INET") << "::1" << "80" << int(AF_INET) << 0 << 0;
    QTest::newRow("raw socktype") << "127.0.0.1" << "-" << 0 << int(SOCK_RAW) << 0;
    QTest::newRow("service with raw") << "127.0.0.1" << "80" << 0 << int(SOCK_RAW) << 0;
    QTest::newRow("legacy shorthand") << "127.1" << "80" << int(AF_INET) << int(SOCK_STREAM) << 0;
}

void TestResolver::matchesPython()
{
    QFETCH(QString, node);
    QFETCH(QString, service);
    QFETCH(int, family);
    QFETCH(int, socktype);
    QFETCH(int, flags);
    AddrInfoHints hints;
    hints.family = family;
    hints.socktype = socktype;
    hints.flags = flags;
    const auto opt = [](const QString& s) {
        return s == QLatin1String("-") ? std::nullopt : std::optional<std::string>(s.toStdString());
    };
    const AddrInfoResult r = resolveAddress(opt(node), opt(service), hints);
    QCOMPARE(QString::fromStdString(ours(r)),
             QString::fromStdString(pythonGetaddrinfo(node, service, family, socktype, flags)));
    QVERIFY(r.durationUs >= 0);
}

void TestResolver::flagsRoundTrip()
{
    std::string unknown;
    const auto f = parseFlags(addrInfoFlags(), "passive,canonname,AI_NUMERICHOST", &unknown);
    QVERIFY(f);
    QCOMPARE(*f, AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST);
    QCOMPARE(flagsText(addrInfoFlags(), *f), std::string("AI_PASSIVE|AI_CANONNAME|AI_NUMERICHOST"));
    QVERIFY(!parseFlags(addrInfoFlags(), "passive,bogus", &unknown));
    QCOMPARE(unknown, std::string("bogus"));
    QCOMPARE(*parseFlags(nameInfoFlags(), "", nullptr), 0);
    QCOMPARE(flagsText(nameInfoFlags(), 0), std::string("0"));
    QCOMPARE(*parseFlags(nameInfoFlags(), "numerichost,dgram", nullptr), NI_NUMERICHOST | NI_DGRAM);
}

void TestResolver::nameInfo_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("flags");
    QTest::newRow("numeric both") << "127.0.0.1" << 80 << int(NI_NUMERICHOST | NI_NUMERICSERV);
    QTest::newRow("names from files") << "127.0.0.1" << 22 << 0;
    QTest::newRow("dgram service") << "127.0.0.1" << 53 << int(NI_DGRAM | NI_NUMERICHOST);
    QTest::newRow("unknown port") << "127.0.0.1" << 1 << int(NI_NUMERICHOST | NI_DGRAM);
    QTest::newRow("nofqdn") << "127.0.0.1" << 80 << int(NI_NOFQDN);
    QTest::newRow("v6 numeric") << "::1" << 443 << int(NI_NUMERICHOST);
    QTest::newRow("namereqd numeric") << "127.0.0.1" << 80 << int(NI_NAMEREQD | NI_NUMERICSERV);
}

void TestResolver::nameInfo()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(int, flags);
    const NameInfoResult r = resolveName(address.toStdString(), port, flags);
    const std::string script = "import socket\ntry:\n    h, s = socket.getnameinfo(('" + address.toStdString() + "', "
                               + std::to_string(port) + "), " + std::to_string(flags)
                               + ")\n    print(h, s)\nexcept socket.gaierror as e:\n    print('ERR', e.errno)\n";
    const std::string expected = commandOutput("python3 -c \"" + script + "\"");
    const std::string got = r.ok() ? r.host + " " + r.service + "\n" : "ERR " + std::to_string(r.rc) + "\n";
    QCOMPARE(QString::fromStdString(got), QString::fromStdString(expected));
}

void TestResolver::everyGaiCodeHasASymbol()
{
    for (int code : gaiCodes()) {
        QVERIFY(gaiSymbol(code).rfind("EAI_", 0) == 0);
        QVERIFY(!gaiText(code).empty());
    }
    QCOMPARE(gaiSymbol(EAI_NONAME), std::string("EAI_NONAME"));
}

void TestResolver::journalShowsHints()
{
    const auto before = CallJournal::global().lastSeq();
    AddrInfoHints hints;
    hints.socktype = SOCK_STREAM;
    hints.flags = AI_PASSIVE;
    resolveAddress(std::nullopt, std::string("8080"), hints);
    const auto b = CallJournal::global().since(before);
    QCOMPARE(b.entries.size(), std::size_t(1));
    const JournalEntry& e = b.entries[0];
    QCOMPARE(e.function, std::string("getaddrinfo"));
    QCOMPARE(e.args, std::string("NULL, \"8080\", &hints, &res"));
    QVERIFY(e.code.find("hints.ai_flags = AI_PASSIVE;") != std::string::npos);
    QVERIFY(e.code.find("hints.ai_socktype = SOCK_STREAM;") != std::string::npos);
    QVERIFY(e.code.find("gai_strerror") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestResolver)
#include "tst_resolver.moc"
