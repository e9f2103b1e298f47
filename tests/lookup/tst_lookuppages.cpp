// The Hosts, Protocols, Services and Name resolution pages in a real main window, driven as a user
// would: type, press Enter or Esc, read what the pages show. Lookups run on the worker pool, so
// every check of a result waits for it (QTRY_* with generous timeouts).
//
// No test here may reach the machine's DNS server (nsswitch.conf says "files dns"): outside the
// test DNS namespace only localhost, numeric forms and numeric-only flags are used. The DNS cases run
// only under tests/netns/with-test-dns.sh, which ctest runs as tst_lookuppages_dns.

#include "AddrInfoChainView.h"
#include "ByteOrder.h"
#include "LookupService.h"
#include "MainWindow.h"
#include "Page.h"
#include "ResolverPage.h"
#include "ServicesPage.h"
#include "SocketConstants.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace sockscope;

namespace {
constexpr int lookupTimeoutMs = 20000; // a loaded CI machine, or a DNS timeout of about 1 s per query
}

class TestLookupPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesInChapterOrder();
    void resolveLocalhost();
    void numericHostWithName();
    void badProtocolNumber();
    void servicesLoadAndFilter();
    void serviceByPortShowsNetworkOrder();
    void portOutOfRange();
    void protocolByNumber();
    void protocolByName();
    void hostByNameFromFiles();
    void nameInfoNumeric();
    void inputsRemembered();
    // Only under the test DNS server.
    void dnsResolvesName();
    void dnsNxdomain();
    void dnsCancelDiscardsLateResult();
    void dnsDroppedQueryGivesEaiAgain();

private:
    template <typename T>
    T* find(const char* name) const
    {
        T* w = window_->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }
    int pageIndex(const QString& id) const;
    ResolverPage* resolver() const;
    void showPage(const char* id);
    static void retype(QLineEdit* edit, const QString& text);
    static bool haveTestDns() { return qEnvironmentVariableIsSet("SOCKSCOPE_TEST_DNS"); }
    // Fills the getaddrinfo form and presses Enter in the node field.
    void runFromForm(const QString& node, const QString& service, int family, int socktype, int flags);
    int flagValue(const char* name) const;
    bool chainHas(const QString& address, int port) const;

    std::unique_ptr<MainWindow> window_;
};

void TestLookupPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockScope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lookuppages"));
    QSettings().clear();

    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
}

void TestLookupPages::cleanupTestCase()
{
    window_.reset();
    QSettings().clear();
}

int TestLookupPages::pageIndex(const QString& id) const
{
    for (int i = 0; i < window_->pageCount(); ++i)
        if (window_->page(i)->pageId() == id)
            return i;
    return -1;
}

ResolverPage* TestLookupPages::resolver() const
{
    return qobject_cast<ResolverPage*>(window_->page(pageIndex(QStringLiteral("resolver"))));
}

void TestLookupPages::showPage(const char* id)
{
    const int index = pageIndex(QString::fromLatin1(id));
    QVERIFY2(index >= 0, id);
    window_->showPage(index);
}

void TestLookupPages::retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

int TestLookupPages::flagValue(const char* name) const
{
    for (const FlagName& f : addrInfoFlags())
        if (qstrcmp(f.name, name) == 0)
            return f.value;
    for (const FlagName& f : nameInfoFlags())
        if (qstrcmp(f.name, name) == 0)
            return f.value;
    qFatal("no flag %s", name);
}

void TestLookupPages::runFromForm(const QString& node, const QString& service, int family, int socktype, int flags)
{
    showPage("resolver");
    resolver()->setAddrInfoInputs(node, service, family, socktype, flags);
    auto* nodeEdit = find<QLineEdit>("resolverNodeEdit");
    nodeEdit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), nodeEdit);
    QTest::keyClick(nodeEdit, Qt::Key_Return); // Enter runs getaddrinfo
    QVERIFY(resolver()->isAddrInfoRunning() || find<QLabel>("resolverStatusLabel")->text().contains(QLatin1String("returned")));
}

