// The lookup commands of sockscope-cli (path in $SOCKSCOPE_CLI) against the system's own answers:
// every database dump and lookup against getent, resolve and nameinfo against python3's socket
// module (the same C library), and the exit status of shared/CLI.md (0 found, 1 failed, 2 usage).
//
// No DNS outside a test namespace: the machine's nsswitch is "hosts: files dns", so only numeric
// inputs, names in /etc/hosts (localhost, for AF_INET or AF_UNSPEC) and NI_NUMERICHOST for
// addresses not in /etc/hosts are used here. The cases that need a DNS server run only under
// tests/netns/with-test-dns.sh (SOCKSCOPE_TEST_DNS=1; the tst_cli_lookup_dns ctest entry).

#include "ProcessRun.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

// getaddrinfo through python3: argv node service family socktype protocol flags ('-' for None;
// protocol a number or a protocols-database name). Prints the list in order, or {"code": EAI_*}.
const char* const resolveScript = R"PY(
import json, socket, sys
node, service, family, socktype, proto, flags = sys.argv[1:7]
node = None if node == '-' else node.encode()  # bytes: straight to the C library, no IDNA codec
service = None if service == '-' else service
proto = int(proto) if proto.isdigit() else socket.getprotobyname(proto)
codes = {getattr(socket, n): n for n in dir(socket) if n.startswith('EAI_')}
fams = {socket.AF_INET: 'AF_INET', socket.AF_INET6: 'AF_INET6'}
types = {socket.SOCK_STREAM: 'SOCK_STREAM', socket.SOCK_DGRAM: 'SOCK_DGRAM', socket.SOCK_RAW: 'SOCK_RAW'}
try:
    out = []
    for f, t, p, c, sa in socket.getaddrinfo(node, service, int(family), int(socktype), proto, int(flags)):
        e = {'family': fams[f], 'socktype': types[t], 'protocol': p, 'address': sa[0], 'port': sa[1]}
        if c:
            e['canonname'] = c
        out.append(e)
    print(json.dumps(out))
except socket.gaierror as e:
    print(json.dumps({'code': codes.get(e.errno, str(e.errno))}))
)PY";

// getnameinfo through python3: argv address port flags. Prints {host, service} or {"code": EAI_*}.
const char* const nameInfoScript = R"PY(
import json, socket, sys
address, port, flags = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
codes = {getattr(socket, n): n for n in dir(socket) if n.startswith('EAI_')}
try:
    host, service = socket.getnameinfo((address, port), flags)
    print(json.dumps({'host': host, 'service': service}))
except socket.gaierror as e:
    print(json.dumps({'code': codes.get(e.errno, str(e.errno))}))
)PY";

// gethostbyname (AF_INET) / gethostbyaddr through python3: {name, aliases, addresses} or {"error"}.
const char* const hostScript = R"PY(
import json, socket, sys
try:
    if sys.argv[1] == 'name':
        n, a, addrs = socket.gethostbyname_ex(sys.argv[2])
    else:
        n, a, addrs = socket.gethostbyaddr(sys.argv[2])
    print(json.dumps({'name': n, 'aliases': a, 'addresses': addrs}))
except OSError as e:
    print(json.dumps({'error': str(e)}))
)PY";

int familyNumber(const QString& word)
{
    if (word == u"inet"_s)
        return AF_INET;
    if (word == u"inet6"_s)
        return AF_INET6;
    if (word == u"unix"_s)
        return AF_UNIX;
    return AF_UNSPEC;
}

int socktypeNumber(const QString& word)
{
    if (word == u"stream"_s)
        return SOCK_STREAM;
    if (word == u"dgram"_s)
        return SOCK_DGRAM;
    if (word == u"raw"_s)
        return SOCK_RAW;
    return 0;
}

int aiFlags(const QString& words)
{
    static const QHash<QString, int> table{
        {u"passive"_s, AI_PASSIVE},         {u"canonname"_s, AI_CANONNAME}, {u"numerichost"_s, AI_NUMERICHOST},
        {u"numericserv"_s, AI_NUMERICSERV}, {u"v4mapped"_s, AI_V4MAPPED},   {u"all"_s, AI_ALL},
        {u"addrconfig"_s, AI_ADDRCONFIG},
    };
    int flags = 0;
    for (const QString& w : words.split(u',', Qt::SkipEmptyParts))
        flags |= table.value(w);
    return flags;
}

int niFlags(const QString& words)
{
    static const QHash<QString, int> table{
        {u"numerichost"_s, NI_NUMERICHOST}, {u"numericserv"_s, NI_NUMERICSERV}, {u"namereqd"_s, NI_NAMEREQD},
        {u"nofqdn"_s, NI_NOFQDN},           {u"dgram"_s, NI_DGRAM},
    };
    int flags = 0;
    for (const QString& w : words.split(u',', Qt::SkipEmptyParts))
        flags |= table.value(w);
    return flags;
}

QStringList words(const QByteArray& line)
{
    return QString::fromUtf8(line).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out.append(s.toString());
    return out;
}

bool dnsAvailable()
{
    return qEnvironmentVariableIsSet("SOCKSCOPE_TEST_DNS");
}

} // namespace

class TestCliLookup : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void dumps_data();
    void dumps();
    void dumpText();
    void protocolLookup_data();
    void protocolLookup();
    void serviceLookup_data();
    void serviceLookup();
    void serviceTextShowsBothOrders();
    void hostLookup_data();
    void hostLookup();
    void hostText();
    void resolve_data();
    void resolve();
    void resolveText();
    void resolveErrorWords_data();
    void resolveErrorWords();
    void nameInfo_data();
    void nameInfo();
    void exitStatus_data();
    void exitStatus();
    void unknownFlagWords_data();
    void unknownFlagWords();

    // Only with a test DNS server (tests/netns/with-test-dns.sh).
    void dnsResolve_data();
    void dnsResolve();
    void dnsCanonname();
    void dnsNxdomain();
    void dnsDroppedQuery();
    void dnsLegacyHost();
    void dnsNameInfo();
    void dnsStayOpenUsesUdp();

private:
    using Run = sockscope::testing::ProcessRun;
    Run run(const QString& program, const QStringList& args, int timeoutMs = 30000,
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) const;
    Run cli(const QStringList& args) const { return run(cli_, args); }
    QJsonDocument python(const char* script, const QStringList& args) const;
    QList<QStringList> getent(const QStringList& args, int* status = nullptr) const;

    QString cli_;
    QString python_;
};

