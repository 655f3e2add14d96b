#pragma once

#include <QDBusError>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace dmremap::gui {

class HelperConnection;
class JobClient;

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

    /// How every method of the clients reports a failure: the D-Bus error
    /// (org.dmremap.Helper1.Error.* or a bus error; HelperErrorText has the words).
    using Error = std::function<void(const QDBusError&)>;

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
    /// Calls a method of this object's interface that starts a job (its reply
    /// is the job's object path): `started` gets a client of the job, a child
    /// of this object whose properties are being read; or `failed` the error.
    void callForJob(const QString& method, const QVariantList& args, std::function<void(JobClient*)> started,
                    Error failed);
    /// Calls a method whose reply carries nothing: `done` or `failed`.
    void callForNothing(const QString& method, const QVariantList& args, std::function<void()> done, Error failed);

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
