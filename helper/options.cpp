#include "options.h"

#include "error/result.h"

#include <QDBusArgument>
#include <QDBusVariant>

namespace dmremap::helper {

Result<Options> Options::parse(const QVariantMap& map, std::initializer_list<Key> keys)
{
    Options o;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QMetaType::Type want = QMetaType::UnknownType;
        if (it.key() == QLatin1String("auth.no_user_interaction"))
            want = QMetaType::Bool;
        for (const Key& k : keys) {
            if (it.key() == QLatin1String(k.name))
                want = k.type;
        }
        if (want == QMetaType::UnknownType)
            return Status{Error::InvalidArgument, "unknown option '" + it.key().toStdString() + "'"};
        QVariant v = it.value();
        // A client may wrap the value twice (v inside v); nested containers are never options.
        if (v.metaType() == QMetaType::fromType<QDBusVariant>())
            v = v.value<QDBusVariant>().variant();
        if (v.metaType().id() != want)
            return Status{Error::InvalidArgument, "option '" + it.key().toStdString() + "' has type " +
                                                      std::string(v.metaType().name() ? v.metaType().name() : "?") +
                                                      ", expected " + QMetaType(want).name()};
        o.m_map.insert(it.key(), v);
    }
    return o;
}

bool Options::boolean(const char* key, bool fallback) const
{
    const auto it = m_map.constFind(QLatin1String(key));
    return it == m_map.cend() ? fallback : it->toBool();
}

quint32 Options::u32(const char* key, quint32 fallback) const
{
    const auto it = m_map.constFind(QLatin1String(key));
    return it == m_map.cend() ? fallback : it->toUInt();
}

quint64 Options::u64(const char* key, quint64 fallback) const
{
    const auto it = m_map.constFind(QLatin1String(key));
    return it == m_map.cend() ? fallback : it->toULongLong();
}

QString Options::string(const char* key, const QString& fallback) const
{
    const auto it = m_map.constFind(QLatin1String(key));
    return it == m_map.cend() ? fallback : it->toString();
}

} // namespace dmremap::helper
