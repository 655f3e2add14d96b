#include "trayicon.h"

#include "trayevent.h"
#include "traymonitor.h"

#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>

namespace dmremap::tray {

TrayIcon::TrayIcon(TrayMonitor* monitor, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->addAction(TrayText::tr("&Open dm-remap"), this, [this] { Q_EMIT openRequested(QStringLiteral("drives")); });
    m_muteMenu = m_menu->addMenu(TrayText::tr("&Mute notifications"));
    connect(m_muteMenu, &QMenu::aboutToShow, this, &TrayIcon::fillMuteMenu);
    m_menu->addSeparator();
    m_menu->addAction(TrayText::tr("&Quit the tray monitor"), this, &TrayIcon::quitRequested);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(this);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
            if (r == QSystemTrayIcon::Trigger)
                Q_EMIT openRequested(QStringLiteral("drives"));
        });
    }
    connect(m_monitor, &TrayMonitor::stateChanged, this, &TrayIcon::update);
    update();
    if (m_icon)
        m_icon->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

QString TrayIcon::iconName() const
{
    switch (m_monitor->worstState()) {
    case TrayMonitor::State::Failing:
        return QStringLiteral("dialog-error");
    case TrayMonitor::State::Warning:
        return QStringLiteral("dialog-warning");
    case TrayMonitor::State::Healthy:
        break;
    }
    return QStringLiteral("drive-harddisk");
}

void TrayIcon::update()
{
    if (!m_icon)
        return;
    QStyle::StandardPixmap fallback = QStyle::SP_DriveHDIcon;
    if (m_monitor->worstState() == TrayMonitor::State::Failing)
        fallback = QStyle::SP_MessageBoxCritical;
    else if (m_monitor->worstState() == TrayMonitor::State::Warning)
        fallback = QStyle::SP_MessageBoxWarning;
    m_icon->setIcon(QIcon::fromTheme(iconName(), QApplication::style()->standardIcon(fallback)));
    m_icon->setToolTip(TrayText::tr("dm-remap") + QLatin1Char('\n') + m_monitor->summary());
}

void TrayIcon::fillMuteMenu()
{
    m_muteMenu->clear();
    const QStringList drives = m_monitor->drives();
    if (drives.isEmpty()) {
        m_muteMenu->addAction(TrayText::tr("No drive has had an event"))->setEnabled(false);
        return;
    }
    for (const QString& d : drives) {
        QAction* a = m_muteMenu->addAction(TrayText::tr("/dev/%1").arg(d));
        a->setCheckable(true);
        a->setChecked(m_monitor->isMuted(d));
        connect(a, &QAction::toggled, this, [this, d](bool on) { m_monitor->setMuted(d, on); });
    }
}

} // namespace dmremap::tray
