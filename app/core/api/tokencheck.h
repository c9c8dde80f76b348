#pragma once

#include "entities.h"
#include "restclient.h"

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace fedibell {

// Checks a token someone pasted (or just got): whose it is (verify_credentials) and whether
// it carries the scopes Fedibell needs, naming what breaks without each missing one.
class TokenCheck : public QObject
{
    Q_OBJECT

public:
    struct MissingScope
    {
        QString scope;
        QString consequence; // plain words: what does not work without it
        bool essential = false;
    };
    struct Result
    {
        bool ok = false; // the token works for Fedibell (it may still lack optional scopes)
        Account account;
        QStringList grantedScopes; // empty when the server does not say
        QList<MissingScope> missing;
        QString error; // why it does not work, when !ok
    };

    // The least scopes that work, as Fedibell asks for them when signing in.
    static QStringList wantedScopes();

    TokenCheck(QNetworkAccessManager *network, const QUrl &instance, const QByteArray &token,
               QObject *parent = nullptr);

    void start();

signals:
    void finished(const fedibell::TokenCheck::Result &result);

private:
    void checkScopes();
    void probe(const QString &path, const QString &scope);
    void finishIfDone();
    static bool covers(const QStringList &granted, const QString &scope);
    static MissingScope describe(const QString &scope);

    RestClient *m_rest;
    Result m_result;
    int m_pendingProbes = 0;
};

} // namespace fedibell

Q_DECLARE_METATYPE(fedibell::TokenCheck::Result)
