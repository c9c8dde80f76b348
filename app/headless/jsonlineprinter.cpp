#include "jsonlineprinter.h"

#include "text/htmltotext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fedibell {

using namespace Qt::StringLiterals;

JsonLinePrinter::JsonLinePrinter(std::FILE *out)
    : m_out(out)
{}

QByteArray JsonLinePrinter::format(const QString &accountName, const DirectMessage &message)
{
    const Status &status = message.status;
    const QJsonObject line{
        {u"account"_s, accountName},
        {u"kind"_s, message.kind == DirectMessage::Kind::Direct ? u"direct"_s : u"mention"_s},
        {u"conversation_id"_s,
         message.conversationId.isEmpty() ? QJsonValue() : QJsonValue(message.conversationId)},
        {u"status_id"_s, status.id},
        {u"created_at"_s, status.createdAt},
        {u"from"_s, status.account.acct},
        {u"from_name"_s, status.account.bestName()},
        {u"url"_s, status.url},
        {u"spoiler_text"_s, status.spoilerText},
        {u"text"_s, HtmlToText::convert(status.content)},
    };
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    return bytes;
}

void JsonLinePrinter::print(const QString &accountName, const DirectMessage &message)
{
    const QByteArray bytes = format(accountName, message);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
    std::fflush(m_out);
}

} // namespace fedibell
