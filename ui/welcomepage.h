// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace headroom {

// What the window shows with no plan open (the first start, after File › Close): the recent
// plans, Open…, a new plan and the built-in sample, which opens only from here or the menu.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // The recent plans, newest first (full paths).
    void setRecentFiles(const QStringList& paths);

    QListWidget* recentList() const { return m_recent; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* sampleButton() const { return m_sample; }

signals:
    void openRequested();
    void newRequested();
    void sampleRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_sample = nullptr;
};

} // namespace headroom
