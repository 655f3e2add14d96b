#include "remapdeviceclient.h"

#include "dbustypes.h"
#include "helperconnection.h"
#include "jobclient.h"

#include <QDBusArgument>
#include <QDBusObjectPath>

namespace dmremap::gui {

namespace {
constexpr quint32 listPage = 10000;
}

RemapDeviceClient::RemapDeviceClient(HelperConnection* connection, const QString& path, QObject* parent)
    : RemoteObject(connection, path, dbus::remapDeviceInterface, parent)
{
    connectSignal(QStringLiteral("RemapsAdded"), SLOT(onRemapsAdded(qulonglong, qulonglong)));
    connectSignal(QStringLiteral("PendingBlocksAdded"), SLOT(onPendingBlocksAdded(qulonglong, qulonglong)));
    connectSignal(QStringLiteral("SpareNearlyFull"), SLOT(onSpareNearlyFull(qulonglong, qulonglong)));
    connectSignal(QStringLiteral("SpareFull"), SLOT(onSpareFull()));
    connectSignal(QStringLiteral("StateChanged"), SLOT(onStateChanged(QString, QString)));
}

void RemapDeviceClient::listRemaps(std::function<void(std::vector<dm::RemapEntry>)> done, Error failed)
{
    listFrom(0, {}, std::move(done), std::move(failed));
}

void RemapDeviceClient::listFrom(quint64 from, std::vector<dm::RemapEntry> acc,
                                 std::function<void(std::vector<dm::RemapEntry>)> done, Error failed)
{
    connection()->call(
        path(), interface(), QStringLiteral("ListRemaps"),
        {QVariant::fromValue<qulonglong>(from), QVariant::fromValue<uint>(listPage), HelperConnection::options()}, this,
        [this, from, acc = std::move(acc), done, failed](const HelperReply& r) mutable {
            if (!r.ok())
                return failed(r.error);
            const auto page = qdbus_cast<DmrRemapEntryList>(r.argument(0).value<QDBusArgument>());
            for (const DmrRemapEntry& e : page)
                acc.push_back({.mainUnit = e.mainUnit, .slot = e.slot, .pending = e.state == QStringLiteral("pending")});
            if (page.size() < qsizetype(listPage))
                return done(std::move(acc));
            listFrom(from + quint64(page.size()), std::move(acc), done, failed);
        });
}

void RemapDeviceClient::remap(quint64 sector, std::function<void()> done, Error failed)
{
    callForNothing(QStringLiteral("Remap"), {QVariant::fromValue<qulonglong>(sector), HelperConnection::options()},
                   std::move(done), std::move(failed));
}

void RemapDeviceClient::rescueBlock(quint64 sector, bool zeroFill, std::function<void(JobClient*)> started,
                                    Error failed)
{
    callForJob(QStringLiteral("RescueBlock"),
               {QVariant::fromValue<qulonglong>(sector),
                HelperConnection::options({{QStringLiteral("zero_fill"), zeroFill}})},
               std::move(started), std::move(failed));
}

void RemapDeviceClient::clearPending(quint64 sector, std::function<void()> done, Error failed)
{
    callForNothing(QStringLiteral("ClearPending"),
                   {QVariant::fromValue<qulonglong>(sector), HelperConnection::options()}, std::move(done),
                   std::move(failed));
}

void RemapDeviceClient::remove(std::function<void()> done, Error failed)
{
    callForNothing(QStringLiteral("Remove"), {HelperConnection::options()}, std::move(done), std::move(failed));
}

} // namespace dmremap::gui
