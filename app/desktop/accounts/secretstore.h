#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace fedibell {

// Where access tokens and app secrets live. Every call is asynchronous and always answers,
// even when the keyring hangs (a locked keyring at login often does), with a status that
// says plainly what went wrong.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,
        Locked,    // the keyring exists but is locked or refused access
        NoKeyring, // no Secret Service runs
        Failed,
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QByteArray secret;
        QString message; // plain words for the user; never contains the secret
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;

    static QString describe(Status status);
};

// The system keyring (Secret Service) through QtKeychain.
class KeyringSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 20000;

    explicit KeyringSecretStore(const QString &service = QStringLiteral("fedibell"),
                                QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QString m_service;
};

// Opt-in only: secrets in a file that only the user can read, for systems without a
// keyring. The settings dialog shows a warning while it is in use.
class FileSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit FileSecretStore(const QString &filePath, QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QString m_filePath;
};

} // namespace fedibell
