#include "PayloadField.h"

#include "FieldFeedback.h"
#include "PayloadMessages.h"

#include <QLineEdit>

#include <algorithm>

namespace sockscope {

std::optional<std::string> payloadFromField(QLineEdit* field, PayloadSyntax syntax, LineEnding ending,
                                            FieldFeedback* feedback)
{
    const QString text = field->text();
    if (syntax == PayloadSyntax::Text)
        return encodeText(text.toStdString(), ending);
    const std::string utf8 = text.toStdString();
    const PayloadParse p = syntax == PayloadSyntax::Hex ? parseHex(utf8) : parseEscapes(utf8);
    if (!p.ok()) {
        const int at = PayloadMessages::characterIndex(text, p);
        feedback->setError(PayloadMessages::error(text, p));
        field->setFocus();
        field->setSelection(at, std::min(1, static_cast<int>(text.size()) - at));
        return std::nullopt;
    }
    return p.bytes;
}

} // namespace sockscope
