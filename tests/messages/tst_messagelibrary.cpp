// The saved-message library: its JSON file read back as written, import merging with renamed
// duplicates, corrupt and foreign files refused with the file and the fault named (and kept aside),
// bad entries left out with a reason, and a 10,000-message library read quickly.
#include "MessageLibrary.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>

using namespace sockscope;

namespace {

SavedMessage message(const QString& name, MessageSyntax syntax, const QString& text, LineEnding e = LineEnding::None,
                     const QStringList& flags = {}, const QString& note = {})
{
    SavedMessage m;
    m.name = name;
    m.syntax = syntax;
    m.text = text;
    m.lineEnding = e;
    m.flags = flags;
    m.note = note;
    return m;
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMessageLibrary : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void savesAndLoadsItsFile();
    void importMerges();
    void exportChosenRows();
    void corruptFile_data();
    void corruptFile();
    void badEntriesSkipped_data();
    void badEntriesSkipped();
    void rejectsBadMessages_data();
    void rejectsBadMessages();
    void bytesAndFlags();
    void largeLibraryLoadsFast();
};

void TestMessageLibrary::roundTrip_data()
{
    QTest::addColumn<SavedMessage>("m");
    QTest::newRow("text crlf") << message(QStringLiteral("GET"), MessageSyntax::Text, QStringLiteral("GET / HTTP/1.0"),
                                          LineEnding::CRLF);
    QTest::newRow("escapes, note") << message(QStringLiteral("nul"), MessageSyntax::Escapes, QStringLiteral("a\\0b\\r\\n"),
                                              LineEnding::None, {}, QStringLiteral("three bytes and CRLF"));
    QTest::newRow("hex, flags") << message(QStringLiteral("urgent"), MessageSyntax::Hex, QStringLiteral("de ad be ef"),
                                           LineEnding::None, {QStringLiteral("MSG_OOB"), QStringLiteral("MSG_DONTWAIT")});
    QTest::newRow("unicode name") << message(QStringLiteral("Grüße 你好"), MessageSyntax::Text, QStringLiteral("ü"),
                                             LineEnding::LF);
    QTest::newRow("80 chars") << message(QString(80, QLatin1Char('n')), MessageSyntax::Text, QString());
}

void TestMessageLibrary::roundTrip()
{
    QFETCH(SavedMessage, m);
    const MessageFileRead r = MessageLibrary::fromJson(MessageLibrary::toJson({m, m}), QStringLiteral("x.json"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.skipped.isEmpty());
    QCOMPARE(r.messages.size(), 2);
    QCOMPARE(r.messages.at(0), m);
    QCOMPARE(r.messages.at(1), m);
}

void TestMessageLibrary::savesAndLoadsItsFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/messages.json"));
    {
        MessageLibrary lib;
        lib.setFilePath(path);
        QVERIFY(lib.load().ok); // no file yet: an empty library
        QCOMPARE(lib.count(), 0);
        QVERIFY(lib.add(message(QStringLiteral("a"), MessageSyntax::Text, QStringLiteral("one"))));
        QVERIFY(lib.add(message(QStringLiteral("b"), MessageSyntax::Hex, QStringLiteral("02"))));
        QVERIFY(lib.add(message(QStringLiteral("c"), MessageSyntax::Escapes, QStringLiteral("\\x03"))));
        lib.move(2, 0);
        lib.remove(1);
        QVERIFY(lib.saveError().isEmpty());
    }
    QVERIFY(readBytes(path).contains("\"version\": 1"));
    MessageLibrary again;
    again.setFilePath(path);
    QVERIFY(again.load().ok);
    QCOMPARE(again.count(), 2);
    QCOMPARE(again.at(0).name, QStringLiteral("c"));
    QCOMPARE(again.at(1).name, QStringLiteral("b"));
}

void TestMessageLibrary::importMerges()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("in.json"));
    QVERIFY(writeBytes(file, MessageLibrary::toJson({message(QStringLiteral("ping"), MessageSyntax::Text, QStringLiteral("x")),
                                                     message(QStringLiteral("new"), MessageSyntax::Text, QStringLiteral("y")),
                                                     message(QStringLiteral("ping"), MessageSyntax::Text, QStringLiteral("z"))})));
    MessageLibrary lib;
    QVERIFY(lib.add(message(QStringLiteral("ping"), MessageSyntax::Text, QStringLiteral("mine"))));
    QSignalSpy changed(&lib, &MessageLibrary::changed);
    const MessageImport r = lib.importFile(file);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.added, 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lib.count(), 4);
    QCOMPARE(lib.at(0).text, QStringLiteral("mine")); // ours untouched
    QCOMPARE(lib.at(1).name, QStringLiteral("ping (2)"));
    QCOMPARE(lib.at(2).name, QStringLiteral("new"));
    QCOMPARE(lib.at(3).name, QStringLiteral("ping (3)"));
    QCOMPARE(r.renamed.size(), 2);
    QVERIFY(r.renamed.at(0).contains(QStringLiteral("ping (2)")));
}

