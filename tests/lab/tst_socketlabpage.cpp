// The socket lab page in a real main window, driven as a user would: the server recipe and the client
// recipe completed by clicking their step buttons (each enabled only when it makes sense), data seen
// on the other side, the connection's TIME_WAIT after the server's active close; a blocking accept
// made from the call panel and abandoned (-1 EINTR); bad fields marked next to the field; Options…
// asking for the selected socket; the session exported as C. Snapshots arrive twice a second, hence
// QTRY_* with generous timeouts.

#include "LabActionPanel.h"
#include "LabRecipePanel.h"
#include "LabSocketModel.h"
#include "MainWindow.h"
#include "Privileges.h"
#include "SocketLabPage.h"
#include "SocketLabService.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace sockscope;
using namespace Qt::StringLiterals;

class TestSocketLabPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void serverAndClientRecipes();
    void abandonBlockingAccept();
    void badFieldsMarked();
    void optionsAskForTheSelectedSocket();
    void recipeNoticesCallsMadeByHand();
    void chapterSocketTypesFromTheForm();
    void icmpEchoForm();
    void wireRecipeSaysWhatToWatch();

private:
    std::string selectedSocket() const
    {
        const QModelIndexList sel = page_->socketTable()->selectionModel()->selectedRows();
        return sel.isEmpty() ? std::string() : page_->socketModel()->rows()[std::size_t(sel.front().row())].id;
    }

    // Clicks step `index` (0-based) of `recipe` once it is enabled, and waits for its result.
    void clickStep(const char* recipe, int index);
    const LabSocketRow* row(const std::string& id) const { return page_->socketModel()->rowById(id); }
    QString lastResult() const
    {
        QTreeWidget* r = page_->resultsList();
        return r->topLevelItemCount() ? r->topLevelItem(r->topLevelItemCount() - 1)->text(2) : QString();
    }
    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    std::unique_ptr<MainWindow> window_;
    SocketLabPage* page_ = nullptr;
    int pageIndex_ = -1;
};

void TestSocketLabPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockScope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_socketlabpage"));
    QSettings().clear();
    window_ = std::make_unique<MainWindow>();
    for (int i = 0; i < window_->pageCount(); ++i)
        if (auto* p = qobject_cast<SocketLabPage*>(window_->page(i))) {
            page_ = p;
            pageIndex_ = i;
            window_->showPage(i);
        }
    QVERIFY(page_);
    window_->resize(1280, 800);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestSocketLabPage::cleanupTestCase()
{
    window_.reset();
    QSettings().clear();
}

