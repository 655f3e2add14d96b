#pragma once

#include "error.h"

#include <optional>
#include <string>
#include <utility>

namespace dmremap {

/// The outcome of an operation that returns nothing: success, or an Error
/// with a context sentence ("open /dev/sdb: ..."). Value type, cheap to move;
/// not synchronised (like any value).
class Status
{
public:
    Status() = default; ///< success
    Status(Error error, std::string context = {})
        : m_error(error)
        , m_context(std::move(context))
    {
    }

    static Status fromErrno(int errnum, std::string context);

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    /// Error::Failed when ok() (never ask, but do not crash either).
    Error error() const { return m_error.value_or(Error::Failed); }
    const std::string& context() const { return m_context; }

    /// "context: message" in English, or "" when ok().
    std::string message() const;

private:
    std::optional<Error> m_error;
    std::string m_context;
};

} // namespace dmremap
