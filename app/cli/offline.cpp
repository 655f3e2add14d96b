// The two subcommands that work without the helper: a saved SMART blob
// (the core library's SMART layer, so the values are those of skdump) and a
// GNU ddrescue mapfile (the core library's mapfile parser and health map).
#include "commands.h"
#include "ctltr.h"
#include "output.h"

#include "healthmap/ddrescuemapfile.h"
#include "smart/blobsmartsource.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <map>

namespace dmremapctl {

using namespace dmremap;

namespace {

QJsonValue opt(const std::optional<std::uint64_t>& v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonValue optBool(const std::optional<bool>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

int fail(const Status& s, bool json)
{
    return reportError(QStringLiteral("org.dmremap.Helper1.Error.") + QString::fromLatin1(errorName(s.error()).data()),
                       QString::fromStdString(s.message()), exitCodeOf(s.error()), json);
}

} // namespace

int smartLoad(const QString& file, bool json)
{
    auto source = BlobSmartSource::fromFile(file.toStdString());
    if (!source)
        return fail(source.status(), json);
    auto report = (*source)->read();
    if (!report)
        return fail(report.status(), json);
    const SmartReport& r = *report;
    const QString overall = r.overall ? QString::fromLatin1(smartOverallName(*r.overall).data()) : QString();
    if (json) {
        QJsonArray attrs;
        for (const SmartAttribute& a : r.attributes) {
            attrs.append(QJsonObject{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("name"), QString::fromStdString(a.name)},
                {QStringLiteral("value"), a.value ? QJsonValue(*a.value) : QJsonValue()},
                {QStringLiteral("worst"), a.worst ? QJsonValue(*a.worst) : QJsonValue()},
                {QStringLiteral("threshold"), a.threshold ? QJsonValue(*a.threshold) : QJsonValue()},
                {QStringLiteral("raw"), QString::fromStdString(a.rawHex())},
                {QStringLiteral("pretty"), QString::fromStdString(a.prettyText())},
                {QStringLiteral("prefailure"), a.prefailure},
                {QStringLiteral("online"), a.online},
                {QStringLiteral("good_now"), optBool(a.goodNow)},
                {QStringLiteral("good_in_the_past"), optBool(a.goodInThePast)},
            });
        }
        printJson(QJsonObject{
            {QStringLiteral("model"), QString::fromStdString(r.model)},
            {QStringLiteral("serial"), QString::fromStdString(r.serial)},
            {QStringLiteral("firmware"), QString::fromStdString(r.firmware)},
            {QStringLiteral("self_assessment_good"), optBool(r.selfAssessmentGood)},
            {QStringLiteral("overall"), overall.isEmpty() ? QJsonValue() : QJsonValue(overall)},
            {QStringLiteral("bad_sectors"), opt(r.badSectors)},
            {QStringLiteral("power_on_ms"), opt(r.powerOnMilliseconds)},
            {QStringLiteral("power_cycles"), opt(r.powerCycles)},
            {QStringLiteral("temperature_mK"), opt(r.temperatureMilliKelvin)},
            {QStringLiteral("attributes"), attrs},
        });
        return Ok;
    }
    const auto line = [](const QString& text) { std::printf("%s\n", qPrintable(text)); };
    line(Tr::tr("Model:        %1").arg(QString::fromStdString(r.model)));
    line(Tr::tr("Serial:       %1").arg(QString::fromStdString(r.serial)));
    line(Tr::tr("Firmware:     %1").arg(QString::fromStdString(r.firmware)));
    line(Tr::tr("Verdict:      %1")
             .arg(r.overall ? QString::fromUtf8(smartOverallSentence(*r.overall).data(), qsizetype(smartOverallSentence(*r.overall).size()))
                            : Tr::tr("unknown (no self-assessment saved)")));
    if (r.badSectors)
        line(Tr::tr("Bad sectors:  %1").arg(*r.badSectors));
    if (r.powerOnMilliseconds)
        line(Tr::tr("Powered on:   %1")
                 .arg(QString::fromStdString(formatSmartValue(*r.powerOnMilliseconds, SmartUnit::Milliseconds))));
    if (r.powerCycles)
        line(Tr::tr("Power cycles: %1").arg(*r.powerCycles));
    if (r.temperatureMilliKelvin)
        line(Tr::tr("Temperature:  %1")
                 .arg(QString::fromStdString(formatSmartValue(*r.temperatureMilliKelvin, SmartUnit::MilliKelvin))));
    std::printf("\n%3s %-28s %5s %5s %5s %-14s %-16s %-8s %s\n", "ID", qPrintable(Tr::tr("Name")),
                qPrintable(Tr::tr("Value")), qPrintable(Tr::tr("Worst")), qPrintable(Tr::tr("Thres")),
                qPrintable(Tr::tr("Raw")), qPrintable(Tr::tr("Pretty")), qPrintable(Tr::tr("Type")),
                qPrintable(Tr::tr("Good")));
    for (const SmartAttribute& a : r.attributes) {
        const auto num = [](const std::optional<std::uint8_t>& v) { return v ? std::to_string(*v) : std::string("n/a"); };
        std::printf("%3u %-28s %5s %5s %5s %-14s %-16s %-8s %s\n", a.id, a.name.c_str(), num(a.value).c_str(),
                    num(a.worst).c_str(), num(a.threshold).c_str(), a.rawHex().c_str(), a.prettyText().c_str(),
                    a.prefailure ? "prefail" : "old-age",
                    qPrintable(!a.goodNow ? Tr::tr("n/a") : *a.goodNow ? Tr::tr("yes") : Tr::tr("NO")));
    }
    return Ok;
}

int mapImport(const QString& file, quint32 unitBytes, quint32 regionBytes, bool json)
{
    auto mapfile = DdrescueMapfile::load(file.toStdString());
    if (!mapfile)
        return fail(mapfile.status(), json);
    std::map<char, std::uint64_t> bytes;
    for (const auto& b : mapfile->blocks)
        bytes[b.status] += b.sizeBytes;
    HealthMapGeometry g;
    g.unitBytes = unitBytes;
    g.regionBytes = regionBytes;
    auto map = mapfile->toHealthMap(g);
    if (!map)
        return fail(map.status(), json);
    const auto& geo = map->geometry();
    const char* names[] = {"non-tried", "non-trimmed", "non-scraped", "bad", "finished"};
    const char codes[] = {'?', '*', '/', '-', '+'};
    if (json) {
        QJsonObject status;
        for (int i = 0; i < 5; ++i)
            status.insert(QString::fromLatin1(names[i]), double(bytes[codes[i]]));
        QJsonArray bad;
        for (const auto& r : map->badUnits().ranges())
            bad.append(QJsonArray{double(r.first), double(r.count)});
        printJson(QJsonObject{
            {QStringLiteral("device_bytes"), double(geo.deviceBytes)},
            {QStringLiteral("blocks"), double(mapfile->blocks.size())},
            {QStringLiteral("bytes_by_status"), status},
            {QStringLiteral("unit_bytes"), double(geo.unitBytes)},
            {QStringLiteral("bad_units"), double(map->badUnits().unitCount())},
            {QStringLiteral("suspect_units"), double(map->suspectUnits().unitCount())},
            {QStringLiteral("bad_unit_ranges"), bad},
            {QStringLiteral("regions"), double(map->regionCount())},
            {QStringLiteral("scanned_regions"), double(map->scannedRegions())},
        });
        return Ok;
    }
    std::printf("%s\n", qPrintable(Tr::tr("Mapfile:         %1 (%n blocks, %2 bytes)", nullptr,
                                            int(mapfile->blocks.size()))
                                         .arg(file)
                                         .arg(geo.deviceBytes)));
    for (int i = 0; i < 5; ++i)
        std::printf("  %-12s %c  %s\n", names[i], codes[i], qPrintable(Tr::tr("%1 bytes").arg(bytes[codes[i]])));
    std::printf("%s\n", qPrintable(Tr::tr("Bad units:       %1 of %2 bytes (%n ranges)", nullptr,
                                            int(map->badUnits().ranges().size()))
                                         .arg(map->badUnits().unitCount())
                                         .arg(geo.unitBytes)));
    std::printf("%s\n", qPrintable(Tr::tr("Suspect units:   %1").arg(map->suspectUnits().unitCount())));
    std::printf("%s\n", qPrintable(Tr::tr("Regions scanned: %1 of %2").arg(map->scannedRegions()).arg(map->regionCount())));
    return Ok;
}

} // namespace dmremapctl
