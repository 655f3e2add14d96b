#include "soliddrivesource.h"

#include <Solid/Block>
#include <Solid/Device>
#include <Solid/DeviceNotifier>
#include <Solid/StorageDrive>

namespace dmremap::gui {

void SolidDriveSource::start()
{
    auto* notifier = Solid::DeviceNotifier::instance();
    connect(notifier, &Solid::DeviceNotifier::deviceAdded, this, &SolidDriveSource::add);
    connect(notifier, &Solid::DeviceNotifier::deviceRemoved, this, [this](const QString& udi) {
        const QString name = m_nameByUdi.take(udi);
        if (!name.isEmpty())
            Q_EMIT driveRemoved(name);
    });
    const auto blocks = Solid::Device::listFromType(Solid::DeviceInterface::Block);
    for (const Solid::Device& d : blocks)
        add(d.udi());
}

void SolidDriveSource::add(const QString& udi)
{
    const Solid::Device device(udi);
    const Solid::Block* block = device.as<Solid::Block>();
    const Solid::Device parent = device.parent();
    const Solid::StorageDrive* drive = parent.as<Solid::StorageDrive>();
    if (!block || !drive)
        return;
    const QString node = block->device();
    if (!node.startsWith(QStringLiteral("/dev/")))
        return;
    DriveDescription d;
    d.name = node.mid(5);
    d.vendor = parent.vendor();
    d.product = parent.product();
    d.sizeBytes = quint64(drive->size());
    d.removable = drive->isRemovable() || drive->isHotpluggable();
    m_nameByUdi.insert(udi, d.name);
    Q_EMIT driveAdded(d);
}

} // namespace dmremap::gui
