// SPDX-License-Identifier: Apache-2.0
// How PromClient hands the answers of a real Prometheus over: each as it arrives, so that the
// import holds one answer at a time however many it asks, and with only the labels asked for,
// so that a series lookup does not keep the dozen labels a real cAdvisor series carries.
#include "promdataset.h"
#include "promimport/promclient.h"
#include "promserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace headroom;

class TestPromAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersHandedOverOnArrival();
    void seriesLookupKeepsAskedLabels();

private:
    PromImportOptions options() const;
    double direct(const QString& promql) const;

    QTemporaryDir m_dir;
    PromServer m_server;
};

PromImportOptions TestPromAnswers::options() const
{
    PromImportOptions options;
    options.url = QUrl(m_server.url());
    options.at = QDateTime::fromSecsSinceEpoch(PromDataset::at(), Qt::UTC);
    return options;
}

// The server's own answer to an instant query of one number.
double TestPromAnswers::direct(const QString& promql) const
{
    const auto root = QJsonDocument::fromJson(m_server.query(promql, PromDataset::at())).object();
    const auto result = root.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
    return result.first().toObject().value(QStringLiteral("value")).toArray().at(1).toString().toDouble();
}

void TestPromAnswers::initTestCase()
{
    if (!PromServer::available())
        QSKIP("prometheus and promtool are not installed (Debian's prometheus package; scripts/setup.sh)");
    QVERIFY(m_dir.isValid());
    const QString tsdb = m_dir.filePath(QStringLiteral("tsdb"));
    const QString backfilled = PromServer::backfill(PromDataset().openMetrics(), tsdb);
    QVERIFY2(backfilled.isEmpty(), qPrintable(backfilled));
    const QString started = m_server.start(tsdb);
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void TestPromAnswers::answersHandedOverOnArrival()
{
    // One request at a time: an answer handed over as it arrives comes before the next request
    // is sent; one held until the last arrives would come after every request.
    PromImportOptions one = options();
    one.maxInFlight = 1;
    PromClient client(one);
    const QStringList texts { QStringLiteral("count(kube_pod_labels)"),
                              QStringLiteral("count(container_cpu_usage_seconds_total)"),
                              QStringLiteral("count(container_memory_working_set_bytes)") };
    QList<PromQuery> queries;
    for (const auto& text : texts)
        queries << PromQuery { text };
    QList<int> order;
    QList<int> sentBefore;
    QList<double> values;
    const auto error = client.ask(queries, [&](int index, PromAnswer&& answer) {
        order << index;
        sentBefore << client.requests();
        values << (answer.samples.isEmpty() ? -1 : answer.samples.first().value);
    });
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QCOMPARE(order, (QList<int> { 0, 1, 2 }));
    QCOMPARE(sentBefore, (QList<int> { 1, 2, 3 }));
    for (qsizetype i = 0; i < texts.size(); ++i)
        QCOMPARE(values.at(i), direct(texts.at(i)));
}

void TestPromAnswers::seriesLookupKeepsAskedLabels()
{
    PromClient client(options());
    const QString selector = QStringLiteral("container_cpu_usage_seconds_total{container!=\"\"}");
    const QStringList kept { QStringLiteral("__name__"), QStringLiteral("namespace"), QStringLiteral("pod") };
    const auto answers
        = client.ask(QList<PromQuery> { PromQuery::seriesLookup(selector, PromDataset::window()),
                                        PromQuery::seriesLookup(selector, PromDataset::window(), kept) });
    QVERIFY2(answers, qPrintable(answers ? QString() : answers.error().message));
    const auto& all = answers->at(0).samples;
    const auto& asked = answers->at(1).samples;
    QVERIFY(!all.isEmpty());
    QCOMPARE(asked.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QVERIFY2(all.at(i).labels.contains(QStringLiteral("container")), "the lookup answers with more labels");
        QHash<QString, QString> expected;
        for (const auto& name : kept)
            expected.insert(name, all.at(i).labels.value(name));
        QCOMPARE(asked.at(i).labels, expected);
    }
}

QTEST_GUILESS_MAIN(TestPromAnswers)
#include "tst_promanswers.moc"
