// SPDX-License-Identifier: Apache-2.0
// The translations are complete and sound: lupdate over today's sources finds nothing
// untranslated or vanished, every translation keeps its source's placeholders, and the
// embedded .qm files load and translate. To fix a failure: cmake --build BUILD --target
// headroom_lupdate, then translate what it lists (docs/TRANSLATIONS.md).
#include "testutils.h"
#include "translations/translationloader.h"
#include "ui/clusterview.h"
#include "ui/findingsmodel.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace headroom;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // the <translation> type: "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or the plural forms
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message {
                    context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")
                };
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList sourceFolders()
{
    QStringList folders;
    QFile list(QStringLiteral(HEADROOM_SOURCE_DIR "/translations/sources.txt"));
    if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
        return folders;
    while (!list.atEnd()) {
        const QString line = QString::fromUtf8(list.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))
            && QFileInfo(QStringLiteral(HEADROOM_SOURCE_DIR "/") + line).isDir())
            folders << line;
    }
    return folders;
}

// %1..%99 and %n (with Qt's optional L for localised numbers) and, in the catalog's
// texts, the {name} placeholders the sizing engine fills with figures. Elsewhere braces are
// just text ("a template without {placeholders}").
QStringList placeholders(const QString& text, const QString& context)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)|(\\{[A-Za-z_][A-Za-z0-9_]*\\})"));
    const bool catalog = context == QLatin1String("Catalog");
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.hasCaptured(1))
            found << m.captured(1);
        else if (catalog)
            found << m.captured(2);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

