// The journal under concurrent writers: bounded, ordered, every entry whole.
#include "CallJournal.h"

#include <QTest>

#include <pthread.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using namespace sockscope;

namespace {

// An entry whose fields all derive from (writer, n), so a torn entry is detectable.
JournalEntry makeEntry(int writer, int n)
{
    const std::string tag = "w" + std::to_string(writer) + "-" + std::to_string(n);
    JournalEntry e;
    e.function = "f" + std::to_string(writer);
    e.args = tag + std::string(static_cast<std::size_t>(n % 50), 'x'); // vary the length
    e.result = tag;
    e.err = writer;
    e.durationUs = n;
    e.code = "/* " + tag + " */";
    return e;
}

bool isWhole(const JournalEntry& e)
{
    const int writer = e.err;
    const int n = static_cast<int>(e.durationUs);
    const JournalEntry expected = makeEntry(writer, n);
    return e.function == expected.function && e.args == expected.args && e.result == expected.result
           && e.code == expected.code;
}

} // namespace

class TestCallJournal : public QObject {
    Q_OBJECT
private slots:
    void ringKeepsNewest();
    void sinceSkipsAndCounts();
    void capacityChangeKeepsNewest();
    void clearKeepsNumbering();
    void concurrentWritersAndReader();
    void timerFillsBookkeeping();
    void unjournalledCallsAreLeftOut();
};

// A periodic read made under UnjournalledCalls leaves no row; the scope nests, ends with its block and
// does not reach other threads.
void TestCallJournal::unjournalledCallsAreLeftOut()
{
    CallJournal j(100);
    j.record(makeEntry(0, 1));
    {
        const UnjournalledCalls quiet;
        QCOMPARE(j.record(makeEntry(0, 2)), std::uint64_t(0));
        {
            const UnjournalledCalls inner;
            j.record(makeEntry(0, 3));
        }
        QVERIFY(UnjournalledCalls::active());
        std::uint64_t fromOtherThread = 0;
        std::thread other([&] { fromOtherThread = j.record(makeEntry(1, 4)); });
        other.join();
        QCOMPARE(fromOtherThread, std::uint64_t(2));
    }
    QVERIFY(!UnjournalledCalls::active());
    QCOMPARE(j.record(makeEntry(0, 5)), std::uint64_t(3));
    QCOMPARE(j.size(), std::size_t(3));
}

void TestCallJournal::ringKeepsNewest()
{
    CallJournal j(4);
    for (int i = 0; i < 10; ++i)
        j.record(makeEntry(0, i));
    QCOMPARE(j.size(), std::size_t(4));
    QCOMPARE(j.lastSeq(), std::uint64_t(10));
    const auto b = j.since(0);
    QCOMPARE(b.dropped, std::uint64_t(6));
    QCOMPARE(b.entries.size(), std::size_t(4));
    QCOMPARE(b.entries.front().seq, std::uint64_t(7));
    QCOMPARE(b.entries.back().seq, std::uint64_t(10));
    QCOMPARE(b.lastSeq, std::uint64_t(10));
}

void TestCallJournal::sinceSkipsAndCounts()
{
    CallJournal j(100);
    for (int i = 0; i < 30; ++i)
        j.record(makeEntry(0, i));
    auto b = j.since(10, 5);
    QCOMPARE(b.entries.size(), std::size_t(5));
    QCOMPARE(b.entries.front().seq, std::uint64_t(11));
    QCOMPARE(b.lastSeq, std::uint64_t(15));
    QCOMPARE(b.dropped, std::uint64_t(0));
    b = j.since(b.lastSeq);
    QCOMPARE(b.entries.size(), std::size_t(15));
    QCOMPARE(b.lastSeq, std::uint64_t(30));
    b = j.since(30);
    QVERIFY(b.entries.empty());
    QCOMPARE(b.lastSeq, std::uint64_t(30));
}

void TestCallJournal::capacityChangeKeepsNewest()
{
    CallJournal j(10);
    for (int i = 0; i < 8; ++i)
        j.record(makeEntry(0, i));
    j.setCapacity(3);
    QCOMPARE(j.capacity(), std::size_t(3));
    auto b = j.since(0);
    QCOMPARE(b.entries.size(), std::size_t(3));
    QCOMPARE(b.entries.front().seq, std::uint64_t(6));
    QVERIFY(isWhole(b.entries.front()));
    j.setCapacity(20);
    j.record(makeEntry(0, 99));
    b = j.since(0);
    QCOMPARE(b.entries.size(), std::size_t(4));
    QCOMPARE(b.entries.back().seq, std::uint64_t(9));
}

void TestCallJournal::clearKeepsNumbering()
{
    CallJournal j(10);
    j.record(makeEntry(0, 1));
    j.clear();
    QCOMPARE(j.size(), std::size_t(0));
    QCOMPARE(j.record(makeEntry(0, 2)), std::uint64_t(2));
    QCOMPARE(j.since(0).entries.size(), std::size_t(1));
}

void TestCallJournal::concurrentWritersAndReader()
{
    constexpr int writers = 8;
    constexpr int perWriter = 5000;
    constexpr std::size_t capacity = 1000;
    CallJournal j(capacity);
    std::atomic<bool> done{false};
    std::atomic<int> torn{0};
    std::atomic<int> outOfOrder{0};
    std::uint64_t seen = 0;

    std::thread reader([&] {
        std::uint64_t last = 0;
        // One more pass after the writers finish: the reader may not have been scheduled at all
        // while they ran (a loaded machine), and it must still see entries.
        for (bool finished = false; !finished;) {
            finished = done.load();
            const auto b = j.since(last, 300);
            for (const auto& e : b.entries) {
                if (!isWhole(e))
                    ++torn;
                if (e.seq <= last)
                    ++outOfOrder;
                last = e.seq;
            }
            seen += b.entries.size();
            last = b.lastSeq;
        }
    });
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w)
        threads.emplace_back([&j, w] {
            for (int n = 0; n < perWriter; ++n)
                j.record(makeEntry(w, n));
        });
    for (auto& t : threads)
        t.join();
    done = true;
    reader.join();

    QCOMPARE(torn.load(), 0);
    QCOMPARE(outOfOrder.load(), 0);
    QCOMPARE(j.lastSeq(), std::uint64_t(writers) * perWriter);
    QCOMPARE(j.size(), capacity); // bounded
    const auto b = j.since(0);
    QCOMPARE(b.entries.size(), capacity);
    QCOMPARE(b.dropped, std::uint64_t(writers) * perWriter - capacity);
    for (std::size_t i = 0; i < b.entries.size(); ++i) {
        QVERIFY(isWhole(b.entries[i]));
        if (i > 0)
            QCOMPARE(b.entries[i].seq, b.entries[i - 1].seq + 1);
    }
    QVERIFY(seen > 0);
}

void TestCallJournal::timerFillsBookkeeping()
{
    pthread_setname_np(pthread_self(), "journal-test");
    CallTimer t;
    const JournalEntry e = t.entry("close", "3", "0", 0, "close(3);");
    QCOMPARE(QString::fromStdString(e.thread), QStringLiteral("journal-test"));
    QVERIFY(e.durationUs >= 0);
    QVERIFY(e.timeUs > 1'600'000'000'000'000LL); // after 2020
    QCOMPARE(QString::fromStdString(e.function), QStringLiteral("close"));
}

QTEST_APPLESS_MAIN(TestCallJournal)
#include "tst_calljournal.moc"
