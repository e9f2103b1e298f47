#pragma once
// Socket lab: the chapter's calls one click at a time on sockets the user creates, with a live table
// of those sockets (state, poll() flags, O_NONBLOCK, SO_ERROR), guided recipes for the chapter's
// sequences, and the session exported as a C program that makes the same calls.

#include "Page.h"
#include "SocketLabTypes.h"

#include <map>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace sockscope {

class BusyIndicator;
class LabActionPanel;
class LabRecipePanel;
class LabSocketModel;
class SocketLabService;

class SocketLabPage : public Page {
    Q_OBJECT
public:
    // The results list keeps the newest calls only (the journal and Export C keep them all).
    static constexpr int maxResults = 1000;

    explicit SocketLabPage(QWidget* parent = nullptr);
    ~SocketLabPage() override;

    QString pageId() const override { return QStringLiteral("socket-lab"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;

    LabActionPanel* actions() const { return actions_; }
    LabRecipePanel* recipes() const { return recipes_; }
    LabSocketModel* socketModel() const { return model_; }
    QTableView* socketTable() const { return table_; }
    QTreeWidget* resultsList() const { return results_; }
    // The full explanation of the selected (else the newest) result.
    QPlainTextEdit* resultDetail() const { return resultDetail_; }
    SocketLabService* service() const { return service_; }
    QPushButton* abandonButton() const { return abandonButton_; }
    // Selects the row of a lab socket ("s2"); false when there is none.
    bool selectSocket(const std::string& id);
    // The session as C, and the lab's own transcript of it.
    QString exportedC() const;
    int pendingCalls() const { return static_cast<int>(pending_.size()); }

signals:
    // Every finished call (for tests and the screenshot tour).
    void callFinished(const sockscope::LabResult& result);

private:
    struct Pending {
        std::string recipeId; // empty: not a recipe step
        int step = -1;
    };
    void perform(const LabRequest& request, const std::string& recipeId = {}, int step = -1);
    void onFinished(quint64 ticket, const LabResult& result);
    void onSnapshot(const std::vector<LabSocketRow>& rows);
    void onSelectionChanged();
    void addResult(const LabResult& result);
    void showResultDetail();
    void saveC();
    void saveJournal(bool json);
    void resetLab();

    SocketLabService* service_;
    LabSocketModel* model_;
    QTableView* table_;
    LabActionPanel* actions_;
    LabRecipePanel* recipes_;
    QTreeWidget* results_;
    QPlainTextEdit* resultDetail_;
    BusyIndicator* busy_;
    QPushButton* abandonButton_;
    QPushButton* optionsButton_;
    std::map<quint64, Pending> pending_;
    std::string selected_;
    std::string selectWhenSeen_;
};

} // namespace sockscope
