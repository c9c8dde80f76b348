#pragma once

// What every entity that a parser returns must look like, whichever JSON library read it.

#include "api/entities.h"
#include "api/entityid.h"
#include "api/entityreader.h"
#include "fuzzcheck.h"

namespace fedibell::FuzzChecks {

inline bool isShortText(const QString &text)
{
    return text.size() <= EntityReader::kMaxShortTextLength;
}

inline void checkAccount(const Account &account)
{
    FEDIBELL_FUZZ_CHECK(isPlausibleEntityId(account.id));
    FEDIBELL_FUZZ_CHECK(isShortText(account.acct));
    FEDIBELL_FUZZ_CHECK(isShortText(account.username));
    FEDIBELL_FUZZ_CHECK(isShortText(account.displayName));
    FEDIBELL_FUZZ_CHECK(isShortText(account.url));
    FEDIBELL_FUZZ_CHECK(isShortText(account.avatar));
}

inline void checkStatus(const Status &status)
{
    FEDIBELL_FUZZ_CHECK(isPlausibleEntityId(status.id));
    checkAccount(status.account);
    FEDIBELL_FUZZ_CHECK(isShortText(status.createdAt));
    FEDIBELL_FUZZ_CHECK(isShortText(status.visibility));
    FEDIBELL_FUZZ_CHECK(isShortText(status.url));
    FEDIBELL_FUZZ_CHECK(isShortText(status.spoilerText));
    FEDIBELL_FUZZ_CHECK(status.content.size() <= EntityReader::kMaxContentLength);
}

inline void checkConversation(const Conversation &conversation)
{
    FEDIBELL_FUZZ_CHECK(isPlausibleEntityId(conversation.id));
    if (conversation.lastStatus) {
        checkStatus(*conversation.lastStatus);
    }
}

inline void checkNotification(const Notification &notification)
{
    FEDIBELL_FUZZ_CHECK(isPlausibleEntityId(notification.id));
    FEDIBELL_FUZZ_CHECK(isShortText(notification.type));
    if (notification.status) {
        checkStatus(*notification.status);
    }
}

} // namespace fedibell::FuzzChecks
