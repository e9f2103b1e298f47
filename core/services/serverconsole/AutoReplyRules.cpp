#include "AutoReplyRules.h"

#include "PayloadMessages.h"

#include <algorithm>
#include <string>

namespace sockscope {

namespace {

// A parse error inside one piece of a template, moved to its place in the whole template.
QString pieceError(const QString& whole, PayloadParse parse, std::size_t pieceStart)
{
    parse.position += pieceStart;
    return PayloadMessages::error(whole, parse);
}

} // namespace

QString AutoReplyRules::compileMatch(const AutoReplyRule& rule, Compiled& out)
{
    out.match = rule.match;
    if (rule.match == AutoReplyRule::Match::Regex) {
        out.regex = QRegularExpression(rule.pattern);
        if (!out.regex.isValid())
            return tr("Position %1: %2.").arg(out.regex.patternErrorOffset() + 1).arg(out.regex.errorString());
        out.regex.optimize();
        return {};
    }
    const PayloadParse p = parseEscapes(rule.pattern.toStdString());
    if (!p.ok())
        return PayloadMessages::error(rule.pattern, p);
    out.literal = QByteArray(p.bytes.data(), static_cast<qsizetype>(p.bytes.size()));
    return {};
}

QString AutoReplyRules::compileReply(const AutoReplyRule& rule, int groups, Compiled& out)
{
    const std::string t = rule.response.toStdString();
    std::string piece;
    std::size_t pieceStart = 0;
    // Each literal piece is decoded by the codec of its mode; a back-reference sits between pieces.
    const auto flush = [&](std::size_t nextStart) -> QString {
        if (!piece.empty()) {
            std::string bytes;
            if (rule.reply == AutoReplyRule::Reply::Text) {
                bytes = piece;
            } else {
                const PayloadParse p = rule.reply == AutoReplyRule::Reply::Hex ? parseHex(piece) : parseEscapes(piece);
                if (!p.ok())
                    return pieceError(rule.response, p, pieceStart);
                bytes = p.bytes;
            }
            Piece literal;
            literal.bytes = QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
            out.reply << literal;
        }
        piece.clear();
        pieceStart = nextStart;
        return {};
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '\\' && i + 1 < t.size() && t[i + 1] >= '0' && t[i + 1] <= '9') {
            const int group = t[i + 1] - '0';
            if (group > groups) {
                const int at = static_cast<int>(QString::fromUtf8(t.data(), static_cast<qsizetype>(i)).size());
                return groups == 0
                           ? tr("Position %1: \\%2 refers to a group, but this match has none; \\0 is the whole match.")
                                 .arg(at + 1)
                                 .arg(group)
                           : tr("Position %1: \\%2 refers to group %2, but the match has only %n group(s).", nullptr, groups)
                                 .arg(at + 1)
                                 .arg(group);
            }
            if (QString e = flush(i + 2); !e.isEmpty())
                return e;
            Piece ref;
            ref.group = group;
            out.reply << ref;
            ++i;
            continue;
        }
        if (c == '\\' && i + 1 < t.size() && rule.reply != AutoReplyRule::Reply::Hex) {
            // Text: \\ is one backslash, any other backslash is itself. Escapes: the pair goes to the codec whole,
            // so \\1 stays a backslash and a 1.
            if (rule.reply == AutoReplyRule::Reply::Text) {
                piece += '\\';
                if (t[i + 1] != '\\')
                    piece += t[i + 1];
            } else {
                piece += c;
                piece += t[i + 1];
            }
            ++i;
            continue;
        }
        piece += c;
    }
    return flush(t.size());
}

QString AutoReplyRules::checkMatch(const AutoReplyRule& rule)
{
    Compiled c;
    return compileMatch(rule, c);
}

QString AutoReplyRules::checkReply(const AutoReplyRule& rule)
{
    Compiled c;
    int groups = rule.match == AutoReplyRule::Match::Prefix ? 1 : 0;
    if (rule.match == AutoReplyRule::Match::Regex) {
        const QRegularExpression re(rule.pattern);
        groups = re.isValid() ? re.captureCount() : 9; // a bad expression is reported on its own field
    }
    return compileReply(rule, groups, c);
}

bool AutoReplyRules::setRules(const QList<AutoReplyRule>& rules, QString* error, int* badRule, bool* inReply)
{
    const auto fail = [&](int index, bool reply, const QString& message) {
        if (error)
            *error = reply ? tr("Rule %1, reply: %2").arg(index + 1).arg(message)
                           : tr("Rule %1, match: %2").arg(index + 1).arg(message);
        if (badRule)
            *badRule = index;
        if (inReply)
            *inReply = reply;
        return false;
    };
    if (rules.size() > maxRules)
        return fail(maxRules, false, tr("at most %1 rules are allowed.").arg(maxRules));
    std::vector<Compiled> compiled;
    for (int i = 0; i < rules.size(); ++i) {
        const AutoReplyRule& r = rules[i];
        Compiled c;
        c.index = i;
        c.delayMs = std::clamp(r.delayMs, 0, maxDelayMs);
        if (QString e = compileMatch(r, c); !e.isEmpty())
            return fail(i, false, e);
        const int groups = r.match == AutoReplyRule::Match::Regex ? c.regex.captureCount()
                           : r.match == AutoReplyRule::Match::Prefix ? 1 : 0;
        if (QString e = compileReply(r, groups, c); !e.isEmpty())
            return fail(i, true, e);
        if (r.enabled)
            compiled.push_back(std::move(c));
    }
    rules_ = rules;
    compiled_ = std::move(compiled);
    return true;
}

std::optional<AutoReplyAnswer> AutoReplyRules::answer(const QByteArray& received) const
{
    for (const Compiled& c : compiled_) {
        QList<QByteArray> groups;
        switch (c.match) {
        case AutoReplyRule::Match::Exact:
            if (received != c.literal)
                continue;
            groups << received;
            break;
        case AutoReplyRule::Match::Prefix:
            if (!received.startsWith(c.literal))
                continue;
            groups << received << received.mid(c.literal.size());
            break;
        case AutoReplyRule::Match::Regex: {
            const QRegularExpressionMatch m = c.regex.match(QString::fromLatin1(received));
            if (!m.hasMatch())
                continue;
            for (int g = 0; g <= c.regex.captureCount(); ++g)
                groups << m.captured(g).toLatin1();
            break;
        }
        }
        AutoReplyAnswer a;
        a.rule = c.index;
        a.delayMs = c.delayMs;
        for (const Piece& p : c.reply) {
            a.bytes += p.group >= 0 ? groups.value(p.group) : p.bytes;
            if (a.bytes.size() > maxReplyBytes) {
                a.bytes.truncate(maxReplyBytes);
                break;
            }
        }
        return a;
    }
    return std::nullopt;
}

bool AutoReplyBudget::take(std::uint64_t peer, std::int64_t nowMs)
{
    auto [it, fresh] = buckets_.try_emplace(peer);
    Bucket& b = it->second;
    if (fresh) {
        b.tokens = burst_;
        b.lastMs = nowMs;
    }
    b.tokens = std::min<double>(burst_, b.tokens + double(nowMs - b.lastMs) * perSecond_ / 1000.0);
    b.lastMs = nowMs;
    if (b.tokens < 1.0) {
        ++stopped_;
        return false;
    }
    b.tokens -= 1.0;
    return true;
}

} // namespace sockscope
