#pragma once

#include "error/result.h"
#include "helpercontext.h"
#include "options.h"

#include <QDBusContext>

namespace dmremap::helper {

/// The skeleton every D-Bus method of the helper goes through, in
/// timedated's order: parse → validate → return early if nothing changes →
/// authorize → act → log → emit → reply. A method creates one MethodCall
/// and uses it for each step; any failing step sends the named D-Bus error
/// reply (org.dmremap.Helper1.Error.*) and the method returns a default
/// value, which QtDBus then does not send.
///
///   MethodCall call(*this, m_context, "Remap");
///   auto options = call.parse(map, {...});
///   if (!options) return;
///   ...validate with call.fail(status)...
///   if (!call.authorize("remap", *options)) return;
///
/// Main thread only.
class MethodCall
{
public:
    MethodCall(QDBusContext& dbus, HelperContext& context, const char* method);

    /// Checks the options argument; on error replies InvalidArgs.
    std::optional<Options> parse(const QVariantMap& options, std::initializer_list<Options::Key> keys = {});

    /// Replies with the error of status (ignored when status is ok);
    /// returns status.ok().
    bool check(const Status& status);
    /// Replies with the error; always returns false.
    bool fail(const Status& status);

    /// Asks polkit for org.dmremap.helper.<verb>; replies NotAuthorized (or
    /// Failed when polkit could not be asked) and returns false when not
    /// authorized. Callers not on D-Bus (in-process tests) are authorized.
    bool authorize(const char* verb, const Options& options);

    /// The caller's unique bus name and uid (0 when not called over D-Bus).
    QString caller() const;
    uint callerUid() const;
    const char* method() const { return m_method; }

private:
    QDBusContext& m_dbus;
    HelperContext& m_context;
    const char* m_method;
};

} // namespace dmremap::helper
