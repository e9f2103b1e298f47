// Numbers the user types: decimal or 0x hex, range-checked, with the position of a bad character.
#include "NumberParser.h"

#include <QTest>

using namespace sockscope;
using E = ParsedNumber::Error;
Q_DECLARE_METATYPE(ParsedNumber::Error)

class TestNumberParser : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
};

void TestNumberParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qulonglong>("max");
    QTest::addColumn<ParsedNumber::Error>("error");
    QTest::addColumn<qulonglong>("value");
    QTest::addColumn<int>("position");

    QTest::newRow("zero") << "0" << 65535ull << E::None << 0ull << 0;
    QTest::newRow("port") << "8080" << 65535ull << E::None << 8080ull << 0;
    QTest::newRow("max 16") << "65535" << 65535ull << E::None << 65535ull << 0;
    QTest::newRow("over 16") << "65536" << 65535ull << E::TooLarge << 0ull << 0;
    QTest::newRow("hex") << "0x1F90" << 65535ull << E::None << 8080ull << 0;
    QTest::newRow("hex upper X") << "0X7f000001" << 0xffffffffull << E::None << 0x7f000001ull << 0;
    QTest::newRow("max 32") << "4294967295" << 0xffffffffull << E::None << 0xffffffffull << 0;
    QTest::newRow("over 32") << "4294967296" << 0xffffffffull << E::TooLarge << 0ull << 0;
    QTest::newRow("huge") << "999999999999999999999999" << 0xffffffffull << E::TooLarge << 0ull << 0;
    QTest::newRow("spaces trimmed") << "  42 " << 65535ull << E::None << 42ull << 0;
    QTest::newRow("empty") << "" << 65535ull << E::Empty << 0ull << 0;
    QTest::newRow("blank") << "   " << 65535ull << E::Empty << 0ull << 0;
    QTest::newRow("negative") << "-1" << 65535ull << E::Negative << 0ull << 0;
    QTest::newRow("letter") << "80a" << 65535ull << E::BadDigit << 0ull << 2;
    QTest::newRow("bare 0x") << "0x" << 65535ull << E::BadDigit << 0ull << 2;
    QTest::newRow("hex digit in decimal") << "1f" << 65535ull << E::BadDigit << 0ull << 1;
    QTest::newRow("bad after overflow") << "99999999999z" << 65535ull << E::BadDigit << 0ull << 11;
    QTest::newRow("plus") << "+7" << 65535ull << E::None << 7ull << 0;
    QTest::newRow("inner space") << "1 2" << 65535ull << E::BadDigit << 0ull << 1;
    // Found by fuzz_numberparser: a digit larger than max must not wrap the overflow check.
    QTest::newRow("digit above max") << "2" << 0ull << E::TooLarge << 0ull << 0;
    QTest::newRow("zero with max 0") << "0" << 0ull << E::None << 0ull << 0;
    QTest::newRow("max 64") << "0xffffffffffffffff" << ~0ull << E::None << ~0ull << 0;
}

void TestNumberParser::parse()
{
    QFETCH(QString, text);
    QFETCH(qulonglong, max);
    QFETCH(ParsedNumber::Error, error);
    QFETCH(qulonglong, value);
    QFETCH(int, position);
    const ParsedNumber n = parseUnsigned(text.toStdString(), max);
    QCOMPARE(n.error, error);
    if (error == E::None)
        QCOMPARE(qulonglong(n.value), value);
    if (error == E::BadDigit || error == E::Negative)
        QCOMPARE(int(n.position), position);
}

QTEST_APPLESS_MAIN(TestNumberParser)
#include "tst_numberparser.moc"
