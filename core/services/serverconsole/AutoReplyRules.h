#pragma once
// The server console's automatic replies: a list of (match → reply) rules tried in order against
// the bytes of each recv() (each datagram), the first that matches answering. A match is exact bytes,
// a prefix (both written with C escapes) or a QRegularExpression over the bytes read as Latin-1, so
// every byte is one character and a back-reference gives back exactly the bytes it matched. A reply
// is text, C escapes or hex, with \0 … \9 standing for the match (\0 the whole of it, for an exact
// or prefix rule the whole chunk; for a prefix, \1 is what follows it). Each rule may wait some milliseconds before it answers.
//
// Replies are bounded by AutoReplyBudget: a rule answering an echo peer would otherwise loop for
// ever, so at most `burst` replies go to one peer in a row, refilled at `perSecond`; the rest are
// counted, not sent.

#include "PayloadCodec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QRegularExpression>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>

namespace sockscope {

struct AutoReplyRule {
    enum class Match { Exact, Prefix, Regex };
    enum class Reply { Text, Escapes, Hex };
    Match match = Match::Exact;
    QString pattern;  // C escapes for Exact and Prefix; a regular expression for Regex
    Reply reply = Reply::Text;
    QString response; // with \0 … \9 back-references
    int delayMs = 0;
    bool enabled = true;
};

// What answers one received chunk.
struct AutoReplyAnswer {
    int rule = -1;     // index of the rule that matched
    QByteArray bytes;  // the reply, back-references filled in
    int delayMs = 0;
};

class AutoReplyRules {
    Q_DECLARE_TR_FUNCTIONS(AutoReplyRules)
public:
    static constexpr int maxRules = 64;
    static constexpr int maxDelayMs = 60000;
    static constexpr qsizetype maxReplyBytes = 64 * 1024;

    // Checks every rule; false leaves the rules as they were. `error` names the rule, the field
    // ("match" or "reply") and the position of the first bad character, in the user's words.
    bool setRules(const QList<AutoReplyRule>& rules, QString* error = nullptr, int* badRule = nullptr,
                  bool* inReply = nullptr);
    // The same check for one rule, for the editor's fields.
    static QString checkMatch(const AutoReplyRule& rule);
    static QString checkReply(const AutoReplyRule& rule);

    [[nodiscard]] const QList<AutoReplyRule>& rules() const { return rules_; }
    [[nodiscard]] bool isEmpty() const { return compiled_.empty(); }
    // The first enabled rule that matches `received`, with its reply.
    [[nodiscard]] std::optional<AutoReplyAnswer> answer(const QByteArray& received) const;

private:
    // A reply as pieces: literal bytes, or a back-reference (group >= 0).
    struct Piece {
        QByteArray bytes;
        int group = -1;
    };
    struct Compiled {
        int index = 0;
        AutoReplyRule::Match match = AutoReplyRule::Match::Exact;
        QByteArray literal;
        QRegularExpression regex;
        QList<Piece> reply;
        int delayMs = 0;
    };
    static QString compileMatch(const AutoReplyRule& rule, Compiled& out);
    static QString compileReply(const AutoReplyRule& rule, int groups, Compiled& out);

    QList<AutoReplyRule> rules_;
    std::vector<Compiled> compiled_;
};

// The rate cap: a token bucket per peer. Time is passed in, so tests need no clock.
class AutoReplyBudget {
public:
    static constexpr int defaultBurst = 20;
    static constexpr double defaultPerSecond = 10.0;

    explicit AutoReplyBudget(int burst = defaultBurst, double perSecond = defaultPerSecond)
        : burst_(burst), perSecond_(perSecond) {}
    // Takes one reply's token for `peer` at `nowMs` (any steady clock); false: over the cap, counted.
    bool take(std::uint64_t peer, std::int64_t nowMs);
    void forget(std::uint64_t peer) { buckets_.erase(peer); }
    [[nodiscard]] std::uint64_t stopped() const { return stopped_; }
    [[nodiscard]] int burst() const { return burst_; }
    [[nodiscard]] double perSecond() const { return perSecond_; }

private:
    struct Bucket {
        double tokens = 0;
        std::int64_t lastMs = 0;
    };
    int burst_;
    double perSecond_;
    std::map<std::uint64_t, Bucket> buckets_;
    std::uint64_t stopped_ = 0;
};

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::AutoReplyRule)
