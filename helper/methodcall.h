#pragma once

#include "error/result.h"
#include "helpercontext.h"
#include "options.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace dmremap::helper {

/// The skeleton every D-Bus method of the helper goes through: parse →
/// validate the arguments → authorize → check the state → return early if
/// nothing changes → act → log → emit → reply.
///
/// The order differs from timedated's (which returns early before it
/// authorizes) on purpose: before polkit has said yes, a method looks only
/// at its arguments (their syntax and ranges), never at the system, so an
/// unauthorized caller learns nothing from the answer: every bad argument is
/// InvalidArgs for anyone, and everything else is NotAuthorized. Whether a
/// device exists, is in use or busy, or a unit is pending or remapped
/// already is checked only once the caller is authorized (and then right
/// before acting, so nothing changed while an administrator typed the
/// password).
///
/// Every call is answered by the MethodCall, never by the slot's return
/// value (QtDBus's delayed reply): authorization is asynchronous, so a call
/// waiting for an administrator's password holds nothing but itself. A
/// MethodCall is a cheap handle to the call (copies share it); when the last
/// copy goes away unanswered, the caller gets Failed, so no call is ever left
/// without a reply.
///
///   MethodCall call(*this, m_context, "Remap");
///   auto options = call.parse(map, {...});            // arguments only
///   if (!options || !call.check(checkArguments(...))) return {};
///   call.authorized(this, "remap", *options,
///       [=] { return checkState(...); },               // Result<T>, after polkit
///       [=](MethodCall& call, T& v) { ...; call.reply(); });
///   return {};
///
/// Callers not on D-Bus (in-process use) are authorized and get no reply.
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
    /// Replies with success: no value (void methods) or one out argument
    /// (QVariant::fromValue of its Qt type).
    void reply(const QVariant& value = {});
    /// reply() when status is ok, its error otherwise.
    void finish(const Status& status);

    /// The authorize-then-check preamble of every privileged method: ask
    /// polkit for org.dmremap.helper.<verb> (reply NotAuthorized, or Failed
    /// when polkit could not be asked); once it says yes, checkState() (its
    /// error is the reply) and act(call, value). Arguments must have been
    /// validated before (they may be checked without asking polkit);
    /// checkState may look at devices, jobs and the remap table, since only
    /// authorized callers see its answer. object: the D-Bus object the
    /// method belongs to; when it is deleted before polkit answers, the
    /// caller gets NotFound.
    /// checkState: () -> Result<T>; act: (MethodCall&, T&) -> void, replies.
    template<typename CheckState, typename Act>
    void authorized(QObject* object, const char* verb, const Options& options, CheckState checkState, Act act);
    /// The same without a state check: act: (MethodCall&) -> void.
    template<typename Act>
    void authorized(QObject* object, const char* verb, const Options& options, Act act);

    /// The caller's unique bus name, and uid (0 when not called over D-Bus;
    /// 4294967295 when the bus no longer knows the caller).
    QString caller() const;
    uint callerUid() const;
    const char* method() const;
    bool replied() const;

private:
    void authorize(QObject* object, const char* verb, const Options& options,
                   std::function<void(MethodCall&)> then);

    struct State;
    std::shared_ptr<State> m_state;
};

template<typename CheckState, typename Act>
void MethodCall::authorized(QObject* object, const char* verb, const Options& options, CheckState checkState, Act act)
{
    authorize(object, verb, options,
              [checkState = std::move(checkState), act = std::move(act)](MethodCall& call) mutable {
                  auto checked = checkState();
                  if (call.check(checked.status()))
                      act(call, *checked);
              });
}

template<typename Act>
void MethodCall::authorized(QObject* object, const char* verb, const Options& options, Act act)
{
    authorize(object, verb, options, std::function<void(MethodCall&)>(std::move(act)));
}

} // namespace dmremap::helper