void TestCliLookup::initTestCase()
{
    cli_ = qEnvironmentVariable("SOCKSCOPE_CLI");
    QVERIFY2(!cli_.isEmpty(), "SOCKSCOPE_CLI must name the sockscope-cli executable (ctest sets it)");
    QVERIFY2(QFileInfo(cli_).isExecutable(), qPrintable(u"not executable: "_s + cli_));
    // The system's python3 first: certainly the same C library as the CLI.
    python_ = QFileInfo(u"/usr/bin/python3"_s).isExecutable() ? u"/usr/bin/python3"_s
                                                               : QStandardPaths::findExecutable(u"python3"_s);
    QVERIFY2(!python_.isEmpty(), "python3 is needed to compare with its socket module");
    QVERIFY2(!QStandardPaths::findExecutable(u"getent"_s).isEmpty(), "getent is needed to compare the databases");
}

TestCliLookup::Run TestCliLookup::run(const QString& program, const QStringList& args, int timeoutMs,
                                      const QProcessEnvironment& env) const
{
    sockscope::testing::ProcessInput in;
    in.timeoutMs = timeoutMs;
    in.env = env;
    return sockscope::testing::runProcess(program, args, in);
}

QJsonDocument TestCliLookup::python(const char* script, const QStringList& args) const
{
    const Run r = run(python_, QStringList{u"-c"_s, QString::fromUtf8(script)} + args);
    if (r.status != 0) {
        qWarning() << "python3 failed:" << r.err;
        return {};
    }
    return QJsonDocument::fromJson(r.out);
}

QList<QStringList> TestCliLookup::getent(const QStringList& args, int* status) const
{
    const Run r = run(u"getent"_s, args);
    if (status)
        *status = r.status;
    QList<QStringList> out;
    for (const QByteArray& line : r.out.split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(words(line));
    return out;
}

// ------------------------------------------------------------------------------------- the dumps

void TestCliLookup::dumps_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("options");

    for (const QString& db : {u"hosts"_s, u"protocols"_s, u"services"_s}) {
        QTest::addRow("%s", qPrintable(db)) << db << QStringList{};
        QTest::addRow("%s --stayopen", qPrintable(db)) << db << QStringList{u"--stayopen"_s};
    }
    QTest::newRow("services --proto tcp") << u"services"_s << QStringList{u"--proto"_s, u"tcp"_s};
    QTest::newRow("services --proto udp --stayopen")
        << u"services"_s << QStringList{u"--proto"_s, u"udp"_s, u"--stayopen"_s};
}

void TestCliLookup::dumps()
{
    QFETCH(QString, database);
    QFETCH(QStringList, options);

    QList<QStringList> expected = getent({database});
    QVERIFY(!expected.isEmpty());
    const qsizetype protoAt = options.indexOf(u"--proto"_s);
    const QString onlyProto = protoAt >= 0 ? options.value(protoAt + 1) : QString();
    if (!onlyProto.isEmpty())
        expected.removeIf([&](const QStringList& w) { return !w.value(1).endsWith(u'/' + onlyProto); });

    const Run r = cli(QStringList{database, u"--json"_s} + options);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY2(doc.isArray(), r.out.left(200).constData());
    const QJsonArray got = doc.array();
    QCOMPARE(got.size(), expected.size());
    // Same entries, same order.
    for (qsizetype i = 0; i < got.size(); ++i) {
        const QJsonObject o = got[i].toObject();
        const QStringList& w = expected[i];
        if (database == u"hosts"_s) {
            // getent: one line per entry, its first address, then the name and the aliases.
            QCOMPARE(QStringList(o.keys()), (QStringList{u"addresses"_s, u"aliases"_s, u"name"_s}));
            QCOMPARE(strings(o.value(u"addresses"_s)).value(0), w[0]);
            QCOMPARE(o.value(u"name"_s).toString(), w[1]);
            QCOMPARE(strings(o.value(u"aliases"_s)), w.mid(2));
        } else if (database == u"protocols"_s) {
            QCOMPARE(QStringList(o.keys()), (QStringList{u"aliases"_s, u"name"_s, u"number"_s}));
            QCOMPARE(o.value(u"name"_s).toString(), w[0]);
            QCOMPARE(QString::number(o.value(u"number"_s).toInt()), w[1]);
            QCOMPARE(strings(o.value(u"aliases"_s)), w.mid(2));
        } else {
            QCOMPARE(QStringList(o.keys()), (QStringList{u"aliases"_s, u"name"_s, u"port"_s, u"proto"_s}));
            QCOMPARE(o.value(u"name"_s).toString(), w[0]);
            QCOMPARE(u"%1/%2"_s.arg(o.value(u"port"_s).toInt()).arg(o.value(u"proto"_s).toString()), w[1]);
            QCOMPARE(strings(o.value(u"aliases"_s)), w.mid(2));
        }
    }

    // Text: a header, then one line per entry in the same order.
    const Run text = cli(QStringList{database} + options);
    QCOMPARE(text.status, 0);
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    QCOMPARE(lines.size(), expected.size() + 1);
    QVERIFY(lines[0].startsWith("name"));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(!lines[i + 1].endsWith(' '), lines[i + 1].constData());
        QCOMPARE(words(lines[i + 1]).value(0), database == u"hosts"_s ? expected[i][1] : expected[i][0]);
    }
}

void TestCliLookup::dumpText()
{
    const Run r = cli({u"services"_s, u"--proto"_s, u"tcp"_s});
    QCOMPARE(r.status, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(QRegularExpression(u"\\nhttp\\s+80/tcp\\s+www\\n"_s)),
             r.out.left(400).constData());
    QVERIFY(!r.out.contains("/udp"));
}

// ---------------------------------------------------------------------------- single lookups

void TestCliLookup::protocolLookup_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("tcp") << u"tcp"_s;
    QTest::newRow("alias UDP") << u"UDP"_s;
    QTest::newRow("number 6") << u"6"_s;
    QTest::newRow("number 17") << u"17"_s;
    QTest::newRow("number 0 (the first of two)") << u"0"_s;
    QTest::newRow("ipv6-icmp") << u"ipv6-icmp"_s;
    QTest::newRow("hex 0x11") << u"0x11"_s; // getent reads decimal only: compared by number below
    QTest::newRow("unknown name") << u"no-such-protocol"_s;
    QTest::newRow("unknown number 254") << u"254"_s;
}

