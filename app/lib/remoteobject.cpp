#include "remoteobject.h"

#include "applog.h"
#include "dbustypes.h"
#include "helperconnection.h"
#include "jobclient.h"

#include <QDBusObjectPath>

namespace dmremap::gui {

RemoteObject::RemoteObject(HelperConnection* connection, QString path, QString interface, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_path(std::move(path))
    , m_interface(std::move(interface))
{
    m_connection->bus().connect(dbus::serviceName, m_path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                QStringLiteral("PropertiesChanged"), this,
                                SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
}

void RemoteObject::refresh()
{
    m_connection->getAll(m_path, m_interface, this, [this](const QVariantMap& props, const QDBusError& error) {
        if (error.isValid()) {
            qCWarning(lcApp).noquote() << "GetAll" << m_path << error.name() << error.message();
            Q_EMIT loadFailed(error);
            return;
        }
        const bool first = !m_loaded;
        m_loaded = true;
        applyProperties(props);
        if (first)
            Q_EMIT loaded();
    });
}

void RemoteObject::applyProperties(const QVariantMap& changed)
{
    QStringList names;
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        QVariant v = it.value();
        if (v.userType() == qMetaTypeId<QDBusVariant>())
            v = v.value<QDBusVariant>().variant();
        m_properties.insert(it.key(), v);
        names.append(it.key());
    }
    if (!names.isEmpty())
        Q_EMIT propertiesChanged(names);
}

void RemoteObject::callForJob(const QString& method, const QVariantList& args,
                              std::function<void(JobClient*)> started, Error failed)
{
    m_connection->call(m_path, m_interface, method, args, this,
                       [this, started = std::move(started), failed = std::move(failed)](const HelperReply& r) {
                           if (!r.ok())
                               return failed(r.error);
                           auto* job = new JobClient(m_connection, r.argument(0).value<QDBusObjectPath>().path(), this);
                           job->refresh();
                           started(job);
                       });
}

void RemoteObject::callForNothing(const QString& method, const QVariantList& args, std::function<void()> done,
                                  Error failed)
{
    m_connection->call(m_path, m_interface, method, args, this,
                       [done = std::move(done), failed = std::move(failed)](const HelperReply& r) {
                           r.ok() ? done() : failed(r.error);
                       });
}

void RemoteObject::connectSignal(const QString& name, const char* slot)
{
    m_connection->bus().connect(dbus::serviceName, m_path, m_interface, name, this, slot);
}

void RemoteObject::onPropertiesChanged(const QString& interface, const QVariantMap& changed,
                                       const QStringList& invalidated)
{
    if (interface != m_interface)
        return;
    applyProperties(changed);
    if (!invalidated.isEmpty())
        refresh();
}

} // namespace dmremap::gui
