// Runs the built sockscope-cli (path in $SOCKSCOPE_CLI) and compares its answers with python3's
// socket module on the same inputs: validity, bytes (hex), canonical text, byte order, sockaddr
// layouts; and the exit status (0 valid, 1 invalid, 2 usage error) of shared/CLI.md. No DNS.

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

// inet_pton for each input as the CLI's --family asks (argv[1]), then inet_ntop.
const char* const addrScript = R"PY(
import errno, json, socket, sys
families = {'auto': [socket.AF_INET, socket.AF_INET6], 'inet': [socket.AF_INET],
            'inet6': [socket.AF_INET6], 'unix': [socket.AF_UNIX]}[sys.argv[1]]
out = []
for text in sys.argv[2:]:
    res = {'input': text, 'valid': False}
    for f in families:
        try:
            b = socket.inet_pton(f, text)
        except OSError as e:
            # inet_pton returning 0 raises with no errno; -1 raises with the errno.
            res['errno'] = errno.errorcode.get(e.errno, '') if e.errno else ''
            continue
        res = {'input': text, 'valid': True, 'family': 'AF_INET' if f == socket.AF_INET else 'AF_INET6',
               'hex': b.hex(), 'ntop': socket.inet_ntop(f, b)}
        break
    out.append(res)
print(json.dumps(out))
)PY";

// htonl/htons (argv[1] bits) on each value, and the bytes as they lie in memory before and after.
const char* const orderScript = R"PY(
import json, socket, struct, sys
bits = int(sys.argv[1])
fmt, swap = ('=H', socket.htons) if bits == 16 else ('=I', socket.htonl)
out = []
for text in sys.argv[2:]:
    v = int(text, 16) if text.lower().startswith('0x') else int(text, 10)
    n = swap(v)
    assert struct.pack(fmt, n) == struct.pack('!' + fmt[1], v)
    out.append({'input': text, 'value': v, 'host_hex': struct.pack(fmt, v).hex(),
                'network_hex': struct.pack(fmt, n).hex(), 'network_value': n,
                'byteorder': sys.byteorder})
print(json.dumps(out))
)PY";

// The bytes of sockaddr_in / sockaddr_in6 / sockaddr_un as Linux lays them out, built with struct.
const char* const layoutScript = R"PY(
import json, socket, struct, sys
kind, addr, port, flow = sys.argv[1], sys.argv[2], int(sys.argv[3], 0), int(sys.argv[4], 0)
if kind == 'in':
    b = (struct.pack('=H', socket.AF_INET) + struct.pack('!H', port)
         + socket.inet_pton(socket.AF_INET, addr) + bytes(8))
    socklen = len(b)
elif kind == 'in6':
    host, _, scope = addr.partition('%')
    sid = (int(scope) if scope.isdigit() else socket.if_nametoindex(scope)) if scope else 0
    b = (struct.pack('=H', socket.AF_INET6) + struct.pack('!HI', port, flow)
         + socket.inet_pton(socket.AF_INET6, host) + struct.pack('=I', sid))
    socklen = len(b)
else:
    if addr.startswith('@'):
        path = b'\0' + addr[1:].encode()
        socklen = 2 + len(path)
    else:
        path = addr.encode()
        socklen = 2 + len(path) + 1
    b = struct.pack('=H', socket.AF_UNIX) + path.ljust(108, b'\0')
print(json.dumps({'hex': b.hex(), 'size': len(b), 'socklen': socklen}))
)PY";

QString longPath(qsizetype length)
{
    return u"/tmp/"_s + QString(length - 5, u'a');
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void addr_data();
    void addr();
    void addrSeveral();
    void addrText();
    void exitStatus_data();
    void exitStatus();
    void order_data();
    void order();
    void orderErrors_data();
    void orderErrors();
    void orderText();
    void layout_data();
    void layout();
    void layoutErrors_data();
    void layoutErrors();
    void layoutText();
    void journal();

private:
    using Run = sockscope::testing::ProcessRun;
    Run cli(const QStringList& args) const;
    QJsonDocument python(const char* script, const QStringList& args) const;

    QString cli_;
    QString python_;
};

