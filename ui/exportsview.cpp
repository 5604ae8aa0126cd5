// SPDX-License-Identifier: Apache-2.0
#include "ui/exportsview.h"

#include "export/exportfolder.h"
#include "export/planexport.h"
#include "export/planexporter.h"
#include "model/catalogtext.h"
#include "ui/editedfiledialog.h"
#include "ui/exportfilesmodel.h"
#include "ui/exportservicesmodel.h"
#include "ui/flowlayout.h"
#include "ui/plandocument.h"
#include "ui/settingskeys.h"
#include "ui/tablecopy.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {
// Comments, section headers, keys and values of YAML, ini, postgresql.conf and SQL files,
// in colours that read on a light or a dark palette.
class ConfigHighlighter : public QSyntaxHighlighter
{
public:
    ConfigHighlighter(QTextDocument* document, bool dark)
        : QSyntaxHighlighter(document)
    {
        m_key.setForeground(dark ? QColor(0x7a, 0xb8, 0xf5) : QColor(0x1f, 0x5f, 0xa8));
        m_value.setForeground(dark ? QColor(0xe6, 0xb4, 0x5a) : QColor(0x9a, 0x4a, 0x00));
        m_comment.setForeground(dark ? QColor(0x8f, 0xb3, 0x7f) : QColor(0x4e, 0x7a, 0x3e));
        m_comment.setFontItalic(true);
        m_section.setFontWeight(QFont::Bold);
    }

protected:
    void highlightBlock(const QString& text) override
    {
        static const QRegularExpression key(QStringLiteral(R"(^\s*(-\s+)?([A-Za-z_][\w.\-]*)\s*(=|:)\s*(.*)$)"));
        static const QRegularExpression alter(QStringLiteral(R"(^\s*ALTER SYSTEM SET\s+(\w+)\s*=\s*(.*);\s*$)"));
        static const QRegularExpression section(QStringLiteral(R"(^\s*\[[^\]]+\])"));
        if (auto m = section.match(text); m.hasMatch())
            setFormat(int(m.capturedStart()), int(m.capturedLength()), m_section);
        if (auto m = alter.match(text); m.hasMatch()) {
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_key);
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_value);
        } else if (auto k = key.match(text); k.hasMatch()) {
            setFormat(int(k.capturedStart(2)), int(k.capturedLength(2)), m_key);
            setFormat(int(k.capturedStart(4)), int(k.capturedLength(4)), m_value);
        }
        const qsizetype hash = text.indexOf(QLatin1Char('#'));
        if (hash >= 0 && (hash == 0 || text.at(hash - 1).isSpace()))
            setFormat(int(hash), int(text.size() - hash), m_comment);
        if (text.trimmed().startsWith(QLatin1String("--")) || text.trimmed().startsWith(QLatin1Char(';')))
            setFormat(0, int(text.size()), m_comment);
    }

private:
    QTextCharFormat m_key;
    QTextCharFormat m_value;
    QTextCharFormat m_comment;
    QTextCharFormat m_section;
};
// A list over `model` that lays out a hundred thousand rows as fast as ten: every row is one
// line of text, so none is measured. A name too long for a small screen loses the end `elide`
// names, and is whole in its tooltip.
QListView* listView(QAbstractItemModel* model, Qt::TextElideMode elide, QWidget* parent)
{
    auto* view = new QListView(parent);
    view->setUniformItemSizes(true);
    view->setTextElideMode(elide);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setModel(model);
    return view;
}
} // namespace

