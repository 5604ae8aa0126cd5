// SPDX-License-Identifier: Apache-2.0
// ValuesYaml must write exactly what yaml-cpp's emitter writes: checked over the values files
// of every vendored chart and over the shapes the exporters produce, edge cases included.

#include "export/valuesyaml.h"
#include "testutils.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace headroom;
using namespace headroom::testutils;

namespace {

// A parsed YAML tree as the exporters build it: quoted scalars as strings, multi-line text as
// literal blocks.
ValueNode toValueNode(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        ValueNode map = ValueNode::map();
        for (const auto& entry : node) {
            map.keys << QString::fromStdString(entry.first.Scalar());
            map.items.push_back(toValueNode(entry.second));
        }
        return map;
    }
    case YAML::NodeType::Sequence: {
        ValueNode sequence = ValueNode::sequence();
        for (const auto& item : node)
            sequence.items.push_back(toValueNode(item));
        return sequence;
    }
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        if (text.contains(QLatin1Char('\n')))
            return ValueNode::scalar(text, ValueNode::Style::Literal);
        return node.Tag() == "!" ? ValueNode::string(text) : ValueNode::scalar(text);
    }
    default:
        return ValueNode();
    }
}

// The same tree with only the shapes ValuesYaml lays out itself.
ValueNode withoutEmitterShapes(const ValueNode& node)
{
    ValueNode out = node;
    out.items.clear();
    if (out.style == ValueNode::Style::Literal)
        out.style = ValueNode::Style::Plain; // some of the charts' blocks are ones the emitter quotes
    for (const auto& item : node.items) {
        const bool nestedList = node.kind == ValueNode::Kind::Sequence
            && (item.kind == ValueNode::Kind::Sequence || item.kind == ValueNode::Kind::Map) && item.items.empty();
        if (node.kind == ValueNode::Kind::Sequence && item.kind == ValueNode::Kind::Sequence)
            out.items.push_back(ValueNode::scalar(QStringLiteral("was a list")));
        else if (nestedList)
            out.items.push_back(ValueNode::scalar(QStringLiteral("was empty")));
        else
            out.items.push_back(withoutEmitterShapes(item));
    }
    return out;
}

ValueNode entries(std::initializer_list<std::pair<QString, ValueNode>> list)
{
    ValueNode map = ValueNode::map();
    for (const auto& [key, value] : list) {
        map.keys << key;
        map.items.push_back(value);
    }
    return map;
}

ValueNode withComment(ValueNode node, const QString& comment)
{
    node.comment = comment;
    return node;
}

ValueNode list(std::initializer_list<ValueNode> items)
{
    ValueNode sequence = ValueNode::sequence();
    for (const auto& item : items)
        sequence.items.push_back(item);
    return sequence;
}

} // namespace