void TestCli::initTestCase()
{
    cli_ = qEnvironmentVariable("SOCKSCOPE_CLI");
    QVERIFY2(!cli_.isEmpty(), "SOCKSCOPE_CLI must name the sockscope-cli executable (ctest sets it)");
    QVERIFY2(QFileInfo(cli_).isExecutable(), qPrintable(u"not executable: "_s + cli_));
    python_ = QStandardPaths::findExecutable(u"python3"_s);
    if (python_.isEmpty() && QFileInfo(u"/usr/bin/python3"_s).isExecutable())
        python_ = u"/usr/bin/python3"_s;
    QVERIFY2(!python_.isEmpty(), "python3 is needed to compare with its socket module");
}

TestCli::Run TestCli::cli(const QStringList& args) const
{
    return sockscope::testing::runProcess(cli_, args);
}

QJsonDocument TestCli::python(const char* script, const QStringList& args) const
{
    QProcess p;
    p.start(python_, QStringList{u"-c"_s, QString::fromUtf8(script)} + args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << "python3 failed:" << p.readAllStandardError();
        return {};
    }
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "python3 printed no JSON:" << e.errorString();
    return doc;
}

// ---------------------------------------------------------------------------------------- addr

void TestCli::addr_data()
{
    QTest::addColumn<QString>("family"); // the --family argument
    QTest::addColumn<QString>("input");

    const QString a = u"auto"_s;
    QTest::newRow("127.0.0.1") << a << u"127.0.0.1"_s;
    QTest::newRow("255.255.255.255") << a << u"255.255.255.255"_s;
    QTest::newRow("leading zero 192.0.2.01") << a << u"192.0.2.01"_s;
    QTest::newRow("part > 255 192.0.2.256") << a << u"192.0.2.256"_s;
    QTest::newRow("shorthand 127.1") << a << u"127.1"_s;
    QTest::newRow("hex part 0x7f.1") << a << u"0x7f.1"_s;
    QTest::newRow("octal-looking 192.0.2.010") << a << u"192.0.2.010"_s;
    QTest::newRow("five parts 1.2.3.4.5") << a << u"1.2.3.4.5"_s;
    QTest::newRow("trailing newline") << a << u"1.2.3.4\n"_s;
    QTest::newRow("trailing space") << a << u"1.2.3.4 "_s;
    QTest::newRow("empty") << a << QString();
    QTest::newRow("::1") << a << u"::1"_s;
    QTest::newRow("::") << a << u"::"_s;
    QTest::newRow("five hex digits ::00001") << a << u"::00001"_s;
    QTest::newRow("two :: 5::5::") << a << u"5::5::"_s;
    QTest::newRow("v4-mapped") << a << u"::ffff:127.0.0.1"_s;
    QTest::newRow("upper case F::") << a << u"F::"_s;
    QTest::newRow("upper case 2001:DB8::1") << a << u"2001:DB8::1"_s;
    QTest::newRow("zeros compressed") << a << u"2001:0db8:0000:0000:0000:0000:0000:0001"_s;
    QTest::newRow("one zero group") << a << u"1:0:2:3:4:5:6:7"_s;
    QTest::newRow("zone fe80::1%lo") << a << u"fe80::1%lo"_s;
    QTest::newRow("non-ASCII") << a << u"１２７.0.0.1"_s;
    QTest::newRow("inet 127.0.0.1") << u"inet"_s << u"127.0.0.1"_s;
    QTest::newRow("inet ::1") << u"inet"_s << u"::1"_s;
    QTest::newRow("inet6 ::1") << u"inet6"_s << u"::1"_s;
    QTest::newRow("inet6 127.0.0.1") << u"inet6"_s << u"127.0.0.1"_s;
    QTest::newRow("inet6 ::ffff:1.2.3.4") << u"inet6"_s << u"::ffff:1.2.3.4"_s;
    QTest::newRow("unix: EAFNOSUPPORT") << u"unix"_s << u"127.0.0.1"_s;
}

