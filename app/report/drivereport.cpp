#include "drivereport.h"

#include "byteformat.h"
#include "healthmaplayout.h"
#include "healthmappalette.h"
#include "healthmaprenderer.h"
#include "smartverdict.h"
#include "version.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace dmremap::report {

namespace {

using gui::ByteFormat;
using gui::SmartVerdict;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString esc(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString row(const QStringList& cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (const QString& c : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(tag, c);
    return out + QStringLiteral("</tr>\n");
}

QString optionalNumber(const std::optional<std::uint8_t>& v)
{
    return v ? QString::number(*v) : QStringLiteral("—");
}

QString verdictColour(SmartVerdict::Severity s)
{
    switch (s) {
    case SmartVerdict::Severity::Good:
        return QStringLiteral("#1e7b34");
    case SmartVerdict::Severity::Warning:
        return QStringLiteral("#a15c00");
    case SmartVerdict::Severity::Failing:
        return QStringLiteral("#b00020");
    case SmartVerdict::Severity::Unknown:
        break;
    }
    return QStringLiteral("#444444");
}

QString smartSection(const DriveReportInput& in)
{
    QString out = QStringLiteral("<h2>%1</h2>\n").arg(DriveReport::tr("SMART"));
    if (!in.smart) {
        const QString why = in.smartUnavailableReason.isEmpty()
            ? DriveReport::tr("This drive does not report ATA SMART data.")
            : in.smartUnavailableReason;
        return out + QStringLiteral("<p>%1</p>\n").arg(esc(why));
    }
    const SmartReport& s = *in.smart;
    const auto severity = SmartVerdict::severity(s);
    out += QStringLiteral("<p><b><font color=\"%1\" size=\"+1\">%2</font></b></p>\n<p>%3</p>\n")
               .arg(verdictColour(severity), esc(SmartVerdict::headline(s)), esc(SmartVerdict::advice(s)));
    out += QStringLiteral("<table border=\"0\" cellspacing=\"2\" cellpadding=\"2\">\n");
    auto fact = [&](const QString& name, const QString& value) {
        out += row({QStringLiteral("<b>%1</b>").arg(esc(name)), value});
    };
    fact(DriveReport::tr("Verdict (libatasmart)"),
         s.overall ? esc(std::string(smartOverallName(*s.overall))) : DriveReport::tr("unknown"));
    if (s.selfAssessmentGood)
        fact(DriveReport::tr("Drive's self-assessment"),
             *s.selfAssessmentGood ? DriveReport::tr("passed") : DriveReport::tr("FAILED"));
    if (s.badSectors)
        fact(DriveReport::tr("Bad sectors (reallocated + pending)"), ByteFormat::number(*s.badSectors));
    if (s.powerOnMilliseconds)
        fact(DriveReport::tr("Power-on time"),
             DriveReport::tr("%n hour(s)", nullptr, int(*s.powerOnMilliseconds / 3'600'000)));
    if (s.powerCycles)
        fact(DriveReport::tr("Power cycles"), ByteFormat::number(*s.powerCycles));
    if (s.temperatureMilliKelvin)
        fact(DriveReport::tr("Temperature"),
             QStringLiteral("%1 °C").arg((double(*s.temperatureMilliKelvin) - 273150.0) / 1000.0, 0, 'f', 1));
    out += QStringLiteral("</table>\n");

    out += QStringLiteral("<h3>%1</h3>\n").arg(DriveReport::tr("Attributes"));
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
    out += row({DriveReport::tr("ID"), DriveReport::tr("Name"), DriveReport::tr("Value"), DriveReport::tr("Worst"),
                DriveReport::tr("Threshold"), DriveReport::tr("Raw"), DriveReport::tr("Meaning"),
                DriveReport::tr("Type"), DriveReport::tr("Status")},
               true);
    for (const SmartAttribute& a : s.attributes) {
        QString status = DriveReport::tr("good");
        if (a.goodNow == false)
            status = QStringLiteral("<b><font color=\"#b00020\">%1</font></b>").arg(DriveReport::tr("FAILING NOW"));
        else if (a.goodInThePast == false)
            status = QStringLiteral("<font color=\"#a15c00\">%1</font>").arg(DriveReport::tr("failed in the past"));
        else if (!a.goodNow)
            status = QStringLiteral("—");
        QString name = esc(a.name);
        if (a.prefailure)
            name = QStringLiteral("<b>%1</b>").arg(name);
        out += row({QString::number(a.id), name, optionalNumber(a.value), optionalNumber(a.worst),
                    optionalNumber(a.threshold), esc(a.rawHex()), esc(a.prettyText()),
                    a.prefailure ? DriveReport::tr("pre-failure") : DriveReport::tr("old-age"), status});
    }
    out += QStringLiteral("</table>\n");
    return out;
}

QString imageDataUrl(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString mapSection(const DriveReportInput& in)
{
    QString out = QStringLiteral("<h2>%1</h2>\n").arg(DriveReport::tr("Surface scan"));
    if (!in.map || in.map->isNull())
        return out + QStringLiteral("<p>%1</p>\n").arg(DriveReport::tr("This drive has not been scanned."));
    const HealthMap& map = *in.map;
    const HealthMapGeometry& g = map.geometry();
    const QImage image = DriveReport::mapImage(map, QSize(720, 240));
    out += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>\n")
               .arg(imageDataUrl(image))
               .arg(image.width())
               .arg(image.height());
    const ScanHistoryRow counts = DriveReport::historyRow(map, {});
    out += QStringLiteral("<table border=\"0\" cellspacing=\"2\" cellpadding=\"2\">\n");
    out += row({QStringLiteral("<b>%1</b>").arg(DriveReport::tr("Capacity")), ByteFormat::size(g.deviceBytes)});
    out += row({QStringLiteral("<b>%1</b>").arg(DriveReport::tr("Scanned")),
                DriveReport::tr("%1 of %2 regions of %3")
                    .arg(ByteFormat::number(counts.scannedRegions), ByteFormat::number(counts.regionCount),
                         ByteFormat::size(g.regionBytes))});
    auto units = [&](const QString& what, const UnitRangeSet& set) {
        out += row({QStringLiteral("<b>%1</b>").arg(what),
                    DriveReport::tr("%n unit(s) of %1", nullptr, int(set.unitCount())).arg(ByteFormat::size(g.unitBytes))});
    };
    units(DriveReport::tr("Unreadable"), map.badUnits());
    units(DriveReport::tr("Pending (read failed, not yet rewritten)"), map.pendingUnits());
    units(DriveReport::tr("Remapped to the spare"), map.remappedUnits());
    out += row({QStringLiteral("<b>%1</b>").arg(DriveReport::tr("Slow regions")), ByteFormat::number(counts.slowRegions)});
    out += QStringLiteral("</table>\n");
    if (!map.badUnits().empty()) {
        out += QStringLiteral("<p>%1 ").arg(DriveReport::tr("Unreadable sectors (first ones):"));
        const std::uint64_t sectorsPerUnit = g.unitBytes / 512;
        int shown = 0;
        for (const auto& r : map.badUnits().ranges()) {
            if (shown++ == 20) {
                out += QStringLiteral("…");
                break;
            }
            const std::uint64_t first = r.first * sectorsPerUnit;
            const std::uint64_t last = r.end() * sectorsPerUnit - 1;
            out += QStringLiteral("%1–%2 ").arg(first).arg(last);
        }
        out += QStringLiteral("</p>\n");
    }
    return out;
}

QString historySection(const DriveReportInput& in)
{
    QString out = QStringLiteral("<h2>%1</h2>\n").arg(DriveReport::tr("Scan history"));
    if (in.history.isEmpty())
        return out + QStringLiteral("<p>%1</p>\n").arg(DriveReport::tr("No earlier scans are recorded."));
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
    out += row({DriveReport::tr("Ended"), DriveReport::tr("Scanned regions"), DriveReport::tr("Unreadable units"),
                DriveReport::tr("Slow regions")},
               true);
    for (const ScanHistoryRow& h : in.history)
        out += row({esc(QLocale().toString(h.time, QLocale::ShortFormat)),
                    QStringLiteral("%1 / %2").arg(ByteFormat::number(h.scannedRegions), ByteFormat::number(h.regionCount)),
                    ByteFormat::number(h.badUnits), ByteFormat::number(h.slowRegions)});
    return out + QStringLiteral("</table>\n");
}

QString remapSection(const DriveReportInput& in)
{
    QString out = QStringLiteral("<h2>%1</h2>\n").arg(DriveReport::tr("Remap devices"));
    if (in.remapDevices.isEmpty())
        return out + QStringLiteral("<p>%1</p>\n").arg(DriveReport::tr("No remap device uses this drive."));
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
    out += row({DriveReport::tr("Device"), DriveReport::tr("Spare"), DriveReport::tr("State"),
                DriveReport::tr("Remapped / capacity"), DriveReport::tr("Pending"), DriveReport::tr("Read errors"),
                DriveReport::tr("Write errors"), DriveReport::tr("Metadata copies")},
               true);
    for (const RemapDeviceRow& d : in.remapDevices) {
        const dm::RemapStatus& s = d.status;
        out += row({esc(d.name), esc(d.spare), esc(s.state),
                    QStringLiteral("%1 / %2").arg(ByteFormat::number(s.remapped), ByteFormat::number(s.capacity)),
                    ByteFormat::number(s.pending), ByteFormat::number(s.readErrors),
                    ByteFormat::number(s.writeErrors), QStringLiteral("%1 / %2").arg(s.validCopies).arg(s.copies)});
    }
    return out + QStringLiteral("</table>\n");
}

bool writeBytes(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = DriveReport::tr("Cannot write the report to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QImage DriveReport::mapImage(const HealthMap& map, QSize size)
{
    if (map.isNull() || size.isEmpty())
        return {};
    const HealthMapGeometry& g = map.geometry();
    gui::HealthMapLayout layout;
    layout.unitCount = g.unitCount();
    layout.unitsPerRegion = g.unitsPerRegion();
    layout.viewportWidth = size.width();
    layout.viewportHeight = size.height();
    layout.zoom = gui::HealthMapLayout::fitZoom(layout.unitCount, layout.unitsPerRegion, size.width(), size.height());
    gui::HealthMapRenderer renderer;
    renderer.setPalette(gui::HealthMapPalette(gui::HealthMapPalette::Kind::Standard, map.buckets().count()));
    renderer.setMap(std::make_shared<HealthMap>(map));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    renderer.render(image, layout, QRect(QPoint(0, 0), size));
    return image;
}

ScanHistoryRow DriveReport::historyRow(const HealthMap& map, const QDateTime& time)
{
    ScanHistoryRow r;
    r.time = time;
    r.regionCount = map.regionCount();
    r.badUnits = map.badUnits().unitCount();
    const std::size_t buckets = map.buckets().count();
    for (std::uint64_t i = 0; i < map.regionCount(); ++i) {
        const RegionInfo info = map.region(i);
        if (info.scanned)
            ++r.scannedRegions;
        if (info.bucket && buckets >= 2 && *info.bucket + 2 >= buckets)
            ++r.slowRegions;
    }
    return r;
}

QString DriveReport::html(const DriveReportInput& in)
{
    QString title;
    if (in.smart && !in.smart->model.empty())
        title = tr("Health report: %1 (%2)").arg(QString::fromStdString(in.smart->model), in.device);
    else
        title = tr("Health report: %1").arg(in.device);
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
                                 "<body>\n<h1>%1</h1>\n")
                      .arg(esc(title));
    out += QStringLiteral("<p>%1</p>\n")
               .arg(esc(tr("Generated %1 by dm-remap %2.")
                            .arg(QLocale().toString(in.generated, QLocale::LongFormat),
                                 QString::fromLatin1(dmremap::version().data(), qsizetype(dmremap::version().size())))));
    if (in.smart) {
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(tr("Model %1, serial number %2, firmware %3.")
                                .arg(QString::fromStdString(in.smart->model), QString::fromStdString(in.smart->serial),
                                     QString::fromStdString(in.smart->firmware))));
    }
    out += smartSection(in);
    out += mapSection(in);
    out += historySection(in);
    out += remapSection(in);
    out += QStringLiteral("</body></html>\n");
    return out;
}

bool DriveReport::writeHtml(const DriveReportInput& input, const QString& path, QString* error)
{
    return writeBytes(path, html(input).toUtf8(), error);
}

bool DriveReport::writePdf(const DriveReportInput& input, const QString& path, QString* error)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setTitle(tr("Health report: %1").arg(input.device));
        writer.setCreator(QStringLiteral("dm-remap"));
        QTextDocument document;
        document.setHtml(html(input));
        document.print(&writer);
    }
    if (pdf.isEmpty()) {
        if (error)
            *error = tr("Cannot write the report to %1: the PDF could not be made.").arg(path);
        return false;
    }
    return writeBytes(path, pdf, error);
}

bool DriveReport::write(const DriveReportInput& input, const QString& path, QString* error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return writePdf(input, path, error);
    return writeHtml(input, path, error);
}

} // namespace dmremap::report
