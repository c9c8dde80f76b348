#include "jsonlineprinter.h"

namespace fedibell {

using namespace Qt::StringLiterals;

JsonLinePrinter::JsonLinePrinter(std::FILE *out)
    : m_out(out)
{}

namespace {

// Appends `text` as a JSON string. Written by hand: this runs once per announced message and
// building a QJsonObject first costs more than the rest of the line.
void appendString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            if (byte < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
                out.append(escaped, sizeof(escaped));
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendField(QByteArray &out, const char *name, QStringView value, bool first = false)
{
    if (!first) {
        out.append(',');
    }
    out.append('"').append(name).append("\":");
    appendString(out, value);
}

QStringView kindName(IncomingMessage::Kind kind)
{
    switch (kind) {
    case IncomingMessage::Kind::Direct:
        break;
    case IncomingMessage::Kind::Mention:
        return u"mention";
    case IncomingMessage::Kind::Chat:
        return u"chat";
    case IncomingMessage::Kind::Request:
        return u"request";
    }
    return u"direct";
}

} // namespace

QByteArray JsonLinePrinter::format(const QString &accountName, const IncomingMessage &message)
{
    const Status &status = message.status;
    QByteArray line;
    line.reserve(512 + status.content.size());
    line.append('{');
    appendField(line, "account", accountName, true);
    appendField(line, "kind", kindName(message.kind));
    if (message.conversationId.isEmpty()) {
        line.append(",\"conversation_id\":null");
    } else {
        appendField(line, "conversation_id", message.conversationId);
    }
    appendField(line, "status_id", status.id);
    appendField(line, "created_at", status.createdAt);
    appendField(line, "from", status.account.acct);
    appendField(line, "from_name", status.account.bestName());
    appendField(line, "url", status.url);
    appendField(line, "spoiler_text", status.spoilerText);
    appendField(line, "text", message.text);
    line.append("}\n");
    return line;
}

void JsonLinePrinter::print(const QString &accountName, const IncomingMessage &message)
{
    const QByteArray bytes = format(accountName, message);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
    std::fflush(m_out);
}

} // namespace fedibell
