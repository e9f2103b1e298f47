// The socket lab makes real calls: each descriptor call on a socket returns what the kernel says,
// dup'd descriptors share one open file, a blocking accept can be abandoned (EINTR, quickly), and a
// closed connection is still found in the kernel's table (TIME_WAIT).
#include "CallJournal.h"
#include "PayloadCodec.h"
#include "LabNames.h"
#include "LabRecipes.h"
#include "PeerThatLeaves.h"
#include "SocketLab.h"
#include "SocketRegistry.h"

#include <QTest>

#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <map>
#include <thread>

using namespace sockscope;

namespace {

// socket(AF_INET, SOCK_STREAM, 0) in the lab; the new lab id.
std::string tcpSocket(SocketLab& lab, bool nonblock = false)
{
    LabRequest r = LabRequest::on(LabCall::Socket);
    r.domain = AF_INET;
    r.type = SOCK_STREAM;
    r.nonblock = nonblock;
    const LabResult res = lab.perform(r);
    return res.created;
}

LabResult bindTo(SocketLab& lab, const std::string& id, int port = 0)
{
    LabRequest r = LabRequest::on(LabCall::Bind, id);
    r.address = "127.0.0.1";
    r.port = port;
    return lab.perform(r);
}

const LabSocketRow* rowOf(const std::vector<LabSocketRow>& rows, const std::string& id)
{
    for (const auto& row : rows)
        if (row.id == id)
            return &row;
    return nullptr;
}

// A listening server s1 and a connected client s2 with the accepted end s3.
struct Connection {
    std::string server, client, accepted;
    int port = 0;
};

Connection connectPair(SocketLab& lab)
{
    Connection c;
    c.server = tcpSocket(lab);
    bindTo(lab, c.server);
    LabRequest l = LabRequest::on(LabCall::Listen, c.server);
    l.backlog = 4;
    lab.perform(l);
    c.port = rowOf(lab.snapshot(), c.server)->localPort;
    c.client = tcpSocket(lab);
    LabRequest con = LabRequest::on(LabCall::Connect, c.client);
    con.address = "127.0.0.1";
    con.port = c.port;
    lab.perform(con);
    c.accepted = lab.perform(LabRequest::on(LabCall::Accept, c.server)).created;
    return c;
}

std::string errnoSymbolOf(const LabResult& r) { return r.err ? std::to_string(r.err) : std::string("refused"); }

} // namespace

