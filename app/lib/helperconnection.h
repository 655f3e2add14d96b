#pragma once

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace dmremap::gui {

/// The outcome of one asynchronous call to the helper: the reply message or
/// the D-Bus error (name org.dmremap.Helper1.Error.* or a bus error).
struct HelperReply {
    QDBusMessage message;
    QDBusError error;
    bool ok() const { return !error.isValid(); }
    /// Output argument i, demarshalled to a plain type when it is a basic
    /// one (QDBusArgument otherwise).
    QVariant argument(int i = 0) const;
};

/// Plain values from what QtDBus hands out inside variants: arrays of
/// objects or integers arrive as QDBusArgument.
QStringList toPathList(const QVariant& value);
QList<qulonglong> toULongLongList(const QVariant& value);
QVariantMap toVariantMap(const QVariant& value);

/// The system bus connection to org.dmremap.Helper1. Every call is
/// asynchronous (QDBusPendingCallWatcher): the GUI never waits for the bus.
/// Messages are built here rather than with generated QDBusAbstractInterface
/// proxies because the proxies' constructor asks the bus for the name owner
/// synchronously. Single-threaded (the GUI thread).
class HelperConnection : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HelperReply&)>;

    /// bus: normally QDBusConnection::systemBus() (DBUS_SYSTEM_BUS_ADDRESS is honoured).
    explicit HelperConnection(QDBusConnection bus, QObject* parent = nullptr);

    QDBusConnection bus() const { return m_bus; }
    bool busConnected() const { return m_bus.isConnected(); }

    /// Calls path/interface.method(args...) on the helper; done runs on the
    /// GUI thread with the reply, unless context was destroyed first.
    void call(const QString& path, const QString& interface, const QString& method, const QVariantList& args,
              QObject* context, Callback done);
    /// org.freedesktop.DBus.Properties.GetAll.
    void getAll(const QString& path, const QString& interface, QObject* context,
                std::function<void(const QVariantMap&, const QDBusError&)> done);

    /// The options a{sv} every method takes: auth.no_user_interaction is
    /// false (polkit may ask for a password), plus extra keys.
    static QVariantMap options(QVariantMap extra = {});

    /// Calls' timeout in milliseconds (polkit dialogs can take a while).
    static constexpr int callTimeoutMs = 10 * 60 * 1000;

private:
    QDBusConnection m_bus;
};

} // namespace dmremap::gui
