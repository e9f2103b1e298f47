#include "ConsoleTranscript.h"

#include "PayloadCodec.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QHash>
#include <QTextLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace sockscope {

// Whether a code point shows as a glyph in the transcript's font (or a font Qt falls back to): a box
// teaches nothing, its bytes do. Asked once per code point.
class GlyphCheck {
public:
    explicit GlyphCheck(const QFont& font) : font_(font), metrics_(font) {}
    bool shows(char32_t cp)
    {
        if (!QChar::isPrint(cp))
            return false;
        if (metrics_.inFontUcs4(cp))
            return true;
        const auto it = cache_.constFind(cp);
        if (it != cache_.constEnd())
            return *it;
        QTextLayout layout(QString::fromUcs4(&cp, 1), font_);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        bool found = false;
        for (const QGlyphRun& run : layout.glyphRuns()) {
            const QList<quint32> glyphs = run.glyphIndexes();
            found = !glyphs.isEmpty() && !glyphs.contains(0u);
        }
        cache_.insert(cp, found);
        return found;
    }

private:
    QFont font_;
    QFontMetrics metrics_;
    QHash<char32_t, bool> cache_;
};

namespace {

// One received line as text: valid UTF-8 shown as such, control characters, bytes that are not UTF-8
// and characters that would show as a box (unprintable, or in no font here) as C escapes of their
// bytes, the LF that ended it as \n, so CRLF and stray bytes are visible.
QString textLine(const QByteArray& bytes, GlyphCheck& glyphs)
{
    QString out;
    out.reserve(bytes.size() + 8);
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    const auto escape = [&](qsizetype at, int count) {
        for (int k = 0; k < count; ++k)
            out += QStringLiteral("\\x%1").arg(b[at + k], 2, 16, QLatin1Char('0'));
    };
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = b[i];
        if (c < 0x80) {
            switch (c) {
            case '\r': out += QLatin1String("\\r"); break;
            case '\n': out += QLatin1String("\\n"); break;
            case '\t': out += QLatin1String("\\t"); break;
            case 0: out += QLatin1String("\\0"); break;
            default:
                if (c < 0x20 || c == 0x7f)
                    escape(i, 1);
                else
                    out += QLatin1Char(static_cast<char>(c));
            }
            ++i;
            continue;
        }
        const int len = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k)
            ok = (b[i + k] & 0xc0) == 0x80;
        const QString decoded = ok ? QString::fromUtf8(bytes.constData() + i, len) : QString();
        const QList<uint> ucs4 = decoded.toUcs4();
        if (ok && ucs4.size() == 1 && !decoded.contains(QChar::ReplacementCharacter) && glyphs.shows(ucs4.front())) {
            out += decoded;
            i += len;
        } else if (ok && !decoded.contains(QChar::ReplacementCharacter)) {
            escape(i, len); // valid UTF-8, but it would show as a box: its bytes
            i += len;
        } else {
            escape(i, 1);
            ++i;
        }
    }
    return out;
}

} // namespace

ConsoleTranscript::~ConsoleTranscript() = default;

