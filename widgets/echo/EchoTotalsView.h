#pragma once
// The echo server's running totals in a compact grid: connections (now, total, refused), bytes and
// messages in and out, errors, truncated datagrams and accept pauses. Counts that mean trouble are
// shown in the error colour once they are above zero. Two columns of pairs where the width allows,
// one where it does not, so the page still fits a small (or scaled) screen.

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
    int columnCount() const { return columns_; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    enum Field { Current, Total, Refused, Errors, AcceptPauses, BytesIn, BytesOut, MessagesIn, MessagesOut,
                 Truncated, FieldCount };
    void arrange(int columns);
    int twoColumnWidth() const;

    QLabel* labels_[FieldCount] = {};
    QLabel* values_[FieldCount] = {};
    int columns_ = 0;
    QString tips_[FieldCount];
    EchoTotals totals_;
    bool datagram_ = false;
};

} // namespace sockscope
