#pragma once

#include <QObject>
#include <QString>

namespace dmremap::gui {

/// What the desktop knows about one whole disk, before the helper is asked.
struct DriveDescription {
    QString name; ///< kernel name, "sdb"
    QString vendor;
    QString product;
    quint64 sizeBytes = 0; ///< 0 unknown
    bool removable = false;
    bool operator==(const DriveDescription&) const = default;
};

/// The device notifier of the drive list (plasma-disks' idea: a small
/// boundary class, so the list is tested without hardware). Emits
/// driveAdded for every drive present at start() and on hotplug, and
/// driveRemoved when one goes away.
class DriveSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~DriveSource() override = default;
    virtual void start() = 0;

Q_SIGNALS:
    void driveAdded(const dmremap::gui::DriveDescription& drive);
    void driveRemoved(const QString& name);
};

} // namespace dmremap::gui