void TestCli::addr()
{
    QFETCH(QString, family);
    QFETCH(QString, input);

    const QJsonArray expected = python(addrScript, {family, input}).array();
    QCOMPARE(expected.size(), 1);
    const QJsonObject want = expected.first().toObject();

    // Every form of the command line gives the same answer.
    const Run run = cli({u"addr"_s, u"--family"_s, family, u"--json"_s, u"--"_s, input});
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    QVERIFY2(doc.isArray(), run.out.constData()); // a command about several inputs: always an array
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject got = doc.array().first().toObject();
    QCOMPARE(got.value(u"input"_s).toString(), input);

    if (want.value(u"valid"_s).toBool()) {
        QCOMPARE(run.status, 0);
        QVERIFY(!got.contains(u"error"_s));
        QCOMPARE(got.value(u"family"_s).toString(), want.value(u"family"_s).toString());
        QCOMPARE(got.value(u"hex"_s).toString(), want.value(u"hex"_s).toString());
        QCOMPARE(got.value(u"ntop"_s).toString(), want.value(u"ntop"_s).toString());
        QVERIFY(got.value(u"hex"_s).toString().size() == 8 || got.value(u"hex"_s).toString().size() == 32);
    } else {
        QCOMPARE(run.status, 1);
        QVERIFY(!got.contains(u"hex"_s));
        QVERIFY(!got.value(u"error"_s).toString().isEmpty());
        // rc -1 carries the real errno (EAFNOSUPPORT); rc 0 sets none and is reported as EINVAL.
        const QString pyErrno = want.value(u"errno"_s).toString();
        QCOMPARE(got.value(u"code"_s).toString(), pyErrno.isEmpty() ? u"EINVAL"_s : pyErrno);
    }
    if (input == u"fe80::1%lo"_s)
        QVERIFY(got.value(u"error"_s).toString().contains(u"zone"_s));

    // Text mode: the result on stdout, or plain words on stderr, same exit status.
    const Run text = cli({u"addr"_s, u"--family"_s, family, u"--"_s, input});
    QCOMPARE(text.status, run.status);
    if (run.status == 0) {
        QVERIFY(text.err.isEmpty());
        const QList<QByteArray> words = text.out.simplified().split(' ');
        QCOMPARE(words.size(), 4);
        QCOMPARE(QString::fromUtf8(words[1]), want.value(u"family"_s).toString());
        QCOMPARE(QString::fromUtf8(words[2]), want.value(u"hex"_s).toString());
        QCOMPARE(QString::fromUtf8(words[3]), want.value(u"ntop"_s).toString());
    } else {
        QVERIFY(text.out.isEmpty());
        QVERIFY(text.err.contains(got.value(u"code"_s).toString().toUtf8()));
        QVERIFY(!text.err.trimmed().contains('\n')); // one line: control characters are escaped
    }
}

void TestCli::addrSeveral()
{
    const QStringList inputs{u"127.0.0.1"_s, u"127.1"_s, u"::1"_s, u"5::5::"_s};
    const Run run = cli(QStringList{u"addr"_s} + inputs + QStringList{u"--json"_s});
    QCOMPARE(run.status, 1); // any invalid input: 1
    const QJsonArray got = QJsonDocument::fromJson(run.out).array();
    const QJsonArray want = python(addrScript, QStringList{u"auto"_s} + inputs).array();
    QCOMPARE(got.size(), inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject g = got[i].toObject();
        const QJsonObject w = want[i].toObject();
        QCOMPARE(g.value(u"input"_s).toString(), inputs[i]);
        QCOMPARE(!g.contains(u"error"_s), w.value(u"valid"_s).toBool());
        QCOMPARE(g.value(u"hex"_s).toString(), w.value(u"hex"_s).toString());
    }
    const Run ok = cli({u"addr"_s, u"127.0.0.1"_s, u"::1"_s, u"--json"_s});
    QCOMPARE(ok.status, 0); // every input valid: 0
    QCOMPARE(QJsonDocument::fromJson(ok.out).array().size(), 2);
}

void TestCli::addrText()
{
    const Run run = cli({u"addr"_s, u"127.0.0.1"_s, u"127.1"_s, u"::1"_s});
    QCOMPARE(run.status, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].simplified(), QByteArray("127.0.0.1 AF_INET 7f000001 127.0.0.1"));
    QCOMPARE(lines[1].simplified(), QByteArray("::1 AF_INET6 00000000000000000000000000000001 ::1"));
    QVERIFY(run.err.contains("127.1"));
    QVERIFY(run.err.contains("EINVAL"));
    QVERIFY(!run.err.contains("7f000001"));
}

// --------------------------------------------------------------------------------- exit status

