#pragma once

#include "status.h"

#include <cassert>
#include <utility>
#include <variant>

namespace dmremap {

/// A value of T, or a failed Status (a small stand-in for C++23
/// std::expected). Accessing value() of a failed result is a programming
/// error (asserted). Value type; not synchronised.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Status status)
        : m_state(std::move(status))
    {
        assert(!std::get<Status>(m_state).ok());
    }
    Result(Error error, std::string context = {})
        : m_state(Status{error, std::move(context)})
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    /// Success Status when ok().
    Status status() const { return ok() ? Status{} : std::get<Status>(m_state); }
    Error error() const { return status().error(); }

private:
    std::variant<T, Status> m_state;
};

} // namespace dmremap
