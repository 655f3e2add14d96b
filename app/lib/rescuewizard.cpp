#include "rescuewizard.h"

#include "rescuewizardpages.h"

#include <QAbstractButton>

namespace dmremap::gui {

RescueWizard::RescueWizard(ManagerClient* manager, DriveListModel* drives, QWidget* parent)
    : QWizard(parent)
    , m_manager(manager)
    , m_drives(drives)
{
    setObjectName(QStringLiteral("rescueWizard"));
    setWindowTitle(tr("Rescue a failing drive"));
    setAccessibleName(tr("Rescue wizard"));
    if (parent)
        setWindowFlags(Qt::Widget);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(MainDrivePageId, new MainDrivePage(this));
    setPage(SparePageId, new SparePage(this));
    setPage(OptionsPageId, new OptionsPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(RunPageId, new RunPage(this));
    setStartId(MainDrivePageId);
    const std::pair<WizardButton, const char*> names[] = {
        {BackButton, "wizardBackButton"},     {NextButton, "wizardNextButton"},
        {CommitButton, "wizardCommitButton"}, {FinishButton, "wizardFinishButton"},
        {CancelButton, "wizardCancelButton"},
    };
    for (const auto& [which, name] : names) {
        button(which)->setObjectName(QLatin1String(name));
        button(which)->setAccessibleName(button(which)->text().remove(QLatin1Char('&')));
    }
    setButtonText(CommitButton, tr("&Erase spare and create"));
    button(CommitButton)->setAccessibleName(tr("Erase spare and create"));
}

void RescueWizard::setMainDrive(const QString& name)
{
    static_cast<MainDrivePage*>(page(MainDrivePageId))->select(name);
}

QString RescueWizard::currentPageName() const
{
    switch (currentId()) {
    case MainDrivePageId:
        return QStringLiteral("wizard-main");
    case SparePageId:
        return QStringLiteral("wizard-spare");
    case OptionsPageId:
        return QStringLiteral("wizard-options");
    case ReviewPageId:
        return QStringLiteral("wizard-review");
    case RunPageId:
        return QStringLiteral("wizard-summary");
    default:
        return QStringLiteral("wizard");
    }
}

void RescueWizard::setRunResult(const QString& device, const QString& error)
{
    m_createdDevice = device;
    m_runError = error;
    m_runFinished = true;
    Q_EMIT runFinishedChanged();
}

} // namespace dmremap::gui
