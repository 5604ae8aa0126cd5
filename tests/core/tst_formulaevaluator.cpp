// SPDX-License-Identifier: Apache-2.0
#include "formula/formulaevaluator.h"

#include <QtTest>

using namespace headroom;

namespace {
using Expr = FormulaEvaluator::Expression;

Expr formula(const QString& name, const QString& text)
{
    return Expr { name, text, QStringLiteral("formulas.") + name, { QStringLiteral("test.yaml"), 3, 17 } };
}
} // namespace

class TestFormulaEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void evaluatesInDependencyOrder()
    {
        FormulaEvaluator ev;
        // Listed out of order on purpose: the evaluator must sort them.
        const auto error = ev.compile(
            { QStringLiteral("memory"), QStringLiteral("connections") },
            { formula(QStringLiteral("work_mem"), QStringLiteral("(memory - shared_buffers) / (connections * 3)")),
              formula(QStringLiteral("shared_buffers"), QStringLiteral("memory * 0.25")) });
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
        QCOMPARE(ev.evaluationOrder(), (QStringList { QStringLiteral("shared_buffers"), QStringLiteral("work_mem") }));
        ev.setValue(ev.slot(QStringLiteral("memory")), 16.0 * (1 << 30));
        ev.setValue(ev.slot(QStringLiteral("connections")), 200);
        QVERIFY(!ev.evaluateFormulas());
        QCOMPARE(ev.value(QStringLiteral("shared_buffers")), 4.0 * (1 << 30));
        QCOMPARE(ev.value(QStringLiteral("work_mem")), 12.0 * (1 << 30) / 600.0);
        // Re-evaluation with new inputs reuses the compiled expressions.
        ev.setValue(ev.slot(QStringLiteral("connections")), 500);
        QVERIFY(!ev.evaluateFormulas());
        QCOMPARE(ev.value(QStringLiteral("work_mem")), 12.0 * (1 << 30) / 1500.0);
    }

    void vocabulary_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<double>("expected");
        QTest::addRow("KiB") << QStringLiteral("KiB") << 1024.0;
        QTest::addRow("MiB") << QStringLiteral("MiB") << 1048576.0;
        QTest::addRow("GiB") << QStringLiteral("GiB") << 1073741824.0;
        QTest::addRow("TiB") << QStringLiteral("TiB") << 1099511627776.0;
        QTest::addRow("GB decimal") << QStringLiteral("GB") << 1e9;
        QTest::addRow("day") << QStringLiteral("day") << 86400.0;
        QTest::addRow("week") << QStringLiteral("week") << 604800.0;
        QTest::addRow("floor") << QStringLiteral("floor(2.7)") << 2.0;
        QTest::addRow("ceil") << QStringLiteral("ceil(2.1)") << 3.0;
        QTest::addRow("round") << QStringLiteral("round(2.5)") << 3.0;
        QTest::addRow("clamp low") << QStringLiteral("clamp(-1, 0, 10)") << 0.0;
        QTest::addRow("clamp high") << QStringLiteral("clamp(11, 0, 10)") << 10.0;
        QTest::addRow("clamp inside") << QStringLiteral("clamp(5, 0, 10)") << 5.0;
        QTest::addRow("min of three") << QStringLiteral("min(3, 1, 2)") << 1.0;
        QTest::addRow("max") << QStringLiteral("max(256 * MiB, 0.5 * (1 * GiB - 1 * GiB))") << 268435456.0;
        QTest::addRow("condition true") << QStringLiteral("4 * MiB < 8 * MiB") << 1.0;
        QTest::addRow("condition false") << QStringLiteral("4 > 8 && 1") << 0.0;
        QTest::addRow("ternary") << QStringLiteral("1 > 0 ? 7 : 9") << 7.0;
    }

    void vocabulary()
    {
        QFETCH(QString, expression);
        QFETCH(double, expected);
        FormulaEvaluator ev;
        const auto error = ev.compile({}, { formula(QStringLiteral("x"), expression) });
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
        QVERIFY(!ev.evaluateFormulas());
        QCOMPARE(ev.value(QStringLiteral("x")), expected);
    }

    void compileErrors_data()
    {
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("expressions");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("keyPath");
        QTest::addRow("unknown variable")
            << QStringList { QStringLiteral("memory") } << QStringList { QStringLiteral("a") }
            << QStringList { QStringLiteral("memroy * 2") } << QStringLiteral("unknown name 'memroy'")
            << QStringLiteral("formulas.a");
        QTest::addRow("syntax error") << QStringList {} << QStringList { QStringLiteral("a") }
                                      << QStringList { QStringLiteral("(1 + 2") } << QStringLiteral("cannot read")
                                      << QStringLiteral("formulas.a");
        QTest::addRow("dangling operator")
            << QStringList {} << QStringList { QStringLiteral("a") } << QStringList { QStringLiteral("1 +") }
            << QStringLiteral("cannot read") << QStringLiteral("formulas.a");
        QTest::addRow("unknown function")
            << QStringList {} << QStringList { QStringLiteral("a") } << QStringList { QStringLiteral("frobnicate(2)") }
            << QStringLiteral("cannot read") << QStringLiteral("formulas.a");
        QTest::addRow("two values") << QStringList {} << QStringList { QStringLiteral("a") }
                                    << QStringList { QStringLiteral("1, 2") }
                                    << QStringLiteral("gives 2 values separated by commas")
                                    << QStringLiteral("formulas.a");
        QTest::addRow("self cycle") << QStringList {} << QStringList { QStringLiteral("a") }
                                    << QStringList { QStringLiteral("a + 1") } << QStringLiteral("cycle: a -> a")
                                    << QStringLiteral("formulas.a");
        QTest::addRow("three cycle") << QStringList {}
                                     << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }
                                     << QStringList { QStringLiteral("b + 1"), QStringLiteral("c * 2"),
                                                      QStringLiteral("a / 3") }
                                     << QStringLiteral("cycle: a -> b -> c -> a") << QStringLiteral("formulas.a");
        QTest::addRow("formula named like input")
            << QStringList { QStringLiteral("memory") } << QStringList { QStringLiteral("memory") }
            << QStringList { QStringLiteral("1") } << QStringLiteral("has the name of an input")
            << QStringLiteral("formulas.memory");
        QTest::addRow("empty expression")
            << QStringList {} << QStringList { QStringLiteral("a") } << QStringList { QString() }
            << QStringLiteral("cannot read") << QStringLiteral("formulas.a");
    }

    void compileErrors()
    {
        QFETCH(QStringList, inputs);
        QFETCH(QStringList, names);
        QFETCH(QStringList, expressions);
        QFETCH(QString, messagePart);
        QFETCH(QString, keyPath);
        QList<Expr> formulas;
        for (qsizetype i = 0; i < names.size(); ++i)
            formulas << formula(names[i], expressions[i]);
        FormulaEvaluator ev;
        const auto error = ev.compile(inputs, formulas);
        QVERIFY(error.has_value());
        QVERIFY2(error->message.contains(messagePart), qPrintable(error->message));
        QCOMPARE(error->keyPath, keyPath);
        QCOMPARE(error->location.file, QStringLiteral("test.yaml"));
        QCOMPARE(error->location.line, 3);
    }

    void divisionByZeroIsAnError()
    {
        FormulaEvaluator ev;
        QVERIFY(!ev.compile({ QStringLiteral("connections") },
                            { formula(QStringLiteral("work_mem"), QStringLiteral("1024 / connections")) }));
        ev.setValue(ev.slot(QStringLiteral("connections")), 0);
        const auto error = ev.evaluateFormulas();
        QVERIFY(error.has_value());
        QVERIFY2(error->message.contains(QStringLiteral("no finite number")), qPrintable(error->message));
        QCOMPARE(error->keyPath, QStringLiteral("formulas.work_mem"));
    }

    void zeroByZeroIsAnError()
    {
        FormulaEvaluator ev;
        QVERIFY(!ev.compile({ QStringLiteral("x") }, { formula(QStringLiteral("y"), QStringLiteral("x / x")) }));
        ev.setValue(ev.slot(QStringLiteral("x")), 0);
        QVERIFY(ev.evaluateFormulas().has_value());
    }

    void probesReadFormulas()
    {
        FormulaEvaluator ev;
        const auto error = ev.compile({ QStringLiteral("memory") },
                                      { formula(QStringLiteral("half"), QStringLiteral("memory / 2")) },
                                      { formula(QStringLiteral("check"), QStringLiteral("half > 1 * GiB")),
                                        formula(QStringLiteral("bad"), QStringLiteral("1 / (half - half)")) });
        QVERIFY(!error);
        ev.setValue(ev.slot(QStringLiteral("memory")), 4.0 * (1 << 30));
        QVERIFY(!ev.evaluateFormulas());
        QCOMPARE(ev.evaluateProbe(0).value(), 1.0);
        QVERIFY(!ev.evaluateProbe(1).hasValue());
        ev.setValue(ev.slot(QStringLiteral("memory")), 1.0 * (1 << 30));
        QVERIFY(!ev.evaluateFormulas());
        QCOMPARE(ev.evaluateProbe(0).value(), 0.0);
    }

    void probeWithUnknownNameFailsToCompile()
    {
        FormulaEvaluator ev;
        const auto error = ev.compile({}, {}, { formula(QStringLiteral("check"), QStringLiteral("nothing > 1")) });
        QVERIFY(error.has_value());
        QVERIFY(error->message.contains(QStringLiteral("unknown name 'nothing'")));
    }

    void namesReadBy()
    {
        FormulaEvaluator ev;
        QVERIFY(!ev.compile({ QStringLiteral("a"), QStringLiteral("b") },
                            { formula(QStringLiteral("c"), QStringLiteral("a * b + a")) }));
        QStringList names = ev.namesReadBy(QStringLiteral("c"));
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(ev.slot(QStringLiteral("nope")), -1);
    }
};

QTEST_GUILESS_MAIN(TestFormulaEvaluator)
#include "tst_formulaevaluator.moc"