QString describe(const Message& m)
{
    return QStringLiteral("  [%1] \"%2\"")
        .arg(m.context, m.source.left(120).replace(QLatin1Char('\n'), QStringLiteral("\\n")));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    // lupdate over the sources into a copy of translations/FILE; the refreshed messages.
    QList<Message> refreshed(const QString& file, bool pluralOnly)
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(file);
        if (!QFile::copy(QStringLiteral(HEADROOM_SOURCE_DIR "/translations/") + file, copy)) {
            qWarning("cannot copy %s", qPrintable(file));
            return {};
        }
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(HEADROOM_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args = { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"),
                             QStringLiteral("cpp,h"),
                             // include roots, as translations/lupdate.cmake passes them
                             QStringLiteral("-I"), QStringLiteral("core"), QStringLiteral("-I"), QStringLiteral(".") };
        if (pluralOnly)
            args << QStringLiteral("-pluralonly");
        args << sourceFolders() << QStringLiteral("-ts") << copy;
        lupdate.start(QStringLiteral(HEADROOM_LUPDATE), args);
        if (!lupdate.waitForFinished(240000) || lupdate.exitCode() != 0) {
            qWarning("lupdate failed: %s", lupdate.readAll().constData());
            return {};
        }
        QString error;
        auto messages = readTs(copy, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return messages;
    }

    void checkComplete(const QString& file, bool pluralOnly)
    {
        const QList<Message> messages = refreshed(file, pluralOnly);
        QVERIFY2(!messages.isEmpty(), "lupdate found no messages");
        QStringList untranslated, vanished;
        for (const auto& m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                vanished << describe(m);
            else if (m.type == QLatin1String("unfinished") || m.translations.isEmpty()
                     || std::any_of(m.translations.begin(), m.translations.end(),
                                    [](const QString& t) { return t.trimmed().isEmpty(); }))
                untranslated << describe(m);
        }
        QString report;
        if (!untranslated.isEmpty())
            report += QStringLiteral("%1 source string(s) without a finished translation in %2:\n%3\n")
                          .arg(untranslated.size())
                          .arg(file, untranslated.join(QLatin1Char('\n')));
        if (!vanished.isEmpty())
            report += QStringLiteral("%1 entr(y/ies) in %2 no longer in the sources:\n%3\n")
                          .arg(vanished.size())
                          .arg(file, vanished.join(QLatin1Char('\n')));
        if (report.isEmpty())
            return;
        // QTest cuts long failure messages; the whole list goes to the log first.
        for (const QString& line : report.split(QLatin1Char('\n')))
            qWarning().noquote() << line;
        QFAIL(qPrintable(QStringLiteral("%1 untranslated and %2 vanished entries in %3 (listed above). Run: cmake "
                                        "--build BUILD --target headroom_lupdate, then translate "
                                        "(docs/TRANSLATIONS.md).")
                             .arg(untranslated.size())
                             .arg(vanished.size())
                             .arg(file)));
    }

private slots:
    void koreanIsComplete() { checkComplete(QStringLiteral("headroom_ko.ts"), false); }

    void englishPluralsAreComplete() { checkComplete(QStringLiteral("headroom_en.ts"), true); }

    void placeholdersSurvive_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ko") << QStringLiteral("headroom_ko.ts");
        QTest::newRow("en") << QStringLiteral("headroom_en.ts");
    }

    void placeholdersSurvive()
    {
        QFETCH(QString, file);
        QString error;
        const auto messages = readTs(QStringLiteral(HEADROOM_SOURCE_DIR "/translations/") + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        for (const auto& m : messages) {
            const QStringList expected = placeholders(m.source, m.context);
            for (const auto& t : m.translations) {
                if (t.isEmpty())
                    continue; // reported by the completeness tests
                // A singular plural form may spell out the number ("1 node"), so %n is optional there.
                QStringList got = placeholders(t, m.context);
                QStringList want = expected;
                if (m.numerus && !got.contains(QStringLiteral("n")))
                    want.removeAll(QStringLiteral("n"));
                if (got != want)
                    wrong << QStringLiteral("%1\n    -> \"%2\" has %3, the source %4")
                                 .arg(describe(m), t, got.join(QLatin1Char(',')), expected.join(QLatin1Char(',')));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void koreanAcceleratorsAreKept()
    {
        QString error;
        const auto messages = readTs(QStringLiteral(HEADROOM_SOURCE_DIR "/translations/headroom_ko.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression accelerator(QStringLiteral("&[^&\\s;]"));
        QStringList wrong;
        for (const auto& m : messages) {
            if (m.source.contains(QLatin1String("<")) || m.source.contains(QLatin1String("&&")))
                continue;
            const bool has = accelerator.match(m.source).hasMatch();
            for (const auto& t : m.translations) {
                if (!t.isEmpty() && has != accelerator.match(t).hasMatch())
                    wrong << QStringLiteral("%1 -> \"%2\"").arg(describe(m), t);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void compiledTranslationsLoad()
    {
        QTranslator ko;
        QVERIFY(ko.load(i18n::translationFile(QStringLiteral("ko"))));
        QCOMPARE(ko.translate("headroom::MainWindow", "&File"), QStringLiteral("파일(&F)"));
        QCOMPARE(ko.translate("headroom::PreferencesDialog", "Preferences"), QStringLiteral("환경 설정"));
        QCOMPARE(ko.translate("CheckCommand", "give exactly one plan file."),
                 QStringLiteral("플랜 파일을 하나만 지정하세요."));
        QTranslator en;
        QVERIFY(en.load(i18n::translationFile(QStringLiteral("en"))));
        QCOMPARE(en.translate("headroom::MainWindow", "%n service(s)", nullptr, 1), QStringLiteral("%n service"));
        QCOMPARE(en.translate("headroom::MainWindow", "%n service(s)", nullptr, 3), QStringLiteral("%n services"));
        QVERIFY(!QTranslator().load(i18n::translationFile(QStringLiteral("xx"))));
    }

    // End to end through the built executable: the command line follows LANG/LC_ALL and
    // HEADROOM_LANGUAGE, and messages from core reach the user translated (their context
    // at run time is the one lupdate recorded).
    void commandLineFollowsLocale_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("absent");
        const QStringList sample = { QStringLiteral("sample") };
        QTest::newRow("C locale: English") << QStringList { QStringLiteral("LC_ALL=C") } << sample
                                           << QStringLiteral("Plan: ") << QStringLiteral("플랜");
        QTest::newRow("ko_KR locale: Korean") << QStringList { QStringLiteral("LC_ALL=ko_KR.UTF-8") } << sample
                                              << QStringLiteral("플랜: ") << QStringLiteral("Plan: ");
        QTest::newRow("HEADROOM_LANGUAGE over the locale")
            << QStringList { QStringLiteral("LC_ALL=C"), QStringLiteral("HEADROOM_LANGUAGE=ko") }
            << QStringList { QStringLiteral("catalog"), QStringLiteral("tiers") } << QStringLiteral("워크로드 티어")
            << QStringLiteral("Workload tiers");
        QTest::newRow("core error in Korean")
            << QStringList { QStringLiteral("LC_ALL=C"), QStringLiteral("HEADROOM_LANGUAGE=ko") }
            << QStringList { QStringLiteral("size"), QStringLiteral("postgresql"), QStringLiteral("--memory=-1Gi") }
            << QStringLiteral("음수는 쓸 수 없습니다") << QStringLiteral("negative values");
        // The PostgreSQL profile's explanations reach `size` through the catalog's texts too.
        QTest::newRow("profile settings in Korean")
            << QStringList { QStringLiteral("LC_ALL=C"), QStringLiteral("HEADROOM_LANGUAGE=ko") }
            << QStringList { QStringLiteral("size"), QStringLiteral("postgresql"), QStringLiteral("--tier"),
                             QStringLiteral("small") }
            << QStringLiteral("플랜이 허용하는 서버 측 커넥션 수") << QStringLiteral("server-side connections");
        QTest::newRow("English plurals") << QStringList { QStringLiteral("LC_ALL=C") }
                                         << QStringList { QStringLiteral("size"), QStringLiteral("redis"),
                                                          QStringLiteral("--replicas"), QStringLiteral("3") }
                                         << QStringLiteral("3 replicas") << QStringLiteral("replica(s)");
    }

    void commandLineFollowsLocale()
    {
        QFETCH(QStringList, environment);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QFETCH(QString, absent);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : { "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "HEADROOM_LANGUAGE" })
            env.remove(QString::fromLatin1(name));
        for (const QString& assignment : environment)
            env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
        const auto run = headroom::testutils::runProcess(QStringLiteral(HEADROOM_EXECUTABLE), arguments, env);
        QVERIFY2(run.exitCode != -1, "headroom did not finish");
        const QString output = run.out + run.err;
        QVERIFY2(output.contains(expected), qPrintable(output));
        QVERIFY2(!output.contains(absent), qPrintable(output));
    }

    void languageFollowsChoiceThenLocale()
    {
        QCOMPARE(i18n::resolveLanguage(QString(), QLocale(QLocale::Korean, QLocale::SouthKorea)), QStringLiteral("ko"));
        QCOMPARE(i18n::resolveLanguage(QString(), QLocale::c()), QStringLiteral("en"));
        QCOMPARE(i18n::resolveLanguage(QString(), QLocale(QLocale::German)), QStringLiteral("en"));
        QCOMPARE(i18n::resolveLanguage(QStringLiteral("en"), QLocale(QLocale::Korean)), QStringLiteral("en"));
        QCOMPARE(i18n::resolveLanguage(QStringLiteral("ko"), QLocale::c()), QStringLiteral("ko"));
    }

    void koreanWindowHasNoEnglishSentences_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<bool>("crowded");
        for (const char* name :
             { "case-study-before.yaml", "case-study-after.yaml", "data-stack.yaml", "small-production-stack.yaml" })
            QTest::addRow("%s", name) << QString::fromLatin1(name) << false;
        // Pools too small for most pods: every kind of reason why a pod does not fit.
        QTest::addRow("crowded") << QStringLiteral("small-production-stack.yaml") << true;
    }

    // Text built outside tr() reaches a Korean user in English: the findings and the Cluster
    // tab as the Korean window shows them have Korean sentences, no English words and no
    // space before a full stop or a semicolon (a sentence glued from pieces).
    void koreanWindowHasNoEnglishSentences()
    {
        QFETCH(QString, example);
        QFETCH(bool, crowded);
        QTranslator ko;
        QVERIFY(ko.load(i18n::translationFile(QStringLiteral("ko"))));
        QCoreApplication::installTranslator(&ko);
        const auto removeTranslator = qScopeGuard([&ko] { QCoreApplication::removeTranslator(&ko); });
        auto catalog = testutils::builtInCatalog();
        QVERIFY(catalog.hasValue());
        MainWindow w(catalog.value());
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + example));
        if (crowded) {
            Plan plan = w.document()->plan();
            QVERIFY(!plan.nodePools.isEmpty());
            NodePool second = plan.nodePools.first();
            plan.nodePools.first().count = 2;
            plan.nodePools.first().memory = Quantity::parse(Dimension::Memory, QStringLiteral("6Gi")).value();
            second.name = QStringLiteral("spare");
            second.count = 1;
            second.cpu = Quantity::parse(Dimension::Cpu, QStringLiteral("1")).value();
            second.memory = Quantity::parse(Dimension::Memory, QStringLiteral("64Gi")).value();
            plan.nodePools << second;
            w.showPlan(plan, QString());
            QVERIFY(!w.document()->sizing().fit.unplaced.isEmpty());
        }
        QStringList texts;
        for (int r = 0; r < w.findingsModel()->rowCount(); ++r) {
            texts << w.findingsModel()->index(r, FindingsModel::MessageColumn).data().toString();
            texts << w.findingsModel()->findingAt(r)->finding.fix;
        }
        ClusterView* cluster = w.clusterView();
        for (QLabel* label : cluster->findChildren<QLabel*>())
            texts << label->text();
        for (int i = 0; i < cluster->unplaced()->topLevelItemCount(); ++i)
            texts << cluster->unplaced()->topLevelItem(i)->text(2);

        static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
        static const QRegularExpression english(
            QStringLiteral("\\b(the|and|of|is|are|has|have|needs|cannot|every|node|nodes|pool|pools|memory|free|"
                           "already|runs|but|with|for|to|on|at|be|placed|nothing)\\b"));
        QStringList wrong;
        for (const QString& text : std::as_const(texts)) {
            if (text.isEmpty())
                continue;
            if (!hangul.match(text).hasMatch() || english.match(text).hasMatch() || text.contains(QLatin1String(" ."))
                || text.contains(QLatin1String(" ;")))
                wrong << text;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
