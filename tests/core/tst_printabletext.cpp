// SPDX-License-Identifier: Apache-2.0
// Text from a server is printed with its control characters escaped, so that a database
// name cannot retitle the terminal, clear it or forge a line.

#include "measure/printabletext.h"

#include <QtTest>

using namespace headroom;

class TestPrintableText : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QStringLiteral("app_db 15.8") << QStringLiteral("app_db 15.8");
        QTest::addRow("korean") << QStringLiteral("데이터베이스") << QStringLiteral("데이터베이스");
        QTest::addRow("window title") << QStringLiteral("x\x1b]0;owned\x07y") << QStringLiteral("x\\x1b]0;owned\\x07y");
        QTest::addRow("clear screen") << QStringLiteral("\x1b[2J\x1b[H") << QStringLiteral("\\x1b[2J\\x1b[H");
        QTest::addRow("forged line") << QStringLiteral("db\nFindings (0):") << QStringLiteral("db\\x0aFindings (0):");
        QTest::addRow("carriage return") << QStringLiteral("db\rok") << QStringLiteral("db\\x0dok");
        QTest::addRow("delete and C1") << QString(QChar(0x7f)) + QChar(0x9b) << QStringLiteral("\\x7f\\x9b");
        QTest::addRow("bidi override") << QString(QChar(0x202e)) + QStringLiteral("gpj")
                                       << QStringLiteral("\\u{202e}gpj");
        QTest::addRow("line separator") << QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")
                                        << QStringLiteral("a\\u{2028}b");
    }

    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(printableText(text), expected);
        // Escaping what is already escaped changes nothing.
        QCOMPARE(printableText(printableText(text)), expected);
    }

    void lineKeepsAMessageOnOneLine()
    {
        QCOMPARE(printableLine(QStringLiteral("FATAL:  no such database\nDETAIL:\tx\x1b[31m")),
                 QStringLiteral("FATAL: no such database DETAIL: x\\x1b[31m"));
    }
};

QTEST_GUILESS_MAIN(TestPrintableText)
#include "tst_printabletext.moc"
