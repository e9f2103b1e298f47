// The hosts, protocols and services databases against getent (same C library, same files), and the
// locking that makes the non-reentrant enumerations safe from many threads at once.
#include "NameDatabases.h"
#include "CallJournal.h"
#include "SystemOutput.h"

#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>

#include <atomic>
#include <thread>

using namespace sockscope;
using namespace sockscope::testing;

namespace {

std::string joined(const std::vector<std::string>& words, std::size_t from)
{
    std::string out;
    for (std::size_t i = from; i < words.size(); ++i)
        out += (out.empty() ? "" : " ") + words[i];
    return out;
}

std::string joined(const std::vector<std::string>& v)
{
    return joined(v, 0);
}

} // namespace

class TestNameDatabases : public QObject {
    Q_OBJECT
private slots:
    void protocolsMatchGetent();
    void servicesMatchGetent();
    void hostsMatchGetent();
    void protocolLookups_data();
    void protocolLookups();
    void serviceLookups_data();
    void serviceLookups();
    void serviceByPortUsesNetworkOrder();
    void hostLookupsFromFiles();
    void journalNamesTheVariant();
    void concurrentEnumerations();
};

void TestNameDatabases::protocolsMatchGetent()
{
    auto expected = lines(commandOutput("getent protocols"));
    if (!expected.empty() && expected.back().empty())
        expected.pop_back();
    QVERIFY2(!expected.empty(), "getent protocols is empty: /etc/protocols is missing (package netbase)");
    const auto got = enumerateProtocols();
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        const auto w = splitWords(expected[i]);
        QCOMPARE(got[i].name, w.at(0));
        QCOMPARE(std::to_string(got[i].number), w.at(1));
        QCOMPARE(joined(got[i].aliases), joined(w, 2));
    }
}

void TestNameDatabases::servicesMatchGetent()
{
    auto expected = lines(commandOutput("getent services"));
    if (!expected.empty() && expected.back().empty())
        expected.pop_back();
    QVERIFY2(!expected.empty(), "getent services is empty: /etc/services is missing (package netbase)");
    const auto got = enumerateServices(true);
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        const auto w = splitWords(expected[i]);
        QCOMPARE(got[i].name, w.at(0));
        QCOMPARE(std::to_string(got[i].port) + "/" + got[i].protocol, w.at(1));
        QCOMPARE(int(ntohs(got[i].portNetwork)), got[i].port);
        QCOMPARE(joined(got[i].aliases), joined(w, 2));
    }
}

void TestNameDatabases::hostsMatchGetent()
{
    // getent prints one line per host entry: its first address, then the name and aliases.
    auto expected = lines(commandOutput("getent hosts"));
    if (!expected.empty() && expected.back().empty())
        expected.pop_back();
    const auto got = enumerateHosts();
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        const auto w = splitWords(expected[i]);
        QVERIFY(!got[i].addresses.empty());
        QCOMPARE(got[i].addresses.front(), w.at(0));
        QCOMPARE(got[i].name, w.at(1));
        QCOMPARE(joined(got[i].aliases), joined(w, 2));
    }
}

void TestNameDatabases::protocolLookups_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("tcp") << "tcp";
    QTest::newRow("alias UDP") << "UDP";
    QTest::newRow("number 6") << "6";
    QTest::newRow("number 17") << "17";
    QTest::newRow("ipv6-icmp") << "ipv6-icmp";
    QTest::newRow("unknown name") << "no-such-protocol";
    QTest::newRow("unknown number") << "254";
}

void TestNameDatabases::protocolLookups()
{
    QFETCH(QString, key);
    const std::string k = key.toStdString();
    int status = 0;
    const auto w = splitWords(commandOutput("getent protocols " + k, &status));
    bool isNumber = false;
    const int number = key.toInt(&isNumber);
    const auto r = isNumber ? protocolByNumber(number) : protocolByName(k);
    QCOMPARE(r.entry.has_value(), !w.empty());
    QCOMPARE(r.err, 0);
    if (r.entry) {
        QCOMPARE(r.entry->name, w.at(0));
        QCOMPARE(std::to_string(r.entry->number), w.at(1));
    }
}

