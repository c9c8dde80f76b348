// Feeds InstanceAddress what a user types and what a server announces. The input is up to
// three lines: the address typed for parse(), then the streaming URL an instance announced
// and the address of that instance, both for toStreamingOrigin() (the instance defaults to
// the first line's).

#include "api/instanceaddress.h"
#include "fuzzcheck.h"

#include <QList>

#include <cstddef>
#include <cstdint>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

bool isBareOrigin(const QUrl &url)
{
    return !url.host().isEmpty() && url.userInfo().isEmpty() && url.path().isEmpty()
           && !url.hasQuery() && !url.hasFragment();
}

QUrl checkedParse(const QString &input)
{
    QString error;
    QUrl origin = InstanceAddress::parse(input, &error);
    if (!origin.isValid()) {
        FEDIBELL_FUZZ_CHECK(origin.isEmpty());
        FEDIBELL_FUZZ_CHECK(!error.isEmpty());
        return origin;
    }
    FEDIBELL_FUZZ_CHECK(isBareOrigin(origin));
    FEDIBELL_FUZZ_CHECK(
        origin.scheme() == u"https"
        || (origin.scheme() == u"http" && InstanceAddress::isLoopbackHost(origin.host())));
    // Origins are saved as text and read back, and may be typed in again: both give them back.
    FEDIBELL_FUZZ_CHECK(QUrl(origin.toString()) == origin);
    QString again;
    FEDIBELL_FUZZ_CHECK(InstanceAddress::parse(origin.toString(), &again) == origin);
    return origin;
}

void checkStreamingOrigin(const QUrl &announced, const QUrl &instance)
{
    QString error;
    const QUrl origin = InstanceAddress::toStreamingOrigin(announced, instance, &error);
    if (!origin.isValid()) {
        FEDIBELL_FUZZ_CHECK(origin.isEmpty());
        FEDIBELL_FUZZ_CHECK(!error.isEmpty());
        return;
    }
    FEDIBELL_FUZZ_CHECK(isBareOrigin(origin));
    // Plain ws only between loopback hosts, and only for a plain http instance.
    const bool plainInstance =
        instance.scheme() == u"http" && InstanceAddress::isLoopbackHost(instance.host());
    FEDIBELL_FUZZ_CHECK(origin.scheme() == u"wss"
                        || (origin.scheme() == u"ws" && plainInstance
                            && InstanceAddress::isLoopbackHost(origin.host())));
    const QUrl http = InstanceAddress::toHttpOrigin(origin);
    FEDIBELL_FUZZ_CHECK(http.scheme() == (origin.scheme() == u"wss" ? u"https" : u"http"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QStringView> lines = QStringView(input).split(u'\n');
    const QUrl typed = checkedParse(lines.value(0).toString());
    if (lines.size() < 2) {
        return 0;
    }
    const QUrl announced(lines.value(1).toString(), QUrl::StrictMode);
    const QUrl instance = lines.size() > 2 ? checkedParse(lines.value(2).toString()) : typed;
    checkStreamingOrigin(announced, instance);
    // The instance's own origin is the fallback when it announces nothing usable.
    if (instance.isValid()) {
        checkStreamingOrigin(instance, instance);
    }
    return 0;
}
