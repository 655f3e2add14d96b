#include "managerclient.h"

#include "applog.h"
#include "dbustypes.h"
#include "driveclient.h"
#include "helperconnection.h"
#include "helpererrortext.h"
#include "jobclient.h"
#include "remapdeviceclient.h"

#include <QDBusConnectionInterface>
#include <QDBusObjectPath>
#include <QDBusServiceWatcher>

namespace dmremap::gui {

ManagerClient::ManagerClient(HelperConnection* connection, QObject* parent)
    : RemoteObject(connection, dbus::managerPath, dbus::managerInterface, parent)
{
    connect(this, &RemoteObject::propertiesChanged, this, [this](const QStringList& names) {
        if (names.contains(QStringLiteral("Drives")) || names.contains(QStringLiteral("RemapDevices")))
            syncObjects();
    });
    connect(this, &RemoteObject::loadFailed, this, [this](const QDBusError& e) {
        setAvailability(Availability::Failed, HelperErrorText::describe(e));
    });
    if (connection->busConnected()) {
        // The helper exits when idle and is activated again; a new owner
        // means a new process that must be told to watch again.
        auto* watcher = new QDBusServiceWatcher(dbus::serviceName, connection->bus(),
                                                QDBusServiceWatcher::WatchForRegistration, this);
        connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
            if (m_availability != Availability::Connecting)
                start();
        });
    }
}

ManagerClient::~ManagerClient() = default;

void ManagerClient::start()
{
    if (!connection()->busConnected()) {
        setAvailability(Availability::NoBus,
                        tr("There is no system D-Bus, so the dm-remap helper cannot be reached. Saved health maps "
                           "and SMART files can still be opened."));
        return;
    }
    connection()->call(path(), interface(), QStringLiteral("Watch"), {HelperConnection::options()}, this,
                       [this](const HelperReply& r) {
                           if (!r.ok()) {
                               const bool missing = r.error.type() == QDBusError::ServiceUnknown ||
                                                    r.error.name() == QStringLiteral("org.freedesktop.DBus.Error.NameHasNoOwner");
                               setAvailability(missing ? Availability::NotInstalled : Availability::Failed,
                                               HelperErrorText::describe(r.error));
                               return;
                           }
                           connect(this, &RemoteObject::loaded, this,
                                   [this] { setAvailability(Availability::Available, {}); },
                                   Qt::SingleShotConnection);
                           refresh();
                       });
}

void ManagerClient::setAvailability(Availability a, const QString& text)
{
    m_availabilityText = text;
    if (a != Availability::Available)
        qCWarning(lcApp).noquote() << "helper unavailable:" << text;
    m_availability = a;
    Q_EMIT availabilityChanged(a);
}

DriveClient* ManagerClient::driveByName(const QString& name) const
{
    for (DriveClient* d : m_drives)
        if (d->name() == name || unescapeLabel(d->path().section(QLatin1Char('/'), -1)) == name)
            return d;
    return nullptr;
}

RemapDeviceClient* ManagerClient::remapDeviceByName(const QString& name) const
{
    for (RemapDeviceClient* d : m_devices)
        if (d->name() == name || unescapeLabel(d->path().section(QLatin1Char('/'), -1)) == name)
            return d;
    return nullptr;
}

void ManagerClient::syncObjects()
{
    const QStringList drivePaths = toPathList(value(QStringLiteral("Drives")));
    bool drivesDiffer = false;
    for (const QString& p : drivePaths) {
        if (!m_drives.contains(p)) {
            auto* d = new DriveClient(connection(), p, this);
            m_drives.insert(p, d);
            connect(d, &RemoteObject::loaded, this, &ManagerClient::drivesChanged);
            d->refresh();
            drivesDiffer = true;
        }
    }
    for (auto it = m_drives.begin(); it != m_drives.end();) {
        if (!drivePaths.contains(it.key())) {
            it.value()->deleteLater();
            it = m_drives.erase(it);
            drivesDiffer = true;
        } else {
            ++it;
        }
    }
    const QStringList devicePaths = toPathList(value(QStringLiteral("RemapDevices")));
    bool devicesDiffer = false;
    for (const QString& p : devicePaths)
        if (!m_devices.contains(p)) {
            deviceFor(p);
            devicesDiffer = true;
        }
    for (auto it = m_devices.begin(); it != m_devices.end();) {
        if (!devicePaths.contains(it.key())) {
            it.value()->deleteLater();
            it = m_devices.erase(it);
            devicesDiffer = true;
        } else {
            ++it;
        }
    }
    if (drivesDiffer)
        Q_EMIT drivesChanged();
    if (devicesDiffer)
        Q_EMIT remapDevicesChanged();
}

RemapDeviceClient* ManagerClient::deviceFor(const QString& p)
{
    if (auto* d = m_devices.value(p))
        return d;
    auto* d = new RemapDeviceClient(connection(), p, this);
    m_devices.insert(p, d);
    connect(d, &RemoteObject::loaded, this, &ManagerClient::remapDevicesChanged);
    d->refresh();
    return d;
}

void ManagerClient::getDrive(const QString& name, std::function<void(DriveClient*)> done, Error failed)
{
    connection()->call(path(), interface(), QStringLiteral("GetDrive"), {name, HelperConnection::options()}, this,
                       [this, done, failed](const HelperReply& r) {
                           if (!r.ok())
                               return failed(r.error);
                           const QString p = r.argument(0).value<QDBusObjectPath>().path();
                           DriveClient* d = m_drives.value(p);
                           if (!d) {
                               d = new DriveClient(connection(), p, this);
                               m_drives.insert(p, d);
                               d->refresh();
                           }
                           done(d);
                       });
}

void ManagerClient::loadModule(std::function<void()> done, Error failed)
{
    connection()->call(path(), interface(), QStringLiteral("LoadModule"), {HelperConnection::options()}, this,
                       [this, done, failed](const HelperReply& r) {
                           if (!r.ok())
                               return failed(r.error);
                           refresh();
                           done();
                       });
}

void ManagerClient::formatSpare(const QString& mainName, const QString& spareName, const QVariantMap& formatOptions,
                                std::function<void(JobClient*)> started, Error failed)
{
    callForJob(QStringLiteral("FormatSpare"), {mainName, spareName, HelperConnection::options(formatOptions)},
               std::move(started), std::move(failed));
}

void ManagerClient::createRemapDevice(const QString& mainName, const QString& spareName,
                                      const QVariantMap& createOptions, std::function<void(RemapDeviceClient*)> done,
                                      Error failed)
{
    connection()->call(path(), interface(), QStringLiteral("CreateRemapDevice"),
                       {mainName, spareName, HelperConnection::options(createOptions)}, this,
                       [this, done, failed](const HelperReply& r) {
                           if (!r.ok())
                               return failed(r.error);
                           RemapDeviceClient* d = deviceFor(r.argument(0).value<QDBusObjectPath>().path());
                           refresh();
                           done(d);
                       });
}

QString ManagerClient::unescapeLabel(const QString& label)
{
    QByteArray out;
    const QByteArray in = label.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '_' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(byte));
                i += 2;
                continue;
            }
        }
        out.append(in[i]);
    }
    return QString::fromUtf8(out);
}

} // namespace dmremap::gui
