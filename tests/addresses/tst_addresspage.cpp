// Types into the pages of a real main window, as a user would, and checks what the pages show:
// the hex of an address, the message for bad input, a sockaddr field's bytes, and that the calls
// reach the journal model (which drains core's journal on a timer, hence QTRY_*).

#include "ByteOrder.h"
#include "JournalDock.h"
#include "JournalModel.h"
#include "EchoTotalsView.h"
#include "MainWindow.h"
#include "ManualDialog.h"
#include "Page.h"
#include "SocketConstants.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QHash>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace sockscope;

class TestGuiPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void addressHex_data();
    void addressHex();
    void addressError_data();
    void addressError();
    void legacyComparison();
    void layoutField_data();
    void layoutField();
    void layoutPortError();
    void byteOrder();
    void journalHasPtonEntry();
    void shortcuts();
    void inputsRemembered();
    void pagesFitASmallScreen_data();
    void pagesFitASmallScreen();
    void echoTotalsReflow();
    void manualListsEveryPageAndKey();

private:
    template <typename T>
    T* find(const char* name) const
    {
        T* w = window_->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }
    void selectFamily(const QString& family);
    // Clears the field (and lets the page react), then types `text` key by key.
    static void retype(QLineEdit* edit, const QString& text);

    std::unique_ptr<MainWindow> window_;
};

void TestGuiPages::initTestCase()
{
    // Never read or write the user's own settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockScope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_pages"));
    QSettings().clear();

    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestGuiPages::cleanupTestCase()
{
    window_.reset();
    QSettings().clear();
}

void TestGuiPages::retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, text);
}

void TestGuiPages::selectFamily(const QString& family)
{
    auto* combo = find<QComboBox>("addressFamilyCombo");
    const int value = family == QLatin1String("inet")    ? familyInet()
                      : family == QLatin1String("inet6") ? familyInet6()
                      : family == QLatin1String("unix")  ? familyUnix()
                                                         : -1; // automatic
    const int index = combo->findData(value);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestGuiPages::addressHex_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("hex");
    QTest::newRow("loopback") << "inet" << "127.0.0.1" << "0x7f000001";
    QTest::newRow("documentation") << "inet" << "192.0.2.1" << "0xc0000201";
    QTest::newRow("v6 loopback") << "inet6" << "::1" << "0x00000000 00000000 00000000 00000001";
    QTest::newRow("v4-mapped, automatic") << "auto" << "::ffff:127.0.0.1"
                                          << "0x00000000 00000000 0000ffff 7f000001";
    QTest::newRow("v4, automatic") << "auto" << "10.1.2.3" << "0x0a010203";
}

void TestGuiPages::addressHex()
{
    QFETCH(QString, family);
    QFETCH(QString, input);
    QFETCH(QString, hex);
    window_->showPage(1);
    selectFamily(family);
    auto* edit = find<QLineEdit>("addressEdit");
    auto* hexLabel = find<QLabel>("addressHexLabel");
    retype(edit, input);
    // The page calls core once typing pauses.
    QTRY_COMPARE(hexLabel->text(), hex);
    QVERIFY(find<QLabel>("addressEditMessage")->isHidden());
    QVERIFY(find<QLabel>("addressPtonLabel")->text().startsWith(QLatin1String("1:")));
}

void TestGuiPages::addressError_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("octet too large") << "inet" << "192.0.2.256" << "inet_pton returned 0";
    QTest::newRow("shorthand") << "inet" << "127.1" << "“127.1” is not a valid IPv4 address";
    QTest::newRow("leading zero") << "inet" << "192.0.2.01" << "no leading zeros";
    QTest::newRow("two ::") << "inet6" << "5::5::" << "at most once";
    QTest::newRow("neither family") << "auto" << "localhost" << "neither an IPv4 nor an IPv6";
    QTest::newRow("AF_UNIX") << "unix" << "127.0.0.1" << "EAFNOSUPPORT";
    QTest::newRow("mapped under AF_INET") << "inet" << "::ffff:1.2.3.4" << "choose AF_INET6";
    QTest::newRow("IPv4 under AF_INET6") << "inet6" << "1.2.3.4" << "::ffff:1.2.3.4";
    QTest::newRow("200 characters") << "auto" << QString(200, QLatin1Char('a')) << "neither an IPv4 nor an IPv6";
}

