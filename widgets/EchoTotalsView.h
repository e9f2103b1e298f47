#pragma once
// The echo server's running totals in a compact grid: connections (now, total, refused), bytes and
// messages in and out, errors, truncated datagrams and accept pauses. Counts that mean trouble are
// shown in the error colour once they are above zero.

#include "EchoStats.h"

#include <QString>
#include <QWidget>

class QLabel;

namespace sockscope {

class EchoTotalsView : public QWidget {
    Q_OBJECT
public:
    explicit EchoTotalsView(QWidget* parent = nullptr);

    void setTotals(const EchoTotals& totals);
    void clear();
    // A datagram server has no connections: its connection counts show a dash and say why.
    void setDatagram(bool datagram);
    const EchoTotals& totals() const { return totals_; }

private:
    enum Field { Current, Total, Refused, Errors, AcceptPauses, BytesIn, BytesOut, MessagesIn, MessagesOut,
                 Truncated, FieldCount };
    QLabel* values_[FieldCount] = {};
    QString tips_[FieldCount];
    EchoTotals totals_;
    bool datagram_ = false;
};

} // namespace sockscope
