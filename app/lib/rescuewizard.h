#pragma once

#include "rescueplan.h"

#include <QWizard>

namespace dmremap::gui {

class DriveListModel;
class ManagerClient;

/// The rescue wizard (DESIGN.md "The application"): failing drive → spare →
/// options (what the scan found, what to remap) → review of the plan, the
/// last page before anything is written, which needs a tick and the
/// commit button → the run (format the spare, create the remap device,
/// remap what the scan found) and its summary. Every refusal of the helper
/// is shown in plain words on the page where it happened.
///
/// Embeddable (the main window shows it as a page): construct it with a
/// parent and it is a plain child widget.
class RescueWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { MainDrivePageId, SparePageId, OptionsPageId, ReviewPageId, RunPageId };

    RescueWizard(ManagerClient* manager, DriveListModel* drives, QWidget* parent = nullptr);

    /// Preselects the failing drive.
    void setMainDrive(const QString& name);

    RescuePlan& plan() { return m_plan; }
    ManagerClient* manager() const { return m_manager; }
    DriveListModel* drives() const { return m_drives; }
    /// The short name of the current page for screenshots and tests:
    /// wizard-main, wizard-spare, wizard-options, wizard-review, wizard-summary.
    QString currentPageName() const;
    /// After the run: the new device's name ("" before or on failure).
    QString createdDevice() const { return m_createdDevice; }
    bool runFinished() const { return m_runFinished; }
    bool runSucceeded() const { return m_runFinished && !m_createdDevice.isEmpty() && m_runError.isEmpty(); }
    QString runError() const { return m_runError; }

    /// RunPage reports here.
    void setRunResult(const QString& device, const QString& error);

Q_SIGNALS:
    void dashboardRequested(const QString& deviceName);
    void runFinishedChanged();

private:
    ManagerClient* m_manager;
    DriveListModel* m_drives;
    RescuePlan m_plan;
    QString m_createdDevice;
    QString m_runError;
    bool m_runFinished = false;
};

} // namespace dmremap::gui
