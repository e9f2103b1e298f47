// The saved messages' panel offscreen: a message saved from the send field, renamed with F2's editor
// (and a taken name refused in words), deleted with Del and put back by Undo, moved and duplicated,
// imported (with renamed duplicates, and a corrupt file named) and exported, a sequence asked for with
// Enter, and in a client console against the echo server: a long repeat's live count and its Stop.
#include "ClientConsoleTab.h"
#include "EchoServer.h"
#include "MessageLibrary.h"
#include "PageUnderTest.h"
#include "SavedMessageModel.h"
#include "SavedMessagesPanel.h"
#include "ServerConsolePage.h"
#include "ServerPeerModel.h"

#include <QProcess>

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <sys/socket.h>

using namespace sockscope;
using namespace sockscope::testing;

namespace {

SavedMessage message(const QString& name, MessageSyntax syntax, const QString& text, const QStringList& flags = {})
{
    SavedMessage m;
    m.name = name;
    m.syntax = syntax;
    m.text = text;
    m.flags = flags;
    return m;
}

std::shared_ptr<MessageLibrary> libraryOf(const QStringList& names)
{
    auto lib = std::make_shared<MessageLibrary>();
    for (const QString& n : names)
        lib->add(message(n, MessageSyntax::Text, n + QStringLiteral(";")));
    return lib;
}

QStringList names(const MessageLibrary& lib)
{
    QStringList out;
    for (const SavedMessage& m : lib.messages())
        out << m.name;
    return out;
}

QToolButton* button(QWidget* panel, const char* name)
{
    auto* b = panel->findChild<QToolButton*>(QLatin1String(name));
    if (!b)
        qFatal("no %s", name);
    return b;
}

} // namespace

class TestSavedMessagesPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void saveFieldAndRename();
    void deleteAndUndo();
    void moveAndDuplicate();
    void importAndExport();
    void corruptImportNamed();
    void sequenceAskedWithEnter();
    void cannotSendSaysWhy();
    void settingsRemembered();
    void longRepeatCountedAndStopped();
    void serverConsoleSendsASequence();
};

void TestSavedMessagesPanel::initTestCase() { useTestSettings("tst_savedmessagespanel"); }