void TestCli::exitStatus_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");

    QTest::newRow("no command") << QStringList{} << 2;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2;
    QTest::newRow("unknown top option") << QStringList{u"--frobnicate"_s} << 2;
    QTest::newRow("top --help") << QStringList{u"--help"_s} << 0;
    QTest::newRow("top -h") << QStringList{u"-h"_s} << 0;
    QTest::newRow("top --version") << QStringList{u"--version"_s} << 0;
    QTest::newRow("help addr") << QStringList{u"help"_s, u"addr"_s} << 0;
    QTest::newRow("help unknown") << QStringList{u"help"_s, u"frobnicate"_s} << 2;
    QTest::newRow("addr --help") << QStringList{u"addr"_s, u"--help"_s} << 0;
    QTest::newRow("addr --version") << QStringList{u"addr"_s, u"--version"_s} << 0;
    QTest::newRow("order -h") << QStringList{u"order"_s, u"-h"_s} << 0;
    QTest::newRow("layout --help") << QStringList{u"layout"_s, u"--help"_s} << 0;
    QTest::newRow("addr no input") << QStringList{u"addr"_s} << 2;
    QTest::newRow("addr --json no input") << QStringList{u"addr"_s, u"--json"_s} << 2;
    QTest::newRow("addr unknown option") << QStringList{u"addr"_s, u"--frobnicate"_s, u"1.2.3.4"_s} << 2;
    QTest::newRow("addr unknown short option") << QStringList{u"addr"_s, u"-x"_s, u"1.2.3.4"_s} << 2;
    QTest::newRow("addr bad family") << QStringList{u"addr"_s, u"--family"_s, u"ipx"_s, u"1.2.3.4"_s} << 2;
    QTest::newRow("addr --family no value") << QStringList{u"addr"_s, u"1.2.3.4"_s, u"--family"_s} << 2;
    QTest::newRow("addr --json=1") << QStringList{u"addr"_s, u"--json=1"_s, u"1.2.3.4"_s} << 2;
    QTest::newRow("addr valid") << QStringList{u"addr"_s, u"127.0.0.1"_s} << 0;
    QTest::newRow("addr invalid") << QStringList{u"addr"_s, u"127.1"_s} << 1;
    QTest::newRow("addr unix") << QStringList{u"addr"_s, u"--family"_s, u"unix"_s, u"/tmp/x"_s} << 1;
    QTest::newRow("order no value") << QStringList{u"order"_s} << 2;
    QTest::newRow("order --bits 8") << QStringList{u"order"_s, u"--bits"_s, u"8"_s, u"1"_s} << 2;
    QTest::newRow("order --bits 64") << QStringList{u"order"_s, u"--bits=64"_s, u"1"_s} << 2;
    QTest::newRow("order --bits missing") << QStringList{u"order"_s, u"1"_s, u"--bits"_s} << 2;
    QTest::newRow("order --bits -1") << QStringList{u"order"_s, u"--bits"_s, u"-1"_s, u"1"_s} << 2;
    QTest::newRow("order unknown option") << QStringList{u"order"_s, u"--wide"_s, u"1"_s} << 2;
    QTest::newRow("order valid") << QStringList{u"order"_s, u"0x12345678"_s} << 0;
    QTest::newRow("order out of range") << QStringList{u"order"_s, u"--bits"_s, u"16"_s, u"65536"_s} << 1;
    QTest::newRow("order negative") << QStringList{u"order"_s, u"-1"_s} << 1;
    QTest::newRow("layout nothing") << QStringList{u"layout"_s} << 2;
    QTest::newRow("layout no address") << QStringList{u"layout"_s, u"in"_s} << 2;
    QTest::newRow("layout unknown struct") << QStringList{u"layout"_s, u"ipx"_s, u"1.2.3.4"_s} << 2;
    QTest::newRow("layout un with port") << QStringList{u"layout"_s, u"un"_s, u"/tmp/x.sock"_s, u"80"_s} << 2;
    QTest::newRow("layout in extra") << QStringList{u"layout"_s, u"in"_s, u"1.2.3.4"_s, u"80"_s, u"x"_s} << 2;
    QTest::newRow("layout in --flowinfo")
        << QStringList{u"layout"_s, u"in"_s, u"1.2.3.4"_s, u"--flowinfo"_s, u"1"_s} << 2;
    QTest::newRow("layout valid") << QStringList{u"layout"_s, u"in"_s, u"127.0.0.1"_s, u"8080"_s} << 0;
    QTest::newRow("layout bad port") << QStringList{u"layout"_s, u"in"_s, u"127.0.0.1"_s, u"65536"_s} << 1;
    QTest::newRow("layout bad address") << QStringList{u"layout"_s, u"in6"_s, u"127.0.0.1"_s} << 1;
}

