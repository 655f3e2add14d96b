#include "healthmaploader.h"

#include "applog.h"

#include "healthmap/ddrescuemapfile.h"
#include "healthmap/healthmapfile.h"

#include <QElapsedTimer>
#include <QFile>

namespace dmremap::gui {

Result<HealthMap> HealthMapLoader::load(const QString& path, HealthMapGeometry geometry, Format* format)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status{file.exists() ? Error::PermissionDenied : Error::NotFound,
                      "open " + path.toStdString() + ": " + file.errorString().toStdString()};
    const QByteArray magic = file.read(8);
    file.close();
    const std::string native = QFile::encodeName(path).toStdString();
    if (magic == QByteArray("DMRHMAP\0", 8)) {
        if (format)
            *format = Format::HealthMapFile;
        auto map = HealthMapFile::load(native);
        qCInfo(lcApp) << "loaded health map" << path << "in" << timer.elapsed() << "ms";
        return map;
    }
    if (format)
        *format = Format::DdrescueMapfile;
    auto mapfile = DdrescueMapfile::load(native);
    if (!mapfile)
        return mapfile.status();
    auto map = mapfile->toHealthMap(geometry);
    qCInfo(lcApp) << "imported ddrescue mapfile" << path << "in" << timer.elapsed() << "ms";
    return map;
}

} // namespace dmremap::gui