void TestSavedMessagesPanel::saveFieldAndRename()
{
    auto lib = libraryOf({QStringLiteral("taken")});
    SavedMessagesPanel panel(lib);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setCurrentMessageSource([] {
        return std::optional<SavedMessage>(message(QStringLiteral("GET /"), MessageSyntax::Escapes,
                                                   QStringLiteral("GET /\\r\\n"), {QStringLiteral("MSG_MORE")}));
    });
    button(&panel, "savedMessagesAdd")->click();
    QCOMPARE(lib->count(), 2);
    QCOMPARE(lib->at(1).name, QStringLiteral("GET /"));
    QCOMPARE(lib->at(1).flags, QStringList{QStringLiteral("MSG_MORE")});
    QCOMPARE(panel.selectedRows(), QList<int>{1});
    // F2 opens the list's editor; a name typed there is the message's new name.
    QTest::keyClick(panel.list(), Qt::Key_F2);
    auto* editor = panel.list()->findChild<QLineEdit*>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("index page"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(lib->at(1).name, QStringLiteral("index page"));
    // A taken name is refused, in words beside the list, and nothing changes.
    QVERIFY(!panel.list()->model()->setData(panel.list()->model()->index(1, 0), QStringLiteral("taken")));
    QCOMPARE(lib->at(1).name, QStringLiteral("index page"));
    QVERIFY(panel.problemLabel()->isVisible());
    QVERIFY2(panel.problemLabel()->text().contains(QStringLiteral("already")), qPrintable(panel.problemLabel()->text()));
}

void TestSavedMessagesPanel::deleteAndUndo()
{
    auto lib = libraryOf({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
    SavedMessagesPanel panel(lib);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.selectRows({1, 3});
    panel.list()->setFocus();
    QTest::keyClick(panel.list(), Qt::Key_Delete);
    QCOMPARE(names(*lib), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QToolButton* undo = button(&panel, "savedMessagesUndo");
    QVERIFY(undo->isVisible());
    undo->click();
    QCOMPARE(names(*lib), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    QCOMPARE(panel.selectedRows(), (QList<int>{1, 3}));
    QVERIFY(!undo->isVisible());
}

void TestSavedMessagesPanel::moveAndDuplicate()
{
    auto lib = libraryOf({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    SavedMessagesPanel panel(lib);
    panel.selectRows({0});
    button(&panel, "savedMessagesDown")->click();
    QCOMPARE(names(*lib), (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(panel.selectedRows(), QList<int>{1});
    button(&panel, "savedMessagesDuplicate")->click();
    QCOMPARE(names(*lib), (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("a (2)"), QStringLiteral("c")}));
    QCOMPARE(lib->at(2).text, lib->at(1).text);
    QCOMPARE(panel.selectedRows(), QList<int>{2});
    button(&panel, "savedMessagesUp")->click();
    QCOMPARE(lib->at(1).name, QStringLiteral("a (2)"));
}

void TestSavedMessagesPanel::importAndExport()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.json"));
    QVERIFY(MessageLibrary::writeFile(in, {message(QStringLiteral("a"), MessageSyntax::Hex, QStringLiteral("01 02")),
                                           message(QStringLiteral("z"), MessageSyntax::Text, QStringLiteral("zz"))},
                                      nullptr));
    auto lib = libraryOf({QStringLiteral("a")});
    SavedMessagesPanel panel(lib);
    panel.importFrom(in);
    QCOMPARE(names(*lib), (QStringList{QStringLiteral("a"), QStringLiteral("a (2)"), QStringLiteral("z")}));
    QCOMPARE(panel.selectedRows(), (QList<int>{1, 2})); // what came in, selected
    QVERIFY2(panel.problemLabel()->text().contains(QStringLiteral("a → a (2)")), qPrintable(panel.problemLabel()->text()));

    const QString out = dir.filePath(QStringLiteral("out.json"));
    panel.selectRows({2, 0});
    panel.exportTo(out);
    const MessageFileRead r = MessageLibrary::readFile(out);
    QVERIFY(r.ok);
    QCOMPARE(r.messages.size(), 2);
    QCOMPARE(r.messages.at(0).name, QStringLiteral("a"));
    QCOMPARE(r.messages.at(1).name, QStringLiteral("z"));
    QVERIFY(panel.problemLabel()->text().contains(out));
}

void TestSavedMessagesPanel::corruptImportNamed()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"sockscope-messages\", \"messages\": [");
    f.close();
    auto lib = libraryOf({QStringLiteral("kept")});
    SavedMessagesPanel panel(lib);
    panel.show();
    panel.importFrom(bad);
    QCOMPARE(names(*lib), QStringList{QStringLiteral("kept")});
    QVERIFY(panel.problemLabel()->isVisible());
    QVERIFY2(panel.problemLabel()->text().contains(bad), qPrintable(panel.problemLabel()->text()));
    QVERIFY(panel.problemLabel()->text().contains(QStringLiteral("line 1")));
}

void TestSavedMessagesPanel::sequenceAskedWithEnter()
{
    auto lib = std::make_shared<MessageLibrary>();
    lib->add(message(QStringLiteral("one"), MessageSyntax::Text, QStringLiteral("1")));
    lib->add(message(QStringLiteral("two"), MessageSyntax::Hex, QStringLiteral("02 02"), {QStringLiteral("MSG_OOB")}));
    lib->add(message(QStringLiteral("three"), MessageSyntax::Escapes, QStringLiteral("\\x03")));
    SavedMessagesPanel panel(lib);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setCanSend(true);
    QSignalSpy asked(&panel, &SavedMessagesPanel::sendRequested);
    panel.selectRows({2, 0, 1});
    panel.roundsBox()->setValue(3);
    panel.intervalBox()->setValue(7);
    panel.list()->setFocus();
    QTest::keyClick(panel.list(), Qt::Key_Return);
    QCOMPARE(asked.size(), 1);
    const auto seq = asked.at(0).at(0).value<SendSequence>();
    QCOMPARE(seq.rounds, 3);
    QCOMPARE(seq.intervalMs, 7);
    QCOMPARE(seq.items.size(), 3); // in list order, whatever order they were picked in
    QCOMPARE(seq.items.at(0).bytes, QByteArray("1"));
    QCOMPARE(seq.items.at(1).bytes, QByteArray("\x02\x02"));
    QCOMPARE(seq.items.at(1).flags, int(MSG_OOB));
    QCOMPARE(seq.items.at(2).bytes, QByteArray("\x03"));
    // While it runs: the count, Stop on, Send off; Stop asks the console.
    QSignalSpy stop(&panel, &SavedMessagesPanel::stopRequested);
    panel.showProgress(4, 9);
    QCOMPARE(panel.countLabel()->text(), QStringLiteral("sent 4 of 9"));
    QVERIFY(panel.stopButton()->isEnabled());
    QVERIFY(!panel.sendButton()->isEnabled());
    panel.stopButton()->click();
    QCOMPARE(stop.size(), 1);
    panel.showProgress(5, 9);
    panel.showFinished(5);
    QCOMPARE(panel.countLabel()->text(), QStringLiteral("stopped: sent 5 of 9"));
    QVERIFY(panel.sendButton()->isEnabled());
}

void TestSavedMessagesPanel::cannotSendSaysWhy()
{
    auto lib = libraryOf({QStringLiteral("a")});
    SavedMessagesPanel panel(lib);
    panel.show();
    QSignalSpy asked(&panel, &SavedMessagesPanel::sendRequested);
    panel.setCanSend(true);
    panel.sendSelected(); // nothing selected
    QVERIFY(panel.problemLabel()->text().contains(QStringLiteral("Select")));
    panel.setCanSend(false, QStringLiteral("Connect first."));
    panel.selectRows({0});
    panel.sendSelected();
    QCOMPARE(asked.size(), 0);
    QCOMPARE(panel.problemLabel()->text(), QStringLiteral("Connect first."));
}

void TestSavedMessagesPanel::settingsRemembered()
{
    auto lib = libraryOf({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QSettings settings;
    {
        SavedMessagesPanel panel(lib);
        panel.selectRows({0, 2});
        panel.roundsBox()->setValue(1000000);
        panel.intervalBox()->setValue(250);
        panel.save(settings, QStringLiteral("t/"));
    }
    SavedMessagesPanel again(lib);
    again.restore(settings, QStringLiteral("t/"));
    QCOMPARE(again.rounds(), 1000000);
    QCOMPARE(again.intervalMs(), 250);
    QCOMPARE(again.selectedRows(), (QList<int>{0, 2}));
}

void TestSavedMessagesPanel::longRepeatCountedAndStopped()
{
    EchoConfig c;
    c.threads = 1;
    auto echo = EchoServer::create(c);
    QVERIFY(echo->start().ok);
    auto lib = std::make_shared<MessageLibrary>();
    lib->add(message(QStringLiteral("ping"), MessageSyntax::Text, QStringLiteral("ping;")));
    lib->add(message(QStringLiteral("pong"), MessageSyntax::Hex, QStringLiteral("70 6f 6e 67 3b")));
    ClientConsoleTab tab(1, lib);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.portField()->setText(QString::number(echo->boundAddress().port()));
    tab.connectSession();
    QTRY_VERIFY_WITH_TIMEOUT(tab.isConnected(), 10000);
    SavedMessagesPanel* panel = tab.messagesPanel();
    QVERIFY(panel->sendButton()->isEnabled());
    panel->selectRows({0, 1});
    panel->roundsBox()->setValue(SendSequence::maxRounds);
    panel->sendButton()->click();
    // The live count moves while the GUI stays responsive, then Stop ends it.
    QTRY_VERIFY_WITH_TIMEOUT(panel->countLabel()->text().startsWith(QStringLiteral("sent ")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->progressBar()->value() > 0 || panel->countLabel()->text() != QStringLiteral("sent 0 of 2,000,000"), 20000);
    QVERIFY(panel->stopButton()->isEnabled());
    panel->stopButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->countLabel()->text().startsWith(QStringLiteral("stopped: sent ")), 20000);
    QVERIFY(panel->countLabel()->text().endsWith(QStringLiteral("of 2,000,000")));
    QVERIFY(panel->sendButton()->isEnabled());
    QVERIFY(!panel->stopButton()->isEnabled());
    tab.disconnectSession();
    QTRY_VERIFY_WITH_TIMEOUT(!tab.isConnected(), 10000);
    echo->stop();
}

void TestSavedMessagesPanel::serverConsoleSendsASequence()
{
    auto lib = std::make_shared<MessageLibrary>();
    lib->add(message(QStringLiteral("a"), MessageSyntax::Text, QStringLiteral("a;")));
    lib->add(message(QStringLiteral("b"), MessageSyntax::Hex, QStringLiteral("62 3b")));
    ServerConsolePage page(nullptr, lib);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showExample();
    page.portField()->setText(QStringLiteral("0"));
    page.startListening();
    QTRY_VERIFY_WITH_TIMEOUT(page.service()->isListening(), 10000);
    const QString addr = page.boundLabel()->text().section(QLatin1Char(' '), 0, 0);
    QProcess client;
    client.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import socket,sys\nh,p=sys.argv[1].rsplit(':',1)\ns=socket.create_connection((h,int(p)),timeout=30)\n"
                                 "d=b''\nwhile True:\n b=s.recv(65536)\n if not b: break\n d+=b\nsys.stdout.write(d.decode())\n"),
                  addr});
    QTRY_COMPARE_WITH_TIMEOUT(page.peerModel()->rowCount(), 1, 10000);
    const quint64 id = page.peerModel()->peerAt(0)->id;
    page.selectPeer(id);
    SavedMessagesPanel* panel = page.messagesPanel();
    QTRY_VERIFY(panel->sendButton()->isEnabled());
    panel->selectRows({0, 1});
    panel->roundsBox()->setValue(1000);
    QSignalSpy finished(page.service(), &ServerConsoleService::repeatFinished);
    panel->sendButton()->click();
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(panel->countLabel()->text(), QStringLiteral("sent 2,000 of 2,000: done"));
    page.service()->closePeer(id);
    QVERIFY(client.waitForFinished(30000));
    QCOMPARE(client.readAllStandardOutput(), QByteArray("a;b;").repeated(1000));
    page.stopListening();
}

QTEST_MAIN(TestSavedMessagesPanel)
#include "tst_savedmessagespanel.moc"
