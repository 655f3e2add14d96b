#pragma once

#include <QDBusError>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace dmremap::gui {

class HelperConnection;

/// Client side of one helper object (a drive, remap device or job): a cache
/// of its properties, filled by an asynchronous GetAll and kept current by
/// PropertiesChanged. Subclasses add typed getters and methods.
/// Single-threaded (the GUI thread).
class RemoteObject : public QObject
{
    Q_OBJECT
public:
    RemoteObject(HelperConnection* connection, QString path, QString interface, QObject* parent = nullptr);

    const QString& path() const { return m_path; }
    const QString& interface() const { return m_interface; }
    HelperConnection* connection() const { return m_connection; }
    /// True once the first GetAll answered.
    bool isLoaded() const { return m_loaded; }
    /// The cached value of a property (invalid before loading).
    QVariant value(const QString& name) const { return m_properties.value(name); }
    const QVariantMap& values() const { return m_properties; }

    /// Re-reads every property (GetAll).
    void refresh();

    /// For tests and for replies that carry properties: sets them as if
    /// PropertiesChanged had come.
    void applyProperties(const QVariantMap& changed);

Q_SIGNALS:
    /// After the first GetAll and after each change; names of what changed.
    void propertiesChanged(const QStringList& names);
    void loaded();
    void loadFailed(const QDBusError& error);

protected:
    /// Connects a signal of this object's interface to a slot (SLOT() string).
    void connectSignal(const QString& name, const char* slot);

private Q_SLOTS:
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList& invalidated);

private:
    HelperConnection* m_connection;
    QString m_path;
    QString m_interface;
    QVariantMap m_properties;
    bool m_loaded = false;
};

} // namespace dmremap::gui
