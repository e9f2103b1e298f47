#include "EchoServerPage.h"

#include "EchoLoadPanel.h"
#include "EchoServerForm.h"
#include "EchoServerTab.h"
#include "EchoTlsBox.h"
#include "PageHeader.h"
#include "PaletteColors.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sockscope {

namespace {

QString serverPrefix(int index) { return QStringLiteral("server%1/").arg(index + 1); }

} // namespace

EchoServerPage::EchoServerPage(QWidget* parent) : Page(parent), tabs_(new QTabWidget)
{
    setObjectName(QStringLiteral("echoServerPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("The chapter ends with an echo server: it accepts connections and sends back every byte it "
           "receives. This one is real: choose how it listens and which engine serves, start it, and connect "
           "with telnet, nc, socat or sockscope-cli bench echo. Each tab is one server; several may run at "
           "once. The setup calls go to the journal; single messages are only counted.")));

    tabs_->setObjectName(QStringLiteral("echoServerTabs"));
    tabs_->setTabsClosable(true);
    tabs_->setMovable(true);
    tabs_->setDocumentMode(true);
    tabs_->setElideMode(Qt::ElideMiddle);
    tabs_->setToolTip(tr("One tab per echo server. Closing a tab stops its server."));
    auto* add = new QToolButton;
    add->setObjectName(QStringLiteral("echoNewServerButton"));
    add->setText(tr("+ New server"));
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    add->setAutoRaise(true);
    add->setToolTip(tr("Open another server in a new tab (Ctrl+T)."));
    add->setAccessibleName(tr("New server"));
    tabs_->setCornerWidget(add, Qt::TopRightCorner);
    layout->addWidget(tabs_, 1);

    connect(add, &QToolButton::clicked, this, [this] { addServer(); });
    connect(tabs_, &QTabWidget::tabCloseRequested, this, &EchoServerPage::closeServer);

    // Only while the focus is on this page: other pages keep these keys.
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { if (auto* t = currentServer()) t->start(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { if (auto* t = currentServer()) t->start(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Period), [this] { if (auto* t = currentServer()) t->stop(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { addServer(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_W), [this] { closeServer(tabs_->currentIndex()); });

    addServer();
}

EchoServerPage::~EchoServerPage()
{
    // Each tab's service waits for its own server when it is destroyed; asked to stop first, all
    // the servers wind down in parallel on their own threads, so quitting takes one stop, not N.
    for (EchoServerTab* tab : findChildren<EchoServerTab*>())
        tab->stop();
}

QString EchoServerPage::title() const { return tr("Echo server"); }

QString EchoServerPage::summary() const
{
    return tr("The chapter's echo server for real: TCP, UDP or AF_UNIX, reactor or thread engine, live "
              "connections, totals and throughput; several servers at once.");
}

QWidget* EchoServerPage::firstField() const
{
    const EchoServerTab* tab = currentServer();
    return tab ? tab->form()->firstField() : nullptr;
}

int EchoServerPage::serverCount() const { return tabs_->count(); }

EchoServerTab* EchoServerPage::server(int index) const { return qobject_cast<EchoServerTab*>(tabs_->widget(index)); }

EchoServerTab* EchoServerPage::currentServer() const { return qobject_cast<EchoServerTab*>(tabs_->currentWidget()); }

EchoServerTab* EchoServerPage::addServer()
{
    auto* tab = new EchoServerTab(nextNumber_++);
    const int index = tabs_->addTab(tab, tab->title());
    connect(tab, &EchoServerTab::titleChanged, this, [this, tab] { updateTab(tab); });
    connect(tab, &EchoServerTab::statusMessage, this, &Page::statusMessage);
    connect(tab, &EchoServerTab::socketOptionsRequested, this, &Page::socketOptionsRequested);
    connect(tab, &EchoServerTab::consoleRequested, this, &Page::consoleRequested);
    updateTab(tab);
    tabs_->setCurrentIndex(index);
    return tab;
}

void EchoServerPage::closeServer(int index)
{
    EchoServerTab* tab = server(index);
    if (!tab)
        return;
    tabs_->removeTab(index);
    // Out of sight but still owned by the page until its server has stopped (then it deletes itself);
    // should the page go first, its destructor stops the server and waits for it.
    tab->hide();
    tab->setParent(this);
    tab->closeDown();
    if (tabs_->count() == 0)
        addServer();
}

QIcon EchoServerPage::runningIcon() const
{
    // A green dot, lighter on a dark palette: readable on light and dark tabs, sharp at any scale.
    const int size = fontMetrics().height();
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(seriesLineColor(palette(), 2));
    p.drawEllipse(QRectF(size * 0.2, size * 0.2, size * 0.6, size * 0.6));
    p.end();
    return QIcon(pixmap);
}

void EchoServerPage::updateTab(EchoServerTab* tab)
{
    const int index = tabs_->indexOf(tab);
    if (index < 0)
        return;
    tabs_->setTabText(index, tab->title());
    tabs_->setTabIcon(index, tab->isRunning() ? runningIcon() : QIcon());
    tabs_->setTabToolTip(index, tab->isRunning() ? tr("Listening on %1").arg(tab->boundText()) : tr("Not running"));
}

void EchoServerPage::restoreInputs(const QSettings& settings)
{
    const int wanted = std::clamp(settings.value(QStringLiteral("servers"), 1).toInt(), 1, maxRememberedServers);
    while (serverCount() < wanted)
        addServer();
    for (int i = 0; i < serverCount() && i < wanted; ++i) {
        if (server(i)->state() == EchoServerTab::State::Idle) {
            server(i)->form()->restore(settings, serverPrefix(i));
            server(i)->tlsBox()->restore(settings, serverPrefix(i));
        }
        if (!server(i)->loadPanel()->isRunning())
            server(i)->loadPanel()->restore(settings, serverPrefix(i));
    }
    tabs_->setCurrentIndex(std::clamp(settings.value(QStringLiteral("current"), 0).toInt(), 0, serverCount() - 1));
}

void EchoServerPage::saveInputs(QSettings& settings) const
{
    const int count = std::min(serverCount(), maxRememberedServers);
    settings.setValue(QStringLiteral("servers"), count);
    settings.setValue(QStringLiteral("current"), std::min(tabs_->currentIndex(), count - 1));
    for (int i = 0; i < count; ++i) {
        server(i)->form()->save(settings, serverPrefix(i));
        server(i)->tlsBox()->save(settings, serverPrefix(i));
        server(i)->loadPanel()->save(settings, serverPrefix(i));
    }
    for (int i = count; i < maxRememberedServers; ++i)
        settings.remove(serverPrefix(i).chopped(1));
}

void EchoServerPage::showExample()
{
    EchoServerTab* tab = currentServer();
    if (tab && tab->state() == EchoServerTab::State::Idle)
        tab->form()->resetToDefaults();
    if (tab && !tab->loadPanel()->isRunning())
        tab->loadPanel()->resetToDefaults();
}

} // namespace sockscope