void TestCliLookup::protocolLookup()
{
    QFETCH(QString, key);
    int status = 0;
    const QString getentKey = key.startsWith(u"0x"_s) ? QString::number(key.mid(2).toInt(nullptr, 16)) : key;
    const QList<QStringList> want = getent({u"protocols"_s, getentKey}, &status);

    const Run r = cli({u"protocol"_s, key, u"--json"_s});
    const QJsonObject got = QJsonDocument::fromJson(r.out).object();
    if (want.isEmpty()) {
        QCOMPARE(status, 2); // getent: not found
        QCOMPARE(r.status, 1);
        QCOMPARE(got.value(u"code"_s).toString(), u"ENOENT"_s);
        QVERIFY(got.value(u"error"_s).toString().contains(key));
        const Run text = cli({u"protocol"_s, key});
        QCOMPARE(text.status, 1);
        QVERIFY(text.out.isEmpty());
        QVERIFY(text.err.contains("[ENOENT]"));
        return;
    }
    QCOMPARE(r.status, 0);
    QCOMPARE(got.value(u"name"_s).toString(), want[0][0]);
    QCOMPARE(QString::number(got.value(u"number"_s).toInt()), want[0][1]);
    QCOMPARE(strings(got.value(u"aliases"_s)), want[0].mid(2));
    QVERIFY(!got.contains(u"error"_s));
}

void TestCliLookup::serviceLookup_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("proto"); // empty: no --proto (NULL)
    QTest::newRow("http") << u"http"_s << QString();
    QTest::newRow("http tcp") << u"http"_s << u"tcp"_s;
    QTest::newRow("domain udp") << u"domain"_s << u"udp"_s;
    QTest::newRow("alias www tcp") << u"www"_s << u"tcp"_s;
    QTest::newRow("port 22") << u"22"_s << QString();
    QTest::newRow("port 53 udp") << u"53"_s << u"udp"_s;
    QTest::newRow("port 443 tcp") << u"443"_s << u"tcp"_s;
    QTest::newRow("ssh udp missing") << u"ssh"_s << u"udp"_s;
    QTest::newRow("unknown name") << u"no-such-service"_s << QString();
    QTest::newRow("unknown port 1 udp") << u"1"_s << u"udp"_s;
    QTest::newRow("unknown port 65535") << u"65535"_s << QString();
}

void TestCliLookup::serviceLookup()
{
    QFETCH(QString, key);
    QFETCH(QString, proto);
    int status = 0;
    const QList<QStringList> want =
        getent({u"services"_s, proto.isEmpty() ? key : key + u'/' + proto}, &status);
    QStringList args{u"service"_s, key, u"--json"_s};
    if (!proto.isEmpty())
        args << u"--proto"_s << proto;
    const Run r = cli(args);
    const QJsonObject got = QJsonDocument::fromJson(r.out).object();
    if (want.isEmpty()) {
        QCOMPARE(status, 2);
        QCOMPARE(r.status, 1);
        QCOMPARE(got.value(u"code"_s).toString(), u"ENOENT"_s);
        QVERIFY(got.value(u"error"_s).toString().contains(key));
        return;
    }
    QCOMPARE(r.status, 0);
    QCOMPARE(got.value(u"name"_s).toString(), want[0][0]);
    QCOMPARE(u"%1/%2"_s.arg(got.value(u"port"_s).toInt()).arg(got.value(u"proto"_s).toString()), want[0][1]);
    QCOMPARE(strings(got.value(u"aliases"_s)), want[0].mid(2));
}

void TestCliLookup::serviceTextShowsBothOrders()
{
    for (const int port : {80, 443, 53}) {
        const Run r = cli({u"service"_s, QString::number(port), u"--proto"_s, u"tcp"_s});
        QCOMPARE(r.status, 0);
        // s_port as the C library stored it: htons(port), read as a number on this host.
        const QString sPort = u"0x%1"_s.arg(htons(static_cast<std::uint16_t>(port)), 4, 16, QLatin1Char('0'));
        const QString want = u"%1 (s_port %2 in network byte order)"_s.arg(port).arg(sPort);
        QVERIFY2(QString::fromUtf8(r.out).contains(want), qPrintable(QString::fromUtf8(r.out) + u" lacks "_s + want));
    }
    const Run http = cli({u"service"_s, u"http"_s});
    QVERIFY(http.out.contains("80 (s_port 0x"));
}

void TestCliLookup::hostLookup_data()
{
    QTest::addColumn<bool>("byAddress");
    QTest::addColumn<QString>("input");
    // Only what /etc/hosts answers: a miss would go to the machine's DNS.
    QTest::newRow("localhost") << false << u"localhost"_s;
    QTest::newRow("127.0.0.1") << true << u"127.0.0.1"_s;
}

void TestCliLookup::hostLookup()
{
    QFETCH(bool, byAddress);
    QFETCH(QString, input);
    const QJsonObject want = python(hostScript, {byAddress ? u"addr"_s : u"name"_s, input}).object();
    QVERIFY2(!want.contains(u"error"_s), qPrintable(want.value(u"error"_s).toString()));

    const QStringList args = byAddress ? QStringList{u"host"_s, u"--address"_s, input, u"--json"_s}
                                       : QStringList{u"host"_s, input, u"--json"_s};
    const Run r = cli(args);
    QCOMPARE(r.status, 0);
    const QJsonObject got = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(got.value(u"name"_s).toString(), want.value(u"name"_s).toString());
    QCOMPARE(strings(got.value(u"aliases"_s)), strings(want.value(u"aliases"_s)));
    QCOMPARE(strings(got.value(u"addresses"_s)), strings(want.value(u"addresses"_s)));
    QCOMPARE(got.value(u"addrtype"_s).toString(), u"AF_INET"_s);
    QCOMPARE(got.value(u"length"_s).toInt(), 4);

    // The chapter's sethostent(1) + gethostbyname2 path gives the same entry.
    if (!byAddress) {
        const Run stay = cli({u"host"_s, input, u"--stayopen"_s, u"--json"_s});
        QCOMPARE(stay.status, 0);
        QCOMPARE(QJsonDocument::fromJson(stay.out).object(), got);
    }
}

