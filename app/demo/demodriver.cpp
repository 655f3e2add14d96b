#include "demodriver.h"

#include "driveclient.h"
#include "drivecontroller.h"
#include "jobclient.h"
#include "drivelistmodel.h"
#include "drivepage.h"
#include "drivespage.h"
#include "healthmapview.h"
#include "mainwindow.h"
#include "managerclient.h"
#include "ratechart.h"
#include "remapdashboard.h"
#include "remapdeviceclient.h"
#include "rescuewizard.h"
#include "scancontrols.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace dmremap::gui {

DemoDriver::DemoDriver(MainWindow* window, Options options, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options))
{
}

template<typename T>
T* DemoDriver::find(const QString& objectName) const
{
    // The visible one when several share a name (pages that are not shown).
    T* fallback = nullptr;
    for (T* w : m_window->findChildren<T*>(objectName)) {
        if (w->isVisible())
            return w;
        fallback = w;
    }
    return fallback;
}

QStringList DemoDriver::visibleWidgetNames(const QWidget* root)
{
    QStringList names;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        const QString n = w->objectName();
        if (n.isEmpty() || n.startsWith(QStringLiteral("qt_")) || !w->isVisible())
            continue;
        names << n;
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

void DemoDriver::start()
{
    if (!QDir().mkpath(m_options.outDir))
        return fail(QStringLiteral("cannot create the output folder %1").arg(m_options.outDir));
    DriveController* dc = m_window->driveController();
    if (!dc)
        return fail(QStringLiteral("the window is not connected to the helper"));
    connect(dc, &DriveController::scanFinished, this, [this](bool ok, const QString& message) {
        m_scanDone = true;
        m_scanOk = ok;
        m_scanMessage = message;
    });
    connect(dc, &DriveController::healthMapLoaded, this, [this] {
        if (m_scanDone)
            m_mapAfterScan = true;
    });
    QTimer::singleShot(0, this, &DemoDriver::stepDrives);
}

void DemoDriver::fail(const QString& reason)
{
    if (m_failed)
        return;
    m_failed = true;
    std::fprintf(stderr, "demo-fail %s: %s\n", qPrintable(m_step), qPrintable(reason));
    std::fflush(stderr);
    Q_EMIT finished(1);
}

void DemoDriver::waitUntil(const QString& what, Condition reached, Action next)
{
    auto* timer = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, this, [this, timer, clock, what, reached, next] {
        if (m_failed) {
            timer->deleteLater();
            return;
        }
        if (reached()) {
            timer->stop();
            timer->deleteLater();
            next();
            return;
        }
        if (clock->elapsed() > qint64(m_options.timeoutSeconds) * 1000) {
            timer->stop();
            timer->deleteLater();
            fail(QStringLiteral("timed out after %1 s waiting for %2 (page: %3)")
                     .arg(m_options.timeoutSeconds)
                     .arg(what, m_window->currentPageName()));
        }
    });
    timer->start();
}

void DemoDriver::click(QWidget* widget)
{
    if (!widget)
        return fail(QStringLiteral("nothing to click"));
    if (!widget->isVisible() || !widget->isEnabled())
        return fail(QStringLiteral("%1 is not clickable (visible %2, enabled %3)")
                        .arg(widget->objectName())
                        .arg(widget->isVisible())
                        .arg(widget->isEnabled()));
    QPoint at = widget->rect().center();
    // A check box stretched by its layout is wider than what reacts to a
    // click (indicator and label): aim at the indicator, as a user does.
    if (auto* box = qobject_cast<QCheckBox*>(widget)) {
        QStyleOptionButton option;
        option.initFrom(box);
        at = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box).center();
    }
    QTest::mouseClick(widget, Qt::LeftButton, {}, at);
}

