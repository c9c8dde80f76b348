#include "privateprogram.h"

#include <QFile>
#include <QFileInfo>

namespace fedibell {

using namespace Qt::StringLiterals;

QString findPrivateProgram(const QString &name)
{
    // The running binary, without QCoreApplication::applicationDirPath() (no app object yet).
    const QString self = QFile::symLinkTarget(u"/proc/self/exe"_s);
    if (self.isEmpty()) {
        return {};
    }
    const QString here = QFileInfo(self).absolutePath();
    const QStringList candidates{
        here + u'/' + name,
        here + u'/' + QLatin1StringView(FEDIBELL_PRIVATEDIR_FROM_BINDIR) + u'/' + name,
    };
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable()) {
            return info.canonicalFilePath();
        }
    }
    return {};
}

} // namespace fedibell