void TestCliLookup::hostText()
{
    const Run r = cli({u"host"_s, u"localhost"_s});
    QCOMPARE(r.status, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(u"gethostbyname2"_s));
    QVERIFY(out.contains(u"getaddrinfo"_s)); // shown next to its replacement
    QVERIFY(out.contains(u"obsolete"_s));
    QVERIFY(out.contains(u"thread-safe"_s));
    QVERIFY(out.contains(u"h_errno"_s));
    QVERIFY(out.contains(u"one family at a time"_s));

    const Run back = cli({u"host"_s, u"--address"_s, u"127.0.0.1"_s});
    QCOMPARE(back.status, 0);
    QVERIFY(back.out.contains("gethostbyaddr"));
    QVERIFY(back.out.contains("getnameinfo"));

    const Run journal = cli({u"host"_s, u"localhost"_s, u"--stayopen"_s, u"--journal"_s, u"--json"_s});
    QCOMPARE(journal.status, 0);
    QVERIFY(journal.err.contains("sethostent(1)"));
    QVERIFY(journal.err.contains("gethostbyname2(\"localhost\", AF_INET)"));
    QVERIFY(journal.err.contains("endhostent()"));

    const Run bad = cli({u"host"_s, u"--address"_s, u"1.2.3"_s, u"--json"_s});
    QCOMPARE(bad.status, 1);
    QCOMPARE(QJsonDocument::fromJson(bad.out).object().value(u"code"_s).toString(), u"EINVAL"_s);
}

// --------------------------------------------------------------------------------------- resolve

void TestCliLookup::resolve_data()
{
    QTest::addColumn<QString>("node");     // "-": NULL
    QTest::addColumn<QString>("service");  // "-" or empty: NULL (empty: the argument left out)
    QTest::addColumn<QString>("family");   // the CLI's word
    QTest::addColumn<QString>("socktype"); // the CLI's word
    QTest::addColumn<QString>("protocol"); // empty: not given
    QTest::addColumn<QString>("flags");    // the CLI's words

    const QString u = u"unspec"_s;
    const QString any = u"any"_s;
    QTest::newRow("numeric v4 + port") << u"127.0.0.1"_s << u"80"_s << u << any << QString() << QString();
    QTest::newRow("numeric v4, no service") << u"127.0.0.1"_s << QString() << u << any << QString() << QString();
    QTest::newRow("numeric v6 stream") << u"::1"_s << u"443"_s << u << u"stream"_s << QString() << QString();
    QTest::newRow("service name") << u"127.0.0.1"_s << u"http"_s << u << u"stream"_s << QString() << QString();
    QTest::newRow("udp service") << u"127.0.0.1"_s << u"domain"_s << u << u"dgram"_s << QString() << QString();
    QTest::newRow("localhost from files") << u"localhost"_s << u"7"_s << u << u"stream"_s << QString() << QString();
    QTest::newRow("localhost inet any") << u"localhost"_s << u"echo"_s << u"inet"_s << any << QString() << QString();
    QTest::newRow("canonname") << u"localhost"_s << u"-"_s << u"inet"_s << u"stream"_s << QString()
                               << u"canonname"_s;
    QTest::newRow("passive NULL node") << u"-"_s << u"8080"_s << u << u"stream"_s << QString() << u"passive"_s;
    QTest::newRow("NULL node not passive") << u"-"_s << u"8080"_s << u << u"stream"_s << QString() << QString();
    QTest::newRow("passive v6 only") << u"-"_s << u"8080"_s << u"inet6"_s << u"dgram"_s << QString()
                                     << u"passive"_s;
    QTest::newRow("v4mapped") << u"127.0.0.1"_s << u"80"_s << u"inet6"_s << u"stream"_s << QString()
                              << u"v4mapped"_s;
    QTest::newRow("addrconfig numeric") << u"127.0.0.1"_s << u"80"_s << u << u"stream"_s << QString()
                                        << u"addrconfig"_s;
    QTest::newRow("numericserv ok") << u"127.0.0.1"_s << u"80"_s << u << u"stream"_s << QString()
                                    << u"numerichost,numericserv"_s;
    QTest::newRow("protocol by name udp") << u"127.0.0.1"_s << u"53"_s << u << any << u"udp"_s << QString();
    QTest::newRow("protocol by number 6") << u"127.0.0.1"_s << u"53"_s << u << any << u"6"_s << QString();
    QTest::newRow("raw, no service") << u"::1"_s << u"-"_s << u << u"raw"_s << QString() << QString();
    QTest::newRow("port 70000 wraps as glibc does") << u"127.0.0.1"_s << u"70000"_s << u << u"stream"_s
                                                    << QString() << QString();
    // Failures: the same EAI_* code as python.
    QTest::newRow("EAI_NONAME numerichost") << u"localhost"_s << u"80"_s << u << any << QString()
                                            << u"numerichost"_s;
    QTest::newRow("EAI_NONAME numericserv") << u"127.0.0.1"_s << u"http"_s << u << any << QString()
                                            << u"numericserv"_s;
    QTest::newRow("EAI_NONAME both NULL") << u"-"_s << u"-"_s << u << any << QString() << QString();
    QTest::newRow("EAI_NONAME invalid name") << u"bad..name"_s << u"80"_s << u << any << QString() << QString();
    QTest::newRow("EAI_SERVICE unknown") << u"127.0.0.1"_s << u"no-such-service"_s << u << u"dgram"_s
                                         << QString() << QString();
    QTest::newRow("EAI_SERVICE ssh dgram") << u"127.0.0.1"_s << u"ssh"_s << u << u"dgram"_s << QString()
                                           << QString();
    QTest::newRow("EAI_SERVICE raw with port") << u"127.0.0.1"_s << u"80"_s << u << u"raw"_s << QString()
                                               << QString();
    QTest::newRow("EAI_FAMILY unix") << u"127.0.0.1"_s << u"80"_s << u"unix"_s << any << QString() << QString();
    QTest::newRow("EAI_ADDRFAMILY v6 as inet") << u"::1"_s << u"80"_s << u"inet"_s << any << QString()
                                               << QString();
    QTest::newRow("EAI_BADFLAGS canonname NULL") << u"-"_s << u"80"_s << u << any << QString() << u"canonname"_s;
    QTest::newRow("EAI_SOCKTYPE dgram tcp") << u"127.0.0.1"_s << u"80"_s << u << u"dgram"_s << u"tcp"_s
                                            << QString();
}

