// The fd owner closes exactly once, moves cleanly and gives up ownership only on request.
#include "UniqueFd.h"

#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sockscope;

namespace {
bool isOpen(int fd) { return fcntl(fd, F_GETFD) != -1; }
}

class TestUniqueFd : public QObject {
    Q_OBJECT
private slots:
    void closesOnScopeExit()
    {
        int raw;
        {
            UniqueFd fd(socket(AF_INET, SOCK_STREAM, 0));
            QVERIFY(fd.valid());
            raw = fd.get();
            QVERIFY(isOpen(raw));
        }
        QVERIFY(!isOpen(raw));
    }
    void moveTransfersOwnership()
    {
        UniqueFd a(socket(AF_INET, SOCK_DGRAM, 0));
        const int raw = a.get();
        UniqueFd b(std::move(a));
        QVERIFY(!a.valid()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QCOMPARE(b.get(), raw);
        UniqueFd c;
        c = std::move(b);
        QCOMPARE(c.get(), raw);
        QVERIFY(isOpen(raw));
    }
    void resetClosesOld()
    {
        UniqueFd a(socket(AF_UNIX, SOCK_STREAM, 0));
        const int first = a.get();
        a.reset(socket(AF_UNIX, SOCK_DGRAM, 0));
        QVERIFY(!isOpen(first) || a.get() == first);
        QVERIFY(a.valid());
    }
    void releaseKeepsOpen()
    {
        UniqueFd a(socket(AF_INET, SOCK_STREAM, 0));
        const int raw = a.release();
        QVERIFY(!a.valid());
        QVERIFY(isOpen(raw));
        UniqueFd owner(raw);
    }
    void invalidIsHarmless()
    {
        UniqueFd a(-1);
        QVERIFY(!a);
        a.reset();
        QVERIFY(!a);
    }
};

QTEST_APPLESS_MAIN(TestUniqueFd)
#include "tst_uniquefd.moc"