ConsoleTranscript::ConsoleTranscript(QWidget* parent) : QWidget(parent), edit_(new QPlainTextEdit)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    edit_->setObjectName(QStringLiteral("consoleTranscript"));
    edit_->setReadOnly(true);
    edit_->setLineWrapMode(QPlainTextEdit::NoWrap); // wrapping a megabyte-long line would stall layout
    edit_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    glyphs_ = std::make_unique<GlyphCheck>(edit_->font());
    edit_->setMaximumBlockCount(5000);
    edit_->setUndoRedoEnabled(false);
    edit_->setToolTip(tr("→ sent, ← received; time, size and, for datagrams, the sender of each chunk."));
    layout->addWidget(edit_);

    pager_ = new QWidget;
    auto* bar = new QHBoxLayout(pager_);
    bar->setContentsMargins(0, 0, 0, 0);
    previous_ = new QPushButton(tr("◀ Previous"));
    previous_->setObjectName(QStringLiteral("consolePagePrevious"));
    next_ = new QPushButton(tr("Next ▶"));
    next_->setObjectName(QStringLiteral("consolePageNext"));
    last_ = new QPushButton(tr("Last (follow)"));
    last_->setObjectName(QStringLiteral("consolePageLast"));
    last_->setToolTip(tr("Show the newest page and keep showing it as data arrives."));
    pageLabel_ = new QLabel;
    pageLabel_->setObjectName(QStringLiteral("consolePageLabel"));
    bar->addWidget(previous_);
    bar->addWidget(pageLabel_);
    bar->addWidget(next_);
    bar->addWidget(last_);
    bar->addStretch(1);
    pager_->hide();
    layout->addWidget(pager_);
    connect(previous_, &QPushButton::clicked, this, [this] { showPage(page_ - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { showPage(page_ + 1); });
    connect(last_, &QPushButton::clicked, this, [this] { showPage(pageCount() - 1); });
}

int ConsoleTranscript::pageCount() const
{
    return std::max(1, static_cast<int>((stream_.size() + pageBytes - 1) / pageBytes));
}

void ConsoleTranscript::showPage(int page)
{
    page_ = std::clamp(page, 0, pageCount() - 1);
    following_ = page_ == pageCount() - 1;
    refreshPage();
}

QString ConsoleTranscript::pageLabelText() const
{
    // A byte count past 2 GiB does not fit %n's int: the size is written out instead.
    return tr("Page %1 of %2 (%3 received)")
        .arg(page_ + 1)
        .arg(pageCount())
        .arg(QLocale().formattedDataSize(received_, 1, QLocale::DataSizeTraditionalFormat));
}

void ConsoleTranscript::refreshPage()
{
    if (view_ != View::Pages)
        return;
    if (following_)
        page_ = pageCount() - 1;
    const qsizetype start = qsizetype(page_) * pageBytes;
    const qsizetype n = std::clamp<qsizetype>(stream_.size() - start, 0, pageBytes);
    const std::string dump = hexDump(stream_.constData() + start, static_cast<std::size_t>(n),
                                     static_cast<std::size_t>(streamStart_ + start));
    edit_->setPlainText(QString::fromLatin1(dump.data(), static_cast<qsizetype>(dump.size())));
    pageLabel_->setText(pageLabelText());
    previous_->setEnabled(page_ > 0);
    next_->setEnabled(page_ < pageCount() - 1);
}

int ConsoleTranscript::render(const Entry& e, QStringList& out, int budget, bool full) const
{
    const int before = out.size();
    if (!e.note.isEmpty()) {
        out << QStringLiteral("-- %1").arg(e.note);
        return 1;
    }
    const ClientChunk& c = e.chunk;
    const QString time = QDateTime::fromMSecsSinceEpoch(c.timeUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
    if (c.summary) {
        out << tr("%1 → %2").arg(time, c.note);
        return 1;
    }
    QString header = c.outgoing ? tr("%1 → %n byte(s)", nullptr, static_cast<int>(c.bytes.size())).arg(time)
                                : tr("%1 ← %n byte(s)", nullptr, static_cast<int>(c.bytes.size())).arg(time);
    if (!c.from.isEmpty())
        header += c.outgoing ? tr(" to %1").arg(c.from) : tr(" from %1").arg(c.from);
    if (!c.note.isEmpty())
        header += QStringLiteral(" (%1)").arg(c.note);
    out << header;
    const auto room = [&] { return full || out.size() - before < budget; };
    if (view_ != View::Hex) {
        qsizetype start = 0;
        while (start < c.bytes.size() && room()) {
            qsizetype end = c.bytes.indexOf('\n', start);
            end = end < 0 ? c.bytes.size() : end + 1;
            // Only what the budget can show is decoded: a 64 KiB line of NULs is not escaped whole.
            const qsizetype cap = full ? end - start
                                       : std::min<qsizetype>(end - start,
                                                             qsizetype(budget - (out.size() - before)) * pieceChars + 4);
            const QString line = textLine(c.bytes.mid(start, cap), *glyphs_);
            for (qsizetype p = 0; p < line.size() && room(); p += pieceChars)
                out << QStringLiteral("  ") + line.mid(p, pieceChars);
            start = end;
        }
    }
    if (view_ != View::Text) {
        const qsizetype shown = full ? c.bytes.size()
                                     : std::min<qsizetype>(c.bytes.size(), qsizetype(maxHexLinesPerChunk) * 16);
        const std::string dump = hexDump(c.bytes.constData(), static_cast<std::size_t>(shown), 0);
        for (const QString& line : QString::fromLatin1(dump.data(), static_cast<qsizetype>(dump.size()))
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!room())
                break;
            out << QStringLiteral("  ") + line;
        }
        if (shown < c.bytes.size())
            out << tr("  … %n more byte(s) in this chunk (Save transcript… keeps them all)", nullptr,
                      static_cast<int>(c.bytes.size() - shown));
    }
    return out.size() - before;
}

void ConsoleTranscript::append(const QList<ClientChunk>& batch)
{
    QElapsedTimer clock;
    clock.start();
    const int budget = lineBudget_;
    QStringList lines;
    int skipped = 0;
    for (const ClientChunk& c : batch) {
        (c.outgoing ? sent_ : received_) += c.bytes.size() + c.unshownBytes;
        if (!c.outgoing)
            stream_ += c.bytes;
        Entry e{c, {}};
        if (view_ != View::Pages) { // the pages render from stream_
            if (lines.size() < budget)
                render(e, lines, budget - static_cast<int>(lines.size()), false);
            else
                ++skipped;
        }
        keptBytes_ += cost(e);
        entries_.push_back(std::move(e));
    }
    if (skipped)
        lines << tr("-- %n more chunk(s) arrived faster than they can be shown; Save transcript… keeps them",
                    nullptr, skipped);
    trim();
    if (view_ == View::Pages) {
        if (following_)
            refreshPage();
        else
            pageLabel_->setText(pageLabelText());
        return;
    }
    if (!lines.isEmpty()) {
        // One append per batch; stay at the bottom only when the user is there.
        QScrollBar* bar = edit_->verticalScrollBar();
        const bool atBottom = bar->value() >= bar->maximum() - 2;
        edit_->appendPlainText(lines.join(QLatin1Char('\n')));
        if (atBottom)
            bar->setValue(bar->maximum());
        // The next batch may draw as many lines as this one's cost per line fits in the budget.
        const qint64 perLine = std::max<qint64>(1, clock.nsecsElapsed() / lines.size());
        lineBudget_ = static_cast<int>(std::clamp<qint64>(drawBudgetNs / perLine, minLinesPerBatch, maxLinesPerBatch));
    }
}

void ConsoleTranscript::note(const QString& text)
{
    Entry e{{}, text};
    keptBytes_ += cost(e);
    entries_.push_back(e);
    trim();
    if (view_ == View::Pages)
        return;
    QStringList lines;
    render(e, lines, 1, false);
    edit_->appendPlainText(lines.join(QLatin1Char('\n')));
}

void ConsoleTranscript::trim()
{
    // The page stream drops its oldest bytes in whole pages, so page boundaries stay put.
    if (stream_.size() > byteLimit_ + pageBytes) {
        const qsizetype drop = (stream_.size() - byteLimit_) / pageBytes * pageBytes;
        stream_.remove(0, drop);
        streamStart_ += drop;
        page_ = std::max(0, page_ - static_cast<int>(drop / pageBytes));
    }
    while (keptBytes_ > byteLimit_ && !entries_.isEmpty()) {
        keptBytes_ -= cost(entries_.front());
        entries_.pop_front();
    }
}

void ConsoleTranscript::clear()
{
    entries_.clear();
    keptBytes_ = 0;
    received_ = sent_ = 0;
    stream_.clear();
    streamStart_ = 0;
    page_ = 0;
    following_ = true;
    edit_->clear();
    refreshPage();
}

void ConsoleTranscript::setView(View view)
{
    if (view == view_)
        return;
    view_ = view;
    pager_->setVisible(view_ == View::Pages);
    if (view_ == View::Pages) {
        following_ = true;
        refreshPage();
        return;
    }
    rerender();
}

void ConsoleTranscript::setLineLimit(int lines) { edit_->setMaximumBlockCount(std::max(100, lines)); }

void ConsoleTranscript::setByteLimit(qsizetype bytes)
{
    byteLimit_ = std::max<qsizetype>(4096, bytes);
    trim();
}

void ConsoleTranscript::rerender()
{
    // Only the tail that fits the line limit is rendered: the rest would be dropped by the view anyway.
    QStringList lines;
    const int limit = edit_->maximumBlockCount();
    QList<QStringList> parts;
    int total = 0;
    for (qsizetype i = entries_.size() - 1; i >= 0 && total < limit; --i) {
        QStringList one;
        total += render(entries_.at(i), one, limit, false);
        parts.prepend(one);
    }
    for (const QStringList& p : parts)
        lines += p;
    edit_->setPlainText(lines.join(QLatin1Char('\n')));
    edit_->verticalScrollBar()->setValue(edit_->verticalScrollBar()->maximum());
}

QString ConsoleTranscript::fullText() const
{
    QStringList lines;
    for (const Entry& e : entries_)
        render(e, lines, 0, true);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace sockscope
