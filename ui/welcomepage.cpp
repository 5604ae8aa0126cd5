// SPDX-License-Identifier: Apache-2.0
#include "ui/welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace headroom {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* column = new QWidget(this);
    column->setMaximumWidth(640);
    auto* layout = new QVBoxLayout(column);
    auto* title = new QLabel(tr("<h2>Welcome to Headroom</h2>"), column);
    auto* text = new QLabel(tr("Headroom sizes data services on Kubernetes: pick services and their load, and "
                               "it computes requests and limits, engine settings, storage and cluster fit, "
                               "and says what will not hold. Open a plan, start an empty one, or look around "
                               "in the sample plan."),
                            column);
    text->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(text);

    auto* buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open a P&lan…"), column);
    m_new = new QPushButton(tr("Start an Empt&y Plan"), column);
    m_sample = new QPushButton(tr("Open the Sa&mple Plan"), column);
    buttons->addWidget(m_open);
    buttons->addWidget(m_new);
    buttons->addWidget(m_sample);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto* recentTitle = new QLabel(tr("Recent plans:"), column);
    m_recent = new QListWidget(column);
    recentTitle->setBuddy(m_recent);
    layout->addSpacing(12);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recent, 1);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
}

void WelcomePage::setRecentFiles(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No plans opened yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace headroom
