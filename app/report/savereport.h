#pragma once

#include "drivereport.h"

#include <QCoreApplication>

class QAction;

namespace dmremap::gui {
class MainWindow;
}

namespace dmremap::report {

/// The drive page's "Save report…" action: the report of the drive the
/// window shows (its SMART data, its health map and scan history, the remap
/// devices over it that the helper lists), written as PDF when the chosen
/// file name ends in .pdf and as HTML otherwise (DriveReport::write()).
class SaveReport
{
    Q_DECLARE_TR_FUNCTIONS(dmremap::report::SaveReport)
public:
    /// What the window's drive page shows now, as report input. The device
    /// is the drive controller's drive (kernel name), or the page's title
    /// offline.
    static DriveReportInput input(const gui::MainWindow& window);

    /// Writes the report to `path`; on failure shows a message box (unless
    /// quiet) and returns false with *error set to a translated sentence.
    static bool save(gui::MainWindow& window, const QString& path, bool quiet = false, QString* error = nullptr);

    /// Adds "Save &report…" (Ctrl+Shift+S) to the window's File menu and as a
    /// button beside the drive page's scan controls; it asks for a file name
    /// and calls save(). Returns the action (owned by the window).
    static QAction* install(gui::MainWindow& window);
};

} // namespace dmremap::report
