#pragma once

#include "core/config/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace stratum::ui {

// Passwords in the OS keychain through QtKeychain (libsecret / KWallet on
// Linux), under the service "io.github.stratum.Stratum". Every operation is
// an asynchronous job; its callback runs on the thread of the context object
// given and is dropped if that object is destroyed first.
//
// There is deliberately no plain-text fallback (QtKeychain's
// insecureFallback stays off): where no keychain answers (no Secret Service,
// no D-Bus session, as in CI), jobs fail, state() becomes Unavailable and
// callers ask for the password at each connect instead.
//
// GUI thread (or any thread with an event loop) only.
class PasswordVault : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Available, Unavailable };
    static QString serviceName();  // "io.github.stratum.Stratum"

    explicit PasswordVault(QObject *parent = nullptr);

    State state() const { return m_state; }
    // Why the keychain is unavailable, in the keychain's words; empty otherwise.
    QString unavailableReason() const { return m_reason; }
    // A sentence for the UI about where passwords go.
    QString statusText() const;

    void store(const QString &key, const QString &password, QObject *context,
               std::function<void(const Status &)> done);
    // done receives nullopt when the keychain has no entry for key.
    void read(const QString &key, QObject *context,
              std::function<void(const Result<std::optional<QString>> &)> done);
    void remove(const QString &key, QObject *context, std::function<void(const Status &)> done);

Q_SIGNALS:
    void stateChanged(stratum::ui::PasswordVault::State state);

private:
    // Records what a finished job says about the keychain; returns its error, if any.
    std::optional<Error> noteOutcome(int error, const QString &errorString);

    State m_state = State::Unknown;
    QString m_reason;
};

}  // namespace stratum::ui