void TestGuiPages::addressError()
{
    QFETCH(QString, family);
    QFETCH(QString, input);
    QFETCH(QString, message);
    window_->showPage(1);
    selectFamily(family);
    auto* edit = find<QLineEdit>("addressEdit");
    auto* messageLabel = find<QLabel>("addressEditMessage");
    retype(edit, input);
    QTRY_VERIFY2(messageLabel->text().contains(message), qPrintable(messageLabel->text()));
    QVERIFY(!messageLabel->isHidden());
    QCOMPARE(find<QLabel>("addressHexLabel")->text(), QStringLiteral("—"));
    // However long the input, the message wraps and the page keeps its width.
    QVERIFY2(window_->page(1)->minimumSizeHint().width() <= 860,
             qPrintable(QString::number(window_->page(1)->minimumSizeHint().width())));

    // Correcting the input clears the mark.
    retype(edit, family == QLatin1String("inet6") ? QStringLiteral("::1") : QStringLiteral("127.0.0.1"));
    if (family != QLatin1String("unix"))
        QTRY_VERIFY(messageLabel->isHidden());
}

void TestGuiPages::legacyComparison()
{
    window_->showPage(1);
    auto* table = find<QTableWidget>("legacyTable");
    QPushButton* sample = nullptr;
    for (auto* b : window_->findChildren<QPushButton*>(QStringLiteral("legacySampleButton")))
        if (b->text() == QLatin1String("0x7f.1"))
            sample = b;
    QVERIFY(sample);
    QTest::mouseClick(sample, Qt::LeftButton);
    // Sample buttons convert at once: inet_aton reads 0x7f.1 as 127.0.0.1, inet_pton rejects it.
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("0x7f000001"));
    QCOMPARE(table->item(3, 2)->text(), QStringLiteral("127.0.0.1"));
    QVERIFY(table->item(0, 0)->text().contains(QLatin1String("0")));
    QVERIFY(find<QLabel>("legacyVerdictLabel")->text().contains(QLatin1String("inet_pton rejects")));
}

void TestGuiPages::layoutField_data()
{
    QTest::addColumn<int>("structure"); // index in the structure list: 0 in, 1 in6
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("hex");
    QTest::newRow("in 8080") << 0 << "127.0.0.1" << "8080" << "sin_port" << "1f90";
    QTest::newRow("in 443") << 0 << "127.0.0.1" << "443" << "sin_port" << "01bb";
    QTest::newRow("in address") << 0 << "127.0.0.1" << "8080" << "sin_addr" << "7f000001";
    QTest::newRow("in6 8080") << 1 << "::1" << "8080" << "sin6_port" << "1f90";
}

void TestGuiPages::layoutField()
{
    QFETCH(int, structure);
    QFETCH(QString, address);
    QFETCH(QString, port);
    QFETCH(QString, field);
    QFETCH(QString, hex);
    window_->showPage(2);
    auto* combo = find<QComboBox>("layoutStructureCombo");
    combo->setCurrentIndex(structure);
    emit combo->activated(structure);
    retype(find<QLineEdit>(structure == 0 ? "layoutInetAddressEdit" : "layoutInet6AddressEdit"), address);
    retype(find<QLineEdit>("layoutPortEdit"), port);

    auto* table = find<QTableWidget>("layoutFieldTable");
    const auto fieldHex = [table, &field]() -> QString {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 3) && table->item(row, 3)->text() == field)
                return table->item(row, 4)->text();
        return {};
    };
    QTRY_COMPARE(fieldHex(), hex);
    QVERIFY(find<QLabel>("layoutPortEditMessage")->isHidden());
}

