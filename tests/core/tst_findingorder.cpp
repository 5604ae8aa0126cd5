// SPDX-License-Identifier: Apache-2.0
// The one order findings are shown in: the most severe first, each severity in the order
// raised.
#include "model/findingorder.h"
#include "model/servicesizing.h"

#include <QtTest>

using namespace headroom;

class TestFindingOrder : public QObject
{
    Q_OBJECT

private slots:
    void mostSevereFirstInTheOrderRaised()
    {
        const auto finding = [](const char* code, Severity severity) {
            return Finding { QString::fromLatin1(code), severity, {}, {}, {} };
        };
        QList<Finding> findings { finding("w1", Severity::Warning), finding("i1", Severity::Info),
                                  finding("e1", Severity::Error),   finding("w2", Severity::Warning),
                                  finding("e2", Severity::Error),   finding("i2", Severity::Info) };
        sortBySeverity(findings, [](const Finding& f) { return f.severity; });
        QStringList codes;
        for (const auto& f : findings)
            codes << f.code;
        QCOMPARE(codes, QStringList({ "e1", "e2", "w1", "w2", "i1", "i2" }));
    }

    void oneSeverityKeepsItsOrder()
    {
        QList<Finding> findings { Finding { QStringLiteral("b"), Severity::Error, {}, {}, {} },
                                  Finding { QStringLiteral("a"), Severity::Error, {}, {}, {} } };
        sortBySeverity(findings, [](const Finding& f) { return f.severity; });
        QCOMPARE(findings.first().code, QStringLiteral("b"));
        QList<Finding> none;
        sortBySeverity(none, [](const Finding& f) { return f.severity; });
        QVERIFY(none.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFindingOrder)
#include "tst_findingorder.moc"