void TestCliLookup::resolve()
{
    QFETCH(QString, node);
    QFETCH(QString, service);
    QFETCH(QString, family);
    QFETCH(QString, socktype);
    QFETCH(QString, protocol);
    QFETCH(QString, flags);

    const QJsonDocument want =
        python(resolveScript, {node, service.isEmpty() ? u"-"_s : service, QString::number(familyNumber(family)),
                               QString::number(socktypeNumber(socktype)), protocol.isEmpty() ? u"0"_s : protocol,
                               QString::number(aiFlags(flags))});
    QVERIFY(!want.isNull());

    QStringList args{u"resolve"_s, node};
    if (!service.isEmpty())
        args << service;
    args << u"--family"_s << family << u"--socktype"_s << socktype << u"--json"_s;
    if (!protocol.isEmpty())
        args << u"--protocol"_s << protocol;
    if (!flags.isEmpty())
        args << u"--flags"_s << flags;
    const Run r = cli(args);
    const QJsonDocument got = QJsonDocument::fromJson(r.out);
    if (want.isObject()) {
        QCOMPARE(r.status, 1);
        QVERIFY2(got.isObject(), r.out.constData());
        QCOMPARE(got.object().value(u"code"_s).toString(), want.object().value(u"code"_s).toString());
        QVERIFY(!got.object().value(u"error"_s).toString().isEmpty());
        // Text: the same code in plain words on stderr, nothing on stdout.
        args.removeAll(u"--json"_s);
        const Run text = cli(args);
        QCOMPARE(text.status, 1);
        QVERIFY(text.out.isEmpty());
        QVERIFY2(text.err.contains(want.object().value(u"code"_s).toString().toUtf8()), text.err.constData());
        return;
    }
    QCOMPARE(r.status, 0);
    QVERIFY2(got.isArray(), r.out.constData());
    // Same entries, same order, same fields (canonname only where glibc set it).
    QCOMPARE(got.array(), want.array());
}

void TestCliLookup::resolveText()
{
    const Run r = cli({u"resolve"_s, u"127.0.0.1"_s});
    QCOMPARE(r.status, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, and the elapsed time
    QCOMPARE(words(lines[0]), (QStringList{u"AF_INET"_s, u"SOCK_STREAM"_s, u"6"_s, u"127.0.0.1"_s, u"0"_s}));
    QCOMPARE(words(lines[1]).value(1), u"SOCK_DGRAM"_s);
    QCOMPARE(words(lines[2]).value(1), u"SOCK_RAW"_s);
    QVERIFY2(QString::fromUtf8(lines[3]).contains(QRegularExpression(u"3 addrinfo in [0-9.]+ ms"_s)), lines[3].constData());

    const Run canon = cli({u"resolve"_s, u"localhost"_s, u"--family"_s, u"inet"_s, u"--socktype"_s, u"stream"_s,
                           u"--flags"_s, u"canonname"_s});
    QCOMPARE(canon.status, 0);
    QVERIFY(canon.out.contains("canonname localhost"));
}

void TestCliLookup::resolveErrorWords_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("words"); // in the plain-words message

    QTest::newRow("EAI_NONAME names the inputs")
        << QStringList{u"bad..name"_s, u"80"_s} << u"EAI_NONAME"_s
        << QStringList{u"No such host or service"_s, u"bad..name"_s, u"80"_s};
    QTest::newRow("EAI_NONAME numerichost")
        << QStringList{u"localhost"_s, u"--flags"_s, u"numerichost"_s} << u"EAI_NONAME"_s
        << QStringList{u"localhost"_s, u"numerichost"_s};
    QTest::newRow("EAI_SERVICE names service and type")
        << QStringList{u"127.0.0.1"_s, u"ssh"_s, u"--socktype"_s, u"dgram"_s} << u"EAI_SERVICE"_s
        << QStringList{u"ssh"_s, u"SOCK_DGRAM"_s};
    QTest::newRow("EAI_FAMILY lists the families")
        << QStringList{u"127.0.0.1"_s, u"--family"_s, u"unix"_s} << u"EAI_FAMILY"_s
        << QStringList{u"inet"_s, u"inet6"_s, u"unspec"_s};
    QTest::newRow("EAI_BADFLAGS canonname")
        << QStringList{u"-"_s, u"80"_s, u"--flags"_s, u"canonname"_s} << u"EAI_BADFLAGS"_s
        << QStringList{u"canonname"_s, u"NODE"_s};
    QTest::newRow("EAI_ADDRFAMILY") << QStringList{u"::1"_s, u"--family"_s, u"inet"_s} << u"EAI_ADDRFAMILY"_s
                                    << QStringList{u"::1"_s, u"inet"_s};
    QTest::newRow("EAI_SOCKTYPE") << QStringList{u"127.0.0.1"_s, u"--socktype"_s, u"dgram"_s, u"--protocol"_s,
                                                 u"tcp"_s}
                                  << u"EAI_SOCKTYPE"_s << QStringList{u"SOCK_DGRAM"_s, u"IPPROTO_TCP"_s};
    QTest::newRow("--protocol unknown name") << QStringList{u"127.0.0.1"_s, u"--protocol"_s, u"nosuchproto"_s}
                                             << u"ENOENT"_s << QStringList{u"nosuchproto"_s, u"protocols"_s};
    QTest::newRow("--protocol 256") << QStringList{u"127.0.0.1"_s, u"--protocol"_s, u"256"_s} << u"ERANGE"_s
                                    << QStringList{u"255"_s};
}

void TestCliLookup::resolveErrorWords()
{
    QFETCH(QStringList, args);
    QFETCH(QString, code);
    QFETCH(QStringList, words);
    const Run r = cli(QStringList{u"resolve"_s, u"--json"_s} + args);
    QCOMPARE(r.status, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"code"_s).toString(), code);
    const QString error = o.value(u"error"_s).toString();
    for (const QString& w : words)
        QVERIFY2(error.contains(w, Qt::CaseInsensitive), qPrintable(error + u" lacks "_s + w));
    QVERIFY(!o.contains(u"errno"_s)); // only for EAI_SYSTEM
}

// -------------------------------------------------------------------------------------- nameinfo

