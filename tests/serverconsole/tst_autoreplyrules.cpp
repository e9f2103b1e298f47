// The server console's automatic replies: exact, prefix and regex matches, back-references, text,
// escape and hex replies, the first matching rule answering, bad input named with its position, and
// the per-peer rate cap that ends a loop with an echo peer.
#include "AutoReplyRules.h"

#include <QTest>

using namespace sockscope;
using namespace Qt::StringLiterals;

using Match = AutoReplyRule::Match;
using Reply = AutoReplyRule::Reply;

Q_DECLARE_METATYPE(AutoReplyRule::Match)
Q_DECLARE_METATYPE(AutoReplyRule::Reply)

class TestAutoReplyRules : public QObject {
    Q_OBJECT
private slots:
    void answers_data();
    void answers();
    void firstRuleWins();
    void badRules_data();
    void badRules();
    void delayKept();
    void budget();
};

void TestAutoReplyRules::answers_data()
{
    QTest::addColumn<Match>("match");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<Reply>("reply");
    QTest::addColumn<QString>("response");
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("exact") << Match::Exact << "PING\\r\\n" << Reply::Text << "PONG" << QByteArray("PING\r\n") << true
                           << QByteArray("PONG");
    QTest::newRow("exact, other bytes") << Match::Exact << "PING" << Reply::Text << "PONG" << QByteArray("PING\r\n")
                                        << false << QByteArray();
    QTest::newRow("exact, \\0 is the match") << Match::Exact << "hi" << Reply::Escapes << "<\\0>\\n"
                                             << QByteArray("hi") << true << QByteArray("<hi>\n");
    QTest::newRow("prefix") << Match::Prefix << "GET " << Reply::Escapes
                            << "HTTP/1.0 200 OK\\r\\n\\r\\n" << QByteArray("GET / HTTP/1.0\r\n\r\n") << true
                            << QByteArray("HTTP/1.0 200 OK\r\n\r\n");
    QTest::newRow("prefix, \\1 the rest") << Match::Prefix << "echo " << Reply::Text << "[\\1]"
                                          << QByteArray("echo abc") << true << QByteArray("[abc]");
    QTest::newRow("prefix, \\0 the whole chunk") << Match::Prefix << "GET" << Reply::Text << "<\\0>"
                                                 << QByteArray("GET x") << true << QByteArray("<GET x>");
    QTest::newRow("prefix, no") << Match::Prefix << "GET " << Reply::Text << "x" << QByteArray("POST /") << false
                                << QByteArray();
    QTest::newRow("empty prefix matches all") << Match::Prefix << "" << Reply::Text << "\\0"
                                              << QByteArray("anything") << true << QByteArray("anything");
    QTest::newRow("regex groups") << Match::Regex << "^PING (\\w+)" << Reply::Text << "PONG \\1!"
                                  << QByteArray("PING abc\r\n") << true << QByteArray("PONG abc!");
    QTest::newRow("regex two groups, swapped") << Match::Regex << "(\\d+)\\+(\\d+)" << Reply::Escapes
                                               << "\\2+\\1\\r\\n" << QByteArray("sum 3+4") << true
                                               << QByteArray("4+3\r\n");
    QTest::newRow("regex \\0") << Match::Regex << "b+" << Reply::Text << "(\\0)" << QByteArray("abbbc") << true
                               << QByteArray("(bbb)");
    QTest::newRow("regex over binary bytes") << Match::Regex << "\\x{00}\\x{ff}(.)" << Reply::Hex << "aa \\1 bb"
                                             << QByteArray("\x01\x00\xff\x7f", 4) << true
                                             << QByteArray("\xaa\x7f\xbb", 3);
    QTest::newRow("regex, no") << Match::Regex << "^QUIT" << Reply::Text << "bye" << QByteArray("HELO") << false
                               << QByteArray();
    QTest::newRow("hex reply") << Match::Exact << "\\x01" << Reply::Hex << "0x48, 69 0a" << QByteArray("\x01") << true
                               << QByteArray("Hi\n");
    QTest::newRow("escapes reply, \\\\1 is a backslash and 1") << Match::Exact << "a" << Reply::Escapes << "\\\\1\\t"
                                                               << QByteArray("a") << true << QByteArray("\\1\t");
    QTest::newRow("text reply keeps other backslashes") << Match::Exact << "a" << Reply::Text << "C:\\n \\\\0"
                                                        << QByteArray("a") << true << QByteArray("C:\\n \\0");
}

void TestAutoReplyRules::answers()
{
    QFETCH(Match, match);
    QFETCH(QString, pattern);
    QFETCH(Reply, reply);
    QFETCH(QString, response);
    QFETCH(QByteArray, received);
    QFETCH(bool, matches);
    QFETCH(QByteArray, expected);
    AutoReplyRules rules;
    QString error;
    QVERIFY2(rules.setRules({{match, pattern, reply, response, 0, true}}, &error), qPrintable(error));
    const auto a = rules.answer(received);
    QCOMPARE(a.has_value(), matches);
    if (a) {
        QCOMPARE(a->bytes, expected);
        QCOMPARE(a->rule, 0);
    }
}

