#include "SavedMessagesPanel.h"

#include "MessageEditDialog.h"
#include "PaletteColors.h"
#include "SavedMessageModel.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sockscope {

SavedMessagesPanel::SavedMessagesPanel(std::shared_ptr<MessageLibrary> library, QWidget* parent)
    : QWidget(parent), library_(std::move(library)), model_(new SavedMessageModel(library_, this))
{
    setObjectName(QStringLiteral("savedMessagesPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Saved messages</b>"));
    title->setToolTip(tr("Messages kept between runs, shared by the client and server consoles (%1).")
                          .arg(library_->filePath().isEmpty() ? tr("not saved to a file") : library_->filePath()));
    layout->addWidget(title);

    list_ = new QListView;
    list_->setObjectName(QStringLiteral("savedMessagesList"));
    list_->setModel(model_);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list_->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    list_->setToolTip(tr("Select one or more messages (Ctrl, Shift) and press Enter to send them in list order. "
                         "F2 renames, Del deletes."));
    list_->installEventFilter(this);
    list_->setMinimumWidth(160);
    layout->addWidget(list_, 1);

    problem_ = new QLabel;
    problem_->setObjectName(QStringLiteral("savedMessagesProblem"));
    problem_->setWordWrap(true);
    problem_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problem_->setVisible(false);
    layout->addWidget(problem_);

    // Three short rows of buttons: the panel stays narrow beside the transcript.
    auto* edit = new QGridLayout;
    edit->setSpacing(2);
    edit->addWidget(tool(tr("Save field"), "savedMessagesAdd",
                         tr("Save what is in the send field (with its mode, line ending and flags) as a new message."),
                         &SavedMessagesPanel::addFromField), 0, 0);
    edit->addWidget(tool(tr("New…"), "savedMessagesNew", tr("Write a new message."), &SavedMessagesPanel::addNew), 0, 1);
    needSelection_ << tool(tr("Edit…"), "savedMessagesEdit", tr("Change the selected message."),
                           &SavedMessagesPanel::editSelected);
    edit->addWidget(needSelection_.last(), 0, 2);
    needSelection_ << tool(tr("Rename"), "savedMessagesRename", tr("Rename the selected message (F2)."),
                           &SavedMessagesPanel::renameSelected);
    edit->addWidget(needSelection_.last(), 1, 0);
    needSelection_ << tool(tr("Duplicate"), "savedMessagesDuplicate", tr("Copy the selected messages, as “name (2)”."),
                           &SavedMessagesPanel::duplicateSelected);
    edit->addWidget(needSelection_.last(), 1, 1);
    needSelection_ << tool(tr("Delete"), "savedMessagesDelete", tr("Delete the selected messages (Del); Undo brings "
                                                                   "them back."),
                           &SavedMessagesPanel::deleteSelected);
    edit->addWidget(needSelection_.last(), 1, 2);
    undo_ = tool(tr("Undo delete"), "savedMessagesUndo", tr("Put back the messages just deleted."),
                 &SavedMessagesPanel::undoDelete);
    undo_->setVisible(false);
    auto* up = new QToolButton;
    up->setObjectName(QStringLiteral("savedMessagesUp"));
    up->setArrowType(Qt::UpArrow);
    up->setToolTip(tr("Move the selected message up (Ctrl+Up): sequences go in list order."));
    connect(up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    auto* down = new QToolButton;
    down->setObjectName(QStringLiteral("savedMessagesDown"));
    down->setArrowType(Qt::DownArrow);
    down->setToolTip(tr("Move the selected message down (Ctrl+Down)."));
    connect(down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    needSelection_ << up << down;
    auto* moves = new QHBoxLayout;
    moves->setSpacing(2);
    moves->addWidget(up);
    moves->addWidget(down);
    moves->addWidget(undo_);
    moves->addStretch(1);
    edit->addLayout(moves, 2, 0);
    edit->addWidget(tool(tr("Import…"), "savedMessagesImport",
                         tr("Add the messages of a JSON file to the library; a name already taken becomes “name (2)”."),
                         &SavedMessagesPanel::chooseImport), 2, 1);
    edit->addWidget(tool(tr("Export…"), "savedMessagesExport",
                         tr("Write the selected messages (all when none is selected) to a JSON file."),
                         &SavedMessagesPanel::chooseExport), 2, 2);
    for (int i = 0; i < edit->count(); ++i)
        if (auto* b = qobject_cast<QToolButton*>(edit->itemAt(i)->widget()))
            b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addLayout(edit);

    auto* repeat = new QGridLayout;
    send_ = new QPushButton(tr("Send selected"));
    send_->setObjectName(QStringLiteral("savedMessagesSend"));
    send_->setToolTip(tr("Send the selected messages in list order, all of them N times, T ms between two messages "
                         "(Enter in the list)."));
    connect(send_, &QPushButton::clicked, this, &SavedMessagesPanel::sendSelected);
    rounds_ = new QSpinBox;
    rounds_->setObjectName(QStringLiteral("consoleRepeat"));
    rounds_->setRange(1, SendSequence::maxRounds);
    rounds_->setGroupSeparatorShown(true);
    rounds_->setPrefix(tr("× "));
    rounds_->setToolTip(tr("N: how many times the message (or the sequence) is sent, 1 to %L1. The console's own "
                           "Send uses it too.")
                            .arg(SendSequence::maxRounds));
    interval_ = new QSpinBox;
    interval_->setObjectName(QStringLiteral("consoleInterval"));
    interval_->setRange(0, SendSequence::maxIntervalMs);
    interval_->setGroupSeparatorShown(true);
    interval_->setPrefix(tr("every "));
    interval_->setSuffix(tr(" ms"));
    interval_->setToolTip(tr("T: the time between two messages, 0 to %L1 ms; 0 sends them back to back.")
                              .arg(SendSequence::maxIntervalMs));
    stop_ = new QPushButton(tr("Stop"));
    stop_->setObjectName(QStringLiteral("savedMessagesStop"));
    stop_->setToolTip(tr("Stop the repeat: what was sent stays sent, the rest is not."));
    stop_->setEnabled(false);
    connect(stop_, &QPushButton::clicked, this, &SavedMessagesPanel::stop);
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("savedMessagesProgress"));
    progress_->setTextVisible(false);
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setToolTip(tr("How much of the repeat has been sent."));
    count_ = new QLabel;
    count_->setObjectName(QStringLiteral("savedMessagesCount"));
    count_->setToolTip(tr("Messages sent so far, and in all."));
    repeat->addWidget(new QLabel(tr("Repeat")), 0, 0);
    repeat->addWidget(rounds_, 0, 1);
    repeat->addWidget(interval_, 0, 2);
    repeat->addWidget(send_, 1, 0, 1, 2);
    repeat->addWidget(stop_, 1, 2);
    repeat->addWidget(progress_, 2, 0, 1, 3);
    repeat->addWidget(count_, 3, 0, 1, 3);
    layout->addLayout(repeat);

    connect(model_, &SavedMessageModel::renameRefused, this, [this](const QString& why) { tell(why, true); });
    connect(list_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SavedMessagesPanel::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &SavedMessagesPanel::updateButtons);
    if (!library_->loadReport().isEmpty())
        tell(library_->loadReport(), true);
    updateButtons();
}

QToolButton* SavedMessagesPanel::tool(const QString& text, const char* name, const QString& tip,
                                      void (SavedMessagesPanel::*slot)())
{
    auto* b = new QToolButton;
    b->setText(text);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    b->setAutoRaise(false);
    connect(b, &QToolButton::clicked, this, slot);
    return b;
}

void SavedMessagesPanel::tell(const QString& text, bool problem)
{
    problem_->setText(text);
    problem_->setProperty("problem", problem);
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText, errorTextColor(palette()));
    problem_->setPalette(p);
    problem_->setVisible(!text.isEmpty());
}

