#include "ServerPeerModel.h"

#include <QLocale>

namespace sockscope {

int ServerPeerModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(peers_.size()); }
int ServerPeerModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ServerPeerModel::stateText(const ServerPeerState& p)
{
    QStringList parts;
    switch (p.tls) {
    case PeerTls::None: break;
    case PeerTls::Handshaking: parts << tr("TLS handshake…"); break;
    case PeerTls::Established: {
        // Short for the column; the cipher and the certificate are in the selected client's TLS view.
        const TlsSummary& t = p.tlsSummary;
        QString tls = QString::fromStdString(t.version);
        if (!t.alpn.empty())
            tls += tr(", ALPN %1").arg(QString::fromStdString(t.alpn));
        if (!t.peerChain.empty())
            tls += tr(", client certificate");
        parts << tls;
        break;
    }
    case PeerTls::Ended: parts << tr("TLS ended"); break;
    }
    if (p.failed)
        parts << tr("recv failed");
    if (p.eofSeen)
        parts << tr("EOF seen");
    if (p.readShut && p.writeShut)
        parts << tr("shut RDWR");
    else if (p.readShut)
        parts << tr("shut RD");
    else if (p.writeShut)
        parts << tr("shut WR");
    if (!p.canReply)
        parts << tr("no reply address");
    return parts.isEmpty() ? tr("open") : parts.join(QStringLiteral(", "));
}

QVariant ServerPeerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= peers_.size())
        return {};
    const ServerPeerState& p = peers_.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Address: return p.address;
        case BytesIn: return QLocale().toString(p.bytesIn);
        case BytesOut: return QLocale().toString(p.bytesOut);
        case State: return stateText(p);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == BytesIn || index.column() == BytesOut))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("Client %1 at %2: %3 bytes received, %4 sent; %5.")
            .arg(p.id)
            .arg(p.address)
            .arg(p.bytesIn)
            .arg(p.bytesOut)
            .arg(stateText(p));
    if (role == Qt::UserRole)
        return p.id;
    return {};
}

QVariant ServerPeerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Address: return tr("Client");
    case BytesIn: return tr("Bytes in");
    case BytesOut: return tr("Bytes out");
    case State: return tr("State");
    default: return {};
    }
}

void ServerPeerModel::update(const ServerPeerState& peer)
{
    const int row = rowOf(peer.id);
    if (row >= 0) {
        ServerPeerState& p = peers_[row];
        const QString address = p.address;
        p = peer;
        if (p.address.isEmpty())
            p.address = address; // a state read after the peer went keeps the address it had
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(peers_.size()), int(peers_.size()));
    rows_.insert(peer.id, int(peers_.size()));
    peers_ << peer;
    endInsertRows();
}

void ServerPeerModel::update(const QList<ServerPeerState>& peers)
{
    for (const ServerPeerState& p : peers)
        if (rowOf(p.id) >= 0)
            update(p);
}

void ServerPeerModel::remove(quint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    peers_.removeAt(row);
    rows_.remove(id);
    for (int i = row; i < peers_.size(); ++i)
        rows_[peers_.at(i).id] = i;
    endRemoveRows();
}

void ServerPeerModel::clear()
{
    beginResetModel();
    peers_.clear();
    rows_.clear();
    endResetModel();
}

const ServerPeerState* ServerPeerModel::peerAt(int row) const
{
    return row >= 0 && row < peers_.size() ? &peers_.at(row) : nullptr;
}

const ServerPeerState* ServerPeerModel::peer(quint64 id) const { return peerAt(rowOf(id)); }

} // namespace sockscope
