#include "ui/connect/PasswordVault.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace stratum::ui {

namespace {

template <typename Job> Job *newJob(const QString &key)
{
    auto *job = new Job(PasswordVault::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never a plain-text copy
    job->setKey(key);
    return job;
}

}  // namespace

QString PasswordVault::serviceName()
{
    return QStringLiteral("io.github.stratum.Stratum");
}

PasswordVault::PasswordVault(QObject *parent)
    : QObject(parent)
{}

QString PasswordVault::statusText() const
{
    switch (m_state) {
    case State::Available:
        return tr("The password is kept in the system keychain.");
    case State::Unavailable:
        return tr("No system keychain is available (%1). Stratum never writes passwords to "
                  "files, so it will ask for this password at each connect.")
            .arg(m_reason);
    case State::Unknown:
        break;
    }
    return tr("The password goes to the system keychain, never to a file.");
}

std::optional<Error> PasswordVault::noteOutcome(int error, const QString &errorString)
{
    const State before = m_state;
    std::optional<Error> out;
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        m_state = State::Available;
        m_reason.clear();
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        m_state = State::Unavailable;
        // libsecret's failure without a Secret Service reads "Unknown error".
        m_reason = errorString.isEmpty() || errorString == QLatin1String("Unknown error")
                       ? tr("no Secret Service or KWallet answered")
                       : errorString;
        break;
    default:  // access denied, could not delete: the keychain exists but refused
        m_state = State::Available;
        break;
    }
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound) {
        Error e;
        e.source = tr("keychain");
        e.code = QStringLiteral("keychain");
        e.message = errorString.isEmpty() ? tr("The keychain refused the request.") : errorString;
        out = e;
    }
    if (m_state != before)
        Q_EMIT stateChanged(m_state);
    return out;
}

void PasswordVault::store(const QString &key, const QString &password, QObject *context,
                          std::function<void(const Status &)> done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    QPointer<PasswordVault> self(this);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [self, done = std::move(done)](QKeychain::Job *j) {
                if (!self)
                    return;
                const std::optional<Error> e = self->noteOutcome(j->error(), j->errorString());
                if (done)
                    done(e ? Status(*e) : Status(Ok{}));
            });
    job->start();
}

void PasswordVault::read(const QString &key, QObject *context,
                         std::function<void(const Result<std::optional<QString>> &)> done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    QPointer<PasswordVault> self(this);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [self, done = std::move(done)](QKeychain::Job *j) {
                if (!self)
                    return;
                const std::optional<Error> e = self->noteOutcome(j->error(), j->errorString());
                if (!done)
                    return;
                if (e)
                    done(*e);
                else if (j->error() == QKeychain::EntryNotFound)
                    done(std::optional<QString>());
                else
                    done(std::optional<QString>(
                        static_cast<QKeychain::ReadPasswordJob *>(j)->textData()));
            });
    job->start();
}

void PasswordVault::remove(const QString &key, QObject *context,
                           std::function<void(const Status &)> done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(key);
    QPointer<PasswordVault> self(this);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [self, done = std::move(done)](QKeychain::Job *j) {
                if (!self)
                    return;
                std::optional<Error> e = self->noteOutcome(j->error(), j->errorString());
                if (done)
                    done(e ? Status(*e) : Status(Ok{}));
            });
    job->start();
}

}  // namespace stratum::ui
