#include "SavedMessageModel.h"

#include "MessageLibrary.h"

namespace sockscope {

SavedMessageModel::SavedMessageModel(std::shared_ptr<MessageLibrary> library, QObject* parent)
    : QAbstractListModel(parent), library_(std::move(library))
{
    // The library is shared by both consoles: any change, from either, redraws the list.
    connect(library_.get(), &MessageLibrary::changed, this, [this] {
        if (renaming_ >= 0) { // our own rename: the open editor must outlive it, so no reset
            emit dataChanged(index(renaming_), index(renaming_));
            return;
        }
        beginResetModel();
        endResetModel();
    });
}

int SavedMessageModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : library_->count(); }

QString SavedMessageModel::preview(const QString& text, int syntax)
{
    const QString oneLine = QString(text).replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    const QString shown = oneLine.size() > 40 ? oneLine.left(39) + QStringLiteral("…") : oneLine;
    switch (static_cast<MessageSyntax>(syntax)) {
    case MessageSyntax::Hex: return tr("hex: %1").arg(shown);
    case MessageSyntax::Escapes: return tr("escapes: %1").arg(shown);
    default: return shown;
    }
}

QVariant SavedMessageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= library_->count())
        return {};
    const SavedMessage& m = library_->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(m.name, preview(m.text, int(m.syntax)));
    case Qt::EditRole:
        return m.name;
    case Qt::ToolTipRole: {
        QString error;
        const auto bytes = MessageLibrary::bytesOf(m, &error);
        QStringList lines;
        lines << tr("<b>%1</b>").arg(m.name.toHtmlEscaped());
        lines << (bytes ? tr("%n byte(s)", nullptr, int(bytes->size())) : error.toHtmlEscaped());
        if (!m.flags.isEmpty())
            lines << tr("Flags: %1").arg(m.flags.join(QStringLiteral(" | ")));
        if (!m.note.isEmpty())
            lines << m.note.toHtmlEscaped();
        lines << tr("Enter sends the selected messages in order; F2 renames; Del deletes.");
        return lines.join(QStringLiteral("<br>"));
    }
    default:
        return {};
    }
}

bool SavedMessageModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= library_->count())
        return false;
    SavedMessage m = library_->at(index.row());
    if (m.name == value.toString())
        return true;
    m.name = value.toString();
    QString why;
    renaming_ = index.row();
    const bool ok = library_->replace(index.row(), m, &why);
    renaming_ = -1;
    if (!ok) {
        emit renameRefused(why);
        return false;
    }
    return true;
}

Qt::ItemFlags SavedMessageModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

} // namespace sockscope
