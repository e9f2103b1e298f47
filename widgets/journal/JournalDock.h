#pragma once
// The call journal as a dock: every call core made, filterable by function or errno, with the C
// code of the selected calls beside the table, ready to copy or export.

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace sockscope {

class JournalModel;

class JournalDock : public QDockWidget {
    Q_OBJECT
public:
    explicit JournalDock(JournalModel* model, QWidget* parent = nullptr);

    JournalModel* model() const { return model_; }

public slots:
    void copySelectedCode();
    void exportJournal();

signals:
    void statusMessage(const QString& text);

private:
    QList<int> selectedRows() const; // source rows, in journal order
    void updateDetail();
    void updateStatus();
    void onDrained(int added);

    JournalModel* model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* filterEdit_;
    QTableView* table_;
    QPlainTextEdit* detail_;
    QLabel* statusLabel_;
};

} // namespace sockscope
