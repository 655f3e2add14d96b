#pragma once

#include "remoteobject.h"

#include "healthmap/healthmap.h"
#include "smart/smartreport.h"

#include <functional>
#include <memory>

namespace dmremap::gui {

class JobClient;

/// A drive of the helper (org.dmremap.Helper1.Drive): SMART, scans, scan
/// history and the health map. Every method is asynchronous; failures come
/// back as the D-Bus error (see HelperErrorText for the words).
class DriveClient : public RemoteObject
{
    Q_OBJECT
public:
    DriveClient(HelperConnection* connection, const QString& path, QObject* parent = nullptr);

    QString name() const { return value(QStringLiteral("Name")).toString(); }
    quint64 sizeBytes() const { return value(QStringLiteral("SizeBytes")).toULongLong(); }
    /// libatasmart's verdict ("GOOD", "BAD_SECTOR", ...), "" unknown.
    QString smartOverall() const { return value(QStringLiteral("SmartOverall")).toString(); }
    bool smartAvailable() const { return value(QStringLiteral("SmartAvailable")).toBool(); }
    QString model() const { return value(QStringLiteral("SmartModel")).toString(); }
    /// End times of the scans, Unix microseconds, oldest first.
    QList<qulonglong> scanHistory() const;

    /// SmartUpdate (wake: also a sleeping disk) then SmartGetBlob, parsed.
    void readSmart(bool wake, std::function<void(const SmartReport&)> done, Error failed);
    /// StartScan with options (Drive.xml keys: request_bytes, region_bytes, ...).
    void startScan(const QVariantMap& scanOptions, std::function<void(JobClient*)> started, Error failed);
    /// GetHealthMap of all scans merged, decoded.
    void fetchHealthMap(std::function<void(std::shared_ptr<const HealthMap>)> done, Error failed);
};

} // namespace dmremap::gui
