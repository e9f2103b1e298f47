#pragma once
// Services: /etc/services as the servent structures getservent returns (s_port in network byte
// order, shown both ways), and one service by name or port with getservbyname_r / getservbyport_r.

#include "DatabasePage.h"

class QComboBox;

namespace sockscope {

class DatabaseLookupBox;

class ServicesPage : public DatabasePage {
    Q_OBJECT
public:
    explicit ServicesPage(LookupService& lookups, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("services"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;

    // Looks up a name or a port (0–65535) with a protocol ("" for any), as if typed and submitted.
    void lookUp(const QString& text, const QString& proto);

protected:
    LookupService::RequestId requestList(bool stayOpen) override;

private:
    void submit();
    void showResult(quint64 id, const ServiceLookup& result, qint64 durationUs);
    QString selectedProto() const;
    void selectProto(const QString& proto);

    DatabaseLookupBox* box_ = nullptr;
    QComboBox* protoCombo_;
    QLabel* portLabel_;
    QString lastQuery_;
    quint64 lookupId_ = 0;
};

} // namespace sockscope
