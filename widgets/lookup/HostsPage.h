#pragma once
// Hosts: the hosts database as the hostent structures gethostent returns, and the legacy
// gethostbyname2_r / gethostbyaddr_r next to a note on why getaddrinfo replaced them.

#include "DatabasePage.h"

class QComboBox;

namespace sockscope {

class FieldFeedback;

class HostsPage : public DatabasePage {
    Q_OBJECT
public:
    explicit HostsPage(LookupService& lookups, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("hosts"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;

    // gethostbyname2_r(name, family) / gethostbyaddr_r(address) as if typed and submitted.
    void lookUpName(const QString& name, int family);
    void lookUpAddress(const QString& address);

protected:
    LookupService::RequestId requestList(bool stayOpen) override;

private:
    void submitName();
    void submitAddress();
    void showResult(quint64 id, const HostLookup& result, qint64 durationUs);
    void setResultError(const QString& text);

    QLineEdit* nameEdit_;
    FieldFeedback* nameFeedback_;
    QComboBox* familyCombo_;
    QPushButton* nameButton_;
    QLineEdit* addressEdit_;
    FieldFeedback* addressFeedback_;
    QPushButton* addressButton_;
    QLabel* resultLabel_;
    QLabel* callLabel_;
    QString resultForCopy_;
    QString lastQuery_;
    bool lastByAddress_ = false;
    int lastFamily_ = 0;
    quint64 lookupId_ = 0;
};

} // namespace sockscope
