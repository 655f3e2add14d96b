// The rescue wizard offscreen, without a helper: the pages in order, the
// confirmation gate of the review page, and the refusal when the helper
// cannot be reached.
#include "drivelistmodel.h"
#include "../lib/twodisks.h"
#include "helperconnection.h"
#include "managerclient.h"
#include "rescuewizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDBusConnection>
#include <QLabel>
#include <QListView>
#include <QTest>

using namespace dmremap::gui;
using dmremap::test::TwoDisks;

namespace {

void clickRow(QListView* list, const QString& name)
{
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        const QModelIndex i = list->model()->index(r, 0);
        if (i.data(DriveListModel::NameRole).toString() == name) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(i).center());
            return;
        }
    }
    QFAIL("row not found");
}

} // namespace

class TestRescueWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void walksToTheReviewAndRefusesWithoutHelper()
    {
        // A bus address nobody listens on: the manager is "no bus", calls fail at once.
        HelperConnection connection(QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"),
                                                                  QStringLiteral("nobus")));
        ManagerClient manager(&connection);
        manager.start();
        QCOMPARE(manager.availability(), ManagerClient::Availability::NoBus);
        QVERIFY(manager.availabilityText().contains(QStringLiteral("system D-Bus")));
        DriveListModel drives(std::make_unique<TwoDisks>());

        QWidget host;
        host.resize(900, 700);
        RescueWizard wizard(&manager, &drives, &host);
        wizard.resize(900, 700);
        host.show();
        wizard.restart();
        wizard.setMainDrive(QStringLiteral("sdb"));
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QCOMPARE(wizard.currentPageName(), QStringLiteral("wizard-main"));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentPageName(), QStringLiteral("wizard-spare"));
        QVERIFY(!next->isEnabled());
        auto* spareList = wizard.findChild<QListView*>(QStringLiteral("spareList"));
        QCOMPARE(spareList->model()->rowCount(), 1); // the main drive is not offered
        clickRow(spareList, QStringLiteral("sdc"));
        QVERIFY(next->isEnabled());
        QCOMPARE(wizard.plan().spareName, QStringLiteral("sdc"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentPageName(), QStringLiteral("wizard-options"));
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentPageName(), QStringLiteral("wizard-review"));

        auto* plan = wizard.findChild<QLabel*>(QStringLiteral("planText"));
        QVERIFY2(plan->text().contains(QStringLiteral("Erase the spare /dev/sdc")), qPrintable(plan->text()));
        QVERIFY(plan->text().contains(QStringLiteral("/dev/mapper/remap-sdb")));
        QAbstractButton* commit = wizard.button(QWizard::CommitButton);
        QVERIFY(commit->isVisible());
        QVERIFY(!commit->isEnabled()); // nothing is written before the tick
        auto* confirm = wizard.findChild<QCheckBox*>(QStringLiteral("confirmCheck"));
        QVERIFY(confirm->text().contains(QStringLiteral("/dev/sdc")));
        QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(4, confirm->height() / 2));
        QVERIFY(commit->isEnabled());

        QTest::mouseClick(commit, Qt::LeftButton);
        QCOMPARE(wizard.currentPageName(), QStringLiteral("wizard-summary"));
        QTRY_VERIFY(wizard.runFinished());
        QVERIFY(!wizard.runSucceeded());
        QVERIFY2(wizard.runError().contains(QStringLiteral("system bus")), qPrintable(wizard.runError()));
        QVERIFY(wizard.createdDevice().isEmpty());
        auto* next_steps = wizard.findChild<QLabel*>(QStringLiteral("nextSteps"));
        QVERIFY(next_steps->text().contains(QStringLiteral("Nothing was created")));
    }
};

QTEST_MAIN(TestRescueWizard)
#include "tst_rescuewizard.moc"
