// SPDX-License-Identifier: Apache-2.0
#include "model/catalogtext.h"

#include "model/catalog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace headroom {

QString catalogText(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate(catalogTranslationContext, text.toUtf8().constData());
}

QString catalogTitle(const QString& title, const QString& name)
{
    return title.isEmpty() ? name : catalogText(title);
}

namespace {

// Collects prose once each, in first-seen order. Names of settings and formulas used as
// titles (shared_buffers, innodb_buffer_pool_size) are identifiers, not prose.
class TextCollector
{
public:
    void add(const QString& text, const QString& identifier = {})
    {
        if (text.isEmpty() || text == identifier || looksLikeIdentifier(text) || m_seen.contains(text))
            return;
        m_seen.insert(text);
        m_texts << text;
    }

    QStringList texts() const { return m_texts; }

private:
    static bool looksLikeIdentifier(const QString& text)
    {
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9]+([_.][A-Za-z0-9]+)+$"));
        return identifier.match(text).hasMatch();
    }

    QSet<QString> m_seen;
    QStringList m_texts;
};

} // namespace

QStringList catalogDisplayTexts(const Catalog& catalog)
{
    TextCollector c;
    for (const auto& size : catalog.workloadSizes)
        c.add(size.name, size.id);
    for (const auto& tier : catalog.performanceTiers) {
        c.add(tier.name, tier.id);
        c.add(tier.useCase);
    }
    for (const auto& group : catalog.groups)
        c.add(group.name, group.id);
    for (const auto& sc : catalog.storageClasses) {
        c.add(sc.name, sc.id);
        c.add(sc.costLabel);
        c.add(sc.useCase);
    }
    for (const auto& service : catalog.services) {
        for (const auto& column : service.columns)
            c.add(column.title, column.id);
        for (const auto& row : service.rows)
            for (const auto& column : service.columns)
                if (!column.dimension && row.cells.contains(column.id))
                    c.add(row.cells.value(column.id).text);
        for (const auto& input : service.inputs) {
            c.add(input.title, input.name);
            c.add(input.description);
        }
        for (const auto& formula : service.formulas) {
            c.add(formula.title, formula.name);
            c.add(formula.explanation);
            c.add(formula.guideNote);
        }
        c.add(service.memoryRemainder);
        for (const auto& setting : service.settings)
            c.add(setting.explanation);
        for (const auto& check : service.checks) {
            c.add(check.message);
            c.add(check.fix);
        }
    }
    for (const auto& profile : catalog.postgresProfiles) {
        c.add(profile.name, profile.id);
        c.add(profile.description);
        for (const auto& setting : profile.settings)
            c.add(setting.explanation);
    }
    return c.texts();
}

} // namespace headroom
