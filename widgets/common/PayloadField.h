#pragma once
// The bytes a console's send field stands for: text (with the chosen line ending), C escapes or hex.
// A malformed escape or hex digit is shown beside the field and selected in it, as every console does.

#include "PayloadCodec.h"

#include <optional>
#include <string>

class QLineEdit;

namespace sockscope {

class FieldFeedback;

enum class PayloadSyntax { Text, Escapes, Hex };

// The field's bytes, or nothing when it does not parse (the error is then in `feedback`).
std::optional<std::string> payloadFromField(QLineEdit* field, PayloadSyntax syntax, LineEnding ending,
                                            FieldFeedback* feedback);

} // namespace sockscope