void DemoDriver::record(const QString& number, const QString& name, Action next)
{
    m_step = number + QLatin1Char(' ') + name;
    // Let layouts and pending paints settle before the grab.
    QTimer::singleShot(300, this, [this, number, name, next] {
        if (m_failed)
            return;
        const QString base = QDir(m_options.outDir).filePath(number + QLatin1Char('-') + name);
        if (!m_window->grab().save(base + QStringLiteral(".png")))
            return fail(QStringLiteral("cannot save %1.png").arg(base));
        QFile widgets(base + QStringLiteral(".widgets"));
        if (!widgets.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("cannot write %1.widgets").arg(base));
        QByteArray text = "page: " + m_window->currentPageName().toUtf8() + '\n';
        text += "status: " + m_window->statusText().toUtf8() + '\n';
        if (m_window->currentPageName() == QStringLiteral("dashboard")) {
            // What the dashboard shows, for the checks beside the screenshot.
            const RemapDashboard* d = m_window->dashboard();
            const RateChart* chart = d->rateChart();
            text += QStringLiteral("chart: samples %1 peak writes %2 errors %3 remaps %4\n")
                        .arg(chart->sampleCount())
                        .arg(chart->peak(RemapDashboard::Writes))
                        .arg(chart->peak(RemapDashboard::Errors))
                        .arg(chart->peak(RemapDashboard::Remaps))
                        .toUtf8();
            text += "events: " + QByteArray::number(d->eventLog()->count()) + '\n';
        }
        for (const QString& n : visibleWidgetNames(m_window))
            text += n.toUtf8() + '\n';
        widgets.write(text);
        widgets.close();
        std::printf("demo-step %s %s\n", qPrintable(number), qPrintable(name));
        std::fflush(stdout);
        if (m_options.stepHook.isEmpty())
            return next();
        auto* hook = new QProcess(this);
        // The hook's output goes to stderr: stdout carries only the step lines.
        hook->setProcessChannelMode(QProcess::MergedChannels);
        connect(hook, &QProcess::readyReadStandardOutput, this, [hook] {
            const QByteArray out = hook->readAllStandardOutput();
            std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
            std::fflush(stderr);
        });
        connect(hook, &QProcess::errorOccurred, this, [this, hook](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                fail(QStringLiteral("the step hook did not start: %1").arg(hook->errorString()));
        });
        connect(hook, &QProcess::finished, this, [this, hook, next](int code, QProcess::ExitStatus status) {
            hook->deleteLater();
            if (status != QProcess::NormalExit || code != 0)
                return fail(QStringLiteral("the step hook exited with %1").arg(status == QProcess::NormalExit
                                                                                   ? QString::number(code)
                                                                                   : QStringLiteral("a crash")));
            next();
        });
        hook->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), m_options.stepHook + QStringLiteral(" \"$@\""),
                                                QStringLiteral("sh"), number, name});
    });
}

void DemoDriver::stepDrives()
{
    m_step = QStringLiteral("01 drives");
    m_window->showDrives();
    waitUntil(
        QStringLiteral("the helper and %1 in the drive list").arg(m_options.mainName),
        [this] {
            ManagerClient* m = m_window->manager();
            if (m->availability() != ManagerClient::Availability::Available &&
                m->availability() != ManagerClient::Availability::Connecting) {
                fail(QStringLiteral("the helper is not available: %1").arg(m->availabilityText()));
                return false;
            }
            const int row = m_window->driveList()->rowOf(m_options.mainName);
            return row >= 0 && m_window->driveList()->index(row).data(DriveListModel::InHelperRole).toBool();
        },
        [this] {
            m_window->drivesPage()->selectDrive(m_options.mainName);
            record(QStringLiteral("01"), QStringLiteral("drives"), [this] { stepScan(); });
        });
}

void DemoDriver::stepScan()
{
    m_step = QStringLiteral("02 scan");
    const QModelIndex index = m_window->driveList()->index(m_window->driveList()->rowOf(m_options.mainName));
    QListView* list = m_window->drivesPage()->driveList();
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    if (m_window->drivesPage()->selectedDrive() != m_options.mainName)
        return fail(QStringLiteral("clicking %1 in the drive list did not select it").arg(m_options.mainName));
    click(find(QStringLiteral("openDriveButton")));
    waitUntil(
        QStringLiteral("the drive page of %1 with the scan button enabled").arg(m_options.mainName),
        [this] {
            return m_window->currentPageName() == QStringLiteral("drive") &&
                   m_window->driveController()->driveName() == m_options.mainName &&
                   m_window->drivePage()->scanControls()->startButton()->isEnabled();
        },
        [this] {
            m_scanDone = m_scanOk = m_mapAfterScan = false;
            click(m_window->drivePage()->scanControls()->startButton());
            waitUntil(
                QStringLiteral("the scan of %1 to complete").arg(m_options.mainName),
                [this] {
                    if (m_scanDone && !m_scanOk) {
                        fail(QStringLiteral("the scan failed: %1").arg(m_scanMessage));
                        return false;
                    }
                    return m_scanDone && m_mapAfterScan;
                },
                [this] { record(QStringLiteral("02"), QStringLiteral("scan"), [this] { stepHealthMap(); }); });
        });
}

void DemoDriver::stepHealthMap()
{
    m_step = QStringLiteral("03 healthmap");
    waitUntil(
        QStringLiteral("the health map to show the bad blocks of the scan"),
        [this] {
            const auto map = m_window->drivePage()->mapView()->healthMap();
            return map && !map->badUnits().empty();
        },
        [this] {
            // Put the keyboard cursor on the first bad region so its description shows.
            HealthMapView* view = m_window->drivePage()->mapView();
            view->setFocus();
            record(QStringLiteral("03"), QStringLiteral("healthmap"), [this] { stepWizardSpare(); });
        });
}

