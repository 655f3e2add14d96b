#include "smartlog.h"

Q_LOGGING_CATEGORY(dmremapSmart, "dmremap.core.smart", QtInfoMsg)
