#pragma once
// The socket lab's table: one row per socket the user created (closed ones stay, greyed, with what the
// kernel still holds of their connection). Filled from SocketLabService's snapshots.

#include "SocketLabTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace sockscope {

class LabSocketModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Fd, Kind, Local, Peer, State, Poll, Flags, Error, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the rows, keeping rows in place when only their values changed (selection survives).
    void setRows(const std::vector<LabSocketRow>& rows);
    const std::vector<LabSocketRow>& rows() const { return rows_; }
    const LabSocketRow* rowById(const std::string& id) const;
    int indexOf(const std::string& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<LabSocketRow> rows_;
};

} // namespace sockscope
