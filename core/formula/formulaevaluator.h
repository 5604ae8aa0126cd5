// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace headroom {

// Compiles named expressions once (muparser) and evaluates them many times.
// Inputs are names set from outside; formulas are named expressions whose results become
// names for later formulas (ordered by dependency, cycles refused); probes are expressions
// evaluated on demand (checks, the guide's own figures) that may read every name.
//
// Expressions may use the constants KiB MiB GiB TiB PiB, KB MB GB TB PB, second minute
// hour day week, and the functions floor ceil round clamp, besides muparser's own.
class FormulaEvaluator
{
public:
    struct Expression
    {
        QString name;
        QString text;
        QString keyPath; // for messages: services.postgresql.formulas.work_mem
        SourceLocation location;
    };

    FormulaEvaluator();
    ~FormulaEvaluator();
    FormulaEvaluator(const FormulaEvaluator&) = delete;
    FormulaEvaluator& operator=(const FormulaEvaluator&) = delete;

    // Fails on a syntax error, an unknown name, a formula named like an input or another
    // formula, or a cycle between formulas; the Error names the expression and the place.
    std::optional<Error> compile(const QStringList& inputs, const QList<Expression>& formulas,
                                 const QList<Expression>& probes = {});

    // -1 when the name is neither an input nor a formula.
    int slot(const QString& name) const;
    void setValue(int slot, double value) { m_values[std::size_t(slot)] = value; }
    double value(int slot) const { return m_values[std::size_t(slot)]; }
    double value(const QString& name) const;

    // Evaluates every formula in dependency order. A result that is not a finite number
    // (division by zero, overflow) is an Error naming the formula.
    std::optional<Error> evaluateFormulas();
    Expected<double> evaluateProbe(int index) const;

    // Formula names in the order they are evaluated.
    QStringList evaluationOrder() const;
    // The names an expression reads, as compiled.
    QStringList namesReadBy(const QString& formulaName) const;

private:
    struct Compiled;
    using SlotsByName = QHash<QString, int>;
    using CompiledByName = std::map<QString, std::unique_ptr<Compiled>>;

    std::optional<Error> assignSlots(const QStringList& inputs, const QList<Expression>& formulas,
                                     SlotsByName& slotByName);
    Expected<std::unique_ptr<Compiled>> compileExpression(const Expression& e, const SlotsByName& slotByName);
    std::optional<Error> orderFormulas(const QList<Expression>& formulas, CompiledByName& byName);

    std::vector<double> m_values; // sized once: the parsers hold pointers into it
    QStringList m_names; // slot -> name
    std::vector<std::unique_ptr<Compiled>> m_formulas; // in evaluation order
    std::vector<std::unique_ptr<Compiled>> m_probes;
};

} // namespace headroom
