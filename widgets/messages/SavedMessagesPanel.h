#pragma once
// The saved messages beside a console's send box: the shared library as a list to add to, edit,
// rename, delete (with undo), reorder, import and export; and the one repeat control of the console:
// send the selected messages in order N times T ms apart, with a live count and Stop. It asks for a
// send by signal and never touches a socket: the console hands the sequence to its service.

#include "MessageLibrary.h"
#include "SendSequence.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;
class QToolButton;

namespace sockscope {

class SavedMessageModel;

class SavedMessagesPanel : public QWidget {
    Q_OBJECT
public:
    explicit SavedMessagesPanel(std::shared_ptr<MessageLibrary> library, QWidget* parent = nullptr);

    // What "Add from field" saves: the console's send field as a message (nothing, with the reason
    // already shown beside the field, when it does not parse).
    void setCurrentMessageSource(std::function<std::optional<SavedMessage>()> source) { source_ = std::move(source); }
    // Sending is possible (connected, or a server with peers); otherwise Send explains why not.
    void setCanSend(bool can, const QString& whyNot = {});

    // The repeat's settings, which the console's own Send uses too.
    int rounds() const;
    int intervalMs() const;
    // The live count: the service's repeatProgress and repeatFinished.
    void showProgress(qint64 sent, qint64 total);
    void showFinished(qint64 sent);
    bool isRepeating() const { return repeating_; }

    void restore(const QSettings& settings, const QString& prefix);
    void save(QSettings& settings, const QString& prefix) const;

    std::shared_ptr<MessageLibrary> library() const { return library_; }
    QListView* list() const { return list_; }
    QLabel* problemLabel() const { return problem_; }
    QLabel* countLabel() const { return count_; }
    QProgressBar* progressBar() const { return progress_; }
    QPushButton* sendButton() const { return send_; }
    QPushButton* stopButton() const { return stop_; }
    QSpinBox* roundsBox() const { return rounds_; }
    QSpinBox* intervalBox() const { return interval_; }
    // The selected rows, in list order.
    QList<int> selectedRows() const;
    void selectRows(const QList<int>& rows);

public slots:
    void addFromField();
    void addNew();
    void editSelected();
    void renameSelected();
    void deleteSelected();
    void undoDelete();
    void duplicateSelected();
    void moveSelected(int by);
    void importFrom(const QString& path);
    void exportTo(const QString& path);
    void sendSelected();
    void stop();

signals:
    void sendRequested(const sockscope::SendSequence& sequence);
    void stopRequested();
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QToolButton* tool(const QString& text, const char* name, const QString& tip, void (SavedMessagesPanel::*slot)());
    void tell(const QString& text, bool problem);
    void updateButtons();
    void chooseImport();
    void chooseExport();

    std::shared_ptr<MessageLibrary> library_;
    SavedMessageModel* model_;
    std::function<std::optional<SavedMessage>()> source_;
    QListView* list_;
    QLabel* problem_;
    QList<QToolButton*> needSelection_;
    QToolButton* undo_;
    QPushButton* send_;
    QPushButton* stop_;
    QSpinBox* rounds_;
    QSpinBox* interval_;
    QProgressBar* progress_;
    QLabel* count_;
    bool canSend_ = false;
    QString whyNot_;
    bool repeating_ = false;
    qint64 total_ = 0; // the repeat's messages in all, while it runs
    QList<QPair<int, SavedMessage>> deleted_; // the last delete, for Undo
};

} // namespace sockscope
