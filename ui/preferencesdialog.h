// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;

namespace headroom {

// Preferences: for now the language of the interface (System, English, 한국어). The choice
// is stored in QSettings and applies from the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // The chosen language code: "" (follow the system), "en" or "ko".
    QString language() const;

    // Stores the choices; returns whether the language changed (so a restart is due).
    bool save() const;

private:
    QComboBox* m_language = nullptr;
};

} // namespace headroom
