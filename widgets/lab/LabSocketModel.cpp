#include "LabSocketModel.h"

#include "ErrnoInfo.h"
#include "LabMessages.h"
#include "LabNames.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace sockscope {

void LabSocketModel::setRows(const std::vector<LabSocketRow>& rows)
{
    bool sameIds = rows.size() == rows_.size();
    for (std::size_t i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows[i].id == rows_[i].id;
    if (!sameIds) {
        beginResetModel();
        rows_ = rows;
        endResetModel();
        return;
    }
    rows_ = rows;
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const LabSocketRow* LabSocketModel::rowById(const std::string& id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &rows_[static_cast<std::size_t>(i)];
}

int LabSocketModel::indexOf(const std::string& id) const
{
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int LabSocketModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int LabSocketModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LabSocketModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LabSocketRow& r = rows_[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return r.aliasOf.empty() ? QString::fromStdString(r.id)
                                     : tr("%1 (dup of %2)").arg(QString::fromStdString(r.id), QString::fromStdString(r.aliasOf));
        case Fd: return r.open ? QString::number(r.fd) : QStringLiteral("\u2014");
        case Kind:
            // The protocol only when one was asked for (raw and ping sockets, the database's others).
            if (r.protocol != 0)
                return QStringLiteral("%1, %2, %3").arg(QString::fromStdString(labDomainName(r.domain)),
                                                        QString::fromStdString(labTypeName(r.type)),
                                                        QString::fromStdString(labProtocolName(r.protocol)));
            return QStringLiteral("%1, %2").arg(QString::fromStdString(labDomainName(r.domain)),
                                                QString::fromStdString(labTypeName(r.type)));
        case Local: return QString::fromStdString(r.local);
        case Peer: return QString::fromStdString(r.peer);
        case State: return r.busy ? tr("%1, call waiting").arg(LabMessages::stateText(r)) : LabMessages::stateText(r);
        case Poll: {
            if (!r.open)
                return QString();
            QStringList f;
            if (r.readable)
                f << tr("readable");
            if (r.writable)
                f << tr("writable");
            if (r.error)
                f << tr("error");
            if (r.hangup)
                f << tr("hang-up");
            return f.isEmpty() ? tr("(nothing)") : f.join(QStringLiteral(", "));
        }
        case Flags: {
            if (!r.open)
                return QString();
            QStringList f;
            if (r.nonblocking)
                f << QStringLiteral("O_NONBLOCK");
            if (r.cloexec)
                f << QStringLiteral("FD_CLOEXEC");
            return f.join(QLatin1Char(' '));
        }
        case Error:
            if (r.pendingError)
                return QString::fromStdString(errnoSymbol(r.pendingError));
            return r.open && r.error ? tr("pending") : QString();
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case State:
            return tr("TCP: the kernel's state from TCP_INFO; after close, from the kernel's connection table "
                      "(/proc/net/tcp), since no descriptor is left.");
        case Poll: return tr("What poll() reports right now (refreshed twice a second).");
        case Error:
            if (!r.pendingError && r.open && r.error)
                return tr("poll() reports an error (POLLERR). The lab leaves SO_ERROR unread, since reading clears "
                          "it: the socket's next call fails with it, as the kernel means it to.");
            return r.pendingError ? QString::fromStdString(errnoDescription(r.pendingError)) + QLatin1Char('\n')
                                        + tr("Read with getsockopt(SO_ERROR) when poll() reported an error; reading "
                                             "it clears it in the kernel.")
                                  : tr("SO_ERROR, read when poll() reports an error after a non-blocking connect (reading clears it).");
        case Flags: return tr("O_NONBLOCK (the open file's) and FD_CLOEXEC (this descriptor's).");
        default: break;
        }
    }
    if (role == Qt::ForegroundRole && !r.open)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && r.busy) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    return {};
}

QVariant LabSocketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Socket");
    case Fd: return tr("fd");
    case Kind: return tr("Domain, type");
    case Local: return tr("Local address");
    case Peer: return tr("Peer address");
    case State: return tr("State");
    case Poll: return tr("poll()");
    case Flags: return tr("Flags");
    case Error: return tr("SO_ERROR");
    }
    return {};
}

} // namespace sockscope
