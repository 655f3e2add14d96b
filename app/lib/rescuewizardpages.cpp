#include "rescuewizardpages.h"

#include "byteformat.h"
#include "driveclient.h"
#include "drivelistmodel.h"
#include "helpererrortext.h"
#include "jobclient.h"
#include "managerclient.h"
#include "remapdeviceclient.h"
#include "rescuewizard.h"

#include <QCheckBox>
#include <QDBusMessage>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

namespace dmremap::gui {

namespace {

QListView* makeDriveList(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* list = new QListView(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    list->setSpacing(2);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    return list;
}

/// The selected row (a list's current index alone is not a choice: views
/// make the first row current when they get the focus).
QModelIndex selectedRow(const QListView* list)
{
    const QModelIndexList rows = list->selectionModel()->selectedIndexes();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

QLabel* makeProblemLabel(QWidget* parent, const QString& name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    return l;
}

} // namespace

// --- MainDrivePage ---------------------------------------------------------

MainDrivePage::MainDrivePage(RescueWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("wizardMainPage"));
    setTitle(tr("Which drive is failing?"));
    setSubTitle(tr("Its data stays where it is; nothing is written to it."));
    m_list = makeDriveList(this, QStringLiteral("mainList"), tr("Failing drive"));
    m_list->setModel(wizard->drives());
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose the drive that shows read or write errors. The rescue builds a new device "
                                "over it that sends its bad blocks to a healthy spare."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QWizardPage::completeChanged);
}

void MainDrivePage::initializePage()
{
    if (!selectedRow(m_list).isValid() && !m_wizard->plan().mainName.isEmpty())
        select(m_wizard->plan().mainName);
}

void MainDrivePage::select(const QString& name)
{
    m_wizard->plan().mainName = name;
    const int row = m_wizard->drives()->rowOf(name);
    if (row >= 0)
        m_list->setCurrentIndex(m_wizard->drives()->index(row));
}

bool MainDrivePage::isComplete() const
{
    return selectedRow(m_list).isValid();
}

bool MainDrivePage::validatePage()
{
    RescuePlan& plan = m_wizard->plan();
    const QModelIndex i = selectedRow(m_list);
    const QString name = i.data(DriveListModel::NameRole).toString();
    if (name != plan.mainName) {
        plan.badUnits.clear();
        plan.deviceName.clear();
    }
    plan.mainName = name;
    plan.mainBytes = i.data(DriveListModel::SizeRole).toULongLong();
    if (plan.deviceName.isEmpty())
        plan.deviceName = QStringLiteral("remap-") + name;
    return !name.isEmpty();
}

// --- SparePage -------------------------------------------------------------

SparePage::SparePage(RescueWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("wizardSparePage"));
    setTitle(tr("Which device becomes the spare?"));
    setSubTitle(tr("Everything on the spare is erased. It must be on another, healthy disk."));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(wizard->drives());
    m_proxy->setFilterRole(DriveListModel::NameRole);
    m_list = makeDriveList(this, QStringLiteral("spareList"), tr("Spare device"));
    m_list->setModel(m_proxy);
    m_problem = makeProblemLabel(this, QStringLiteral("spareProblem"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SparePage::update);
}

void SparePage::initializePage()
{
    const QString main = m_wizard->plan().mainName;
    m_proxy->setFilterRegularExpression(
        QRegularExpression(QStringLiteral("^(?!%1$)").arg(QRegularExpression::escape(main))));
    if (!m_wizard->plan().spareName.isEmpty())
        select(m_wizard->plan().spareName);
    update();
}

bool SparePage::select(const QString& name)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(DriveListModel::NameRole).toString() == name) {
            m_list->setCurrentIndex(i);
            update();
            return true;
        }
    }
    return false;
}

