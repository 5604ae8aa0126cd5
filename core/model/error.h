// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace headroom {

// Where a problem sits in a source file. line and column are 1-based; 0 means unknown.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;
};

// Errors are values: loaders and parsers return them, the UI and CLI print them.
struct Error
{
    QString message; // one sentence, what is wrong and what is accepted
    QString keyPath; // e.g. services.postgresql.formulas.work_mem; empty when not about a key
    SourceLocation location;

    // "file:line:column: key: message", leaving out the parts that are unknown.
    QString toString() const;
};

// A small stand-in for C++23 std::expected: either a value or an Error.
template <typename T> class Expected
{
public:
    Expected(T value)
        : m_data(std::move(value))
    {
    }
    Expected(Error error)
        : m_data(std::move(error))
    {
    }

    bool hasValue() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return hasValue(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace headroom
