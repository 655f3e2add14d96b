#pragma once

#include "remoteobject.h"

#include <QHash>

#include <functional>

namespace dmremap::gui {

class DriveClient;
class JobClient;
class RemapDeviceClient;

/// The helper's manager (/org/dmremap/Helper1): whether the helper is there
/// at all, module state, the drive and remap device objects (kept as
/// clients, created and dropped as the Drives and RemapDevices properties
/// change), and the manager's methods. Calls Watch so the status stream
/// flows and the helper stays while the GUI runs. Asynchronous throughout.
class ManagerClient : public RemoteObject
{
    Q_OBJECT
public:
    enum class Availability {
        Connecting, ///< the first call is under way
        Available,
        NoBus, ///< no system bus
        NotInstalled, ///< nobody owns or can activate org.dmremap.Helper1
        Failed, ///< the helper answered with an error
    };
    Q_ENUM(Availability)

    explicit ManagerClient(HelperConnection* connection, QObject* parent = nullptr);
    ~ManagerClient() override;

    /// Calls Watch and reads the properties; availabilityChanged follows.
    void start();

    Availability availability() const { return m_availability; }
    /// Plain words for the user when not Available (what is wrong, how to fix it).
    QString availabilityText() const { return m_availabilityText; }

    bool moduleLoaded() const { return value(QStringLiteral("ModuleLoaded")).toBool(); }
    QList<DriveClient*> drives() const { return m_drives.values(); }
    QList<RemapDeviceClient*> remapDevices() const { return m_devices.values(); }
    /// The client of a drive by kernel name, nullptr when the helper has none (yet).
    DriveClient* driveByName(const QString& name) const;
    RemapDeviceClient* remapDeviceByName(const QString& name) const;
    RemapDeviceClient* remapDeviceByPath(const QString& path) const { return m_devices.value(path); }

    /// GetDrive: a partition or other device not listed yet.
    void getDrive(const QString& name, std::function<void(DriveClient*)> done, Error failed);
    void loadModule(std::function<void()> done, Error failed);
    /// FormatSpare (a job); options as in Manager.xml (unit_bytes, force).
    void formatSpare(const QString& mainName, const QString& spareName, const QVariantMap& formatOptions,
                     std::function<void(JobClient*)> started, Error failed);
    /// CreateRemapDevice; options as in Manager.xml (name, format, read_retries, ...).
    void createRemapDevice(const QString& mainName, const QString& spareName, const QVariantMap& createOptions,
                           std::function<void(RemapDeviceClient*)> done, Error failed);

    /// "remap-sdb" for the object path label "remap_2dsdb" (systemd's escaping).
    static QString unescapeLabel(const QString& label);

Q_SIGNALS:
    void availabilityChanged(Availability availability);
    void drivesChanged();
    void remapDevicesChanged();

private:
    void setAvailability(Availability a, const QString& text);
    void syncObjects();
    RemapDeviceClient* deviceFor(const QString& path);

    Availability m_availability = Availability::Connecting;
    QString m_availabilityText;
    QHash<QString, DriveClient*> m_drives; ///< by object path
    QHash<QString, RemapDeviceClient*> m_devices; ///< by object path
};

} // namespace dmremap::gui
