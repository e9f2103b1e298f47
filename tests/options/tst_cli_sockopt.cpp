// sockscope-cli sockopt: the defaults of a fresh socket of each kind, compared with python3's
// socket.getsockopt on a fresh socket of the same kind; and the usage errors (exit status 2).

#include "ProcessRun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// argv: family, socktype, then JSON [[level, number, type], …]; prints each value as the CLI encodes it.
const char* const defaultsScript = R"PY(
import json, socket, struct, sys
fam = {'inet': socket.AF_INET, 'inet6': socket.AF_INET6, 'unix': socket.AF_UNIX}[sys.argv[1]]
typ = {'stream': socket.SOCK_STREAM, 'dgram': socket.SOCK_DGRAM}[sys.argv[2]]
levels = {'SOL_SOCKET': socket.SOL_SOCKET, 'IPPROTO_TCP': socket.IPPROTO_TCP,
          'IPPROTO_IP': socket.IPPROTO_IP, 'IPPROTO_IPV6': socket.IPPROTO_IPV6}
s = socket.socket(fam, typ)
out = []
for level, number, kind in json.loads(sys.argv[3]):
    lv = levels[level]
    if kind in ('int', 'bool'):
        v = s.getsockopt(lv, number)
    elif kind == 'struct linger':
        onoff, linger = struct.unpack('ii', s.getsockopt(lv, number, 8))
        v = {'onoff': onoff, 'linger': linger}
    elif kind == 'struct timeval':
        sec, usec = struct.unpack('ll', s.getsockopt(lv, number, struct.calcsize('ll')))
        v = {'sec': sec, 'usec': usec}
    elif kind == 'string':
        v = s.getsockopt(lv, number, 64).split(b'\0')[0].decode()
    else:  # struct tcp_info: its first byte is the state
        v = {'state': s.getsockopt(lv, number, 256)[0]}
    out.append(v)
print(json.dumps(out))
)PY";

} // namespace

class TestCliSockopt : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultsMatchPython_data();
    void defaultsMatchPython();
    void listText();
    void usageErrors_data();
    void usageErrors();

private:
    using Run = sockscope::testing::ProcessRun;
    static Run run(const QString& program, const QStringList& args) { return sockscope::testing::runProcess(program, args); }
    QString cli_;
    QString python_;
};

void TestCliSockopt::initTestCase()
{
    cli_ = qEnvironmentVariable("SOCKSCOPE_CLI");
    QVERIFY2(QFileInfo(cli_).isExecutable(), "SOCKSCOPE_CLI must name the sockscope-cli executable (ctest sets it)");
    python_ = QStandardPaths::findExecutable(u"python3"_s);
    QVERIFY2(!python_.isEmpty(), "python3 is needed to compare with its socket module");
}

void TestCliSockopt::defaultsMatchPython_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("socktype");
    for (const char* f : {"inet", "inet6", "unix"})
        for (const char* t : {"stream", "dgram"})
            QTest::addRow("%s %s", f, t) << QString::fromLatin1(f) << QString::fromLatin1(t);
}

void TestCliSockopt::defaultsMatchPython()
{
    QFETCH(QString, family);
    QFETCH(QString, socktype);
    const QStringList kind{u"--family"_s, family, u"--socktype"_s, socktype, u"--json"_s};

    // The catalogue for this kind gives each option's number, so python needs no symbol table.
    const Run list = run(cli_, QStringList{u"sockopt"_s, u"list"_s} + kind);
    QCOMPARE(list.status, 0);
    QHash<QString, int> numbers;
    for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array())
        if (v[u"available"_s].toBool())
            numbers.insert(v[u"name"_s].toString(), v[u"number"_s].toInt());

    const Run defaults = run(cli_, QStringList{u"sockopt"_s, u"defaults"_s} + kind);
    QCOMPARE(defaults.status, 0);
    QVERIFY2(defaults.err.isEmpty(), defaults.err.constData());
    const QJsonArray ours = QJsonDocument::fromJson(defaults.out).array();
    QCOMPARE(ours.size(), numbers.size()); // every applicable option, nothing else

    QJsonArray query;
    for (const QJsonValue& v : ours) {
        const QString name = v[u"name"_s].toString();
        QVERIFY2(numbers.contains(name), qPrintable(name));
        query.append(QJsonArray{v[u"level"_s].toString(), numbers.value(name), v[u"type"_s].toString()});
    }
    const Run py = run(python_, QStringList{u"-c"_s, QString::fromUtf8(defaultsScript), family, socktype,
                                            QString::fromUtf8(QJsonDocument(query).toJson(QJsonDocument::Compact))});
    QVERIFY2(py.status == 0, py.err.constData());
    const QJsonArray theirs = QJsonDocument::fromJson(py.out).array();
    QCOMPARE(theirs.size(), ours.size());
    for (qsizetype i = 0; i < ours.size(); ++i) {
        const QString name = ours[i][u"name"_s].toString();
        QJsonValue value = ours[i][u"value"_s];
        if (name == u"TCP_INFO"_s)
            value = QJsonObject{{u"state"_s, value[u"state"_s]}};
        QVERIFY2(value == theirs[i], qPrintable(u"%1: sockscope-cli %2, python3 %3"_s.arg(
                                        name, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson()),
                                        QString::fromUtf8(QJsonDocument(QJsonArray{theirs[i]}).toJson()))));
    }
}

void TestCliSockopt::listText()
{
    const Run r = run(cli_, {u"sockopt"_s, u"list"_s});
    QCOMPARE(r.status, 0);
    for (const char* name : {"SO_REUSEADDR", "TCP_NODELAY", "IPV6_V6ONLY", "IP_TTL", "TCP_INFO"})
        QVERIFY2(r.out.contains(name), name);
}

void TestCliSockopt::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList{u"sockopt"_s};
    QTest::newRow("unknown action") << QStringList{u"sockopt"_s, u"set"_s};
    QTest::newRow("two actions") << QStringList{u"sockopt"_s, u"list"_s, u"defaults"_s};
    QTest::newRow("defaults without kind") << QStringList{u"sockopt"_s, u"defaults"_s};
    QTest::newRow("defaults without socktype") << QStringList{u"sockopt"_s, u"defaults"_s, u"--family"_s, u"inet"_s};
    QTest::newRow("unknown family") << QStringList{u"sockopt"_s, u"defaults"_s, u"--family"_s, u"ipx"_s,
                                                   u"--socktype"_s, u"stream"_s};
    QTest::newRow("raw socktype") << QStringList{u"sockopt"_s, u"defaults"_s, u"--family"_s, u"inet"_s,
                                                 u"--socktype"_s, u"raw"_s};
    QTest::newRow("unknown option") << QStringList{u"sockopt"_s, u"list"_s, u"--bogus"_s};
    QTest::newRow("missing value") << QStringList{u"sockopt"_s, u"list"_s, u"--family"_s};
}

void TestCliSockopt::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = run(cli_, args);
    QCOMPARE(r.status, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("Usage: sockscope-cli"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSockopt)
#include "tst_cli_sockopt.moc"