bool TestLookupPages::chainHas(const QString& address, int port) const
{
    const AddrInfoChainView* chain = resolver()->chainView();
    for (std::size_t i = 0; i < chain->entries().size(); ++i) {
        const QStringList lines = chain->boxLines(i);
        if (lines.contains(QStringLiteral("sin_addr ") + address) && lines.contains(QStringLiteral("sin_port %1").arg(port)))
            return true;
    }
    return false;
}

void TestLookupPages::pagesInChapterOrder()
{
    const QStringList expected = {QStringLiteral("byte-order"), QStringLiteral("addresses"),
                                  QStringLiteral("sockaddr-layout"), QStringLiteral("hosts"),
                                  QStringLiteral("protocols"), QStringLiteral("services"),
                                  QStringLiteral("resolver")};
    QStringList ids;
    for (int i = 0; i < window_->pageCount(); ++i)
        ids << window_->page(i)->pageId();
    // The chapter's topics up to name resolution, in its order (later topics may follow).
    QCOMPARE(ids.mid(0, expected.size()), expected);
    // Ctrl+7 opens the Name resolution page, Ctrl+L puts the cursor in its node field.
    QTest::keyClick(window_.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(window_->currentPageIndex(), pageIndex(QStringLiteral("resolver")));
    QTest::keyClick(window_.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>("resolverNodeEdit"));
}

void TestLookupPages::resolveLocalhost()
{
    runFromForm(QStringLiteral("localhost"), QStringLiteral("80"), familyInet(), 0, 0);
    QTRY_VERIFY_WITH_TIMEOUT(chainHas(QStringLiteral("127.0.0.1"), 80), lookupTimeoutMs);
    QVERIFY(!resolver()->isAddrInfoRunning());
    QVERIFY(find<QPushButton>("resolverRunButton")->isEnabled());
    QVERIFY(!find<QPushButton>("resolverCancelButton")->isEnabled());
    QVERIFY2(find<QLabel>("resolverStatusLabel")->text().contains(QLatin1String("returned 0")),
             qPrintable(find<QLabel>("resolverStatusLabel")->text()));

    // The table lists the same nodes, one row each; socktype 0 gives one per socket type.
    auto* table = find<QTableWidget>("addrInfoTable");
    QCOMPARE(table->rowCount(), static_cast<int>(resolver()->chainView()->entries().size()));
    QVERIFY(table->rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < table->rowCount(); ++row)
        found = found || (table->item(row, 5)->text() == QLatin1String("127.0.0.1") && table->item(row, 6)->text() == QLatin1String("80"));
    QVERIFY(found);
    const QStringList first = resolver()->chainView()->boxLines(0);
    QVERIFY2(first.contains(QStringLiteral("ai_family AF_INET (%1)").arg(familyInet())), qPrintable(first.join(u'|')));
    QVERIFY(first.contains(QStringLiteral("ai_canonname NULL"))); // no AI_CANONNAME asked for
}

void TestLookupPages::numericHostWithName()
{
    // AI_NUMERICHOST with a name: getaddrinfo refuses without any lookup (no DNS query).
    runFromForm(QStringLiteral("localhost"), QStringLiteral("80"), familyInet(), socktypeStream(),
                flagValue("AI_NUMERICHOST"));
    auto* status = find<QLabel>("resolverStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("EAI_NONAME")), lookupTimeoutMs);
    auto* nodeMessage = find<QLabel>("resolverNodeEditMessage");
    QVERIFY(!nodeMessage->isHidden());
    QVERIFY2(nodeMessage->text().contains(QLatin1String("AI_NUMERICHOST")), qPrintable(nodeMessage->text()));
    QVERIFY(resolver()->chainView()->entries().empty());
    QCOMPARE(find<QTableWidget>("addrInfoTable")->rowCount(), 0);

    // Editing the node clears the mark.
    retype(find<QLineEdit>("resolverNodeEdit"), QStringLiteral("127.0.0.1"));
    QVERIFY(nodeMessage->isHidden());
}

void TestLookupPages::badProtocolNumber()
{
    showPage("resolver");
    resolver()->setAddrInfoInputs(QStringLiteral("127.0.0.1"), QString(), familyInet(), 0, 0);
    retype(find<QLineEdit>("resolverProtocolEdit"), QStringLiteral("300"));
    QSignalSpy resolved(window_->lookupService(), &LookupService::addressResolved);
    resolver()->runAddrInfo();
    auto* message = find<QLabel>("resolverProtocolEditMessage");
    QVERIFY2(message->text().contains(QLatin1String("255")), qPrintable(message->text()));
    QVERIFY(!resolver()->isAddrInfoRunning()); // checked before calling: nothing ran
    QTest::qWait(50);
    QCOMPARE(resolved.count(), 0);
    find<QLineEdit>("resolverProtocolEdit")->clear();
}

void TestLookupPages::servicesLoadAndFilter()
{
    showPage("services");
    auto* table = find<QTableView>("servicesTable");
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    QVERIFY(proxy);
    // Listed on the worker when the page is first shown.
    QTRY_VERIFY_WITH_TIMEOUT(proxy->sourceModel()->rowCount() > 50, lookupTimeoutMs);
    const int total = proxy->sourceModel()->rowCount();
    QVERIFY(find<QLabel>("servicesCountLabel")->text().contains(QString::number(total)));

    retype(find<QLineEdit>("servicesFilterEdit"), QStringLiteral("http"));
    QVERIFY(proxy->rowCount() > 0);
    QVERIFY(proxy->rowCount() < total);
    bool httpRow = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QString name = proxy->index(row, 1).data().toString();
        const QString port = proxy->index(row, 2).data().toString();
        httpRow = httpRow || (name == QLatin1String("http") && port == QLatin1String("80"));
        bool matches = false;
        for (int column = 0; column < proxy->columnCount(); ++column)
            matches = matches || proxy->index(row, column).data().toString().contains(QLatin1String("http"), Qt::CaseInsensitive);
        QVERIFY(matches);
    }
    QVERIFY(httpRow);
    QVERIFY(find<QLabel>("servicesCountLabel")->text().contains(QLatin1String("shown")));

    // Sorting by port puts the lowest first; sorting by # restores the file's order.
    table->sortByColumn(2, Qt::DescendingOrder);
    QVERIFY(proxy->index(0, 2).data().toInt() >= proxy->index(proxy->rowCount() - 1, 2).data().toInt());
    table->sortByColumn(0, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, 0).data().toInt() < proxy->index(1, 0).data().toInt(), true);
    retype(find<QLineEdit>("servicesFilterEdit"), QString());
    QCOMPARE(proxy->rowCount(), total);
}