ExportsView::ExportsView(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* layout = new QHBoxLayout(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto* splitter = m_splitter;
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_form = form;
    // Labels above the combos when the pane is narrow (1024×700): beside them they took the
    // width of the preview and of the plan tree.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_profile = new QComboBox(left);
    m_format = new QComboBox(left);
    // Never narrower than their longest choice: the pane keeps the width that needs (the
    // profiles' in refresh(), where they are added).
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The choice changes only the PostgreSQL settings files; Helm values stay as they are.
    m_format->addItem(tr("a postgresql.conf file"), QStringLiteral("conf"));
    m_format->addItem(tr("ALTER SYSTEM statements"), QStringLiteral("alter-system"));
    m_format->setToolTip(tr("How the PostgreSQL settings files (*.postgresql.conf) are written: as a "
                            "postgresql.conf or as SQL for ALTER SYSTEM. The Helm values files do not change."));
    form->addRow(tr("Prof&ile:"), m_profile);
    form->addRow(tr("PostgreS&QL settings as:"), m_format);
    leftLayout->addLayout(form);
    leftLayout->addWidget(new QLabel(tr("Services:"), left));
    m_serviceModel = new ExportServicesModel(this);
    m_services = listView(m_serviceModel, Qt::ElideRight, left);
    leftLayout->addWidget(m_services, 1);
    leftLayout->addWidget(new QLabel(tr("Files:"), left));
    m_fileModel = new ExportFilesModel(this);
    // The files of the service shown: a long name keeps its role and extension.
    m_fileList = listView(m_fileModel, Qt::ElideLeft, left);
    leftLayout->addWidget(m_fileList, 2);
    TableCopy::install(m_services);
    TableCopy::install(m_fileList);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(right);
    m_message->setWordWrap(true);
    m_message->hide();
    rightLayout->addWidget(m_message);
    m_preview = new QPlainTextEdit(right);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new ConfigHighlighter(m_preview->document(), palette().color(QPalette::Base).lightness() < 128);
    rightLayout->addWidget(m_preview, 1);
    // The buttons go one above the other when the pane is narrow, leaving the profile its width.
    auto* buttonsRow = new QWidget(right);
    auto* buttons = new FlowLayout(buttonsRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_copy = new QPushButton(tr("C&opy File"), buttonsRow);
    m_write = new QPushButton(tr("Write to Fol&der…"), buttonsRow);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_write);
    rightLayout->addWidget(buttonsRow);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 340, 760 }); // the profile names fit

    connect(m_profile, &QComboBox::currentIndexChanged, this, &ExportsView::regenerate);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportsView::regenerate);
    connect(m_serviceModel, &ExportServicesModel::ticksChanged, this, [this] {
        if (!m_refilling)
            regenerate();
    });
    connect(m_services->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_refilling)
                    showService(current.row());
            });
    connect(m_fileList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_refilling)
                    showFile(current.row());
            });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const int row = m_fileList->currentIndex().row();
        if (row >= 0 && row < shownFiles().size())
            QApplication::clipboard()->setText(QString::fromUtf8(shownFiles().at(row).content));
    });
    connect(m_write, &QPushButton::clicked, this, [this] {
        if (!confirmFindings())
            return;
        QSettings settings;
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Write Export Files"), settings.value(settings_keys::exportDirectory()).toString());
        if (dir.isEmpty())
            return;
        settings.setValue(settings_keys::exportDirectory(), dir);
        m_message->setText(writeTo(dir));
        m_message->show();
    });
}

void ExportsView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeForWidth(width());
}

void ExportsView::arrangeForWidth(int width)
{
    // A values file read through a slit is no preview: when the controls and 60 characters of
    // it do not fit side by side, the controls go above and the preview takes the whole width.
    QWidget* controls = m_splitter->widget(0);
    const int preview = readablePreviewWidth();
    const Qt::Orientation wanted = controls->minimumSizeHint().width() + m_splitter->handleWidth() + preview <= width
        ? Qt::Horizontal
        : Qt::Vertical;
    if (wanted == m_splitter->orientation())
        return;
    m_splitter->setOrientation(wanted);
    // Above the preview, labels beside the combos left a combo a few pixels short of its
    // text in a form that thought it fitted; above them, every combo has the tab's width.
    m_form->setRowWrapPolicy(wanted == Qt::Vertical ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows);
    // Above the preview the controls keep the height they need and the preview the rest.
    if (wanted == Qt::Vertical)
        m_splitter->setSizes({ controls->minimumSizeHint().height(), height() });
    else
        m_splitter->setSizes({ 340, 760 });
}

