#pragma once
// The server console's clients: connected streams, or the datagram peers heard from, one row each
// with its address, bytes in and out and its state (EOF seen, shut for reading or writing; under TLS,
// the handshake running, or the version, cipher, ALPN and client certificate agreed).

#include "ServerConsoleService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sockscope {

class ServerPeerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Address, BytesIn, BytesOut, State, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Adds the peer or updates its row.
    void update(const ServerPeerState& peer);
    void update(const QList<ServerPeerState>& peers);
    void remove(quint64 id);
    void clear();

    int rowOf(quint64 id) const { return rows_.value(id, -1); }
    const ServerPeerState* peerAt(int row) const;
    const ServerPeerState* peer(quint64 id) const;
    // "EOF seen, shut WR", or "open".
    static QString stateText(const ServerPeerState& p);

private:
    QList<ServerPeerState> peers_;
    QHash<quint64, int> rows_;
};

} // namespace sockscope
