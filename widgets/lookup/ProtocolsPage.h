#pragma once
// Protocols: /etc/protocols as the protoent structures getprotoent returns, and one protocol by
// name or number with getprotobyname_r / getprotobynumber_r.

#include "DatabasePage.h"

namespace sockscope {

class DatabaseLookupBox;

class ProtocolsPage : public DatabasePage {
    Q_OBJECT
public:
    explicit ProtocolsPage(LookupService& lookups, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("protocols"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;

    // Looks up `text` (a name, or a number 0–255) as if typed and submitted.
    void lookUp(const QString& text);

protected:
    LookupService::RequestId requestList(bool stayOpen) override;

private:
    void submit();
    void showResult(quint64 id, const ProtocolLookup& result, qint64 durationUs);

    DatabaseLookupBox* box_ = nullptr;
    QString lastQuery_;
    quint64 lookupId_ = 0;
};

} // namespace sockscope
