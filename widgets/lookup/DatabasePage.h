#pragma once
// The common half of the Hosts, Protocols and Services pages: the whole database as a sortable,
// filterable table, listed on the lookup service's worker pool (set*ent(stayopen), get*ent until
// NULL, end*ent), with a busy indicator while it loads and the row count and load time after.
// Each page adds its own lookup box (get*by*_r) above the table.

#include "LookupService.h"
#include "Page.h"

#include <QList>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace sockscope {

class BusyIndicator;
class CopyButton;

class DatabasePage : public Page {
    Q_OBJECT
public:
    QTableView* tableView() const { return table_; }
    QSortFilterProxyModel* proxyModel() const { return proxy_; }
    QStandardItemModel* sourceModel() const { return model_; }
    bool isLoading() const { return listId_ != 0; }

    // Lists the database again (on the worker); the table shows the result when it comes.
    void reload();
    // Shows only rows with `text` in any column.
    void setFilterText(const QString& text);

signals:
    // The table has been filled from a fresh listing.
    void loaded(int rows);

protected:
    struct TableSpec {
        QString idPrefix;      // object names: <prefix>Table, <prefix>FilterEdit, <prefix>StayOpenCheck…
        QString setFunction;   // "sethostent"
        QString getFunction;   // "gethostent"
        QString endFunction;   // "endhostent"
        QStringList headers;   // the first column is always "#", the database order
        QStringList headerTips;
        QString stayOpenNote;  // what stayopen does with glibc today
    };

    DatabasePage(LookupService& lookups, QWidget* parent);

    // Adds the table group to `layout` (it takes the remaining height).
    void addTableBox(QVBoxLayout* layout, const TableSpec& spec);
    // Asks the service for the listing; the subclass forwards the matching signal to setRows.
    virtual LookupService::RequestId requestList(bool stayOpen) = 0;
    // The listing `id` arrived: true if it is the latest one (older ones are dropped).
    bool takeList(quint64 id);
    // Fills the table; each row lacks the "#" column, which is added here.
    void setRows(QList<QList<QStandardItem*>> rows, qint64 durationUs);

    // A read-only cell: text, or a number that sorts as a number.
    static QStandardItem* textItem(const QString& text, const QString& toolTip = {});
    static QStandardItem* numberItem(qint64 value);
    static QString joinList(const std::vector<std::string>& items); // "a, b" or "—"

    // "getservbyname_r · 14 µs": the function that ran and how long it took.
    void showCall(QLabel* label, const std::string& function, qint64 durationUs) const;

    // Tab order: from `last` (the lookup box's last widget) on through the table box.
    void chainTableTabOrder(QWidget* last);

    void restoreTableInputs(const QSettings& settings);
    void saveTableInputs(QSettings& settings) const;

    void showEvent(QShowEvent* event) override;

    LookupService& lookups_;
    QLineEdit* filterEdit_ = nullptr;
    QCheckBox* stayOpenCheck_ = nullptr;
    QPushButton* reloadButton_ = nullptr;
    CopyButton* copyRowsButton_ = nullptr;

private:
    QString shownRowsText() const;
    void updateCount();

    TableSpec spec_;
    QStandardItemModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QTableView* table_ = nullptr;
    BusyIndicator* busy_ = nullptr;
    QLabel* countLabel_ = nullptr;
    QLabel* loadLabel_ = nullptr;
    quint64 listId_ = 0;
    bool everLoaded_ = false;
    qint64 lastDurationUs_ = 0;
};

} // namespace sockscope