void SparePage::update()
{
    RescuePlan& plan = m_wizard->plan();
    const QModelIndex i = selectedRow(m_list);
    plan.spareName = i.data(DriveListModel::NameRole).toString();
    plan.spareBytes = i.data(DriveListModel::SizeRole).toULongLong();
    m_problem->setText(i.isValid() ? plan.problem() : QString());
    Q_EMIT completeChanged();
}

bool SparePage::isComplete() const
{
    return selectedRow(m_list).isValid() && m_problem->text().isEmpty();
}

bool SparePage::validatePage()
{
    update();
    return isComplete();
}

// --- OptionsPage -----------------------------------------------------------

OptionsPage::OptionsPage(RescueWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("wizardOptionsPage"));
    setTitle(tr("Scan and remap options"));
    setSubTitle(tr("What the last scan found decides what is remapped right away."));
    m_scan = new QLabel(this);
    m_scan->setObjectName(QStringLiteral("scanSummary"));
    m_scan->setWordWrap(true);
    m_scanFirst = new QCheckBox(tr("Scan the drive &again before creating the device (reads every block; slow)"), this);
    m_scanFirst->setObjectName(QStringLiteral("scanFirstCheck"));
    m_remapFound = new QCheckBox(tr("&Remap the unreadable blocks the scan found right away"), this);
    m_remapFound->setObjectName(QStringLiteral("remapFoundCheck"));
    m_remapFound->setChecked(true);
    m_autoRemap = new QCheckBox(tr("Remap blocks &automatically when a write to them fails"), this);
    m_autoRemap->setObjectName(QStringLiteral("autoRemapCheck"));
    m_autoRemap->setChecked(true);
    m_retries = new QSpinBox(this);
    m_retries->setObjectName(QStringLiteral("readRetriesSpin"));
    m_retries->setRange(0, 16);
    m_retries->setValue(2);
    m_retries->setAccessibleName(tr("Extra read attempts"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("deviceNameEdit"));
    m_name->setAccessibleName(tr("Name of the new device"));
    m_problem = makeProblemLabel(this, QStringLiteral("optionsProblem"));
    auto* form = new QFormLayout;
    form->addRow(tr("Extra read attempts on errors:"), m_retries);
    form->addRow(tr("New device: /dev/mapper/"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scan);
    layout->addWidget(m_scanFirst);
    layout->addWidget(m_remapFound);
    layout->addWidget(m_autoRemap);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_wizard->plan().deviceName = text;
        m_problem->setText(m_wizard->plan().problem());
        Q_EMIT completeChanged();
    });
}

void OptionsPage::initializePage()
{
    RescuePlan& plan = m_wizard->plan();
    m_name->setText(plan.deviceName);
    m_scanKnown = false;
    m_scan->setText(tr("Looking for the last scan of /dev/%1…").arg(plan.mainName));
    DriveClient* drive = m_wizard->manager()->driveByName(plan.mainName);
    if (!drive) {
        m_scan->setText(tr("The helper does not know /dev/%1 yet: it is scanned first.").arg(plan.mainName));
        m_scanFirst->setChecked(true);
        m_scanKnown = true;
        return;
    }
    if (drive->scanHistory().isEmpty()) {
        m_scan->setText(tr("/dev/%1 was never scanned: scan it first to find its unreadable blocks.").arg(plan.mainName));
        m_scanFirst->setChecked(true);
        m_scanKnown = true;
        return;
    }
    QPointer<OptionsPage> self(this);
    const QString main = plan.mainName;
    drive->fetchHealthMap(
        [self, main](std::shared_ptr<const HealthMap> map) {
            if (!self || self->m_wizard->plan().mainName != main)
                return;
            RescuePlan& p = self->m_wizard->plan();
            p.badUnits = map->badUnits();
            p.mapUnitBytes = map->geometry().unitBytes;
            if (!p.mainBytes)
                p.mainBytes = map->geometry().deviceBytes;
            self->m_scanKnown = true;
            self->m_scanFirst->setChecked(false);
            self->showScan();
        },
        [self](const QDBusError& e) {
            if (!self)
                return;
            self->m_scan->setText(HelperErrorText::describe(e));
            self->m_scanFirst->setChecked(true);
            self->m_scanKnown = true;
            Q_EMIT self->completeChanged();
        });
}

