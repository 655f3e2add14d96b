#include "output.h"

#include "dbuserror.h"

#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace dmremapctl {

int exitCodeOf(dmremap::Error error)
{
    using dmremap::Error;
    switch (error) {
    case Error::InvalidArgument:
        return InvalidArgs;
    case Error::NotFound:
        return NotFound;
    case Error::Busy:
    case Error::AlreadyExists:
        return Busy;
    case Error::NotSupported:
    case Error::NotAvailable:
    case Error::DeviceAsleep:
        return NotSupported;
    case Error::Cancelled:
        return Cancelled;
    case Error::MediumError:
    case Error::IoError:
    case Error::TimedOut:
        return MediumError;
    case Error::CorruptData:
    case Error::UnsupportedVersion:
        return CorruptData;
    case Error::PermissionDenied:
        return NotAuthorized;
    default:
        return Failed;
    }
}

int exitCodeOfName(const QString& name)
{
    if (name == dmremap::dbus::notAuthorizedErrorName())
        return NotAuthorized;
    if (auto e = dmremap::dbus::errorFromName(name))
        return exitCodeOf(*e);
    return Failed;
}

int exitCodeOf(const QDBusError& error)
{
    if (error.name().startsWith(QLatin1String("org.dmremap.")))
        return exitCodeOfName(error.name());
    if (error.type() == QDBusError::ServiceUnknown || error.type() == QDBusError::NoServer ||
        error.type() == QDBusError::Disconnected || error.type() == QDBusError::Timeout ||
        error.type() == QDBusError::NoReply || error.type() == QDBusError::AccessDenied)
        return Unavailable;
    if (error.type() == QDBusError::InvalidArgs || error.type() == QDBusError::UnknownObject)
        return InvalidArgs;
    return Failed;
}

namespace {

QJsonValue argumentToJson(const QDBusArgument& arg)
{
    switch (arg.currentType()) {
    case QDBusArgument::BasicType:
    case QDBusArgument::VariantType:
        return toJson(arg.asVariant());
    case QDBusArgument::ArrayType: {
        QJsonArray a;
        arg.beginArray();
        while (!arg.atEnd())
            a.append(argumentToJson(arg));
        arg.endArray();
        return a;
    }
    case QDBusArgument::StructureType: {
        QJsonArray a;
        arg.beginStructure();
        while (!arg.atEnd())
            a.append(argumentToJson(arg));
        arg.endStructure();
        return a;
    }
    case QDBusArgument::MapType: {
        QJsonObject o;
        arg.beginMap();
        while (!arg.atEnd()) {
            arg.beginMapEntry();
            const QJsonValue k = argumentToJson(arg);
            const QJsonValue v = argumentToJson(arg);
            o.insert(k.isString() ? k.toString() : QString::number(k.toDouble()), v);
            arg.endMapEntry();
        }
        arg.endMap();
        return o;
    }
    default:
        return QJsonValue();
    }
}

} // namespace

QJsonValue toJson(const QVariant& v)
{
    if (v.metaType() == QMetaType::fromType<QDBusArgument>())
        return argumentToJson(v.value<QDBusArgument>());
    if (v.metaType() == QMetaType::fromType<QDBusVariant>())
        return toJson(v.value<QDBusVariant>().variant());
    if (v.metaType() == QMetaType::fromType<QDBusObjectPath>())
        return v.value<QDBusObjectPath>().path();
    if (v.metaType() == QMetaType::fromType<QByteArray>()) {
        QJsonArray a;
        for (char c : v.toByteArray())
            a.append(int(static_cast<unsigned char>(c)));
        return a;
    }
    if (v.metaType() == QMetaType::fromType<QVariantMap>()) {
        QJsonObject o;
        const QVariantMap m = v.toMap();
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            o.insert(it.key(), toJson(it.value()));
        return o;
    }
    if (v.metaType() == QMetaType::fromType<QVariantList>() || v.metaType() == QMetaType::fromType<QStringList>()) {
        QJsonArray a;
        for (const QVariant& e : v.toList())
            a.append(toJson(e));
        return a;
    }
    if (v.metaType() == QMetaType::fromType<qulonglong>() || v.metaType() == QMetaType::fromType<qlonglong>())
        return double(v.toLongLong()); // JSON numbers: exact up to 2^53
    return QJsonValue::fromVariant(v);
}

QString toText(const QVariant& v)
{
    const QJsonValue j = toJson(v);
    if (j.isString())
        return j.toString();
    if (j.isArray())
        return QString::fromUtf8(QJsonDocument(j.toArray()).toJson(QJsonDocument::Compact));
    if (j.isObject())
        return QString::fromUtf8(QJsonDocument(j.toObject()).toJson(QJsonDocument::Compact));
    if (j.isBool())
        return j.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (j.isDouble())
        return QString::number(qlonglong(j.toDouble()));
    return v.toString();
}

void printJson(const QJsonValue& value)
{
    QByteArray out;
    if (value.isObject())
        out = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else if (value.isArray())
        out = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        out = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
}

int reportError(const QString& name, const QString& message, int code, bool json)
{
    if (json)
        printJson(QJsonObject{{QStringLiteral("error"), name}, {QStringLiteral("message"), message},
                              {QStringLiteral("exit_code"), code}});
    else
        std::fprintf(stderr, "dmremapctl: %s (%s)\n", qPrintable(message), qPrintable(name));
    return code;
}

int reportError(const QDBusError& error, bool json)
{
    return reportError(error.name(), error.message(), exitCodeOf(error), json);
}

} // namespace dmremapctl
