#include "remapdashboard.h"

#include "byteformat.h"
#include "helpererrortext.h"
#include "jobclient.h"
#include "ratechart.h"
#include "remapdeviceclient.h"
#include "remaplistmodel.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

namespace dmremap::gui {

namespace {

QLabel* makeValue(QWidget* parent, const QString& name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QTableView* makeTable(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setSortingEnabled(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

/// reads completed, writes completed of a block device (Documentation/block/stat.rst).
bool readBlockStat(const QString& deviceNode, quint64& reads, quint64& writes)
{
    const QString kernelName = QFileInfo(QFileInfo(deviceNode).canonicalFilePath()).fileName();
    if (kernelName.isEmpty())
        return false;
    QFile f(QStringLiteral("/sys/block/%1/stat").arg(kernelName));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    if (fields.size() < 5)
        return false;
    reads = fields[0].toULongLong();
    writes = fields[4].toULongLong();
    return true;
}

} // namespace

RemapDashboard::RemapDashboard(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_title = makeValue(this, QStringLiteral("dashboardTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_title->setFont(f);
    m_state = makeValue(this, QStringLiteral("deviceState"));
    m_gauge = new QProgressBar(this);
    m_gauge->setObjectName(QStringLiteral("remapGauge"));
    m_gauge->setAccessibleName(tr("Spare slots used"));
    m_remapped = makeValue(this, QStringLiteral("remappedCount"));
    m_pending = makeValue(this, QStringLiteral("pendingCount"));
    m_errors = makeValue(this, QStringLiteral("errorCount"));

    m_chart = new RateChart(this);
    m_chart->setAccessibleName(tr("I/O, error and remap rates"));
    m_chart->setSeries({{tr("reads"), QColor(0x1e, 0x88, 0xe5)},
                        {tr("writes"), QColor(0x43, 0xa0, 0x47)},
                        {tr("errors"), QColor(0xe5, 0x39, 0x35)},
                        {tr("remaps"), QColor(0x8e, 0x24, 0xaa)}});

    m_model = new RemapListModel(this);
    m_pendingProxy = new QSortFilterProxyModel(this);
    m_pendingProxy->setSourceModel(m_model);
    m_pendingProxy->setFilterRole(RemapListModel::PendingRole);
    m_pendingProxy->setFilterFixedString(QStringLiteral("true"));
    m_pendingProxy->setSortRole(RemapListModel::SortRole);
    m_pendingTable = makeTable(this, QStringLiteral("pendingTable"), tr("Pending blocks"));
    m_pendingTable->setModel(m_pendingProxy);
    auto* allProxy = new QSortFilterProxyModel(this);
    allProxy->setSourceModel(m_model);
    allProxy->setSortRole(RemapListModel::SortRole);
    m_remapTable = makeTable(this, QStringLiteral("remapTable"), tr("Remapped blocks"));
    m_remapTable->setModel(allProxy);
    m_rescue = new QPushButton(tr("&Rescue block"), this);
    m_rescue->setObjectName(QStringLiteral("rescueBlockButton"));
    m_rescue->setToolTip(tr("Read the block again and again; when a read succeeds, its data goes to the spare."));
    m_acceptLoss = new QPushButton(tr("&Accept loss"), this);
    m_acceptLoss->setObjectName(QStringLiteral("acceptLossButton"));
    m_acceptLoss->setToolTip(tr("Forget the block's data; the next write to it goes to the spare."));

    auto* pendingArea = new QWidget(this);
    auto* pendingLayout = new QVBoxLayout(pendingArea);
    pendingLayout->setContentsMargins(0, 0, 0, 0);
    auto* pendingHelp = new QLabel(tr("Blocks that could not be read. Their data is not on the spare yet."), pendingArea);
    pendingHelp->setWordWrap(true);
    pendingLayout->addWidget(pendingHelp);
    pendingLayout->addWidget(m_pendingTable, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_rescue);
    buttons->addWidget(m_acceptLoss);
    buttons->addStretch(1);
    pendingLayout->addLayout(buttons);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("dashboardTabs"));
    tabs->addTab(pendingArea, tr("&Pending blocks"));
    tabs->addTab(m_remapTable, tr("Remap &list"));

    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("eventLog"));
    m_events->setAccessibleName(tr("Events"));
    auto* eventArea = new QWidget(this);
    auto* eventLayout = new QVBoxLayout(eventArea);
    eventLayout->setContentsMargins(0, 0, 0, 0);
    eventLayout->addWidget(new QLabel(tr("<b>Events</b>"), eventArea));
    eventLayout->addWidget(m_events, 1);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(tabs);
    bottom->addWidget(eventArea);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);

    auto* numbers = new QGridLayout;
    numbers->addWidget(new QLabel(tr("State:"), this), 0, 0);
    numbers->addWidget(m_state, 0, 1);
    numbers->addWidget(new QLabel(tr("Spare used:"), this), 1, 0);
    numbers->addWidget(m_gauge, 1, 1);
    numbers->addWidget(new QLabel(tr("Remapped:"), this), 2, 0);
    numbers->addWidget(m_remapped, 2, 1);
    numbers->addWidget(new QLabel(tr("Pending:"), this), 3, 0);
    numbers->addWidget(m_pending, 3, 1);
    // The kernel counts failed requests (bios), not blocks: one failed write
    // over two bad blocks is one error and two remaps.
    auto* errorsLabel = new QLabel(tr("Failed requests:"), this);
    errorsLabel->setToolTip(tr("Read and write requests to the failing drive that ended in an I/O error since the "
                               "remap device was set up. One request can cover several blocks."));
    m_errors->setToolTip(errorsLabel->toolTip());
    numbers->addWidget(errorsLabel, 4, 0);
    numbers->addWidget(m_errors, 4, 1);
    numbers->setColumnStretch(1, 1);

    auto* top = new QHBoxLayout;
    top->addLayout(numbers, 1);
    top->addWidget(m_chart, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(bottom, 1);

    m_sampler = new QTimer(this);
    m_sampler->setInterval(1000);
    connect(m_sampler, &QTimer::timeout, this, &RemapDashboard::sample);
    m_listReload = new QTimer(this);
    m_listReload->setSingleShot(true);
    m_listReload->setInterval(300);
    connect(m_listReload, &QTimer::timeout, this, &RemapDashboard::reloadList);
    connect(m_rescue, &QPushButton::clicked, this, &RemapDashboard::rescueSelected);
    connect(m_acceptLoss, &QPushButton::clicked, this, &RemapDashboard::acceptLossSelected);
    auto updateButtons = [this] {
        const bool any = m_pendingTable->selectionModel() && m_pendingTable->selectionModel()->hasSelection();
        m_rescue->setEnabled(any && m_device);
        m_acceptLoss->setEnabled(any && m_device);
    };
    connect(m_pendingTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_pendingProxy, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
    setDevice(nullptr);
}

QString RemapDashboard::stateText(const QString& state)
{
    if (state == QStringLiteral("ok"))
        return tr("Working normally");
    if (state == QStringLiteral("degraded"))
        return tr("Degraded: one copy of the metadata is damaged; the spare may be failing");
    if (state == QStringLiteral("spare_full"))
        return tr("Spare full: new bad blocks can no longer be remapped. Replace the drive now.");
    if (state == QStringLiteral("read_only"))
        return tr("Read-only: the spare failed; copy your data off now");
    if (state == QStringLiteral("failed"))
        return tr("Failed: the device no longer works");
    return state.isEmpty() ? tr("Unknown") : state;
}

void RemapDashboard::setDevice(RemapDeviceClient* device)
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_device = device;
    m_model->clear();
    m_events->clear();
    m_chart->setSeries({{tr("reads"), QColor(0x1e, 0x88, 0xe5)},
                        {tr("writes"), QColor(0x43, 0xa0, 0x47)},
                        {tr("errors"), QColor(0xe5, 0x39, 0x35)},
                        {tr("remaps"), QColor(0x8e, 0x24, 0xaa)}});
    m_havePrevious = false;
    if (!device) {
        m_sampler->stop();
        m_title->setText(tr("No remap device"));
        m_state->clear();
        m_remapped->clear();
        m_pending->clear();
        m_errors->clear();
        m_gauge->setValue(0);
        m_shownRemapped = 0;
        return;
    }
    m_connections << connect(device, &RemoteObject::propertiesChanged, this, [this](const QStringList& names) {
        showStatus();
        if (names.contains(QStringLiteral("Remapped")) || names.contains(QStringLiteral("Pending")) ||
            names.contains(QStringLiteral("UnitBytes")))
            m_listReload->start();
    });
    m_connections << connect(device, &RemapDeviceClient::remapsAdded, this, [this](quint64 added, quint64 total) {
        logEvent(tr("%n block(s) remapped (%1 in all)", nullptr, int(added)).arg(total));
    });
    m_connections << connect(device, &RemapDeviceClient::pendingBlocksAdded, this,
                             [this](quint64 added, quint64 total) {
                                 logEvent(tr("%n block(s) could not be read and are pending (%1 in all)", nullptr,
                                             int(added))
                                              .arg(total));
                             });
    m_connections << connect(device, &RemapDeviceClient::spareNearlyFull, this, [this](quint64 r, quint64 c) {
        logEvent(tr("The spare is nearly full: %1 of %2 slots used").arg(r).arg(c));
    });
    m_connections << connect(device, &RemapDeviceClient::spareFull, this,
                             [this] { logEvent(tr("The spare is full: new bad blocks cannot be remapped")); });
    m_connections << connect(device, &RemapDeviceClient::stateChanged, this,
                             [this](const QString& o, const QString& n) {
                                 logEvent(tr("State: %1 → %2").arg(stateText(o), stateText(n)));
                             });
    m_connections << connect(device, &QObject::destroyed, this, [this] { setDevice(nullptr); });
    logEvent(tr("Watching /dev/mapper/%1").arg(device->name().isEmpty() ? device->path() : device->name()));
    if (device->isLoaded()) {
        showStatus();
        reloadList();
    } else {
        device->refresh();
    }
    m_sampler->start();
}

void RemapDashboard::logEvent(const QString& text)
{
    m_events->insertItem(0, QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text));
}

void RemapDashboard::showStatus()
{
    if (!m_device)
        return;
    const RemapDeviceClient& d = *m_device;
    m_title->setText(tr("/dev/mapper/%1 — /dev/%2 with spare /dev/%3").arg(d.name(), d.mainName(), d.spareName()));
    m_state->setText(stateText(d.state()));
    const quint64 cap = d.capacity();
    m_shownRemapped = d.remapped();
    m_gauge->setRange(0, 1000);
    m_gauge->setValue(cap ? int(std::min<quint64>(m_shownRemapped * 1000 / cap, 1000)) : 0);
    m_gauge->setFormat(tr("%1 of %2 spare slots").arg(m_shownRemapped).arg(cap));
    const quint64 unit = d.unitBytes();
    QString remapped = tr("%n block(s) of %1 (%2)", nullptr, int(std::min<quint64>(m_shownRemapped, INT_MAX)))
                           .arg(ByteFormat::size(unit))
                           .arg(ByteFormat::size(m_shownRemapped * unit));
    if (d.autoRemaps() || d.manualRemaps())
        remapped += QLatin1Char(' ') + tr("— since setup: %1 after failed writes, %2 on request")
                                          .arg(d.autoRemaps())
                                          .arg(d.manualRemaps());
    m_remapped->setText(remapped);
    m_remapped->setAccessibleName(QString::number(m_shownRemapped));
    m_pending->setText(d.pending() ? tr("%n block(s) need attention (see below)", nullptr,
                                        int(std::min<quint64>(d.pending(), INT_MAX)))
                                   : tr("none"));
    m_errors->setText(tr("%1 read(s), %2 write(s) on /dev/%3")
                          .arg(d.readErrors())
                          .arg(d.writeErrors())
                          .arg(d.mainName()));
}

void RemapDashboard::reloadList()
{
    if (!m_device)
        return;
    QPointer<RemapDeviceClient> device = m_device;
    device->listRemaps(
        [this, device](std::vector<dm::RemapEntry> entries) {
            if (device == m_device)
                m_model->setEntries(std::move(entries), device->unitBytes() ? device->unitBytes() : 4096);
        },
        [this, device](const QDBusError& e) {
            if (device == m_device)
                logEvent(tr("Cannot read the remap list: %1").arg(HelperErrorText::describe(e)));
        });
}

void RemapDashboard::sample()
{
    if (!m_device)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    quint64 reads = 0, writes = 0;
    readBlockStat(m_device->device(), reads, writes);
    const quint64 errors = m_device->readErrors() + m_device->writeErrors();
    const quint64 remapped = m_device->remapped();
    if (m_havePrevious && now > m_prevTimeMs) {
        const double s = double(now - m_prevTimeMs) / 1000.0;
        auto rate = [s](quint64 a, quint64 b) { return a >= b ? double(a - b) / s : 0.0; };
        m_chart->addSample({rate(reads, m_prevReads), rate(writes, m_prevWrites), rate(errors, m_prevErrors),
                            rate(remapped, m_prevRemapped)});
    }
    m_havePrevious = true;
    m_prevReads = reads;
    m_prevWrites = writes;
    m_prevErrors = errors;
    m_prevRemapped = remapped;
    m_prevTimeMs = now;
}

quint64 RemapDashboard::selectedSector(bool* ok) const
{
    *ok = false;
    const QModelIndexList rows = m_pendingTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_device)
        return 0;
    *ok = true;
    const quint64 unit = rows.first().data(RemapListModel::MainUnitRole).toULongLong();
    return unit * (m_model->unitBytes() / 512);
}

void RemapDashboard::rescueSelected()
{
    bool ok = false;
    const quint64 sector = selectedSector(&ok);
    if (!ok)
        return;
    logEvent(tr("Rescuing the block at sector %1…").arg(sector));
    QPointer<RemapDashboard> self(this);
    m_device->rescueBlock(
        sector, false,
        [self, sector](JobClient* job) {
            if (!self)
                return;
            connect(job, &JobClient::completed, self, [self, sector, job](bool success, const QString&, const QString& m) {
                job->deleteLater();
                self->logEvent(success ? tr("Sector %1 rescued: its data is on the spare now.").arg(sector)
                                       : tr("Sector %1 could not be rescued: %2").arg(sector).arg(m));
                self->m_listReload->start();
            });
        },
        [self, sector](const QDBusError& e) {
            if (self)
                self->logEvent(tr("Sector %1: %2").arg(sector).arg(
                    HelperErrorText::describe(e, HelperErrorText::Action::Rescue)));
        });
}

void RemapDashboard::acceptLossSelected()
{
    bool ok = false;
    const quint64 sector = selectedSector(&ok);
    if (!ok)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Accept the loss of this block?"),
        tr("The data of the block at sector %1 could not be read and will be given up. Files that use it will "
           "contain garbage or zeros there. Continue?")
            .arg(sector));
    if (answer != QMessageBox::Yes)
        return;
    QPointer<RemapDashboard> self(this);
    m_device->clearPending(
        sector,
        [self, sector] {
            if (!self)
                return;
            self->logEvent(tr("Sector %1: loss accepted; the next write to it goes to the spare.").arg(sector));
            self->m_listReload->start();
        },
        [self, sector](const QDBusError& e) {
            if (self)
                self->logEvent(tr("Sector %1: %2").arg(sector).arg(
                    HelperErrorText::describe(e, HelperErrorText::Action::ClearPending)));
        });
}

} // namespace dmremap::gui
