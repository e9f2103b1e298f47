// The echo page's load test, driven as a user would: a server started from the page on port 0, the
// load form's target filled in from it, a 1-second run with its result (messages > 0, 0 errors), a
// 60-second run cancelled and ended promptly, a bad message size marked next to its field, and the
// inputs remembered. Progress arrives 4 times a second, hence QTRY_* with generous timeouts.

#include "EchoLoadPanel.h"
#include "EchoServerPage.h"
#include "EchoServerTab.h"
#include "MainWindow.h"
#include "EchoTabUnderTest.h"
#include "ThroughputPlot.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace sockscope;

class TestLoadForm : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void targetFollowsTheServer();
    void shortRunShowsTheResult();
    void cancelEndsPromptly();
    void badSizeMarked();
    void inputsRemembered();

private:
    template <typename T>
    T* child(const char* name) const
    {
        return testing::childNamed<T>(tab_, name);
    }

    std::unique_ptr<MainWindow> window_;
    EchoServerPage* page_ = nullptr;
    EchoServerTab* tab_ = nullptr;
    EchoLoadPanel* panel_ = nullptr;
    int port_ = 0;
};

void TestLoadForm::initTestCase()
{
    testing::useTestSettings("tst_loadform");
    page_ = testing::openPage<EchoServerPage>(window_);
    QVERIFY(page_);
    tab_ = page_->currentServer();
    QVERIFY(tab_);
    panel_ = tab_->loadPanel();
    QVERIFY(panel_);
}

void TestLoadForm::cleanupTestCase()
{
    window_.reset();
    QSettings().clear();
}

void TestLoadForm::targetFollowsTheServer()
{
    port_ = testing::startByClick(tab_);
    QVERIFY(port_ > 0);

    // The load test is the column's second tab; its target is this tab's server.
    auto* sideTabs = child<QTabWidget>("echoSideTabs");
    sideTabs->setCurrentIndex(1);
    QVERIFY(panel_->isVisible());
    QCOMPARE(child<QLineEdit>("echoLoadHostEdit")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QLineEdit>("echoLoadPortEdit")->text(), QString::number(port_));
    QVERIFY(child<QPushButton>("echoLoadUseServerButton")->isEnabled());
    QVERIFY(!child<QPushButton>("echoLoadCancelButton")->isEnabled());
    // Every input explains itself.
    for (const char* name : {"echoLoadConnectionsEdit", "echoLoadSizeEdit", "echoLoadSecondsEdit"})
        QVERIFY(!child<QLineEdit>(name)->toolTip().isEmpty());
}

