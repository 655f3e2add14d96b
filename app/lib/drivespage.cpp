#include "drivespage.h"

#include "drivelistmodel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dmremap::gui {

DrivesPage::DrivesPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("drivesPage"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("helperStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto* drivesTitle = new QLabel(tr("<b>Drives</b>"), this);
    m_drives = new QListView(this);
    m_drives->setObjectName(QStringLiteral("driveList"));
    m_drives->setAccessibleName(tr("Drives"));
    m_drives->setUniformItemSizes(true);
    m_drives->setSpacing(2);
    m_open = new QPushButton(tr("&Open drive"), this);
    m_open->setObjectName(QStringLiteral("openDriveButton"));
    m_rescue = new QPushButton(tr("&Rescue a drive…"), this);
    m_rescue->setObjectName(QStringLiteral("rescueButton"));

    auto* devicesTitle = new QLabel(tr("<b>Remap devices</b>"), this);
    m_devices = new QListWidget(this);
    m_devices->setObjectName(QStringLiteral("remapDeviceList"));
    m_devices->setAccessibleName(tr("Remap devices"));
    m_devices->setMaximumHeight(140);
    m_dashboard = new QPushButton(tr("Open &dashboard"), this);
    m_dashboard->setObjectName(QStringLiteral("openDashboardButton"));

    auto* driveButtons = new QHBoxLayout;
    driveButtons->addWidget(m_open);
    driveButtons->addWidget(m_rescue);
    driveButtons->addStretch(1);
    auto* deviceButtons = new QHBoxLayout;
    deviceButtons->addWidget(m_dashboard);
    deviceButtons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(drivesTitle);
    layout->addWidget(m_drives, 1);
    layout->addLayout(driveButtons);
    layout->addWidget(devicesTitle);
    layout->addWidget(m_devices);
    layout->addLayout(deviceButtons);

    connect(m_drives, &QListView::activated, this, [this](const QModelIndex& i) {
        Q_EMIT driveActivated(i.data(DriveListModel::NameRole).toString());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedDrive(); !name.isEmpty())
            Q_EMIT driveActivated(name);
    });
    connect(m_rescue, &QPushButton::clicked, this, [this] { Q_EMIT rescueRequested(selectedDrive()); });
    connect(m_devices, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT dashboardRequested(item->data(Qt::UserRole).toString()); });
    connect(m_dashboard, &QPushButton::clicked, this, [this] {
        if (auto* item = m_devices->currentItem())
            Q_EMIT dashboardRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_devices, &QListWidget::currentItemChanged, this, &DrivesPage::updateButtons);
    updateButtons();
}

void DrivesPage::setModel(DriveListModel* model)
{
    m_model = model;
    m_drives->setModel(model);
    connect(m_drives->selectionModel(), &QItemSelectionModel::currentChanged, this, &DrivesPage::updateButtons);
    updateButtons();
}

void DrivesPage::setHelperStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { background: #fff3e0; border: 1px solid #e0a040; "
                                                     "padding: 6px; }")
                                    : QString());
}

void DrivesPage::setRemapDevices(const QList<std::pair<QString, QString>>& nameAndState)
{
    const QString current = m_devices->currentItem() ? m_devices->currentItem()->data(Qt::UserRole).toString()
                                                     : QString();
    m_devices->clear();
    for (const auto& [name, state] : nameAndState) {
        auto* item = new QListWidgetItem(tr("/dev/mapper/%1 — %2").arg(name, state), m_devices);
        item->setData(Qt::UserRole, name);
        if (name == current)
            m_devices->setCurrentItem(item);
    }
    if (!m_devices->currentItem() && m_devices->count())
        m_devices->setCurrentRow(0);
    updateButtons();
}

QString DrivesPage::selectedDrive() const
{
    return m_drives->currentIndex().data(DriveListModel::NameRole).toString();
}

void DrivesPage::selectDrive(const QString& name)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_drives->setCurrentIndex(m_model->index(row));
}

void DrivesPage::updateButtons()
{
    m_open->setEnabled(m_drives->currentIndex().isValid());
    m_dashboard->setEnabled(m_devices->currentItem() != nullptr);
}

} // namespace dmremap::gui
