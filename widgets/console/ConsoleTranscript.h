#pragma once
// The console's transcript: what was sent and received, chunk by chunk, with time and direction,
// shown as text, hex or both. Bounded twice: the chunks kept (a byte limit, oldest dropped first)
// and the lines shown (a line limit). Each batch renders at most as many new lines as fit a share of
// the GUI thread's time, learnt from what the last batches cost, so a fast stream can never freeze the
// GUI however slow the machine. Lines never wrap; a huge line is cut into pieces.

#include "ClientSessionService.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sockscope {

class GlyphCheck;

class ConsoleTranscript : public QWidget {
    Q_OBJECT
public:
    // Pages: the received bytes as one stream, a hex dump page by page (offsets count from the
    // first byte received), for long transfers where a chunk-by-chunk view is too much.
    enum class View { Text, Hex, Both, Pages };
    static constexpr qsizetype pageBytes = 4096;
    static constexpr int maxLinesPerBatch = 2000;
    static constexpr int minLinesPerBatch = 20;
    // Batches come every 50 ms; drawing one may take this long, so half the GUI thread stays free.
    static constexpr qint64 drawBudgetNs = 20'000'000;
    static constexpr int maxHexLinesPerChunk = 64;
    static constexpr int pieceChars = 256; // a longer line is shown in pieces of this many characters

    explicit ConsoleTranscript(QWidget* parent = nullptr);
    ~ConsoleTranscript() override;

    void append(const QList<ClientChunk>& batch);
    // A line of our own between the chunks: "connected to …", "shutdown(fd, SHUT_WR) = 0: …".
    void note(const QString& text);
    void clear();
    int lineBudget() const { return lineBudget_; } // new lines the next batch may draw

    void setView(View view);
    View view() const { return view_; }
    void setLineLimit(int lines);
    void setByteLimit(qsizetype bytes);

    // Everything kept, as text and hex, for "Save transcript…".
    QString fullText() const;
    QPlainTextEdit* editor() const { return edit_; }
    qint64 receivedBytes() const { return received_; }
    qsizetype keptEntries() const { return entries_.size(); }
    qint64 sentBytes() const { return sent_; }
    int pageCount() const;
    int currentPage() const { return page_; }
    void showPage(int page); // clamped; the last page follows new data

private:
    struct Entry {
        ClientChunk chunk;
        QString note; // set for a note line instead of a chunk
    };
    // What an entry counts against the byte limit: its bytes plus a fixed share for the entry itself,
    // so a flood of empty datagrams or one-byte reads is bounded too.
    static qsizetype cost(const Entry& e) { return e.chunk.bytes.size() + e.note.size() * 2 + 128; }
    // Appends the lines of one entry to `out`, at most `budget` of them; returns how many.
    int render(const Entry& e, QStringList& out, int budget, bool full) const;
    void rerender();
    void trim();

    void refreshPage();
    QString pageLabelText() const;

    QPlainTextEdit* edit_;
    QWidget* pager_;
    QPushButton* previous_;
    QPushButton* next_;
    QPushButton* last_;
    QLabel* pageLabel_;
    QByteArray stream_;        // the received bytes kept for the pages
    qint64 streamStart_ = 0;   // offset of stream_[0] in everything received
    int page_ = 0;
    bool following_ = true;
    QList<Entry> entries_;
    qsizetype keptBytes_ = 0;
    qsizetype byteLimit_ = 4 << 20;
    View view_ = View::Text;
    int lineBudget_ = maxLinesPerBatch;
    std::unique_ptr<GlyphCheck> glyphs_; // which characters this font can show
    qint64 received_ = 0;
    qint64 sent_ = 0;
};

} // namespace sockscope
