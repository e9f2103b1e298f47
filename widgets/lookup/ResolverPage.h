#pragma once
// Name resolution: a form for getaddrinfo (node, service and every hint), the addrinfo list it
// returns drawn as linked structures and as a table, and a form for getnameinfo with every NI_*
// flag. Lookups run on the lookup service's worker pool; a running one cannot be interrupted, so
// Cancel frees the form at once and the late result is discarded when it arrives.

#include "LookupService.h"
#include "Page.h"

#include <optional>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sockscope {

class AddrInfoChainView;
class BusyIndicator;
class FieldFeedback;

class ResolverPage : public Page {
    Q_OBJECT
public:
    explicit ResolverPage(LookupService& lookups, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("resolver"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;

    // The form's actions, as the buttons and keys run them.
    void runAddrInfo();
    void cancelAddrInfo();
    void runNameInfo();
    void cancelNameInfo();
    bool isAddrInfoRunning() const { return addrInfoId_ != 0; }
    bool isNameInfoRunning() const { return nameInfoId_ != 0; }

    // Fills the getaddrinfo form (empty strings: NULL) without running it.
    void setAddrInfoInputs(const QString& node, const QString& service, int family, int socktype, int flags);

    AddrInfoChainView* chainView() const { return chainView_; }

private:
    struct Request {
        std::optional<std::string> node;
        std::optional<std::string> service;
        AddrInfoHints hints;
    };
    QWidget* createAddrInfoBox();
    QWidget* createResultBox();
    QWidget* createNameInfoBox();
    int addrInfoFlagsChosen() const;
    int nameInfoFlagsChosen() const;
    void setAddrInfoIdle();
    void setNameInfoIdle();
    void showAddrInfo(quint64 id, const AddrInfoResult& result);
    void showNameInfo(quint64 id, const NameInfoResult& result);
    void showDiscarded(quint64 id, qint64 durationUs);
    void fillTable(const std::vector<AddrInfoEntry>& entries);
    void fitTableHeight();
    QString tableText() const;
    void setStatus(QLabel* label, const QString& text, bool isError);
    void clearAddrInfoFeedback();

    LookupService& lookups_;

    QLineEdit* nodeEdit_;
    FieldFeedback* nodeFeedback_;
    QLineEdit* serviceEdit_;
    FieldFeedback* serviceFeedback_;
    QComboBox* familyCombo_;
    QComboBox* socktypeCombo_;
    QLineEdit* protocolEdit_;
    FieldFeedback* protocolFeedback_;
    std::vector<QCheckBox*> addrInfoFlagChecks_;
    QLabel* flagsMessage_;
    QPushButton* runButton_;
    QPushButton* cancelButton_;
    BusyIndicator* addrInfoBusy_;
    QLabel* addrInfoStatus_;

    AddrInfoChainView* chainView_;
    QTableWidget* chainTable_;
    QWidget* addrInfoCopyButton_ = nullptr;

    QLineEdit* niAddressEdit_;
    FieldFeedback* niAddressFeedback_;
    QLineEdit* niPortEdit_;
    FieldFeedback* niPortFeedback_;
    std::vector<QCheckBox*> nameInfoFlagChecks_;
    QPushButton* niRunButton_;
    QPushButton* niCancelButton_;
    BusyIndicator* nameInfoBusy_;
    QLabel* niHostLabel_;
    QLabel* niServiceLabel_;
    QLabel* nameInfoStatus_;

    Request lastRequest_;
    QString lastNiAddress_;
    int lastNiPort_ = 0;
    int lastNiFlags_ = 0;
    quint64 addrInfoId_ = 0;         // the latest getaddrinfo; any other result is stale
    quint64 cancelledAddrInfoId_ = 0; // the one the user cancelled, whose discard is reported
    quint64 nameInfoId_ = 0;
    quint64 cancelledNameInfoId_ = 0;
};

} // namespace sockscope
