#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QListWidget;
class QPushButton;

namespace dmremap::gui {

class DriveListModel;

/// The start page: whether the helper is there (and how to install it when
/// not), the drives with their health badges, and the remap devices.
class DrivesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DrivesPage(QWidget* parent = nullptr);

    void setModel(DriveListModel* model);
    /// Empty text hides the banner.
    void setHelperStatus(const QString& text, bool problem);
    /// Remap devices by device-mapper name, with one line of state each.
    void setRemapDevices(const QList<std::pair<QString, QString>>& nameAndState);

    QString selectedDrive() const;
    void selectDrive(const QString& name);
    QListView* driveList() const { return m_drives; }
    QListWidget* remapDeviceList() const { return m_devices; }
    QPushButton* openDriveButton() const { return m_open; }
    QPushButton* openDashboardButton() const { return m_dashboard; }

Q_SIGNALS:
    void driveActivated(const QString& name);
    void rescueRequested(const QString& name);
    void dashboardRequested(const QString& deviceName);

private:
    void updateButtons();

    QLabel* m_status;
    QListView* m_drives;
    QListWidget* m_devices;
    QPushButton* m_open;
    QPushButton* m_rescue;
    QPushButton* m_dashboard;
    DriveListModel* m_model = nullptr;
};

} // namespace dmremap::gui
