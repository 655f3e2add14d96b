#pragma once

#include "dm/remapstatus.h"
#include "healthmap/healthmap.h"
#include "smart/smartreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace dmremap::report {

/// One earlier scan of the drive, as the report's history table shows it.
struct ScanHistoryRow {
    QDateTime time; ///< when the scan ended (local time is shown)
    std::uint64_t scannedRegions = 0; ///< regions that were read at least once
    std::uint64_t regionCount = 0; ///< regions of the device
    std::uint64_t badUnits = 0; ///< units that could not be read (remap units)
    std::uint64_t slowRegions = 0; ///< regions in the two slowest latency buckets
};

/// A remap device of the drive (its status line, parsed) and its name.
struct RemapDeviceRow {
    QString name; ///< device-mapper name, e.g. "dmremap-sdb"
    QString spare; ///< kernel name of the spare, e.g. "sdc"
    dm::RemapStatus status;
};

/// Everything a drive's health report shows. Every field is optional except
/// the device: a report of a drive without ATA SMART, without a scan or
/// without a remap device says so in words.
struct DriveReportInput {
    QString device; ///< kernel name or path, e.g. "sdb"
    QDateTime generated = QDateTime::currentDateTime();
    std::optional<SmartReport> smart; ///< nullopt: no ATA SMART on this drive
    QString smartUnavailableReason; ///< why there is no SMART, shown when smart is nullopt
    std::shared_ptr<const HealthMap> map; ///< the newest (or merged) scan; may be null
    QList<ScanHistoryRow> history; ///< oldest first
    QList<RemapDeviceRow> remapDevices;
};

/// A drive's health report for technicians to hand to their customers: the
/// SMART verdict in plain words, the SMART attribute table, a picture of the
/// health map with the counts behind it, the scan history and the remap
/// devices' status.
///
/// The HTML is self-contained (the map image is embedded as a data: URL), in
/// the subset of HTML 4 that QTextDocument renders, so the PDF is the same
/// document laid out on A4 by Qt's own printing (QPdfWriter). Strings are
/// translatable (context dmremap::report::DriveReport). Stateless; call from
/// the GUI thread or any thread with a QGuiApplication (fonts are needed).
class DriveReport
{
    Q_DECLARE_TR_FUNCTIONS(dmremap::report::DriveReport)
public:
    /// The health map drawn whole into an image of size `size` (pixels), with
    /// the application's standard palette; a null image when there is no map.
    static QImage mapImage(const HealthMap& map, QSize size);

    /// The report as one HTML document (UTF-8 when written).
    static QString html(const DriveReportInput& input);

    /// Writes html(input) to `path` (replaced atomically through a temporary
    /// file). On failure returns false and sets *error to a sentence naming
    /// the path and the reason.
    static bool writeHtml(const DriveReportInput& input, const QString& path, QString* error = nullptr);

    /// Writes the report as a PDF (A4, 15 mm margins, 300 dpi) to `path`,
    /// atomically as writeHtml(). Needs a QGuiApplication.
    static bool writePdf(const DriveReportInput& input, const QString& path, QString* error = nullptr);

    /// writePdf() when `path` ends in ".pdf" (any case), writeHtml() otherwise.
    static bool write(const DriveReportInput& input, const QString& path, QString* error = nullptr);

    /// The history row of one scan: counts taken from the map.
    static ScanHistoryRow historyRow(const HealthMap& map, const QDateTime& time);
};

} // namespace dmremap::report