class TestSocketLab : public QObject {
    Q_OBJECT
private slots:
    void fdSemantics_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<long>("number");
        QTest::addColumn<long>("ret");
        QTest::addColumn<int>("err");
        // The chapter's table, run for real on a TCP socket under Linux.
        QTest::newRow("lseek: ESPIPE") << int(LabCall::Lseek) << 0L << -1L << ESPIPE;
        QTest::newRow("fchdir: ENOTDIR") << int(LabCall::Fchdir) << 0L << -1L << ENOTDIR;
        QTest::newRow("ftruncate: EINVAL") << int(LabCall::Ftruncate) << 0L << -1L << EINVAL;
        QTest::newRow("fsync: EINVAL") << int(LabCall::Fsync) << 0L << -1L << EINVAL;
        QTest::newRow("fdatasync: EINVAL") << int(LabCall::Fdatasync) << 0L << -1L << EINVAL;
        QTest::newRow("fstat: 0") << int(LabCall::Fstat) << 0L << 0L << 0;
        QTest::newRow("getsockname: 0") << int(LabCall::Getsockname) << 0L << 0L << 0;
        QTest::newRow("getpeername: ENOTCONN") << int(LabCall::Getpeername) << 0L << -1L << ENOTCONN;
        QTest::newRow("F_GETOWN: 0") << int(LabCall::FcntlGetown) << 0L << 0L << 0;
        QTest::newRow("ioctl FIONREAD: 0") << int(LabCall::IoctlFionread) << 0L << 0L << 0;
    }
    void fdSemantics()
    {
        QFETCH(int, call);
        QFETCH(long, number);
        QFETCH(long, ret);
        QFETCH(int, err);
        SocketLab lab;
        const std::string s = tcpSocket(lab);
        LabRequest r = LabRequest::on(static_cast<LabCall>(call), s);
        r.number = number;
        const LabResult res = lab.perform(r);
        QVERIFY(res.performed);
        QCOMPARE(res.ret, ret);
        QCOMPARE(res.err, err);
        QCOMPARE(lab.steps().size(), std::size_t(2));
    }

    void fstatSaysSocket()
    {
        SocketLab lab;
        const LabResult res = lab.perform(LabRequest::on(LabCall::Fstat, tcpSocket(lab)));
        QCOMPARE(res.ret, 0L);
        QVERIFY2(res.detail.find("(S_ISSOCK)") != std::string::npos, res.detail.c_str());
        QVERIFY(res.detail.find("st_mode 014") == 0);
        QCOMPARE(res.note, LabNote::Stat);
    }

    void fcntlFlagsRoundTrip()
    {
        SocketLab lab;
        const std::string s = tcpSocket(lab);
        QCOMPARE(lab.perform(LabRequest::on(LabCall::FcntlGetfl, s)).detail, std::string("O_RDWR"));
        LabRequest set = LabRequest::on(LabCall::FcntlSetfl, s);
        set.enable = true;
        QCOMPARE(lab.perform(set).ret, 0L);
        QCOMPARE(lab.perform(LabRequest::on(LabCall::FcntlGetfl, s)).detail, std::string("O_RDWR|O_NONBLOCK"));
        QVERIFY(rowOf(lab.snapshot(), s)->nonblocking);
        set.enable = false;
        lab.perform(set);
        QVERIFY(!rowOf(lab.snapshot(), s)->nonblocking);

        LabRequest cloexec = LabRequest::on(LabCall::FcntlSetfd, s);
        cloexec.enable = true;
        QCOMPARE(lab.perform(cloexec).ret, 0L);
        QCOMPARE(lab.perform(LabRequest::on(LabCall::FcntlGetfd, s)).detail, std::string("FD_CLOEXEC"));
        QVERIFY(rowOf(lab.snapshot(), s)->cloexec);

        LabRequest own = LabRequest::on(LabCall::FcntlSetown, s);
        own.number = getpid();
        QCOMPARE(lab.perform(own).ret, 0L);
        QCOMPARE(lab.perform(LabRequest::on(LabCall::FcntlGetown, s)).ret, long(getpid()));
    }

    void socketFlagsAtCreation()
    {
        SocketLab lab;
        const std::string s = tcpSocket(lab, true);
        const auto rows = lab.snapshot();
        const LabSocketRow* row = rowOf(rows, s);
        QVERIFY(row);
        QVERIFY(row->nonblocking);
        QCOMPARE(lab.steps().front().callText.find("SOCK_STREAM|SOCK_NONBLOCK") != std::string::npos, true);
    }

    void dupSharesTheOpenFile()
    {
        SocketLab lab;
        const std::string s = tcpSocket(lab);
        const LabResult d = lab.perform(LabRequest::on(LabCall::Dup, s));
        QVERIFY(d.ret >= 0);
        QVERIFY(!d.created.empty());
        // O_NONBLOCK lives in the open file: set on the copy, seen on the original.
        LabRequest set = LabRequest::on(LabCall::FcntlSetfl, d.created);
        set.enable = true;
        lab.perform(set);
        auto rows = lab.snapshot();
        QCOMPARE(rowOf(rows, d.created)->aliasOf, s);
        QVERIFY(rowOf(rows, s)->nonblocking);
        // FD_CLOEXEC lives in the descriptor: set on the copy only.
        LabRequest cloexec = LabRequest::on(LabCall::FcntlSetfd, d.created);
        cloexec.enable = true;
        lab.perform(cloexec);
        rows = lab.snapshot();
        QVERIFY(rowOf(rows, d.created)->cloexec);
        QVERIFY(!rowOf(rows, s)->cloexec);
        // Closing the original leaves the socket open through the copy.
        const LabResult c = lab.perform(LabRequest::on(LabCall::Close, s));
        QCOMPARE(c.ret, 0L);
        QCOMPARE(c.note, LabNote::ClosedAliasRemains);
        QCOMPARE(c.noteArgs.front(), d.created);
        // Calls on a closed lab socket are refused, never made on a reused number.
        QVERIFY(!lab.perform(LabRequest::on(LabCall::Fstat, s)).performed);

        const LabResult f = lab.perform([&] {
            LabRequest r = LabRequest::on(LabCall::FcntlDupfd, d.created);
            r.number = 200;
            return r;
        }());
        QVERIFY(f.ret >= 200);
        QCOMPARE(rowOf(lab.snapshot(), f.created)->aliasOf, s);
    }

    void dup2NeverTakesAForeignDescriptor()
    {
        SocketLab lab;
        const std::string s = tcpSocket(lab);
        const int foreign = ::socket(AF_INET, SOCK_DGRAM, 0);
        LabRequest r = LabRequest::on(LabCall::Dup2, s);
        r.number = foreign;
        const LabResult res = lab.perform(r);
        QVERIFY(!res.performed);
        QCOMPARE(res.note, LabNote::RefusedFdInUse);
        QVERIFY(fcntl(foreign, F_GETFD) != -1);
        ::close(foreign);
        // Onto another lab socket: that one is closed by dup2.
        const std::string other = tcpSocket(lab);
        r.number = rowOf(lab.snapshot(), other)->fd;
        const LabResult ok = lab.perform(r);
        QCOMPARE(ok.ret, r.number);
        QCOMPARE(ok.note, LabNote::Dup2ClosedOther);
        const auto rows = lab.snapshot();
        QVERIFY(!rowOf(rows, other)->open);
        QCOMPARE(rowOf(rows, ok.created)->fd, int(r.number));
    }

    void dataAndFionread()
    {
        SocketLab lab;
        const Connection c = connectPair(lab);
        QVERIFY(!c.accepted.empty());
        LabRequest send = LabRequest::on(LabCall::Send, c.client);
        send.data = "hello\n";
        QCOMPARE(lab.perform(send).ret, 6L);
        // Loopback delivers at once, but give the kernel a moment on a loaded machine.
        long waiting = 0;
        for (int i = 0; i < 200 && waiting < 6; ++i) {
            waiting = std::stol(lab.perform(LabRequest::on(LabCall::IoctlFionread, c.accepted)).detail);
            if (waiting < 6)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        QCOMPARE(waiting, 6L);
        QVERIFY(rowOf(lab.snapshot(), c.accepted)->readable);
        LabRequest peek = LabRequest::on(LabCall::Recv, c.accepted);
        peek.size = 3;
        peek.flags = MSG_PEEK;
        QCOMPARE(lab.perform(peek).received, std::string("hel"));
        LabRequest recv = LabRequest::on(LabCall::Read, c.accepted);
        recv.size = 100;
        const LabResult got = lab.perform(recv);
        QCOMPARE(got.ret, 6L);
        QCOMPARE(got.received, std::string("hello\n"));
        QCOMPARE(got.note, LabNote::Received);
        // Nothing more: MSG_DONTWAIT gives EAGAIN instead of blocking.
        LabRequest again = LabRequest::on(LabCall::Recv, c.accepted);
        again.size = 10;
        again.flags = MSG_DONTWAIT;
        QVERIFY(!lab.mayBlock(again));
        const LabResult eagain = lab.perform(again);
        QCOMPARE(eagain.err, EAGAIN);
        QCOMPARE(eagain.note, LabNote::WouldBlock);
        // MSG_TRUNC on a stream (Linux): the bytes are taken and dropped, nothing is copied.
        QCOMPARE(lab.perform(send).ret, 6L);
        LabRequest peekAll = LabRequest::on(LabCall::Recv, c.accepted);
        peekAll.size = 16;
        peekAll.flags = MSG_PEEK;
        for (int i = 0; i < 200 && lab.perform(peekAll).ret < 6; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        LabRequest trunc = LabRequest::on(LabCall::Recv, c.accepted);
        trunc.size = 16;
        trunc.flags = MSG_TRUNC;
        const LabResult dropped = lab.perform(trunc);
        QCOMPARE(dropped.ret, 6L);
        QCOMPARE(dropped.note, LabNote::Discarded);
        QVERIFY(dropped.received.empty());
        QCOMPARE(lab.perform(again).err, EAGAIN); // gone
        // The peer's half-close reads as 0.
        LabRequest shut = LabRequest::on(LabCall::Shutdown, c.client);
        shut.how = SHUT_WR;
        QCOMPARE(lab.perform(shut).ret, 0L);
        QCOMPARE(lab.perform(recv).note, LabNote::EndOfStream);
        QCOMPARE(rowOf(lab.snapshot(), c.server)->state, std::string("LISTEN"));
        QCOMPARE(rowOf(lab.snapshot(), c.accepted)->state, std::string("CLOSE_WAIT"));
    }

    void writeWhenSendingIsOver_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("call");
        for (const char* how : {"our SHUT_WR", "peer closed", "peer reset"})
            for (LabCall call : {LabCall::Write, LabCall::Send})
                QTest::addRow("%s, %s", how, call == LabCall::Write ? "write" : "send")
                    << QString::fromLatin1(how) << int(call);
    }

    // The lab makes the call as a program would (no MSG_NOSIGNAL): EPIPE, with SIGPIPE raised and taken.
    void writeWhenSendingIsOver()
    {
        QFETCH(QString, how);
        QFETCH(int, call);
        testing::makeSigpipeFatal(); // so that a SIGPIPE let through would end the test
        SocketLab lab;
        const Connection c = connectPair(lab);
        if (how == QLatin1String("our SHUT_WR")) {
            LabRequest shut = LabRequest::on(LabCall::Shutdown, c.client);
            shut.how = SHUT_WR;
            lab.perform(shut);
        } else {
            if (how == QLatin1String("peer reset")) {
                linger lg{1, 0};
                QCOMPARE(setsockopt(rowOf(lab.snapshot(), c.accepted)->fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg), 0);
            }
            lab.perform(LabRequest::on(LabCall::Close, c.accepted));
        }
        LabResult res;
        for (int i = 0; i < 100 && res.err != EPIPE; ++i) {
            LabRequest w = LabRequest::on(static_cast<LabCall>(call), c.client);
            w.data = "x";
            res = lab.perform(w);
            if (res.err != EPIPE)
                QTest::qSleep(10); // a closed peer's RST, or the RST's ECONNRESET, comes first
        }
        QCOMPARE(res.err, EPIPE);
        QCOMPARE(res.note, LabNote::BrokenPipe);
        QVERIFY(res.sigpipe); // raised, and taken by the lab rather than by the process

        LabRequest quiet = LabRequest::on(LabCall::Send, c.client);
        quiet.data = "y";
        quiet.flags = MSG_NOSIGNAL;
        const LabResult q = lab.perform(quiet);
        QCOMPARE(q.err, EPIPE);
        QCOMPARE(q.note, LabNote::BrokenPipeNoSignal);
        QVERIFY(!q.sigpipe);
        QVERIFY(testing::sigpipeIsFatalHere());
    }

    void abandonBlockingAccept()
    {
        SocketLab lab;
        const std::string s = tcpSocket(lab);
        bindTo(lab, s);
        LabRequest l = LabRequest::on(LabCall::Listen, s);
        l.backlog = 1;
        lab.perform(l);
        const LabRequest accept = LabRequest::on(LabCall::Accept, s);
        QVERIFY(lab.mayBlock(accept));
        auto pending = std::async(std::launch::async, [&] { return lab.perform(accept); });
        // Wait until the call runs (it may still be on its way into accept(): the re-sent signal covers that).
        for (int i = 0; i < 12000 && !lab.blockingCallRunning(); ++i) // 60 s at most: a loaded machine
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        QVERIFY(lab.blockingCallRunning());
        // A second blocking call is refused while the first runs; a quick one goes through.
        QCOMPARE(lab.perform(accept).note, LabNote::RefusedBlockingRunning);
        QCOMPARE(lab.perform(LabRequest::on(LabCall::Getsockname, s)).ret, 0L);
        QCOMPARE(lab.perform(LabRequest::on(LabCall::Close, s)).note, LabNote::RefusedBusySocket);
        QVERIFY(rowOf(lab.snapshot(), s)->busy);
        const auto start = std::chrono::steady_clock::now();
        QVERIFY(lab.abandon());
        const LabResult res = pending.get();
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(3));
        QCOMPARE(res.ret, -1L);
        QCOMPARE(res.err, EINTR);
        QVERIFY(res.abandoned);
        QCOMPARE(res.note, LabNote::Abandoned);
        QVERIFY(!lab.blockingCallRunning());
        QVERIFY(!rowOf(lab.snapshot(), s)->busy);
        QVERIFY(!lab.abandon(std::chrono::milliseconds(10))); // nothing left to abandon
    }

    // abandon() as soon as blockingCallRunning() turns true, many times: the call may not have reached
    // accept() yet, and it must still come back -1 EINTR instead of blocking for good.
    void abandonTheMomentTheCallStarts()
    {
        SocketLab lab;
        const std::string s = tcpSocket(lab);
        bindTo(lab, s);
        lab.perform(LabRequest::on(LabCall::Listen, s));
        const LabRequest accept = LabRequest::on(LabCall::Accept, s);
        for (int round = 0; round < 40; ++round) {
            auto pending = std::async(std::launch::async, [&] { return lab.perform(accept); });
            while (!lab.blockingCallRunning())
                std::this_thread::yield();
            QVERIFY2(lab.abandon(), qPrintable(QString::number(round)));
            const LabResult res = pending.get();
            QCOMPARE(res.err, EINTR);
            QVERIFY(res.abandoned);
        }
    }

    // "Close all and start over" while an accept waits, or is just starting: the call ends (abandoned,
    // or refused for want of its socket) and reset() returns; nothing is left waiting on a closed fd.
    void resetWhileACallWaits()
    {
        SocketLab lab;
        for (int round = 0; round < 20; ++round) {
            const std::string s = tcpSocket(lab);
            bindTo(lab, s);
            lab.perform(LabRequest::on(LabCall::Listen, s));
            const LabRequest accept = LabRequest::on(LabCall::Accept, s);
            auto pending = std::async(std::launch::async, [&] { return lab.perform(accept); });
            if (round % 2)
                while (!lab.blockingCallRunning())
                    std::this_thread::yield();
            lab.reset();
            QVERIFY2(pending.wait_for(std::chrono::seconds(10)) == std::future_status::ready,
                     qPrintable(QString::number(round)));
            const LabResult r = pending.get();
            QVERIFY(r.abandoned || r.note == LabNote::RefusedUnknownSocket);
            QVERIFY(!lab.blockingCallRunning());
        }
    }

    void timeWaitAfterActiveClose()
    {
        SocketLab lab;
        const Connection c = connectPair(lab);
        QCOMPARE(rowOf(lab.snapshot(), c.client)->state, std::string("ESTABLISHED"));
        // The client closes first (the active close), then the server's end.
        QCOMPARE(lab.perform(LabRequest::on(LabCall::Close, c.client)).ret, 0L);
        QCOMPARE(lab.perform(LabRequest::on(LabCall::Close, c.accepted)).ret, 0L);
        std::string state;
        for (int i = 0; i < 300 && state != "TIME_WAIT"; ++i) {
            state = rowOf(lab.snapshot(), c.client)->state;
            if (state != "TIME_WAIT")
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        QCOMPARE(state, std::string("TIME_WAIT"));
        const auto rows = lab.snapshot();
        const LabSocketRow* row = rowOf(rows, c.client);
        QVERIFY(!row->open);
        QCOMPARE(row->fd, -1);
    }

    void registeredWhileOpen()
    {
        SocketRegistry registry;
        SocketLab lab(registry);
        const std::string s = tcpSocket(lab);
        bindTo(lab, s);
        const auto list = registry.list();
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list.front().owner, SocketOwner::Lab);
        QVERIFY2(list.front().label.rfind("s1: tcp 127.0.0.1:", 0) == 0, list.front().label.c_str());
        lab.perform(LabRequest::on(LabCall::Close, s));
        QCOMPARE(registry.size(), std::size_t(0));
    }

    void journalledWithCode()
    {
        SocketLab lab;
        const std::uint64_t before = CallJournal::global().lastSeq();
        const std::string s = tcpSocket(lab);
        lab.perform(LabRequest::on(LabCall::Lseek, s));
        const auto batch = CallJournal::global().since(before);
        QCOMPARE(batch.entries.size(), std::size_t(2));
        QCOMPARE(batch.entries[1].function, std::string("lseek"));
        QCOMPARE(batch.entries[1].err, ESPIPE);
        QVERIFY(batch.entries[1].code.find("lseek(") != std::string::npos);
    }

    void refusals()
    {
        SocketLab lab;
        QCOMPARE(lab.perform(LabRequest::on(LabCall::Close, "s9")).note, LabNote::RefusedUnknownSocket);
        const std::string s = tcpSocket(lab);
        LabRequest bad = LabRequest::on(LabCall::Bind, s);
        bad.address = "not-an-address";
        QCOMPARE(lab.perform(bad).note, LabNote::RefusedBadAddress);
        bad.address = "@" + std::string(108, 'x'); // one byte more than sun_path holds
        const LabResult tooLong = lab.perform(bad);
        QCOMPARE(tooLong.note, LabNote::RefusedLongPath);
        QCOMPARE(tooLong.noteArgs, (std::vector<std::string>{"108", "107"}));
        QCOMPARE(lab.steps().size(), std::size_t(1)); // refusals are no steps
    }

    // Every recipe runs to its end on a fresh lab, each step enabled exactly when it is next (the server
    // and client recipes interleaved as a student would: the client connects before the server accepts).
    void recipesRunToTheEnd()
    {
        SocketLab lab;
        const std::vector<LabRecipe> recipes = labRecipes();
        std::map<std::string, LabRecipeProgress> progress;
        const auto recipe = [&](const std::string& id) -> const LabRecipe& {
            for (const auto& r : recipes)
                if (r.id == id)
                    return r;
            qFatal("no recipe %s", id.c_str());
        };
        const auto run = [&](const std::string& id, std::size_t step) {
            const LabRecipe& r = recipe(id);
            LabRecipeProgress& p = progress[id];
            const auto rows = lab.snapshot();
            QCOMPARE(labRecipeNextStep(r, p), step);
            QVERIFY2(labRecipeStepEnabled(r.steps[step], p, rows), r.steps[step].id.c_str());
            LabRequest req;
            QVERIFY(labRecipeRequest(r.steps[step], p, rows, req));
            req.data = parseEscapes(req.data).bytes;
            const LabResult res = lab.perform(req);
            QVERIFY2(res.performed && (res.ret != -1 || r.steps[step].expectsFailure), (r.steps[step].id + ": " + errnoSymbolOf(res)).c_str());
            labRecipeRecord(r, step, res, p);
        };
        // Before any socket: the client cannot connect (no listener), the server cannot bind.
        QVERIFY(!labRecipeStepEnabled(recipe("tcp-server").steps[1], progress["tcp-server"], lab.snapshot()));
        for (std::size_t i : {0, 1, 2})
            run("tcp-server", i);
        QVERIFY(!labRecipeStepEnabled(recipe("tcp-server").steps[2], progress["tcp-server"], lab.snapshot()));
        for (std::size_t i : {0, 1, 2})
            run("tcp-client", i);
        for (std::size_t i : {3, 4, 5})
            run("tcp-server", i);
        run("tcp-client", 3);
        for (std::size_t i : {6, 7})
            run("tcp-server", i);
        run("tcp-client", 4);
        for (const char* id : {"udp", "half-close", "fd-tour"})
            for (std::size_t i = 0; i < recipe(id).steps.size(); ++i)
                run(id, i);
        // (The wire recipes run to their end through the service: tst_labwirerecipes.)
        for (const char* id : {"tcp-server", "tcp-client", "udp", "half-close", "fd-tour"})
            QCOMPARE(labRecipeNextStep(recipe(id), progress[id]), recipe(id).steps.size());
        // The fd tour's point: O_NONBLOCK set through the copy was read through the original.
        bool sawShared = false;
        for (const auto& s : lab.steps())
            sawShared = sawShared || (s.request.call == LabCall::FcntlGetfl && s.detail == "O_RDWR|O_NONBLOCK");
        QVERIFY(sawShared);
    }

    // The recipe notices its next call made by hand: socket() from the Create tab takes step 1, bind()
    // on that socket step 2; a call on another socket, or another call, is not the recipe's.
    void recipeNoticesCallsMadeByHand()
    {
        SocketLab lab;
        LabRecipe server;
        for (const auto& r : labRecipes())
            if (r.id == "tcp-server")
                server = r;
        QVERIFY(!server.steps.empty());
        LabRecipeProgress p;
        LabRequest udp = LabRequest::on(LabCall::Socket);
        udp.domain = AF_INET;
        udp.type = SOCK_DGRAM;
        const LabResult other = lab.perform(udp);
        QCOMPARE(labRecipeStepMadeByHand(server, p, lab.snapshot(), other), server.steps.size());
        LabRequest tcp = udp;
        tcp.type = SOCK_STREAM;
        const LabResult created = lab.perform(tcp);
        QCOMPARE(labRecipeStepMadeByHand(server, p, lab.snapshot(), created), std::size_t(0));
        labRecipeRecord(server, 0, created, p);
        QCOMPARE(labRecipeNextStep(server, p), std::size_t(1));
        LabRequest bindOther = LabRequest::on(LabCall::Bind, other.created);
        bindOther.address = "127.0.0.1";
        const LabResult wrongSocket = lab.perform(bindOther);
        QCOMPARE(labRecipeStepMadeByHand(server, p, lab.snapshot(), wrongSocket), server.steps.size());
        LabRequest bindOurs = LabRequest::on(LabCall::Bind, created.created);
        bindOurs.address = "127.0.0.1";
        const LabResult bound = lab.perform(bindOurs);
        QCOMPARE(labRecipeStepMadeByHand(server, p, lab.snapshot(), bound), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestSocketLab)
#include "tst_socketlab.moc"
