#pragma once

#include <QProcessEnvironment>
#include <QString>

// The environment for running the real fedibell binary in a test: its own home and XDG
// folders under `home`, and the token in FEDIBELL_ACCESS_TOKEN when one is given.
inline QProcessEnvironment isolatedEnvironment(const QString &home, const QByteArray &token)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.remove(QStringLiteral("FEDIBELL_ACCESS_TOKEN"));
    if (!token.isEmpty()) {
        environment.insert(QStringLiteral("FEDIBELL_ACCESS_TOKEN"), QString::fromLatin1(token));
    }
    return environment;
}
