// SPDX-License-Identifier: Apache-2.0
#include "model/servicesizing.h"

#include <algorithm>

namespace headroom {

namespace {
template <typename List> auto byName(const List& list, const QString& name) -> decltype(&list.front())
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const auto& item) { return item.name == name; });
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

std::optional<double> PostgresProfileSizing::figure(const QString& name) const
{
    const auto it = figures.constFind(name);
    return it == figures.cend() ? std::nullopt : std::optional<double>(*it);
}

const FormulaValue* ServiceSizing::value(const QString& name) const
{
    return byName(values, name);
}
const InputValue* ServiceSizing::input(const QString& name) const
{
    return byName(inputs, name);
}
const Setting* ServiceSizing::setting(const QString& name) const
{
    return byName(settings, name);
}
const MemoryComponent* ServiceSizing::memoryComponent(const QString& name) const
{
    return byName(memory, name);
}

bool ServiceSizing::hasFinding(const QString& code) const
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding& f) { return f.code == code; });
}

} // namespace headroom