void TestCli::exitStatus()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);

    const Run run = cli(args);
    QCOMPARE(run.status, status);
    if (status == 2) {
        QVERIFY2(run.out.isEmpty(), run.out.constData()); // usage errors: nothing on stdout
        QVERIFY(run.err.startsWith("sockscope-cli"));
        QVERIFY(run.err.contains("Usage: sockscope-cli"));
    } else if (status == 1) {
        QVERIFY(!run.err.isEmpty()); // plain words on stderr
    } else {
        QVERIFY(!run.out.isEmpty());
        QVERIFY(run.err.isEmpty());
    }
    const bool help = args.contains(u"--help"_s) || args.contains(u"-h"_s) || args.value(0) == u"help"_s;
    if (help && status == 0) {
        const QString command = args.value(0) == u"help"_s ? args.value(1) : args.value(0);
        if (command.startsWith(u'-'))
            QVERIFY(run.out.startsWith("sockscope-cli: ") && run.out.contains("Commands:"));
        else
            QVERIFY2(
                run.out.startsWith(QByteArray(QByteArray("Usage: sockscope-cli ") + command.toUtf8() + ' ')),
                run.out.constData());
    }
    if (args.contains(u"--version"_s))
        QVERIFY(run.out.startsWith("sockscope-cli "));
}

// ---------------------------------------------------------------------------------------- order

void TestCli::order_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("input");

    for (const int bits : {32, 16}) {
        QTest::addRow("%d 0", bits) << bits << u"0"_s;
        QTest::addRow("%d 1", bits) << bits << u"1"_s;
        QTest::addRow("%d 0x1234", bits) << bits << u"0x1234"_s;
        QTest::addRow("%d 65535", bits) << bits << u"65535"_s;
        QTest::addRow("%d 0xFF00", bits) << bits << u"0xFF00"_s;
    }
    QTest::newRow("32 0x12345678") << 32 << u"0x12345678"_s;
    QTest::newRow("32 65536") << 32 << u"65536"_s;
    QTest::newRow("32 4294967295") << 32 << u"4294967295"_s;
    QTest::newRow("32 0xffffffff") << 32 << u"0xffffffff"_s;
}

void TestCli::order()
{
    QFETCH(int, bits);
    QFETCH(QString, input);

    const QJsonObject want = python(orderScript, {QString::number(bits), input}).array().first().toObject();
    const Run run = cli({u"order"_s, u"--bits"_s, QString::number(bits), u"--json"_s, input});
    QCOMPARE(run.status, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    QVERIFY2(doc.isArray(), run.out.constData());
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject got = doc.array().first().toObject();
    QCOMPARE(got.value(u"input"_s).toString(), input);
    QCOMPARE(got.value(u"bits"_s).toInt(), bits);
    QCOMPARE(got.value(u"value"_s).toInteger(), want.value(u"value"_s).toInteger());
    QCOMPARE(got.value(u"host_hex"_s).toString(), want.value(u"host_hex"_s).toString());
    QCOMPARE(got.value(u"network_hex"_s).toString(), want.value(u"network_hex"_s).toString());
    QCOMPARE(got.value(u"network_value"_s).toInteger(), want.value(u"network_value"_s).toInteger());
    QCOMPARE(got.value(u"host_hex"_s).toString().size(), bits / 4);
}

void TestCli::orderErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words"); // part of the plain-words message

    QTest::newRow("65536 as 16 bits")
        << QStringList{u"--bits"_s, u"16"_s, u"65536"_s} << u"ERANGE"_s << u"too large"_s;
    QTest::newRow("0x10000 as 16 bits")
        << QStringList{u"--bits"_s, u"16"_s, u"0x10000"_s} << u"ERANGE"_s << u"0 to 65535"_s;
    QTest::newRow("4294967296") << QStringList{u"4294967296"_s} << u"ERANGE"_s << u"0 to 4294967295"_s;
    QTest::newRow("-1") << QStringList{u"-1"_s} << u"EINVAL"_s << u"negative"_s;
    QTest::newRow("-- -1") << QStringList{u"--"_s, u"-1"_s} << u"EINVAL"_s << u"negative"_s;
    QTest::newRow("abc") << QStringList{u"abc"_s} << u"EINVAL"_s << u"not a digit"_s;
    QTest::newRow("0x") << QStringList{u"0x"_s} << u"EINVAL"_s << u"no digits"_s;
    QTest::newRow("empty") << QStringList{QString()} << u"EINVAL"_s << u"empty"_s;
    QTest::newRow("1.5") << QStringList{u"1.5"_s} << u"EINVAL"_s << u"not a digit"_s;
}

