#pragma once

#include "smart/smartreport.h"

#include <QCoreApplication>
#include <QString>

namespace dmremap::gui {

/// The SMART verdict in plain words for the drive page and the tray: a
/// headline, what it means and what to do. Built from libatasmart's overall
/// verdict (SmartReport::overall) and the bad sector count. Translated;
/// stateless.
class SmartVerdict
{
    Q_DECLARE_TR_FUNCTIONS(dmremap::gui::SmartVerdict)
public:
    enum class Severity { Unknown, Good, Warning, Failing };

    static Severity severity(const SmartReport& report);
    /// "This disk is healthy", "This disk is failing", ...
    static QString headline(const SmartReport& report);
    /// One or two sentences: why, and what to do now.
    static QString advice(const SmartReport& report);
};

} // namespace dmremap::gui
