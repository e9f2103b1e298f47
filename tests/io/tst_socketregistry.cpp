// The registry lists every registered socket, finds it by an id that is never reused, and its guard
// keeps a descriptor open while an option call runs on it.
#include "SocketRegistry.h"

#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace sockscope;

namespace {
bool isOpen(int fd) { return fcntl(fd, F_GETFD) != -1; }
RegisteredSocket makeSocket(SocketRegistry& registry, const std::string& label, std::uint64_t group = 0)
{
    return RegisteredSocket(UniqueFd(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)),
                            SocketKind{AF_INET, SOCK_STREAM, 0}, SocketOwner::Scratch, label, group, registry);
}
} // namespace

class TestSocketRegistry : public QObject {
    Q_OBJECT
private slots:
    void listAndFind()
    {
        SocketRegistry registry;
        const std::uint64_t group = SocketRegistry::newGroup();
        RegisteredSocket a = makeSocket(registry, "a", group);
        RegisteredSocket b = makeSocket(registry, "b", group);
        QCOMPARE(registry.size(), std::size_t(2));
        const auto all = registry.list();
        QCOMPARE(all.size(), std::size_t(2));
        QVERIFY(all[0].id < all[1].id);
        QCOMPARE(all[0].label, std::string("a"));
        QCOMPARE(all[1].group, group);
        const auto found = registry.find(b.id());
        QVERIFY(found.has_value());
        QCOMPARE(found->fd, b.get());
        QCOMPARE(found->kind.domain, AF_INET);
        QCOMPARE(found->owner, SocketOwner::Scratch);
        b.setLabel("renamed");
        QCOMPARE(registry.find(b.id())->label, std::string("renamed"));
        const std::uint64_t gone = a.id();
        a.reset();
        QVERIFY(!registry.find(gone));
        QCOMPARE(registry.size(), std::size_t(1));
        QVERIFY(!registry.withSocket(gone, [](int) { QFAIL("called for a closed socket"); }));
    }

    void idsAreNeverReused()
    {
        SocketRegistry registry;
        std::uint64_t last = 0;
        int lastFd = -1;
        for (int i = 0; i < 50; ++i) {
            RegisteredSocket s = makeSocket(registry, "s");
            QVERIFY(s.id() > last);
            if (lastFd >= 0)
                QCOMPARE(s.get(), lastFd); // the kernel hands out the same number again; the id differs
            last = s.id();
            lastFd = s.get();
        }
    }

    void releaseLeavesTheRegistryOpen()
    {
        SocketRegistry registry;
        RegisteredSocket s = makeSocket(registry, "s");
        const std::uint64_t id = s.id();
        UniqueFd fd = s.release();
        QVERIFY(fd.valid());
        QVERIFY(isOpen(fd.get()));
        QVERIFY(!registry.find(id));
        QCOMPARE(s.id(), std::uint64_t(0));
    }

    void moveKeepsTheEntry()
    {
        SocketRegistry registry;
        RegisteredSocket a = makeSocket(registry, "a");
        const std::uint64_t id = a.id();
        RegisteredSocket b(std::move(a));
        QCOMPARE(b.id(), id);
        RegisteredSocket c;
        c = std::move(b);
        QCOMPARE(c.id(), id);
        QCOMPARE(registry.size(), std::size_t(1));
    }

    void closeWaitsForRunningCall()
    {
        SocketRegistry registry;
        RegisteredSocket s = makeSocket(registry, "guarded");
        const std::uint64_t id = s.id();
        std::atomic<bool> inside{false};
        std::atomic<bool> release{false};
        std::atomic<bool> sawOpen{false};
        std::thread caller([&] {
            registry.withSocket(id, [&](int fd) {
                inside = true;
                while (!release)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                sawOpen = isOpen(fd); // still ours: the close waits for this call
            });
        });
        while (!inside)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::atomic<bool> closed{false};
        std::thread closer([&] {
            s.reset();
            closed = true;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        QVERIFY(!closed); // blocked by the running call
        release = true;
        caller.join();
        closer.join();
        QVERIFY(closed);
        QVERIFY(sawOpen);
        QVERIFY(!registry.find(id));
    }
};

QTEST_APPLESS_MAIN(TestSocketRegistry)
#include "tst_socketregistry.moc"
