// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace headroom {

// Asks what to do with an export file someone edited since Headroom wrote it: show the
// differences, overwrite it with Headroom's, or keep it (and so write nothing, since the
// other files would no longer match it).
class EditedFileDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Overwrite, Keep };

    EditedFileDialog(const QString& path, const QByteArray& onDisk, const QByteArray& proposed,
                     QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

    QPushButton* diffButton() const { return m_diffButton; }
    QPushButton* overwriteButton() const { return m_overwrite; }
    QPushButton* keepButton() const { return m_keep; }
    QPlainTextEdit* diffView() const { return m_diff; }

    // The lines of `before` and `after`, unchanged ones indented, removed ones after "-" and
    // added ones after "+" (a longest-common-subsequence diff: config files are short).
    static QString lineDiff(const QString& before, const QString& after);

private:
    Choice m_choice = Choice::Keep;
    QPushButton* m_diffButton = nullptr;
    QPushButton* m_overwrite = nullptr;
    QPushButton* m_keep = nullptr;
    QPlainTextEdit* m_diff = nullptr;
};

} // namespace headroom