void SavedMessagesPanel::updateButtons()
{
    const bool any = !selectedRows().isEmpty();
    for (QToolButton* b : needSelection_)
        b->setEnabled(any);
    send_->setEnabled(canSend_ && !repeating_);
    stop_->setEnabled(repeating_);
}

void SavedMessagesPanel::setCanSend(bool can, const QString& whyNot)
{
    canSend_ = can;
    whyNot_ = whyNot;
    send_->setToolTip(can || whyNot.isEmpty() ? tr("Send the selected messages in list order, all of them N times, T ms "
                                                   "between two messages (Enter in the list).")
                                              : whyNot);
    updateButtons();
}

int SavedMessagesPanel::rounds() const { return rounds_->value(); }
int SavedMessagesPanel::intervalMs() const { return interval_->value(); }

QList<int> SavedMessagesPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : list_->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void SavedMessagesPanel::selectRows(const QList<int>& rows)
{
    QItemSelection selection;
    for (int r : rows)
        if (r >= 0 && r < model_->rowCount())
            selection.select(model_->index(r), model_->index(r));
    list_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty() && rows.first() >= 0 && rows.first() < model_->rowCount())
        list_->selectionModel()->setCurrentIndex(model_->index(rows.first()), QItemSelectionModel::NoUpdate);
}