void TestGuiPages::layoutPortError()
{
    window_->showPage(2);
    auto* combo = find<QComboBox>("layoutStructureCombo");
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    retype(find<QLineEdit>("layoutPortEdit"), QStringLiteral("65536"));
    auto* message = find<QLabel>("layoutPortEditMessage");
    QTRY_VERIFY2(message->text().contains(QLatin1String("65535")), qPrintable(message->text()));
    QVERIFY(!message->isHidden());
    QCOMPARE(find<QTableWidget>("layoutFieldTable")->rowCount(), 0);
    // A valid port brings the table back (and leaves the page as the later tests expect it).
    retype(find<QLineEdit>("layoutPortEdit"), QStringLiteral("7"));
    QTRY_VERIFY(find<QTableWidget>("layoutFieldTable")->rowCount() > 0);
    QVERIFY(message->isHidden());
}

void TestGuiPages::byteOrder()
{
    window_->showPage(0);
    QTest::mouseClick(find<QRadioButton>("htonsButton"), Qt::LeftButton);
    auto* edit = find<QLineEdit>("byteOrderValueEdit");
    retype(edit, QStringLiteral("0x1234"));
    const QString expected = hostEndianness() == Endianness::Little ? QStringLiteral("htons(0x1234) == 0x3412")
                                                                    : QStringLiteral("htons(0x1234) == 0x1234");
    QTRY_COMPARE(find<QLabel>("byteOrderCallLabel")->text(), expected);

    // 0x10000 does not fit htons' 16 bits: the range message appears at once, without a call.
    retype(edit, QStringLiteral("0x10000"));
    auto* message = find<QLabel>("byteOrderValueEditMessage");
    QVERIFY2(message->text().contains(QLatin1String("0xffff")), qPrintable(message->text()));
}

void TestGuiPages::journalHasPtonEntry()
{
    window_->showPage(1);
    selectFamily(QStringLiteral("inet"));
    retype(find<QLineEdit>("addressEdit"), QStringLiteral("198.51.100.7"));
    JournalModel* model = window_->journalModel();
    const auto hasEntry = [model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            const JournalEntry& e = model->entry(row);
            if (e.function == "inet_pton" && e.args == "AF_INET, \"198.51.100.7\", &addr" && e.result == "1")
                return true;
        }
        return false;
    };
    QTRY_VERIFY(hasEntry());

    // Half-typed inputs are not journalled: typing waits for a pause before calling core.
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->entry(row).args != "AF_INET, \"198.51.100\", &addr");

    // The dock's filter keeps only the calls of one function.
    auto* filter = find<QLineEdit>("journalFilterEdit");
    filter->setText(QStringLiteral("inet_pton"));
    auto* view = find<QTableView>("journalTable");
    QVERIFY(view->model()->rowCount() > 0);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->index(row, JournalModel::FunctionColumn).data().toString(),
                 QStringLiteral("inet_pton"));
    filter->clear();
}

