#pragma once

#include "drivesource.h"

#include <QHash>

namespace dmremap::gui {

/// Drives from KDE Solid (its UDisks2 backend): every block device whose
/// parent is a storage drive, i.e. whole disks, with vendor, product, size
/// and removability; hotplug from Solid::DeviceNotifier. Without udisksd on
/// the system bus Solid lists nothing and the helper's list stands alone.
class SolidDriveSource : public DriveSource
{
    Q_OBJECT
public:
    using DriveSource::DriveSource;
    void start() override;

private:
    void add(const QString& udi);
    QHash<QString, QString> m_nameByUdi;
};

} // namespace dmremap::gui
