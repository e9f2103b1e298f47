// The echo log in each language. Core words every event in English for the CLI; the GUI words the same
// key through EchoMessages. With the English plural forms loaded the two agree word for word, and in
// German and Traditional Chinese the arguments (addresses, counts, errno text) all reach the sentence.

#include "EchoEvents.h"
#include "EchoMessages.h"
#include "EchoServer.h"
#include "ErrnoInfo.h"
#include "UniqueFd.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <cerrno>

using namespace Qt::StringLiterals;
using namespace sockscope;

Q_DECLARE_METATYPE(sockscope::EchoEvent)
Q_DECLARE_METATYPE(sockscope::EchoConfig)
Q_DECLARE_METATYPE(sockscope::EchoStartProblem)

namespace {

EchoEvent makeEvent(EchoEvent::Kind kind, EchoMessage message, std::vector<std::string> args, int err = 0,
                EchoCloseReason reason = EchoCloseReason::None)
{
    EchoEventLog log;
    log.push(kind, message, std::move(args), 7, err, reason);
    return log.drain().at(0);
}

} // namespace

class TestEchoMessages : public QObject {
    Q_OBJECT
private slots:
    void englishMatchesTheCli_data();
    void englishMatchesTheCli();
    void everyArgumentReachesEachLanguage_data();
    void everyArgumentReachesEachLanguage();
    void startFailuresMatchTheCli_data();
    void startFailuresMatchTheCli();

private:
    bool load(QTranslator& translator, const QString& language);
};

bool TestEchoMessages::load(QTranslator& translator, const QString& language)
{
    const QString dir = qEnvironmentVariable("SOCKSCOPE_TRANSLATIONS_DIR");
    return !dir.isEmpty() && translator.load(u"sockscope_"_s + language, dir);
}

void TestEchoMessages::englishMatchesTheCli_data()
{
    using K = EchoEvent::Kind;
    using M = EchoMessage;
    using R = EchoCloseReason;
    QTest::addColumn<EchoEvent>("event");
    QTest::addColumn<QString>("english");
    QTest::newRow("thread listening") << makeEvent(K::Started, M::ListeningThread, {"127.0.0.1:7007", "tcp"})
                                      << u"listening on 127.0.0.1:7007 (tcp, thread engine: one thread per connection)"_s;
    QTest::newRow("fork listening") << makeEvent(K::Started, M::ListeningFork, {"[::1]:7", "tcp"})
                                    << u"listening on [::1]:7 (tcp, fork engine: one process per connection)"_s;
    QTest::newRow("reactor, 1 worker") << makeEvent(K::Started, M::ListeningReactor, {"127.0.0.1:1", "udp", "epoll", "1"})
                                       << u"listening on 127.0.0.1:1 (udp, reactor engine, epoll, 1 worker)"_s;
    QTest::newRow("reactor, 2 workers") << makeEvent(K::Started, M::ListeningReactor, {"127.0.0.1:1", "tcp", "poll", "2"})
                                        << u"listening on 127.0.0.1:1 (tcp, reactor engine, poll, 2 workers)"_s;
    QTest::newRow("connected") << makeEvent(K::Connected, M::Connected, {"127.0.0.1:5"}) << u"connected from 127.0.0.1:5"_s;
    QTest::newRow("child") << makeEvent(K::Connected, M::ConnectedChild, {"127.0.0.1:5", "4711"})
                           << u"connected from 127.0.0.1:5 (child 4711)"_s;
    QTest::newRow("closed by peer") << makeEvent(K::Disconnected, M::Disconnected, {"127.0.0.1:5", "10", "10", ""}, 0,
                                             R::ClosedByPeer)
                                    << u"disconnected 127.0.0.1:5 (closed by peer, 10 bytes in, 10 out)"_s;
    QTest::newRow("reset by peer")
        << makeEvent(K::Disconnected, M::Disconnected, {"127.0.0.1:5", "1", "0", ""}, ECONNRESET, R::ResetByPeer)
        << QString::fromStdString("disconnected 127.0.0.1:5 (reset by peer: " + errnoDescription(ECONNRESET)
                                  + ", 1 bytes in, 0 out)");
    QTest::newRow("idle") << makeEvent(K::Disconnected, M::Disconnected, {"127.0.0.1:5", "0", "0", "250"}, 0, R::IdleFor)
                          << u"disconnected 127.0.0.1:5 (idle for 250 ms, 0 bytes in, 0 out)"_s;
    QTest::newRow("reset by the user") << makeEvent(K::Disconnected, M::Disconnected, {"p", "0", "0", ""}, 0, R::ResetByUser)
                                       << u"disconnected p (reset by the user (SO_LINGER {1, 0}), 0 bytes in, 0 out)"_s;
    QTest::newRow("refused") << makeEvent(K::Refused, M::Refused, {"127.0.0.1:9", "1"})
                             << u"refused 127.0.0.1:9: already 1 connection (the maximum)"_s;
    QTest::newRow("resumed") << makeEvent(K::AcceptResumed, M::AcceptResumed, {}) << u"accepting again"_s;
    QTest::newRow("truncated") << makeEvent(K::Truncated, M::Truncated, {"70000", "65536"})
                               << u"a 70000-byte datagram was cut to 65536 bytes"_s;
    QTest::newRow("stopped") << makeEvent(K::Stopped, M::Stopped, {"3", "30", "30", "0"})
                             << u"stopped: 3 connections, 30 bytes in, 30 bytes out, 0 errors"_s;
    QTest::newRow("stopped, one of each") << makeEvent(K::Stopped, M::Stopped, {"1", "1", "1", "1"})
                                          << u"stopped: 1 connection, 1 bytes in, 1 bytes out, 1 error"_s;
}