void SavedMessagesPanel::addFromField()
{
    if (!source_)
        return;
    std::optional<SavedMessage> m = source_();
    if (!m)
        return; // the field says why
    if (m->name.isEmpty())
        m->name = tr("message");
    m->name = library_->uniqueName(m->name.left(MessageLibrary::maxNameLength));
    QString why;
    if (!library_->add(*m, &why)) {
        tell(why, true);
        return;
    }
    selectRows({library_->count() - 1});
    tell(tr("Saved as “%1”. F2 renames it.").arg(m->name), false);
}

void SavedMessagesPanel::addNew()
{
    SavedMessage start;
    start.name = library_->uniqueName(tr("message"));
    MessageEditDialog d(library_, -1, start, this);
    if (d.exec() == QDialog::Accepted) {
        selectRows({library_->count() - 1});
        tell({}, false);
    }
}

void SavedMessagesPanel::editSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    MessageEditDialog d(library_, rows.first(), library_->at(rows.first()), this);
    if (d.exec() == QDialog::Accepted) {
        selectRows({rows.first()});
        tell({}, false);
    }
}

void SavedMessagesPanel::renameSelected()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        list_->edit(model_->index(rows.first()));
}

void SavedMessagesPanel::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    deleted_.clear();
    for (int r : rows)
        deleted_ << qMakePair(r, library_->at(r));
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        library_->remove(*it);
    undo_->setVisible(true);
    tell(tr("Deleted %n message(s); Undo delete brings them back.", nullptr, int(rows.size())), false);
    selectRows({std::min(rows.first(), library_->count() - 1)});
}

void SavedMessagesPanel::undoDelete()
{
    QList<int> back;
    for (const auto& [row, message] : deleted_) {
        SavedMessage m = message;
        m.name = library_->uniqueName(m.name); // a new message may have taken the name meanwhile
        if (library_->insert(row, m))
            back << std::min(row, library_->count() - 1);
    }
    deleted_.clear();
    undo_->setVisible(false);
    selectRows(back);
    tell({}, false);
}

void SavedMessagesPanel::duplicateSelected()
{
    const QList<int> rows = selectedRows();
    QList<int> copies;
    int shift = 0;
    for (int r : rows) {
        SavedMessage m = library_->at(r + shift);
        m.name = library_->uniqueName(m.name);
        if (library_->insert(r + shift + 1, m)) {
            ++shift;
            copies << r + shift;
        }
    }
    selectRows(copies);
}

void SavedMessagesPanel::moveSelected(int by)
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const int to = rows.first() + by;
    if (to < 0 || to >= library_->count())
        return;
    library_->move(rows.first(), to);
    selectRows({to});
}

