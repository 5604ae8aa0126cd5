// SPDX-License-Identifier: Apache-2.0
#include "ui/editedfiledialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <vector>

namespace headroom {

EditedFileDialog::EditedFileDialog(const QString& path, const QByteArray& onDisk, const QByteArray& proposed,
                                   QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Edited Export File"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("%1 was changed since Headroom wrote it. Overwrite it with the new export, or keep "
                               "it? Keeping it writes no file at all, so that the folder's files still match.")
                                .arg(QDir::toNativeSeparators(path)),
                            this);
    text->setWordWrap(true);
    // The label takes only its text's height: a taller one centres the text in a blank band.
    text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(text);
    m_diff = new QPlainTextEdit(this);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->hide();
    layout->addWidget(m_diff, 1);
    auto* buttons = new QDialogButtonBox(this);
    m_diffButton = buttons->addButton(tr("Show &Diff"), QDialogButtonBox::ActionRole);
    m_overwrite = buttons->addButton(tr("&Overwrite"), QDialogButtonBox::AcceptRole);
    m_keep = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::RejectRole);
    m_keep->setDefault(true);
    layout->addWidget(buttons);
    connect(m_diffButton, &QPushButton::clicked, this, [this, onDisk, proposed] {
        m_diff->setPlainText(lineDiff(QString::fromUtf8(onDisk), QString::fromUtf8(proposed)));
        m_diff->show();
        m_diffButton->setEnabled(false);
        resize(width(), std::max(height(), 480));
    });
    connect(m_overwrite, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Overwrite;
        accept();
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Keep;
        reject();
    });
    // As tall as the wrapped text and the buttons need at this width, no taller.
    resize(640, std::max(heightForWidth(640), minimumSizeHint().height()));
}

QString EditedFileDialog::lineDiff(const QString& before, const QString& after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    const auto n = std::size_t(a.size());
    const auto m = std::size_t(b.size());
    // common[i][j]: the longest common subsequence of a[i..] and b[j..].
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;)
            common[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? common[i + 1][j + 1] + 1
                                                              : std::max(common[i + 1][j], common[i][j + 1]);
    }
    QStringList lines;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[qsizetype(i)] == b[qsizetype(j)]) {
            lines << QStringLiteral("  ") + a[qsizetype(i++)];
            ++j;
        } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
            lines << QStringLiteral("+ ") + b[qsizetype(j++)];
        } else {
            lines << QStringLiteral("- ") + a[qsizetype(i++)];
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace headroom
