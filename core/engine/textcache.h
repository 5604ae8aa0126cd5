// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/quantity.h"

#include <QHash>
#include <QHashFunctions>
#include <QString>

#include <cstdint>

namespace headroom {

// Texts made from quantities during one sizing run, each made once: a plan of many services
// has many at the same tier, with the same settings and the same figures in their messages,
// and printing a quantity costs far more than looking it up. One cache per run (it keeps
// every text it made until it is destroyed); not thread-safe.
class TextCache
{
public:
    // What `make` gives for (kind, q); `make` runs on the first call for that pair only.
    template <typename Make> QString text(int kind, const Quantity& q, Make&& make)
    {
        const Key key { kind, int(q.dimension()), q.raw() };
        if (const auto it = m_texts.constFind(key); it != m_texts.constEnd())
            return *it;
        QString made = make();
        m_texts.insert(key, made);
        return made;
    }
    QString display(const Quantity& q)
    {
        return text(0, q, [&] { return q.toDisplayString(); });
    }
    QString exact(const Quantity& q)
    {
        return text(1, q, [&] { return q.toString(); });
    }

private:
    struct Key
    {
        int kind;
        int dimension;
        std::int64_t raw;
        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& k, size_t seed = 0) { return qHashMulti(seed, k.kind, k.dimension, k.raw); }
    };
    QHash<Key, QString> m_texts;
};

} // namespace headroom
