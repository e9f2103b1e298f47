#pragma once
// The client console's "Broadcast & multicast" box, for a UDP session: SO_BROADCAST, a port to bind and
// whether to connect() (a connected socket only receives from its peer, so a receiver of a group or of
// broadcasts stays unconnected), the multicast interface, TTL and loop, and groups to join and leave
// with the joined ones listed. Collapsed to one line until opened; off for TCP and unix sockets. Every
// call goes through the session's ClientSessionService; what getsockopt reads back is shown. When a
// send or connect fails with the broadcast EACCES, the box opens and offers to turn SO_BROADCAST on.

#include "ClientSessionService.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QToolButton;

namespace sockscope {

class FieldFeedback;

class MulticastBox : public QWidget {
    Q_OBJECT
public:
    explicit MulticastBox(ClientSessionService* service, QWidget* parent = nullptr);

    // UDP: available; TCP and unix: closed, disabled, and the tooltip says why.
    void setTransport(ClientTransport transport);
    // Checks the fields used at connect (bind port, TTL) and marks the bad ones; the setup when all are good.
    std::optional<ClientDatagramSetup> validate();
    void setOpen(bool open);
    bool isOpen() const;

    void resetToDefaults();
    void restore(const QSettings& settings, const QString& prefix);
    void save(QSettings& settings, const QString& prefix) const;

    // The fields, for tests and the screenshot tour.
    QToolButton* header() const { return header_; }
    QCheckBox* broadcastBox() const { return broadcast_; }
    QLineEdit* bindPortField() const { return bindPort_; }
    QCheckBox* connectBox() const { return connect_; }
    QLineEdit* interfaceField() const { return interface_; }
    QLineEdit* ttlField() const { return ttl_; }
    QCheckBox* loopBox() const { return loop_; }
    QLineEdit* groupField() const { return group_; }
    QLineEdit* sourceField() const { return source_; }
    QLineEdit* groupInterfaceField() const { return groupInterface_; }
    QPushButton* joinButton() const { return join_; }
    QPushButton* leaveButton() const { return leave_; }
    QListWidget* groupList() const { return groups_; }
    QLabel* readBack() const { return readBack_; }
    QWidget* broadcastOffer() const { return offer_; }
    FieldFeedback* ttlFeedback() const { return ttlFeedback_; }
    FieldFeedback* bindPortFeedback() const { return bindPortFeedback_; }
    FieldFeedback* groupFeedback() const { return groupFeedback_; }
    FieldFeedback* interfaceFeedback() const { return interfaceFeedback_; }

private:
    QWidget* buildSocketRow();
    QWidget* buildSendingRow();
    QWidget* buildGroupRows();
    void onReport(const ClientDatagramReport& report);
    // After connect: the fields filled in beforehand are set on the new socket.
    void applyPending(const ClientDatagramReport& initial);
    void applyTtl();
    void applyInterface();
    void changeMembership(bool join);
    void showBroadcastOffer(bool show);
    void updateState();

    ClientSessionService* service_;
    bool udp_ = false;
    QToolButton* header_;
    QWidget* content_;
    QCheckBox* broadcast_;
    QLineEdit* bindPort_;
    FieldFeedback* bindPortFeedback_;
    QCheckBox* connect_;
    QLineEdit* interface_;
    FieldFeedback* interfaceFeedback_;
    QPushButton* setInterface_;
    QLineEdit* ttl_;
    FieldFeedback* ttlFeedback_;
    QPushButton* setTtl_;
    QCheckBox* loop_;
    QLineEdit* group_;
    FieldFeedback* groupFeedback_;
    QLineEdit* source_;
    QLineEdit* groupInterface_;
    QPushButton* join_;
    QPushButton* leave_;
    QListWidget* groups_;
    QLabel* readBack_;
    QLabel* status_;
    QWidget* offer_;
    bool applying_ = false; // checkboxes follow the read-back without making calls
};

} // namespace sockscope