int ExportsView::readablePreviewWidth() const
{
    const int text = m_preview->fontMetrics().horizontalAdvance(QString(60, QLatin1Char('M')));
    const int margins = int(std::ceil(2 * m_preview->document()->documentMargin()));
    return text + margins + 2 * m_preview->frameWidth() + m_preview->verticalScrollBar()->sizeHint().width();
}

int ExportsView::readableWidth() const
{
    const QMargins margins = layout()->contentsMargins();
    return margins.left() + readablePreviewWidth() + margins.right();
}

void ExportsView::refresh()
{
    const Catalog& catalog = m_document->catalog();
    {
        QSignalBlocker block(m_profile);
        const QString current = m_profile->currentData().toString();
        m_profile->clear();
        // The name alone (the id, which `headroom export --profile` takes, in the tooltip):
        // with the id beside it the text did not fit the pane on a small screen.
        for (const auto& p : catalog.postgresProfiles) {
            m_profile->addItem(p.name.isEmpty() ? p.id : catalogText(p.name), p.id);
            m_profile->setItemData(m_profile->count() - 1, tr("On the command line: --profile %1").arg(p.id),
                                   Qt::ToolTipRole);
        }
        // The plan's own profile, unless the user picked another since the plan named it.
        const QString planned = m_document->plan().postgresProfile.isEmpty()
            ? QString::fromLatin1(kDefaultPostgresProfile)
            : m_document->plan().postgresProfile;
        const QString chosen = current.isEmpty() || planned != m_plannedProfile ? planned : current;
        m_plannedProfile = planned;
        m_profile->setCurrentIndex(std::max(0, m_profile->findData(chosen)));
        // A combo's minimum is measured once, and this one was empty then.
        m_profile->setMinimumWidth(m_profile->sizeHint().width());
    }
    {
        QScopedValueRollback refilling(m_refilling, true);
        const QString current = m_serviceModel->name(m_services->currentIndex().row());
        m_serviceModel->setServices(m_document->plan().services);
        m_services->setCurrentIndex(m_serviceModel->index(std::max(0, m_serviceModel->rowOf(current))));
    }
    regenerate();
}

PlanExportOptions ExportsView::options() const
{
    PlanExportOptions options;
    options.profile = m_profile->currentData().toString();
    options.format = m_format->currentData().toString();
    options.headroomVersion = QStringLiteral(HEADROOM_VERSION);
    return options;
}

const QList<ExportFile>& ExportsView::shownFiles() const
{
    return m_fileModel->files();
}

void ExportsView::regenerate()
{
    // What was rendered is for other choices now; files() renders again when asked.
    m_files.clear();
    m_filesMade = false;
    m_write->setEnabled(m_serviceModel->anyTicked());
    showService(m_services->currentIndex().row());
}

PlanExportOptions ExportsView::exportOptions() const
{
    PlanExportOptions o = options();
    if (!m_serviceModel->allTicked())
        o.services = m_serviceModel->tickedNames();
    return o;
}

const QList<ExportFile>& ExportsView::files()
{
    if (m_filesMade)
        return m_files;
    m_filesMade = true;
    m_filesError.clear();
    const PlanExportOptions o = exportOptions();
    if (!m_serviceModel->anyTicked())
        return m_files;
    auto files = PlanExporter::files(m_document->plan(), m_document->sizing(), m_document->catalog(), o);
    if (files)
        m_files = std::move(files.value());
    else
        m_filesError = files.error().toString();
    return m_files;
}

void ExportsView::showService(int row)
{
    const int previous = m_fileList->currentIndex().row();
    QList<ExportFile> shown;
    if (!m_serviceModel->anyTicked()) {
        m_message->setText(tr("No service is selected."));
        m_message->show();
    } else if (row >= 0 && row < m_serviceModel->rowCount()) {
        PlanExportOptions o = options();
        o.services << m_serviceModel->name(row);
        auto files = PlanExporter::files(m_document->plan(), m_document->sizing(), m_document->catalog(), o);
        if (files) {
            shown = std::move(files.value());
            m_message->hide();
        } else {
            m_message->setText(files.error().toString());
            m_message->show();
        }
    } else {
        m_message->hide();
    }
    {
        QScopedValueRollback refilling(m_refilling, true);
        m_fileModel->setFiles(std::move(shown));
        const int count = m_fileModel->rowCount();
        m_fileList->setCurrentIndex(count == 0 ? QModelIndex()
                                               : m_fileModel->index(std::clamp(previous, 0, count - 1)));
    }
    m_copy->setEnabled(m_fileModel->rowCount() > 0);
    showFile(m_fileList->currentIndex().row());
}