void OptionsPage::showScan()
{
    const RescuePlan& plan = m_wizard->plan();
    const std::uint64_t n = plan.badUnitCount();
    m_scan->setText(n ? tr("The last scan of /dev/%1 found %n unreadable block(s) of %2.", nullptr, int(n))
                            .arg(plan.mainName)
                            .arg(ByteFormat::size(plan.mapUnitBytes))
                      : tr("The last scan of /dev/%1 found no unreadable block.").arg(plan.mainName));
    Q_EMIT completeChanged();
}

bool OptionsPage::isComplete() const
{
    return m_scanKnown && m_problem->text().isEmpty();
}

bool OptionsPage::validatePage()
{
    RescuePlan& plan = m_wizard->plan();
    plan.scanFirst = m_scanFirst->isChecked();
    plan.remapFound = m_remapFound->isChecked();
    plan.autoRemap = m_autoRemap->isChecked();
    plan.readRetries = unsigned(m_retries->value());
    plan.deviceName = m_name->text();
    const QString problem = plan.problem();
    m_problem->setText(problem);
    return problem.isEmpty();
}

// --- ReviewPage ------------------------------------------------------------

ReviewPage::ReviewPage(RescueWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("wizardReviewPage"));
    setTitle(tr("Review the plan"));
    setSubTitle(tr("Nothing has been written yet. This is exactly what happens when you confirm."));
    setCommitPage(true);
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("planText"));
    m_plan->setWordWrap(true);
    m_plan->setTextFormat(Qt::RichText);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("confirmCheck"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_plan);
    layout->addStretch(1);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void ReviewPage::initializePage()
{
    const RescuePlan& plan = m_wizard->plan();
    QString html = QStringLiteral("<ol>");
    for (const QString& step : plan.steps())
        html += QStringLiteral("<li style=\"margin-bottom:6px\">%1</li>").arg(step.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    m_plan->setText(html);
    m_plan->setAccessibleName(plan.steps().join(QLatin1Char('\n')));
    m_confirm->setText(tr("I understand that everything on /dev/%1 is erased.").arg(plan.spareName));
    m_confirm->setAccessibleName(m_confirm->text());
    m_confirm->setChecked(false);
}

bool ReviewPage::isComplete() const
{
    return m_confirm->isChecked();
}

QString ReviewPage::planText() const
{
    return m_wizard->plan().steps().join(QLatin1Char('\n'));
}

// --- RunPage ---------------------------------------------------------------

RunPage::RunPage(RescueWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("wizardSummaryPage"));
    setTitle(tr("Rescue"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_log = new QListWidget(this);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setAccessibleName(tr("What was done"));
    m_deviceName = new QLabel(this);
    m_deviceName->setObjectName(QStringLiteral("createdDeviceName"));
    QFont f = m_deviceName->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_deviceName->setFont(f);
    m_deviceName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextSteps = new QLabel(this);
    m_nextSteps->setObjectName(QStringLiteral("nextSteps"));
    m_nextSteps->setWordWrap(true);
    m_dashboard = new QPushButton(tr("Open the remap &dashboard"), this);
    m_dashboard->setObjectName(QStringLiteral("summaryDashboardButton"));
    m_dashboard->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_deviceName);
    layout->addWidget(m_nextSteps);
    layout->addWidget(m_dashboard, 0, Qt::AlignLeft);
    connect(m_dashboard, &QPushButton::clicked, this, [this] { Q_EMIT m_wizard->dashboardRequested(m_device); });
}

bool RunPage::isComplete() const
{
    return m_done;
}

void RunPage::log(const QString& line)
{
    m_log->addItem(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
    m_log->scrollToBottom();
}

void RunPage::initializePage()
{
    const RescuePlan& plan = m_wizard->plan();
    m_done = false;
    m_log->clear();
    m_deviceName->clear();
    m_nextSteps->clear();
    m_dashboard->hide();
    m_step = 0;
    m_steps.clear();
    m_remapFailures = 0;
    if (plan.scanFirst)
        m_steps.push_back([this] { scanFirst(); });
    m_steps.push_back([this] { loadModule(); });
    m_steps.push_back([this] { formatSpare(); });
    m_steps.push_back([this] { create(); });
    m_steps.push_back([this] {
        m_sectors = m_wizard->plan().remapSectors();
        remapFound(0);
    });
    m_steps.push_back([this] { finish(); });
    m_status->setText(tr("Working… Do not unplug the drives."));
    next();
}

void RunPage::next()
{
    if (m_step < m_steps.size())
        m_steps[m_step++]();
}

void RunPage::fail(const QString& what)
{
    log(what);
    m_status->setText(tr("<b>The rescue stopped.</b> %1").arg(what.toHtmlEscaped()));
    m_nextSteps->setText(m_device.isEmpty()
                             ? tr("Nothing was created. Fix the problem above and run the wizard again.")
                             : tr("The device /dev/mapper/%1 exists and can be used; the remaining steps can be "
                                  "done from its dashboard.")
                                   .arg(m_device));
    m_done = true;
    m_wizard->setRunResult(m_device, what);
    if (!m_device.isEmpty())
        m_dashboard->show();
    Q_EMIT completeChanged();
}

void RunPage::scanFirst()
{
    const QString main = m_wizard->plan().mainName;
    DriveClient* drive = m_wizard->manager()->driveByName(main);
    QPointer<RunPage> self(this);
    if (!drive) {
        // A device the helper has not listed (a partition): ask for it.
        m_wizard->manager()->getDrive(
            main,
            [self](DriveClient* d) {
                if (!self)
                    return;
                if (d->isLoaded())
                    return self->scanFirst();
                connect(d, &RemoteObject::loaded, self, [self] { if (self) self->scanFirst(); },
                        Qt::SingleShotConnection);
            },
            [self](const QDBusError& e) {
                if (self)
                    self->fail(HelperErrorText::describe(e));
            });
        return;
    }
    log(tr("Scanning /dev/%1…").arg(main));
    QPointer<DriveClient> d(drive);
    drive->startScan(
        {},
        [self, d](JobClient* job) {
            if (!self)
                return;
            connect(job, &JobClient::completed, self, [self, d, job](bool ok, const QString&, const QString& message) {
                job->deleteLater();
                if (!ok)
                    return self->fail(tr("The scan failed: %1").arg(message));
                if (!d)
                    return self->fail(tr("The drive went away."));
                d->fetchHealthMap(
                    [self](std::shared_ptr<const HealthMap> map) {
                        RescuePlan& p = self->m_wizard->plan();
                        p.badUnits = map->badUnits();
                        p.mapUnitBytes = map->geometry().unitBytes;
                        self->log(tr("The scan found %n unreadable block(s).", nullptr, int(p.badUnitCount())));
                        self->next();
                    },
                    [self](const QDBusError& e) { self->fail(HelperErrorText::describe(e)); });
            });
        },
        [self](const QDBusError& e) {
            if (self)
                self->fail(HelperErrorText::describe(e, HelperErrorText::Action::Scan));
        });
}

void RunPage::loadModule()
{
    ManagerClient* m = m_wizard->manager();
    if (m->moduleLoaded()) {
        log(tr("The dm-remap kernel module is loaded."));
        return next();
    }
    log(tr("Loading the dm-remap kernel module…"));
    QPointer<RunPage> self(this);
    m->loadModule(
        [self] {
            if (self) {
                self->log(tr("The module is loaded."));
                self->next();
            }
        },
        [self](const QDBusError& e) {
            if (self)
                self->fail(HelperErrorText::describe(e, HelperErrorText::Action::LoadModule));
        });
}

void RunPage::formatSpare()
{
    const RescuePlan& plan = m_wizard->plan();
    log(tr("Erasing /dev/%1 and writing dm-remap metadata…").arg(plan.spareName));
    QPointer<RunPage> self(this);
    m_wizard->manager()->formatSpare(
        plan.mainName, plan.spareName, {},
        [self](JobClient* job) {
            if (!self)
                return;
            connect(job, &JobClient::completed, self,
                    [self, job](bool ok, const QString& errorName, const QString& message) {
                        job->deleteLater();
                        if (!ok) {
                            const QDBusError e(QDBusMessage::createError(
                                errorName.isEmpty() ? QStringLiteral("org.dmremap.Helper1.Error.Failed") : errorName,
                                message));
                            return self->fail(HelperErrorText::describe(e, HelperErrorText::Action::Format));
                        }
                        self->log(tr("The spare is formatted."));
                        self->next();
                    });
        },
        [self](const QDBusError& e) {
            if (self)
                self->fail(HelperErrorText::describe(e, HelperErrorText::Action::Format));
        });
}

void RunPage::create()
{
    const RescuePlan& plan = m_wizard->plan();
    log(tr("Creating /dev/mapper/%1…").arg(plan.deviceName));
    QPointer<RunPage> self(this);
    m_wizard->manager()->createRemapDevice(
        plan.mainName, plan.spareName, plan.createOptions(),
        [self](RemapDeviceClient* device) {
            if (!self)
                return;
            self->m_client = device;
            self->m_device = self->m_wizard->plan().deviceName;
            self->log(tr("Created /dev/mapper/%1.").arg(self->m_device));
            self->next();
        },
        [self](const QDBusError& e) {
            if (self)
                self->fail(HelperErrorText::describe(e, HelperErrorText::Action::Create));
        });
}

void RunPage::remapFound(std::size_t index)
{
    if (index == 0 && !m_sectors.empty())
        log(tr("Remapping %n unreadable block(s)…", nullptr, int(m_sectors.size())));
    if (index >= m_sectors.size()) {
        if (!m_sectors.empty())
            log(tr("Remapped %1 of %n block(s).", nullptr, int(m_sectors.size())).arg(m_sectors.size() - m_remapFailures));
        return next();
    }
    if (!m_client)
        return fail(tr("The new device went away."));
    QPointer<RunPage> self(this);
    m_client->remap(
        m_sectors[index],
        [self, index] {
            if (self)
                self->remapFound(index + 1);
        },
        [self, index](const QDBusError& e) {
            if (!self)
                return;
            ++self->m_remapFailures;
            self->log(tr("Sector %1: %2").arg(self->m_sectors[index]).arg(
                HelperErrorText::describe(e, HelperErrorText::Action::Remap)));
            if (HelperErrorText::shortName(e) == QStringLiteral("NoSpace") ||
                HelperErrorText::shortName(e) == QStringLiteral("NotAuthorized"))
                return self->fail(HelperErrorText::describe(e, HelperErrorText::Action::Remap));
            self->remapFound(index + 1);
        });
}

void RunPage::finish()
{
    const RescuePlan& plan = m_wizard->plan();
    m_status->setText(tr("<b>Done.</b> The failing drive now works through its new device."));
    m_deviceName->setText(tr("/dev/mapper/%1").arg(m_device));
    m_deviceName->setAccessibleName(m_deviceName->text());
    m_nextSteps->setText(
        tr("What to do next: use /dev/mapper/%1 instead of /dev/%2 (mount it, or copy your data from it to a new "
           "disk). Do not write to /dev/%2 directly. Keep /dev/%3 attached; it holds the remapped blocks. The "
           "dashboard shows new remaps and blocks that still need attention.")
            .arg(m_device, plan.mainName, plan.spareName));
    m_dashboard->show();
    m_done = true;
    m_wizard->setRunResult(m_device, {});
    Q_EMIT completeChanged();
}

} // namespace dmremap::gui