void TestSocketLabPage::init()
{
    // Each case starts with an empty lab.
    QTest::mouseClick(page_->findChild<QPushButton*>(QStringLiteral("labResetButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page_->socketModel()->rowCount(), 0, 5000);
    QCOMPARE(page_->resultsList()->topLevelItemCount(), 0);
}

void TestSocketLabPage::clickStep(const char* recipe, int index)
{
    LabRecipePanel* recipes = page_->recipes();
    recipes->selectRecipe(recipe);
    QPushButton* button = recipes->stepButton(index);
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
    QSignalSpy finished(page_, &SocketLabPage::callFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    const auto result = finished.front().front().value<LabResult>();
    QVERIFY2(result.performed && result.ret != -1,
             qPrintable(QStringLiteral("%1 step %2: %3").arg(QLatin1String(recipe)).arg(index + 1).arg(lastResult())));
}

void TestSocketLabPage::serverAndClientRecipes()
{
    LabRecipePanel* recipes = page_->recipes();
    recipes->selectRecipe("tcp-server");
    // Only socket() makes sense at first.
    QTRY_VERIFY_WITH_TIMEOUT(recipes->stepButton(0)->isEnabled(), 3000);
    QVERIFY(!recipes->stepButton(1)->isEnabled());
    QVERIFY(!recipes->stepButton(3)->isEnabled());
    QCOMPARE(recipes->nextStep(), 0);

    clickStep("tcp-server", 0); // socket
    QTRY_VERIFY_WITH_TIMEOUT(row("s1") != nullptr, 3000);
    QCOMPARE(recipes->nextStep(), 1);
    clickStep("tcp-server", 1); // bind 127.0.0.1:0
    clickStep("tcp-server", 2); // listen
    QTRY_VERIFY_WITH_TIMEOUT(row("s1") && row("s1")->state == "LISTEN", 3000);
    QVERIFY(row("s1")->localPort > 0);

    // The client connects to the lab's listener; the connection waits in the listen queue.
    recipes->selectRecipe("tcp-client");
    QVERIFY(!recipes->stepButton(1)->isEnabled()); // no socket yet
    clickStep("tcp-client", 0);
    clickStep("tcp-client", 1); // connect
    QTRY_VERIFY_WITH_TIMEOUT(row("s2") && row("s2")->state == "ESTABLISHED", 3000);
    QCOMPARE(QString::fromStdString(row("s2")->peer), QStringLiteral("127.0.0.1:%1").arg(row("s1")->localPort));
    clickStep("tcp-client", 2); // send "hello from the client\n"

    clickStep("tcp-server", 3); // accept: returns at once, the connection is queued
    QTRY_VERIFY_WITH_TIMEOUT(row("s3") && row("s3")->state == "ESTABLISHED", 3000);
    // The recipe's next calls act on the accepted socket: the table and the tabs follow it.
    QTRY_COMPARE_WITH_TIMEOUT(selectedSocket(), std::string("s3"), 3000);
    QVERIFY2(page_->findChild<QLabel*>(QStringLiteral("labTargetLabel"))->text().contains(QStringLiteral("s3")),
             qPrintable(page_->findChild<QLabel*>(QStringLiteral("labTargetLabel"))->text()));
    clickStep("tcp-server", 4); // recv
    QVERIFY2(page_->resultDetail()->toPlainText().contains(QStringLiteral("\"hello from the client\\n\"")),
             qPrintable(page_->resultDetail()->toPlainText()));
    clickStep("tcp-server", 5); // send
    clickStep("tcp-client", 3); // recv
    QVERIFY(page_->resultDetail()->toPlainText().contains(QStringLiteral("hello from the server")));

    // The server closes the connection first: its side ends in TIME_WAIT once the client closes too.
    clickStep("tcp-server", 6);
    clickStep("tcp-client", 4);
    clickStep("tcp-server", 7);
    QTRY_VERIFY_WITH_TIMEOUT(row("s3") && row("s3")->state == "TIME_WAIT", 5000);
    QVERIFY(!row("s3")->open);
    QCOMPARE(page_->socketModel()->data(page_->socketModel()->index(2, LabSocketModel::State), Qt::DisplayRole)
                 .toString()
                 .startsWith(QStringLiteral("TIME_WAIT")),
             true);

    recipes->selectRecipe("tcp-server");
    QCOMPARE(recipes->nextStep(), int(recipes->currentRecipe().steps.size()));
    recipes->selectRecipe("tcp-client");
    QCOMPARE(recipes->nextStep(), int(recipes->currentRecipe().steps.size()));

    // A row says the first sentence of what the kernel did; the panel below says all of it.
    QTreeWidget* results = page_->resultsList();
    const QTreeWidgetItem* last = results->topLevelItem(results->topLevelItemCount() - 1);
    const QString full = last->data(4, Qt::UserRole).toString();
    QVERIFY(full.size() > last->text(4).size() - 2);
    QVERIFY(full.startsWith(last->text(4).chopped(2)));
    auto* detail = page_->findChild<QPlainTextEdit*>(QStringLiteral("labResultDetail"));
    QVERIFY(detail);
    QVERIFY(detail->toPlainText().endsWith(full));

    // Every call of the session is in the export, in order.
    const QString c = page_->exportedC();
    QVERIFY(c.contains(QStringLiteral("s3 = accept(s1")));
    QVERIFY(c.contains(QStringLiteral("local_port(s1, ")));
    QCOMPARE(page_->service()->steps().size(), std::size_t(13));
}

void TestSocketLabPage::abandonBlockingAccept()
{
    LabActionPanel* actions = page_->actions();
    QSignalSpy finished(page_, &SocketLabPage::callFinished);
    QTest::mouseClick(actions->button(LabCall::Socket), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(row("s1") && page_->socketTable()->selectionModel()->hasSelection(), 3000);
    QCOMPARE(actions->target(), std::string("s1"));
    retype(actions->addressField(), QStringLiteral("127.0.0.1"));
    retype(actions->portField(), QStringLiteral("0"));
    QTest::mouseClick(actions->button(LabCall::Bind), Qt::LeftButton);
    QTest::mouseClick(actions->button(LabCall::Listen), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 3000);
    QTest::mouseClick(actions->button(LabCall::Accept), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page_->abandonButton()->isVisible(), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(row("s1") && row("s1")->busy, 3000);
    // The page stays live while accept waits: another call goes through.
    QTest::mouseClick(actions->button(LabCall::Getsockname), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 3000);
    QTest::mouseClick(page_->abandonButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 5000);
    const auto result = finished.last().front().value<LabResult>();
    QCOMPARE(result.request.call, LabCall::Accept);
    QVERIFY(result.abandoned);
    QVERIFY(lastResult().startsWith(QStringLiteral("-1 EINTR")));
    QTRY_VERIFY_WITH_TIMEOUT(!page_->abandonButton()->isVisible(), 3000);
    QVERIFY(page_->exportedC().contains(QStringLiteral("abandoned in the lab")));
}

void TestSocketLabPage::badFieldsMarked()
{
    LabActionPanel* actions = page_->actions();
    QSignalSpy finished(page_, &SocketLabPage::callFinished);
    QTest::mouseClick(actions->button(LabCall::Socket), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(actions->target() == "s1", 3000);
    finished.clear();

    retype(actions->portField(), QStringLiteral("70000"));
    QVERIFY(!actions->trigger(LabCall::Bind));
    auto* portMessage = actions->portField()->parentWidget()->findChild<QLabel*>();
    QVERIFY(portMessage && !portMessage->isHidden() && !portMessage->text().isEmpty());
    retype(actions->portField(), QStringLiteral("0"));

    retype(actions->dataField(), QStringLiteral("ab\\q"));
    QVERIFY(!actions->trigger(LabCall::Send));
    auto* dataMessage = actions->dataField()->parentWidget()->findChild<QLabel*>();
    QVERIFY(dataMessage && !dataMessage->isHidden());
    QVERIFY2(dataMessage->text().contains(QStringLiteral("3")), qPrintable(dataMessage->text()));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 0); // nothing was called
    retype(actions->dataField(), QStringLiteral("ok\\x21"));
    // Not connected: the kernel answers, the field is fine.
    QVERIFY(actions->trigger(LabCall::Send));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QVERIFY(dataMessage->isHidden());
    QVERIFY2(lastResult().startsWith(QStringLiteral("-1 E")), qPrintable(lastResult()));
}

void TestSocketLabPage::optionsAskForTheSelectedSocket()
{
    QSignalSpy options(page_, &Page::socketOptionsRequested);
    QTest::mouseClick(page_->actions()->button(LabCall::Socket), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page_->actions()->target() == "s1", 3000);
    QTest::mouseClick(page_->findChild<QPushButton*>(QStringLiteral("labOptionsButton")), Qt::LeftButton);
    QCOMPARE(options.count(), 1);
    QCOMPARE(options.front().front().value<quint64>(), row("s1")->registryId);
    QVERIFY(row("s1")->registryId != 0);
}

// socket() from the Create tab is the server recipe's step 1 when its domain and type match; bind()
// from the Connect tab on that socket is step 2.
void TestSocketLabPage::recipeNoticesCallsMadeByHand()
{
    LabRecipePanel* recipes = page_->recipes();
    recipes->selectRecipe("tcp-server");
    recipes->restart();
    QCOMPARE(recipes->nextStep(), 0);
    LabActionPanel* actions = page_->actions();
    QSignalSpy finished(page_, &SocketLabPage::callFinished);
    QTest::mouseClick(actions->button(LabCall::Socket), Qt::LeftButton); // AF_INET, SOCK_STREAM by default
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(recipes->nextStep(), 1, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(selectedSocket(), std::string("s1"), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(actions->button(LabCall::Bind)->isEnabled(), 3000);
    QTest::mouseClick(actions->button(LabCall::Bind), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
    QTRY_COMPARE(recipes->nextStep(), 2);
    QVERIFY(recipes->stepButton(0)->text().startsWith(QStringLiteral("\u2713")));
}

QTEST_MAIN(TestSocketLabPage)
#include "tst_socketlabpage.moc"

// The socket() form offers the chapter's domains, types and the protocols database, with a word for
// each; a protocol that is no protocol is marked beside the field; AF_UNSPEC's failure is explained.
void TestSocketLabPage::chapterSocketTypesFromTheForm()
{
    LabActionPanel* actions = page_->actions();
    QComboBox* protocol = actions->protocolCombo();
    for (const char* name : {"AF_UNSPEC"})
        QVERIFY(actions->domainCombo()->findText(QLatin1String(name)) >= 0);
    for (const char* name : {"SOCK_SEQPACKET", "SOCK_RAW"}) {
        const int at = actions->typeCombo()->findText(QLatin1String(name));
        QVERIFY(at >= 0);
        QVERIFY(!actions->typeCombo()->itemData(at, Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(protocol->findText(u"IPPROTO_ICMP"_s) >= 0);
    // The database's entries follow the constants, once the service has read them.
    QTRY_VERIFY_WITH_TIMEOUT(protocol->findText(u"udp"_s) >= 0, 5000);
    QVERIFY(protocol->itemData(protocol->findText(u"udp"_s), Qt::ToolTipRole).toString().contains(u"getprotobyname"_s));

    QSignalSpy finished(page_, &SocketLabPage::callFinished);
    protocol->setEditText(u"300"_s);
    QVERIFY(!actions->trigger(LabCall::Socket));
    QVERIFY(!actions->protocolMessage()->isHidden());
    QVERIFY2(actions->protocolMessage()->text().contains(u"255"_s), qPrintable(actions->protocolMessage()->text()));
    if (const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window_->showPage(pageIndex_);
        actions->findChild<QTabWidget*>(u"labActionTabs"_s)->setCurrentIndex(0);
        QTest::qWait(100);
        QVERIFY(window_->grab().save(dir + u"/socket-lab-protocol-error.png"_s));
    }
    protocol->setEditText(u"no such"_s);
    QVERIFY(!actions->trigger(LabCall::Socket));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);

    // A name of the database: looked up in core, the socket made with its number.
    actions->domainCombo()->setCurrentIndex(actions->domainCombo()->findText(u"AF_INET"_s));
    actions->typeCombo()->setCurrentIndex(actions->typeCombo()->findText(u"SOCK_DGRAM"_s));
    protocol->setEditText(u"udp"_s);
    QVERIFY(actions->trigger(LabCall::Socket));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(actions->protocolMessage()->isHidden());
    QCOMPARE(finished.last().front().value<LabResult>().request.protocol, 17);

    actions->domainCombo()->setCurrentIndex(actions->domainCombo()->findText(u"AF_UNSPEC"_s));
    actions->typeCombo()->setCurrentIndex(actions->typeCombo()->findText(u"SOCK_STREAM"_s));
    protocol->setCurrentIndex(0);
    QVERIFY(actions->trigger(LabCall::Socket));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
    QVERIFY2(lastResult().contains(u"EAFNOSUPPORT"_s), qPrintable(lastResult()));
    QVERIFY(page_->resultDetail()->toPlainText().contains(u"getaddrinfo"_s));
    actions->domainCombo()->setCurrentIndex(actions->domainCombo()->findText(u"AF_INET"_s));
}

// The ICMP echo form: each bad field marked beside it with nothing called; then a raw ICMP socket's
// echo with the checksum's steps and the reply in the detail. The screenshot is of this state.
void TestSocketLabPage::icmpEchoForm()
{
    LabActionPanel* actions = page_->actions();
    QSignalSpy finished(page_, &SocketLabPage::callFinished);
    actions->domainCombo()->setCurrentIndex(actions->domainCombo()->findText(u"AF_INET"_s));
    actions->typeCombo()->setCurrentIndex(actions->typeCombo()->findText(u"SOCK_RAW"_s));
    actions->protocolCombo()->setCurrentIndex(actions->protocolCombo()->findText(u"IPPROTO_ICMP"_s));
    QVERIFY(actions->trigger(LabCall::Socket));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    actions->typeCombo()->setCurrentIndex(actions->typeCombo()->findText(u"SOCK_STREAM"_s));
    actions->protocolCombo()->setCurrentIndex(0);
    if (!testing::haveCapNetRaw()) {
        QVERIFY2(page_->resultDetail()->toPlainText().contains(u"CAP_NET_RAW"_s), qPrintable(page_->resultDetail()->toPlainText()));
        QSKIP("raw sockets need CAP_NET_RAW: the refusal is explained, the echo itself needs root");
    }
    QTRY_VERIFY_WITH_TIMEOUT(actions->target() == "s1", 3000);
    actions->showEchoTab();
    finished.clear();

    struct Bad {
        QLineEdit* field;
        QString text;
        QString says;
    };
    const Bad bad[] = {{actions->echoIdField(), u"70000"_s, u"65535"_s},
                       {actions->echoSeqField(), u"-1"_s, u"65535"_s},
                       {actions->echoTimeoutField(), u"0"_s, u"10000"_s},
                       {actions->echoPayloadField(), u"ab\\q"_s, u"3"_s}};
    for (const Bad& b : bad) {
        const QString good = b.field->text();
        retype(b.field, b.text);
        QVERIFY(!actions->trigger(LabCall::IcmpEcho));
        auto* message = b.field->parentWidget()->findChild<QLabel*>();
        QVERIFY2(message && !message->isHidden() && message->text().contains(b.says),
                 qPrintable(b.text + u": "_s + (message ? message->text() : QString())));
        retype(b.field, good);
    }
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);

    retype(actions->echoIdField(), u"4711"_s);
    retype(actions->echoSeqField(), u"1"_s);
    retype(actions->echoPayloadField(), u"hello, loopback"_s);
    QTest::mouseClick(actions->button(LabCall::IcmpEcho), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto r = finished.front().front().value<LabResult>();
    QVERIFY(r.echo.replied);
    for (auto* field : {actions->echoIdField(), actions->echoSeqField(), actions->echoTimeoutField(), actions->echoPayloadField()})
        QVERIFY(field->parentWidget()->findChild<QLabel*>()->isHidden());
    const QString detail = page_->resultDetail()->toPlainText();
    QVERIFY2(detail.contains(u"one's complement"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"echo reply"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"45 00"_s) || detail.contains(u"45 "_s), qPrintable(detail)); // the IP header's first byte

    const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        window_->showPage(pageIndex_);
        window_->resize(1280, 1040);
        // The result's detail gets the room: the table has one row, the list two.
        if (auto* split = page_->findChild<QSplitter*>(u"labSplitter"_s))
            split->setSizes({80, 200, 700});
        if (auto* split = page_->findChild<QSplitter*>(u"labResultSplitter"_s))
            split->setSizes({70, 700});
        QTest::qWait(600); // a snapshot of the table
        QVERIFY(window_->grab().save(dir + u"/socket-lab-icmp-echo.png"_s));
        window_->resize(1280, 800);
    }
}

// A wire recipe in the panel: each step says what it does and what to watch for on the Wire page.
void TestSocketLabPage::wireRecipeSaysWhatToWatch()
{
    LabRecipePanel* recipes = page_->recipes();
    recipes->selectRecipe("wire-handshake");
    auto* explanation = recipes->findChild<QLabel*>(u"labRecipeExplanation"_s);
    QVERIFY(explanation);
    for (int i = 0; i < 5; ++i) {
        clickStep("wire-handshake", i);
        if (QTest::currentTestFailed())
            return;
    }
    // Next: accept(), which puts nothing on the wire.
    QTRY_VERIFY_WITH_TIMEOUT(explanation->text().contains(u"On the Wire page: Nothing"_s), 3000);
    QVERIFY2(recipes->stepButton(4)->toolTip().contains(u"SYN, SYN-ACK, ACK"_s), qPrintable(recipes->stepButton(4)->toolTip()));
    const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        window_->showPage(pageIndex_);
        QTest::qWait(600);
        QVERIFY(window_->grab().save(dir + u"/socket-lab-wire-recipe.png"_s));
    }
}
