#pragma once

#include "error/result.h"
#include "healthmap/healthmap.h"

#include <QString>

namespace dmremap::gui {

/// Opens a health map file for the offline views: our own DMRHMAP format
/// (HealthMapFile), recognised by its magic, or else a GNU ddrescue mapfile
/// (DdrescueMapfile), which carries no geometry of its own and is read with
/// the region and unit sizes of `geometry` (deviceBytes 0: the mapfile's end).
/// Blocking file I/O: the file sizes make this a few milliseconds for a 20 TB
/// map; callers on the GUI thread accept that. Stateless.
class HealthMapLoader
{
public:
    enum class Format { HealthMapFile, DdrescueMapfile };

    static Result<HealthMap> load(const QString& path, HealthMapGeometry geometry = {},
                                  Format* format = nullptr);
};

} // namespace dmremap::gui
