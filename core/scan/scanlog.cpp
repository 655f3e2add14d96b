#include "scanlog.h"

Q_LOGGING_CATEGORY(dmremapScan, "dmremap.core.scan", QtInfoMsg)
