// SPDX-License-Identifier: Apache-2.0
#include "markdownhtml.h"
#include "report/markdowntext.h"

#include <QtTest>

using namespace headroom;

// Escaped text read back by a real Markdown renderer: the HTML holds the elements around it
// and none of its own, and shows the text as it was written.
class TestMarkdownText : public QObject
{
    Q_OBJECT

private:
    static QString rendered(const QString& markdown)
    {
        const auto html = markdown_html::render(markdown);
        if (!html)
            qWarning("python3-markdown is not installed (scripts/setup.sh installs it)");
        return html.value_or(QString());
    }

private slots:
    void initTestCase()
    {
        if (!markdown_html::render(QStringLiteral("x")))
            QSKIP("python3-markdown is not installed (Debian's python3-markdown; scripts/setup.sh)");
    }

    void texts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("script") << QStringLiteral("<script>alert(1)</script>");
        QTest::addRow("image") << QStringLiteral("<img src=x onerror=alert(1)>");
        QTest::addRow("bold tag") << QStringLiteral("a <b>bold</b> word");
        QTest::addRow("comment") << QStringLiteral("<!-- hidden --> shown");
        QTest::addRow("autolink") << QStringLiteral("<http://example.com>");
        QTest::addRow("emphasis") << QStringLiteral("*a* **b** _c_ __d__ ***e***");
        QTest::addRow("code") << QStringLiteral("`x` and ``y``");
        QTest::addRow("link") << QStringLiteral("[a](http://x) ![i](y.png) [r][1]");
        QTest::addRow("heading") << QStringLiteral("# not a heading #");
        QTest::addRow("closing hashes") << QStringLiteral("Prod ##");
        QTest::addRow("list") << QStringLiteral("- a");
        QTest::addRow("plus list") << QStringLiteral("+ b");
        QTest::addRow("ordered") << QStringLiteral("1. c");
        QTest::addRow("ordered paren") << QStringLiteral("2) d");
        QTest::addRow("quote") << QStringLiteral("> quoted");
        QTest::addRow("table cell") << QStringLiteral("a | b");
        QTest::addRow("references") << QStringLiteral("&lt;b&gt; &amp; &#42;");
        QTest::addRow("backslash") << QStringLiteral("\\*not\\* \\");
        QTest::addRow("strikethrough") << QStringLiteral("~~gone~~");
        QTest::addRow("rule") << QStringLiteral("***");
        QTest::addRow("dashes") << QStringLiteral("---");
        QTest::addRow("underscores in words") << QStringLiteral("shared_buffers __init__ a_b_");
        QTest::addRow("korean") << QStringLiteral("한국어 *강조* <b>굵게</b>");
    }

    // In a heading and in a table cell: the element around it alone.
    void inlineText_data() { texts_data(); }
    void inlineText()
    {
        QFETCH(QString, text);
        const QString escaped = markdown_text::inlineText(text);
        const QString heading = rendered(QStringLiteral("# %1\n").arg(escaped));
        QCOMPARE(markdown_html::elements(heading), QStringList { QStringLiteral("h1") });
        QCOMPARE(markdown_html::text(heading), text.simplified());
        const QString table = rendered(QStringLiteral("| a | b |\n| --- | --- |\n| %1 | x |\n").arg(escaped));
        QCOMPARE(markdown_html::elements(table),
                 QString("table thead tr th th tbody tr td td").split(QLatin1Char(' ')));
        QCOMPARE(markdown_html::text(table), QStringLiteral("a b %1 x").arg(text.simplified()));
    }

    // As a paragraph: a paragraph alone, whether the text is one line or several.
    void blockText_data()
    {
        texts_data();
        QTest::addRow("setext") << QStringLiteral("title\n=====");
        QTest::addRow("setext dashes") << QStringLiteral("title\n-----");
        QTest::addRow("indented code") << QStringLiteral("text\n\n    code();");
        QTest::addRow("fence") << QStringLiteral("```\ncode\n```");
        QTest::addRow("html block") << QStringLiteral("<div>\n*x*\n</div>");
        QTest::addRow("lines") << QStringLiteral("- one\n2. two\n# three\n> four");
        QTest::addRow("reference definition") << QStringLiteral("[1]: http://example.com\n[x][1]");
        QTest::addRow("hard break") << QStringLiteral("two spaces  \nthen");
    }
    void blockText()
    {
        QFETCH(QString, text);
        const QString html = rendered(markdown_text::blockText(text));
        QStringList elements = markdown_html::elements(html);
        elements.removeAll(QStringLiteral("br")); // the note's own line breaks
        QVERIFY2(!elements.isEmpty(), qPrintable(html));
        for (const auto& e : std::as_const(elements))
            QVERIFY2(e == QLatin1String("p"), qPrintable(html));
        // A paragraph per run of lines, each line kept.
        QCOMPARE(markdown_html::elements(html).count(QStringLiteral("br")),
                 text.count(QLatin1Char('\n')) - 2 * text.count(QStringLiteral("\n\n")));
        QCOMPARE(markdown_html::text(html), text.simplified());
    }

    void codeSpan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("plain") << QStringLiteral("memory.overcommit");
        QTest::addRow("backtick") << QStringLiteral("a`b");
        QTest::addRow("starts with one") << QStringLiteral("`a");
        QTest::addRow("two") << QStringLiteral("a``b`");
        QTest::addRow("html") << QStringLiteral("<b>x</b>");
    }
    void codeSpan()
    {
        QFETCH(QString, text);
        const QString html = rendered(QStringLiteral("- see %1 here\n").arg(markdown_text::codeSpan(text)));
        QCOMPARE(markdown_html::elements(html), QString("ul li code").split(QLatin1Char(' ')));
        const qsizetype open = html.indexOf(QLatin1String("<code>")) + 6;
        QCOMPARE(markdown_html::text(html.mid(open, html.indexOf(QLatin1String("</code>")) - open)), text);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownText)
#include "tst_markdowntext.moc"
