#pragma once

#include <QString>

namespace dmremap::dbus {

/// An object path label for any string: [A-Za-z0-9] stay, every other byte
/// becomes "_" and two lower-case hex digits ("dm-0" -> "dm_2d0"), as
/// systemd's bus_label_escape() does; "" becomes "_".
QString escapeLabel(const QString& name);
/// The inverse; "" for a label that no escapeLabel() result can be.
QString unescapeLabel(const QString& label);

QString drivePath(const QString& kernelName);
QString remapDevicePath(const QString& dmName);
QString jobPath(quint64 number);

} // namespace dmremap::dbus