void TestCli::orderErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, code);
    QFETCH(QString, words);

    const Run run = cli(QStringList{u"order"_s, u"--json"_s, u"1"_s} + args);
    QCOMPARE(run.status, 1);
    const QJsonArray got = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(got.size(), 2);
    QVERIFY(!got[0].toObject().contains(u"error"_s)); // the valid value is still converted
    const QJsonObject bad = got[1].toObject();
    QCOMPARE(bad.value(u"input"_s).toString(), args.last());
    QCOMPARE(bad.value(u"code"_s).toString(), code);
    QVERIFY2(bad.value(u"error"_s).toString().contains(words), qPrintable(bad.value(u"error"_s).toString()));
    QVERIFY(!bad.contains(u"host_hex"_s));

    const Run text = cli(QStringList{u"order"_s} + args);
    QCOMPARE(text.status, 1);
    QVERIFY(text.err.contains(code.toUtf8()));
}

void TestCli::orderText()
{
    const QJsonObject want = python(orderScript, {u"32"_s, u"0x12345678"_s}).array().first().toObject();
    const Run run = cli({u"order"_s, u"0x12345678"_s});
    QCOMPARE(run.status, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(want.value(u"byteorder"_s).toString() + u"-endian"_s), run.out.constData());
    QVERIFY(out.contains(u"htonl"_s));
    QVERIFY(out.contains(want.value(u"host_hex"_s).toString()));
    QVERIFY(out.contains(u"12345678"_s));
    const Run run16 = cli({u"order"_s, u"--bits"_s, u"16"_s, u"0x1234"_s});
    QVERIFY(QString::fromUtf8(run16.out).contains(u"htons"_s));
}

// --------------------------------------------------------------------------------------- layout

void TestCli::layout_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("port");     // empty: not given (0)
    QTest::addColumn<QString>("flowinfo"); // empty: not given (0)
    QTest::addColumn<QString>("structName");
    QTest::addColumn<QStringList>("fields"); // "name offset size"

    const QStringList in{u"sin_family 0 2"_s, u"sin_port 2 2"_s, u"sin_addr 4 4"_s, u"sin_zero 8 8"_s};
    const QStringList in6{u"sin6_family 0 2"_s, u"sin6_port 2 2"_s, u"sin6_flowinfo 4 4"_s,
                          u"sin6_addr 8 16"_s, u"sin6_scope_id 24 4"_s};
    const QStringList un{u"sun_family 0 2"_s, u"sun_path 2 108"_s};
    const QString sin = u"struct sockaddr_in"_s;
    const QString sin6 = u"struct sockaddr_in6"_s;
    const QString sun = u"struct sockaddr_un"_s;

    QTest::newRow("in 127.0.0.1 8080") << u"in"_s << u"127.0.0.1"_s << u"8080"_s << QString() << sin << in;
    QTest::newRow("in 192.0.2.1 no port") << u"in"_s << u"192.0.2.1"_s << QString() << QString() << sin << in;
    QTest::newRow("in 0x1f90 hex port") << u"in"_s << u"10.0.0.1"_s << u"0x1f90"_s << QString() << sin << in;
    QTest::newRow("in 255.255.255.255 65535")
        << u"in"_s << u"255.255.255.255"_s << u"65535"_s << QString() << sin << in;
    QTest::newRow("in6 ::1 443") << u"in6"_s << u"::1"_s << u"443"_s << QString() << sin6 << in6;
    QTest::newRow("in6 ::1%lo") << u"in6"_s << u"::1%lo"_s << u"443"_s << QString() << sin6 << in6;
    QTest::newRow("in6 fe80::1%1") << u"in6"_s << u"fe80::1%1"_s << u"22"_s << QString() << sin6 << in6;
    QTest::newRow("in6 flowinfo") << u"in6"_s << u"2001:db8::1"_s << u"80"_s << u"0x12345"_s << sin6 << in6;
    QTest::newRow("in6 v4-mapped") << u"in6"_s << u"::ffff:192.0.2.1"_s << u"8080"_s << QString() << sin6
                                   << in6;
    QTest::newRow("un /tmp/x.sock") << u"un"_s << u"/tmp/x.sock"_s << QString() << QString() << sun << un;
    QTest::newRow("un @abstract") << u"un"_s << u"@abstract"_s << QString() << QString() << sun << un;
    QTest::newRow("un 107 characters") << u"un"_s << longPath(107) << QString() << QString() << sun << un;
    QTest::newRow("un @ 107 characters")
        << u"un"_s << (u"@"_s + QString(107, u'b')) << QString() << QString() << sun << un;
}

