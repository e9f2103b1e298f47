// What the console sends from typed text, escapes and hex; how it shows received bytes.
#include "PayloadCodec.h"

#include <QTest>

using namespace sockscope;
using E = PayloadError;
Q_DECLARE_METATYPE(sockscope::PayloadError)
Q_DECLARE_METATYPE(sockscope::LineEnding)

class TestPayloadCodec : public QObject {
    Q_OBJECT
private slots:
    void text_data();
    void text();
    void lfToCrlfStream();
    void escapes_data();
    void escapes();
    void hex_data();
    void hex();
    void formatRoundTrip_data();
    void formatRoundTrip();
    void hexDumpLayout();
    void errorText();
};

void TestPayloadCodec::text_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<LineEnding>("ending");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("none") << QByteArray("GET /") << LineEnding::None << QByteArray("GET /");
    QTest::newRow("none keeps breaks") << QByteArray("a\nb") << LineEnding::None << QByteArray("a\nb");
    QTest::newRow("lf") << QByteArray("hello") << LineEnding::LF << QByteArray("hello\n");
    QTest::newRow("crlf") << QByteArray("hello") << LineEnding::CRLF << QByteArray("hello\r\n");
    QTest::newRow("crlf inner lines") << QByteArray("a\nb") << LineEnding::CRLF << QByteArray("a\r\nb\r\n");
    QTest::newRow("crlf typed crlf") << QByteArray("a\r\nb") << LineEnding::CRLF << QByteArray("a\r\nb\r\n");
    QTest::newRow("lf from crlf") << QByteArray("a\r\nb") << LineEnding::LF << QByteArray("a\nb\n");
    QTest::newRow("empty crlf") << QByteArray("") << LineEnding::CRLF << QByteArray("\r\n");
    QTest::newRow("utf-8") << QByteArray("gr\xc3\xbc\xc3\x9f") << LineEnding::LF << QByteArray("gr\xc3\xbc\xc3\x9f\n");
}

void TestPayloadCodec::text()
{
    QFETCH(QByteArray, text);
    QFETCH(LineEnding, ending);
    QFETCH(QByteArray, bytes);
    QCOMPARE(QByteArray::fromStdString(encodeText(text.toStdString(), ending)), bytes);
}

void TestPayloadCodec::lfToCrlfStream()
{
    QCOMPARE(lfToCrlf("a\nb\n"), std::string("a\r\nb\r\n"));
    QCOMPARE(lfToCrlf(""), std::string());
    QCOMPARE(lfToCrlf(std::string("\0\n", 2)), std::string("\0\r\n", 3));
}

void TestPayloadCodec::escapes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<PayloadError>("error");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("position");

    QTest::newRow("plain") << QByteArray("hello") << E::None << QByteArray("hello") << 0;
    QTest::newRow("empty") << QByteArray("") << E::None << QByteArray("") << 0;
    QTest::newRow("crlf") << QByteArray("GET / HTTP/1.0\\r\\n\\r\\n") << E::None << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0;
    QTest::newRow("tab backslash quotes") << QByteArray("\\t\\\\\\\"\\'\\?") << E::None << QByteArray("\t\\\"'?") << 0;
    QTest::newRow("bell etc") << QByteArray("\\a\\b\\f\\v") << E::None << QByteArray("\a\b\f\v") << 0;
    QTest::newRow("nul") << QByteArray("a\\0b") << E::None << QByteArray("a\0b", 3) << 0;
    QTest::newRow("hex two") << QByteArray("\\x41\\x7f") << E::None << QByteArray("A\x7f") << 0;
    QTest::newRow("hex upper") << QByteArray("\\xFF") << E::None << QByteArray("\xff") << 0;
    QTest::newRow("hex one digit") << QByteArray("\\x9z") << E::None << QByteArray("\x09z") << 0;
    QTest::newRow("hex third digit is text") << QByteArray("\\x41B") << E::None << QByteArray("AB") << 0;
    QTest::newRow("octal") << QByteArray("\\101\\12") << E::None << QByteArray("A\n") << 0;
    QTest::newRow("octal max") << QByteArray("\\377") << E::None << QByteArray("\xff") << 0;
    QTest::newRow("octal fourth digit is text") << QByteArray("\\1011") << E::None << QByteArray("A1") << 0;
    QTest::newRow("octal too large") << QByteArray("ab\\400") << E::OctalEscapeTooLarge << QByteArray() << 2;
    QTest::newRow("unknown") << QByteArray("ok\\q") << E::UnknownEscape << QByteArray() << 2;
    QTest::newRow("unknown 8") << QByteArray("\\8") << E::UnknownEscape << QByteArray() << 0;
    QTest::newRow("trailing backslash") << QByteArray("abc\\") << E::EscapeAtEnd << QByteArray() << 3;
    QTest::newRow("x without digits") << QByteArray("a\\xg") << E::HexEscapeNoDigits << QByteArray() << 1;
    QTest::newRow("x at end") << QByteArray("\\x") << E::HexEscapeNoDigits << QByteArray() << 0;
    QTest::newRow("first error wins") << QByteArray("\\q\\x") << E::UnknownEscape << QByteArray() << 0;
}

