// SPDX-License-Identifier: Apache-2.0
#include "io/splityamlloader.h"
#include "io/yamlreader.h"

#include <QtTest>

#include <yaml-cpp/yaml.h>

#include <string>

using namespace headroom;

namespace {

// A plan-shaped text of `services` items, each with nested mappings and lists, flow
// collections, quoted text that looks like list items and keys, comments at every indentation
// and blank lines; `indent` is where the list's dashes stand.
std::string planText(int services, int indent, const std::string& after)
{
    const std::string pad(std::size_t(indent), ' ');
    std::string text = "apiVersion: headroom/v1\nkind: Plan\nmetadata:\n  name: split\n# a comment\nservices:\n";
    for (int i = 0; i < services; ++i) {
        const std::string n = std::to_string(i);
        text += pad + "- name: svc-" + n + "\n";
        text += pad + "  kind: postgresql\n";
        if (i % 3 == 0)
            text += pad + "  notes: \"services:\\n- name: not-an-item\"\n";
        if (i % 5 == 0)
            text += "\n# a comment where an item could begin\n" + pad + "  # and one inside it\n";
        if (i % 7 == 0)
            text += pad + "  comment: \"a quoted line\n" + pad + "    that goes on\"\n";
        text += pad + "  inputs: {connections: \"" + n + "\", ratio: '0.5'}\n";
        text += pad + "  volume:\n" + pad + "    size: 10Gi\n";
        text += pad + "  ports:\n" + pad + "    - 5432\n" + pad + "    - name: metrics\n" + pad + "      port: 9187\n";
        text += pad + "  tags: [a, b, \"c d\"]\n";
    }
    return text + after;
}

// The same tree: kind, tag, text, line and column of every node, and the order of every mapping.
bool sameTree(const YAML::Node& a, const YAML::Node& b, QString& where)
{
    where = QStringLiteral("line %1 column %2").arg(a.Mark().line + 1).arg(a.Mark().column + 1);
    if (a.Type() != b.Type() || a.Tag() != b.Tag() || a.Mark().line != b.Mark().line
        || a.Mark().column != b.Mark().column || a.size() != b.size())
        return false;
    if (a.IsScalar())
        return a.Scalar() == b.Scalar();
    if (a.IsSequence()) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameTree(a[i], b[i], where))
                return false;
        }
        return true;
    }
    if (a.IsMap()) {
        for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y) {
            if (!sameTree(x->first, y->first, where) || !sameTree(x->second, y->second, where))
                return false;
        }
    }
    return true;
}

} // namespace

class TestSplitYamlLoader : public QObject
{
    Q_OBJECT

private slots:
    void halvesGiveTheWholeTextsTree_data()
    {
        QTest::addColumn<int>("indent");
        QTest::addColumn<QByteArray>("after");
        QTest::addRow("indented list, last key") << 2 << QByteArray();
        QTest::addRow("indented list, keys after it") << 2 << QByteArray("storage:\n  defaultClass: ssd\nqos: burst\n");
        QTest::addRow("list at the key's column") << 0 << QByteArray("qos: burst\n");
        QTest::addRow("a key twice, after the list") << 2 << QByteArray("qos: burst\nkind: Plan\n");
    }

    void halvesGiveTheWholeTextsTree()
    {
        QFETCH(int, indent);
        QFETCH(QByteArray, after);
        const std::string text = planText(2000, indent, after.toStdString());
        const auto halves = SplitYamlLoader::load(text);
        QVERIFY2(halves, "a large plan of that shape is read in halves");
        QString where;
        QVERIFY2(sameTree(*halves, YAML::Load(text), where), qPrintable(where));
    }

    void textThatIsNotCut_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("small") << QByteArray(planText(20, 2, {}).c_str());
        QTest::addRow("an anchor and an alias") << QByteArray((planText(2000, 2, {}) + "x: &a 1\ny: *a\n").c_str());
        QTest::addRow("a block scalar") << QByteArray((planText(2000, 2, {}) + "notes: |\n  text\n").c_str());
        QTest::addRow("carriage returns") << QByteArray((planText(2000, 2, {}) + "qos: burst\r\n").c_str());
        std::string other = planText(2000, 2, {});
        other.replace(other.find("services:"), 9, "workloads:");
        QTest::addRow("no services list") << QByteArray(other.c_str());
    }

    void textThatIsNotCut()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!SplitYamlLoader::load(text.toStdString()));
    }

    // A quoted text that spans the cut leaves the first half unterminated: not cut, and the
    // whole text reads as it always did.
    void aCutInsideQuotedTextIsNotUsed()
    {
        // The middle item line is inside the quotes.
        std::string text = planText(500, 2, {});
        text += "  - name: long\n    notes: \"begins here\n";
        const std::string more = planText(1500, 2, {});
        text += more.substr(more.find("services:\n") + 10);
        text += "    ends here\"\n";
        const auto halves = SplitYamlLoader::load(text);
        QString where;
        QVERIFY2(!halves || sameTree(*halves, YAML::Load(text), where), qPrintable(where));
    }

    // A problem in the second half is reported where the whole text has it.
    void aDuplicateKeyInTheSecondHalfIsFoundAtItsLine()
    {
        std::string text = planText(2000, 2, {});
        const std::size_t last = text.rfind("  - name: svc-1999\n");
        text.insert(last + 19, "    kind: redis\n");
        const int line = int(std::count(text.begin(), text.begin() + std::ptrdiff_t(last), '\n')) + 3;
        QVERIFY(SplitYamlLoader::load(text));
        const auto documents = YamlReader(QStringLiteral("plan.yaml")).parseDocuments(QByteArray::fromStdString(text));
        QVERIFY(!documents);
        QCOMPARE(documents.error().location.line, line);
        QVERIFY2(documents.error().message.contains(QStringLiteral("'kind' is given twice")),
                 qPrintable(documents.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSplitYamlLoader)
#include "tst_splityamlloader.moc"
