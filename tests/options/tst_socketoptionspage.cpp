// The socket options page in a real main window: a scratch socket's options read, TCP_NODELAY set
// through the table's editor and read back, a bad value refused next to the table, the echo server's
// "Listener options…" opening the page on its listener, and a closed socket shown as gone.
#include "EchoServerPage.h"
#include "EchoServerTab.h"
#include "MainWindow.h"
#include "SocketOptionsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace sockscope;

class TestSocketOptionsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void scratchSocketIsRead();
    void nodelayThroughTheTable();
    void badValueRefused();
    void echoListenerOpensThePage();
    void closedSocketShownAsGone();

private:
    QString value(const char* option) const
    {
        return page_->table()->item(page_->rowOf(QString::fromLatin1(option)), SocketOptionsPage::ValueColumn)->text();
    }
    std::unique_ptr<MainWindow> window_;
    SocketOptionsPage* page_ = nullptr;
    int pageIndex_ = -1;
};

void TestSocketOptionsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockScope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_socketoptionspage"));
    QSettings().clear();
    window_ = std::make_unique<MainWindow>();
    for (int i = 0; i < window_->pageCount(); ++i)
        if (auto* p = qobject_cast<SocketOptionsPage*>(window_->page(i))) {
            page_ = p;
            pageIndex_ = i;
        }
    QVERIFY(page_);
    QCOMPARE(page_->pageId(), QStringLiteral("socket-options"));
    window_->showPage(pageIndex_);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestSocketOptionsPage::cleanupTestCase()
{
    window_.reset();
    QSettings().clear();
}

void TestSocketOptionsPage::scratchSocketIsRead()
{
    QSignalSpy shown(page_, &SocketOptionsPage::optionsShown);
    auto* family = page_->findChild<QComboBox*>(QStringLiteral("socketOptionsScratchFamily"));
    family->setCurrentIndex(0); // IPv4
    page_->findChild<QComboBox*>(QStringLiteral("socketOptionsScratchType"))->setCurrentIndex(0); // stream
    QTest::mouseClick(page_->findChild<QPushButton*>(QStringLiteral("socketOptionsNewScratch")), Qt::LeftButton);
    QTRY_VERIFY(shown.count() >= 1);
    QVERIFY(page_->currentSocket() != 0);
    QCOMPARE(value("TCP_NODELAY"), QStringLiteral("0"));
    QCOMPARE(value("SO_TYPE"), QStringLiteral("1 (SOCK_STREAM)"));
    // Options of other kinds are greyed with the reason; get-only ones say so.
    const int v6 = page_->rowOf(QStringLiteral("IPV6_V6ONLY"));
    QVERIFY(!(page_->table()->item(v6, SocketOptionsPage::ValueColumn)->flags() & Qt::ItemIsEditable));
    QVERIFY(page_->table()->item(v6, SocketOptionsPage::NoteColumn)->text().contains(QLatin1String("TCP over IPv4")));
    const int type = page_->rowOf(QStringLiteral("SO_TYPE"));
    QVERIFY(page_->table()->item(type, SocketOptionsPage::NoteColumn)->text().contains(QLatin1String("only be read")));
}

void TestSocketOptionsPage::nodelayThroughTheTable()
{
    QTableWidget* table = page_->table();
    const int row = page_->rowOf(QStringLiteral("TCP_NODELAY"));
    QTableWidgetItem* item = table->item(row, SocketOptionsPage::ValueColumn);
    QVERIFY(item->flags() & Qt::ItemIsEditable);
    table->setCurrentItem(item);
    table->editItem(item);
    QComboBox* editor = nullptr;
    QTRY_VERIFY((editor = table->viewport()->findChild<QComboBox*>()) != nullptr);
    editor->setCurrentIndex(1); // "1 (on)"
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(item->text(), QStringLiteral("1"));

    QSignalSpy applied(page_, &SocketOptionsPage::applyFinished);
    QSignalSpy shown(page_, &SocketOptionsPage::optionsShown);
    auto* apply = page_->findChild<QPushButton*>(QStringLiteral("socketOptionsApply"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE(applied.count(), 1);
    const QString message = applied.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("TCP_NODELAY")) && message.contains(QLatin1String("read back 1")),
             qPrintable(message));
    QTRY_VERIFY(shown.count() >= 1); // read again from the socket
    QCOMPARE(value("TCP_NODELAY"), QStringLiteral("1"));
    QVERIFY(!apply->isEnabled());
}

