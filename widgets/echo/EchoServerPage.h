#pragma once
// Echo server: the chapter's last program as a real server. Each tab runs one server (several may
// run at once): its settings, where it listens, its totals, throughput, connections and log.

#include "Page.h"

class QIcon;
class QTabWidget;

namespace sockscope {

class EchoServerTab;

class EchoServerPage : public Page {
    Q_OBJECT
public:
    static constexpr int maxRememberedServers = 8;

    explicit EchoServerPage(QWidget* parent = nullptr);
    ~EchoServerPage() override; // stops every server at once, then waits for them

    QString pageId() const override { return QStringLiteral("echo-server"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;

    int serverCount() const;
    EchoServerTab* server(int index) const;
    EchoServerTab* currentServer() const;
    // A new tab with the default settings, made current.
    EchoServerTab* addServer();
    // Closes the tab; its server is stopped first. The last tab is replaced by a fresh one.
    void closeServer(int index);

private:
    void updateTab(EchoServerTab* tab);
    QIcon runningIcon() const;

    QTabWidget* tabs_;
    int nextNumber_ = 1;
};

} // namespace sockscope