void TestGuiPages::shortcuts()
{
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    // Ctrl+1…3 open the pages in the sidebar's order; Ctrl+L puts the cursor in the first field.
    QTest::keyClick(window_.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window_->currentPageIndex(), 2);
    QTest::keyClick(window_.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window_->currentPageIndex(), 1);
    QTest::keyClick(window_.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>("addressEdit"));
    // Every page has one: Ctrl+0, Ctrl+-, Ctrl+=, Ctrl+\ and Ctrl+] follow Ctrl+9; Ctrl+PgDn and Ctrl+PgUp step
    // through them.
    QCOMPARE(window_->pageCount(), 14);
    QTest::keyClick(window_.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window_->currentPageIndex(), 9);
    QTest::keyClick(window_.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(window_->currentPageIndex(), 10);
    QTest::keyClick(window_.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(window_->currentPageIndex(), 11);
    QTest::keyClick(window_.get(), Qt::Key_Backslash, Qt::ControlModifier);
    QCOMPARE(window_->currentPageIndex(), 12);
    QTest::keyClick(window_.get(), Qt::Key_BracketRight, Qt::ControlModifier);
    QCOMPARE(window_->currentPageIndex(), 13);
    QTest::keyClick(window_.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(window_->currentPageIndex(), 0);
    QTest::keyClick(window_.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(window_->currentPageIndex(), 13);
    // Tab from the topic list lands in the page's first field: no invisible stop in between.
    window_->showPage(1);
    auto* topics = find<QWidget>("topicList");
    topics->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), topics);
    QTest::keyClick(topics, Qt::Key_Tab);
    QWidget* afterTab = QApplication::focusWidget();
    QVERIFY2(afterTab && window_->page(1)->isAncestorOf(afterTab),
             afterTab ? afterTab->metaObject()->className() : "nothing");
    // Ctrl+J hides and shows the journal.
    auto* dock = window_->findChild<QWidget*>(QStringLiteral("journalDock"));
    QVERIFY(dock && dock->isVisible());
    QTest::keyClick(window_.get(), Qt::Key_J, Qt::ControlModifier);
    QTRY_VERIFY(!dock->isVisible());
    QTest::keyClick(window_.get(), Qt::Key_J, Qt::ControlModifier);
    QTRY_VERIFY(dock->isVisible());
}

void TestGuiPages::inputsRemembered()
{
    window_->showPage(2);
    auto* combo = find<QComboBox>("layoutStructureCombo");
    combo->setCurrentIndex(2);
    emit combo->activated(2);
    retype(find<QLineEdit>("layoutPathEdit"), QStringLiteral("@remembered"));
    QTRY_VERIFY(find<QTableWidget>("layoutFieldTable")->rowCount() > 0); // the typed path was taken
    window_->showPage(1);
    selectFamily(QStringLiteral("inet6"));
    retype(find<QLineEdit>("addressEdit"), QStringLiteral("2001:db8::42"));
    window_->saveSettings();

    // A new window (as after a restart) shows the same page with the same inputs.
    MainWindow again;
    QCOMPARE(again.currentPageIndex(), 1);
    auto* edit = again.findChild<QLineEdit*>(QStringLiteral("addressEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("2001:db8::42"));
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("addressFamilyCombo"))->currentData().toInt(),
             familyInet6());
    QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("layoutPathEdit"))->text(), QStringLiteral("@remembered"));
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("layoutStructureCombo"))->currentIndex(), 2);
}


// A 1280x800 laptop at 125 % (or 1920x1080 at 190 %) gives 1024 logical pixels: every page fits beside
// the sidebar without scrolling sideways (the widest rows wrap or move instead).
void TestGuiPages::pagesFitASmallScreen_data()
{
    QTest::addColumn<QSize>("window");
    QTest::addColumn<bool>("journal");
    // The screen less a panel and a title bar: what a maximised window gets.
    for (const QSize screen : {QSize(1280, 800), QSize(1366, 768), QSize(1152, 720)})
        for (const bool journal : {true, false})
            if (screen.width() > 1152 || !journal) // 1152x720: the journal closed (a netbook's way)
                QTest::addRow("%dx%d, journal %s", screen.width(), screen.height(), journal ? "open" : "closed")
                << QSize(screen.width(), screen.height() - 64) << journal;
}

