#pragma once
// The ladder diagram: one vertical line per endpoint, the socket calls on the left, and each packet
// as an arrow from its sender's line to its receiver's, labelled with its flags and relative numbers,
// one row per event in time order (loopback delivers in microseconds: a time scale would draw every
// arrow flat on top of the others). Only the rows in view are painted, so 20,000 rows scroll freely.
// Click a packet or move with the arrow keys to select it.

#include "WireTimeline.h"

#include <QAbstractScrollArea>

namespace sockscope {

class WireLadderView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit WireLadderView(QWidget* parent = nullptr);

    void setTimeline(const WireTimeline* timeline); // not owned; call timelineChanged() after each change
    void timelineChanged();
    // The selected row, or -1; selecting scrolls it into view.
    int selectedRow() const { return selected_; }
    void selectRow(int row);
    // Keeps the newest row in view as rows arrive (off once the user scrolls up).
    void setFollow(bool on) { follow_ = on; }
    bool follows() const { return follow_; }

    int rowHeight() const;
    // The whole diagram (at most maxImageRows rows from the first shown) as an image, for Save image.
    static constexpr int maxImageRows = 2000;
    QImage renderImage(int firstRow, int rowCount) const;
    // The same rows as an SVG file (vector: it scales in a slide or a handout). False if it could not be written.
    bool renderSvg(const QString& path, int firstRow, int rowCount) const;

signals:
    void rowSelected(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateScrollRange();
    void paint(QPainter& p, int width, int top, int height, int firstRow, int lastRow, int yOffset) const;
    int headerHeight() const;
    int timeWidth() const;
    int callWidth() const;

    const WireTimeline* timeline_ = nullptr;
    int selected_ = -1;
    bool follow_ = true;
};

} // namespace sockscope
