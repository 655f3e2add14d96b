#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace dmremap::tray {

class TrayMonitor;

/// The status notifier item (QSystemTrayIcon: StatusNotifierItem on
/// Plasma and other SNI hosts, XEmbed elsewhere): an icon for the worst
/// state of all drives, a tool tip naming the drives that need attention,
/// and a menu to open the application, mute a drive's notifications, quit.
/// Without a tray host it makes no icon; the notifications still work.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(TrayMonitor* monitor, QObject* parent = nullptr);
    ~TrayIcon() override;

    /// nullptr without a tray host.
    QSystemTrayIcon* icon() const { return m_icon; }
    QMenu* menu() const { return m_menu; }
    /// The theme icon name used for the current worst state.
    QString iconName() const;

Q_SIGNALS:
    void openRequested(const QString& page);
    void quitRequested();

private:
    void update();
    void fillMuteMenu();

    TrayMonitor* m_monitor;
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu = nullptr;
    QMenu* m_muteMenu = nullptr;
};

} // namespace dmremap::tray