void TestLookupPages::serviceByPortShowsNetworkOrder()
{
    showPage("services");
    auto* combo = find<QComboBox>("serviceProtoCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("tcp")));
    auto* edit = find<QLineEdit>("serviceQueryEdit");
    retype(edit, QStringLiteral("80"));
    QTest::keyClick(edit, Qt::Key_Return);
    auto* result = find<QLabel>("serviceResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("s_name http")), lookupTimeoutMs);
    QVERIFY(find<QLabel>("serviceCallLabel")->text().contains(QLatin1String("getservbyport_r")));
    const QString stored = hostEndianness() == Endianness::Little ? QStringLiteral("0x5000") : QStringLiteral("0x0050");
    QVERIFY2(find<QLabel>("servicePortLabel")->text().contains(stored), qPrintable(find<QLabel>("servicePortLabel")->text()));

    qobject_cast<ServicesPage*>(window_->page(pageIndex(QStringLiteral("services"))))
        ->lookUp(QStringLiteral("no-such-service-xyz"), QStringLiteral("tcp"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("No service")), lookupTimeoutMs);
    QVERIFY(find<QLabel>("serviceCallLabel")->text().contains(QLatin1String("getservbyname_r")));
}

void TestLookupPages::portOutOfRange()
{
    showPage("services");
    auto* edit = find<QLineEdit>("serviceQueryEdit");
    retype(edit, QStringLiteral("70000"));
    QSignalSpy found(window_->lookupService(), &LookupService::serviceFound);
    QTest::keyClick(edit, Qt::Key_Return);
    auto* message = find<QLabel>("serviceQueryEditMessage");
    QVERIFY2(message->text().contains(QLatin1String("65535")), qPrintable(message->text()));
    QVERIFY(!message->isHidden());
    QTest::qWait(50);
    QCOMPARE(found.count(), 0); // validated before any call
}

void TestLookupPages::protocolByNumber()
{
    showPage("protocols");
    auto* edit = find<QLineEdit>("protocolQueryEdit");
    retype(edit, QStringLiteral("6"));
    QTest::keyClick(edit, Qt::Key_Return);
    auto* result = find<QLabel>("protocolResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("p_name tcp")), lookupTimeoutMs);
    QVERIFY(result->text().contains(QLatin1String("p_proto 6")));
    QVERIFY(find<QLabel>("protocolCallLabel")->text().contains(QLatin1String("getprotobynumber_r")));
    QTRY_VERIFY_WITH_TIMEOUT(find<QTableView>("protocolsTable")->model()->rowCount() > 10, lookupTimeoutMs);
}

void TestLookupPages::protocolByName()
{
    showPage("protocols");
    auto* edit = find<QLineEdit>("protocolQueryEdit");
    retype(edit, QStringLiteral("udp"));
    QTest::mouseClick(find<QPushButton>("protocolLookUpButton"), Qt::LeftButton);
    auto* result = find<QLabel>("protocolResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("p_proto 17")), lookupTimeoutMs);
    QVERIFY(find<QLabel>("protocolCallLabel")->text().contains(QLatin1String("getprotobyname_r")));
    retype(edit, QStringLiteral("256"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(find<QLabel>("protocolQueryEditMessage")->text().contains(QLatin1String("255")));
}

void TestLookupPages::hostByNameFromFiles()
{
    // localhost is in /etc/hosts for AF_INET: answered from the files, no DNS query.
    showPage("hosts");
    auto* family = find<QComboBox>("hostFamilyCombo");
    family->setCurrentIndex(family->findData(familyInet()));
    auto* edit = find<QLineEdit>("hostNameEdit");
    retype(edit, QStringLiteral("localhost"));
    QTest::keyClick(edit, Qt::Key_Return);
    auto* result = find<QLabel>("hostResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("127.0.0.1")), lookupTimeoutMs);
    QVERIFY(find<QLabel>("hostCallLabel")->text().contains(QLatin1String("gethostbyname2_r")));
    QTRY_VERIFY_WITH_TIMEOUT(find<QTableView>("hostsTable")->model()->rowCount() >= 1, lookupTimeoutMs);

    // A bad address is caught before any call.
    auto* address = find<QLineEdit>("hostAddressEdit");
    retype(address, QStringLiteral("127.0.0.256"));
    QTest::keyClick(address, Qt::Key_Return);
    QVERIFY(!find<QLabel>("hostAddressEditMessage")->isHidden());
}

void TestLookupPages::nameInfoNumeric()
{
    showPage("resolver");
    retype(find<QLineEdit>("nameInfoAddressEdit"), QStringLiteral("127.0.0.1"));
    retype(find<QLineEdit>("nameInfoPortEdit"), QStringLiteral("8080"));
    find<QCheckBox>("nameInfoFlag_NI_NUMERICHOST")->setChecked(true);
    find<QCheckBox>("nameInfoFlag_NI_NUMERICSERV")->setChecked(true);
    QTest::keyClick(find<QLineEdit>("nameInfoPortEdit"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("nameInfoHostLabel")->text(), QStringLiteral("127.0.0.1"), lookupTimeoutMs);
    QCOMPARE(find<QLabel>("nameInfoServiceLabel")->text(), QStringLiteral("8080"));
    QVERIFY(find<QLabel>("nameInfoStatusLabel")->text().contains(QLatin1String("returned 0")));

    retype(find<QLineEdit>("nameInfoAddressEdit"), QStringLiteral("localhost"));
    resolver()->runNameInfo();
    QVERIFY(!find<QLabel>("nameInfoAddressEditMessage")->isHidden()); // a name, not an address
    QVERIFY(!resolver()->isNameInfoRunning());
}

void TestLookupPages::inputsRemembered()
{
    showPage("resolver");
    resolver()->setAddrInfoInputs(QStringLiteral("::1"), QStringLiteral("443"), familyInet6(), socktypeDgram(),
                                  flagValue("AI_NUMERICHOST") | flagValue("AI_PASSIVE"));
    showPage("services");
    retype(find<QLineEdit>("servicesFilterEdit"), QStringLiteral("ssh"));
    window_->saveSettings();

    MainWindow again;
    QCOMPARE(again.page(again.currentPageIndex())->pageId(), QStringLiteral("services"));
    QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("resolverNodeEdit"))->text(), QStringLiteral("::1"));
    QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("resolverServiceEdit"))->text(), QStringLiteral("443"));
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("resolverFamilyCombo"))->currentData().toInt(), familyInet6());
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("resolverSocktypeCombo"))->currentData().toInt(), socktypeDgram());
    QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("resolverFlag_AI_NUMERICHOST"))->isChecked());
    QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("resolverFlag_AI_PASSIVE"))->isChecked());
    QVERIFY(!again.findChild<QCheckBox*>(QStringLiteral("resolverFlag_AI_CANONNAME"))->isChecked());
    QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("servicesFilterEdit"))->text(), QStringLiteral("ssh"));
    retype(find<QLineEdit>("servicesFilterEdit"), QString());
}

