#pragma once
// The settings of one echo server: transport, where it listens, the socket options, the engine and
// its limits. Every field explains itself in a tooltip; core checks the text fields (inet_pton for
// the address, the number parser for the numbers) and a bad one is marked with core's message
// right under it. The result is an EchoConfig.

#include "EchoConfig.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace sockscope {

class CallDebouncer;
class FieldFeedback;

class EchoServerForm : public QWidget {
    Q_OBJECT
public:
    explicit EchoServerForm(QWidget* parent = nullptr);

    // Checks every field, marks the bad ones, and returns the configuration when all are good.
    std::optional<EchoConfig> validate();
    // The fields are read-only while the server runs (a running server's socket is already set up).
    void setEditable(bool editable);
    // Shows the port the kernel chose beside the port field; 0 hides it.
    void showBoundPort(int port);

    void resetToDefaults();
    // Keys are `prefix` + a name ("server1/port"), so several forms share one settings group.
    void restore(const QSettings& settings, const QString& prefix);
    void save(QSettings& settings, const QString& prefix) const;

    QWidget* firstField() const;
    // The fields in tab order, for the tab's own order.
    QList<QWidget*> fieldsInTabOrder() const;

    // Programmatic input (examples, the screenshot tour, tests).
    void setTransport(EchoTransport transport);
    void setBindAddress(const QString& text);
    void setPort(const QString& text);
    void setUnixPath(const QString& path);

signals:
    // Return was pressed in a text field: the user wants to start.
    void submitted();
    // The transport changed (or was set): whether it is a stream, where TLS can run.
    void transportChanged(bool stream);

private:
    void updateForTransport();
    void setPoller(PollerKind kind); // an unavailable io_uring selects epoll
    void updateForEngine();
    bool checkAddress();
    bool checkUnixPath();
    // Parses `edit` as a number in [min, max]; an empty text gives `emptyValue` when it is allowed.
    EchoTransport transport() const;
    EchoEngine engine() const;

    QFormLayout* form_;
    QComboBox* transportCombo_;
    QLineEdit* bindEdit_;
    FieldFeedback* bindFeedback_;
    QLabel* exposureLabel_; // "reachable from other machines"
    QWidget* exposureRow_;
    QLineEdit* portEdit_;
    FieldFeedback* portFeedback_;
    QLabel* boundPortLabel_;
    QLineEdit* pathEdit_;
    FieldFeedback* pathFeedback_;
    QCheckBox* removeStaleCheck_;
    QComboBox* v6OnlyCombo_;
    QLineEdit* backlogEdit_;
    FieldFeedback* backlogFeedback_;
    QCheckBox* reuseAddressCheck_;
    QCheckBox* reusePortCheck_;
    QComboBox* engineCombo_;
    QComboBox* pollerCombo_;
    QSpinBox* threadsSpin_;
    QLineEdit* maxConnectionsEdit_;
    FieldFeedback* maxConnectionsFeedback_;
    QLineEdit* idleEdit_;
    FieldFeedback* idleFeedback_;
    CallDebouncer* addressCheck_;
    bool editable_ = true;
};

} // namespace sockscope
