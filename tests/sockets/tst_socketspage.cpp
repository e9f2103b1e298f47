// The Sockets on this machine page in a real main window: an echo server started through its service
// is listed as SockScope's own (LISTEN, its backlog as Send-Q) and opens in the options page; the
// filter field and "Listening only" narrow the table; a refresh the user asks for is journalled, the
// timer's refreshes are not.

#include "CallJournal.h"
#include "EchoServerService.h"
#include "MainWindow.h"
#include "PageUnderTest.h"
#include "SocketOptionsPage.h"
#include "SocketTablePage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace sockscope;
using namespace sockscope::testing;

class TestSocketsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void echoServerListedAsOurs();
    void listeningOnlyAndFilter();
    void timerRefreshesAreNotJournalled();

private:
    // The rows the view shows, as "proto|state|local|ours".
    QStringList shownRows() const;
    void refreshAndWait();

    std::unique_ptr<MainWindow> window_;
    SocketTablePage* page_ = nullptr;
    std::unique_ptr<EchoServerService> server_;
    QString serverAddress_;
};

void TestSocketsPage::initTestCase()
{
    useTestSettings("tst_socketspage");
    server_ = std::make_unique<EchoServerService>();
    QSignalSpy started(server_.get(), &EchoServerService::started);
    EchoConfig c;
    c.threads = 1;
    server_->start(c);
    QVERIFY(started.wait(10000));
    const auto r = started.at(0).at(0).value<EchoStartResult>();
    QVERIFY2(r.ok, r.message.c_str());
    serverAddress_ = QString::fromStdString(r.bound.text());
    page_ = openPage<SocketTablePage>(window_);
    QVERIFY(page_);
}

void TestSocketsPage::cleanupTestCase()
{
    window_.reset();
    server_.reset();
    QSettings().clear();
}

QStringList TestSocketsPage::shownRows() const
{
    QStringList rows;
    const QAbstractItemModel* m = page_->table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        rows << QStringLiteral("%1|%2|%3|%4")
                    .arg(m->index(r, SocketTablePage::ProtoColumn).data().toString(),
                         m->index(r, SocketTablePage::StateColumn).data().toString(),
                         m->index(r, SocketTablePage::LocalColumn).data().toString(),
                         m->index(r, SocketTablePage::OursColumn).data().toString());
    return rows;
}

void TestSocketsPage::refreshAndWait()
{
    QSignalSpy refreshed(page_, &SocketTablePage::refreshed);
    QTest::mouseClick(childNamed<QPushButton>(page_, "socketsRefresh"), Qt::LeftButton);
    QVERIFY(refreshed.wait(10000));
}

void TestSocketsPage::echoServerListedAsOurs()
{
    refreshAndWait();
    const QStringList rows = shownRows();
    int row = -1;
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i].startsWith(QStringLiteral("tcp|LISTEN|%1|").arg(serverAddress_)))
            row = i;
    QVERIFY2(row >= 0, qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY2(rows[row].contains(QStringLiteral("Echo server listener")), qPrintable(rows[row]));
    const QAbstractItemModel* m = page_->table()->model();
    QVERIFY(m->index(row, SocketTablePage::SendQColumn).data().toInt() > 0); // the backlog
    QVERIFY(childNamed<QLabel>(page_, "socketsStatus")->text().contains(QStringLiteral("SockScope")));

    // Selected, it is explained, and Options… opens it in the options page.
    auto* options = childNamed<QPushButton>(page_, "socketsOptions");
    QVERIFY(!options->isEnabled());
    page_->table()->selectRow(row);
    QVERIFY(options->isEnabled());
    QVERIFY(childNamed<QLabel>(page_, "socketsExplanation")->text().contains(QStringLiteral("accept()")));
    QTest::mouseClick(options, Qt::LeftButton);
    QTRY_VERIFY(qobject_cast<SocketOptionsPage*>(window_->page(window_->currentPageIndex())));
    for (int i = 0; i < window_->pageCount(); ++i)
        if (window_->page(i) == page_)
            window_->showPage(i);
}

void TestSocketsPage::listeningOnlyAndFilter()
{
    QSignalSpy refreshed(page_, &SocketTablePage::refreshed);
    childNamed<QCheckBox>(page_, "socketsListening")->setChecked(true);
    QVERIFY(refreshed.wait(10000));
    const QStringList rows = shownRows();
    QVERIFY(!rows.isEmpty());
    for (const QString& r : rows)
        QVERIFY2(r.contains(QLatin1String("|LISTEN|")) || r.contains(QLatin1String("|UNCONN|")), qPrintable(r));
    // The filter field narrows to the rows holding its text.
    const QString port = serverAddress_.section(QLatin1Char(':'), -1);
    retype(page_->filterField(), port);
    QTRY_VERIFY(!shownRows().isEmpty());
    for (const QString& r : shownRows())
        QVERIFY2(r.contains(port), qPrintable(r));
    page_->filterField()->clear();
    childNamed<QCheckBox>(page_, "socketsListening")->setChecked(false);
    QVERIFY(refreshed.wait(10000));
}

void TestSocketsPage::timerRefreshesAreNotJournalled()
{
    const auto netlinkCalls = [](std::uint64_t after) {
        int n = 0;
        for (const JournalEntry& e : CallJournal::global().since(after).entries)
            if (e.function == "socket" && e.args.find("NETLINK_SOCK_DIAG") != std::string::npos)
                ++n;
        return n;
    };
    std::uint64_t before = CallJournal::global().lastSeq();
    refreshAndWait();
    QCOMPARE(netlinkCalls(before), 1); // asked for: journalled

    before = CallJournal::global().lastSeq();
    QSignalSpy refreshed(page_, &SocketTablePage::refreshed);
    childNamed<QCheckBox>(page_, "socketsAutoRefresh")->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2, 20000);
    childNamed<QCheckBox>(page_, "socketsAutoRefresh")->setChecked(false);
    QCOMPARE(netlinkCalls(before), 0);
}

QTEST_MAIN(TestSocketsPage)
#include "tst_socketspage.moc"
