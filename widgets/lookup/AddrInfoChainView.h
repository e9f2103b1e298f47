#pragma once
// The list getaddrinfo returns, drawn as the linked structures it is: one box per struct addrinfo
// with its fields (ai_addr decoded as the sockaddr_in or sockaddr_in6 it points to), an arrow
// labelled ai_next to the next box, and NULL after the last. Boxes wrap into rows to fit the width;
// a page too narrow for one box scrolls. Colours come from the palette (one hue per family).

#include "Resolver.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace sockscope {

class AddrInfoChainView : public QWidget {
    Q_OBJECT
public:
    explicit AddrInfoChainView(QWidget* parent = nullptr);

    void setEntries(std::vector<AddrInfoEntry> entries);
    // No list: shows `message` instead (nothing run yet, or getaddrinfo failed and res stays unset).
    void showMessage(const QString& message);

    const std::vector<AddrInfoEntry>& entries() const { return entries_; }
    QString message() const { return message_; }
    // The fields of the index-th box as drawn, one "name value" line each (tests, accessibility).
    QStringList boxLines(std::size_t index) const;
    int columnCount() const { return columns_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Line {
        QString name;  // "ai_family", or "  sin_port" for a decoded ai_addr field
        QString value;
        QString toolTip;
    };
    struct Metrics {
        int margin, pad, lineHeight, nameWidth, boxWidth, boxHeight, slotWidth, nullWidth, rowGap;
    };
    std::vector<Line> linesFor(const AddrInfoEntry& e) const;
    Metrics metrics() const;
    QFont fieldFont() const;
    int columnsFor(int width, const Metrics& m) const;
    int heightFor(int columns, const Metrics& m) const;
    QRect boxRect(std::size_t index, const Metrics& m) const;
    void relayout();

    std::vector<AddrInfoEntry> entries_;
    std::vector<std::vector<Line>> lines_;
    QString message_;
    int columns_ = 1;
};

} // namespace sockscope
