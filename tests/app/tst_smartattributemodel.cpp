// The SMART attribute table over real dumps (testdata/smart) and made-up
// attributes for the states no dump shows.
#include "smartattributemodel.h"

#include "smart/blobsmartsource.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSortFilterProxyModel>
#include <QScopeGuard>
#include <QTest>

using namespace dmremap;
using namespace dmremap::gui;

namespace {

SmartReport loadDump(const char* name)
{
    auto source = BlobSmartSource::fromFile(std::string(DMREMAP_TESTDATA_DIR) + "/smart/" + name);
    if (!source)
        qFatal("cannot open the dump %s", name);
    auto report = (*source)->read();
    if (!report)
        qFatal("cannot decode the dump %s", name);
    return std::move(report).value();
}

int rowOfId(const QAbstractItemModel& model, int id)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(SmartAttributeModel::AttributeIdRole).toInt() == id)
            return r;
    return -1;
}

SmartAttribute made(std::uint8_t id, std::optional<bool> goodNow, std::optional<bool> goodInThePast, bool warn)
{
    SmartAttribute a;
    a.id = id;
    a.name = "attribute-" + std::to_string(id);
    a.value = 100;
    a.worst = 90;
    a.threshold = 50;
    a.prefailure = true;
    a.goodNow = goodNow;
    a.goodInThePast = goodInThePast;
    a.warn = warn;
    return a;
}

} // namespace

class TestSmartAttributeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void modelTester()
    {
        SmartAttributeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(loadDump("Maxtor_96147H8--BAC51KJ0"));
        QVERIFY(model.rowCount() > 20);
        model.setReport(loadDump("ST320410A--3.39"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.setReport(loadDump("WDC_WD5000AAKS--00TMA0-12.01C01"));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SmartAttributeModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(SmartAttributeModel::RawColumn, Qt::DescendingOrder);
    }

    void valuesOfTheMaxtorWithBadSectors()
    {
        // skdump --load of this dump: "197 current-pending-sector 251 251 0 2 sectors 0x020000000000 old-age"
        // and "8 seek-time-performance 250 239 187 n/a 0x932c0d0054e0 prefail".
        SmartAttributeModel model;
        model.setReport(loadDump("Maxtor_96147H8--BAC51KJ0"));
        const int pending = rowOfId(model, 197);
        QVERIFY(pending >= 0);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(pending, SmartAttributeModel::NameColumn).toString(), QStringLiteral("Current pending sectors"));
        QCOMPARE(cell(pending, SmartAttributeModel::ValueColumn).toInt(), 251);
        QCOMPARE(cell(pending, SmartAttributeModel::ThresholdColumn).toInt(), 0);
        QCOMPARE(cell(pending, SmartAttributeModel::RawColumn).toString(), QStringLiteral("0x020000000000"));
        QCOMPARE(cell(pending, SmartAttributeModel::PrettyColumn).toString(), QStringLiteral("2 sectors"));
        QCOMPARE(cell(pending, SmartAttributeModel::TypeColumn).toString(), QStringLiteral("Old-age"));
        QCOMPARE(cell(pending, 0, SmartAttributeModel::PrefailureRole).toBool(), false);
        QVERIFY(!cell(pending, 0, Qt::FontRole).isValid());

        const int seek = rowOfId(model, 8);
        QCOMPARE(cell(seek, SmartAttributeModel::TypeColumn).toString(), QStringLiteral("Pre-failure"));
        QCOMPARE(cell(seek, SmartAttributeModel::PrettyColumn).toString(), QStringLiteral("n/a"));
        QCOMPARE(cell(seek, SmartAttributeModel::RawColumn, SmartAttributeModel::SortRole).toULongLong(),
                 0xe054000d2c93ull); // little-endian raw[0..5]
        // Pre-failure attributes are highlighted.
        QVERIFY(qvariant_cast<QFont>(cell(seek, 0, Qt::FontRole)).bold());

        const int powerOn = rowOfId(model, 9);
        QCOMPARE(cell(powerOn, SmartAttributeModel::NameColumn).toString(), QStringLiteral("Power-on minutes"));
        QCOMPARE(cell(powerOn, SmartAttributeModel::PrettyColumn).toString(), QStringLiteral("2.8 months"));
        const int unknown = rowOfId(model, 96);
        QCOMPARE(cell(unknown, SmartAttributeModel::NameColumn).toString(), QStringLiteral("Attribute 96"));
    }

    void prettyTextAgreesWithSkdump_data()
    {
        QTest::addColumn<QString>("dump");
        for (const char* d : {"Maxtor_96147H8--BAC51KJ0", "ST320410A--3.39", "FUJITSU_MHY2250BH--0085000B",
                              "SAMSUNG_MP0804H--UE100-14", "WDC_WD2500JB--00REA0-20.00K20"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }
    void prettyTextAgreesWithSkdump()
    {
        // In the C locale our translated units match libatasmart's, except
        // the degree sign we add to temperatures.
        QFETCH(QString, dump);
        QLocale::setDefault(QLocale::c()); // no digit grouping, as skdump
        auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
        const SmartReport report = loadDump(dump.toLatin1().constData());
        for (const auto& a : report.attributes) {
            QString expected = QString::fromStdString(a.prettyText());
            if (a.prettyUnit == SmartUnit::MilliKelvin)
                expected.replace(QStringLiteral(" C"), QStringLiteral(" °C"));
            QCOMPARE(SmartAttributeModel::prettyText(a), expected);
        }
    }

    void severityAndHighlight_data()
    {
        QTest::addColumn<int>("goodNow"); // -1 absent, 0 false, 1 true
        QTest::addColumn<int>("goodInThePast");
        QTest::addColumn<bool>("warn");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("assessment");
        QTest::addColumn<bool>("tinted");
        QTest::newRow("good") << 1 << 1 << false << int(SmartAttributeModel::Good) << "OK" << false;
        QTest::newRow("failing now") << 0 << 0 << true << int(SmartAttributeModel::FailingNow) << "Failing now"
                                     << true;
        QTest::newRow("failed in the past") << 1 << 0 << false << int(SmartAttributeModel::FailedInThePast)
                                            << "Failed in the past" << true;
        QTest::newRow("warning") << -1 << -1 << true << int(SmartAttributeModel::Warning) << "Warning" << true;
    }
    void severityAndHighlight()
    {
        QFETCH(int, goodNow);
        QFETCH(int, goodInThePast);
        QFETCH(bool, warn);
        QFETCH(int, severity);
        QFETCH(QString, assessment);
        QFETCH(bool, tinted);
        auto opt = [](int v) { return v < 0 ? std::optional<bool>() : std::optional<bool>(v == 1); };
        SmartReport report;
        report.attributes.push_back(made(5, opt(goodNow), opt(goodInThePast), warn));
        SmartAttributeModel model;
        model.setReport(report);
        const QModelIndex index = model.index(0, SmartAttributeModel::AssessmentColumn);
        QCOMPARE(index.data(SmartAttributeModel::SeverityRole).toInt(), severity);
        QCOMPARE(index.data().toString(), assessment);
        QCOMPARE(index.data(Qt::BackgroundRole).isValid(), tinted);
    }

    void sortsNumbersAsNumbers()
    {
        SmartAttributeModel model;
        model.setReport(loadDump("ST320410A--3.39"));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SmartAttributeModel::SortRole);
        proxy.sort(SmartAttributeModel::IdColumn, Qt::AscendingOrder);
        // As text "10" would sort before "9".
        int last = -1;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const int id = proxy.index(r, SmartAttributeModel::IdColumn).data().toInt();
            QVERIFY(id > last);
            last = id;
        }
        proxy.sort(SmartAttributeModel::AssessmentColumn, Qt::DescendingOrder);
        QVERIFY(proxy.index(0, 0).data(SmartAttributeModel::SeverityRole).toInt()
                >= proxy.index(proxy.rowCount() - 1, 0).data(SmartAttributeModel::SeverityRole).toInt());
    }
};

QTEST_GUILESS_MAIN(TestSmartAttributeModel)
#include "tst_smartattributemodel.moc"
