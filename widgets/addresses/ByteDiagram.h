#pragma once
// Bytes drawn as they lie in memory: one box per byte, lowest address first, wrapped into rows,
// each box labelled with its offset, and the boxes of one field (a span) sharing a colour with the
// field's name written under them. Used for socket address structures and for byte order.

#include <QColor>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <vector>

namespace sockscope {

struct ByteSpan {
    QString name;         // written under the span's boxes: "sin_port"
    std::size_t offset = 0;
    std::size_t size = 0;
    QString toolTip;      // what the field is, shown when hovering its bytes
    bool padding = false; // drawn without a hue: padding or unused space
};

class ByteDiagram : public QWidget {
    Q_OBJECT
public:
    explicit ByteDiagram(QWidget* parent = nullptr);

    // The bytes and the spans (fields) that cover them; bytes outside every span are padding.
    void setBytes(std::vector<std::uint8_t> bytes, std::vector<ByteSpan> spans);
    void clear();
    // Bytes from `length` on are drawn dimmed and hatched (e.g. beyond the socklen a program passes).
    void setUsedLength(std::size_t length);
    void setBytesPerRow(int count);
    // Text before every offset label: "+" gives "+0 +1 +2 +3".
    void setOffsetPrefix(const QString& prefix);
    // Widens every box so that `sample` fits under it as a span name (for one-byte spans).
    void setMinimumCellText(const QString& sample);

    // The fill of the index-th span, so a table listing the spans can show the same colour.
    QColor spanColor(std::size_t index) const;
    const std::vector<ByteSpan>& spans() const { return spans_; }
    const std::vector<std::uint8_t>& bytes() const { return bytes_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Metrics {
        int cellWidth, cellHeight, offsetHeight, nameHeight, rowGap, margin;
        int rowHeight() const { return offsetHeight + cellHeight + nameHeight + rowGap; }
    };
    Metrics metrics() const;
    QFont hexFont() const;
    QFont smallFont() const;
    int rowCount() const;
    QRect cellRect(std::size_t index, const Metrics& m) const;
    int spanAt(std::size_t byteIndex) const; // -1: no span
    void updateAccessibleText();

    std::vector<std::uint8_t> bytes_;
    std::vector<ByteSpan> spans_;
    std::size_t usedLength_ = SIZE_MAX;
    int bytesPerRow_ = 16;
    QString offsetPrefix_;
    QString minimumCellText_;
};

} // namespace sockscope
