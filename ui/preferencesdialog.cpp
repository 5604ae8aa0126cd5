// SPDX-License-Identifier: Apache-2.0
#include "ui/preferencesdialog.h"

#include "translations/translationloader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace headroom {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->addItem(tr("System (%1)").arg(i18n::nativeName(i18n::resolveLanguage(QString(), QLocale::system()))),
                        QString());
    for (const QString& code : i18n::availableLanguages())
        m_language->addItem(i18n::nativeName(code), code);
    const QString current = QSettings().value(i18n::languageSettingKey()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);

    auto* note = new QLabel(tr("A new language applies the next time Headroom starts."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

bool PreferencesDialog::save() const
{
    QSettings settings;
    const QString before = settings.value(i18n::languageSettingKey()).toString();
    if (language().isEmpty())
        settings.remove(i18n::languageSettingKey());
    else
        settings.setValue(i18n::languageSettingKey(), language());
    return before != language();
}

} // namespace headroom
