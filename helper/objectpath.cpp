#include "objectpath.h"

#include "dbustypes.h"

namespace dmremap::dbus {

QString escapeLabel(const QString& name)
{
    if (name.isEmpty())
        return QStringLiteral("_");
    QString out;
    const QByteArray bytes = name.toUtf8();
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
            out += QLatin1Char(c);
        else
            out += QStringLiteral("_%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString unescapeLabel(const QString& label)
{
    if (label == QLatin1String("_"))
        return {};
    QByteArray out;
    const QByteArray in = label.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '_') {
            out += in[i];
            continue;
        }
        if (i + 2 >= in.size())
            return {};
        bool ok = false;
        const int v = in.mid(i + 1, 2).toInt(&ok, 16);
        if (!ok)
            return {};
        out += static_cast<char>(v);
        i += 2;
    }
    return QString::fromUtf8(out);
}

QString drivePath(const QString& kernelName)
{
    return managerPath + QStringLiteral("/drives/") + escapeLabel(kernelName);
}

QString remapDevicePath(const QString& dmName)
{
    return managerPath + QStringLiteral("/devices/") + escapeLabel(dmName);
}

QString jobPath(quint64 number)
{
    return managerPath + QStringLiteral("/jobs/") + QString::number(number);
}

} // namespace dmremap::dbus
