#pragma once
// Client console: a client socket by hand, as telnet, nc or Packet Sender are used. Each tab is one
// session (TCP, UDP, AF_UNIX stream or datagram): connect, send text, escapes, hex or a file with the
// send() flags, receive with the recv() flags and a chosen size, and end with shutdown, close or RST.

#include "Page.h"

#include <memory>

class QTabWidget;

namespace sockscope {

class ClientConsoleTab;
class MessageLibrary;

class ClientConsolePage : public Page {
    Q_OBJECT
public:
    static constexpr int maxRememberedSessions = 8;

    // `library`: the saved messages every session shows (none: one of its own, in memory, as tests use).
    explicit ClientConsolePage(QWidget* parent = nullptr, std::shared_ptr<MessageLibrary> library = {});

    QString pageId() const override { return QStringLiteral("client-console"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;
    // A session to the server: the current one if it is idle, a new one otherwise; it connects at once.
    bool openConsole(const ConsoleTarget& target) override;

    int sessionCount() const;
    ClientConsoleTab* session(int index) const;
    ClientConsoleTab* currentSession() const;
    int indexOf(ClientConsoleTab* tab) const;
    ClientConsoleTab* addSession();
    // Closes the tab and its socket; the last tab is replaced by a fresh one.
    void closeSession(int index);

private:
    void updateTab(ClientConsoleTab* tab);

    QTabWidget* tabs_;
    std::shared_ptr<MessageLibrary> library_;
    int nextNumber_ = 1;
};

} // namespace sockscope
