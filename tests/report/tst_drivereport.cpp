// The health report: HTML content, a PDF whose first page is not blank and
// whose text holds the drive's model and verdict, clear errors on bad paths.
#include "drivereport.h"

#include "smart/blobsmartsource.h"
#include "smartverdict.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmremap;
using dmremap::report::DriveReport;
using dmremap::report::DriveReportInput;

namespace {

const char* const kDump = DMREMAP_TESTDATA_DIR "/smart/FUJITSU_MHY2250BH--0085000B";

SmartReport loadSmart()
{
    auto source = BlobSmartSource::fromFile(kDump);
    if (!source)
        qFatal("cannot load %s", kDump);
    auto report = source.value()->read();
    if (!report)
        qFatal("cannot read %s", kDump);
    return report.value();
}

/// 1 GiB, 1 MiB regions, 4 KiB units; everything read fast except two bad
/// ranges, one pending and one remapped unit.
std::shared_ptr<HealthMap> makeMap()
{
    auto map = std::make_shared<HealthMap>(
        HealthMapGeometry{.deviceBytes = 1ull << 30, .regionBytes = 1 << 20, .unitBytes = 4096});
    map->recordRead(0, 1ull << 30, std::chrono::microseconds(200));
    map->markBad(1000, 8);
    map->markBad(200000, 1);
    map->markPending(5000);
    map->markRemapped(7000);
    return map;
}

DriveReportInput makeInput()
{
    DriveReportInput in;
    in.device = QStringLiteral("sdb");
    in.smart = loadSmart();
    in.map = makeMap();
    in.history = {DriveReport::historyRow(*in.map, QDateTime(QDate(2026, 11, 1), QTime(12, 0)))};
    report::RemapDeviceRow dev;
    dev.name = QStringLiteral("dmremap-sdb");
    dev.spare = QStringLiteral("sdc");
    dev.status = dm::RemapStatus::parse("1.0.0 degraded 4096 17/30000 3 5 2 15 2 41 2/2").value();
    in.remapDevices = {dev};
    return in;
}

QString run(const char* program, const QStringList& args)
{
    QProcess p;
    p.start(QString::fromLatin1(program), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning() << program << args << "failed:" << p.readAllStandardError();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestDriveReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void htmlHoldsEverySection()
    {
        const DriveReportInput in = makeInput();
        const QString html = DriveReport::html(in);
        QVERIFY(html.contains(QStringLiteral("FUJITSU MHY2250BH")));
        QVERIFY(html.contains(gui::SmartVerdict::headline(*in.smart).toHtmlEscaped()));
        // Every attribute of the drive is a row of the table.
        for (const SmartAttribute& a : in.smart->attributes)
            QVERIFY2(html.contains(QString::fromStdString(a.name)), a.name.c_str());
        QVERIFY(html.contains(QStringLiteral("data:image/png;base64,")));
        // 9 bad units in two ranges: the first bad sectors are listed.
        QVERIFY(html.contains(QStringLiteral("9 unit(s)")));
        QVERIFY(html.contains(QStringLiteral("8000–8063")));
        QVERIFY(html.contains(QStringLiteral("dmremap-sdb")));
        QVERIFY(html.contains(QStringLiteral("17 / 30,000")) || html.contains(QStringLiteral("17 / 30000")));
        QVERIFY(html.contains(QStringLiteral("degraded")));
    }

    void sectionsSayWhatIsMissing()
    {
        DriveReportInput in;
        in.device = QStringLiteral("nvme0n1");
        in.smartUnavailableReason = QStringLiteral("NVMe drives have no ATA SMART.");
        const QString html = DriveReport::html(in);
        QVERIFY(html.contains(QStringLiteral("NVMe drives have no ATA SMART.")));
        QVERIFY(html.contains(QStringLiteral("has not been scanned")));
        QVERIFY(html.contains(QStringLiteral("No earlier scans")));
        QVERIFY(html.contains(QStringLiteral("No remap device")));
        QVERIFY(!html.contains(QStringLiteral("data:image/png")));
    }

    void mapImageShowsBadRegions()
    {
        const auto map = makeMap();
        const QImage image = DriveReport::mapImage(*map, QSize(300, 100));
        QCOMPARE(image.size(), QSize(300, 100));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                colours.insert(image.pixel(x, y));
        // Fast regions, error regions, pending/remapped overlays, background.
        QVERIFY2(colours.size() >= 3, qPrintable(QString::number(colours.size())));
    }

    void historyRowCounts()
    {
        const auto map = makeMap();
        const auto row = DriveReport::historyRow(*map, {});
        QCOMPARE(row.regionCount, 1024u);
        QCOMPARE(row.scannedRegions, 1024u);
        QCOMPARE(row.badUnits, 9u);
        QCOMPARE(row.slowRegions, 0u);
    }

    void pdfFirstPageIsNotBlankAndHoldsModelAndVerdict()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const DriveReportInput in = makeInput();
        QString error;
        QVERIFY2(DriveReport::write(in, pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        run(PDFTOPPM, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                       QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
                       pdf, dir.filePath(QStringLiteral("page1"))});
        const QImage page(dir.filePath(QStringLiteral("page1.png")));
        QVERIFY(!page.isNull());
        int ink = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                ink += qGray(page.pixel(x, y)) < 200;
        // A4 at 40 dpi is about 330x468 px: text, tables and the map image
        // cover far more than 2 % of it.
        QVERIFY2(ink > page.width() * page.height() / 50, qPrintable(QString::number(ink)));

        const QString text = run(PDFTOTEXT, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("FUJITSU MHY2250BH")), qPrintable(text.left(400)));
        QVERIFY(text.simplified().contains(gui::SmartVerdict::headline(*in.smart).simplified()));
        QVERIFY(text.contains(QStringLiteral("GOOD")));
    }

    void htmlFileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QString error;
        QVERIFY2(DriveReport::write(makeInput(), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).startsWith(QStringLiteral("<!DOCTYPE html>")));
    }

    void badPathGivesAClearErrorAndLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/report.pdf"));
        QString error;
        QVERIFY(!DriveReport::write(makeInput(), path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        // An existing report is not damaged by a failed write elsewhere, and a
        // successful write replaces it whole.
        const QString good = dir.filePath(QStringLiteral("r.html"));
        QVERIFY(DriveReport::write(makeInput(), good, &error));
        const qint64 size = QFileInfo(good).size();
        QVERIFY(size > 1000);
    }
};

QTEST_MAIN(TestDriveReport)
#include "tst_drivereport.moc"
