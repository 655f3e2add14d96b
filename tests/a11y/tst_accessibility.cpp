// Accessibility of the window offscreen, without a helper: every custom
// painted widget (health map, legend, rate chart), every gauge and every
// input a screen reader lands on has an accessible name; the rescue wizard
// can be walked with the keyboard alone (Tab reaches the drive list and
// Next, arrow keys pick a drive, Return goes on); at the scale factor of the
// environment (CTest runs this at 100 % and at 200 %) the window renders at
// that device pixel ratio and the health map is drawn, not blank.
#include "drivelistmodel.h"
#include "../lib/twodisks.h"
#include "drivepage.h"
#include "healthmaplegend.h"
#include "healthmapview.h"
#include "mainwindow.h"
#include "ratechart.h"
#include "remapdashboard.h"
#include "remapdeviceclient.h"
#include "rescuewizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QTest>

using namespace dmremap::gui;
using dmremap::test::noBus;
using dmremap::test::TwoDisks;

namespace {

QString describe(const QWidget* w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
}

bool hasBuddy(const QWidget* root, const QWidget* w)
{
    for (const QLabel* l : root->findChildren<QLabel*>())
        if (l->buddy() == w)
            return true;
    return false;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCustomWidgetAndInputHasAName()
    {
        MainWindow window;
        window.connectHelper(noBus(), std::make_unique<TwoDisks>());
        QVERIFY(window.openSmartBlob(QStringLiteral(DMREMAP_TESTDATA_DIR "/smart/ST9100821AS--3.CME"), true));
        window.showWizard(QStringLiteral("sdb"));
        QVERIFY(window.wizard());
        QList<QWidget*> widgets = window.findChildren<QWidget*>();
        QStringList unnamed;
        int checked = 0;
        for (QWidget* w : std::as_const(widgets)) {
            const bool custom = qobject_cast<HealthMapView*>(w) || qobject_cast<HealthMapLegend*>(w) ||
                                qobject_cast<RateChart*>(w) || qobject_cast<QProgressBar*>(w);
            // Inputs with no text of their own: a screen reader needs a name
            // (or a label whose buddy they are).
            const bool input = qobject_cast<QAbstractItemView*>(w) || qobject_cast<QLineEdit*>(w) ||
                               qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w);
            if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                continue; // the spin box's own editor
            if (qobject_cast<QLineEdit*>(w) && qobject_cast<QComboBox*>(w->parentWidget()))
                continue;
            // Header views and a combo box's popup list are parts of a
            // named widget, not stops of their own.
            if (qobject_cast<QHeaderView*>(w) || w->inherits("QComboBoxListView"))
                continue;
            if (!custom && !input)
                continue;
            ++checked;
            if (w->accessibleName().isEmpty() && !hasBuddy(&window, w))
                unnamed << describe(w);
        }
        QVERIFY(checked >= 8);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without an accessible name: ") + unnamed.join(u", ")));
    }

    void wizardByKeyboardAlone()
    {
        MainWindow window;
        window.resize(1000, 760);
        window.connectHelper(noBus(), std::make_unique<TwoDisks>());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWizard(QString());
        RescueWizard* wizard = window.wizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentPageName(), QStringLiteral("wizard-main"));
        QAbstractButton* next = wizard->button(QWizard::NextButton);
        QTRY_VERIFY(window.driveList()->rowCount() >= 2);

        // Tab from the first focusable widget of the wizard: the drive list
        // and the Next button are in the chain.
        wizard->setFocus();
        QSet<QWidget*> visited;
        QListView* list = nullptr;
        bool reachedNext = false;
        for (int i = 0; i < 40; ++i) {
            QWidget* f = QApplication::focusWidget();
            QVERIFY(f);
            visited.insert(f);
            if (auto* l = qobject_cast<QListView*>(f); l && wizard->isAncestorOf(l))
                list = l;
            reachedNext = reachedNext || f == next;
            QTest::keyClick(f, Qt::Key_Tab);
        }
        QVERIFY2(list, "Tab never reached the drive list");
        QVERIFY2(reachedNext || !next->isEnabled(), "Tab never reached Next");

        // Arrow keys choose the failing drive; Return (Next is the default
        // button) goes on to the spare.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Up);
        QVERIFY(list->currentIndex().isValid());
        QTRY_VERIFY(next->isEnabled());
        QTest::keyClick(list, Qt::Key_Return);
        if (wizard->currentPageName() == QStringLiteral("wizard-main"))
            QTest::keyClick(next, Qt::Key_Space); // Return may be taken by the list's activation
        QCOMPARE(wizard->currentPageName(), QStringLiteral("wizard-spare"));
        auto* spares = wizard->findChild<QListView*>(QStringLiteral("spareList"));
        QVERIFY(spares);
        spares->setFocus();
        QTest::keyClick(spares, Qt::Key_Down);
        QVERIFY(spares->currentIndex().isValid());
        // One candidate: Down cannot move; Space selects the focused row.
        if (spares->selectionModel()->selectedRows().isEmpty())
            QTest::keyClick(spares, Qt::Key_Space);
        QTRY_VERIFY(next->isEnabled());
        QTest::keyClick(next, Qt::Key_Space);
        QCOMPARE(wizard->currentPageName(), QStringLiteral("wizard-options"));
    }

    void rendersAtTheScaleFactor()
    {
        const qreal factor = qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble()
                                                                          : 1.0;
        MainWindow window;
        window.resize(900, 700);
        QVERIFY(window.openSmartBlob(QStringLiteral(DMREMAP_TESTDATA_DIR "/smart/ST9100821AS--3.CME"), true));
        auto map = std::make_shared<dmremap::HealthMap>(
            dmremap::HealthMapGeometry{.deviceBytes = 1ull << 30, .regionBytes = 1 << 20, .unitBytes = 4096});
        map->recordRead(0, 1ull << 29, std::chrono::microseconds(200));
        map->markBad(200000, 64);
        window.drivePage()->setHealthMap(map);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.devicePixelRatio(), factor);
        const QPixmap shot = window.grab();
        QCOMPARE(shot.devicePixelRatio(), factor);
        QCOMPARE(shot.width(), qRound(window.width() * factor));
        const QString out = QStringLiteral("a11y-scale-%1.png").arg(qRound(factor * 100));
        QVERIFY(shot.save(out));
        qInfo() << "screenshot" << out << shot.size();

        // The health map at that ratio: drawn (several colours), in device pixels.
        HealthMapView* view = window.drivePage()->mapView();
        const QImage img = view->viewport()->grab().toImage();
        QCOMPARE(img.width(), qRound(view->viewport()->width() * factor));
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4)
                colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() >= 3, qPrintable(QStringLiteral("%1 colours").arg(colours.size())));

        // No label is cut off: each is at least as wide as its text needs
        // (word-wrapped ones excepted), at this scale as at 100 %.
        QStringList cut;
        for (QLabel* l : window.findChildren<QLabel*>()) {
            if (!l->isVisible() || l->wordWrap() || l->text().isEmpty())
                continue;
            if (l->width() + 1 < l->minimumSizeHint().width())
                cut << describe(l) + QLatin1Char(' ') + l->text();
        }
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("labels cut off: ") + cut.join(u" | ")));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
