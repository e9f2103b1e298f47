#pragma once
// A TLS handshake's summary as connect prints it: the "tls" object of `--json` (shared/CLI.md) and
// the few lines on stderr without it.

#include "TlsSummary.h"

#include <QJsonObject>
#include <QString>

namespace sockscope::cli {

QJsonObject tlsSummaryJson(const TlsSummary& summary);
// "TLSv1.3, TLS_AES_256_GCM_SHA384, ALPN h2\ncertificate: CN=localhost, issued by CN=Test CA, …"
QString tlsSummaryText(const TlsSummary& summary);

} // namespace sockscope::cli
