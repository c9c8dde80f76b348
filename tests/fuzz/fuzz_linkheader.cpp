// Feeds RestClient::linkTarget arbitrary Link headers, as a server may send with any page.

#include "api/restclient.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace fedibell;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QStringView rel : {u"prev", u"next"}) {
        const QUrl target = RestClient::linkTarget(header, rel);
        FEDIBELL_FUZZ_CHECK(target.isEmpty() || target.isValid());
    }
    return 0;
}
