#pragma once

#include <QDBusArgument>
#include <QList>
#include <QMetaType>
#include <QString>

/// D-Bus structures of the contract (org.dmremap.Helper1.*.xml) that Qt
/// does not marshal by itself; shared by the helper and its clients.

/// One SMART attribute, signature (ysnnnttssbbnn); fields as documented at
/// Drive.SmartGetAttributes.
struct DmrSmartAttribute {
    uchar id = 0;
    QString name;
    qint16 value = -1; ///< -1: not valid
    qint16 worst = -1;
    qint16 threshold = -1;
    qulonglong raw = 0; ///< six raw bytes, little-endian
    qulonglong pretty = 0;
    QString prettyUnit;
    QString prettyText;
    bool prefailure = false;
    bool online = false;
    qint16 goodNow = -1; ///< 1 good, 0 bad, -1 not meaningful
    qint16 goodInThePast = -1;
};
using DmrSmartAttributeList = QList<DmrSmartAttribute>;

/// One remap table entry, signature (tus); units are remap units.
struct DmrRemapEntry {
    qulonglong mainUnit = 0;
    uint slot = 0xffffffffu; ///< 0xffffffff: pending, no slot
    QString state; ///< "remapped" or "pending"
};
using DmrRemapEntryList = QList<DmrRemapEntry>;

QDBusArgument& operator<<(QDBusArgument& arg, const DmrSmartAttribute& a);
const QDBusArgument& operator>>(const QDBusArgument& arg, DmrSmartAttribute& a);
QDBusArgument& operator<<(QDBusArgument& arg, const DmrRemapEntry& e);
const QDBusArgument& operator>>(const QDBusArgument& arg, DmrRemapEntry& e);

Q_DECLARE_METATYPE(DmrSmartAttribute)
Q_DECLARE_METATYPE(DmrRemapEntry)

namespace dmremap::dbus {

inline const QString serviceName = QStringLiteral("org.dmremap.Helper1");
inline const QString managerPath = QStringLiteral("/org/dmremap/Helper1");
inline const QString managerInterface = QStringLiteral("org.dmremap.Helper1.Manager");
inline const QString driveInterface = QStringLiteral("org.dmremap.Helper1.Drive");
inline const QString remapDeviceInterface = QStringLiteral("org.dmremap.Helper1.RemapDevice");
inline const QString jobInterface = QStringLiteral("org.dmremap.Helper1.Job");

/// Registers the types above with QtDBus. Call once before any D-Bus use.
void registerTypes();

} // namespace dmremap::dbus
