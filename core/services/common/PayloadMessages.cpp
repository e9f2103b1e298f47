#include "PayloadMessages.h"

#include <QByteArray>

namespace sockscope {

namespace {

QString shownChar(const QString& text, int index)
{
    if (index >= text.size())
        return PayloadMessages::tr("the end");
    const QChar c = text.at(index);
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("“%1”").arg(c);
    return PayloadMessages::tr("character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
}

} // namespace

int PayloadMessages::characterIndex(const QString& text, const PayloadParse& parse)
{
    const QByteArray utf8 = text.toUtf8();
    return static_cast<int>(QString::fromUtf8(utf8.left(static_cast<qsizetype>(parse.position))).size());
}

QString PayloadMessages::error(const QString& text, const PayloadParse& parse)
{
    const int at = characterIndex(text, parse);
    QString why;
    switch (parse.error) {
    case PayloadError::None:
        return {};
    case PayloadError::EscapeAtEnd:
        why = tr("a backslash at the end starts no escape; write \\\\ for a backslash");
        break;
    case PayloadError::UnknownEscape:
        why = tr("%1 after the backslash is not an escape. Allowed: \\r \\n \\t \\a \\b \\f \\v \\\\ \\\" \\' \\0, "
                 "\\xHH, \\NNN (octal)")
                  .arg(shownChar(text, at + 1));
        break;
    case PayloadError::HexEscapeNoDigits:
        why = tr("\\x needs one or two hex digits after it");
        break;
    case PayloadError::OctalEscapeTooLarge:
        why = tr("the octal escape is larger than \\377, the largest byte");
        break;
    case PayloadError::BadHexCharacter:
        why = tr("%1 is not a hex digit. Allowed: 0–9, a–f, A–F, spaces, commas and a 0x prefix")
                  .arg(shownChar(text, at));
        break;
    case PayloadError::OddHexDigits:
        why = tr("an odd number of hex digits; every byte needs two");
        break;
    }
    return tr("Position %1: %2.").arg(at + 1).arg(why);
}

} // namespace sockscope