void DemoDriver::stepWizardSpare()
{
    m_step = QStringLiteral("04 wizard-spare");
    click(m_window->drivePage()->scanControls()->rescueButton());
    waitUntil(
        QStringLiteral("the wizard's first page with %1 chosen").arg(m_options.mainName),
        [this] {
            return m_window->wizard() && m_window->currentPageName() == QStringLiteral("wizard-main") &&
                   m_window->wizard()->button(QWizard::NextButton)->isEnabled();
        },
        [this] {
            click(m_window->wizard()->button(QWizard::NextButton));
            waitUntil(
                QStringLiteral("the spare page"),
                [this] { return m_window->currentPageName() == QStringLiteral("wizard-spare"); },
                [this] {
                    auto* list = find<QListView>(QStringLiteral("spareList"));
                    QModelIndex target;
                    for (int r = 0; list && r < list->model()->rowCount(); ++r) {
                        const QModelIndex i = list->model()->index(r, 0);
                        if (i.data(DriveListModel::NameRole).toString() == m_options.spareName)
                            target = i;
                    }
                    if (!target.isValid())
                        return fail(QStringLiteral("the spare %1 is not offered").arg(m_options.spareName));
                    list->scrollTo(target);
                    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(target).center());
                    waitUntil(
                        QStringLiteral("the spare %1 to be accepted").arg(m_options.spareName),
                        [this] {
                            return m_window->wizard()->plan().spareName == m_options.spareName &&
                                   m_window->wizard()->button(QWizard::NextButton)->isEnabled();
                        },
                        [this] {
                            record(QStringLiteral("04"), QStringLiteral("wizard-spare"), [this] {
                                click(m_window->wizard()->button(QWizard::NextButton));
                                stepWizardOptions();
                            });
                        });
                });
        });
}

void DemoDriver::stepWizardOptions()
{
    m_step = QStringLiteral("05 wizard-options");
    waitUntil(
        QStringLiteral("the options page with the scan's result"),
        [this] {
            return m_window->currentPageName() == QStringLiteral("wizard-options") &&
                   m_window->wizard()->button(QWizard::NextButton)->isEnabled();
        },
        [this] {
            record(QStringLiteral("05"), QStringLiteral("wizard-options"), [this] {
                click(m_window->wizard()->button(QWizard::NextButton));
                stepWizardReview();
            });
        });
}

void DemoDriver::stepWizardReview()
{
    m_step = QStringLiteral("06 wizard-review");
    waitUntil(
        QStringLiteral("the review page"),
        [this] { return m_window->currentPageName() == QStringLiteral("wizard-review"); },
        [this] {
            QAbstractButton* commit = m_window->wizard()->button(QWizard::CommitButton);
            if (commit->isEnabled())
                return fail(QStringLiteral("the commit button is enabled before the confirmation"));
            record(QStringLiteral("06"), QStringLiteral("wizard-review"), [this, commit] {
                // The confirmation: a tick, then the commit button.
                click(find<QCheckBox>(QStringLiteral("confirmCheck")));
                waitUntil(
                    QStringLiteral("the commit button after the confirmation"), [commit] { return commit->isEnabled(); },
                    [this, commit] {
                        click(commit);
                        stepCreated();
                    });
            });
        });
}

void DemoDriver::stepCreated()
{
    m_step = QStringLiteral("07 created");
    waitUntil(
        QStringLiteral("the rescue to finish"),
        [this] {
            RescueWizard* w = m_window->wizard();
            if (!w)
                return false;
            if (w->runFinished() && !w->runSucceeded()) {
                fail(QStringLiteral("the rescue failed: %1").arg(w->runError()));
                return false;
            }
            return w->runSucceeded() && m_window->currentPageName() == QStringLiteral("wizard-summary");
        },
        [this] {
            m_device = m_window->wizard()->createdDevice();
            RemapDeviceClient* device = m_window->manager()->remapDeviceByName(m_device);
            if (!device)
                return fail(QStringLiteral("the helper does not list %1").arg(m_device));
            // A fresh read of the counters, not the last streamed one.
            auto fresh = std::make_shared<bool>(false);
            connect(device, &RemoteObject::propertiesChanged, this, [fresh] { *fresh = true; },
                    Qt::SingleShotConnection);
            device->refresh();
            waitUntil(
                QStringLiteral("the status of %1").arg(m_device), [fresh] { return *fresh; },
                [this, device] {
                    m_baselineRemapped = device->remapped();
                    std::fprintf(stderr, "demo-driver: %s has %llu remapped units after the wizard\n",
                                 qPrintable(m_device), static_cast<unsigned long long>(m_baselineRemapped));
                    record(QStringLiteral("07"), QStringLiteral("created"), [this] { stepDashboard(); });
                });
        });
}

void DemoDriver::stepDashboard()
{
    m_step = QStringLiteral("08 dashboard");
    if (!m_window->wizard())
        return fail(QStringLiteral("the wizard went away"));
    click(find(QStringLiteral("summaryDashboardButton")));
    waitUntil(
        QStringLiteral("the dashboard of %1 to show more than %2 remapped units")
            .arg(m_device)
            .arg(m_baselineRemapped),
        [this] {
            RemapDashboard* d = m_window->dashboard();
            return m_window->currentPageName() == QStringLiteral("dashboard") && d->device() &&
                   d->device()->name() == m_device && d->shownRemapped() > m_baselineRemapped;
        },
        [this] { record(QStringLiteral("08"), QStringLiteral("dashboard"), [this] { stepDone(); }); });
}

void DemoDriver::stepDone()
{
    m_step = QStringLiteral("09 done");
    record(QStringLiteral("09"), QStringLiteral("done"), [this] { Q_EMIT finished(0); });
}

} // namespace dmremap::gui
