// SPDX-License-Identifier: Apache-2.0
#include "translations/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace headroom::i18n {

QString languageSettingKey()
{
    return QStringLiteral("ui/language");
}

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("ko") };
}

QString nativeName(const QString& language)
{
    if (language == QLatin1String("ko"))
        return QStringLiteral("한국어");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString resolveLanguage(const QString& choice, const QLocale& system)
{
    if (availableLanguages().contains(choice))
        return choice;
    if (system.language() == QLocale::Korean)
        return QStringLiteral("ko");
    return QStringLiteral("en");
}

QString currentLanguage(bool usePreferences)
{
    const QString forced = qEnvironmentVariable("HEADROOM_LANGUAGE");
    if (!forced.isEmpty())
        return resolveLanguage(forced, QLocale::c());
    const QString choice = usePreferences ? QSettings().value(languageSettingKey()).toString() : QString();
    return resolveLanguage(choice, QLocale::system());
}

QString translationFile(const QString& language)
{
    return QStringLiteral(":/i18n/headroom_%1.qm").arg(language);
}

namespace {
QString g_installed = QStringLiteral("en");
}

QString installedLanguage()
{
    return g_installed;
}

bool install(QCoreApplication* app, const QString& language)
{
    g_installed = language;
    // Owned by the application: translators must live as long as it does.
    auto* headroom = new QTranslator(app);
    const bool loaded = headroom->load(translationFile(language));
    if (loaded)
        QCoreApplication::installTranslator(headroom);
    else
        delete headroom;
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(app);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return loaded;
}

EnglishScope::EnglishScope(QCoreApplication* app, bool active)
{
    if (!active)
        return;
    // install() parents every translator to the application, so they are all found here.
    m_suspended = app->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    for (auto* t : std::as_const(m_suspended))
        QCoreApplication::removeTranslator(t);
    m_english = new QTranslator(app);
    if (m_english->load(translationFile(QStringLiteral("en"))))
        QCoreApplication::installTranslator(m_english);
}

EnglishScope::~EnglishScope()
{
    delete m_english; // a deleted translator removes itself from the application (null: inactive)
    for (auto* t : std::as_const(m_suspended))
        QCoreApplication::installTranslator(t);
}

} // namespace headroom::i18n
