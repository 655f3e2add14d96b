#pragma once

#include "error/result.h"
#include "helpercontext.h"
#include "options.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QObject>
#include <QPointer>

#include <concepts>
#include <functional>
#include <memory>

namespace dmremap::helper {

/// A validated value that may say the call changes nothing (the unit is
/// remapped already, the device exists already): then MethodCall::authorized
/// acts without asking polkit.
template<typename T>
concept MayChangeNothing = requires(const T& t) {
    { t.nothingChanges } -> std::convertible_to<bool>;
};

/// The skeleton every D-Bus method of the helper goes through, in
/// timedated's order: parse → validate → return early if nothing changes →
/// authorize → validate again → act → log → emit → reply.
///
/// Every call is answered by the MethodCall, never by the slot's return
/// value (QtDBus's delayed reply): authorization is asynchronous, so a call
/// waiting for an administrator's password holds nothing but itself. A
/// MethodCall is a cheap handle to the call (copies share it); when the last
/// copy goes away unanswered, the caller gets Failed, so no call is ever left
/// without a reply.
///
///   MethodCall call(*this, m_context, "Remap");
///   auto options = call.parse(map, {...});
///   if (!options) return {};
///   call.authorized(this, "remap", *options,
///       [=] { return validate(...); },                 // Result<T>
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

    /// The validate-and-authorize preamble of every privileged method:
    /// validate() now (so bad arguments get InvalidArgs without bothering
    /// polkit); when its value says nothing changes, act at once; otherwise
    /// ask polkit for org.dmremap.helper.<verb> (reply NotAuthorized, or
    /// Failed when polkit could not be asked), then validate() again — the
    /// devices may have changed while an administrator typed the password —
    /// and act(call, value). object: the D-Bus object the method belongs to;
    /// when it is deleted before polkit answers, the caller gets NotFound.
    /// validate: () -> Result<T>; act: (MethodCall&, T&) -> void, replies.
    template<typename Validate, typename Act>
    void authorized(QObject* object, const char* verb, const Options& options, Validate validate, Act act);
    /// The same without a validation step: act: (MethodCall&) -> void.
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

template<typename Validate, typename Act>
void MethodCall::authorized(QObject* object, const char* verb, const Options& options, Validate validate, Act act)
{
    auto checked = validate();
    if (!check(checked.status()))
        return;
    using T = std::remove_reference_t<decltype(*checked)>;
    if constexpr (MayChangeNothing<T>) {
        if (checked->nothingChanges) {
            act(*this, *checked);
            return;
        }
    }
    authorize(object, verb, options,
              [validate = std::move(validate), act = std::move(act)](MethodCall& call) mutable {
                  auto again = validate();
                  if (call.check(again.status()))
                      act(call, *again);
              });
}

template<typename Act>
void MethodCall::authorized(QObject* object, const char* verb, const Options& options, Act act)
{
    authorize(object, verb, options, std::function<void(MethodCall&)>(std::move(act)));
}

} // namespace dmremap::helper
