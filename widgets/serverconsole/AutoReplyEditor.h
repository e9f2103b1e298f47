#pragma once
// The server console's automatic replies as a table: one rule a row (on, match kind, pattern, reply
// kind, reply, delay), checked by core's AutoReplyRules as it is edited, with the first problem shown
// under the table naming the rule, the field and the position.

#include "AutoReplyRules.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sockscope {

class AutoReplyEditor : public QWidget {
    Q_OBJECT
public:
    enum Column { On, MatchKind, Pattern, ReplyKind, Response, Delay, ColumnCount };

    explicit AutoReplyEditor(QWidget* parent = nullptr);

    QList<AutoReplyRule> rules() const;
    void setRules(const QList<AutoReplyRule>& rules);
    // Checks the rules; the compiled ones in `out` when they are good.
    bool check(AutoReplyRules& out);
    QLabel* messageLabel() const { return message_; }
    QTableWidget* table() const { return table_; }
    void addRule(const AutoReplyRule& rule);

    static QStringList toStrings(const AutoReplyRule& rule);
    static AutoReplyRule fromStrings(const QStringList& fields);

signals:
    // The rules changed and are good: `rules` is what to use now.
    void rulesChanged(const sockscope::AutoReplyRules& rules);

private:
    void edited();

    QTableWidget* table_;
    QPushButton* add_;
    QPushButton* remove_;
    QLabel* message_;
    bool loading_ = false;
};

} // namespace sockscope