void SavedMessagesPanel::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import saved messages"), QString(),
                                                      tr("Message libraries (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void SavedMessagesPanel::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export saved messages"), tr("messages.json"),
                                                      tr("Message libraries (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void SavedMessagesPanel::importFrom(const QString& path)
{
    const int before = library_->count();
    const MessageImport r = library_->importFile(path);
    if (!r.ok) {
        tell(r.error, true);
        return;
    }
    QStringList lines;
    lines << tr("Imported %n message(s) from %1.", nullptr, r.added).arg(path);
    if (!r.renamed.isEmpty())
        lines << tr("Renamed, as the names were taken: %1.").arg(r.renamed.join(QStringLiteral(", ")));
    if (!r.skipped.isEmpty())
        lines << tr("Left out:") << r.skipped;
    tell(lines.join(QLatin1Char('\n')), !r.skipped.isEmpty());
    QList<int> added;
    for (int i = before; i < library_->count(); ++i)
        added << i;
    selectRows(added);
    emit statusMessage(lines.first());
}

void SavedMessagesPanel::exportTo(const QString& path)
{
    const QList<int> rows = selectedRows();
    QString why;
    if (!library_->exportFile(path, rows, &why)) {
        tell(why, true);
        return;
    }
    const int n = rows.isEmpty() ? library_->count() : int(rows.size());
    tell(tr("Exported %n message(s) to %1.", nullptr, n).arg(path), false);
    emit statusMessage(tr("Exported %n message(s) to %1.", nullptr, n).arg(path));
}

void SavedMessagesPanel::sendSelected()
{
    if (repeating_)
        return;
    if (!canSend_) {
        tell(whyNot_.isEmpty() ? tr("Nothing to send to yet.") : whyNot_, true);
        return;
    }
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        tell(tr("Select the messages to send first (Ctrl or Shift for several: they go in list order)."), true);
        return;
    }
    if (rows.size() > SendSequence::maxItems) {
        tell(tr("A sequence has at most %1 messages; %2 are selected.").arg(SendSequence::maxItems).arg(rows.size()), true);
        return;
    }
    SendSequence seq;
    for (int r : rows) {
        const SavedMessage& m = library_->at(r);
        QString why;
        const auto bytes = MessageLibrary::bytesOf(m, &why);
        int flags = 0;
        if (!bytes || !MessageLibrary::flagsOf(m.flags, flags, &why)) {
            tell(tr("“%1” cannot be sent: %2 Edit… fixes it.").arg(m.name, why), true);
            selectRows({r});
            return;
        }
        seq.items.push_back({QByteArray(bytes->data(), qsizetype(bytes->size())), flags});
    }
    seq.rounds = rounds_->value();
    seq.intervalMs = interval_->value();
    tell({}, false);
    emit sendRequested(seq);
}

void SavedMessagesPanel::stop()
{
    if (repeating_)
        emit stopRequested();
}

void SavedMessagesPanel::showProgress(qint64 sent, qint64 total)
{
    if (total <= 1)
        return;
    repeating_ = sent < total;
    total_ = total;
    // QProgressBar counts in int: a billion fits, but keep to a thousandth for any total.
    progress_->setRange(0, 1000);
    progress_->setValue(int(sent * 1000 / std::max<qint64>(1, total)));
    count_->setText(tr("sent %L1 of %L2").arg(sent).arg(total));
    updateButtons();
}

void SavedMessagesPanel::showFinished(qint64 sent)
{
    repeating_ = false;
    if (total_ > 1) {
        count_->setText(sent >= total_ ? tr("sent %L1 of %L2: done").arg(sent).arg(total_)
                                       : tr("stopped: sent %L1 of %L2").arg(sent).arg(total_));
        if (sent >= total_)
            progress_->setValue(progress_->maximum());
    }
    total_ = 0;
    updateButtons();
}

void SavedMessagesPanel::restore(const QSettings& settings, const QString& prefix)
{
    rounds_->setValue(settings.value(prefix + QStringLiteral("rounds"), 1).toInt());
    interval_->setValue(settings.value(prefix + QStringLiteral("intervalMs"), 0).toInt());
    QList<int> rows;
    for (const QString& name : settings.value(prefix + QStringLiteral("selected")).toStringList())
        if (const int r = library_->indexOf(name); r >= 0)
            rows << r;
    selectRows(rows);
}

void SavedMessagesPanel::save(QSettings& settings, const QString& prefix) const
{
    settings.setValue(prefix + QStringLiteral("rounds"), rounds_->value());
    settings.setValue(prefix + QStringLiteral("intervalMs"), interval_->value());
    QStringList names;
    for (int r : selectedRows())
        names << library_->at(r).name;
    settings.setValue(prefix + QStringLiteral("selected"), names);
}

bool SavedMessagesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == list_ && event->type() == QEvent::KeyPress) { // an open rename editor takes its own keys
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            sendSelected();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            deleteSelected();
            return true;
        }
        if ((key->modifiers() & Qt::ControlModifier) && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sockscope
