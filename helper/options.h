#pragma once

#include "error/result.h"

#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <initializer_list>

namespace dmremap::helper {

/// The a{sv} options argument of a method, checked against the keys that
/// method knows (plus auth.no_user_interaction, which every method knows).
/// An unknown key or a value of another D-Bus type is InvalidArgument, so a
/// typo never silently falls back to a default. Value type.
class Options
{
public:
    struct Key {
        const char* name;
        QMetaType::Type type; ///< Bool, UInt (u), ULongLong (t), QString (s)
    };

    static Result<Options> parse(const QVariantMap& map, std::initializer_list<Key> keys = {});

    bool noUserInteraction() const { return boolean("auth.no_user_interaction", false); }
    bool has(const char* key) const { return m_map.contains(QLatin1String(key)); }
    bool boolean(const char* key, bool fallback) const;
    quint32 u32(const char* key, quint32 fallback) const;
    quint64 u64(const char* key, quint64 fallback) const;
    QString string(const char* key, const QString& fallback = {}) const;

private:
    QVariantMap m_map;
};

} // namespace dmremap::helper
