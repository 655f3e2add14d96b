#include "applog.h"

namespace dmremap::gui {

Q_LOGGING_CATEGORY(lcApp, "dmremap.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMapView, "dmremap.app.mapview", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "dmremap.app.models", QtInfoMsg)

} // namespace dmremap::gui
