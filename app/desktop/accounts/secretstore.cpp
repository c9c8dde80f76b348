#include "secretstore.h"

#include "desktoplogging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace fedibell {

using namespace Qt::StringLiterals;

QString SecretStore::describe(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("Stored safely.");
    case Status::NotFound:
        return tr("No saved access token was found.");
    case Status::Locked:
        return tr("The keyring is locked. Unlock it (it usually unlocks when you log in) and "
                  "try again.");
    case Status::NoKeyring:
        return tr("No keyring service is running, so the access token cannot be stored "
                  "safely. Install and start one (for example GNOME Keyring or KWallet).");
    case Status::Failed:
        return tr("The keyring did not work.");
    }
    return {};
}

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::NoKeyring;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Status::Failed;
}

// Runs a keychain job and answers exactly once: when it finishes or when it hangs too long.
void runJob(QObject *context, QKeychain::Job *job, const SecretStore::Callback &done,
            const std::function<QByteArray(QKeychain::Job *)> &secretOf = {})
{
    auto answered = std::make_shared<bool>(false);
    auto finish = [answered, done](const SecretStore::Result &result) {
        if (!*answered) {
            *answered = true;
            done(result);
        }
    };
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [finish, secretOf](QKeychain::Job *finished) {
                         SecretStore::Result result;
                         result.status = statusOf(finished->error());
                         // QtKeychain reports a missing Secret Service as OtherError with
                         // a D-Bus message; tell it apart for the user.
                         if (result.status == SecretStore::Status::Failed
                             && (finished->errorString().contains(u"org.freedesktop.secrets"_s)
                                 || finished->errorString().contains(u"ServiceUnknown"_s)
                                 || finished->errorString().contains(u"No such secret"_s))) {
                             result.status = SecretStore::Status::NoKeyring;
                         }
                         if (result.status == SecretStore::Status::Ok && secretOf) {
                             result.secret = secretOf(finished);
                         }
                         result.message = SecretStore::describe(result.status);
                         if (result.status == SecretStore::Status::Failed) {
                             qCWarning(lcDesktop) << "keyring:" << finished->errorString();
                         }
                         finish(result);
                     });
    QTimer::singleShot(KeyringSecretStore::kTimeoutMs, context, [finish] {
        finish({SecretStore::Status::Locked,
                {},
                SecretStore::tr("The keyring did not answer; it may be locked or waiting for "
                                "a password.")});
    });
    job->start();
}

} // namespace

KeyringSecretStore::KeyringSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeyringSecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    auto answer = [this, done](const Result &result) {
        if (result.status != Status::NotFound) {
            done(result);
            return;
        }
        // Items of a locked collection are simply not found: say "locked" when it is.
        QDBusMessage get = QDBusMessage::createMethodCall(
            u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets/aliases/default"_s,
            u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
        get << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
        auto *watcher =
            new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, 5000), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [done, result](QDBusPendingCallWatcher *finished) {
                    finished->deleteLater();
                    const QDBusPendingReply<QDBusVariant> reply = *finished;
                    if (!reply.isError() && reply.value().variant().toBool()) {
                        done({Status::Locked, {}, describe(Status::Locked)});
                    } else {
                        done(result);
                    }
                });
    };
    runJob(this, job, answer, [](QKeychain::Job *finished) {
        return static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
    });
}

void KeyringSecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setBinaryData(secret);
    runJob(this, job, done);
}

void KeyringSecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    runJob(this, job, [done](const Result &result) {
        // Removing what is not there is success.
        done(result.status == Status::NotFound ? Result{Status::Ok, {}, result.message} : result);
    });
}

FileSecretStore::FileSecretStore(const QString &filePath, QObject *parent)
    : SecretStore(parent)
    , m_filePath(filePath)
{}

namespace {

QJsonObject readSecretsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.read(qint64{1} << 20)).object();
}

bool writeSecretsFile(const QString &path, const QJsonObject &secrets)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace

void FileSecretStore::read(const QString &key, Callback done)
{
    const QJsonValue value = readSecretsFile(m_filePath).value(key);
    Result result;
    result.status = value.isString() ? Status::Ok : Status::NotFound;
    result.secret = value.toString().toUtf8();
    result.message = describe(result.status);
    QTimer::singleShot(0, this, [done, result] { done(result); });
}

void FileSecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    QJsonObject secrets = readSecretsFile(m_filePath);
    secrets.insert(key, QString::fromUtf8(secret));
    const Status status = writeSecretsFile(m_filePath, secrets) ? Status::Ok : Status::Failed;
    QTimer::singleShot(0, this, [done, status] { done({status, {}, describe(status)}); });
}

void FileSecretStore::remove(const QString &key, Callback done)
{
    QJsonObject secrets = readSecretsFile(m_filePath);
    secrets.remove(key);
    const Status status = writeSecretsFile(m_filePath, secrets) ? Status::Ok : Status::Failed;
    QTimer::singleShot(0, this, [done, status] { done({status, {}, describe(status)}); });
}

} // namespace fedibell