void TestNameDatabases::serviceLookups_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("proto");
    QTest::newRow("http") << "http" << "";
    QTest::newRow("http/tcp") << "http" << "tcp";
    QTest::newRow("domain/udp") << "domain" << "udp";
    QTest::newRow("alias www") << "www" << "tcp";
    QTest::newRow("port 22") << "22" << "";
    QTest::newRow("port 53/udp") << "53" << "udp";
    QTest::newRow("ssh/udp missing") << "ssh" << "udp";
    QTest::newRow("unknown") << "no-such-service" << "";
    QTest::newRow("unknown port") << "1" << "udp";
}

void TestNameDatabases::serviceLookups()
{
    QFETCH(QString, key);
    QFETCH(QString, proto);
    const std::string k = key.toStdString();
    const std::string p = proto.toStdString();
    const auto w = splitWords(commandOutput("getent services " + k + (p.empty() ? "" : "/" + p)));
    bool isNumber = false;
    const int port = key.toInt(&isNumber);
    const auto r = isNumber ? serviceByPort(port, p) : serviceByName(k, p);
    QCOMPARE(r.entry.has_value(), !w.empty());
    if (r.entry) {
        QCOMPARE(r.entry->name, w.at(0));
        QCOMPARE(std::to_string(r.entry->port) + "/" + r.entry->protocol, w.at(1));
    }
}

void TestNameDatabases::serviceByPortUsesNetworkOrder()
{
    const auto r = serviceByPort(80, "tcp");
    QVERIFY(r.entry);
    QCOMPARE(r.entry->name, std::string("http"));
    QCOMPARE(r.entry->portNetwork, htons(80));
    QCOMPARE(r.entry->port, 80);
}

void TestNameDatabases::hostLookupsFromFiles()
{
    // localhost is in /etc/hosts: "files" answers before DNS is asked.
    const auto r = hostByName("localhost", AF_INET);
    QVERIFY(r.entry);
    QCOMPARE(r.entry->addrType, int(AF_INET));
    QCOMPARE(r.entry->length, 4);
    QVERIFY(!r.entry->addresses.empty());
    QCOMPARE(r.entry->addresses.front(), std::string("127.0.0.1"));
    const auto back = hostByAddress("127.0.0.1", AF_INET);
    QVERIFY(back.entry);
    QCOMPARE(back.entry->name, std::string("localhost"));
    const auto bad = hostByAddress("not-an-address", AF_INET);
    QVERIFY(!bad.entry);
}

void TestNameDatabases::journalNamesTheVariant()
{
    const auto before = CallJournal::global().lastSeq();
    protocolByName("tcp");
    enumerateProtocols(true);
    const auto b = CallJournal::global().since(before);
    QCOMPARE(b.entries.size(), std::size_t(4));
#if defined(__GLIBC__)
    QCOMPARE(b.entries[0].function, std::string("getprotobyname_r"));
#endif
    QCOMPARE(b.entries[1].function, std::string("setprotoent"));
    QCOMPARE(b.entries[1].args, std::string("1"));
    QCOMPARE(b.entries[2].function, std::string("getprotoent"));
    QCOMPARE(b.entries[3].function, std::string("endprotoent"));
}

void TestNameDatabases::concurrentEnumerations()
{
    // 8 threads × 1,000 enumerations at once: every result identical to a lone one.
    const auto protocols = enumerateProtocols();
    const auto services = enumerateServices();
    QVERIFY2(!protocols.empty() && !services.empty(), "/etc/protocols or /etc/services is missing (package netbase)");
    const int perThread = qEnvironmentVariableIntValue("SOCKSCOPE_STRESS_ROUNDS") > 0
                              ? qEnvironmentVariableIntValue("SOCKSCOPE_STRESS_ROUNDS")
                              : 1000;
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < perThread; ++i) {
                if (t % 2 == 0) {
                    const auto got = enumerateProtocols(i % 2 == 0);
                    if (got.size() != protocols.size() || got.back().name != protocols.back().name)
                        ++mismatches;
                } else {
                    const auto got = enumerateServices(i % 2 == 0);
                    if (got.size() != services.size() || got.back().name != services.back().name
                        || got.front().port != services.front().port)
                        ++mismatches;
                }
                if (i % 100 == 0) {
                    const auto one = protocolByNumber(6); // reentrant lookups in between
                    if (!one.entry || one.entry->name != "tcp")
                        ++mismatches;
                }
            }
        });
    for (auto& th : threads)
        th.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_APPLESS_MAIN(TestNameDatabases)
#include "tst_namedatabases.moc"
