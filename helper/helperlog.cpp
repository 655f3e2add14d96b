#include "helperlog.h"

Q_LOGGING_CATEGORY(dmremapHelper, "dmremap.helper", QtInfoMsg)
