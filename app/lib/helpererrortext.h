#pragma once

#include <QCoreApplication>
#include <QDBusError>
#include <QString>

namespace dmremap::gui {

/// Plain-language words for the helper's D-Bus errors
/// (org.dmremap.Helper1.Error.*, docs/dbus.md "Errors") and for bus errors
/// such as a helper that is not installed. The helper's English message is
/// kept as the technical detail. Stateless.
class HelperErrorText
{
    Q_DECLARE_TR_FUNCTIONS(dmremap::gui::HelperErrorText)
public:
    /// What the user was doing, for refusals that depend on it.
    enum class Action { Other, Scan, Format, Create, LoadModule, Remap, Rescue, ClearPending, Remove, Smart };

    /// One or two sentences: what went wrong and what to do about it.
    static QString refusal(const QDBusError& error, Action action = Action::Other);
    /// refusal() followed by the helper's message in parentheses.
    static QString describe(const QDBusError& error, Action action = Action::Other);
    /// The last part of the error name ("Busy" for org.dmremap.Helper1.Error.Busy).
    static QString shortName(const QDBusError& error);
};

} // namespace dmremap::gui