void TestCliLookup::nameInfo_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("flags");
    // Addresses not in /etc/hosts only with numerichost: a reverse lookup would go to DNS.
    QTest::newRow("127.0.0.1 80") << u"127.0.0.1"_s << 80 << QString();
    QTest::newRow("127.0.0.1 7 dgram") << u"127.0.0.1"_s << 7 << u"dgram"_s;
    QTest::newRow("127.0.0.1 53 dgram") << u"127.0.0.1"_s << 53 << u"dgram"_s;
    QTest::newRow("127.0.0.1 namereqd") << u"127.0.0.1"_s << 22 << u"namereqd"_s;
    QTest::newRow("127.0.0.1 nofqdn") << u"127.0.0.1"_s << 443 << u"nofqdn"_s;
    QTest::newRow("numeric both") << u"127.0.0.1"_s << 80 << u"numerichost,numericserv"_s;
    QTest::newRow("unknown port") << u"127.0.0.1"_s << 65535 << QString();
    QTest::newRow("port 0") << u"127.0.0.1"_s << 0 << QString();
    QTest::newRow("::1 numerichost") << u"::1"_s << 443 << u"numerichost"_s;
    QTest::newRow("192.0.2.1 numerichost") << u"192.0.2.1"_s << 8080 << u"numerichost,numericserv"_s;
    QTest::newRow("v4-mapped numerichost") << u"::ffff:127.0.0.1"_s << 80 << u"numerichost"_s;
    QTest::newRow("EAI_NONAME a name") << u"localhost"_s << 80 << QString();
    QTest::newRow("EAI_NONAME garbage") << u"1.2.3.4.5"_s << 80 << u"numerichost"_s;
}

void TestCliLookup::nameInfo()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, flags);
    const QJsonObject want =
        python(nameInfoScript, {address, QString::number(port), QString::number(niFlags(flags))}).object();
    QVERIFY(!want.isEmpty());
    QStringList args{u"nameinfo"_s, address, QString::number(port), u"--json"_s};
    if (!flags.isEmpty())
        args << u"--flags"_s << flags;
    const Run r = cli(args);
    const QJsonObject got = QJsonDocument::fromJson(r.out).object();
    if (want.contains(u"code"_s)) {
        QCOMPARE(r.status, 1);
        QCOMPARE(got.value(u"code"_s).toString(), want.value(u"code"_s).toString());
        QVERIFY(got.value(u"error"_s).toString().contains(address));
        return;
    }
    QCOMPARE(r.status, 0);
    QCOMPARE(got, want);

    args.removeAll(u"--json"_s);
    const Run text = cli(args);
    QCOMPARE(text.status, 0);
    const QList<QByteArray> lines = text.out.split('\n');
    QCOMPARE(words(lines.value(0)), (QStringList{u"host"_s, want.value(u"host"_s).toString()}));
    QCOMPARE(words(lines.value(1)), (QStringList{u"service"_s, want.value(u"service"_s).toString()}));
}

// ---------------------------------------------------------------------------------- exit status

void TestCliLookup::exitStatus_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");

    const auto row = [](const char* name, QStringList args, int status) {
        QTest::newRow(name) << args << status;
    };
    row("hosts", {u"hosts"_s}, 0);
    row("hosts --help", {u"hosts"_s, u"--help"_s}, 0);
    row("hosts extra", {u"hosts"_s, u"localhost"_s}, 2);
    row("hosts unknown option", {u"hosts"_s, u"--all"_s}, 2);
    row("protocols --json", {u"protocols"_s, u"--json"_s}, 0);
    row("services bad --proto", {u"services"_s, u"--proto"_s, u"sctp"_s}, 2);
    row("services --proto no value", {u"services"_s, u"--proto"_s}, 2);
    row("protocol found", {u"protocol"_s, u"tcp"_s}, 0);
    row("protocol missing", {u"protocol"_s}, 2);
    row("protocol two", {u"protocol"_s, u"tcp"_s, u"udp"_s}, 2);
    row("protocol not found", {u"protocol"_s, u"no-such-protocol"_s}, 1);
    row("protocol 256", {u"protocol"_s, u"256"_s}, 1);
    row("protocol -1", {u"protocol"_s, u"-1"_s}, 1);
    row("service found", {u"service"_s, u"http"_s}, 0);
    row("service not found", {u"service"_s, u"no-such-service"_s}, 1);
    row("service 65536", {u"service"_s, u"65536"_s}, 1);
    row("service bad --proto", {u"service"_s, u"http"_s, u"--proto"_s, u"ddp"_s}, 2);
    row("host found", {u"host"_s, u"localhost"_s}, 0);
    row("host nothing", {u"host"_s}, 2);
    row("host name and --address", {u"host"_s, u"localhost"_s, u"--address"_s, u"127.0.0.1"_s}, 2);
    row("host --family unspec", {u"host"_s, u"localhost"_s, u"--family"_s, u"unspec"_s}, 2);
    row("host --address --stayopen", {u"host"_s, u"--address"_s, u"127.0.0.1"_s, u"--stayopen"_s}, 2);
    row("host bad address", {u"host"_s, u"--address"_s, u"999.1.1.1"_s}, 1);
    row("resolve found", {u"resolve"_s, u"127.0.0.1"_s, u"80"_s}, 0);
    row("resolve NULL node passive", {u"resolve"_s, u"-"_s, u"80"_s, u"--flags"_s, u"passive"_s}, 0);
    row("resolve failed", {u"resolve"_s, u"127.0.0.1"_s, u"no-such-service"_s}, 1);
    row("resolve nothing", {u"resolve"_s}, 2);
    row("resolve three", {u"resolve"_s, u"a"_s, u"b"_s, u"c"_s}, 2);
    row("resolve bad --family", {u"resolve"_s, u"127.0.0.1"_s, u"--family"_s, u"ipx"_s}, 2);
    row("resolve bad --socktype", {u"resolve"_s, u"127.0.0.1"_s, u"--socktype"_s, u"seqpacket"_s}, 2);
    row("resolve --flags no value", {u"resolve"_s, u"127.0.0.1"_s, u"--flags"_s}, 2);
    row("resolve unknown option", {u"resolve"_s, u"127.0.0.1"_s, u"--hints"_s, u"x"_s}, 2);
    row("nameinfo found", {u"nameinfo"_s, u"127.0.0.1"_s, u"80"_s}, 0);
    row("nameinfo no port", {u"nameinfo"_s, u"127.0.0.1"_s}, 2);
    row("nameinfo three", {u"nameinfo"_s, u"127.0.0.1"_s, u"80"_s, u"x"_s}, 2);
    row("nameinfo port 65536", {u"nameinfo"_s, u"127.0.0.1"_s, u"65536"_s}, 1);
    row("nameinfo port -1", {u"nameinfo"_s, u"127.0.0.1"_s, u"-1"_s}, 1);
    row("nameinfo not an address", {u"nameinfo"_s, u"localhost"_s, u"80"_s}, 1);
}

