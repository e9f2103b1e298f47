#include "EchoConnectionModel.h"

#include <QLocale>

#include <unordered_map>

namespace sockscope {

EchoConnectionModel::EchoConnectionModel(QObject* parent) : QAbstractTableModel(parent) {}

int EchoConnectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int EchoConnectionModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int EchoConnectionModel::rowOf(std::uint64_t id) const
{
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].id == id)
            return static_cast<int>(i);
    return -1;
}

QString EchoConnectionModel::formatAge(std::int64_t microseconds)
{
    const std::int64_t us = std::max<std::int64_t>(0, microseconds);
    const std::int64_t seconds = us / 1000000;
    if (seconds < 60)
        return tr("%1 s").arg(QLocale().toString(static_cast<double>(us) / 1e6, 'f', 1));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

QString EchoConnectionModel::stateText(const std::string& state)
{
    if (state == "open")
        return tr("open");
    if (state == "reading paused")
        return tr("reading paused (the peer is not reading its echo)");
    if (state == "half-closed")
        return tr("half-closed (the peer sent EOF)");
    if (state == "closing")
        return tr("closing");
    return QString::fromStdString(state);
}

QVariant EchoConnectionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EchoConnectionInfo& c = rows_[static_cast<std::size_t>(index.row())];
    const std::int64_t age = nowUs_ - c.startedUs;
    if (role == IdRole)
        return QVariant::fromValue<quint64>(c.id);
    if (role == SortRole) {
        switch (index.column()) {
        case IdColumn: return QVariant::fromValue<quint64>(c.id);
        case PeerColumn: return QString::fromStdString(c.peer);
        case LocalColumn: return QString::fromStdString(c.local);
        case AgeColumn: return QVariant::fromValue<qint64>(age);
        case BytesInColumn: return QVariant::fromValue<quint64>(c.bytesIn);
        case BytesOutColumn: return QVariant::fromValue<quint64>(c.bytesOut);
        case StateColumn: return QString::fromStdString(c.state);
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn: return QString::number(c.id);
        case PeerColumn: return QString::fromStdString(c.peer);
        case LocalColumn: return QString::fromStdString(c.local);
        case AgeColumn: return formatAge(age);
        case BytesInColumn: return QLocale().toString(static_cast<qulonglong>(c.bytesIn));
        case BytesOutColumn: return QLocale().toString(static_cast<qulonglong>(c.bytesOut));
        case StateColumn: return stateText(c.state);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case IdColumn:
        case AgeColumn:
        case BytesInColumn:
        case BytesOutColumn: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == IdColumn)
        return tr("Connection %1 on descriptor %2").arg(c.id).arg(c.fd);
    if (role == Qt::ToolTipRole && index.column() == StateColumn) // often wider than its column
        return stateText(c.state);
    return {};
}

QVariant EchoConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn: return tr("Id");
        case PeerColumn: return tr("Peer");
        case LocalColumn: return tr("Local");
        case AgeColumn: return tr("Age");
        case BytesInColumn: return tr("Bytes in");
        case BytesOutColumn: return tr("Bytes out");
        case StateColumn: return tr("State");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn: return tr("The server's number for the connection (not the file descriptor).");
        case PeerColumn: return tr("The client's address and port, from accept() (getpeername).");
        case LocalColumn: return tr("The server's end of the connection (getsockname on the accepted socket).");
        case AgeColumn: return tr("How long ago the connection was accepted.");
        case BytesInColumn: return tr("Bytes recv() returned on this connection.");
        case BytesOutColumn: return tr("Bytes send() wrote back; behind bytes in while an echo is still owed.");
        case StateColumn:
            return tr("open; reading paused: the peer does not read its echo, so the server stops reading "
                      "from it until the echo drains (backpressure); half-closed: the peer sent EOF and the "
                      "server sends what it still owes, then closes.");
        }
    }
    return {};
}

void EchoConnectionModel::update(const std::vector<EchoConnectionInfo>& connections, std::int64_t nowUs)
{
    nowUs_ = nowUs;
    std::unordered_map<std::uint64_t, std::size_t> incoming;
    incoming.reserve(connections.size());
    for (std::size_t i = 0; i < connections.size(); ++i)
        incoming.emplace(connections[i].id, i);

    // Closed connections leave, a run of neighbouring rows at a time, from the bottom up.
    for (int row = static_cast<int>(rows_.size()) - 1; row >= 0;) {
        if (incoming.count(rows_[static_cast<std::size_t>(row)].id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.count(rows_[static_cast<std::size_t>(first - 1)].id))
            --first;
        beginRemoveRows({}, first, row);
        rows_.erase(rows_.begin() + first, rows_.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }

    // The rest change in place.
    std::vector<bool> known(connections.size(), false);
    for (EchoConnectionInfo& row : rows_) {
        const std::size_t i = incoming.at(row.id);
        row = connections[i];
        known[i] = true;
    }
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));

    // New connections are appended in the snapshot's order.
    std::size_t added = 0;
    for (std::size_t i = 0; i < connections.size(); ++i)
        added += known[i] ? 0 : 1;
    if (added == 0)
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(added) - 1);
    for (std::size_t i = 0; i < connections.size(); ++i)
        if (!known[i])
            rows_.push_back(connections[i]);
    endInsertRows();
}

void EchoConnectionModel::clear()
{
    if (rows_.empty())
        return;
    beginResetModel();
    rows_.clear();
    endResetModel();
}

} // namespace sockscope