void ExportsView::showFile(int row)
{
    if (row < 0 || row >= shownFiles().size()) {
        m_preview->clear();
        return;
    }
    m_preview->setPlainText(QString::fromUtf8(shownFiles().at(row).content));
}

bool ExportsView::confirmFindings()
{
    // The services `headroom export` would refuse for, without rendering their files.
    const QList<PlanFinding> blocking = PlanExporter::blockingFindings(m_document->sizing(), exportOptions().services);
    if (blocking.isEmpty())
        return true;
    QStringList lines;
    for (const auto& f : blocking) {
        const QString where = f.role.isEmpty() ? f.service : QStringLiteral("%1/%2").arg(f.service, f.role);
        lines << tr("%1: %2").arg(where.isEmpty() ? tr("cluster") : where, f.finding.message);
    }
    QMessageBox box(QMessageBox::Warning, tr("Export Despite Errors?"),
                    tr("The plan has %n finding(s) of error severity; the files would deploy what they say will not "
                       "hold. Write them anyway?",
                       nullptr, int(blocking.size())),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    return box.exec() == QMessageBox::Yes;
}

void ExportsView::takeChoicesFrom(const ExportsView& other)
{
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(other.m_profile->currentData())));
    m_format->setCurrentIndex(std::max(0, m_format->findData(other.m_format->currentData())));
    {
        QScopedValueRollback refilling(m_refilling, true);
        m_serviceModel->setUntickedNames(other.m_serviceModel->untickedNames());
        m_services->setCurrentIndex(m_serviceModel->index(other.m_services->currentIndex().row()));
    }
    regenerate();
}

bool ExportsView::keepsEditedFiles(const QStringList& edited, QString& kept)
{
    for (const QString& path : edited) {
        const QString name = QFileInfo(path).fileName();
        const QList<ExportFile>& all = files();
        const auto file
            = std::find_if(all.cbegin(), all.cend(), [&name](const ExportFile& f) { return f.fileName == name; });
        QFile onDisk(path);
        if (file == all.cend() || !onDisk.open(QIODevice::ReadOnly))
            continue;
        EditedFileDialog dialog(path, onDisk.readAll(), file->content, this);
        dialog.exec();
        if (dialog.choice() == EditedFileDialog::Choice::Keep) {
            kept = name;
            return true;
        }
    }
    return false;
}

QString ExportsView::writeTo(const QString& directory)
{
    if (!m_serviceModel->anyTicked())
        return tr("No service is selected.");
    // The export `headroom export` does with these choices, through the same code: the
    // manifest records each service's input hash, so the next export of an unchanged
    // service, from here or the command line, leaves its files alone without rendering them.
    const PlanExport source(m_document->plan(), m_document->sizing(), m_document->catalog(), exportOptions());
    ExportFolderOptions options;
    options.complete = m_serviceModel->allTicked();
    // Decided first, written after: a file the user keeps means no file is written, so the
    // folder never holds new values beside an old postgresql.conf. A folder with nothing in
    // it has no edited file, and is not rendered twice to find that out.
    if (!QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        options.dryRun = true;
        const auto plan = ExportFolder::write(directory, source, options);
        if (!plan)
            return plan.error().toString();
        QString kept;
        if (keepsEditedFiles(plan->refused, kept))
            return tr("Nothing written: you kept your edits to %1, and the new files would not match it.").arg(kept);
        options.dryRun = false;
        options.force = !plan->refused.isEmpty(); // the user chose to overwrite each of them
    }
    const auto report = ExportFolder::write(directory, source, options);
    if (!report)
        return report.error().toString();
    return tr("%n file(s) written, %1 unchanged", nullptr, int(report->written.size())).arg(report->unchanged.size());
}

} // namespace headroom