void TestMessageLibrary::exportChosenRows()
{
    QTemporaryDir dir;
    MessageLibrary lib;
    for (const char* n : {"a", "b", "c"})
        QVERIFY(lib.add(message(QLatin1String(n), MessageSyntax::Text, QLatin1String(n))));
    const QString file = dir.filePath(QStringLiteral("out.json"));
    QString error;
    QVERIFY2(lib.exportFile(file, {2, 0}, &error), qPrintable(error));
    const MessageFileRead r = MessageLibrary::readFile(file);
    QVERIFY(r.ok);
    QCOMPARE(r.messages.size(), 2);
    QCOMPARE(r.messages.at(0).name, QStringLiteral("c"));
    QCOMPARE(r.messages.at(1).name, QStringLiteral("a"));
    QVERIFY(!lib.exportFile(dir.path(), {}, &error)); // a folder, not a file: refused, and said where
    QVERIFY2(error.contains(dir.path()), qPrintable(error));
}

void TestMessageLibrary::corruptFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // part of the error
    QTest::newRow("truncated") << QByteArray("{\"format\": \"sockscope-messages\",\n \"messages\": [ {\"name\": ")
                               << QStringLiteral("line 2");
    QTest::newRow("garbage") << QByteArray("\x01\x02 not json") << QStringLiteral("not valid JSON");
    QTest::newRow("foreign json") << QByteArray("{\"hello\": [1, 2]}") << QStringLiteral("not a SockScope message library");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a SockScope message library");
    QTest::newRow("newer version") << QByteArray("{\"format\": \"sockscope-messages\", \"version\": 9, \"messages\": []}")
                                   << QStringLiteral("version 9");
}

void TestMessageLibrary::corruptFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("messages.json"));
    QVERIFY(writeBytes(path, content));
    QVERIFY(writeBytes(path + QStringLiteral(".bak"), "an older backup"));
    MessageLibrary lib;
    lib.setFilePath(path);
    const MessageFileRead r = lib.load();
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(path), qPrintable(r.error));
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QCOMPARE(lib.count(), 0);
    // Kept aside without touching the older backup, and named in the error.
    QCOMPARE(readBytes(path + QStringLiteral(".bak")), QByteArray("an older backup"));
    QCOMPARE(readBytes(path + QStringLiteral(".bak2")), content);
    QVERIFY2(r.error.contains(QStringLiteral("messages.json.bak2")), qPrintable(r.error));
    // Import of the same file: refused with the same reason, the library untouched.
    QVERIFY(lib.add(message(QStringLiteral("kept"), MessageSyntax::Text, QStringLiteral("x"))));
    const MessageImport i = lib.importFile(path + QStringLiteral(".bak2"));
    QVERIFY(!i.ok);
    QVERIFY(i.error.contains(expected));
    QCOMPARE(lib.count(), 1);
}

void TestMessageLibrary::badEntriesSkipped_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bad hex") << QByteArray(R"({"name": "h", "syntax": "hex", "text": "4g"})") << QStringLiteral("Hex");
    QTest::newRow("odd hex") << QByteArray(R"({"name": "h", "syntax": "hex", "text": "414"})") << QStringLiteral("Hex");
    QTest::newRow("bad escape") << QByteArray(R"({"name": "e", "syntax": "escapes", "text": "\\q"})")
                                << QStringLiteral("C escapes");
    QTest::newRow("no name") << QByteArray(R"({"name": " ", "text": "x"})") << QStringLiteral("Name");
    QTest::newRow("long name") << QByteArray(R"({"name": ")" + QByteArray(81, 'n') + R"(", "text": "x"})")
                               << QStringLiteral("81 characters");
    QTest::newRow("unknown flag") << QByteArray(R"({"name": "f", "text": "x", "flags": ["MSG_BOGUS"]})")
                                  << QStringLiteral("MSG_BOGUS");
    QTest::newRow("unknown syntax") << QByteArray(R"({"name": "s", "syntax": "base64", "text": "x"})")
                                    << QStringLiteral("base64");
    QTest::newRow("no text") << QByteArray(R"({"name": "t"})") << QStringLiteral("text");
    QTest::newRow("not an object") << QByteArray("42") << QStringLiteral("not an object");
}

