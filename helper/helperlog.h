#pragma once

#include <QLoggingCategory>

// Logging of the helper (English, never translated); enable debug output
// with QT_LOGGING_RULES="dmremap.helper.debug=true".
Q_DECLARE_LOGGING_CATEGORY(dmremapHelper)
