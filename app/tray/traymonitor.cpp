#include "traymonitor.h"

#include <QSettings>

namespace dmremap::tray {

namespace {

TrayMonitor::State stateOf(const TrayEvent& e)
{
    switch (e.kind) {
    case TrayEvent::Kind::SmartFailing:
    case TrayEvent::Kind::SpareFull:
        return TrayMonitor::State::Failing;
    case TrayEvent::Kind::SmartWarning:
    case TrayEvent::Kind::RemapsAdded:
    case TrayEvent::Kind::PendingBlocksAdded:
    case TrayEvent::Kind::SpareNearlyFull:
        return TrayMonitor::State::Warning;
    }
    return TrayMonitor::State::Healthy;
}

QString muteKey(const QString& drive)
{
    return QStringLiteral("mute/") + drive;
}

} // namespace

TrayMonitor::TrayMonitor(std::unique_ptr<Notifier> notifier, QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_notifier(std::move(notifier))
    , m_settings(settings)
{
    connect(m_notifier.get(), &Notifier::actionInvoked, this, &TrayMonitor::onAction);
    connect(m_notifier.get(), &Notifier::closed, this, [this](quint32 id) { m_shown.remove(id); });
}

TrayMonitor::~TrayMonitor() = default;

bool TrayMonitor::handle(const TrayEvent& event)
{
    prime(event);
    return notify(event);
}

void TrayMonitor::prime(const TrayEvent& event)
{
    if (event.kind == TrayEvent::Kind::SmartFailing || event.kind == TrayEvent::Kind::SmartWarning)
        setSmartState(event.drive, stateOf(event));
    else
        raise(event.drive, stateOf(event));
}

bool TrayMonitor::notify(const TrayEvent& event)
{
    const QString key = event.key();
    if (m_seen.contains(key))
        return false;
    m_seen.insert(key);
    if (isMuted(event.drive))
        return false;
    const quint32 id = m_notifier->show(event);
    if (id == 0)
        return false;
    m_shown.insert(id, event);
    return true;
}

void TrayMonitor::setSmartVerdict(const QString& drive, const QString& verdict)
{
    TrayEvent::Kind kind;
    if (!TrayEvent::smartKind(verdict, &kind))
        setSmartState(drive, State::Healthy);
    else
        setSmartState(drive, kind == TrayEvent::Kind::SmartFailing ? State::Failing : State::Warning);
}

void TrayMonitor::setSmartState(const QString& drive, State s)
{
    if (m_smartStates.contains(drive) && m_smartStates.value(drive) == s)
        return;
    m_smartStates.insert(drive, s);
    Q_EMIT stateChanged();
}

void TrayMonitor::forgetDrive(const QString& drive)
{
    m_eventStates.remove(drive);
    m_smartStates.remove(drive);
    Q_EMIT stateChanged();
}

void TrayMonitor::raise(const QString& drive, State s)
{
    if (!m_eventStates.contains(drive) || m_eventStates.value(drive) < s) {
        m_eventStates.insert(drive, s);
        Q_EMIT stateChanged();
    }
}

TrayMonitor::State TrayMonitor::state(const QString& drive) const
{
    return std::max(m_eventStates.value(drive, State::Healthy), m_smartStates.value(drive, State::Healthy));
}

TrayMonitor::State TrayMonitor::worstState() const
{
    State worst = State::Healthy;
    for (const QString& d : drives())
        worst = std::max(worst, state(d));
    return worst;
}

QStringList TrayMonitor::drives() const
{
    QSet<QString> all(m_eventStates.keyBegin(), m_eventStates.keyEnd());
    for (auto it = m_smartStates.keyBegin(); it != m_smartStates.keyEnd(); ++it)
        all.insert(*it);
    QStringList d(all.begin(), all.end());
    d.sort();
    return d;
}

QString TrayMonitor::summary() const
{
    QStringList lines;
    for (const QString& d : drives()) {
        switch (state(d)) {
        case State::Failing:
            lines << TrayText::tr("/dev/%1: failing").arg(d);
            break;
        case State::Warning:
            lines << TrayText::tr("/dev/%1: needs attention").arg(d);
            break;
        case State::Healthy:
            break;
        }
    }
    return lines.isEmpty() ? TrayText::tr("All drives are healthy.") : lines.join(QLatin1Char('\n'));
}

bool TrayMonitor::isMuted(const QString& drive) const
{
    return m_settings && m_settings->value(muteKey(drive), false).toBool();
}

void TrayMonitor::setMuted(const QString& drive, bool muted)
{
    if (!m_settings)
        return;
    if (muted)
        m_settings->setValue(muteKey(drive), true);
    else
        m_settings->remove(muteKey(drive));
    m_settings->sync();
}

void TrayMonitor::onAction(quint32 id, const QString& action)
{
    const auto it = m_shown.constFind(id);
    if (it == m_shown.cend())
        return; // another program's notification
    if (action == QLatin1String("mute"))
        setMuted(it->drive, true);
    else
        Q_EMIT openRequested(it->page());
}

} // namespace dmremap::tray