void TestMessageLibrary::badEntriesSkipped()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, reason);
    const QByteArray json = R"({"format": "sockscope-messages", "version": 1, "messages": [{"name": "good", "text": "a"}, )"
                            + entry + R"(, {"name": "also good", "syntax": "hex", "text": "41"}]})";
    const MessageFileRead r = MessageLibrary::fromJson(json, QStringLiteral("f.json"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.messages.size(), 2);
    QCOMPARE(r.skipped.size(), 1);
    QVERIFY2(r.skipped.at(0).startsWith(QStringLiteral("entry 2")), qPrintable(r.skipped.at(0)));
    QVERIFY2(r.skipped.at(0).contains(reason), qPrintable(r.skipped.at(0)));
}

void TestMessageLibrary::rejectsBadMessages_data()
{
    QTest::addColumn<SavedMessage>("m");
    QTest::addColumn<QString>("reason");
    QTest::newRow("duplicate") << message(QStringLiteral("taken"), MessageSyntax::Text, QString()) << QStringLiteral("already");
    QTest::newRow("empty name") << message(QString(), MessageSyntax::Text, QString()) << QStringLiteral("Name");
    QTest::newRow("bad hex") << message(QStringLiteral("h"), MessageSyntax::Hex, QStringLiteral("zz"))
                             << QStringLiteral("Hex");
}

void TestMessageLibrary::rejectsBadMessages()
{
    QFETCH(SavedMessage, m);
    QFETCH(QString, reason);
    MessageLibrary lib;
    QVERIFY(lib.add(message(QStringLiteral("taken"), MessageSyntax::Text, QStringLiteral("x"))));
    QString error;
    QVERIFY(!lib.add(m, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(lib.count(), 1);
    QVERIFY(!lib.replace(0, m, &error) || m.name == QLatin1String("taken"));
}

void TestMessageLibrary::bytesAndFlags()
{
    QCOMPARE(*MessageLibrary::bytesOf(message(QStringLiteral("t"), MessageSyntax::Text, QStringLiteral("hi"), LineEnding::CRLF)),
             std::string("hi\r\n"));
    QCOMPARE(*MessageLibrary::bytesOf(message(QStringLiteral("h"), MessageSyntax::Hex, QStringLiteral("0x41,42"))),
             std::string("AB"));
    int flags = 0;
    QVERIFY(MessageLibrary::flagsOf({QStringLiteral("MSG_OOB"), QStringLiteral("MSG_DONTWAIT")}, flags));
    QCOMPARE(flags, MSG_OOB | MSG_DONTWAIT);
    QCOMPARE(MessageLibrary::flagNames(MSG_OOB), QStringList{QStringLiteral("MSG_OOB")});
}

void TestMessageLibrary::largeLibraryLoadsFast()
{
    QList<SavedMessage> many;
    for (int i = 0; i < 10000; ++i)
        many << message(QStringLiteral("message %1").arg(i), i % 2 ? MessageSyntax::Hex : MessageSyntax::Text,
                        i % 2 ? QStringLiteral("de ad be ef 00 11 22 33") : QStringLiteral("hello %1").arg(i));
    many << many.first(); // a duplicate name is renamed, not dropped
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("messages.json"));
    QVERIFY(MessageLibrary::writeFile(path, many, nullptr));
    MessageLibrary lib;
    lib.setFilePath(path);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(lib.load().ok);
    const qint64 ms = clock.elapsed();
    QCOMPARE(lib.count(), 10001);
    QCOMPARE(lib.at(10000).name, QStringLiteral("message 0 (2)"));
    QVERIFY2(ms < 3000, qPrintable(QStringLiteral("%1 ms").arg(ms))); // about 50 ms here; a wide margin
}

QTEST_GUILESS_MAIN(TestMessageLibrary)
#include "tst_messagelibrary.moc"
