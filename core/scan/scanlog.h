#pragma once

#include <QLoggingCategory>

// Logging of the surface scanner; QT_LOGGING_RULES="dmremap.core.scan.debug=true".
Q_DECLARE_LOGGING_CATEGORY(dmremapScan)
