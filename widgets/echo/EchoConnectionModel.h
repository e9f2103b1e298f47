#pragma once
// The echo server's connections as table rows, updated in place from each snapshot: rows keep
// their place (and the view its selection) while their bytes and age change; closed connections
// are removed and new ones appended. Sort through a proxy with SortRole (numbers stay numbers).

#include "EchoStats.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace sockscope {

class EchoConnectionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, PeerColumn, LocalColumn, AgeColumn, BytesInColumn, BytesOutColumn, StateColumn,
                  ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1; // numbers for the numeric columns
    static constexpr int IdRole = Qt::UserRole + 2;   // the connection id, for actions

    explicit EchoConnectionModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The connections of a snapshot, and its clock for the ages.
    void update(const std::vector<EchoConnectionInfo>& connections, std::int64_t nowUs);
    void clear();

    const EchoConnectionInfo& connection(int row) const { return rows_.at(static_cast<std::size_t>(row)); }
    // The row of a connection, or -1.
    int rowOf(std::uint64_t id) const;

    // "3.2 s", "4 min 05 s", "2 h 03 min".
    static QString formatAge(std::int64_t microseconds);
    // The engine's state word in the user's language.
    static QString stateText(const std::string& state);

private:
    std::vector<EchoConnectionInfo> rows_;
    std::int64_t nowUs_ = 0;
};

} // namespace sockscope