void TestAutoReplyRules::firstRuleWins()
{
    AutoReplyRules rules;
    QVERIFY(rules.setRules({
        {Match::Prefix, u"A"_s, Reply::Text, u"disabled"_s, 0, false},
        {Match::Prefix, u"AB"_s, Reply::Text, u"second"_s, 0, true},
        {Match::Prefix, u"A"_s, Reply::Text, u"third"_s, 0, true},
    }));
    QCOMPARE(rules.answer("ABC")->bytes, QByteArray("second"));
    QCOMPARE(rules.answer("ABC")->rule, 1);
    QCOMPARE(rules.answer("AX")->bytes, QByteArray("third"));
    QVERIFY(!rules.answer("X"));
    QVERIFY(rules.setRules({}));
    QVERIFY(rules.isEmpty());
    QVERIFY(!rules.answer("ABC"));
}

void TestAutoReplyRules::badRules_data()
{
    QTest::addColumn<Match>("match");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<Reply>("reply");
    QTest::addColumn<QString>("response");
    QTest::addColumn<bool>("inReply");
    QTest::addColumn<QString>("expected"); // a part of the message

    QTest::newRow("unclosed group") << Match::Regex << "ab(c" << Reply::Text << "x" << false << "Position 5";
    QTest::newRow("bad repeat") << Match::Regex << "a**" << Reply::Text << "x" << false << "Position 3";
    QTest::newRow("unknown escape in exact") << Match::Exact << "ab\\q" << Reply::Text << "x" << false << "Position 3";
    QTest::newRow("bad hex reply") << Match::Exact << "a" << Reply::Hex << "41 4g" << true << "Position 5";
    QTest::newRow("odd hex reply") << Match::Exact << "a" << Reply::Hex << "41 4" << true << "Position 4";
    QTest::newRow("bad hex after a back-reference") << Match::Prefix << "a" << Reply::Hex << "\\1 zz" << true
                                                    << "Position 4";
    QTest::newRow("unknown escape in reply") << Match::Exact << "a" << Reply::Escapes << "ok\\q" << true
                                             << "Position 3";
    QTest::newRow("group beyond the regex's") << Match::Regex << "(a)" << Reply::Text << "x\\2" << true
                                              << "Position 2";
    QTest::newRow("group of an exact match") << Match::Exact << "a" << Reply::Text << "\\1" << true << "Position 1";
}

void TestAutoReplyRules::badRules()
{
    QFETCH(Match, match);
    QFETCH(QString, pattern);
    QFETCH(Reply, reply);
    QFETCH(QString, response);
    QFETCH(bool, inReply);
    QFETCH(QString, expected);
    AutoReplyRules rules;
    QVERIFY(rules.setRules({{Match::Exact, u"keep"_s, Reply::Text, u"kept"_s, 0, true}}));
    QString error;
    int bad = -1;
    bool wasReply = !inReply;
    const AutoReplyRule good{Match::Exact, u"x"_s, Reply::Text, u"y"_s, 0, true};
    QVERIFY(!rules.setRules({good, {match, pattern, reply, response, 0, true}}, &error, &bad, &wasReply));
    QCOMPARE(bad, 1);
    QCOMPARE(wasReply, inReply);
    QVERIFY2(error.startsWith(inReply ? u"Rule 2, reply: "_s : u"Rule 2, match: "_s), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    const QString alone = inReply ? AutoReplyRules::checkReply({match, pattern, reply, response, 0, true})
                                  : AutoReplyRules::checkMatch({match, pattern, reply, response, 0, true});
    QVERIFY2(alone.startsWith(expected), qPrintable(alone));
    // The rules in force are the old ones.
    QCOMPARE(rules.answer("keep")->bytes, QByteArray("kept"));
}

void TestAutoReplyRules::delayKept()
{
    AutoReplyRules rules;
    QVERIFY(rules.setRules({{Match::Exact, u"a"_s, Reply::Text, u"b"_s, 250, true},
                            {Match::Exact, u"c"_s, Reply::Text, u"d"_s, 10 * AutoReplyRules::maxDelayMs, true}}));
    QCOMPARE(rules.answer("a")->delayMs, 250);
    QCOMPARE(rules.answer("c")->delayMs, AutoReplyRules::maxDelayMs);
}

void TestAutoReplyRules::budget()
{
    AutoReplyBudget b(5, 10.0); // 5 in a row, then one each 100 ms
    int sent = 0;
    for (int i = 0; i < 100; ++i) // an echo peer answering at once: all within the same millisecond
        sent += b.take(1, 1000) ? 1 : 0;
    QCOMPARE(sent, 5);
    QCOMPARE(b.stopped(), 95u);
    QVERIFY(b.take(2, 1000)); // another peer has its own budget
    QVERIFY(!b.take(1, 1050));
    QVERIFY(b.take(1, 1160)); // refilled: one more after 100 ms
    QVERIFY(!b.take(1, 1160));
    QCOMPARE(b.stopped(), 97u);
    b.forget(1);
    QVERIFY(b.take(1, 1160));
}

QTEST_APPLESS_MAIN(TestAutoReplyRules)
#include "tst_autoreplyrules.moc"
