// SPDX-License-Identifier: Apache-2.0
#include "formula/formulaevaluator.h"

#include <QHash>
#include <QSet>

#include <muParser.h>

#include <cmath>
#include <functional>
#include <map>

namespace headroom {

namespace {

double floorFn(double v)
{
    return std::floor(v);
}
double ceilFn(double v)
{
    return std::ceil(v);
}
double roundFn(double v)
{
    return std::round(v);
}
double clampFn(double v, double lo, double hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

// Shared by every parser so formulas read like the guide: "memory * 0.25", "4 * GiB".
void defineVocabulary(mu::Parser& parser)
{
    const double k = 1024.0;
    parser.DefineConst("KiB", k);
    parser.DefineConst("MiB", k * k);
    parser.DefineConst("GiB", k * k * k);
    parser.DefineConst("TiB", k * k * k * k);
    parser.DefineConst("PiB", k * k * k * k * k);
    parser.DefineConst("KB", 1e3);
    parser.DefineConst("MB", 1e6);
    parser.DefineConst("GB", 1e9);
    parser.DefineConst("TB", 1e12);
    parser.DefineConst("PB", 1e15);
    parser.DefineConst("second", 1);
    parser.DefineConst("minute", 60);
    parser.DefineConst("hour", 3600);
    parser.DefineConst("day", 86400);
    parser.DefineConst("week", 604800);
    parser.DefineFun("floor", floorFn);
    parser.DefineFun("ceil", ceilFn);
    parser.DefineFun("round", roundFn);
    parser.DefineFun("clamp", clampFn);
}

Error expressionError(const FormulaEvaluator::Expression& e, const QString& message, int position = -1)
{
    Error error;
    error.keyPath = e.keyPath;
    error.location = e.location;
    if (position >= 0 && error.location.column > 0)
        error.location.column += position;
    error.message = message;
    return error;
}

} // namespace

struct FormulaEvaluator::Compiled
{
    Expression source;
    int slot = -1; // result slot for formulas
    mu::Parser parser;
    QStringList reads;
};

FormulaEvaluator::FormulaEvaluator() = default;
FormulaEvaluator::~FormulaEvaluator() = default;

std::optional<Error> FormulaEvaluator::compile(const QStringList& inputs, const QList<Expression>& formulas,
                                               const QList<Expression>& probes)
{
    m_formulas.clear();
    m_probes.clear();
    m_names.clear();

    SlotsByName slotByName;
    if (auto error = assignSlots(inputs, formulas, slotByName))
        return error;

    // Parse everything first, so that every unknown name or syntax error is reported
    // before the order is worked out.
    CompiledByName byName;
    for (const auto& f : formulas) {
        auto compiled = compileExpression(f, slotByName);
        if (!compiled)
            return compiled.error();
        compiled.value()->slot = slotByName.value(f.name);
        byName.emplace(f.name, std::move(compiled.value()));
    }
    if (auto error = orderFormulas(formulas, byName))
        return error;

    for (const auto& p : probes) {
        auto compiled = compileExpression(p, slotByName);
        if (!compiled)
            return compiled.error();
        m_probes.push_back(std::move(compiled.value()));
    }
    return std::nullopt;
}

// Inputs first, then formulas, each a slot of m_values; a name may be given once.
std::optional<Error> FormulaEvaluator::assignSlots(const QStringList& inputs, const QList<Expression>& formulas,
                                                   SlotsByName& slotByName)
{
    for (const auto& name : inputs) {
        if (slotByName.contains(name))
            return expressionError({}, QStringLiteral("the input '%1' is defined twice.").arg(name));
        slotByName.insert(name, int(m_names.size()));
        m_names << name;
    }
    for (const auto& f : formulas) {
        if (slotByName.contains(f.name)) {
            return expressionError(
                f, QStringLiteral("the formula '%1' has the name of an input or of another formula.").arg(f.name));
        }
        slotByName.insert(f.name, int(m_names.size()));
        m_names << f.name;
    }
    m_values.assign(std::size_t(m_names.size()), 0.0);
    return std::nullopt;
}

Expected<std::unique_ptr<FormulaEvaluator::Compiled>> FormulaEvaluator::compileExpression(const Expression& e,
                                                                                          const SlotsByName& slotByName)
{
    auto c = std::make_unique<Compiled>();
    c->source = e;
    defineVocabulary(c->parser);
    try {
        c->parser.SetExpr(e.text.toStdString());
        // GetUsedVar parses without requiring the variables to be defined yet.
        const auto used = c->parser.GetUsedVar();
        for (const auto& [name, ptr] : used) {
            Q_UNUSED(ptr);
            const QString qname = QString::fromStdString(name);
            const auto it = slotByName.constFind(qname);
            if (it == slotByName.constEnd()) {
                QStringList known = m_names;
                known.sort();
                return expressionError(e,
                                       QStringLiteral("unknown name '%1' in \"%2\"; the names here are: %3.")
                                           .arg(qname, e.text, known.join(QStringLiteral(", "))));
            }
            c->reads << qname;
            c->parser.DefineVar(name, &m_values[std::size_t(*it)]);
        }
        c->parser.Eval(); // forces compilation to bytecode and catches the rest of the syntax
        // muparser reads "1, 2" as two results and Eval() returns the last: a decimal comma
        // would silently become another number.
        if (c->parser.GetNumResults() > 1)
            return expressionError(e,
                                   QStringLiteral("\"%1\" gives %2 values separated by commas; a formula gives one "
                                                  "(write decimals with a point).")
                                       .arg(e.text)
                                       .arg(c->parser.GetNumResults()));
    } catch (const mu::Parser::exception_type& ex) {
        return expressionError(
            e, QStringLiteral("cannot read \"%1\": %2.").arg(e.text, QString::fromStdString(ex.GetMsg())),
            int(ex.GetPos()));
    }
    return c;
}

// Depth-first topological order into m_formulas; a grey node met again closes a cycle.
std::optional<Error> FormulaEvaluator::orderFormulas(const QList<Expression>& formulas, CompiledByName& byName)
{
    enum class Mark { None, Visiting, Done };
    QHash<QString, Mark> marks;
    QStringList stack;
    std::optional<Error> failure;
    std::function<void(const QString&)> visit = [&](const QString& name) {
        if (failure || byName.find(name) == byName.end())
            return;
        const Mark mark = marks.value(name, Mark::None);
        if (mark == Mark::Done)
            return;
        if (mark == Mark::Visiting) {
            QStringList cycle = stack.mid(stack.indexOf(name));
            cycle << name;
            failure = expressionError(byName.at(name)->source,
                                      QStringLiteral("the formulas depend on each other in a cycle: %1.")
                                          .arg(cycle.join(QStringLiteral(" -> "))));
            return;
        }
        marks.insert(name, Mark::Visiting);
        stack << name;
        for (const auto& dep : byName.at(name)->reads)
            visit(dep);
        stack.removeLast();
        marks.insert(name, Mark::Done);
        if (!failure)
            m_formulas.push_back(std::move(byName[name]));
    };
    for (const auto& f : formulas)
        visit(f.name);
    if (failure)
        m_formulas.clear();
    return failure;
}

int FormulaEvaluator::slot(const QString& name) const
{
    return int(m_names.indexOf(name));
}

double FormulaEvaluator::value(const QString& name) const
{
    const int s = slot(name);
    return s < 0 ? std::nan("") : m_values[std::size_t(s)];
}

std::optional<Error> FormulaEvaluator::evaluateFormulas()
{
    for (const auto& f : m_formulas) {
        double result = 0;
        try {
            result = f->parser.Eval();
        } catch (const mu::Parser::exception_type& ex) {
            return expressionError(
                f->source,
                QStringLiteral("cannot evaluate \"%1\": %2.").arg(f->source.text, QString::fromStdString(ex.GetMsg())));
        }
        if (!std::isfinite(result)) {
            return expressionError(f->source,
                                   QStringLiteral("\"%1\" gives no finite number (a division by zero or an overflow) "
                                                  "for these inputs.")
                                       .arg(f->source.text));
        }
        m_values[std::size_t(f->slot)] = result;
    }
    return std::nullopt;
}

Expected<double> FormulaEvaluator::evaluateProbe(int index) const
{
    const auto& p = m_probes.at(std::size_t(index));
    double result = 0;
    try {
        result = p->parser.Eval();
    } catch (const mu::Parser::exception_type& ex) {
        return expressionError(
            p->source,
            QStringLiteral("cannot evaluate \"%1\": %2.").arg(p->source.text, QString::fromStdString(ex.GetMsg())));
    }
    if (!std::isfinite(result)) {
        return expressionError(
            p->source,
            QStringLiteral("\"%1\" gives no finite number (a division by zero or an overflow).").arg(p->source.text));
    }
    return result;
}

QStringList FormulaEvaluator::evaluationOrder() const
{
    QStringList order;
    for (const auto& f : m_formulas)
        order << f->source.name;
    return order;
}

QStringList FormulaEvaluator::namesReadBy(const QString& formulaName) const
{
    for (const auto& f : m_formulas) {
        if (f->source.name == formulaName)
            return f->reads;
    }
    return {};
}

} // namespace headroom
