#pragma once

#include "dbustypes.h"
#include "devicevalidator.h"
#include "helpercontext.h"
#include "smart/smartreport.h"

#include <QDBusContext>
#include <QObject>

#include <optional>

namespace dmremap::helper {

class Manager;
class MethodCall;
class Options;

/// One block device at /org/dmremap/Helper1/drives/<name>
/// (org.dmremap.Helper1.Drive): SMART, scans, scan history, health map.
/// Main thread only; scans run as jobs.
class Drive : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_PROPERTY(QString Name READ name)
    Q_PROPERTY(QString Device READ device)
    Q_PROPERTY(qulonglong SizeBytes READ sizeBytes)
    Q_PROPERTY(uint LogicalBlockBytes READ logicalBlockBytes)
    Q_PROPERTY(uint PhysicalBlockBytes READ physicalBlockBytes)
    Q_PROPERTY(QString Identity READ identity)
    Q_PROPERTY(QString DriveKey READ driveKey)
    Q_PROPERTY(QString Disk READ disk)
    Q_PROPERTY(bool SmartAvailable READ smartAvailable)
    Q_PROPERTY(qulonglong SmartUpdated READ smartUpdated)
    Q_PROPERTY(QString SmartOverall READ smartOverall)
    Q_PROPERTY(QString SmartModel READ smartModel)
    Q_PROPERTY(QString SmartSerial READ smartSerial)
    Q_PROPERTY(QString SmartFirmware READ smartFirmware)
    Q_PROPERTY(qlonglong SmartBadSectors READ smartBadSectors)
    Q_PROPERTY(qlonglong SmartPowerOnSeconds READ smartPowerOnSeconds)
    Q_PROPERTY(qlonglong SmartPowerCycles READ smartPowerCycles)
    Q_PROPERTY(qlonglong SmartTemperatureMilliKelvin READ smartTemperatureMilliKelvin)
    Q_PROPERTY(uint SmartSelfTestStatus READ smartSelfTestStatus)
    Q_PROPERTY(uint SmartSelfTestPercentRemaining READ smartSelfTestPercentRemaining)
    Q_PROPERTY(QList<qulonglong> ScanHistory READ scanHistory)

public:
    Drive(HelperContext& context, Manager& manager, const CheckedDevice& device, QObject* parent);

    QString path() const { return m_path; }
    QString name() const { return QString::fromStdString(m_device.name); }
    QString device() const { return QString::fromStdString(m_device.path); }
    qulonglong sizeBytes() const { return m_device.sizeSectors * 512; }
    uint logicalBlockBytes() const;
    uint physicalBlockBytes() const;
    QString identity() const { return QString::fromStdString(m_identity); }
    QString driveKey() const { return QString::fromStdString(m_driveKey); }
    QString disk() const { return QString::fromStdString(m_device.disk); }
    bool smartAvailable() const { return m_smart.has_value(); }
    qulonglong smartUpdated() const { return m_smartUpdated; }
    QString smartOverall() const;
    QString smartModel() const { return m_smart ? QString::fromStdString(m_smart->model) : QString(); }
    QString smartSerial() const { return m_smart ? QString::fromStdString(m_smart->serial) : QString(); }
    QString smartFirmware() const { return m_smart ? QString::fromStdString(m_smart->firmware) : QString(); }
    qlonglong smartBadSectors() const;
    qlonglong smartPowerOnSeconds() const;
    qlonglong smartPowerCycles() const;
    qlonglong smartTemperatureMilliKelvin() const;
    uint smartSelfTestStatus() const { return m_smart ? m_smart->selfTest.executionStatus : 0; }
    uint smartSelfTestPercentRemaining() const { return m_smart ? m_smart->selfTest.percentRemaining : 0; }
    QList<qulonglong> scanHistory() const;

    /// The device was re-validated by a caller (the node may have changed size).
    void update(const CheckedDevice& device) { m_device = device; }
    /// Announces a new ScanHistory (a scan job finished).
    void scanHistoryChanged();

public Q_SLOTS:
    void SmartUpdate(const QVariantMap& options);
    DmrSmartAttributeList SmartGetAttributes(const QVariantMap& options);
    QByteArray SmartGetBlob(const QVariantMap& options);
    void StartSelfTest(const QString& type, const QVariantMap& options);
    void AbortSelfTest(const QVariantMap& options);
    QDBusObjectPath StartScan(const QVariantMap& options);
    QVariantMap GetHealthMap(const QVariantMap& options);

Q_SIGNALS:
    void SmartVerdictChanged(const QString& oldVerdict, const QString& newVerdict);

private:
    Result<CheckedDevice> revalidate();
    void smartUpdate(MethodCall& call, const CheckedDevice& device, bool wake);
    /// The last SMART verdict (SmartOverall) of this drive any helper run
    /// read: <stateDir>/smart-verdicts/<drive key>, one line; "" when none.
    std::filesystem::path verdictFile() const;
    QString storedVerdict() const;
    /// Keeps verdict there (logs a warning when it cannot).
    void storeVerdict(const QString& verdict) const;
    /// The last SMART read; NotAvailable before the first SmartUpdate.
    Result<const SmartReport*> smartData() const;
    void selfTest(const char* method, int test, const QVariantMap& options);
    Result<QVariantMap> healthMap(const Options& options);

    HelperContext& m_context;
    Manager& m_manager;
    CheckedDevice m_device;
    QString m_path;
    std::string m_identity;
    std::string m_driveKey;
    std::optional<SmartReport> m_smart;
    qulonglong m_smartUpdated = 0;
};

} // namespace dmremap::helper
