// htonl/htons/ntohl/ntohs on typed values, and the bytes in memory before and after.
#include "ByteOrder.h"
#include "CallJournal.h"

#include <QTest>

#include <arpa/inet.h>

using namespace sockscope;
Q_DECLARE_METATYPE(sockscope::ByteOrderFunction)

class TestByteOrder : public QObject {
    Q_OBJECT
private slots:
    void endianness();
    void convert_data();
    void convert();
    void journal();
};

void TestByteOrder::endianness()
{
    const Endianness e = hostEndianness();
    QCOMPARE(e == Endianness::Big, htonl(1u) == 1u);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    QCOMPARE(e, Endianness::Little);
    QCOMPARE(QString::fromLatin1(endiannessName(e)), QStringLiteral("little-endian"));
#endif
}

void TestByteOrder::convert_data()
{
    QTest::addColumn<ByteOrderFunction>("function");
    QTest::addColumn<uint>("value");
    QTest::addColumn<uint>("bits");
    QTest::addColumn<QString>("outputNetworkHex"); // the output's bytes as they must lie in memory

    // Whatever the host, htonl's output lies in memory most significant byte first.
    QTest::newRow("htonl") << ByteOrderFunction::Htonl << 0x12345678u << 32u << "12345678";
    QTest::newRow("htons") << ByteOrderFunction::Htons << 0x1f90u << 16u << "1f90";
    QTest::newRow("htonl zero") << ByteOrderFunction::Htonl << 0u << 32u << "00000000";
    QTest::newRow("htons max") << ByteOrderFunction::Htons << 0xffffu << 16u << "ffff";
    QTest::newRow("htons truncates to 16 bits") << ByteOrderFunction::Htons << 0x11223344u << 16u << "3344";
}

void TestByteOrder::convert()
{
    QFETCH(ByteOrderFunction, function);
    QFETCH(uint, value);
    QFETCH(uint, bits);
    QFETCH(QString, outputNetworkHex);
    const ByteOrderResult r = convertByteOrder(function, value);
    QCOMPARE(r.bits, bits);
    QCOMPARE(QString::fromStdString(r.outputHex()), outputNetworkHex);
    // The reverse function restores the input value.
    const auto back = function == ByteOrderFunction::Htonl ? ByteOrderFunction::Ntohl : ByteOrderFunction::Ntohs;
    QCOMPARE(convertByteOrder(back, r.output).output, r.input);
    if (hostEndianness() == Endianness::Little) {
        std::string reversed = r.outputHex();
        std::string pairs;
        for (std::size_t i = reversed.size(); i >= 2; i -= 2)
            pairs += reversed.substr(i - 2, 2);
        QCOMPARE(QString::fromStdString(r.inputHex()), QString::fromStdString(pairs));
    }
}

void TestByteOrder::journal()
{
    const auto before = CallJournal::global().lastSeq();
    convertByteOrder(ByteOrderFunction::Htons, 8080);
    const auto batch = CallJournal::global().since(before);
    QCOMPARE(batch.entries.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(batch.entries[0].function), QStringLiteral("htons"));
    QCOMPARE(QString::fromStdString(batch.entries[0].args), QStringLiteral("0x1f90"));
    QVERIFY(batch.entries[0].code.find("uint16_t v = htons(0x1f90);") == 0);
}

QTEST_APPLESS_MAIN(TestByteOrder)
#include "tst_byteorder.moc"
