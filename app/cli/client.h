#pragma once

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusPendingReply>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace dmremapctl {

/// The connection to the helper and what every subcommand shares: the
/// options map with auth.no_user_interaction, property reads, and waiting
/// for a job. Single-threaded.
class Client
{
public:
    Client(bool json, bool noInteraction);

    QDBusConnection& connection() { return m_connection; }
    bool json() const { return m_json; }
    /// Time limit of a method call, ms: polkit may wait for the user to type
    /// an administrator's password (10 min), or not (2 min: CreateRemapDevice
    /// with format=true formats the spare within the call).
    int callTimeoutMs() const { return m_noInteraction ? 2 * 60 * 1000 : 10 * 60 * 1000; }
    /// The a{sv} every method gets, plus extra keys.
    QVariantMap options(QVariantMap extra = {}) const;

    /// org.freedesktop.DBus.Properties.GetAll; nullopt and error set on failure.
    std::optional<QVariantMap> properties(const QString& path, const QString& interface, QDBusError& error);
    /// The drive object path (Manager.GetDrive).
    std::optional<QString> drivePath(const QString& name, QDBusError& error);

    /// Waits for the job's Completed signal, printing progress on stderr
    /// (human) at most once a second. Returns the exit code of the outcome
    /// and fills error/message.
    int waitForJob(const QString& jobPath, QString* message);

    /// Waits for a pending reply; returns false and sets error on failure.
    template<typename... T>
    bool wait(QDBusPendingReply<T...>& reply, QDBusError& error)
    {
        reply.waitForFinished();
        if (reply.isError()) {
            error = reply.error();
            return false;
        }
        return true;
    }

private:
    QDBusConnection m_connection;
    bool m_json;
    bool m_noInteraction;
};

} // namespace dmremapctl
