// SPDX-License-Identifier: Apache-2.0
// The PromQL text of PromQueries: a batch's alternation of names stays a plain alternation,
// which Prometheus looks up in its index, and still matches exactly the names.
#include "promimport/promqueries.h"

#include <QRegularExpression>
#include <QtTest>

using headroom::PromQueries;

namespace {

// What Prometheus's parser makes of a double-quoted PromQL string: \\ and \" unescaped.
QString unquoted(const QString& promql)
{
    QString text;
    for (qsizetype i = 0; i < promql.size(); ++i) {
        if (promql.at(i) == QLatin1Char('\\') && i + 1 < promql.size())
            ++i;
        text += promql.at(i);
    }
    return text;
}

} // namespace

class TestPromQueries : public QObject
{
    Q_OBJECT

private slots:
    void podNamesStayPlain();
    void metacharactersEscaped_data();
    void metacharactersEscaped();
};

void TestPromQueries::podNamesStayPlain()
{
    // Kubernetes names are letters, digits, '-' and '.': only the dot is RE2 syntax. An escaped
    // '-' would turn Prometheus's set lookup into a scan of every pod name.
    QCOMPARE(PromQueries::regexOf({ QStringLiteral("db-postgresql-0"), QStringLiteral("svc12-1") }),
             QStringLiteral("db-postgresql-0|svc12-1"));
}

void TestPromQueries::metacharactersEscaped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nearMiss");
    QTest::newRow("dot") << QStringLiteral("db.v2-0") << QStringLiteral("dbxv2-0");
    QTest::newRow("alternation") << QStringLiteral("a|b") << QStringLiteral("a");
    QTest::newRow("class and repeat") << QStringLiteral("x[0-9]+") << QStringLiteral("x00");
    QTest::newRow("anchors and group") << QStringLiteral("^(a)$") << QStringLiteral("a");
    QTest::newRow("backslash and quote") << QStringLiteral("a\\\"b") << QStringLiteral("a\"b");
}

void TestPromQueries::metacharactersEscaped()
{
    QFETCH(QString, name);
    QFETCH(QString, nearMiss);
    const QString promql = PromQueries::regexOf({ name, QStringLiteral("other-0") });
    // Prometheus anchors the expression; RE2 and PCRE agree on this escaped-literal subset.
    const QRegularExpression re(QStringLiteral("^(?:%1)$").arg(unquoted(promql)));
    QVERIFY2(re.isValid(), qPrintable(re.errorString()));
    QVERIFY2(re.match(name).hasMatch(), qPrintable(promql));
    QVERIFY2(re.match(QStringLiteral("other-0")).hasMatch(), qPrintable(promql));
    QVERIFY2(!re.match(nearMiss).hasMatch(), qPrintable(promql));
}

QTEST_MAIN(TestPromQueries)
#include "tst_promqueries.moc"