void TestSocketOptionsPage::badValueRefused()
{
    QTableWidget* table = page_->table();
    table->item(page_->rowOf(QStringLiteral("IP_TTL")), SocketOptionsPage::ValueColumn)->setText(QStringLiteral("0"));
    QSignalSpy applied(page_, &SocketOptionsPage::applyFinished);
    page_->apply();
    QTRY_COMPARE(applied.count(), 1);
    const QString message = page_->findChild<QLabel*>(QStringLiteral("socketOptionsMessage"))->text();
    QVERIFY2(message.contains(QLatin1String("IP_TTL")) && message.contains(QLatin1String("Allowed: 1 to 255")),
             qPrintable(message));
    QCOMPARE(table->item(page_->rowOf(QStringLiteral("IP_TTL")), SocketOptionsPage::NoteColumn)->text(), message);

    // A bad value next to a good one: the good one is applied, and the bad one's reason is not overwritten.
    table->item(page_->rowOf(QStringLiteral("IP_TOS")), SocketOptionsPage::ValueColumn)->setText(QStringLiteral("16"));
    page_->apply();
    QTRY_COMPARE(applied.count(), 3); // the refusal, then IP_TOS's result
    const QString both = page_->findChild<QLabel*>(QStringLiteral("socketOptionsMessage"))->text();
    QVERIFY2(both.contains(QLatin1String("IP_TOS")) && both.contains(QLatin1String("Allowed: 1 to 255")), qPrintable(both));
    page_->revert();
    QTRY_COMPARE(value("IP_TTL"), QStringLiteral("64"));
}

void TestSocketOptionsPage::echoListenerOpensThePage()
{
    EchoServerPage* echo = nullptr;
    int echoIndex = -1;
    for (int i = 0; i < window_->pageCount(); ++i)
        if (auto* p = qobject_cast<EchoServerPage*>(window_->page(i))) {
            echo = p;
            echoIndex = i;
        }
    QVERIFY(echo);
    QVERIFY(echoIndex > pageIndex_); // the options page comes before the echo server
    window_->showPage(echoIndex);
    EchoServerTab* tab = echo->currentServer();
    QSignalSpy started(tab, &EchoServerTab::startFinished);
    tab->start();
    QTRY_COMPARE(started.count(), 1);
    QVERIFY(started.at(0).at(0).toBool());
    auto* button = tab->findChild<QPushButton*>(QStringLiteral("echoListenerOptionsButton"));
    QVERIFY(button->isEnabled());
    QSignalSpy shown(page_, &SocketOptionsPage::optionsShown);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window_->currentPageIndex(), pageIndex_);
    QTRY_VERIFY(shown.count() >= 1);
    QCOMPARE(value("SO_ACCEPTCONN"), QStringLiteral("1")); // a listening socket
    QCOMPARE(value("SO_REUSEADDR"), QStringLiteral("1"));  // the echo server sets it

    // Stopping the server closes the listener: the page shows it as gone.
    QSignalSpy stopped(tab, &EchoServerTab::stopFinished);
    tab->stop();
    QTRY_COMPARE(stopped.count(), 1);
    auto* status = page_->findChild<QLabel*>(QStringLiteral("socketOptionsStatus"));
    QTRY_VERIFY2(status->text().contains(QLatin1String("closed")), qPrintable(status->text()));
}

void TestSocketOptionsPage::closedSocketShownAsGone()
{
    window_->showPage(pageIndex_);
    QSignalSpy shown(page_, &SocketOptionsPage::optionsShown);
    page_->findChild<QComboBox*>(QStringLiteral("socketOptionsScratchFamily"))->setCurrentIndex(1); // IPv6
    page_->findChild<QComboBox*>(QStringLiteral("socketOptionsScratchType"))->setCurrentIndex(1);   // dgram
    page_->newScratch();
    QTRY_VERIFY(shown.count() >= 1);
    QCOMPARE(value("SO_TYPE"), QStringLiteral("2 (SOCK_DGRAM)"));
    QVERIFY(page_->table()->item(page_->rowOf(QStringLiteral("IPV6_V6ONLY")), SocketOptionsPage::ValueColumn)->flags()
            & Qt::ItemIsEditable);
    const auto close = page_->findChild<QPushButton*>(QStringLiteral("socketOptionsNewScratch"))->parentWidget()
                      ->findChildren<QPushButton*>();
    QPushButton* closeButton = nullptr;
    for (QPushButton* b : close)
        if (b->text().contains(QLatin1String("Close scratch")))
            closeButton = b;
    QVERIFY(closeButton && closeButton->isEnabled());
    QTest::mouseClick(closeButton, Qt::LeftButton);
    auto* status = page_->findChild<QLabel*>(QStringLiteral("socketOptionsStatus"));
    QTRY_VERIFY2(status->text().contains(QLatin1String("closed")), qPrintable(status->text()));
    QVERIFY(!(page_->table()->item(page_->rowOf(QStringLiteral("IPV6_V6ONLY")), SocketOptionsPage::ValueColumn)->flags()
              & Qt::ItemIsEditable));
}

QTEST_MAIN(TestSocketOptionsPage)
#include "tst_socketoptionspage.moc"