void TestLoadForm::shortRunShowsTheResult()
{
    testing::retype(child<QLineEdit>("echoLoadConnectionsEdit"), QStringLiteral("4"));
    testing::retype(child<QLineEdit>("echoLoadSizeEdit"), QStringLiteral("128"));
    testing::retype(child<QLineEdit>("echoLoadSecondsEdit"), QStringLiteral("1"));
    QTest::mouseClick(child<QPushButton>("echoLoadRunButton"), Qt::LeftButton);
    QVERIFY(panel_->isRunning());
    QVERIFY(child<QPushButton>("echoLoadCancelButton")->isEnabled());
    QVERIFY(!child<QPushButton>("echoLoadRunButton")->isEnabled());
    QVERIFY(!child<QLineEdit>("echoLoadSizeEdit")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!panel_->isRunning(), 20000);

    QVERIFY(panel_->lastResult().has_value());
    const EchoLoadResult& r = *panel_->lastResult();
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(r.messages > 0);
    QCOMPARE(r.errors, std::uint64_t(0));
    QCOMPARE(r.connected, 4);
    QCOMPARE(r.bytesVerified, r.messages * 128);
    // What the user reads: the result with its rates and round-trip times, the full progress bar,
    // the plot with samples, and the server's side in the monitor.
    const QString text = child<QLabel>("echoLoadResultLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("messages/s")) && text.contains(QStringLiteral("MB/s")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("p99.9")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" 0 error")), qPrintable(text));
    QCOMPARE(text, panel_->resultText());
    auto* bar = child<QProgressBar>("echoLoadProgressBar");
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(child<ThroughputPlot>("echoLoadThroughputPlot")->sampleCount() >= 2);
    QVERIFY(child<QLabel>("echoLoadStatusLabel")->text().contains(QStringLiteral("Finished")));
    QVERIFY(child<QToolButton>("echoLoadCopyButton")->isEnabled());
    QVERIFY(child<QPushButton>("echoLoadRunButton")->isEnabled());
}

void TestLoadForm::cancelEndsPromptly()
{
    testing::retype(child<QLineEdit>("echoLoadSecondsEdit"), QStringLiteral("60"));
    QTest::mouseClick(child<QPushButton>("echoLoadRunButton"), Qt::LeftButton);
    QVERIFY(panel_->isRunning());
    auto* bar = child<QProgressBar>("echoLoadProgressBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 10000);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(child<QPushButton>("echoLoadCancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel_->isRunning(), 10000);
    QVERIFY2(clock.elapsed() < 5000, "cancel takes effect within the load's 50 ms poll, with a wide margin");
    QVERIFY(panel_->lastResult().has_value());
    QVERIFY(panel_->lastResult()->seconds < 30);
    QVERIFY(child<QLabel>("echoLoadStatusLabel")->text().contains(QStringLiteral("Cancelled")));
    QVERIFY(bar->value() < bar->maximum());
}

void TestLoadForm::badSizeMarked()
{
    auto* size = child<QLineEdit>("echoLoadSizeEdit");
    auto* message = child<QLabel>("echoLoadSizeEditMessage");
    testing::retype(size, QStringLiteral("12x"));
    QTest::mouseClick(child<QPushButton>("echoLoadRunButton"), Qt::LeftButton);
    QVERIFY(!panel_->isRunning());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("position 3")), qPrintable(message->text())); // core's words
    QVERIFY(child<QLabel>("echoLoadStatusLabel")->text().contains(QStringLiteral("Not started")));

    // Too large for one UDP datagram: marked too, with the limit.
    auto* transport = child<QComboBox>("echoLoadTransportCombo");
    transport->setCurrentIndex(transport->findData(static_cast<int>(EchoTransport::Udp)));
    testing::retype(size, QStringLiteral("70000"));
    QTest::mouseClick(child<QPushButton>("echoLoadRunButton"), Qt::LeftButton);
    QVERIFY(!panel_->isRunning());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("70000")), qPrintable(message->text()));
    // Stream mode is not offered for datagrams.
    QCOMPARE(child<QComboBox>("echoLoadModeCombo")->currentData().toInt(),
             static_cast<int>(EchoLoadConfig::Mode::PingPong));

    // Corrected, the mark goes away as the user types; a duration over an hour is refused.
    transport->setCurrentIndex(transport->findData(static_cast<int>(EchoTransport::Tcp)));
    testing::retype(size, QStringLiteral("64"));
    QVERIFY(!message->isVisible());
    testing::retype(child<QLineEdit>("echoLoadSecondsEdit"), QStringLiteral("3601"));
    QTest::mouseClick(child<QPushButton>("echoLoadRunButton"), Qt::LeftButton);
    QVERIFY(!panel_->isRunning());
    QVERIFY(child<QLabel>("echoLoadSecondsEditMessage")->isVisible());
    QVERIFY(!message->isVisible());
}

void TestLoadForm::inputsRemembered()
{
    testing::retype(child<QLineEdit>("echoLoadConnectionsEdit"), QStringLiteral("37"));
    testing::retype(child<QLineEdit>("echoLoadSecondsEdit"), QStringLiteral("7"));
    window_->saveSettings();
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("pages/echo-server/server1/load/connections")).toString(),
             QStringLiteral("37"));

    MainWindow second;
    EchoServerPage* page = nullptr;
    for (int i = 0; i < second.pageCount(); ++i)
        if (auto* p = qobject_cast<EchoServerPage*>(second.page(i)))
            page = p;
    QVERIFY(page);
    auto* panel = page->server(0)->loadPanel();
    QCOMPARE(panel->findChild<QLineEdit*>(QStringLiteral("echoLoadConnectionsEdit"))->text(), QStringLiteral("37"));
    QCOMPARE(panel->findChild<QLineEdit*>(QStringLiteral("echoLoadSecondsEdit"))->text(), QStringLiteral("7"));

    QTest::mouseClick(child<QPushButton>("echoStopButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab_->state() == EchoServerTab::State::Idle, 10000);
    QVERIFY(!child<QPushButton>("echoLoadUseServerButton")->isEnabled());
}

QTEST_MAIN(TestLoadForm)
#include "tst_loadform.moc"
