#include "ClientConsolePage.h"

#include "ClientConsoleTab.h"
#include "MessageLibrary.h"
#include "TlsOptionsBox.h"
#include "PageHeader.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sockscope {

namespace {

QString sessionPrefix(int index) { return QStringLiteral("session%1/").arg(index + 1); }

} // namespace

ClientConsolePage::ClientConsolePage(QWidget* parent, std::shared_ptr<MessageLibrary> library)
    : Page(parent), tabs_(new QTabWidget), library_(library ? std::move(library) : std::make_shared<MessageLibrary>())
{
    setObjectName(QStringLiteral("clientConsolePage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("A client socket by hand: connect to any server on this machine (the echo server, nc, socat, a web "
           "server), send text, C escapes, hex or a file with the send() flags, and watch what comes back with a "
           "receive size of your choice: TCP keeps no message boundaries, UDP keeps them and may truncate. End "
           "with shutdown(), close() or an abortive close and see what the peer gets. Each tab is one session.")));

    tabs_->setObjectName(QStringLiteral("consoleTabs"));
    tabs_->setTabsClosable(true);
    tabs_->setMovable(true);
    tabs_->setDocumentMode(true);
    tabs_->setElideMode(Qt::ElideMiddle);
    tabs_->setToolTip(tr("One tab per session. Closing a tab closes its socket."));
    auto* add = new QToolButton;
    add->setObjectName(QStringLiteral("consoleNewSessionButton"));
    add->setText(tr("+ New session"));
    add->setAutoRaise(true);
    add->setToolTip(tr("Open another session in a new tab (Ctrl+T)."));
    add->setAccessibleName(tr("New session"));
    tabs_->setCornerWidget(add, Qt::TopRightCorner);
    layout->addWidget(tabs_, 1);

    connect(add, &QToolButton::clicked, this, [this] { addSession(); });
    connect(tabs_, &QTabWidget::tabCloseRequested, this, &ClientConsolePage::closeSession);
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { addSession(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_W), [this] { closeSession(tabs_->currentIndex()); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { if (auto* t = currentSession()) t->connectSession(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { if (auto* t = currentSession()) t->connectSession(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Period), [this] { if (auto* t = currentSession()) t->disconnectSession(); });

    addSession();
}

QString ClientConsolePage::title() const { return tr("Client console"); }

QString ClientConsolePage::summary() const
{
    return tr("connect, send and recv by hand with every flag, on TCP, UDP or AF_UNIX; text, escapes or hex; "
              "shutdown, close and RST with what the peer sees.");
}

QWidget* ClientConsolePage::firstField() const
{
    const ClientConsoleTab* tab = currentSession();
    return tab ? tab->firstField() : nullptr;
}

int ClientConsolePage::sessionCount() const { return tabs_->count(); }

ClientConsoleTab* ClientConsolePage::session(int index) const
{
    return qobject_cast<ClientConsoleTab*>(tabs_->widget(index));
}

ClientConsoleTab* ClientConsolePage::currentSession() const
{
    return qobject_cast<ClientConsoleTab*>(tabs_->currentWidget());
}

int ClientConsolePage::indexOf(ClientConsoleTab* tab) const { return tabs_->indexOf(tab); }

ClientConsoleTab* ClientConsolePage::addSession()
{
    auto* tab = new ClientConsoleTab(nextNumber_++, library_);
    const int index = tabs_->addTab(tab, tab->title());
    connect(tab, &ClientConsoleTab::titleChanged, this, [this, tab] { updateTab(tab); });
    connect(tab, &ClientConsoleTab::statusMessage, this, &Page::statusMessage);
    connect(tab, &ClientConsoleTab::socketOptionsRequested, this, &Page::socketOptionsRequested);
    tabs_->setCurrentIndex(index);
    return tab;
}

bool ClientConsolePage::openConsole(const ConsoleTarget& target)
{
    ClientTransport transport{};
    if (!parseTransport(target.proto.toStdString(), transport))
        return false;
    ClientConsoleTab* tab = currentSession();
    if (!tab || !tab->connectButton()->isEnabled())
        tab = addSession();
    tabs_->setCurrentWidget(tab);
    tab->setTarget(transport, target.host, target.port, target.path);
    TlsOptionsBox* tls = tab->tlsBox();
    tls->setChecked(target.tls);
    if (target.tls) {
        tls->serverNameField()->setText(target.serverName);
        tls->caFileField()->setText(target.caFile);
        tls->insecureBox()->setChecked(false);
    }
    tab->connectSession();
    return true;
}

void ClientConsolePage::closeSession(int index)
{
    ClientConsoleTab* tab = session(index);
    if (!tab)
        return;
    tabs_->removeTab(index);
    delete tab; // its service closes the socket (waking a blocked call first) and joins its thread
    if (tabs_->count() == 0)
        addSession();
}

void ClientConsolePage::updateTab(ClientConsoleTab* tab)
{
    const int index = tabs_->indexOf(tab);
    if (index >= 0)
        tabs_->setTabText(index, tab->title());
}

void ClientConsolePage::restoreInputs(const QSettings& settings)
{
    const int wanted = std::clamp(settings.value(QStringLiteral("sessions"), 1).toInt(), 1, maxRememberedSessions);
    while (sessionCount() < wanted)
        addSession();
    for (int i = 0; i < wanted; ++i) {
        if (!session(i)->isConnected())
            session(i)->restore(settings, sessionPrefix(i));
    }
    tabs_->setCurrentIndex(std::clamp(settings.value(QStringLiteral("current"), 0).toInt(), 0, sessionCount() - 1));
}

void ClientConsolePage::saveInputs(QSettings& settings) const
{
    const int count = std::min(sessionCount(), maxRememberedSessions);
    settings.setValue(QStringLiteral("sessions"), count);
    settings.setValue(QStringLiteral("current"), std::min(tabs_->currentIndex(), count - 1));
    for (int i = 0; i < count; ++i)
        session(i)->save(settings, sessionPrefix(i));
    for (int i = count; i < maxRememberedSessions; ++i)
        settings.remove(sessionPrefix(i).chopped(1));
}

void ClientConsolePage::showExample()
{
    ClientConsoleTab* tab = currentSession();
    if (tab && !tab->isConnected())
        tab->resetToDefaults();
}

} // namespace sockscope
