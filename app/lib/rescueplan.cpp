#include "rescueplan.h"

#include "byteformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dmremap::gui {

namespace {
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("dmremap::gui::RescuePlan", text, comment, n);
}

/// "sdb1" is on "sdb", "nvme0n1p2" on "nvme0n1".
bool onDisk(const QString& part, const QString& disk)
{
    if (!part.startsWith(disk) || part == disk)
        return false;
    static const QRegularExpression partition(QStringLiteral("^p?[0-9]+$"));
    return partition.match(part.mid(disk.size())).hasMatch();
}
} // namespace

std::uint64_t RescuePlan::badUnitCount() const
{
    return badUnits.unitCount();
}

std::vector<std::uint64_t> RescuePlan::remapSectors() const
{
    std::vector<std::uint64_t> sectors;
    if (!remapFound)
        return sectors;
    const std::uint64_t sectorsPerUnit = std::max<std::uint32_t>(mapUnitBytes / 512, 1);
    for (const auto& r : badUnits.ranges())
        for (std::uint64_t u = r.first; u < r.end() && sectors.size() < maxManualRemaps; ++u)
            sectors.push_back(u * sectorsPerUnit);
    return sectors;
}

QVariantMap RescuePlan::createOptions() const
{
    QVariantMap o;
    o.insert(QStringLiteral("name"), deviceName);
    o.insert(QStringLiteral("read_retries"), uint(readRetries));
    o.insert(QStringLiteral("no_auto_remap"), !autoRemap);
    return o;
}

QStringList RescuePlan::steps() const
{
    QStringList s;
    if (scanFirst)
        s << tr("Scan /dev/%1 again, reading every block (nothing is written to it).").arg(mainName);
    s << tr("Erase the spare /dev/%1 (%2): everything on it is lost. dm-remap metadata for /dev/%3 is written at its "
            "start; the rest holds the remapped blocks.")
             .arg(spareName, ByteFormat::size(spareBytes), mainName);
    s << tr("Create /dev/mapper/%1 over /dev/%2 (%3): reads and writes go to /dev/%2, bad blocks go to /dev/%4. "
            "%5")
             .arg(deviceName, mainName, ByteFormat::size(mainBytes), spareName,
                  autoRemap ? tr("A write that fails on /dev/%1 is remapped to the spare automatically.").arg(mainName)
                            : tr("Blocks are remapped only when you ask."));
    const std::uint64_t found = badUnitCount();
    if (remapFound && found > 0) {
        const auto sectors = remapSectors();
        QString where;
        const std::size_t shown = std::min<std::size_t>(sectors.size(), 8);
        QStringList list;
        for (std::size_t i = 0; i < shown; ++i)
            list << QString::number(sectors[i]);
        where = list.join(QStringLiteral(", "));
        if (sectors.size() > shown)
            where += QStringLiteral(", …");
        s << tr("Remap the %n block(s) the scan found unreadable (sectors %1): what can still be read is copied to "
                "/dev/%2; nothing is written to /dev/%3.",
                nullptr, int(sectors.size()))
                 .arg(where, spareName, mainName);
        if (found > sectors.size())
            s << tr("The other %n unreadable block(s) are remapped by the target when they are written.",
                    nullptr, int(found - sectors.size()));
    } else if (found > 0) {
        s << tr("The %n unreadable block(s) the scan found are remapped when they are written.", nullptr, int(found));
    }
    s << tr("/dev/%1 itself is not written to: use /dev/mapper/%2 instead of it from now on.").arg(mainName, deviceName);
    return s;
}

QString RescuePlan::problem() const
{
    if (mainName.isEmpty())
        return tr("Choose the failing drive.");
    if (spareName.isEmpty())
        return tr("Choose a spare device.");
    if (spareName == mainName)
        return tr("The spare must be another device than the failing drive.");
    if (onDisk(spareName, mainName))
        return tr("The spare /dev/%1 is on the failing drive itself; choose a device on another disk.").arg(spareName);
    if (onDisk(mainName, spareName))
        return tr("The failing drive /dev/%1 is a partition of /dev/%2; choose a spare on another disk.")
            .arg(mainName, spareName);
    // One metadata area (two copies) plus one slot, at least; the helper checks exactly.
    if (spareBytes && spareBytes < 1024 * 1024)
        return tr("The spare /dev/%1 is too small (%2): it needs at least 1 MiB.").arg(spareName,
                                                                                      ByteFormat::size(spareBytes));
    static const QRegularExpression dmName(QStringLiteral("^[A-Za-z0-9_.+-]{1,64}$"));
    if (!dmName.match(deviceName).hasMatch())
        return tr("The device name may use letters, digits and _ . + - only, at most 64 of them.");
    return {};
}

} // namespace dmremap::gui
