#include "AutoReplyEditor.h"

#include "PaletteColors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sockscope {

AutoReplyEditor::AutoReplyEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Each recv() (each datagram) is tried against the rules in order; the first that "
                                "matches answers. \\0 in a reply is the whole match, \\1 … \\9 its groups (for a "
                                "prefix, \\1 is what follows it). At most %1 replies go to a client in a row, then "
                                "%2 a second: a reply to an echo client ends instead of looping.")
                                 .arg(AutoReplyBudget::defaultBurst)
                                 .arg(AutoReplyBudget::defaultPerSecond));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    table_ = new QTableWidget(0, ColumnCount);
    table_->setObjectName(QStringLiteral("autoReplyTable"));
    table_->setHorizontalHeaderLabels({tr("On"), tr("Match"), tr("Pattern"), tr("Reply as"), tr("Reply"), tr("Delay")});
    table_->horizontalHeader()->setSectionResizeMode(Pattern, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(Response, QHeaderView::Stretch);
    table_->verticalHeader()->setVisible(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setToolTip(tr("Match: Exact bytes or a Prefix (both with C escapes such as \\r\\n), or a Regex over the "
                          "received bytes (each byte one character). Reply as Text, C escapes or Hex."));
    layout->addWidget(table_, 1);
    message_ = new QLabel;
    message_->setObjectName(QStringLiteral("autoReplyMessage"));
    message_->setWordWrap(true);
    message_->setVisible(false);
    message_->setStyleSheet(QStringLiteral("color: %1").arg(errorTextColor(palette()).name()));
    layout->addWidget(message_);
    auto* buttons = new QHBoxLayout;
    add_ = new QPushButton(tr("Add rule"));
    add_->setObjectName(QStringLiteral("autoReplyAdd"));
    add_->setToolTip(tr("A new rule at the end (Ctrl+Shift+R)."));
    add_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    remove_ = new QPushButton(tr("Remove rule"));
    remove_->setObjectName(QStringLiteral("autoReplyRemove"));
    remove_->setToolTip(tr("Remove the selected rule."));
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(add_, &QPushButton::clicked, this, [this] {
        addRule({AutoReplyRule::Match::Prefix, QString(), AutoReplyRule::Reply::Escapes, QStringLiteral("\\0"), 0, true});
        table_->setCurrentCell(table_->rowCount() - 1, Pattern);
        table_->editItem(table_->item(table_->rowCount() - 1, Pattern));
    });
    connect(remove_, &QPushButton::clicked, this, [this] {
        if (table_->currentRow() >= 0) {
            table_->removeRow(table_->currentRow());
            edited();
        }
    });
    connect(table_, &QTableWidget::itemChanged, this, [this] { edited(); });
}

void AutoReplyEditor::addRule(const AutoReplyRule& rule)
{
    const bool wasLoading = loading_;
    loading_ = true;
    const int row = table_->rowCount();
    table_->insertRow(row);
    auto* on = new QTableWidgetItem;
    on->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    on->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
    on->setToolTip(tr("Whether this rule answers."));
    table_->setItem(row, On, on);
    auto* match = new QComboBox;
    match->addItem(tr("Exact"), int(AutoReplyRule::Match::Exact));
    match->addItem(tr("Prefix"), int(AutoReplyRule::Match::Prefix));
    match->addItem(tr("Regex"), int(AutoReplyRule::Match::Regex));
    match->setCurrentIndex(match->findData(int(rule.match)));
    match->setToolTip(tr("Exact: the received bytes are the pattern. Prefix: they start with it. Regex: a "
                         "QRegularExpression (Perl syntax) found anywhere in them."));
    table_->setCellWidget(row, MatchKind, match);
    auto* pattern = new QTableWidgetItem(rule.pattern);
    pattern->setToolTip(tr("Exact and Prefix take C escapes (\\r \\n \\t \\xHH); Regex takes an expression such as "
                           "^PING (\\w+)."));
    table_->setItem(row, Pattern, pattern);
    auto* reply = new QComboBox;
    reply->addItem(tr("Text"), int(AutoReplyRule::Reply::Text));
    reply->addItem(tr("C escapes"), int(AutoReplyRule::Reply::Escapes));
    reply->addItem(tr("Hex"), int(AutoReplyRule::Reply::Hex));
    reply->setCurrentIndex(reply->findData(int(rule.reply)));
    reply->setToolTip(tr("How the reply is written: Text as is, C escapes, or Hex byte pairs; \\0 … \\9 are "
                         "back-references in each."));
    table_->setCellWidget(row, ReplyKind, reply);
    auto* response = new QTableWidgetItem(rule.response);
    response->setToolTip(tr("What to send back, e.g. PONG \\1\\r\\n."));
    table_->setItem(row, Response, response);
    auto* delay = new QSpinBox;
    delay->setRange(0, AutoReplyRules::maxDelayMs);
    delay->setSuffix(tr(" ms"));
    delay->setValue(rule.delayMs);
    delay->setToolTip(tr("Wait this long before answering (a slow server)."));
    table_->setCellWidget(row, Delay, delay);
    connect(match, &QComboBox::currentIndexChanged, this, [this] { edited(); });
    connect(reply, &QComboBox::currentIndexChanged, this, [this] { edited(); });
    connect(delay, &QSpinBox::valueChanged, this, [this] { edited(); });
    loading_ = wasLoading;
    edited();
}

QList<AutoReplyRule> AutoReplyEditor::rules() const
{
    QList<AutoReplyRule> out;
    for (int row = 0; row < table_->rowCount(); ++row) {
        AutoReplyRule r;
        r.enabled = table_->item(row, On)->checkState() == Qt::Checked;
        r.match = static_cast<AutoReplyRule::Match>(
            static_cast<QComboBox*>(table_->cellWidget(row, MatchKind))->currentData().toInt());
        r.pattern = table_->item(row, Pattern)->text();
        r.reply = static_cast<AutoReplyRule::Reply>(
            static_cast<QComboBox*>(table_->cellWidget(row, ReplyKind))->currentData().toInt());
        r.response = table_->item(row, Response)->text();
        r.delayMs = static_cast<QSpinBox*>(table_->cellWidget(row, Delay))->value();
        out << r;
    }
    return out;
}

void AutoReplyEditor::setRules(const QList<AutoReplyRule>& rules)
{
    loading_ = true;
    table_->setRowCount(0);
    for (const AutoReplyRule& r : rules)
        addRule(r);
    loading_ = false;
    edited();
}

bool AutoReplyEditor::check(AutoReplyRules& out)
{
    QString error;
    int bad = -1;
    bool inReply = false;
    const bool ok = out.setRules(rules(), &error, &bad, &inReply);
    for (int row = 0; row < table_->rowCount(); ++row)
        for (const int column : {int(Pattern), int(Response)})
            if (QTableWidgetItem* item = table_->item(row, column))
                item->setBackground(ok || row != bad || column != (inReply ? Response : Pattern)
                                        ? QBrush()
                                        : QBrush(errorBaseColor(palette())));
    message_->setText(error);
    message_->setVisible(!ok);
    return ok;
}

void AutoReplyEditor::edited()
{
    if (loading_)
        return;
    loading_ = true; // the highlight is an item change too
    AutoReplyRules compiled;
    const bool ok = check(compiled);
    loading_ = false;
    if (ok)
        emit rulesChanged(compiled);
}

QStringList AutoReplyEditor::toStrings(const AutoReplyRule& r)
{
    return {r.enabled ? QStringLiteral("1") : QStringLiteral("0"), QString::number(int(r.match)), r.pattern,
            QString::number(int(r.reply)), r.response, QString::number(r.delayMs)};
}

AutoReplyRule AutoReplyEditor::fromStrings(const QStringList& f)
{
    AutoReplyRule r;
    if (f.size() < 6)
        return r;
    r.enabled = f.at(0) == QLatin1String("1");
    r.match = static_cast<AutoReplyRule::Match>(std::clamp(f.at(1).toInt(), 0, 2));
    r.pattern = f.at(2);
    r.reply = static_cast<AutoReplyRule::Reply>(std::clamp(f.at(3).toInt(), 0, 2));
    r.response = f.at(4);
    r.delayMs = std::clamp(f.at(5).toInt(), 0, AutoReplyRules::maxDelayMs);
    return r;
}

} // namespace sockscope
