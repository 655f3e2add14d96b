#include "driveclient.h"

#include "dbustypes.h"
#include "helperconnection.h"
#include "jobclient.h"
#include "healthmapencoding.h"

#include "smart/blobsmartsource.h"

#include <QDBusObjectPath>

namespace dmremap::gui {

DriveClient::DriveClient(HelperConnection* connection, const QString& path, QObject* parent)
    : RemoteObject(connection, path, dbus::driveInterface, parent)
{
}

QList<qulonglong> DriveClient::scanHistory() const
{
    return toULongLongList(value(QStringLiteral("ScanHistory")));
}

void DriveClient::readSmart(bool wake, std::function<void(const SmartReport&)> done, Error failed)
{
    const QVariantMap opts = HelperConnection::options({{QStringLiteral("wake"), wake}});
    connection()->call(path(), interface(), QStringLiteral("SmartUpdate"), {opts}, this,
                       [this, done, failed](const HelperReply& r) {
                           if (!r.ok())
                               return failed(r.error);
                           connection()->call(
                               path(), interface(), QStringLiteral("SmartGetBlob"), {HelperConnection::options()}, this,
                               [done, failed](const HelperReply& b) {
                                   if (!b.ok())
                                       return failed(b.error);
                                   const QByteArray blob = b.argument(0).toByteArray();
                                   BlobSmartSource source(std::vector<std::uint8_t>(blob.begin(), blob.end()));
                                   auto report = source.read();
                                   if (!report)
                                       return failed(QDBusError(QDBusError::InvalidArgs,
                                                                QString::fromStdString(report.status().context())));
                                   done(*report);
                               });
                           refresh(); // the Smart* properties changed
                       });
}

void DriveClient::startScan(const QVariantMap& scanOptions, std::function<void(JobClient*)> started, Error failed)
{
    callForJob(QStringLiteral("StartScan"), {HelperConnection::options(scanOptions)}, std::move(started),
               std::move(failed));
}

void DriveClient::fetchHealthMap(std::function<void(std::shared_ptr<const HealthMap>)> done, Error failed)
{
    connection()->call(path(), interface(), QStringLiteral("GetHealthMap"), {HelperConnection::options()}, this,
                       [done, failed](const HelperReply& r) {
                           if (!r.ok())
                               return failed(r.error);
                           auto map = helper::decodeHealthMap(toVariantMap(r.argument(0)));
                           if (!map)
                               return failed(QDBusError(QDBusError::InvalidArgs,
                                                        QString::fromStdString(map.status().context())));
                           done(std::make_shared<const HealthMap>(std::move(map).value()));
                       });
}

} // namespace dmremap::gui