void TestPayloadCodec::escapes()
{
    QFETCH(QByteArray, text);
    QFETCH(PayloadError, error);
    QFETCH(QByteArray, bytes);
    QFETCH(int, position);
    const PayloadParse p = parseEscapes(std::string_view(text.constData(), size_t(text.size())));
    QCOMPARE(p.error, error);
    if (p.ok())
        QCOMPARE(QByteArray::fromStdString(p.bytes), bytes);
    else
        QCOMPARE(int(p.position), position);
}

void TestPayloadCodec::hex_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<PayloadError>("error");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("position");

    QTest::newRow("spaced") << QByteArray("48 65 6c") << E::None << QByteArray("Hel") << 0;
    QTest::newRow("packed") << QByteArray("48656C") << E::None << QByteArray("Hel") << 0;
    QTest::newRow("0x commas") << QByteArray("0x48,0x65, 0X6c") << E::None << QByteArray("Hel") << 0;
    QTest::newRow("0x packed") << QByteArray("0x48656c") << E::None << QByteArray("Hel") << 0;
    QTest::newRow("newlines tabs") << QByteArray("00\n\tff\r\n") << E::None << QByteArray("\0\xff", 2) << 0;
    QTest::newRow("empty") << QByteArray("") << E::None << QByteArray() << 0;
    QTest::newRow("only separators") << QByteArray(" ,\n") << E::None << QByteArray() << 0;
    QTest::newRow("bad char") << QByteArray("48 6g") << E::BadHexCharacter << QByteArray() << 4;
    QTest::newRow("bad first") << QByteArray("zz") << E::BadHexCharacter << QByteArray() << 0;
    QTest::newRow("odd group") << QByteArray("48 6 6c") << E::OddHexDigits << QByteArray() << 3;
    QTest::newRow("odd at end") << QByteArray("4865 6") << E::OddHexDigits << QByteArray() << 5;
    QTest::newRow("bare 0x") << QByteArray("0x") << E::BadHexCharacter << QByteArray() << 1;
    QTest::newRow("0x then space") << QByteArray("0x 41") << E::BadHexCharacter << QByteArray() << 1;
    QTest::newRow("second 0x inside") << QByteArray("0x410x42") << E::BadHexCharacter << QByteArray() << 5;
    QTest::newRow("colon") << QByteArray("41:42") << E::BadHexCharacter << QByteArray() << 2;
    QTest::newRow("odd before bad") << QByteArray("4 zz") << E::OddHexDigits << QByteArray() << 0;
}

void TestPayloadCodec::hex()
{
    QFETCH(QByteArray, text);
    QFETCH(PayloadError, error);
    QFETCH(QByteArray, bytes);
    QFETCH(int, position);
    const PayloadParse p = parseHex(std::string_view(text.constData(), size_t(text.size())));
    QCOMPARE(p.error, error);
    if (p.ok())
        QCOMPARE(QByteArray::fromStdString(p.bytes), bytes);
    else
        QCOMPARE(int(p.position), position);
}

void TestPayloadCodec::formatRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("escaped");
    QTest::addColumn<QByteArray>("hex");

    QTest::newRow("text") << QByteArray("Hi\r\n") << QByteArray("Hi\\r\\n") << QByteArray("48 69 0d 0a");
    QTest::newRow("nul then digit") << QByteArray("\0" "1", 2) << QByteArray("\\x001") << QByteArray("00 31");
    QTest::newRow("nul then letter") << QByteArray("\0a", 2) << QByteArray("\\0a") << QByteArray("00 61");
    QTest::newRow("backslash high") << QByteArray("\\\xff\x7f") << QByteArray("\\\\\\xff\\x7f") << QByteArray("5c ff 7f");
    QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArray();
}

void TestPayloadCodec::formatRoundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, escaped);
    QFETCH(QByteArray, hex);
    const std::string b(bytes.constData(), size_t(bytes.size()));
    QCOMPARE(QByteArray::fromStdString(formatEscapes(b)), escaped);
    QCOMPARE(QByteArray::fromStdString(formatHex(b)), hex);
    QCOMPARE(parseEscapes(formatEscapes(b)).bytes, b);
    QCOMPARE(parseHex(formatHex(b)).bytes, b);
}

void TestPayloadCodec::hexDumpLayout()
{
    const std::string data("Hello, world!\n\x00\x01" "ABC", 19);
    const std::string dump = hexDump(data.data(), data.size(), 0x20);
    QCOMPARE(QByteArray::fromStdString(dump),
             QByteArray("00000020  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 01  |Hello, world!...|\n"
                        "00000030  41 42 43                                          |ABC|\n"));
    QCOMPARE(hexDump(data.data(), 0, 0), std::string());
}

void TestPayloadCodec::errorText()
{
    const std::string bad = "48 6g";
    const std::string text = payloadErrorText(parseHex(bad), bad);
    QVERIFY2(text.find("position 4") != std::string::npos, text.c_str());
    QVERIFY2(text.find("'g'") != std::string::npos, text.c_str());
    const std::string esc = "a\\q";
    QVERIFY(payloadErrorText(parseEscapes(esc), esc).find("'q'") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestPayloadCodec)
#include "tst_payloadcodec.moc"
