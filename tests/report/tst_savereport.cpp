// The drive page's "Save report…" action: in the File menu and beside the
// scan controls; it writes what the window shows (here saved SMART data of a
// healthy drive, offline) as HTML and PDF, and fails with a message naming
// the path when the folder does not exist.
#include "drivepage.h"
#include "mainwindow.h"
#include "savereport.h"
#include "scancontrols.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace dmremap;
using dmremap::report::SaveReport;

class TestSaveReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesWhatTheWindowShows()
    {
        gui::MainWindow window;
        QAction* action = SaveReport::install(window);
        QVERIFY(action);
        QVERIFY(window.menuBar()->actions().value(0)->menu()->actions().contains(action));
        auto* button = window.drivePage()->scanControls()->findChild<QToolButton*>(QStringLiteral("saveReportButton"));
        QVERIFY(button);
        QCOMPARE(button->defaultAction(), action);

        QVERIFY(window.openSmartBlob(QStringLiteral(DMREMAP_TESTDATA_DIR "/smart/ST9100821AS--3.CME"), true));
        const report::DriveReportInput in = SaveReport::input(window);
        QVERIFY(in.smart);
        QCOMPARE(QString::fromStdString(in.smart->model), QStringLiteral("ST9100821AS"));

        QTemporaryDir dir;
        QVERIFY(SaveReport::save(window, dir.filePath(QStringLiteral("r.html")), true));
        QFile html(dir.filePath(QStringLiteral("r.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.contains(QStringLiteral("ST9100821AS")));
        QVERIFY(text.contains(QStringLiteral("This disk is healthy")));

        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(SaveReport::save(window, pdf, true));
        QProcess p;
        p.start(QStringLiteral(PDFTOTEXT), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString pdfText = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(pdfText.contains(QStringLiteral("ST9100821AS")), qPrintable(pdfText.left(400)));
        QVERIFY(pdfText.contains(QStringLiteral("This disk is healthy")));

        QString error;
        const QString bad = dir.filePath(QStringLiteral("missing/r.pdf"));
        QVERIFY(!SaveReport::save(window, bad, true, &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
    }
};

QTEST_MAIN(TestSaveReport)
#include "tst_savereport.moc"