void TestCli::layout()
{
    QFETCH(QString, kind);
    QFETCH(QString, address);
    QFETCH(QString, port);
    QFETCH(QString, flowinfo);
    QFETCH(QString, structName);
    QFETCH(QStringList, fields);

    QStringList args{u"layout"_s, kind, address};
    if (!port.isEmpty())
        args << port;
    if (!flowinfo.isEmpty())
        args << u"--flowinfo"_s << flowinfo;
    args << u"--json"_s;
    const Run run = cli(args);
    QCOMPARE(run.status, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    QVERIFY2(doc.isObject(), run.out.constData()); // a single result: an object
    const QJsonObject got = doc.object();

    const QJsonObject want = python(layoutScript, {kind, address, port.isEmpty() ? u"0"_s : port,
                                                   flowinfo.isEmpty() ? u"0"_s : flowinfo})
                                 .object();
    QCOMPARE(got.value(u"struct"_s).toString(), structName);
    QCOMPARE(got.value(u"size"_s).toInt(), want.value(u"size"_s).toInt());
    QCOMPARE(got.value(u"socklen"_s).toInt(), want.value(u"socklen"_s).toInt());
    const QString hex = want.value(u"hex"_s).toString();
    QCOMPARE(got.value(u"hex"_s).toString(), hex);

    const QJsonArray gotFields = got.value(u"fields"_s).toArray();
    QCOMPARE(gotFields.size(), fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QStringList parts = fields[i].split(u' ');
        const QJsonObject f = gotFields[i].toObject();
        const int offset = parts[1].toInt();
        const int size = parts[2].toInt();
        QCOMPARE(f.value(u"name"_s).toString(), parts[0]);
        QCOMPARE(f.value(u"offset"_s).toInt(), offset);
        QCOMPARE(f.value(u"size"_s).toInt(), size);
        QCOMPARE(f.value(u"hex"_s).toString(), hex.mid(2 * offset, 2 * size));
        QVERIFY(f.contains(u"value"_s));
    }

    if (kind == u"in"_s && address == u"127.0.0.1"_s) { // the chapter's example, spelled out
        QCOMPARE(got.value(u"size"_s).toInt(), 16);
        QCOMPARE(gotFields[1].toObject().value(u"hex"_s).toString(), u"1f90"_s);
        QCOMPARE(gotFields[1].toObject().value(u"value"_s).toString(), u"8080"_s);
        QCOMPARE(gotFields[2].toObject().value(u"hex"_s).toString(), u"7f000001"_s);
        QCOMPARE(gotFields[2].toObject().value(u"value"_s).toString(), u"127.0.0.1"_s);
    }
    if (kind == u"un"_s && !address.startsWith(u'@'))
        QCOMPARE(got.value(u"socklen"_s).toInt(), 2 + address.toUtf8().size() + 1);
}

void TestCli::layoutErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");

    QTest::newRow("in 127.1") << QStringList{u"in"_s, u"127.1"_s, u"80"_s} << u"EINVAL"_s << u"not a valid"_s;
    QTest::newRow("in ::1") << QStringList{u"in"_s, u"::1"_s} << u"EINVAL"_s << u"not a valid"_s;
    QTest::newRow("in port 65536") << QStringList{u"in"_s, u"127.0.0.1"_s, u"65536"_s} << u"ERANGE"_s
                                   << u"too large"_s;
    QTest::newRow("in port -1") << QStringList{u"in"_s, u"127.0.0.1"_s, u"-1"_s} << u"EINVAL"_s
                                << u"negative"_s;
    QTest::newRow("in port http") << QStringList{u"in"_s, u"127.0.0.1"_s, u"http"_s} << u"EINVAL"_s
                                  << u"not a digit"_s;
    QTest::newRow("in6 fe80::1%lo as in")
        << QStringList{u"in"_s, u"fe80::1%lo"_s} << u"EINVAL"_s << u"not a valid"_s;
    QTest::newRow("in6 5::5::") << QStringList{u"in6"_s, u"5::5::"_s} << u"EINVAL"_s << u"not a valid"_s;
    QTest::newRow("in6 no such interface")
        << QStringList{u"in6"_s, u"fe80::1%nosuchif0"_s} << u"ENODEV"_s << u"interface"_s;
    QTest::newRow("in6 flowinfo too large")
        << QStringList{u"in6"_s, u"::1"_s, u"--flowinfo"_s, u"0x100000"_s} << u"ERANGE"_s << u"flow label"_s;
    QTest::newRow("un empty") << QStringList{u"un"_s, QString()} << u"EINVAL"_s << u"empty"_s;
    QTest::newRow("un 108 characters")
        << QStringList{u"un"_s, longPath(108)} << u"ENAMETOOLONG"_s << u"too long"_s;
    QTest::newRow("un @ 108 characters")
        << QStringList{u"un"_s, u"@"_s + QString(108, u'b')} << u"ENAMETOOLONG"_s << u"too long"_s;
}

