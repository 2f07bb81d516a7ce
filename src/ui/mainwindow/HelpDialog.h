// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QTextCursor>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace trd::ui {

// Help → User guide: the guide shipped as a resource, rendered from its Markdown, with a table of
// contents built from its headings and a find bar (next, previous, "3 of 12" or "Not found").
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QLineEdit *findEdit() const { return m_findEdit; }
    QLabel *findStatus() const { return m_findStatus; }
    QTreeWidget *contents() const { return m_contents; }

    // Matches of the find text in the guide (case-insensitive) and the 0-based index of the one
    // selected, -1 when there is none.
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; }

    // The guide's Markdown from the resources, in the default locale's language when there is a
    // translation.
    static QString guideText();

public Q_SLOTS:
    void findNext();
    void findPrevious();
    // Scrolls the guide so that the heading `title` (as the table of contents shows it) is at the top.
    bool showHeading(const QString &title);

private:
    void buildContents();
    void search(const QString &text);
    void selectMatch(int index);
    void showStatus();
    void scrollToBlock(int blockNumber);

    QTextBrowser *m_browser;
    QTreeWidget *m_contents;
    QLineEdit *m_findEdit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_findStatus;
    QList<QTextCursor> m_matches;
    int m_current = -1;
};

} // namespace trd::ui
