#pragma once

#include "error/result.h"
#include "healthmap/healthmap.h"

#include <QVariantMap>

namespace dmremap::gui {

/// The client side of the compact health map encoding of
/// Drive.GetHealthMap (helper/org.dmremap.Helper1.Drive.xml): geometry keys
/// (bytes), one region byte per region, unit lists as flat
/// (first_unit, unit_count) pairs. Stateless.
class RemoteHealthMap
{
public:
    /// A whole map (first_region 0, every region present). InvalidArgument
    /// when keys are missing, sizes disagree or a unit list is odd.
    static Result<HealthMap> decode(const QVariantMap& encoded);
};

} // namespace dmremap::gui
