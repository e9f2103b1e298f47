// The socket lab's session exported as C: a server and a client on loopback (port 0, so the program must
// find the server's real port itself), data both ways, a few calls that fail on a socket, an abandoned
// blocking call, the closes. The program compiles with `cc -Wall -Werror`, runs, and prints the same
// transcript as the lab's record.
#include "CLiteral.h"
#include "LabCExport.h"
#include "LabRecipes.h"
#include "PayloadCodec.h"
#include "Privileges.h"
#include "SocketLab.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <errno.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <future>
#include <set>
#include <thread>

using namespace sockscope;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs a shell command line; its exit status.
int run(const QString& command)
{
    const int status = std::system(command.toLocal8Bit().constData());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A server+client session with the calls of the chapter, failures and an abandoned call among them.
std::vector<LabResult> serverClientSession(SocketLab& lab)
{
    LabRequest sock = LabRequest::on(LabCall::Socket);
    sock.domain = AF_INET;
    sock.type = SOCK_STREAM;
    const std::string server = lab.perform(sock).created;
    LabRequest bind = LabRequest::on(LabCall::Bind, server);
    bind.address = "127.0.0.1";
    lab.perform(bind);
    LabRequest listen = LabRequest::on(LabCall::Listen, server);
    listen.backlog = 5;
    lab.perform(listen);
    const int port = [&] {
        for (const auto& row : lab.snapshot())
            if (row.id == server)
                return row.localPort;
        return 0;
    }();

    const std::string client = lab.perform(sock).created;
    LabRequest connect = LabRequest::on(LabCall::Connect, client);
    connect.address = "127.0.0.1";
    connect.port = port;
    lab.perform(connect);
    const std::string conn = lab.perform(LabRequest::on(LabCall::Accept, server)).created;

    LabRequest send = LabRequest::on(LabCall::Send, client);
    send.data = std::string("hello\r\n\0\x01", 9);
    lab.perform(send);
    LabRequest recv = LabRequest::on(LabCall::Recv, conn);
    recv.size = 64;
    lab.perform(recv); // the same 9 bytes, received at once on loopback
    LabRequest write = LabRequest::on(LabCall::Write, conn);
    // Bytes that must not end the step's comment early or form trigraphs in the program.
    write.data = "pong */ /* ?\?= ?\?/ \"q\" \\";
    lab.perform(write);
    LabRequest read = LabRequest::on(LabCall::Read, client);
    read.size = 2;
    lab.perform(read); // a short read: "po"
    LabRequest drop = LabRequest::on(LabCall::Recv, client);
    drop.size = 4;
    drop.flags = MSG_TRUNC;
    lab.perform(drop); // MSG_TRUNC on a stream: 4 bytes taken and discarded, none copied

    lab.perform(LabRequest::on(LabCall::Lseek, conn));                // -1 ESPIPE
    lab.perform(LabRequest::on(LabCall::Fchdir, conn));               // -1 ENOTDIR
    lab.perform(LabRequest::on(LabCall::Fstat, conn));                // 0
    lab.perform(LabRequest::on(LabCall::Getpeername, server));        // -1 ENOTCONN
    const std::string copy = lab.perform(LabRequest::on(LabCall::Dup, conn)).created;
    LabRequest nonblock = LabRequest::on(LabCall::FcntlSetfl, copy);
    nonblock.enable = true;
    lab.perform(nonblock);
    lab.perform(LabRequest::on(LabCall::FcntlGetfl, conn));           // O_NONBLOCK through the copy
    LabRequest own = LabRequest::on(LabCall::FcntlSetown, conn);
    own.number = getpid();
    lab.perform(own);
    lab.perform(LabRequest::on(LabCall::FcntlGetown, conn));          // self
    LabRequest dontwait = LabRequest::on(LabCall::Recv, conn);
    dontwait.size = 16;
    lab.perform(dontwait);                                 // -1 EAGAIN (O_NONBLOCK)

    // A blocking accept with nobody connecting, abandoned: a comment in the program.
    auto pending = std::async(std::launch::async, [&] { return lab.perform(LabRequest::on(LabCall::Accept, server)); });
    for (int i = 0; i < 12000 && !lab.blockingCallRunning(); ++i) // 60 s at most: a loaded machine
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    lab.abandon();
    pending.get();

    // A connect to a port nobody listens on: the listener's port after it closed is free... use port 1.
    const std::string refused = lab.perform(sock).created;
    LabRequest bad = LabRequest::on(LabCall::Connect, refused);
    bad.address = "127.0.0.1";
    bad.port = 1;
    lab.perform(bad); // -1 ECONNREFUSED

    LabRequest shut = LabRequest::on(LabCall::Shutdown, client);
    shut.how = SHUT_WR;
    lab.perform(shut);
    LabRequest eof = LabRequest::on(LabCall::Recv, copy);
    eof.size = 16;
    for (int i = 0; i < 100; ++i) { // EAGAIN until the FIN arrives (at once on loopback)
        if (lab.perform(eof).ret == 0)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    for (const std::string& s : {client, conn, copy, server, refused})
        lab.perform(LabRequest::on(LabCall::Close, s));
    return lab.steps();
}

// Every call the lab knows, once, on UDP and TCP sockets: each branch of the export compiles and runs.
std::vector<LabResult> everyCallSession(SocketLab& lab)
{
    LabRequest udp = LabRequest::on(LabCall::Socket);
    udp.domain = AF_INET;
    udp.type = SOCK_DGRAM;
    const std::string a = lab.perform(udp).created;
    LabRequest cloexecSock = udp;
    cloexecSock.cloexec = true;
    const std::string b = lab.perform(cloexecSock).created;
    LabRequest bind = LabRequest::on(LabCall::Bind, a);
    bind.address = "127.0.0.1";
    lab.perform(bind);
    const int portA = [&] {
        for (const auto& row : lab.snapshot())
            if (row.id == a)
                return row.localPort;
        return 0;
    }();
    LabRequest sendto = LabRequest::on(LabCall::SendTo, b);
    sendto.address = "127.0.0.1";
    sendto.port = portA;
    sendto.data = "datagram\t1";
    lab.perform(sendto);
    LabRequest recvfrom = LabRequest::on(LabCall::RecvFrom, a);
    recvfrom.size = 4; // a short buffer: the rest of the datagram is discarded
    lab.perform(recvfrom);
    LabRequest connect = LabRequest::on(LabCall::Connect, b);
    connect.address = "127.0.0.1";
    connect.port = portA;
    lab.perform(connect);
    lab.perform(LabRequest::on(LabCall::Getsockname, b));
    lab.perform(LabRequest::on(LabCall::Getpeername, b));
    LabRequest send = LabRequest::on(LabCall::Send, b);
    send.data = "x";
    send.flags = MSG_DONTWAIT;
    lab.perform(send);
    lab.perform(LabRequest::on(LabCall::IoctlFionread, a));
    lab.perform(LabRequest::on(LabCall::IoctlSiocatmark, a)); // not a TCP socket
    LabRequest read = LabRequest::on(LabCall::Read, a);
    read.size = 8;
    lab.perform(read);
    lab.perform(LabRequest::on(LabCall::FcntlGetfd, b));
    LabRequest setfd = LabRequest::on(LabCall::FcntlSetfd, b);
    lab.perform(setfd); // clear FD_CLOEXEC
    LabRequest dupfd = LabRequest::on(LabCall::FcntlDupfd, a);
    dupfd.number = 30;
    const std::string c = lab.perform(dupfd).created;
    LabRequest dup2 = LabRequest::on(LabCall::Dup2, a);
    dup2.number = [&] {
        for (const auto& row : lab.snapshot())
            if (row.id == c)
                return row.fd;
        return -1;
    }();
    lab.perform(dup2); // onto the F_DUPFD copy: a lab socket, closed by dup2 first
    LabRequest chmod = LabRequest::on(LabCall::Fchmod, a);
    chmod.number = 0600;
    lab.perform(chmod);
    LabRequest chown = LabRequest::on(LabCall::Fchown, a);
    chown.number = -1;
    chown.number2 = -1;
    lab.perform(chown);
    lab.perform(LabRequest::on(LabCall::Fsync, a));
    lab.perform(LabRequest::on(LabCall::Fdatasync, a));
    LabRequest truncate = LabRequest::on(LabCall::Ftruncate, a);
    truncate.number = 0;
    lab.perform(truncate);
    LabRequest seek = LabRequest::on(LabCall::Lseek, a);
    seek.number = 10;
    seek.number2 = SEEK_CUR;
    lab.perform(seek);
    LabRequest shut = LabRequest::on(LabCall::Shutdown, b);
    shut.how = SHUT_RDWR;
    lab.perform(shut);
    LabRequest unixSock = LabRequest::on(LabCall::Socket);
    unixSock.domain = AF_UNIX;
    unixSock.type = SOCK_STREAM;
    const std::string u = lab.perform(unixSock).created;
    LabRequest unixConnect = LabRequest::on(LabCall::Connect, u);
    unixConnect.address = "@sockscope-lab-export-test-nobody";
    lab.perform(unixConnect); // -1 ECONNREFUSED: nobody listens on that abstract name
    for (const auto& row : lab.snapshot())
        if (row.open)
            lab.perform(LabRequest::on(LabCall::Close, row.id));
    return lab.steps();
}

// The chapter's socket types: AF_UNSPEC refused, a protocol by name, a seqpacket pair keeping its
// records, SO_LINGER and TCP_NODELAY set, and (with CAP_NET_RAW) raw ICMP and ICMPv6 echoes and a
// hand-made IPv4 datagram on IPPROTO_RAW.
std::vector<LabResult> chapterTypesSession(SocketLab& lab)
{
    const auto sock = [&lab](int domain, int type, int protocol, const std::string& name = {}) {
        LabRequest r = LabRequest::on(LabCall::Socket);
        r.domain = domain;
        r.type = type;
        r.protocol = protocol;
        r.protocolName = name;
        return lab.perform(r).created;
    };
    sock(AF_UNSPEC, SOCK_STREAM, 0);
    sock(AF_INET, SOCK_DGRAM, 0, "udp");
    const std::string server = sock(AF_UNIX, SOCK_SEQPACKET, 0);
    const std::string path = "@sockscope-export-seqpacket-" + std::to_string(::getpid());
    LabRequest bind = LabRequest::on(LabCall::Bind, server);
    bind.address = path;
    lab.perform(bind);
    LabRequest listen = LabRequest::on(LabCall::Listen, server);
    listen.backlog = 1;
    lab.perform(listen);
    const std::string client = sock(AF_UNIX, SOCK_SEQPACKET, 0);
    LabRequest connect = LabRequest::on(LabCall::Connect, client);
    connect.address = path;
    lab.perform(connect);
    const std::string conn = lab.perform(LabRequest::on(LabCall::Accept, server)).created;
    for (const char* text : {"one", "two"}) {
        LabRequest send = LabRequest::on(LabCall::Send, client);
        send.data = text;
        lab.perform(send);
    }
    LabRequest recv = LabRequest::on(LabCall::Recv, conn);
    recv.size = 64;
    lab.perform(recv);
    lab.perform(recv);
    LabRequest burst = LabRequest::on(LabCall::Send, client); // three records back to back
    burst.data = "r";
    burst.repeat = 3;
    lab.perform(burst);
    const std::string tcp = sock(AF_INET, SOCK_STREAM, 0);
    LabRequest linger = LabRequest::on(LabCall::Setsockopt, tcp);
    linger.level = SOL_SOCKET;
    linger.option = SO_LINGER;
    linger.number = 1;
    lab.perform(linger);
    LabRequest nodelay = LabRequest::on(LabCall::Setsockopt, tcp);
    nodelay.level = IPPROTO_TCP;
    nodelay.option = TCP_NODELAY;
    nodelay.number = 1;
    lab.perform(nodelay);
    if (testing::haveCapNetRaw()) {
        for (const bool v6 : {false, true}) {
            const std::string raw = sock(v6 ? AF_INET6 : AF_INET, SOCK_RAW, v6 ? int(IPPROTO_ICMPV6) : int(IPPROTO_ICMP));
            LabRequest echo = LabRequest::on(LabCall::IcmpEcho, raw);
            echo.number = 321;
            echo.number2 = 5;
            echo.data = std::string("echo\0from C", 11);
            echo.timeoutMs = 3000;
            lab.perform(echo);
        }
        const std::string rawIp = sock(AF_INET, SOCK_RAW, IPPROTO_RAW);
        LabRequest hdrincl = LabRequest::on(LabCall::Setsockopt, rawIp);
        hdrincl.level = IPPROTO_IP;
        hdrincl.option = IP_HDRINCL;
        hdrincl.number = 1;
        lab.perform(hdrincl);
        LabRequest packet = LabRequest::on(LabCall::SendIpPacket, rawIp);
        packet.number = 77;
        packet.number2 = 1;
        packet.data = "whole datagram";
        lab.perform(packet);
    }
    for (const auto& row : lab.snapshot())
        if (row.open)
            lab.perform(LabRequest::on(LabCall::Close, row.id));
    return lab.steps();
}

// A recipe made to its end on `lab`, each step once it is enabled; false (with the step) when one is not.
bool runRecipe(SocketLab& lab, const std::string& id, std::string& failedStep)
{
    for (const LabRecipe& r : labRecipes()) {
        if (r.id != id)
            continue;
        LabRecipeProgress progress;
        for (std::size_t i = 0; i < r.steps.size(); ++i) {
            const auto rows = lab.snapshot();
            LabRequest req;
            if (!labRecipeStepEnabled(r.steps[i], progress, rows) || !labRecipeRequest(r.steps[i], progress, rows, req)) {
                failedStep = r.steps[i].id;
                return false;
            }
            req.data = parseEscapes(req.data).bytes;
            labRecipeRecord(r, i, lab.perform(req), progress);
            if (progress.done.size() <= i || !progress.done[i]) {
                failedStep = r.steps[i].id;
                return false;
            }
        }
        return true;
    }
    failedStep = "no recipe " + id;
    return false;
}

// Writes, compiles and runs `program`; its stdout (and stderr), or a failure.
void compileAndRun(const std::string& program, const QString& flags, QByteArray& printed,
                   QByteArray* perrors = nullptr)
{
    const QString cc = QStandardPaths::findExecutable(QStringLiteral("cc"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("lab.c"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(program.data(), qint64(program.size()));
    f.close();
    const QString binary = dir.filePath(QStringLiteral("lab"));
    const QString errors = dir.filePath(QStringLiteral("cc.txt"));
    const int built = run(QStringLiteral("'%1' -Wall -Wextra -Werror %2 -o '%3' '%4' 2> '%5'")
                              .arg(cc, flags, binary, source, errors));
    QVERIFY2(built == 0, readAll(errors).constData());
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    const QString err = dir.filePath(QStringLiteral("err.txt"));
    QCOMPARE(run(QStringLiteral("'%1' > '%2' 2> '%3'").arg(binary, out, err)), 0);
    printed = readAll(out);
    if (perrors)
        *perrors = readAll(err);
}

} // namespace

class TestLabExport : public QObject {
    Q_OBJECT
private slots:
    // User bytes in C source: literals keep them exact and form no trigraph; comments stay one comment.
    void cTextIsSafe_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("literal");
        QTest::addColumn<QByteArray>("comment");
        QTest::newRow("plain") << QByteArray("ab?") << QByteArray("\"ab?\"") << QByteArray("ab?");
        QTest::newRow("trigraph") << QByteArray("?" "?=") << QByteArray("\"?\\?=\"") << QByteArray("?" "?=");
        QTest::newRow("three") << QByteArray("?" "?" "?/") << QByteArray("\"?\\?\\?/\"") << QByteArray("?" "?" "?/");
        QTest::newRow("comment end") << QByteArray("a*/b") << QByteArray("\"a*/b\"") << QByteArray("a*\\/b");
        QTest::newRow("comment start") << QByteArray("/*/") << QByteArray("\"/*/\"") << QByteArray("/\\*\\/");
        QTest::newRow("hex then digit") << QByteArray("\x01" "7") << QByteArray("\"\\x01\"\"7\"") << QByteArray("\x01" "7");
    }
    void cTextIsSafe()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, literal);
        QFETCH(QByteArray, comment);
        const std::string in(input.constData(), static_cast<std::size_t>(input.size()));
        QCOMPARE(QByteArray::fromStdString(cStringLiteral(in)), literal);
        QCOMPARE(QByteArray::fromStdString(cCommentText(in)), comment);
    }

    // The header's build command names the file as saved, quoted for the shell where it must be.
    void buildCommandNamesTheSavedFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("command");
        QTest::newRow("default") << "lab.c" << "cc -Wall -Werror -o lab lab.c && ./lab";
        QTest::newRow("a path") << "/home/ann/echo-test.c" << "cc -Wall -Werror -o echo-test echo-test.c && ./echo-test";
        QTest::newRow("a space") << "/tmp/my lab.c" << "cc -Wall -Werror -o 'my lab' 'my lab.c' && './my lab'";
        QTest::newRow("a quote") << "it's.c" << "cc -Wall -Werror -o 'it'\\''s' 'it'\\''s.c' && './it'\\''s'";
        QTest::newRow("no .c") << "session" << "cc -Wall -Werror -o session.out session && ./session.out";
    }
    void buildCommandNamesTheSavedFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, command);
        QCOMPARE(QString::fromStdString(labBuildCommand(path.toStdString())), command);
        const std::string program = labSessionAsC({}, path.toStdString());
        QVERIFY(program.find(" * Build: " + command.toStdString() + "\n") != std::string::npos);
        // A name with "*/" cannot end the header comment early.
        const std::string tricky = labSessionAsC({}, "a*/b.c");
        QVERIFY(tricky.find("a*/b") == std::string::npos);
    }

    void transcriptLines()
    {
        LabResult r;
        r.performed = true;
        r.request.call = LabCall::Connect;
        r.request.target = "s2";
        r.ret = -1;
        r.err = ECONNREFUSED;
        QCOMPARE(labTranscriptLine(r), std::string("connect s2 = -1 ECONNREFUSED"));
        r.request.call = LabCall::Accept;
        r.request.target = "s1";
        r.ret = 7;
        r.err = 0;
        r.created = "s3";
        QCOMPARE(labTranscriptLine(r), std::string("accept s1 = fd s3"));
        r.request.call = LabCall::Recv;
        r.ret = 3;
        r.received = "a\n\x01";
        QCOMPARE(labTranscriptLine(r), std::string("recv s1 = 3 \"a\\n\\x01\""));
        r.abandoned = true;
        QCOMPARE(labTranscriptLine(r), std::string());
    }

    void exportedProgramCompilesAndMakesTheSameCalls_data()
    {
        QTest::addColumn<QString>("flags");
        QTest::newRow("default C") << QString();
        QTest::newRow("C11") << QStringLiteral("-std=c11");
    }
    void exportedProgramCompilesAndMakesTheSameCalls()
    {
        QFETCH(QString, flags);
        const QString cc = QStandardPaths::findExecutable(QStringLiteral("cc"));
        if (cc.isEmpty())
            QSKIP("no C compiler (cc) on this machine");
        SocketLab lab;
        const std::vector<LabResult> steps = serverClientSession(lab);
        const std::string transcript = labTranscript(steps);
        QVERIFY(transcript.find("accept s1 = fd s3") != std::string::npos);
        QVERIFY(transcript.find("lseek s3 = -1 ESPIPE") != std::string::npos);
        QVERIFY(transcript.find("connect s5 = -1 ECONNREFUSED") != std::string::npos);
        const std::string program = labSessionAsC(steps);
        QVERIFY(program.find("abandoned in the lab") != std::string::npos);

        QByteArray printed;
        QByteArray perrors;
        compileAndRun(program, flags, printed, &perrors);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(printed, QByteArray::fromStdString(transcript));
        // Each failure was reported with perror.
        QVERIFY2(perrors.contains("lseek s3: Illegal seek"), perrors.constData());
        QVERIFY2(perrors.contains("connect s5: Connection refused"), perrors.constData());
    }

    void everyCallCompilesAndRuns()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("cc")).isEmpty())
            QSKIP("no C compiler (cc) on this machine");
        SocketLab lab;
        const std::vector<LabResult> steps = everyCallSession(lab);
        std::set<LabCall> calls;
        for (const auto& s : steps)
            calls.insert(s.request.call);
        {
            SocketLab other;
            for (const auto& s : serverClientSession(other))
                calls.insert(s.request.call);
            SocketLab types;
            for (const auto& s : chapterTypesSession(types))
                calls.insert(s.request.call);
        }
        // With the other two sessions: every call (the ICMP echo and the IPv4 packet need CAP_NET_RAW).
        QCOMPARE(int(calls.size()), labCallCount - (testing::haveCapNetRaw() ? 0 : 2));
        const std::string transcript = labTranscript(steps);
        QVERIFY2(transcript.find("dup2 s1 = fd s4") != std::string::npos, transcript.c_str());
        QVERIFY2(transcript.find("recvfrom s1 = 4 \"data\"") != std::string::npos, transcript.c_str());
        QByteArray printed;
        compileAndRun(labSessionAsC(steps), QStringLiteral("-std=c11"), printed);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(printed, QByteArray::fromStdString(transcript));
    }

    // Each wire recipe's session as C: it compiles and runs; where the kernel's answers do not hang on
    // timing (not Nagle's bursts, not a UDP error raced by its ICMP), it prints the same transcript.
    void wireRecipesExported_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<bool>("sameTranscript");
        for (const LabRecipe& r : labRecipes())
            if (r.id.rfind("wire-", 0) == 0)
                QTest::newRow(r.id.c_str()) << QString::fromStdString(r.id)
                                            << (r.id != "wire-nagle" && r.id != "wire-udp-unreachable" && r.id != "wire-oob");
    }
    void wireRecipesExported()
    {
        QFETCH(QString, recipe);
        QFETCH(bool, sameTranscript);
        if (QStandardPaths::findExecutable(QStringLiteral("cc")).isEmpty())
            QSKIP("no C compiler (cc) on this machine");
        SocketLab lab;
        std::string failed;
        QVERIFY2(runRecipe(lab, recipe.toStdString(), failed), failed.c_str());
        const std::vector<LabResult> steps = lab.steps();
        QByteArray printed;
        compileAndRun(labSessionAsC(steps), QStringLiteral("-std=c11"), printed);
        if (QTest::currentTestFailed())
            return;
        if (sameTranscript)
            QCOMPARE(printed, QByteArray::fromStdString(labTranscript(steps)));
        else
            QCOMPARE(printed.count('\n'), qsizetype(std::count_if(steps.begin(), steps.end(), [](const LabResult& s) {
                         return !labTranscriptLine(s).empty();
                     })));
    }

    // The chapter's socket types exported: the program builds the same ICMP messages (the checksum
    // by inet_checksum), gets the same replies, and prints the same transcript.
    void chapterTypesCompileAndRun()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("cc")).isEmpty())
            QSKIP("no C compiler (cc) on this machine");
        SocketLab lab;
        const std::vector<LabResult> steps = chapterTypesSession(lab);
        const std::string transcript = labTranscript(steps);
        QVERIFY2(transcript.find("socket - = -1 EAFNOSUPPORT") != std::string::npos, transcript.c_str());
        QVERIFY2(transcript.find("recv s4 = 3 \"two\"") != std::string::npos, transcript.c_str());
        QVERIFY2(transcript.find("send s3 = 3\n") != std::string::npos, transcript.c_str());
        if (testing::haveCapNetRaw()) {
            QVERIFY2(transcript.find("icmp echo s6 = 19 reply") != std::string::npos, transcript.c_str());
            QVERIFY2(transcript.find("icmp echo s7 = 19 reply") != std::string::npos, transcript.c_str());
            QVERIFY2(transcript.find("send IPv4 packet s8 = 42") != std::string::npos, transcript.c_str());
        }
        const std::string program = labSessionAsC(steps);
        QVERIFY(program.find("static unsigned short inet_checksum(") != std::string::npos);
        QVERIFY(program.find("getprotobyname(\"udp\")") != std::string::npos);
        QByteArray printed;
        compileAndRun(program, QStringLiteral("-std=c11"), printed);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(printed, QByteArray::fromStdString(transcript));
    }
};

QTEST_APPLESS_MAIN(TestLabExport)
#include "tst_labexport.moc"