void TestCli::layoutErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, code);
    QFETCH(QString, words);

    const Run run = cli(QStringList{u"layout"_s, u"--json"_s} + args);
    QCOMPARE(run.status, 1);
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    QVERIFY2(doc.isObject(), run.out.constData());
    QCOMPARE(doc.object().value(u"code"_s).toString(), code);
    const QString error = doc.object().value(u"error"_s).toString();
    QVERIFY2(error.contains(words), qPrintable(error));
    QVERIFY(!doc.object().contains(u"fields"_s));

    const Run text = cli(QStringList{u"layout"_s} + args);
    QCOMPARE(text.status, 1);
    QVERIFY(text.out.isEmpty());
    QVERIFY(text.err.contains(code.toUtf8()));
}

void TestCli::layoutText()
{
    const Run run = cli({u"layout"_s, u"in"_s, u"127.0.0.1"_s, u"8080"_s});
    QCOMPARE(run.status, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(u"struct sockaddr_in: sizeof 16 bytes"_s), run.out.constData());
    QVERIFY(out.contains(u"sin_port"_s));
    QVERIFY(out.contains(u"1f90"_s));
    QVERIFY(out.contains(u"7f000001"_s));
    const Run un = cli({u"layout"_s, u"un"_s, u"@demo"_s});
    QCOMPARE(un.status, 0);
    QVERIFY(un.out.contains("0064656d6f"));
}

// -------------------------------------------------------------------------------------- journal

void TestCli::journal()
{
    const Run run = cli({u"addr"_s, u"--journal"_s, u"127.0.0.1"_s});
    QCOMPARE(run.status, 0);
    QVERIFY(run.err.contains("inet_pton(AF_INET, \"127.0.0.1\""));
    QVERIFY(run.err.contains("inet_ntop"));
    QVERIFY(!run.out.contains("inet_pton")); // the journal goes to stderr only

    const Run before = cli({u"--journal"_s, u"order"_s, u"--json"_s, u"0x1234"_s});
    QCOMPARE(before.status, 0);
    QVERIFY(before.err.contains("htonl"));
    QVERIFY(QJsonDocument::fromJson(before.out).isArray());

    const Run none = cli({u"order"_s, u"0x1234"_s});
    QVERIFY(none.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli_addresses.moc"
