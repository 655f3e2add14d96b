#pragma once

#include <QDBusMessage>
#include <QObject>

#include <functional>

namespace dmremapctl {

/// Hands every D-Bus signal it is connected to (QtDBus delivers signals to
/// slots) to a function: the status stream of `dmremapctl watch`.
class StreamRelay : public QObject
{
    Q_OBJECT
public:
    explicit StreamRelay(std::function<void(const QDBusMessage&)> f)
        : m_f(std::move(f))
    {
    }

public Q_SLOTS:
    void deliver(const QDBusMessage& message) { m_f(message); }

private:
    std::function<void(const QDBusMessage&)> m_f;
};

} // namespace dmremapctl