void TestCliLookup::exitStatus()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    const Run r = cli(args);
    QCOMPARE(r.status, status);
    if (status == 2) {
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY(r.err.startsWith(QByteArray("sockscope-cli " + args.first().toUtf8() + ": ")));
        QVERIFY(r.err.contains(QByteArray("Usage: sockscope-cli " + args.first().toUtf8())));
    } else if (status == 1) {
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith(QByteArray("sockscope-cli " + args.first().toUtf8() + ": ")));
        QVERIFY2(r.err.trimmed().endsWith(']'), r.err.constData()); // the symbol in brackets
    } else {
        QVERIFY(!r.out.isEmpty());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
}

void TestCliLookup::unknownFlagWords_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("allowed");
    const QString ai = u"passive,canonname,numerichost,numericserv,v4mapped,all,addrconfig"_s;
    const QString ni = u"numerichost,numericserv,namereqd,nofqdn,dgram"_s;
    QTest::newRow("resolve frob") << QStringList{u"resolve"_s, u"127.0.0.1"_s, u"--flags"_s, u"passive,frob"_s}
                                  << u"frob"_s << ai;
    QTest::newRow("resolve NI word") << QStringList{u"resolve"_s, u"127.0.0.1"_s, u"--flags"_s, u"namereqd"_s}
                                     << u"namereqd"_s << ai;
    QTest::newRow("resolve upper case")
        << QStringList{u"resolve"_s, u"127.0.0.1"_s, u"--flags"_s, u"Passive"_s} << u"Passive"_s << ai;
    QTest::newRow("nameinfo AI word")
        << QStringList{u"nameinfo"_s, u"127.0.0.1"_s, u"80"_s, u"--flags"_s, u"numerichost,canonname"_s}
        << u"canonname"_s << ni;
}

void TestCliLookup::unknownFlagWords()
{
    QFETCH(QStringList, args);
    QFETCH(QString, word);
    QFETCH(QString, allowed);
    for (const bool json : {false, true}) {
        const Run r = cli(json ? args + QStringList{u"--json"_s} : args);
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u"“"_s + word + u"”"_s), qPrintable(err));
        QVERIFY2(err.contains(allowed), qPrintable(err));
    }
}

// ------------------------------------------------------------------------------ with a DNS server

void TestCliLookup::dnsResolve_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QStringList>("addresses"); // which must be among the answers
    QTest::newRow("unspec") << u"unspec"_s << QStringList{u"192.0.2.10"_s, u"2001:db8::10"_s};
    QTest::newRow("inet") << u"inet"_s << QStringList{u"192.0.2.10"_s};
    QTest::newRow("inet6") << u"inet6"_s << QStringList{u"2001:db8::10"_s};
}

void TestCliLookup::dnsResolve()
{
    if (!dnsAvailable())
        QSKIP("needs the test DNS server: run under tests/netns/with-test-dns.sh (ctest: tst_cli_lookup_dns)");
    QFETCH(QString, family);
    QFETCH(QStringList, addresses);
    const QJsonDocument want = python(resolveScript, {u"ok.sockscope.test"_s, u"80"_s,
                                                      QString::number(familyNumber(family)),
                                                      QString::number(SOCK_STREAM), u"0"_s, u"0"_s});
    QVERIFY2(want.isArray(), want.toJson().constData());
    const Run r = cli({u"resolve"_s, u"ok.sockscope.test"_s, u"80"_s, u"--family"_s, family, u"--socktype"_s,
                       u"stream"_s, u"--json"_s});
    QCOMPARE(r.status, 0);
    const QJsonArray got = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(got, want.array()); // same entries, same order as python's getaddrinfo
    QStringList seen;
    for (const QJsonValue& e : got)
        seen.append(e.toObject().value(u"address"_s).toString());
    for (const QString& a : addresses)
        QVERIFY2(seen.contains(a), qPrintable(seen.join(u' ')));
    QCOMPARE(seen.size(), addresses.size());
}

void TestCliLookup::dnsCanonname()
{
    if (!dnsAvailable())
        QSKIP("needs the test DNS server: run under tests/netns/with-test-dns.sh (ctest: tst_cli_lookup_dns)");
    const QJsonDocument want = python(resolveScript, {u"alias.sockscope.test"_s, u"-"_s, u"0"_s,
                                                      QString::number(SOCK_STREAM), u"0"_s,
                                                      QString::number(AI_CANONNAME)});
    const Run r = cli({u"resolve"_s, u"alias.sockscope.test"_s, u"--socktype"_s, u"stream"_s, u"--flags"_s,
                       u"canonname"_s, u"--json"_s});
    QCOMPARE(r.status, 0);
    const QJsonArray got = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(got, want.array());
    QVERIFY(!got.isEmpty());
    // The CNAME's target is the canonical name, on the first addrinfo only.
    QCOMPARE(got.first().toObject().value(u"canonname"_s).toString(), u"ok.sockscope.test"_s);
    for (qsizetype i = 1; i < got.size(); ++i)
        QVERIFY(!got[i].toObject().contains(u"canonname"_s));
}

void TestCliLookup::dnsNxdomain()
{
    if (!dnsAvailable())
        QSKIP("needs the test DNS server: run under tests/netns/with-test-dns.sh (ctest: tst_cli_lookup_dns)");
    const QJsonDocument want = python(resolveScript, {u"nx.sockscope.test"_s, u"80"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s});
    QCOMPARE(want.object().value(u"code"_s).toString(), u"EAI_NONAME"_s);
    const Run r = cli({u"resolve"_s, u"nx.sockscope.test"_s, u"80"_s, u"--json"_s});
    QCOMPARE(r.status, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"code"_s).toString(), u"EAI_NONAME"_s);
    QVERIFY(o.value(u"error"_s).toString().contains(u"No such host or service"_s));
    QVERIFY(o.value(u"error"_s).toString().contains(u"nx.sockscope.test"_s));

    const Run text = cli({u"resolve"_s, u"nx.sockscope.test"_s, u"80"_s});
    QCOMPARE(text.status, 1);
    QVERIFY(text.err.contains("EAI_NONAME"));
}

