#pragma once

#include "notifier.h"
#include "trayevent.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QSettings;

namespace dmremap::tray {

/// The tray's logic, without a tray host or a bus: events in, at most one
/// notification per event out (deduplicated by TrayEvent::key()), nothing
/// for muted drives, the worst state of all drives, and the page to open
/// when the user picks a notification's action.
///
/// Mutes persist in `settings` (group "mute", one bool per drive). Not
/// thread-safe; lives in the GUI thread.
class TrayMonitor : public QObject
{
    Q_OBJECT
public:
    /// Ordered: the worst state is the largest.
    enum class State { Healthy, Warning, Failing };
    Q_ENUM(State)

    TrayMonitor(std::unique_ptr<Notifier> notifier, QSettings* settings, QObject* parent = nullptr);
    ~TrayMonitor() override;

    /// Records the event (the drive's state follows it even when muted or a
    /// duplicate) and notifies unless it is a duplicate or the drive is
    /// muted. Returns whether a notification was shown.
    bool handle(const TrayEvent& event);
    /// Records the event's effect on the drive's state without notifying
    /// and without marking it seen.
    void prime(const TrayEvent& event);
    /// Marks the event seen without notifying: the state the helper had when
    /// the tray started is not news.
    void markSeen(const TrayEvent& event) {
        prime(event);
        m_seen.insert(event.key());
    }
    /// A drive's state from its SMART verdict name (GOOD, "": healthy).
    void setSmartVerdict(const QString& drive, const QString& verdict);
    void forgetDrive(const QString& drive);

    State worstState() const;
    /// The worse of the drive's SMART verdict and its remap devices' events.
    State state(const QString& drive) const;
    QStringList drives() const;
    /// One line per drive that is not healthy, for the icon's tool tip.
    QString summary() const;

    bool isMuted(const QString& drive) const;
    void setMuted(const QString& drive, bool muted);

    Notifier* notifier() const { return m_notifier.get(); }

Q_SIGNALS:
    /// The user asked to see `page` (TrayEvent::page()).
    void openRequested(const QString& page);
    void stateChanged();

private:
    bool notify(const TrayEvent& event);
    void raise(const QString& drive, State state);
    void setSmartState(const QString& drive, State state);
    void onAction(quint32 id, const QString& action);

    std::unique_ptr<Notifier> m_notifier;
    QSettings* m_settings;
    QSet<QString> m_seen; ///< keys of events already notified or primed
    QHash<QString, State> m_eventStates; ///< by drive, from remap device events (they only rise)
    QHash<QString, State> m_smartStates; ///< by drive, from the last SMART verdict
    QHash<quint32, TrayEvent> m_shown; ///< by notification id, until closed
};

} // namespace dmremap::tray
