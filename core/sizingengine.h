#pragma once

#include "catalog.h"
#include "error.h"
#include "sizing.h"

#include <QHash>

#include <memory>

namespace headroom {

// Sizes one service from the catalog's formulas: resources, the memory breakdown inside
// the container, storage against its class, engine settings and findings. The result is
// a function of the catalog and the request only. Each service's formulas are compiled
// once, on first use, so sizing many services is cheap. Not thread-safe: use one engine
// per thread.
class SizingEngine
{
public:
    explicit SizingEngine(Catalog catalog);
    ~SizingEngine();
    SizingEngine(const SizingEngine&) = delete;
    SizingEngine& operator=(const SizingEngine&) = delete;

    const Catalog& catalog() const { return m_catalog; }

    // Fails, with a message naming the argument, on an unknown service, size, input or
    // storage class, an input of the wrong dimension or out of bounds, a request above
    // its limit, or a formula that gives no usable value for these inputs.
    Expected<ServiceSizing> size(const ServiceRequest& request) const;

private:
    struct CompiledService;
    Expected<CompiledService*> compiled(const ServiceDefinition& service) const;

    Catalog m_catalog;
    mutable QHash<QString, std::shared_ptr<CompiledService>> m_compiled;
};

// Prints a value the way an engine's configuration takes it (see docs/CATALOG.md, formats).
QString formatSetting(const Quantity& value, const QString& format);

} // namespace headroom
