#pragma once

#include <QLoggingCategory>

namespace dmremap::gui {

Q_DECLARE_LOGGING_CATEGORY(lcApp) ///< "dmremap.app": start-up, windows, files
Q_DECLARE_LOGGING_CATEGORY(lcMapView) ///< "dmremap.app.mapview": health map painting and zoom
Q_DECLARE_LOGGING_CATEGORY(lcModels) ///< "dmremap.app.models": item models

} // namespace dmremap::gui
