#pragma once
// What is wrong with typed send data, in the user's words: shared by the client console and the
// socket lab, so both point at the same character with the same sentence.

#include "PayloadCodec.h"

#include <QCoreApplication>
#include <QString>

namespace sockscope {

class PayloadMessages {
    Q_DECLARE_TR_FUNCTIONS(PayloadMessages)
public:
    // The character index in `text` of a parse error's byte position (the codec counts UTF-8 bytes).
    static int characterIndex(const QString& text, const PayloadParse& parse);
    // "Position 4: “q” after the backslash is not an escape. Allowed: …", or empty when parse is ok.
    static QString error(const QString& text, const PayloadParse& parse);
};

} // namespace sockscope
