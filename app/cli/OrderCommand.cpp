#include "OrderCommand.h"

#include "ByteOrder.h"
#include "CliSupport.h"
#include "CodecMessages.h"
#include "NumberParser.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sockscope::cli {

namespace {

struct Outcome {
    QString input;
    bool ok = false;
    ByteOrderResult result;
    QString error;
    QString code;
};

QString withHex(std::uint32_t v, unsigned bits)
{
    return QStringLiteral("%1 (0x%2)").arg(v).arg(v, static_cast<int>(bits / 4), 16, QLatin1Char('0'));
}

} // namespace

int runOrder(const QStringList& arguments)
{
    CommandLine cl(
        QStringLiteral("order"),
        QStringLiteral(
            "Calls htonl (32 bits) or htons (16 bits) on each VALUE and shows the bytes as they lie "
            "in memory before (host byte order) and after (network byte order, big-endian).\n"
            "Exit status: 0 when every VALUE is valid, 1 when any is not, 2 on a usage error."),
        QStringLiteral("[--bits 16|32] [--json] VALUE..."));
    const QCommandLineOption bitsOption(QStringLiteral("bits"),
                                        QStringLiteral("Width: 32 (htonl, the default) or 16 (htons)."),
                                        QStringLiteral("16|32"), QStringLiteral("32"));
    cl.addOption(bitsOption);
    cl.addJsonOption();
    cl.addPositional(QStringLiteral("VALUE"),
                     QStringLiteral("An unsigned number, decimal or hex with 0x, that fits the width: "
                                    "0 to 4294967295 (0xffffffff) or 0 to 65535 (0xffff)."),
                     QStringLiteral("VALUE..."));
    cl.setNegativeNumbersArePositional(true);
    if (const auto exit = cl.parse(arguments))
        return *exit;

    const QString bitsText = cl.value(bitsOption).trimmed();
    unsigned bits = 0;
    if (bitsText == QStringLiteral("32"))
        bits = 32;
    else if (bitsText == QStringLiteral("16"))
        bits = 16;
    else
        return cl.usageError(
            QStringLiteral("--bits “%1” is not a width of htonl or htons. Allowed: 16 or 32.")
                .arg(displayText(cl.value(bitsOption))));
    const QStringList inputs = cl.positional();
    if (inputs.isEmpty())
        return cl.usageError(QStringLiteral("No value given: name at least one VALUE, e.g. 0x12345678."));

    const std::uint64_t max = bits == 16 ? 0xffffu : 0xffffffffu;
    const ByteOrderFunction function = bits == 16 ? ByteOrderFunction::Htons : ByteOrderFunction::Htonl;
    const QString functionName = QString::fromLatin1(byteOrderFunctionName(function));

    QList<Outcome> outcomes;
    bool allOk = true;
    for (const QString& input : inputs) {
        Outcome o;
        o.input = input;
        const ParsedNumber n = parseUnsigned(input.toStdString(), max);
        if (n.ok()) {
            o.ok = true;
            o.result = convertByteOrder(function, static_cast<std::uint32_t>(n.value));
        } else {
            // Name the input unless the message shows it anyway (too large) or it is empty.
            const bool named =
                n.error == ParsedNumber::Error::TooLarge || n.error == ParsedNumber::Error::Empty;
            const QString what =
                named ? QStringLiteral("Value") : QStringLiteral("Value “%1”").arg(displayText(input));
            o.error = CodecMessages::numberError(n, input, what, max);
            o.code = numberErrorCode(n);
            allOk = false;
        }
        outcomes.append(o);
    }

    if (cl.json()) {
        QJsonArray out;
        for (const Outcome& o : outcomes) {
            QJsonObject obj;
            if (o.ok) {
                obj = QJsonObject{
                    {QStringLiteral("bits"), static_cast<int>(bits)},
                    {QStringLiteral("value"), static_cast<qint64>(o.result.input)},
                    {QStringLiteral("host_hex"), QString::fromStdString(o.result.inputHex())},
                    {QStringLiteral("network_hex"), QString::fromStdString(o.result.outputHex())},
                    {QStringLiteral("network_value"), static_cast<qint64>(o.result.output)},
                };
            } else {
                obj = errorObject(o.error, o.code);
            }
            obj.insert(QStringLiteral("input"), o.input);
            out.append(obj);
        }
        printJson(out);
        return allOk ? ExitSuccess : ExitFailure;
    }

    const Endianness host = hostEndianness();
    printOut(QStringLiteral("host byte order: %1 (%2)\n")
                 .arg(QString::fromLatin1(endiannessName(host)),
                      host == Endianness::Big ? QStringLiteral("htonl and htons change nothing here")
                                              : QStringLiteral("htonl and htons reverse the bytes here")));
    QList<QStringList> rows{{QStringLiteral("input"), QStringLiteral("value"),
                             QStringLiteral("bytes in memory"), functionName + QStringLiteral("(value)"),
                             QStringLiteral("bytes in memory")}};
    for (const Outcome& o : outcomes) {
        if (o.ok)
            rows.append({displayText(o.input), withHex(o.result.input, bits),
                         QString::fromStdString(o.result.inputHex()), withHex(o.result.output, bits),
                         QString::fromStdString(o.result.outputHex())});
    }
    const QStringList lines = formatTable(rows).split(QLatin1Char('\n'));
    qsizetype next = 0;
    if (rows.size() > 1)
        printOut(lines[next++] + QLatin1Char('\n'));
    for (const Outcome& o : outcomes) {
        if (o.ok)
            printOut(lines[next++] + QLatin1Char('\n'));
        else
            cl.diagnostic(o.error + QStringLiteral(" [") + o.code + QLatin1Char(']'));
    }
    return allOk ? ExitSuccess : ExitFailure;
}

} // namespace sockscope::cli