void TestLookupPages::dnsResolvesName()
{
    if (!haveTestDns())
        QSKIP("needs the test DNS server: ctest runs this as tst_lookuppages_dns");
    runFromForm(QStringLiteral("ok.sockscope.test"), QStringLiteral("80"), familyInet(), socktypeStream(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(chainHas(QStringLiteral("192.0.2.10"), 80), lookupTimeoutMs);
    QVERIFY(find<QLabel>("resolverStatusLabel")->text().contains(QLatin1String("returned 0")));
}

void TestLookupPages::dnsNxdomain()
{
    if (!haveTestDns())
        QSKIP("needs the test DNS server: ctest runs this as tst_lookuppages_dns");
    runFromForm(QStringLiteral("nx.sockscope.test"), QString(), familyInet(), socktypeStream(), 0);
    auto* status = find<QLabel>("resolverStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("EAI_NONAME")), lookupTimeoutMs);
    auto* nodeMessage = find<QLabel>("resolverNodeEditMessage");
    QVERIFY(!nodeMessage->isHidden());
    QVERIFY2(nodeMessage->text().contains(QLatin1String("No such host")), qPrintable(nodeMessage->text()));
    QVERIFY(resolver()->chainView()->entries().empty());
}

void TestLookupPages::dnsCancelDiscardsLateResult()
{
    if (!haveTestDns())
        QSKIP("needs the test DNS server: ctest runs this as tst_lookuppages_dns");
    // A result in the view first: it belongs to the earlier inputs, so cancelling clears it.
    runFromForm(QStringLiteral("localhost"), QStringLiteral("80"), familyInet(), socktypeStream(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(chainHas(QStringLiteral("127.0.0.1"), 80), lookupTimeoutMs);

    // The GUI thread's timers keep firing while getaddrinfo is blocked in its worker.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    QSignalSpy resolved(window_->lookupService(), &LookupService::addressResolved);
    QSignalSpy discarded(window_->lookupService(), &LookupService::discarded);
    runFromForm(QStringLiteral("x.drop.sockscope.test"), QString(), familyInet(), socktypeStream(), 0);
    QVERIFY(resolver()->isAddrInfoRunning());
    QVERIFY(find<QPushButton>("resolverCancelButton")->isEnabled());
    QVERIFY(!find<QPushButton>("resolverRunButton")->isEnabled());
    QTest::qWait(300);
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    // The busy indicator shows the time so far.
    auto* busy = find<QWidget>("resolverBusy");
    QTRY_VERIFY(busy->isVisible());
    QVERIFY(busy->findChild<QLabel*>(QStringLiteral("busyLabel"))->text().contains(QLatin1String(" s")));
    QCOMPARE(resolved.count(), 0);

    // Esc: the page is idle again at once, and says the call goes on.
    auto* nodeEdit = find<QLineEdit>("resolverNodeEdit");
    nodeEdit->setFocus();
    QTest::keyClick(nodeEdit, Qt::Key_Escape);
    QVERIFY(!resolver()->isAddrInfoRunning());
    QVERIFY(find<QPushButton>("resolverRunButton")->isEnabled());
    QVERIFY(!find<QPushButton>("resolverCancelButton")->isEnabled());
    QVERIFY(!busy->isVisible());
    auto* status = find<QLabel>("resolverStatusLabel");
    QVERIFY2(status->text().contains(QLatin1String("cannot be interrupted")), qPrintable(status->text()));
    QCOMPARE(discarded.count(), 0); // still blocked in its worker
    AddrInfoChainView* chain = resolver()->chainView();
    QVERIFY(chain->entries().empty());
    const QString cancelledMessage = chain->message();
    QVERIFY(cancelledMessage.contains(QLatin1String("Cancelled")));
    QCOMPARE(find<QTableWidget>("addrInfoTable")->rowCount(), 0);

    // Later the result arrives and is dropped: reported, never drawn.
    const int ticksAtCancel = ticks;
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("discarded after")), lookupTimeoutMs);
    QCOMPARE(discarded.count(), 1);
    QCOMPARE(resolved.count(), 0);
    QVERIFY(ticks > ticksAtCancel);
    // The late result (EAI_AGAIN) reached neither the list, nor the status, nor the node field.
    QVERIFY(chain->entries().empty());
    QCOMPARE(chain->message(), cancelledMessage);
    QCOMPARE(find<QTableWidget>("addrInfoTable")->rowCount(), 0);
    QVERIFY(!status->text().contains(QLatin1String("EAI_AGAIN")));
    QVERIFY(find<QLabel>("resolverNodeEditMessage")->isHidden());
    QVERIFY(find<QPushButton>("resolverRunButton")->isEnabled());
}

void TestLookupPages::dnsDroppedQueryGivesEaiAgain()
{
    if (!haveTestDns())
        QSKIP("needs the test DNS server: ctest runs this as tst_lookuppages_dns");
    runFromForm(QStringLiteral("y.drop.sockscope.test"), QString(), familyInet(), socktypeStream(), 0);
    QVERIFY(resolver()->isAddrInfoRunning());
    auto* status = find<QLabel>("resolverStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("EAI_AGAIN")), lookupTimeoutMs);
    QVERIFY(!resolver()->isAddrInfoRunning());
    auto* nodeMessage = find<QLabel>("resolverNodeEditMessage");
    QVERIFY(!nodeMessage->isHidden());
    QVERIFY2(nodeMessage->text().contains(QLatin1String("did not answer in time")), qPrintable(nodeMessage->text()));
}

QTEST_MAIN(TestLookupPages)
#include "tst_lookuppages.moc"