void TestCliLookup::dnsDroppedQuery()
{
    if (!dnsAvailable())
        QSKIP("needs the test DNS server: run under tests/netns/with-test-dns.sh (ctest: tst_cli_lookup_dns)");
    // resolv.conf there says timeout:1 attempts:1: the dropped query ends in about a second or two.
    const Run r = run(cli_, {u"resolve"_s, u"x.drop.sockscope.test"_s, u"80"_s, u"--json"_s}, 15000);
    QCOMPARE(r.status, 1);
    QVERIFY2(r.ms < 10000, qPrintable(u"took %1 ms"_s.arg(r.ms)));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"code"_s).toString(), u"EAI_AGAIN"_s);
    QVERIFY(o.value(u"error"_s).toString().contains(u"did not answer in time; try again"_s));

    const Run legacy = run(cli_, {u"host"_s, u"x.drop.sockscope.test"_s, u"--json"_s}, 15000);
    QCOMPARE(legacy.status, 1);
    QVERIFY2(legacy.ms < 10000, qPrintable(u"took %1 ms"_s.arg(legacy.ms)));
    QCOMPARE(QJsonDocument::fromJson(legacy.out).object().value(u"code"_s).toString(), u"TRY_AGAIN"_s);
}

void TestCliLookup::dnsLegacyHost()
{
    if (!dnsAvailable())
        QSKIP("needs the test DNS server: run under tests/netns/with-test-dns.sh (ctest: tst_cli_lookup_dns)");
    for (const QString& family : {u"inet"_s, u"inet6"_s}) {
        const Run r = cli({u"host"_s, u"ok.sockscope.test"_s, u"--family"_s, family, u"--json"_s});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const bool v6 = family == u"inet6"_s;
        QCOMPARE(o.value(u"name"_s).toString(), u"ok.sockscope.test"_s);
        QCOMPARE(o.value(u"addrtype"_s).toString(), v6 ? u"AF_INET6"_s : u"AF_INET"_s);
        QCOMPARE(o.value(u"length"_s).toInt(), v6 ? 16 : 4);
        QCOMPARE(strings(o.value(u"addresses"_s)), QStringList{v6 ? u"2001:db8::10"_s : u"192.0.2.10"_s});
    }
    const QJsonObject want = python(hostScript, {u"name"_s, u"alias.sockscope.test"_s}).object();
    const Run alias = cli({u"host"_s, u"alias.sockscope.test"_s, u"--json"_s});
    QCOMPARE(alias.status, 0);
    const QJsonObject got = QJsonDocument::fromJson(alias.out).object();
    QCOMPARE(got.value(u"name"_s).toString(), want.value(u"name"_s).toString());
    QCOMPARE(strings(got.value(u"aliases"_s)), strings(want.value(u"aliases"_s)));
    QCOMPARE(strings(got.value(u"addresses"_s)), strings(want.value(u"addresses"_s)));

    const Run nx = cli({u"host"_s, u"nx.sockscope.test"_s, u"--json"_s});
    QCOMPARE(nx.status, 1);
    QCOMPARE(QJsonDocument::fromJson(nx.out).object().value(u"code"_s).toString(), u"HOST_NOT_FOUND"_s);
}

void TestCliLookup::dnsNameInfo()
{
    if (!dnsAvailable())
        QSKIP("needs the test DNS server: run under tests/netns/with-test-dns.sh (ctest: tst_cli_lookup_dns)");
    const QJsonObject want =
        python(nameInfoScript, {u"192.0.2.10"_s, u"80"_s, QString::number(NI_NAMEREQD)}).object();
    const Run r = cli({u"nameinfo"_s, u"192.0.2.10"_s, u"80"_s, u"--flags"_s, u"namereqd"_s, u"--json"_s});
    QCOMPARE(r.status, want.contains(u"code"_s) ? 1 : 0);
    const QJsonObject got = QJsonDocument::fromJson(r.out).object();
    if (want.contains(u"code"_s))
        QCOMPARE(got.value(u"code"_s), want.value(u"code"_s));
    else
        QCOMPARE(got, want);
}

void TestCliLookup::dnsStayOpenUsesUdp()
{
    if (!dnsAvailable())
        QSKIP("needs the test DNS server: run under tests/netns/with-test-dns.sh (ctest: tst_cli_lookup_dns)");
    const QString strace = QStandardPaths::findExecutable(u"strace"_s);
    QVERIFY2(!strace.isEmpty(), "strace is needed (scripts/common.sh installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(u"strace.log"_s);
    // LeakSanitizer cannot run under ptrace: an asan build's leak check is off for this one run.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString asan = env.value(u"ASAN_OPTIONS"_s);
    env.insert(u"ASAN_OPTIONS"_s, (asan.isEmpty() ? QString() : asan + u':') + u"detect_leaks=0"_s);
    const Run r = run(strace, {u"-f"_s, u"-e"_s, u"trace=socket,connect"_s, u"-o"_s, log, cli_, u"host"_s,
                               u"ok.sockscope.test"_s, u"--stayopen"_s, u"--json"_s},
                      30000, env);
    QVERIFY2(r.status == 0, r.err.constData());
    QCOMPARE(strings(QJsonDocument::fromJson(r.out).object().value(u"addresses"_s)), QStringList{u"192.0.2.10"_s});

    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    // "PID socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 5"
    // "PID connect(5, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.1")}, 16) = 0"
    const QRegularExpression socketLine(u"^(\\d+)\\s+socket\\(AF_INET6?, (SOCK_[A-Z]+)[^)]*\\)\\s*=\\s*(\\d+)"_s);
    const QRegularExpression connectLine(u"^(\\d+)\\s+connect\\((\\d+), .*sin6?_port=htons\\(53\\)"_s);
    QHash<QString, QString> typeOf; // "pid/fd" -> SOCK_DGRAM or SOCK_STREAM
    int udp = 0;
    int tcp = 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw);
        if (const auto m = socketLine.match(line); m.hasMatch())
            typeOf.insert(m.captured(1) + u'/' + m.captured(3), m.captured(2));
        if (const auto m = connectLine.match(line); m.hasMatch()) {
            const QString type = typeOf.value(m.captured(1) + u'/' + m.captured(2));
            udp += type == u"SOCK_DGRAM"_s;
            tcp += type == u"SOCK_STREAM"_s;
        }
    }
    QVERIFY2(udp > 0, "no UDP connect to port 53 in the strace log: the lookup did not reach the test DNS server, "
                      "so the stayopen behaviour was not observed");
    QVERIFY2(tcp == 0,
             "sethostent(1) made this C library query DNS over TCP (a SOCK_STREAM socket connected to port 53). "
             "On glibc 2.36, as observed when this test was written, stayopen leaves DNS on UDP: the chapter's claim "
             "comes from 4.3BSD's resolver, whose sethostent(1) set RES_STAYOPEN|RES_USEVC. If this C library does "
             "use TCP now, the claim holds here: update this test and the note the GUI shows.");
}

QTEST_GUILESS_MAIN(TestCliLookup)
#include "tst_cli_lookup.moc"