void TestEchoMessages::englishMatchesTheCli()
{
    QFETCH(EchoEvent, event);
    QFETCH(QString, english);
    QCOMPARE(QString::fromStdString(event.text), english);
    QTranslator translator;
    if (!load(translator, u"en"_s))
        QSKIP("SOCKSCOPE_TRANSLATIONS_DIR names the built .qm files (ctest sets it)");
    QCoreApplication::installTranslator(&translator);
    const QString gui = EchoMessages::text(event);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(gui, english);
}

void TestEchoMessages::everyArgumentReachesEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("says");
    QTest::newRow("de") << u"de"_s << u"verbunden"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s << u"連線"_s;
}

void TestEchoMessages::everyArgumentReachesEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, says);
    QTranslator translator;
    if (!load(translator, language))
        QSKIP("SOCKSCOPE_TRANSLATIONS_DIR names the built .qm files (ctest sets it)");
    QCoreApplication::installTranslator(&translator);
    using K = EchoEvent::Kind;
    using M = EchoMessage;
    const EchoEvent connected = makeEvent(K::Connected, M::Connected, {"127.0.0.1:54321"});
    const EchoEvent gone = makeEvent(K::Disconnected, M::Disconnected, {"127.0.0.1:54321", "123", "456", ""}, 0,
                                 EchoCloseReason::ClosedByPeer);
    const EchoEvent workers = makeEvent(K::Started, M::ListeningReactor, {"127.0.0.1:7007", "tcp", "epoll", "2"});
    const QString c = EchoMessages::text(connected), d = EchoMessages::text(gone), w = EchoMessages::text(workers);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(c.contains(u"127.0.0.1:54321"_s) && c != QString::fromStdString(connected.text), qPrintable(c));
    QVERIFY2(c.contains(says) || d.contains(says), qPrintable(c + u" / "_s + d));
    QVERIFY2(d.contains(u"123"_s) && d.contains(u"456"_s) && d != QString::fromStdString(gone.text), qPrintable(d));
    QVERIFY2(w.contains(u"epoll"_s) && w.contains(u'2') && !w.contains(u"%"_s), qPrintable(w));
}

// Real servers that fail to start, each for its own reason: the GUI's English (no translator) is the
// CLI's message word for word, and German says it differently but keeps the argument.
void TestEchoMessages::startFailuresMatchTheCli_data()
{
    QTest::addColumn<EchoConfig>("config");
    QTest::addColumn<EchoStartProblem>("problem");
    QTest::addColumn<QString>("argument");
    EchoConfig notNumeric;
    notNumeric.bindAddress = "localhost.example";
    QTest::newRow("not numeric") << notNumeric << EchoStartProblem::NotNumericAddress << u"localhost.example"_s;
    EchoConfig noPath;
    noPath.transport = EchoTransport::UnixStream;
    QTest::newRow("no unix path") << noPath << EchoStartProblem::NoUnixPath << QString();
    EchoConfig longPath = noPath;
    longPath.path = "/tmp/" + std::string(200, 'x');
    QTest::newRow("unix path too long") << longPath << EchoStartProblem::UnixPathTooLong << QString();
    EchoConfig forkUdp;
    forkUdp.engine = EchoEngine::Fork;
    forkUdp.transport = EchoTransport::Udp;
    QTest::newRow("fork and udp") << forkUdp << EchoStartProblem::ForkNeedsStream << u"unix-stream"_s;
    EchoConfig privileged; // port 1 as nobody, or a port this test holds as root: bind fails either way
    privileged.port = 0;
    QTest::newRow("bind") << privileged << EchoStartProblem::BindFailed << u"127.0.0.1:"_s;
}

void TestEchoMessages::startFailuresMatchTheCli()
{
    QFETCH(EchoConfig, config);
    QFETCH(EchoStartProblem, problem);
    QFETCH(QString, argument);
    // The "bind" row binds where this socket already listens.
    UniqueFd holder;
    if (problem == EchoStartProblem::BindFailed) {
        holder.reset(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof sin;
        QVERIFY(::bind(holder.get(), reinterpret_cast<sockaddr*>(&sin), sizeof sin) == 0);
        QVERIFY(::listen(holder.get(), 1) == 0);
        QVERIFY(::getsockname(holder.get(), reinterpret_cast<sockaddr*>(&sin), &len) == 0);
        config.port = ntohs(sin.sin_port);
        config.reuseAddress = false;
        argument += QString::number(config.port);
    }
    const auto server = EchoServer::create(config);
    const EchoStartResult r = server->start();
    QVERIFY(!r.ok);
    QCOMPARE(r.problem, problem);
    QCOMPARE(EchoMessages::startFailure(r), QString::fromStdString(r.message));

    QTranslator translator;
    if (!load(translator, u"de"_s))
        QSKIP("SOCKSCOPE_TRANSLATIONS_DIR names the built .qm files (ctest sets it)");
    QCoreApplication::installTranslator(&translator);
    const QString german = EchoMessages::startFailure(r);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(german != QString::fromStdString(r.message), qPrintable(german));
    QVERIFY2(german.contains(argument), qPrintable(german));
}

QTEST_GUILESS_MAIN(TestEchoMessages)
#include "tst_echomessages.moc"
