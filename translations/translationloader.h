// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

// Which language Headroom speaks and the translators that make it so. Headroom ships in
// English (the source language) and Korean; anything else falls back to English.
namespace headroom::i18n {

// The QSettings key of the Preferences choice: "" (follow the system), "en" or "ko".
QString languageSettingKey();

// The languages Headroom ships, as codes ("en", "ko").
QStringList availableLanguages();

// A language's own name, e.g. "한국어" for "ko"; shown untranslated so anyone can find theirs.
QString nativeName(const QString& language);

// The language for a choice ("", "en", "ko") and the system locale: the choice when it is
// one Headroom ships, else the locale's language when shipped, else English. The C and
// POSIX locales are English.
QString resolveLanguage(const QString& choice, const QLocale& system);

// The language this run uses: HEADROOM_LANGUAGE when set (tests, screenshots), else the
// Preferences choice when `usePreferences` (the GUI), else the system locale (LC_ALL,
// LC_MESSAGES, LANG: the command line, so scripts under the C locale always get English).
QString currentLanguage(bool usePreferences);

// Installs Headroom's translator for `language` and Qt's own (qtbase_*.qm from the Qt
// translations folder, when present) on the application. English installs only the
// English plural forms, so every other English string is the source text itself.
// Returns false when Headroom's translation could not be loaded.
bool install(QCoreApplication* app, const QString& language);

// The language install() last installed ("en" before any).
QString installedLanguage();

// Machine-readable output (JSON, YAML) is English whatever the language, so that scripts
// and diffs see the same text everywhere (docs/TRANSLATIONS.md). For its lifetime the
// application speaks English (with English plural forms); then its own language again.
// Everything said while it lives, the engine's findings included, is English. With
// `active` false it changes nothing (a command whose output is text for people).
class EnglishScope
{
public:
    EnglishScope(QCoreApplication* app, bool active);
    ~EnglishScope();
    EnglishScope(const EnglishScope&) = delete;
    EnglishScope& operator=(const EnglishScope&) = delete;

private:
    QList<QTranslator*> m_suspended;
    QTranslator* m_english = nullptr;
};

// The resource path of Headroom's compiled translation, e.g. ":/i18n/headroom_ko.qm".
QString translationFile(const QString& language);

} // namespace headroom::i18n
