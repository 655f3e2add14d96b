#pragma once

#include <QLoggingCategory>

// Logging of the SMART layer; enable with QT_LOGGING_RULES="dmremap.core.smart.debug=true".
Q_DECLARE_LOGGING_CATEGORY(dmremapSmart)