class TestValuesYaml : public QObject
{
    Q_OBJECT

private slots:
    void chartValues_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(dataFile(QStringLiteral("charts")), { QStringLiteral("values*.yaml") }, QDir::Files,
                        QDirIterator::Subdirectories);
        int count = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/templates/")))
                continue;
            QTest::newRow(qPrintable(QDir(dataFile(QStringLiteral("charts"))).relativeFilePath(path))) << path;
            ++count;
        }
        QVERIFY2(count >= 12, "the vendored charts' values files are missing");
    }

    void chartValues()
    {
        QFETCH(QString, path);
        const YAML::Node parsed = YAML::Load(readFile(path).toStdString());
        const ValueNode root = toValueNode(parsed);
        ValuesYaml yaml;
        QCOMPARE(yaml.write(root), ValuesYaml::emitterText(root));
        QCOMPARE(yaml.write(root), ValuesYaml::emitterText(root)); // again, from the remembered scalars
        // Without lists of lists and literal blocks, the file is laid out by ValuesYaml itself.
        const ValueNode simple = withoutEmitterShapes(root);
        const auto direct = yaml.writeDirect(simple);
        QVERIFY2(direct, "left to the emitter");
        QCOMPARE(*direct, ValuesYaml::emitterText(simple));
    }

    void shapes_data()
    {
        QTest::addColumn<ValueNode>("root");
        QTest::addColumn<bool>("direct");
        const ValueNode plain = ValueNode::scalar(QStringLiteral("plain"));
        QTest::addRow("scalars") << entries({ { QStringLiteral("a"), plain },
                                              { QStringLiteral("cpu"), ValueNode::string(QStringLiteral("2")) },
                                              { QStringLiteral("empty"), ValueNode::string(QString()) },
                                              { QStringLiteral("yes"), ValueNode::string(QStringLiteral("yes")) },
                                              { QStringLiteral("n"), ValueNode::scalar(QStringLiteral("3")) },
                                              { QStringLiteral("null"), ValueNode() } })
                                 << true;
        QTest::addRow("awkward text") << entries(
            { { QStringLiteral("with: colon"), ValueNode::scalar(QStringLiteral("- dash")) },
              { QStringLiteral("hash"), ValueNode::scalar(QStringLiteral("a #b")) },
              { QStringLiteral("lines"), ValueNode::scalar(QStringLiteral("a\nb")) },
              { QStringLiteral("spaces"), ValueNode::scalar(QStringLiteral(" padded ")) },
              { QStringLiteral("quote"), ValueNode::scalar(QStringLiteral("\"q\" and 'q'")) },
              { QStringLiteral("unicode"), ValueNode::scalar(QStringLiteral("데이터 ✓")) },
              { QString(), ValueNode::scalar(QStringLiteral("empty key")) },
              { QStringLiteral("star"), ValueNode::scalar(QStringLiteral("*ref")) },
              { QStringLiteral("control"), ValueNode::scalar(QStringLiteral("bell\a")) } })
                                      << true;
        QTest::addRow("comments") << entries(
            { { QStringLiteral("c"), withComment(plain, QStringLiteral("why")) },
              { QStringLiteral("e"), withComment(ValueNode::map(), QStringLiteral("empty map")) },
              { QStringLiteral("s"), withComment(ValueNode::sequence(), QStringLiteral("empty list")) },
              { QStringLiteral("n"), withComment(ValueNode(), QStringLiteral("null")) } })
                                  << true;
        QTest::addRow("comments on collections")
            << entries({ { QStringLiteral("m"),
                           withComment(entries({ { QStringLiteral("k"), plain } }), QStringLiteral("on map")) } })
            << false;
        QTest::addRow("comment of two lines")
            << entries({ { QStringLiteral("two"), withComment(plain, QStringLiteral("line\nbreak")) } }) << false;
        QTest::addRow("nesting") << entries(
            { { QStringLiteral("env"),
                list({ entries({ { QStringLiteral("name"), plain },
                                 { QStringLiteral("value"), ValueNode::string(QStringLiteral("3")) } }),
                       entries({ { QStringLiteral("n"), entries({ { QStringLiteral("q"), plain } }) },
                                 { QStringLiteral("l"), list({ plain, ValueNode() }) } }),
                       plain, withComment(plain, QStringLiteral("item")) }) },
              { QStringLiteral("deep"),
                entries({ { QStringLiteral("a"), entries({ { QStringLiteral("b"), list({ plain }) } }) } }) } })
                                 << true;
        QTest::addRow("literal blocks") << entries(
            { { QStringLiteral("conf"),
                ValueNode::scalar(QStringLiteral("a = 1\n\n  b = 2\n"), ValueNode::Style::Literal) },
              { QStringLiteral("last"), ValueNode::scalar(QStringLiteral("x\ny"), ValueNode::Style::Literal) } })
                                        << true;
        QTest::addRow("literal block in a list") << entries(
            { { QStringLiteral("l"),
                list({ entries({ { QStringLiteral("conf"),
                                   ValueNode::scalar(QStringLiteral("a\nb"), ValueNode::Style::Literal) } }) }) } })
                                                 << true;
        QTest::addRow("literal block with a comment")
            << entries({ { QStringLiteral("conf"),
                           withComment(ValueNode::scalar(QStringLiteral("a = 1\nb = 2\n"), ValueNode::Style::Literal),
                                       QStringLiteral("c")) },
                         { QStringLiteral("after"), plain } })
            << false;
        QTest::addRow("lists in lists") << entries(
            { { QStringLiteral("l"), list({ list({ plain }), ValueNode::map(), ValueNode::sequence() }) } })
                                        << false;
        QTest::addRow("empty root") << ValueNode::map() << false;
    }

    void shapes()
    {
        QFETCH(ValueNode, root);
        QFETCH(bool, direct);
        ValuesYaml yaml;
        QCOMPARE(yaml.write(root), ValuesYaml::emitterText(root));
        QCOMPARE(yaml.writeDirect(root).has_value(), direct);
    }
};

Q_DECLARE_METATYPE(headroom::ValueNode)

QTEST_GUILESS_MAIN(TestValuesYaml)
#include "tst_valuesyaml.moc"
