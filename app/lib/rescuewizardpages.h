#pragma once

#include <QPointer>
#include <QWizardPage>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;

namespace dmremap::gui {

class RemapDeviceClient;
class RescueWizard;

/// Page 1: which drive is failing.
class MainDrivePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MainDrivePage(RescueWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void select(const QString& name);

private:
    RescueWizard* m_wizard;
    QListView* m_list;
};

/// Page 2: the spare (everything on it is erased).
class SparePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SparePage(RescueWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// Selects a spare by kernel name; false when it is not offered.
    bool select(const QString& name);

private:
    void update();
    RescueWizard* m_wizard;
    QSortFilterProxyModel* m_proxy;
    QListView* m_list;
    QLabel* m_problem;
};

/// Page 3: options, with what the last scan found.
class OptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OptionsPage(RescueWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool scanKnown() const { return m_scanKnown; }

private:
    void showScan();
    RescueWizard* m_wizard;
    QLabel* m_scan;
    QCheckBox* m_scanFirst;
    QCheckBox* m_remapFound;
    QCheckBox* m_autoRemap;
    QSpinBox* m_retries;
    QLineEdit* m_name;
    QLabel* m_problem;
    bool m_scanKnown = false;
};

/// Page 4: the plan, word for word, and the confirmation (commit page).
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(RescueWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    QString planText() const;

private:
    RescueWizard* m_wizard;
    QLabel* m_plan;
    QCheckBox* m_confirm;
};

/// Page 5: carries the plan out step by step, then the summary.
class RunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RunPage(RescueWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void log(const QString& line);
    void fail(const QString& what);
    void next();
    void scanFirst();
    void loadModule();
    void formatSpare();
    void create();
    void remapFound(std::size_t index);
    void finish();

    RescueWizard* m_wizard;
    QListWidget* m_log;
    QLabel* m_status;
    QLabel* m_deviceName;
    QLabel* m_nextSteps;
    QPushButton* m_dashboard;
    std::vector<std::function<void()>> m_steps;
    std::size_t m_step = 0;
    bool m_done = false;
    std::vector<std::uint64_t> m_sectors;
    std::size_t m_remapFailures = 0;
    QString m_device;
    QPointer<RemapDeviceClient> m_client;
};

} // namespace dmremap::gui