// On those screens the control or result a user comes to each page for is on screen without
// scrolling, with the call journal docked or closed.
void TestGuiPages::pagesFitASmallScreen()
{
    QFETCH(QSize, window);
    QFETCH(bool, journal);
    const QHash<QString, QStringList> mainParts{
        {QStringLiteral("byte-order"), {QStringLiteral("byteOrderOutputLabel")}},
        {QStringLiteral("addresses"), {QStringLiteral("addressHexLabel"), QStringLiteral("addressNtopLabel")}},
        {QStringLiteral("sockaddr-layout"), {QStringLiteral("layoutFieldTable")}},
        {QStringLiteral("hosts"), {QStringLiteral("hostNameButton"), QStringLiteral("hostResultLabel")}},
        {QStringLiteral("protocols"), {QStringLiteral("protocolLookUpButton"), QStringLiteral("protocolsTable")}},
        {QStringLiteral("services"), {QStringLiteral("serviceLookUpButton"), QStringLiteral("servicesTable")}},
        {QStringLiteral("resolver"), {QStringLiteral("resolverRunButton"), QStringLiteral("addrInfoTable")}},
        {QStringLiteral("socket-lab"), {QStringLiteral("labSocketTable"), QStringLiteral("labResults")}},
        {QStringLiteral("client-console"), {QStringLiteral("consoleConnect"), QStringLiteral("consoleSend")}},
        {QStringLiteral("server-console"), {QStringLiteral("serverStart"), QStringLiteral("serverPeers"), QStringLiteral("serverSend")}},
        {QStringLiteral("socket-options"), {QStringLiteral("socketOptionsTable"), QStringLiteral("socketOptionsApply")}},
        {QStringLiteral("echo-server"), {QStringLiteral("echoStartButton")}},
        {QStringLiteral("sockets"), {QStringLiteral("socketsRefresh"), QStringLiteral("socketsTable")}},
        {QStringLiteral("wire"), {QStringLiteral("wireStart"), QStringLiteral("wireLadder")}},
    };
    QStringList hidden;
    window_->journalDock()->setVisible(journal);
    window_->resize(window);
    QTRY_COMPARE(window_->size(), window);
    QCoreApplication::processEvents();
    window_->fitJournalToWindow(); // as a first start at this size would
    QCoreApplication::processEvents();
    for (int i = 0; i < window_->pageCount(); ++i) {
        Page* page = window_->page(i);
        window_->showPage(i);
        QVERIFY2(page->minimumSizeHint().width() <= 860,
                 qPrintable(QStringLiteral("%1 wants %2 px").arg(page->pageId()).arg(page->minimumSizeHint().width())));
        QCoreApplication::processEvents();
        auto* scroll = qobject_cast<QScrollArea*>(page->parentWidget() ? page->parentWidget()->parentWidget() : nullptr);
        QVERIFY(scroll);
        scroll->verticalScrollBar()->setValue(0);
        QCoreApplication::processEvents();
        const QRect viewport = scroll->viewport()->rect();
        QVERIFY2(mainParts.contains(page->pageId()), qPrintable(page->pageId()));
        for (const QString& name : mainParts.value(page->pageId())) {
            QWidget* part = page->findChild<QWidget*>(name);
            QVERIFY2(part && part->isVisible(), qPrintable(name));
            // A table or a list needs its header and a few rows on screen, a button all of it.
            const int wanted = std::min(part->height(), part->fontMetrics().height() * 5);
            const QRect seen(part->mapTo(scroll->viewport(), QPoint(0, 0)), QSize(std::min(part->width(), 40), wanted));
            if (!viewport.contains(seen))
                hidden << QStringLiteral("%1: %2 at y %3..%4, the page shows y 0..%5")
                              .arg(page->pageId(), name)
                              .arg(seen.top())
                              .arg(seen.bottom())
                              .arg(viewport.bottom());
        }
    }
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QStringLiteral("; "))));
    window_->journalDock()->show();
    window_->showPage(0);
}

// The echo totals: two columns of pairs where they fit, one where they do not.
void TestGuiPages::echoTotalsReflow()
{
    EchoTotalsView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.resize(1000, view.height());
    QTRY_COMPARE(view.columnCount(), 2);
    const int twoColumnHeight = view.minimumSizeHint().height();
    view.resize(view.minimumSizeHint().width(), view.height());
    QTRY_COMPARE(view.columnCount(), 1);
    QVERIFY(view.minimumSizeHint().height() > twoColumnHeight);
    view.resize(1000, view.height());
    QTRY_COMPARE(view.columnCount(), 2);
}

// F1 opens the manual; it names every page and every key of the menus, so it cannot fall behind them.
void TestGuiPages::manualListsEveryPageAndKey()
{
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    QTest::keyClick(window_.get(), Qt::Key_F1);
    ManualDialog* manual = nullptr;
    QTRY_VERIFY((manual = window_->findChild<ManualDialog*>()) != nullptr);
    QTRY_VERIFY(manual->isVisible());
    const QString html = manual->html();
    for (int i = 0; i < window_->pageCount(); ++i)
        QVERIFY2(html.contains(window_->page(i)->title().toHtmlEscaped()), qPrintable(window_->page(i)->title()));
    for (const char* key : {"Ctrl+0", "Ctrl+=", "Ctrl+J", "Ctrl+E", "F1"})
        QVERIFY2(html.contains(QLatin1String(key)), key);
    manual->close();
}

QTEST_MAIN(TestGuiPages)
#include "tst_addresspage.moc"
