#pragma once
// Sockets on this machine: the chapter's `netstat -na`, asked of the kernel through sock_diag (as ss
// does) on a worker thread. Filter by transport, by listening, by text; SockScope's own sockets are
// marked and open in the options page; the selected row is explained in the chapter's terms (what its
// state and its two queues mean). Refreshes on demand (F5) or every two seconds.

#include "Page.h"
#include "SocketTableService.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace sockscope {

class BusyIndicator;

class SocketTablePage : public Page {
    Q_OBJECT
public:
    enum Column { ProtoColumn, StateColumn, RecvQColumn, SendQColumn, LocalColumn, PeerColumn, ProcessColumn,
                  TimerColumn, OursColumn, ColumnCount };
    static constexpr int autoRefreshMs = 2000;

    explicit SocketTablePage(QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("sockets"); }
    QString title() const override;
    QString summary() const override;
    QWidget* firstField() const override;
    void restoreInputs(const QSettings& settings) override;
    void saveInputs(QSettings& settings) const override;
    void showExample() override;

    // Asks the kernel again (F5, Refresh, a filter change); `journal`: false for the timer's refreshes.
    void refresh(bool journal = true);
    QTableView* table() const { return view_; }
    QStandardItemModel* model() const { return model_; }
    QLineEdit* filterField() const { return filter_; }

signals:
    void refreshed(); // a listing was shown (for tests and the screenshot tour)

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showSnapshot(quint64 request, const SocketTableSnapshot& snapshot);
    void applyTextFilter();
    void explainSelection();
    QString tableText() const;
    QString stateMeaning(const QString& proto, const QString& state) const;

    SocketTableService* service_;
    QCheckBox* tcp_;
    QCheckBox* udp_;
    QCheckBox* unix_;
    QCheckBox* listening_;
    QCheckBox* oursOnly_;
    QCheckBox* auto_;
    QLineEdit* filter_;
    QPushButton* refreshButton_;
    QPushButton* optionsButton_;
    BusyIndicator* busy_;
    QLabel* status_;
    QLabel* explanation_;
    QStandardItemModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* view_;
    QTimer* timer_;
    quint64 request_ = 0;
};

} // namespace sockscope
