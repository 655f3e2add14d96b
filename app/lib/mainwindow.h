#pragma once

#include "healthmap/healthmap.h"

#include <QMainWindow>

namespace dmremap::gui {

class DrivePage;

/// The application window. For now one drive page fed from files (a health
/// map or ddrescue mapfile, a SMART blob); the drive list, the wizard and
/// the dashboard come with the helper's D-Bus API.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    DrivePage* drivePage() const { return m_page; }

    /// The geometry a ddrescue mapfile is read with (it has none of its own).
    void setImportGeometry(const HealthMapGeometry& geometry) { m_importGeometry = geometry; }
    /// Shows an error dialog (unless quiet) and returns false on failure.
    bool openHealthMap(const QString& path, bool quiet = false);
    /// Opens an older scan of the same drive for the "Compare scans" tab.
    bool openComparison(const QString& olderPath, bool quiet = false);
    bool openSmartBlob(const QString& path, bool quiet = false);
    /// Writes the open map as a GNU ddrescue mapfile (latencies are lost).
    bool exportMapfile(const QString& path, bool quiet = false);

private:
    void showError(const QString& what, const QString& why, bool quiet);

    DrivePage* m_page = nullptr;
    HealthMapGeometry m_importGeometry{.deviceBytes = 0};
    std::shared_ptr<const HealthMap> m_map;
    QString m_mapPath;
};

} // namespace dmremap::gui
